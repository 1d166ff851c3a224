import { PySyntaxError, type SyntaxErrorKind } from "./syntax-error.js";
import type { SourceMap } from "./source-map.js";

/** Token types of CPython's tokenizer that the parser front end needs. */
export type TokType = "NAME" | "NUMBER" | "STRING" | "OP" | "NEWLINE" | "INDENT" | "DEDENT" | "ENDMARKER";

/** One token: `[start, end)` offsets into the source. NEWLINE/INDENT/DEDENT have zero or line-break
 * width. `depth` is the bracket depth before the token. */
export interface Token {
  type: TokType;
  start: number;
  end: number;
  depth: number;
}

/** Token types by their code in a TokenList. */
const TYPE_NAMES: readonly TokType[] = ["NAME", "NUMBER", "STRING", "OP", "NEWLINE", "INDENT", "DEDENT", "ENDMARKER"];

const enum Tk {
  NAME = 0,
  NUMBER = 1,
  STRING = 2,
  OP = 3,
  NEWLINE = 4,
  INDENT = 5,
  DEDENT = 6,
  ENDMARKER = 7,
}

/**
 * A file's tokens, kept in typed arrays rather than as one object each: a 5,000-line file has ~75,000
 * tokens that live through the whole parse, and as objects the garbage collector copied them again
 * and again while Lezer and the converter allocate. Hot passes read fields by index; `at` and
 * `toArray` give Token objects to the passes that only run on errors.
 */
export class TokenList {
  length = 0;
  private kinds: Uint8Array;
  private starts: Int32Array;
  private ends: Int32Array;
  private depths: Uint8Array;
  private objects: Token[] | null = null;

  constructor(capacity: number) {
    const n = Math.max(16, capacity);
    this.kinds = new Uint8Array(n);
    this.starts = new Int32Array(n);
    this.ends = new Int32Array(n);
    this.depths = new Uint8Array(n);
  }

  /** Appends a token; `depth` is at most MAXLEVEL. */
  push(kind: Tk, start: number, end: number, depth: number): void {
    const k = this.length;
    if (k === this.kinds.length) this.grow();
    this.kinds[k] = kind;
    this.starts[k] = start;
    this.ends[k] = end;
    this.depths[k] = depth;
    this.length = k + 1;
    this.objects = null;
  }

  private grow(): void {
    const n = this.kinds.length * 2;
    const kinds = new Uint8Array(n);
    kinds.set(this.kinds);
    this.kinds = kinds;
    const starts = new Int32Array(n);
    starts.set(this.starts);
    this.starts = starts;
    const ends = new Int32Array(n);
    ends.set(this.ends);
    this.ends = ends;
    const depths = new Uint8Array(n);
    depths.set(this.depths);
    this.depths = depths;
  }

  /** The type of token k (0 <= k < length). */
  type(k: number): TokType {
    return TYPE_NAMES[this.kinds[k]!]!;
  }

  start(k: number): number {
    return this.starts[k]!;
  }

  end(k: number): number {
    return this.ends[k]!;
  }

  /** The bracket depth before token k. */
  depth(k: number): number {
    return this.depths[k]!;
  }

  /** Token k as an object, or undefined past the ends (as indexing an array would give). */
  at(k: number): Token | undefined {
    return k >= 0 && k < this.length ? { type: this.type(k), start: this.starts[k]!, end: this.ends[k]!, depth: this.depths[k]! } : undefined;
  }

  /** All tokens as objects, for the passes that only run on errors (made once). */
  toArray(): Token[] {
    if (this.objects === null) {
      const out: Token[] = [];
      for (let k = 0; k < this.length; k++) out.push(this.at(k)!);
      this.objects = out;
    }
    return this.objects;
  }
}

/** The token stream of a file, or the first error CPython's tokenizer would raise reading it. Tokens
 * up to the error are kept, because a parser error before that point wins (CPython's parser pulls
 * tokens lazily). */
export interface Tokens {
  tokens: TokenList;
  error: PySyntaxError | null;
}

const MAXINDENT = 100;
const MAXLEVEL = 200;

const enum Ch {
  Tab = 9,
  LF = 10,
  FF = 12,
  CR = 13,
  Space = 32,
  Hash = 35,
  Backslash = 92,
}

// The operators of Python 3.11's Grammar/Tokens ("<>" only exists in barry_as_FLUFL mode and "`" in
// Python 2, so both are invalid here), by first character, longest first.
const OPS_BY_FIRST: string[][] = [];
for (const op of [
  "**=", "//=", ">>=", "<<=", "...",
  "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=", "<<", "<=", "==", ">=", ">>", "@=", "^=", "|=",
  ..."%&()*+,-./:;<=>@[]^{|}~",
]) {
  (OPS_BY_FIRST[op.charCodeAt(0)] ??= []).push(op);
}

