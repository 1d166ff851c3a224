import type { SyntaxNode } from "@lezer/common";
import type { Snippet } from "./extract.js";
import { type RecordedKind, withRecorded } from "./formats/notebook-judge.js";
import { markerBody } from "./markers.js";
import { TextMemo } from "./memo.js";
import { isStraightLine, insideFunction, parsePython } from "./python-tree.js";

/** What kind of statement about behaviour a document makes. */
export type ClaimKind =
  | "assert" // an assert statement: it must not fail
  | "print-comment" // `print(x)  # expected` — the line that print writes
  | "expression-comment" // `x.name  # expected` — the value of a bare expression
  | "name-comment" // `v = ...  # v.name = 'expected'` — an attribute's value after the run
  | "raises" // `# Raises ValueError("... fragment ...")` — the statement raises
  | "output" // a block of program output shown after the snippet
  | "doctest" // a `>>>` example's expected output
  | RecordedKind; // a notebook cell's recorded output (formats/notebook-judge.ts)

/** One claim, at its document line. */
export interface Claim {
  line: number;
  kind: ClaimKind;
  /** The claimed value or output, as the document writes it (quotes and `...` removed where noted). */
  expected: string;
  /** print-comment: position among the snippet's print calls (0-based). */
  printIndex?: number;
  /** expression- and name-comment: the expression whose value is claimed. */
  expression?: string;
  /** name-comment: the variable the expression reads (when it is not the expression's first word). */
  subject?: string;
  /**
   * raises: the exception type ("" for any exception: `# Error!`) and message fragment; the line of
   * the statement the comment is about (absent: anywhere in the snippet, as a lead-in or a pasted
   * traceback says).
   */
  exceptionType?: string;
  fragment?: string;
  statementLine?: number;
  /** assert: the statement sits in a function body (it runs when the function is called). */
  inFunction?: boolean;
  /** doctest: which example (0-based). */
  example?: number;
  /** The comment reads as a sentence, not a value: recorded, never judged. */
  prose?: boolean;
  /** Comment claims: where the claimed value is written, as offsets into the snippet's code (for `--fix`, fix.ts). */
  valueAt?: { from: number; to: number };
}

/** A print call of the snippet, for matching stdout lines to calls. */
export interface PrintCall {
  line: number;
  /** Runs at most once and ends its output with one newline (straight-line code, no end=/file=). */
  mappable: boolean;
  /** How many lines it writes when every argument is a string literal (`print('\n')` writes two); else null (one assumed). */
  lines: number | null;
}

/** The claims of a snippet and the facts the judge needs to check them. */
export interface SnippetClaims {
  claims: Claim[];
  prints: PrintCall[];
}

const LEAD_IN = /^(?:should\s+print|will\s+print|prints?|outputs?|returns?|results?(?:\s+in)?|gives|expected(?:\s+output)?|->|=>|==>|>>(?!>)|→|输出(?:为|是)?|打印(?:出)?)\s*[:：]?\s*/i;
const RAISES = /^(?:this\s+)?(?:will\s+|would\s+)?(?:raises?|throws?|->\s*raises|=>\s*raises)\s*:?\s*(?:an?\s+)?`?([A-Za-z_][\w.]*)`?\s*(?:\((.*)\))?/i;
/** A comment that says the line fails without naming the exception: `# Disallowed`, `# Error!`, and with a
 * reason after it (`# This will fail, since the placeholder did not get a value.`, TF's r1 tensors guide). */
