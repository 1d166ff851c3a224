import type { SyntaxNode } from "@lezer/common";
import type * as A from "../ast.js";
import { ConverterBase, kids } from "./base.js";
import { decodeEscapes, EscapeError, literalParts } from "./escapes.js";
import { DEFAULT_MAX_STR_DIGITS } from "../text/int.js";

const CONVERSIONS: Record<string, number> = { s: 115, r: 114, a: 97 };

/** Converts string, bytes, f-string and number literals. */
export abstract class LiteralConverter extends ConverterBase {
  /** Converts one expression node (a replacement field of an f-string). */
  abstract expr(n: SyntaxNode): A.Expr;

  /** Converts a comma-separated expression list (an f-string field such as `{a, b}`). */
  abstract exprList(nodes: SyntaxNode[]): A.Expr;

  protected number(n: SyntaxNode): A.Constant {
    const text = this.sourceText(n);
    // A decimal int literal longer than sys.int_info.default_max_str_digits is refused while parsing
    // (Parser/pegen.c parsenumber_raw, then _PyPegen_number_token's hint); floats and imaginaries are not.
    if (text.length > DEFAULT_MAX_STR_DIGITS && /^[0-9_]+$/.test(text)) {
      const digits = text.replace(/_/g, "").length;
      if (digits > DEFAULT_MAX_STR_DIGITS)
        throw this.error(`Exceeds the limit (${DEFAULT_MAX_STR_DIGITS} digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.`, n);
    }
    const p = this.nodePos(n);
    return { kind: "Constant", value: numberValue(text), line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol };
  }

  /** String, FormatString or ContinuedString: adjacent literals concatenated into one Constant, or a
   * JoinedStr when any part is an f-string. */
  protected strings(n: SyntaxNode): A.Expr {
    const parts = n.name === "ContinuedString" ? kids(n) : [n];
    const p = this.nodePos(n);
    let bytes: boolean | null = null;
    const values: (A.Constant | A.FormattedValue)[] = [];
    let anyFormat = false;
    let buf = "";
    // A JoinedStr's Constant parts carry the whole literal's position, as in CPython 3.11.
    const flush = () => {
      if (buf !== "") values.push({ kind: "Constant", value: { type: "str", value: buf }, line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol });
      buf = "";
    };
    for (const part of parts) {
      const text = this.sourceText(part);
      const lp = literalParts(text);
      if (bytes !== null && bytes !== lp.bytes) throw this.error("cannot mix bytes and nonbytes literals", this.after(n.to));
      bytes = lp.bytes;
      if (part.name === "FormatString") {
        anyFormat = true;
        this.fstring(part, lp.raw, lp.bodyStart, lp.bodyEnd, (s) => {
          buf += s;
        }, (fv) => {
          flush();
          values.push(fv);
        });
      } else {
        buf += this.decode(text.slice(lp.bodyStart, lp.bodyEnd), lp.raw, lp.bytes, part);
      }
    }
    if (bytes) {
      if (/[^\x00-\x7f]/.test(parts.map((x) => this.sourceText(x)).join(""))) {
        throw this.error("bytes can only contain ASCII literal characters", p);
      }
      return { kind: "Constant", value: { type: "bytes", value: Uint8Array.from(buf, (c) => c.charCodeAt(0)) }, line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol };
    }
    if (!anyFormat) return { kind: "Constant", value: { type: "str", value: buf }, line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol };
    flush();
    return { kind: "JoinedStr", values, line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol };
  }

  private decode(body: string, raw: boolean, bytes: boolean, node: SyntaxNode): string {
    if (raw) return body;
    try {
      return decodeEscapes(body, bytes);
    } catch (e) {
      if (e instanceof EscapeError) {
        if (e.message.startsWith("\\N")) throw this.unsupported("\\N{...} escape", node);
        throw this.error(e.message, this.after(this.stringEnd(node)));
      }
      throw e;
    }
  }

  /** The position of the whole (possibly concatenated) string literal holding `part`. */
  private literalPos(part: SyntaxNode): A.Pos {
    return this.nodePos(part.parent?.name === "ContinuedString" ? part.parent : part);
  }

  /** The end of the whole (possibly concatenated) string literal holding `part`. */
  private stringEnd(part: SyntaxNode): number {
    return part.parent?.name === "ContinuedString" ? part.parent.to : part.to;
  }