/** The operator starting at `pos` (whose first character is `c`), or null. */
function operatorAt(src: string, pos: number, c: number): string | null {
  const ops = OPS_BY_FIRST[c] as string[] | undefined;
  if (ops) for (const op of ops) if (op.length === 1 || src.startsWith(op, pos)) return op;
  return null;
}
const CLOSERS: Record<string, string> = { ")": "(", "]": "[", "}": "{" };

const ID_START = /[\p{L}\p{Nl}_\u2118\u212E\u309B\u309C]/u;
const ID_CONTINUE = /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_\u00B7\u0387\u1369-\u1371\u19DA\u2118\u212E\u309B\u309C]/u;
// str.isprintable(): everything but categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than space.
const NON_PRINTABLE = /[\p{C}\p{Zl}\p{Zp}\p{Zs}]/u;

/**
 * Tokenizes `src` as CPython 3.11's tokenizer does, far enough to find its errors (unterminated
 * strings, brackets, indentation, bad characters and number literals) and the logical-line structure.
 * Errors carry CPython's messages and positions (Parser/tokenizer.c, Parser/pegen_errors.c).
 */
export function tokenize(src: string, map: SourceMap, filename: string): Tokens {
  const n = src.length;
  // About one token per three characters of typical source: rarely grown.
  const tokens = new TokenList((n >> 1) + 16);
  const indents = [0];
  const altIndents = [0];
  const brackets: { ch: string; pos: number }[] = [];
  let pos = 0;
  let atLineStart = true;

  const fail = (kind: SyntaxErrorKind, msg: string, at: number, end?: number): Tokens => {
    const lc = map.lineCol(at);
    let endLine: number | undefined;
    let endCol: number | undefined;
    if (end !== undefined) {
      const e = map.lineCol(end);
      endLine = e.line;
      endCol = e.col;
    }
    return {
      tokens,
      error: new PySyntaxError(kind, msg, filename, lc.line, lc.col, map.lineText(lc.line), endLine, endCol),
    };
  };
  const push = (kind: Tk, start: number, end: number) => {
    tokens.push(kind, start, end, brackets.length);
  };

  // CPython reads a file line by line and refuses the first line holding a NUL byte (no caret).
  const nul = src.indexOf("\0");
  const nulLine = nul < 0 ? Infinity : lineStartOf(src, nul);
  while (pos <= n) {
    if (pos >= nulLine || (nul >= 0 && pos > nul)) {
      const lc = map.lineCol(nul);
      return { tokens, error: new PySyntaxError("SyntaxError", "source code cannot contain null bytes", filename, lc.line, -1, map.lineText(lc.line)) };
    }
    if (atLineStart && brackets.length === 0) {
      // Measure indentation: tabs to multiples of 8, and (for TabError) to multiples of 1.
      let col = 0;
      let alt = 0;
      let p = pos;
      for (; p < n; p++) {
        const c = src.charCodeAt(p);
        if (c === Ch.Space) {
          col++;
          alt++;
        } else if (c === Ch.Tab) {
          col = (Math.floor(col / 8) + 1) * 8;
          alt++;
        } else if (c === Ch.FF) {
          col = alt = 0;
        } else break;
      }
      const c = p < n ? src.charCodeAt(p) : -1;
      if (c === Ch.Hash || c === Ch.LF || c === Ch.CR || c === -1) {
        // Blank or comment-only lines do not take part in indentation.
        pos = p;
      } else {
        const top = indents[indents.length - 1]!;
        if (col > top) {
          if (alt <= altIndents[altIndents.length - 1]!) {
            return fail("TabError", "inconsistent use of tabs and spaces in indentation", lineStartOf(src, p));
          }
          // Parser/tokenizer.c MAXINDENT: the 100th level of indentation is refused.
          if (indents.length >= MAXINDENT) return { tokens, error: new PySyntaxError("IndentationError", "too many levels of indentation", filename, map.lineOf(p), -1, map.lineText(map.lineOf(p))) };
          indents.push(col);
          altIndents.push(alt);
          push(Tk.INDENT, pos, p);
        } else if (col < top) {
          while (indents.length > 1 && col < indents[indents.length - 1]!) {
            indents.pop();
            altIndents.pop();
            push(Tk.DEDENT, p, p);
          }
          if (col !== indents[indents.length - 1]) {
            const eol = lineEndOf(src, p);
            return fail("IndentationError", "unindent does not match any outer indentation level", eol);
          }
          if (alt !== altIndents[altIndents.length - 1]) {
            return fail("TabError", "inconsistent use of tabs and spaces in indentation", lineStartOf(src, p));
          }
        } else if (alt !== altIndents[altIndents.length - 1]) {
          return fail("TabError", "inconsistent use of tabs and spaces in indentation", lineStartOf(src, p));
        }
        pos = p;
      }
      atLineStart = false;
    }
    if (pos >= n) break;
    const c = src.charCodeAt(pos);
    if (c === Ch.Space || c === Ch.Tab || c === Ch.FF) {
      pos++;
      continue;
    }
    if (c === Ch.Hash) {
      while (pos < n && src.charCodeAt(pos) !== Ch.LF && src.charCodeAt(pos) !== Ch.CR) pos++;
      continue;
    }
    if (c === Ch.LF || c === Ch.CR) {
      const len = c === Ch.CR && src.charCodeAt(pos + 1) === Ch.LF ? 2 : 1;
      const lastKind = tokens.length > 0 ? tokens.type(tokens.length - 1) : null;
      const blank = lastKind === null || lastKind === "NEWLINE" || lastKind === "INDENT" || lastKind === "DEDENT";
      if (brackets.length === 0 && !blank) push(Tk.NEWLINE, pos, pos + len);
      pos += len;
      // Inside brackets a line break neither ends the logical line nor starts an indentation.
      atLineStart = brackets.length === 0;
      continue;
    }
    if (c === Ch.Backslash) {
      const next = src.charCodeAt(pos + 1);
      if (next === Ch.LF || next === Ch.CR) {
        // A continued line is not a new logical line: no indentation is measured.
        pos += next === Ch.CR && src.charCodeAt(pos + 2) === Ch.LF ? 3 : 2;
        if (pos >= n) return fail("SyntaxError", "unexpected EOF while parsing", pos);
        continue;
      }
      if (pos + 1 >= n) return fail("SyntaxError", "unexpected EOF while parsing", pos + 1);
      return fail("SyntaxError", "unexpected character after line continuation character", pos + 1);
    }
    const ch = c < 128 ? src[pos]! : String.fromCodePoint(src.codePointAt(pos)!);
    const prefix = stringPrefixLength(src, pos, c);
    if (prefix >= 0) {
      const start = pos;
      const q = src.charCodeAt(pos + prefix);
      const quote = q === 34 ? '"' : "'";
      const quote2 = q === 34 ? '""' : "''";
      let p = pos + prefix + 1;
      const triple = src.startsWith(quote2, p);
      if (triple) p += 2;
      for (;;) {
        if (p >= n) {
          const lastLine = map.lineCol(n).line - (src.endsWith("\n") ? 1 : 0);
          const what = triple ? "unterminated triple-quoted string literal" : "unterminated string literal";
          return fail("SyntaxError", `${what} (detected at line ${lastLine})`, start, start);
        }
        const d = src.charCodeAt(p);
        if (d === Ch.Backslash) {
          p += src.charCodeAt(p + 1) === Ch.CR && src.charCodeAt(p + 2) === Ch.LF ? 3 : 2;
          continue;
        }
        if (!triple && (d === Ch.LF || d === Ch.CR)) {
          const line = map.lineCol(p).line;
          return fail("SyntaxError", `unterminated string literal (detected at line ${line})`, start, start);
        }
        if (d === q && (!triple || src.startsWith(quote2, p + 1))) {
          p += triple ? 3 : 1;
          break;
        }
        p++;
      }
      push(Tk.STRING, start, p);
      pos = p;
      continue;
    }
    if (isAsciiIdStart(c) || (c >= 128 && ID_START.test(ch))) {
      let p = pos + ch.length;
      while (p < n) {
        const d = src.charCodeAt(p);
        if (isAsciiIdStart(d) || isDigit(d)) {
          p++;
          continue;
        }
        if (d < 128) break;
        const cc = String.fromCodePoint(src.codePointAt(p)!);
        if (!ID_CONTINUE.test(cc)) break;
        p += cc.length;
      }
      push(Tk.NAME, pos, p);
      pos = p;
      continue;
    }
    if ((c >= 48 && c <= 57) || (c === 46 && isDigit(src.charCodeAt(pos + 1)))) {
      const r = scanNumber(src, pos);
      if (typeof r !== "number") return fail("SyntaxError", r.msg, r.at, r.end);
      push(Tk.NUMBER, pos, r);
      pos = r;
      continue;
    }
    const op = c < 128 ? operatorAt(src, pos, c) : null;
    if (op === null && (ch === "$" || ch === "?" || ch === "!" || ch === "`")) {
      push(Tk.OP, pos, pos + 1);
      pos++;
      continue;
    }
    if (op === null) {
      const cp = src.codePointAt(pos)!;
      const hex = cp.toString(16).toUpperCase().padStart(4, "0");
      if (NON_PRINTABLE.test(ch)) return fail("SyntaxError", `invalid non-printable character U+${hex}`, pos, pos);
      return fail("SyntaxError", `invalid character '${ch}' (U+${hex})`, pos, pos);
    }
    if (op === "(" || op === "[" || op === "{") {
      // Parser/tokenizer.c MAXLEVEL: 200 brackets open at once are refused.
      if (brackets.length >= MAXLEVEL) return fail("SyntaxError", "too many nested parentheses", pos, pos);
      push(Tk.OP, pos, pos + 1);
      brackets.push({ ch: op, pos });
    } else if (op === ")" || op === "]" || op === "}") {
      const open = brackets.pop();
      if (!open) return fail("SyntaxError", `unmatched '${op}'`, pos, pos);
      if (open.ch !== CLOSERS[op]) {
        const openLine = map.lineCol(open.pos).line;
        const here = map.lineCol(pos).line;
        const where = openLine === here ? "" : ` on line ${openLine}`;
        return fail("SyntaxError", `closing parenthesis '${op}' does not match opening parenthesis '${open.ch}'${where}`, pos, pos);
      }
      push(Tk.OP, pos, pos + 1);
    } else {
      push(Tk.OP, pos, pos + op.length);
    }
    pos += op.length;
  }
  if (brackets.length > 0) {
    // CPython reports the innermost bracket still open at end of file.
    const open = brackets[brackets.length - 1]!;
    const lc = map.lineCol(open.pos);
    return {
      tokens,
      error: new PySyntaxError("SyntaxError", `'${open.ch}' was never closed`, filename, lc.line, lc.col, map.lineText(lc.line), lc.line, -1),
    };
  }
  const last = tokens.length > 0 ? tokens.type(tokens.length - 1) : null;
  if (last !== null && last !== "NEWLINE" && last !== "DEDENT" && last !== "INDENT") push(Tk.NEWLINE, n, n);
  for (let i = 1; i < indents.length; i++) push(Tk.DEDENT, n, n);
  push(Tk.ENDMARKER, n, n);
  return { tokens, error: null };
}