const FAILS = /^(?:disallowed|not allowed|error|fails|this (?:will |would )?(?:fails?|raises? an? (?:error|exception))|raises an? (?:error|exception))(?:\s*,?\s+(?:since|because)\s.*)?\s*[.!]*$/i;
/** An own-line comment that states what the line above gives: `# => x:0`, `# Output: x:0`. */
const ARROW = /^(?:=>|->|==>|→|output\s*:|prints?\s*:?)\s*/i;
/** What an assignment's comment says its value is named: `# => operation named "outer/inner_1/c"`. */
const NAMED = /^(?:=>|->|→)?\s*(?:(?:an?\s+)?(?:operation|op|tensor|variable)\s+)?(?:named|called|name(?:\s+is)?\s*:?)?\s*(['"`])([\w./-]+(?::\d+)?)\1\s*$/i;

/** Finds the claims a snippet makes: asserts, claim comments, an output block, `>>>` outputs. */
export function findClaims(s: Snippet): SnippetClaims {
  if (s.kind === "console") {
    const claims = (s.examples ?? []).map<Claim>((e, i) => ({
      line: e.line,
      kind: "doctest",
      expected: e.want,
      example: i,
    }));
    return { claims, prints: [] };
  }
  const { claims, prints } = s.startLine >= 1 ? shifted(codeClaimsFromLine1.get(s.code), s.startLine - 1) : codeClaims(s.code, s.startLine);
  if (s.output) claims.push(...outputClaims(s.output));
  const said = s.leadIn ? leadInRaises(s.leadIn) : null;
  if (said && !handles(s.code, said) && !claims.some((c) => c.kind === "raises")) claims.push({ line: s.startLine, kind: "raises", expected: said, exceptionType: said, fragment: "" });
  claims.sort((a, b) => a.line - b.line);
  return { claims: withRecorded(s, claims), prints };
}

/**
 * The claims the code itself makes (asserts, claim comments) and its print calls, numbered from the
 * code's first line at document line `startLine`. They depend on the text only, and move with it:
 * a snippet's are those of its text from line 1 (remembered, as a corpus repeats snippets), moved.
 */
const codeClaimsFromLine1 = new TextMemo((code) => codeClaims(code, 1));

/** `found` moved down `by` lines: new claim and print objects, for the caller to own. */
function shifted(found: SnippetClaims, by: number): SnippetClaims {
  return {
    claims: found.claims.map((c) => (c.statementLine === undefined ? { ...c, line: c.line + by } : { ...c, line: c.line + by, statementLine: c.statementLine + by })),
    prints: found.prints.map((p) => ({ ...p, line: p.line + by })),
  };
}

function codeClaims(code: string, startLine: number): SnippetClaims {
  const s = { code, startLine };
  const t = parsePython(s.code);
  const docLine = (offset: number) => t.lineOf(offset) + s.startLine - 1;
  const claims: Claim[] = [];
  const prints: PrintCall[] = [];
  const printByEndLine = new Map<number, number>();
  const exprByEndLine = new Map<number, string>();
  const assignByEndLine = new Map<number, string>();
  // Each line of a simple statement → the statement's first line, where CPython reports its errors.
  const statementStart = new Map<number, number>();
  t.tree.iterate({
    enter(ref) {
      const n = ref.node;
      if (/Statement$/.test(n.name) && !n.getChild("Body")) {
        for (let l = docLine(n.from); l <= docLine(n.to - 1); l++) statementStart.set(l, docLine(n.from));
      }
      if (n.name === "AssertStatement") {
        claims.push({ line: docLine(n.from), kind: "assert", expected: text(n), inFunction: insideFunction(n) });
      } else if (isPrint(n, t.source)) {
        printByEndLine.set(docLine(n.to - 1), prints.length);
        prints.push({ line: docLine(n.from), mappable: isStraightLine(n) && printsOneLine(n, t.source), lines: literalLines(n, t.source) });
      } else if (n.name === "ExpressionStatement" && isBareExpression(n)) {
        exprByEndLine.set(docLine(n.to - 1), text(n));
      } else if (n.name === "AssignStatement" && isStraightLine(n) && n.firstChild?.name === "VariableName" && n.getChildren("AssignOp").length === 1) {
        assignByEndLine.set(docLine(n.to - 1), text(n.firstChild));
      }
    },
  });
  const codeLine = (l: number) => /^\s*[^\s#]/.test(s.code.split("\n")[l - s.startLine] ?? "");
  // An own-line comment speaks of the statement right above it (`v1 = ...` then `# Raises ...`);
  // when a blank line or other comments come before it, of the statement it introduces, below.
  const ownLineSubject = (line: number): number => {
    let up = line - 1;
    while (up >= s.startLine && /^\s*#/.test(s.code.split("\n")[up - s.startLine] ?? "")) up--;
    if (up >= s.startLine && codeLine(up)) return Math.max(0, ...[...statementStart.keys()].filter((l) => l < line)) || line;
    const below = [...statementStart.keys()].filter((l) => l > line);
    return below.length ? Math.min(...below) : line;
  };
  t.tree.iterate({
    enter(ref) {
      if (ref.name !== "Comment") return;
      const raw = t.source.slice(ref.from, ref.to);
      if (markerBody(raw) !== null) return;
      const line = docLine(ref.from);
      const trailing = t.source.slice(t.source.lastIndexOf("\n", ref.from - 1) + 1, ref.from).trim() !== "";
      const body = raw.replace(/^#+\s*/, "").trim();
      const bodyFrom = ref.from + /^#+\s*/.exec(raw)![0].length;
      const raises = RAISES.exec(body);
      if (raises && looksLikeExceptionName(raises[1]!)) {
        const about = trailing ? line : ownLineSubject(line);
        const statementLine = statementStart.get(about) ?? about;
        claims.push({
          line,
          kind: "raises",
          expected: raises[2] === undefined ? raises[1]! : `${raises[1]}(${raises[2]})`,
          exceptionType: raises[1]!,
          fragment: fragmentOf(raises[2] ?? ""),
          statementLine,
        });
        return;
      }
      // A pasted exception line in an own-line comment above a statement: `# ValueError: Variable bar/v does not exist,...`.
      // It must end its comment block: what follows in comments is commented-out code it speaks of.
      const nextIsComment = /^\s*#/.test(s.code.split("\n")[line + 1 - s.startLine] ?? "");
      const pasted = trailing || nextIsComment ? null : /^([A-Z]\w*(?:Error|Exception)):\s*(.*)$/.exec(body);
      if (pasted && looksLikeExceptionName(pasted[1]!)) {
        const below = [...statementStart.keys()].filter((l) => l > line);
        const about = below.length ? Math.min(...below) : line;
        claims.push({ line, kind: "raises", expected: body, exceptionType: pasted[1]!, fragment: fragmentOf(pasted[2]!.replace(/,?\s*(\.\.\.|…)\s*$/, "")), statementLine: statementStart.get(about) ?? about });
        return;
      }
      if (FAILS.test(body)) {
        const about = trailing ? line : ownLineSubject(line);
        claims.push({ line, kind: "raises", expected: "an exception", exceptionType: "", fragment: "", statementLine: statementStart.get(about) ?? about });
        return;
      }
      const named = /^([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+)\s*=\s*(['"])(.*)\2\s*$/.exec(body);
      if (named) {
        const close = bodyFrom + body.lastIndexOf(named[2]!);
        claims.push({ line, kind: "name-comment", expected: named[3]!, expression: named[1]!, valueAt: { from: close - named[3]!.length, to: close } });
        return;
      }
      // An own-line `# => value` speaks of the statement that ends on the line above it.
      // `# print bias` right above a statement introduces that statement (what the next line prints);
      // only a symbol or a colon (`# => 3`, `# prints: 3`) makes it a claim about the line above then.
      const introduces = !trailing && /^prints?\s+[^\s:]/i.test(body) && codeLine(line + 1);
      const above = trailing ? line : ARROW.test(body) && !introduces ? line - 1 : -1;
      const target = assignByEndLine.get(above);
      const calledAs = target !== undefined ? NAMED.exec(body) : null;
      if (calledAs && (trailing ? /^(=>|->|→)/.test(body) || /named|called/i.test(body) : true)) {
        // A tensor's name ends in :N, an operation's does not: read the one the comment states.
        const expression = /:\d+$/.test(calledAs[2]!) ? `${target}.name` : `getattr(${target}, "op", ${target}).name`;
        claims.push({ line, kind: "name-comment", expected: calledAs[2]!, expression, subject: target });
        return;
      }
      if (!trailing && above !== line - 1) return;
      // "输出False，即最外层reuse是False": the value, then the author's explanation after a full-width comma.
      const stated = body.replace(LEAD_IN, "").replace(ARROW, "");
      const value = /^[\x21-\x7e][^，。；]*[，。；]/.test(stated) && /[\u3400-\u9fff]/.test(stated) ? stated.split(/[，。；]/)[0]!.trimEnd() : stated;
      const prose = isProse(value);
      const valueFrom = bodyFrom + body.length - stated.length;
      const valueAt = { from: valueFrom, to: valueFrom + value.length };
      const printIndex = printByEndLine.get(above);
      if (printIndex !== undefined) {
        claims.push({ line, kind: "print-comment", expected: value, printIndex, valueAt, ...(prose ? { prose } : {}) });
      } else if (exprByEndLine.has(above) && !prose) {
        claims.push({ line, kind: "expression-comment", expected: value, expression: exprByEndLine.get(above)!, valueAt });
      }
    },
  });
  return { claims, prints };

  function text(n: SyntaxNode): string {
    return t.source.slice(n.from, n.to);
  }
}

/**
 * An output block's claims: what it shows before a pasted traceback is stdout; the traceback's last
 * line says what the snippet raises (its type, and its message as the fragment).
 */
function outputClaims(out: { startLine: number; text: string }): Claim[] {
  const lines = out.text.replace(/\n$/, "").split("\n");
  const tb = lines.findIndex((l) => /^Traceback \(most recent call last\):/.test(l.trim()));
  if (tb < 0) return [{ line: out.startLine, kind: "output", expected: out.text }];
  const claims: Claim[] = [];
  if (tb > 0) claims.push({ line: out.startLine, kind: "output", expected: lines.slice(0, tb).join("\n") + "\n" });
  // traceback.format_exception_only: the last line starting with a name then ":" (or the bare name).
  const last = [...lines.slice(tb + 1)].reverse().find((l) => /^[A-Za-z_][\w.]*(?::|$)/.test(l));
  const m = last ? /^([A-Za-z_][\w.]*)(?::\s?(.*))?$/.exec(last) : null;
  if (m) {
    const type = m[1]!.split(".").pop()!;
    claims.push({ line: out.startLine + tb, kind: "raises", expected: last!, exceptionType: type, fragment: fragmentOf(m[2] ?? "") });
  }
  return claims;
}

/** A lead-in that names, in backticks, the exception the snippet raises: "this raises a `ValueError`:". */
function leadInRaises(text: string): string | null {
  const m = /`([A-Za-z_][\w.]*(?:Error|Exception))`/.exec(text);
  if (!m || !/\b(rais|throw|error|fail|exception|disallow)/i.test(text.replace(m[0], ""))) return null;
  return m[1]!.split(".").pop()!;
}

/** Whether the code catches exception `type` itself (`except tf.errors.OutOfRangeError:`): a lead-in naming
 * it then tells what the snippet handles ("the following code reads until ..."), not what escapes it. */
function handles(source: string, type: string): boolean {
  return new RegExp(`^\\s*except\\b[^:\\n]*\\b${type}\\b`, "m").test(source);
}

/** Lines a print writes when all its arguments are string literals: their newlines plus its own. */
function literalLines(n: SyntaxNode, source: string): number | null {
  const args = n.name === "PrintStatement" ? n : n.firstChild?.getChild("ArgList");
  if (!args) return null;
  let lines = 1;
  for (let c = args.firstChild; c; c = c.nextSibling) {
    if (/^(\(|\)|,|print)$/.test(c.name)) continue;
    if (c.name !== "String") return null;
    const raw = source.slice(c.from, c.to);
    if (/^[a-z]*f/i.test(raw)) return null; // an f-string's values may hold newlines
    const escaped = /^[a-z]*r/i.test(raw) ? 0 : (raw.match(/\\n/g) ?? []).length;
    lines += escaped + (raw.match(/\n/g) ?? []).length;
  }
  return lines;
}

function isPrint(n: SyntaxNode, source: string): boolean {
  if (n.name === "PrintStatement") return true;
  if (n.name !== "ExpressionStatement") return false;
  const call = n.firstChild;
  const callee = call?.name === "CallExpression" ? call.firstChild : null;
  return !!callee && callee.name === "VariableName" && source.slice(callee.from, callee.to) === "print";
}

/** A print that writes exactly one line: no `end=`/`file=`, no Python 2 `>>f` or trailing comma. */
function printsOneLine(n: SyntaxNode, source: string): boolean {
  const text = source.slice(n.from, n.to);
  if (n.name === "PrintStatement") return !/^print\s*>>/.test(text) && !/,\s*$/.test(text);
  const args = n.firstChild?.getChild("ArgList");
  if (!args) return false;
  for (let c = args.firstChild; c; c = c.nextSibling) {
    if (c.name === "VariableName" && c.nextSibling?.name === "AssignOp") {
      if (/^(end|file)$/.test(source.slice(c.from, c.to))) return false;
    }
    if (c.name === "**") return false;
  }
  return true;
}

/** `x.name`, `a[0]`: an expression whose value a comment can state (calls are left out: they act). */
function isBareExpression(n: SyntaxNode): boolean {
  return /^(VariableName|MemberExpression)$/.test(n.firstChild?.name ?? "");
}

function looksLikeExceptionName(name: string): boolean {
  return /(Error|Exception|Exit|Interrupt|Warning|StopIteration)$/.test(name.split(".").pop()!);
}

/**
 * The message fragment of `("... v already exists ...")`: quotes and the elisions at its ends
 * removed; an elision inside (`"Variable ... already exists"`) stays, as `…`, to match any text.
 */
export function fragmentOf(args: string): string {
  const unquoted = args.trim().replace(/^[rbuf]?(['"])([\s\S]*)\1$/i, "$2");
  return unquoted
    .replace(/\.\.\.|…/g, "…")
    .replace(/\s+/g, " ")
    .replace(/^[\s…]+|[\s…]+$/g, "")
    .replace(/ ?… ?/g, " … ");
}

/** A comment that is a sentence: two words in a row and nothing that looks like a printed value. */
function isProse(value: string): boolean {
  // Mostly CJK text ("作用域test1下的变量": the variables under scope test1) describes; it prints nothing.
  const cjk = (value.match(/[\u3040-\u30ff\u3400-\u9fff]/g) ?? []).length;
  if (cjk >= 2 && cjk * 2 >= value.replace(/\s/g, "").length - cjk) return true;
  // Three words or more before anything else ("very close to true beta [2, 1, 3]") describe, whatever follows.
  const lead = /^([A-Za-z]{2,}) ([A-Za-z]{2,}) ([A-Za-z]{2,})\b/.exec(value);
  if (lead && !lead.slice(1).every((w) => w === "True" || w === "False" || w === "None")) return true;
  return /[A-Za-z]{2,} [A-Za-z]{2,}/.test(value) && !/[/:()[\]{}='"<>]|\d\.\d/.test(value);
}