  /** Walks one f-string: literal runs go to `lit`, replacement fields to `field`. */
  private fstring(
    part: SyntaxNode,
    raw: boolean,
    bodyStart: number,
    bodyEnd: number,
    lit: (s: string) => void,
    field: (fv: A.FormattedValue) => void,
  ): void {
    let at = part.from + bodyStart;
    const literal = (from: number, to: number) => {
      if (to <= from) return;
      lit(this.decode(this.unbrace(this.sourceSlice(from, to), part), raw, false, part));
    };
    for (const r of kids(part)) {
      if (r.name !== "FormatReplacement") continue;
      literal(at, r.from);
      this.replacement(r, part, lit, field);
      at = r.to;
    }
    literal(at, part.from + bodyEnd);
  }

  /** Undoubles `{{` and `}}` in an f-string's literal text; a lone `}` is an error. */
  private unbrace(s: string, part: SyntaxNode): string {
    let out = "";
    for (let i = 0; i < s.length; i++) {
      const c = s[i]!;
      if ((c === "{" || c === "}") && s[i + 1] === c) i++;
      else if (c === "}") throw this.error("f-string: single '}' is not allowed", this.after(this.stringEnd(part)));
      out += c;
    }
    return out;
  }

  /** One `{...}` field; a `{x=}` field first emits its source text "x=" as literal text. */
  private replacement(r: SyntaxNode, part: SyntaxNode, lit: (s: string) => void, field: (fv: A.FormattedValue) => void): void {
    const ch = kids(r);
    const exprNodes: SyntaxNode[] = [];
    let conversion = -1;
    let spec: A.JoinedStr | null = null;
    let selfDoc: SyntaxNode | null = null;
    for (const c of ch.slice(1)) {
      if (c.name === "FormatSelfDoc") selfDoc = c;
      else if (c.name === "FormatConversion") conversion = CONVERSIONS[this.text(c)[1]!]!;
      else if (c.name === "FormatSpec") spec = this.formatSpec(c, part);
      else if (c.name !== "}") exprNodes.push(c);
    }
    if (exprNodes.length === 0) throw this.error("f-string: empty expression not allowed", this.nodePos(part));
    const value = exprNodes[0]!.name === "YieldExpression" ? this.expr(exprNodes[0]!) : this.exprList(exprNodes);
    if (selfDoc) {
      // The literal text runs up to the conversion, the spec or the closing brace, spaces included.
      const after = selfDoc.nextSibling;
      lit(this.sourceSlice(ch[0]!.to, after ? after.from : selfDoc.to));
      if (conversion === -1 && spec === null) conversion = CONVERSIONS.r!;
    }
    // Like the Constant parts, a field carries the whole (concatenated) literal's position.
    field({ kind: "FormattedValue", value, conversion, formatSpec: spec, ...this.literalPos(part) });
  }

  private formatSpec(spec: SyntaxNode, part: SyntaxNode): A.JoinedStr {
    const values: (A.Constant | A.FormattedValue)[] = [];
    let at = spec.from + 1;
    // A format spec carries the position of its own literal part, not the concatenation's (CPython 3.11).
    const p = this.nodePos(part);
    const lit = (s: string) => {
      const last = values[values.length - 1];
      if (last?.kind === "Constant" && last.value.type === "str") last.value = { type: "str", value: last.value.value + s };
      else if (s !== "") values.push({ kind: "Constant", value: { type: "str", value: s }, line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol });
    };
    for (const c of kids(spec)) {
      if (c.name !== "FormatReplacement") continue;
      lit(this.sourceSlice(at, c.from));
      this.replacement(c, part, lit, (fv) => values.push(fv));
      at = c.to;
    }
    lit(this.sourceSlice(at, spec.to));
    return { kind: "JoinedStr", values, line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol };
  }
}

/** The value of a Number token (its underscores are already validated by the tokenizer). */
function numberValue(text: string): A.ConstValue {
  if (isDigits(text)) {
    // Most literals are short decimal integers, many of them repeated.
    let value = SMALL_INTS.get(text);
    if (value === undefined) {
      value = BigInt(text);
      if (SMALL_INTS.size < 4096) SMALL_INTS.set(text, value);
    }
    return { type: "int", value, text };
  }
  const t = text.replace(/_/g, "");
  const lower = t.toLowerCase();
  if (lower.endsWith("j")) return { type: "complex", imag: Number(t.slice(0, -1)), text };
  if (/^0[box]/.test(lower)) return { type: "int", value: BigInt(lower), text };
  if (/[.e]/.test(lower)) return { type: "float", value: Number(t), text };
  return { type: "int", value: BigInt(t), text };
}

const SMALL_INTS = new Map<string, bigint>();

function isDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return text.length > 0;
}