/** The length of the string prefix (any case mix of `r`, `u`, `b`, `f`, `rb`, `br`, `rf`, `fr`)
 * before a quote at `pos`, whose character is `c`; -1 when no string literal starts there. */
function stringPrefixLength(src: string, pos: number, c: number): number {
  if (c === 34 || c === 39) return 0;
  const a = c | 0x20;
  if (a !== 0x72 && a !== 0x75 && a !== 0x62 && a !== 0x66) return -1;
  const c1 = src.charCodeAt(pos + 1);
  if (c1 === 34 || c1 === 39) return 1;
  const b = c1 | 0x20;
  const pair = (a === 0x72 && (b === 0x62 || b === 0x66)) || ((a === 0x62 || a === 0x66) && b === 0x72);
  if (!pair) return -1;
  const c2 = src.charCodeAt(pos + 2);
  return c2 === 34 || c2 === 39 ? 2 : -1;
}

function isAsciiIdStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function lineStartOf(src: string, p: number): number {
  while (p > 0 && src.charCodeAt(p - 1) !== Ch.LF && src.charCodeAt(p - 1) !== Ch.CR) p--;
  return p;
}

function lineEndOf(src: string, p: number): number {
  while (p < src.length && src.charCodeAt(p) !== Ch.LF && src.charCodeAt(p) !== Ch.CR) p++;
  return p;
}

interface NumError {
  msg: string;
  at: number;
  end?: number;
}

/** Scans a number literal at `start`; returns its end, or CPython's error for a malformed one. */
function scanNumber(src: string, start: number): number | NumError {
  const n = src.length;
  let p = start;
  // Most literals are plain decimal integers without a leading zero, ended by an operator, a bracket
  // or a space: their end is the end of their digits.
  if (src.charCodeAt(p) !== 48) {
    let q = p;
    while (isDigit(src.charCodeAt(q))) q++;
    const d = q < n ? src.charCodeAt(q) : -1;
    if (q > p && (d === -1 || (d < 128 && d !== 46 && d !== 95 && !isAsciiIdStart(d) && !isDigit(d)))) return q;
  }
  const digits = (ok: (c: number) => boolean, kind: string): number | NumError => {
    // Underscores only between digits (tokenizer.c tok_decimal_tail and friends).
    for (;;) {
      if (!ok(src.charCodeAt(p))) return { msg: `invalid ${kind} literal`, at: p - 1, end: p - 1 };
      while (ok(src.charCodeAt(p))) p++;
      if (src.charCodeAt(p) !== 95) return p;
      p++;
    }
  };
  // verify_end_of_number: a number straight before "and", "else", "for", "if", "in", "is", "not" or
  // "or" ends there (CPython 3.11 only warns: SyntaxWarning "invalid decimal literal"). Its lookahead()
  // wants the whole word (`1andy` is an error), but "i" followed by f, n or s is enough (`1iff` is not).
  const word = (q: number, rest: string): boolean => {
    if (!src.startsWith(rest, q)) return false;
    const c = src.charCodeAt(q + rest.length);
    return !(isAsciiIdStart(c) || isDigit(c) || c >= 128);
  };
  const keywordAt = (q: number): boolean => {
    switch (src.charCodeAt(q)) {
      case 97: return word(q + 1, "nd");
      case 101: return word(q + 1, "lse");
      case 102: return word(q + 1, "or");
      case 105: { const c2 = src.charCodeAt(q + 1); return c2 === 102 || c2 === 110 || c2 === 115; }
      case 110: return word(q + 1, "ot");
      case 111: return word(q + 1, "r");
    }
    return false;
  };
  const tail = (kind: string): number | NumError => {
    // A letter straight after a number is CPython's "invalid <kind> literal" (verify_end_of_number).
    if (keywordAt(p)) return p;
    const c = src.codePointAt(p);
    if (c !== undefined && (c < 128 ? isAsciiIdStart(c) || isDigit(c) : ID_CONTINUE.test(String.fromCodePoint(c)))) {
      return { msg: `invalid ${kind} literal`, at: p - 1, end: p - 1 };
    }
    return p;
  };
  const c0 = src.charCodeAt(p);
  const c1 = src.charCodeAt(p + 1) | 0x20;
  if (c0 === 48 && (c1 === 0x78 || c1 === 0x6f || c1 === 0x62)) {
    const kind = c1 === 0x78 ? "hexadecimal" : c1 === 0x6f ? "octal" : "binary";
    const ok =
      c1 === 0x78
        ? (c: number) => isDigit(c) || ((c | 0x20) >= 97 && (c | 0x20) <= 102)
        : c1 === 0x6f
          ? (c: number) => c >= 48 && c <= 55
          : (c: number) => c === 48 || c === 49;
    p += 2;
    if (src.charCodeAt(p) === 95) p++;
    if (!ok(src.charCodeAt(p))) {
      const c = src.charCodeAt(p);
      if (isDigit(c)) return { msg: `invalid digit '${src[p]}' in ${kind} literal`, at: p, end: p };
      return { msg: `invalid ${kind} literal`, at: p - 1, end: p - 1 };
    }
    const r = digits(ok, kind);
    if (typeof r !== "number") return r;
    if (isDigit(src.charCodeAt(p))) return { msg: `invalid digit '${src[p]}' in ${kind} literal`, at: p, end: p };
    return tail(kind);
  }
  let isFloat = false;
  if (c0 !== 46) {
    const r = digits(isDigit, "decimal");
    if (typeof r !== "number") return r;
  }
  const intEnd = p;
  if (src.charCodeAt(p) === 46) {
    isFloat = true;
    p++;
    if (isDigit(src.charCodeAt(p))) {
      const r = digits(isDigit, "decimal");
      if (typeof r !== "number") return r;
    }
  }
  if ((src.charCodeAt(p) | 0x20) === 0x65) {
    const save = p;
    p++;
    if (src[p] === "+" || src[p] === "-") p++;
    else if (!isDigit(src.charCodeAt(p)) && keywordAt(save)) return save; // `1else`
    if (!isDigit(src.charCodeAt(p))) {
      return { msg: "invalid decimal literal", at: save - 1, end: save - 1 };
    }
    isFloat = true;
    const r = digits(isDigit, "decimal");
    if (typeof r !== "number") return r;
  }
  if ((src.charCodeAt(p) | 0x20) === 0x6a) {
    p++;
    return tail("imaginary");
  }
  if (!isFloat && c0 === 48 && /[1-9]/.test(src.slice(start, intEnd).replace(/_/g, ""))) {
    return {
      msg: "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
      at: start,
      end: start + 1,
    };
  }
  if (n > p && src.charCodeAt(p) === 46 && !isFloat) return p;
  return tail("decimal");
}
