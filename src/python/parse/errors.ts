import { BLOCK_NAMES } from "./stmt.js";
import { fstringError, literalParts } from "./escapes.js";
import type { SourceMap } from "./source-map.js";
import { PySyntaxError } from "./syntax-error.js";
import type { Token, TokenList } from "./tokenize.js";

/** Python 3.11's hard keywords (Lib/keyword.py kwlist). */
export const KEYWORDS = new Set([
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
  "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
  "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
]);

/** Python 3.11's soft keywords (Lib/keyword.py softkwlist). */
const SOFT_KEYWORDS = new Set(["_", "case", "match"]);

const LINE_BREAKS = new Set(["NEWLINE", "INDENT", "DEDENT"]);

function err(map: SourceMap, filename: string, msg: string, from: number, to: number, kind: "SyntaxError" | "IndentationError" = "SyntaxError"): PySyntaxError {
  const a = map.lineCol(from);
  const b = map.lineCol(to);
  return new PySyntaxError(kind, msg, filename, a.line, a.col, map.lineText(a.line), b.line, b.col);
}

/**
 * Whether `header` (a block statement's first line without its colon, starting at keyword `kw`) is
 * one of that statement's headers: "valid" (only the colon is missing), "invalid", or the
 * SyntaxError of the header itself, its lines and columns counted from the header's start.
 */
export type HeaderChecker = (kw: string, header: string) => "valid" | "invalid" | PySyntaxError;

/**
 * The token where `def`'s forced colon (`&&':'` after the parameters and the optional `-> annotation`)
 * is missing, or null when the signature is not that far or the colon is there. Tokens f..e-1 are the
 * header; the annotation is the longest run of tokens that parses as an expression.
 */
function defColonToken(tokens: readonly Token[], f: number, e: number, tx: (t: Token | undefined) => string, checkExpr?: (expr: string) => string | null): number | null {
  if (tokens[f + 1]?.type !== "NAME" || tx(tokens[f + 2]) !== "(") return null;
  let k = f + 3;
  while (k < e && !(tokens[k]!.depth === tokens[f]!.depth && tx(tokens[k]) === ")")) k++;
  if (k >= e) return null;
  let next = k + 1;
  if (tx(tokens[next]) === "->") {
    if (checkExpr === undefined) return null;
    let end = -1;
    for (let j = next + 1; j < e; j++) {
      const text = tokens.slice(next + 1, j + 1).map((t) => tx(t)).join(" ");
      if (checkExpr(text) === null) end = j;
    }
    if (end < 0) return null;
    next = end + 1;
  }
  const t = tokens[next];
  return t !== undefined && tx(t) !== ":" ? next : null;
}

/** The index of the first token after the primary starting at token i (`x`, `x.y`, `f(a)[0]`);
 * tokens.length when the tokens end first. */
function tokenAfterPrimary(tokens: readonly Token[], i: number, tx: (t: Token | undefined) => string): number {
  let j = i + 1;
  for (;;) {
    const t = tx(tokens[j]);
    if (t === "." && tokens[j + 1]?.type === "NAME") j += 2;
    else if (t === "(" || t === "[") {
      const depth = tokens[j]!.depth;
      j++;
      while (j < tokens.length && tokens[j]!.depth > depth) j++;
      j++;
    } else return j;
  }
}

/**
 * invalid_named_expression where an element of a display, group or subscript is `NAME = operand`
 * (`[1, c = 2]`), Lezer's error being at the "=": CPython's "Maybe you meant '==' or ':='", unless a
 * further "=" follows. Not in a call's or a signature's parentheses, where `NAME=` is a keyword.
 */
function namedExpressionError(map: SourceMap, tokens: readonly Token[], i: number, filename: string, tx: (t: Token | undefined) => string): PySyntaxError | null {
  const t = tokens[i]!;
  const name = tokens[i - 1];
  const before = tokens[i - 2];
  if (tx(t) !== "=" || t.depth === 0 || name?.type !== "NAME" || KEYWORDS.has(tx(name)) || before === undefined) return null;
  if (![",", "(", "[", "{"].includes(tx(before))) return null;
  let open = i - 1;
  while (open >= 0 && tokens[open]!.depth >= t.depth) open--;
  const opener = tokens[open];
  if (opener === undefined) return null;
  const pre = tokens[open - 1];
  if (tx(opener) === "(" && pre !== undefined && ((pre.type === "NAME" && !KEYWORDS.has(tx(pre))) || pre.type === "STRING" || [")", "]"].includes(tx(pre)))) return null;
  if (i + 1 >= tokens.length || LINE_BREAKS.has(tokens[i + 1]!.type)) return null;
  const end = operandEndToken(tokens, i + 1, tokens.length, (x) => tx(x));
  const after = tokens[end + 1];
  if (after !== undefined && (tx(after) === "=" || tx(after) === ":=")) return null;
  const e = err(map, filename, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", name.start, tokens[end]!.end);
  // The lookahead after the operand: at the end of the file with a bracket open, "never closed".
  const rest = after !== undefined && tokens.slice(end + 1).some((x) => !LINE_BREAKS.has(x.type) && x.type !== "ENDMARKER");
  e.reach = rest ? map.lineCol(after.start).line : Number.POSITIVE_INFINITY;
  return e;
}

/**
 * invalid_kwarg where an argument of a call is `expression = ...` with the expression not a bare name
 * (`f(a.b=1)`: "expression cannot contain assignment") or a constant (`f(True=1)`), Lezer's error
 * being at the "=".
 */
function kwargError(map: SourceMap, tokens: readonly Token[], i: number, filename: string, tx: (t: Token | undefined) => string): PySyntaxError | null {
  const t = tokens[i]!;
  if (tx(t) !== "=" || t.depth === 0) return null;
  let open = i - 1;
  while (open >= 0 && tokens[open]!.depth >= t.depth) open--;
  const opener = tokens[open];
  const pre = tokens[open - 1];
  if (tx(opener) !== "(" || pre === undefined) return null;
  if (!((pre.type === "NAME" && !KEYWORDS.has(tx(pre))) || pre.type === "STRING" || [")", "]"].includes(tx(pre)))) return null;
  if (i - 1 === open) return null;
  let start = i - 1;
  while (start > open + 1 && !(tokens[start - 1]!.depth === t.depth && tx(tokens[start - 1]) === ",")) start--;
  if (start >= i) return null;
  const first = tokens[start]!;
  if (start === i - 1 && ["True", "False", "None"].includes(tx(first))) return err(map, filename, `cannot assign to ${tx(first)}`, first.start, t.end);
  if (start === i - 1 && first.type === "NAME") return null;
  if (tx(first) === "*" || tx(first) === "**") return null;
  return err(map, filename, 'expression cannot contain assignment, perhaps you meant "=="?', first.start, t.end);
}

/** Index of the first token of the logical line holding token i. */
function lineStartToken(tokens: readonly Token[], i: number): number {
  while (i > 0 && !LINE_BREAKS.has(tokens[i - 1]!.type)) i--;
  return i;
}

/**
 * The SyntaxError CPython would give where Lezer found an error (at source offset `at`): its more
 * specific messages where we can tell them apart (Grammar/python.gram invalid_* rules), else
 * "invalid syntax" at the offending token.
 */
export function refineError(
  src: string,
  map: SourceMap,
  tokens: readonly Token[],
  at: number,
  filename: string,
  checkExpr?: (expr: string) => string | null,
  checkHeader?: HeaderChecker,
): PySyntaxError {
  const tx = (t: Token | undefined) => (t ? src.slice(t.start, t.end) : "");
  if (tokens.length === 0) return err(map, filename, "invalid syntax", at, at);
  let i = tokens.findIndex((t) => t.end > at || (t.start >= at && t.type !== "DEDENT" && t.type !== "INDENT"));
  if (i < 0) i = tokens.length - 1;
  // Look at the logical line of the error and, when the error sits at a line's start, the one before.
  const starts = [lineStartToken(tokens, i)];
  if (starts[0] === i && i > 0) starts.push(lineStartToken(tokens, i - 1));
  for (const s of starts) {
    let first = tokens[s]!;
    let e = s;
    while (e < tokens.length && !LINE_BREAKS.has(tokens[e]!.type) && tokens[e]!.type !== "ENDMARKER") e++;
    const last = tokens[e - 1];
    if (!last || e === s) continue;
    const word = tx(first);
    const nextWord = tx(tokens[s + 1]);
    if ((word === "print" || word === "exec") && tokens[s + 1] && !LINE_BREAKS.has(tokens[s + 1]!.type) && !["(", "=", ".", "["].includes(nextWord) && !/^.=$/.test(nextWord)) {
      return err(map, filename, `Missing parentheses in call to '${word}'. Did you mean ${word}(...)?`, first.start, last.end);
    }
    // `yield x = 1` (invalid_assignment): Lezer reads a yield statement and stops at the "=".
    if (word === "yield") {
      const assign = tokens.findIndex((t, k) => k > s && k < e && t.depth === 0 && tx(t) === "=");
      if (assign > s) return err(map, filename, "assignment to yield expression not possible", first.start, tokens[assign - 1]!.end);
    }
    if (word === "async") first = tokens[s + 1] ?? first;
    const kw = tx(first);
    const f = tokens.indexOf(first);
    // `if x = 1:` (invalid_named_expression): a name, "=", and an operand in a condition.
    const eq = tokens.findIndex((t, k) => k > f && k < e && t.depth === 0 && tx(t) === "=");
    if ((kw === "if" || kw === "elif" || kw === "while") && eq === f + 2 && tokens[f + 1]!.type === "NAME" && eq + 1 < e) {
      const operandEnd = operandEndToken(tokens, eq + 1, e, tx);
      return err(map, filename, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", tokens[f + 1]!.start, tokens[operandEnd]!.end);
    }
    if (BLOCK_NAMES[kw] === undefined || last.depth !== 0) continue;
    // `try`, `finally` and `else` force their colon right after the keyword (`&&':'`): the error sits on
    // the token that follows. `else` alone at a line's end is read as part of an `if`.
    if (kw === "try" || kw === "finally" || (kw === "else" && last !== first)) {
      const next = tokens[f + 1]!;
      if (tx(next) !== ":") return err(map, filename, "expected ':'", next.start, next.type === "NEWLINE" ? next.start : next.end);
      continue;
    }
    if (last === first || tx(last) === ":") continue;
    const colon = tokens.slice(f, e).some((t) => t.depth === 0 && tx(t) === ":");
    // `def` forces its colon after the signature; the other headers say "expected ':'" only when the
    // whole header, up to the line's end, is one of theirs (invalid_if_stmt ... NEWLINE, Grammar/python.gram).
    if (kw === "def") {
      const at = defColonToken(tokens, f, e, tx, checkExpr);
      const t = at === null ? undefined : tokens[at];
      if (t !== undefined) return err(map, filename, "expected ':'", t.start, t.type === "NEWLINE" ? t.start : t.end);
      continue;
    }
    if (checkHeader === undefined) {
      if (!colon) return err(map, filename, "expected ':'", last.end, last.end);
      continue;
    }
    const verdict = checkHeader(kw, src.slice(first.start, last.end));
    if (verdict === "valid") return err(map, filename, "expected ':'", last.end, last.end);
    if (verdict !== "invalid") {
      // The header's own error (`for 1 in y` is "cannot assign to literal"), moved to where it sits.
      const lc = map.lineCol(first.start);
      const col = verdict.line === 1 ? lc.col + verdict.col : verdict.col;
      const endCol = verdict.endLine === 1 && verdict.endCol !== undefined ? lc.col + verdict.endCol : verdict.endCol;
      const line = lc.line + verdict.line - 1;
      return new PySyntaxError(verdict.kind, verdict.message, filename, line, col, map.lineText(line), verdict.endLine === undefined ? undefined : lc.line + verdict.endLine - 1, endCol);
    }
  }
  for (const s of starts) {
    const fs = fstringErrorOnLine(src, map, tokens, s, filename, checkExpr);
    if (fs) return fs;
  }
  const dict = dictItemError(src, map, tokens, i, filename);
  if (dict) return dict;
  const named = namedExpressionError(map, tokens, i, filename, tx);
  if (named) return named;
  const kwarg = kwargError(map, tokens, i, filename, tx);
  if (kwarg) return kwarg;
  const t = tokens[i]!;
  const p = tokens[i - 1];
  // Juxtaposed operands in brackets (CPython's invalid_expression), but not in a parameter list.
  const inDef = tx(tokens[lineStartToken(tokens, i)]) === "def";
  if (p && t.depth > 0 && p.depth > 0 && !inDef && endsAtom(p, tx(p)) && startsAtom(t, tx(t))) {
    const from = disjunctionStart(tokens, primaryStart(tokens, i - 1, tx), tx);
    // The rule starts with !(NAME STRING | SOFT_KEYWORD) before its disjunction: `x'ab'` and
    // `match x` stay plain invalid syntax, `(2 and x'ab')` does not.
    const head = tokens[from]!;
    const excluded = (head.type === "NAME" && tokens[from + 1]?.type === "STRING") || SOFT_KEYWORDS.has(tx(head));
    if (!excluded) {
      const e = err(map, filename, "invalid syntax. Perhaps you forgot a comma?", head.start, t.end);
      // The rule parsed the second operand whole: the parser fetched the token after it, and at the end
      // of the file with a bracket open that fetch is the tokenizer's "never closed" (pegen.c E_EOF).
      const after = tokenAfterPrimary(tokens, i, tx);
      const rest = tokens.slice(after).some((x) => !LINE_BREAKS.has(x.type) && x.type !== "ENDMARKER");
      e.reach = rest ? map.lineCol(tokens[after]!.start).line : Number.POSITIVE_INFINITY;
      return e;
    }
  }
  return err(map, filename, "invalid syntax", t.start, t.type === "NEWLINE" ? t.start : t.end);
}

/**
 * CPython's errors for a malformed item of a dict display whose earlier items are all `key: value`
 * or `**mapping` (Grammar/python.gram invalid_double_starred_kvpairs and invalid_kvpair), when
 * Lezer's error is at token i: a key with no colon after at least one such item, a colon with no
 * value, a starred value. Null when the error is not in such an item.
 */
function dictItemError(src: string, map: SourceMap, tokens: readonly Token[], i: number, filename: string): PySyntaxError | null {
  const tx = (t: Token | undefined) => (t ? src.slice(t.start, t.end) : "");
  // A closing bracket's depth is that outside it.
  const d = tokens[i]!.depth + (tokens[i]!.type === "OP" && ")]}".includes(src[tokens[i]!.start]!) ? 1 : 0);
  if (d === 0) return null;
  let open = i - 1;
  while (open >= 0 && tokens[open]!.depth >= d) open--;
  if (open < 0 || tx(tokens[open]) !== "{") return null;
  // The items before the error, split at the display's own commas.
  const items: number[][] = [[]];
  for (let k = open + 1; k < i; k++) {
    if (tokens[k]!.depth === d && tx(tokens[k]) === ",") items.push([]);
    else items[items.length - 1]!.push(k);
  }
  const last = items.pop()!;
  /** The item's own colon, not a lambda's. */
  const colonAt = (item: number[]): number => {
    let lambdas = 0;
    for (let j = 0; j < item.length; j++) {
      const w = tokens[item[j]!]!.depth === d ? tx(tokens[item[j]!]) : "";
      if (w === "lambda") lambdas++;
      else if (w === ":" && lambdas-- === 0) return j;
    }
    return -1;
  };
  if (!items.every((item) => tx(tokens[item[0]!]) === "**" || colonAt(item) > 0)) return null;
  if (last.length === 0 || tx(tokens[last[0]!]) === "**") return null;
  const colon = colonAt(last);
  const here = tx(tokens[i]);
  if (colon < 0) {
    if (items.length === 0 || here === ":") return null;
    const keyEnd = expressionEnd(src, tokens, last[0]!, i, false);
    if (keyEnd < 0) return null;
    const a = map.lineCol(tokens[last[0]!]!.start);
    const b = map.lineCol(tokens[keyEnd]!.end - 1);
    if (a.line !== b.line) return null;
    return new PySyntaxError("SyntaxError", "':' expected after dictionary key", filename, b.line, b.col, map.lineText(b.line), b.line, -1);
  }
  if (colon !== last.length - 1 || expressionEnd(src, tokens, last[0]!, last[colon]!, false) !== last[colon]! - 1) return null;
  if (here === "}" || here === ",") {
    const c = tokens[last[colon]!]!;
    return err(map, filename, "expression expected after dictionary key and ':'", c.start, c.end);
  }
  if (here === "*") {
    const valueEnd = expressionEnd(src, tokens, i + 1, tokens.length, true);
    if (valueEnd < 0) return null;
    return err(map, filename, "cannot use a starred expression in a dictionary value", tokens[i]!.start, tokens[valueEnd]!.end);
  }
  return null;
}

const UNARY = new Set(["-", "+", "~", "not"]);
const ARITH_OPS = new Set(["+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^"]);
const TEST_OPS = new Set(["<", ">", "==", "!=", "<=", ">=", "in", "is", "and", "or"]);

/**
 * The last token of the longest expression PEG parsing would read from token k, before token `end`
 * (-1 if none): operands joined by binary operators, a conditional expression, a lambda. With
 * `bitwise`, only arithmetic and bitwise operators (CPython's bitwise_or).
 */
function expressionEnd(src: string, tokens: readonly Token[], k: number, end: number, bitwise: boolean): number {
  const tx = (t: Token | undefined) => (t ? src.slice(t.start, t.end) : "");
  const d = tokens[k]?.depth;
  if (d === undefined) return -1;
  const at = (j: number) => (j < end && tokens[j]!.depth === d ? tx(tokens[j]) : "");
  if (!bitwise && at(k) === "lambda") {
    let j = k + 1;
    while (j < end && at(j) !== ":") j++;
    return j < end ? expressionEnd(src, tokens, j + 1, end, false) : -1;
  }
  /** The last token of unary operators and a primary from token j, or -1. */
  const operand = (j: number): number => {
    while (UNARY.has(at(j)) && (at(j) !== "not" || !bitwise)) j++;
    let last = atomEnd(src, tokens, j, end);
    if (last < 0) return -1;
    for (;;) {
      const n = at(last + 1);
      if (n === "." && tokens[last + 2]?.type === "NAME") last += 2;
      else if (n === "(" || n === "[") last = closerOf(src, tokens, last + 1, end);
      else return last;
      if (last < 0) return -1;
    }
  };
  let last = operand(k);
  if (last < 0) return -1;
  for (;;) {
    let op = last + 1;
    const o = at(op);
    if ((o === "not" && at(op + 1) === "in") || (o === "is" && at(op + 1) === "not")) op++;
    else if (!(ARITH_OPS.has(o) || (!bitwise && TEST_OPS.has(o)))) break;
    const next = operand(op + 1);
    if (next < 0) break;
    last = next;
  }
  if (!bitwise && at(last + 1) === "if") {
    const test = conditionEnd(last + 2);
    if (test >= 0 && at(test + 1) === "else") {
      const orelse = expressionEnd(src, tokens, test + 2, end, false);
      if (orelse >= 0) return orelse;
    }
  }
  return last;

  function conditionEnd(j: number): number {
    // The condition is a disjunction: the same chain, without a conditional of its own.
    let e = operand(j);
    for (let o = e + 1; e >= 0 && (ARITH_OPS.has(at(o)) || TEST_OPS.has(at(o))); o = e + 1) {
      if ((at(o) === "not" && at(o + 1) === "in") || (at(o) === "is" && at(o + 1) === "not")) o++;
      const n = operand(o + 1);
      if (n < 0) break;
      e = n;
    }
    return e;
  }
}

/** The last token of an atom (a name, number, run of strings or bracketed group) at token j, or -1. */
function atomEnd(src: string, tokens: readonly Token[], j: number, end: number): number {
  const t = tokens[j];
  if (!t || j >= end) return -1;
  const s = src.slice(t.start, t.end);
  if (t.type === "NUMBER") return j;
  if (t.type === "STRING") {
    while (j + 1 < end && tokens[j + 1]!.type === "STRING") j++;
    return j;
  }
  if (t.type === "NAME") return !KEYWORDS.has(s) || s === "True" || s === "False" || s === "None" ? j : -1;
  if (s === "(" || s === "[" || s === "{") return closerOf(src, tokens, j, end);
  return -1;
}

/** The closing bracket of the opener at token j (before token `end`), or -1. */
function closerOf(src: string, tokens: readonly Token[], j: number, end: number): number {
  // A closing bracket's depth is that outside it, as is the opener's.
  const outer = tokens[j]!.depth;
  for (let k = j + 1; k < end && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.depth <= outer) return t.type === "OP" && ")]}".includes(src[t.start]!) ? k : -1;
  }
  return -1;
}

/** The last token of a primary operand (`f(a).b[c]`) starting at token i, before token `end`. */
function operandEndToken(tokens: readonly Token[], i: number, end: number, tx: (t: Token) => string): number {
  const d = tokens[i]!.depth;
  let k = i;
  while (k + 1 < end) {
    const next = tokens[k + 1]!;
    const s = tx(next);
    if (next.depth > d || (next.depth === d && (s === ")" || s === "]" || s === "}" || s === "(" || s === "[" || s === "."))) k++;
    else if (next.depth === d && tokens[k]!.type === "OP" && tx(tokens[k]!) === "." && next.type === "NAME") k++;
    else break;
  }
  return k;
}

/** An f-string error on the logical line starting at token s, reported where CPython's parser
 * stands: at the token after the run of adjacent string literals holding the f-string. */
function fstringErrorOnLine(src: string, map: SourceMap, tokens: readonly Token[], s: number, filename: string, checkExpr?: (expr: string) => string | null): PySyntaxError | null {
  for (let k = s; k < tokens.length && !LINE_BREAKS.has(tokens[k]!.type) && tokens[k]!.type !== "ENDMARKER"; k++) {
    const t = tokens[k]!;
    if (t.type !== "STRING") continue;
    const text = src.slice(t.start, t.end);
    const lp = literalParts(text);
    const msg = lp.format ? fstringError(text.slice(lp.bodyStart, lp.bodyEnd), checkExpr) : null;
    if (!msg) continue;
    let after = k;
    while (tokens[after + 1]?.type === "STRING") after++;
    const next = tokens[after + 1];
    const at = next ? next.start : t.end;
    const oneChar = next && next.type !== "NEWLINE" && next.type !== "ENDMARKER" && map.lineOf(next.start) === map.lineOf(tokens[after]!.end);
    return err(map, filename, msg, at, oneChar ? at + 1 : at);
  }
  return null;
}

function endsAtom(t: Token, s: string): boolean {
  return t.type === "NUMBER" || t.type === "STRING" || (t.type === "NAME" && !KEYWORDS.has(s)) || s === ")" || s === "]" || s === "}";
}

function startsAtom(t: Token, s: string): boolean {
  return t.type === "NUMBER" || t.type === "STRING" || (t.type === "NAME" && !KEYWORDS.has(s)) || s === "(" || s === "[" || s === "{";
}

/** The first token of the disjunction (`-a * b < c and not d`) whose last primary starts at token i. */
function disjunctionStart(tokens: readonly Token[], i: number, tx: (t: Token) => string): number {
  const d = tokens[i]!.depth;
  for (;;) {
    const op = tokens[i - 1];
    if (!op || op.depth !== d) return i;
    const o = tx(op);
    if (UNARY.has(o)) {
      i--;
      continue;
    }
    if (!(ARITH_OPS.has(o) || TEST_OPS.has(o) || o === "not")) return i;
    let j = i - 2;
    if (o === "in" && tx(tokens[j]!) === "not") j--;
    else if (o === "not" && tx(tokens[j]!) === "is") j--;
    const prev = tokens[j];
    if (!prev || prev.depth !== d || !endsAtom(prev, tx(prev))) return i;
    i = primaryStart(tokens, j, tx);
  }
}

/** The first token of the primary expression (`a.b(c)[d]`) ending at token i. */
function primaryStart(tokens: readonly Token[], i: number, tx: (t: Token) => string): number {
  for (;;) {
    const s = tx(tokens[i]!);
    if (s === ")" || s === "]" || s === "}") {
      // Back to the matching opener (brackets carry the depth outside them).
      const d = tokens[i]!.depth;
      do i--;
      while (i > 0 && !(tokens[i]!.depth === d && ["(", "[", "{"].includes(tx(tokens[i]!))));
    }
    const prev = tokens[i - 1];
    if (prev && tx(prev) === "." && tokens[i - 2]) {
      i -= 2;
      continue;
    }
    const here = tx(tokens[i]!);
    if (prev && (here === "(" || here === "[") && endsAtom(prev, tx(prev))) {
      i--;
      continue;
    }
    return i;
  }
}

const CHAIN_OPS = new Set(["+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^", "and", "or", ".", "<", ">", "==", "!=", "<=", ">=", "in", "is"]);

/**
 * Whether Lezer's error at source offset `at` may be its own limit rather than the code's fault:
 * @lezer/lr forces a reduction out of a left-recursive run after 300 reductions spanning 2,000 or
 * more characters (its Rec.MaxLeftAssociativeReductionCount kludge), which breaks valid chains such
 * as `a0 + a1 + ... + a400`. True when the logical line holds such a chain.
 */
export function lezerLimit(src: string, tokens: readonly Token[], at: number): boolean {
  let i = tokens.findIndex((t) => t.end > at);
  if (i < 0) i = tokens.length - 1;
  const s = lineStartToken(tokens, i);
  let e = s;
  while (e < tokens.length && !LINE_BREAKS.has(tokens[e]!.type) && tokens[e]!.type !== "ENDMARKER") e++;
  if (e <= s || tokens[e - 1]!.end - tokens[s]!.start < 2000) return false;
  const perDepth = new Map<number, number>();
  for (let k = s; k < e; k++) {
    const t = tokens[k]!;
    if (CHAIN_OPS.has(src.slice(t.start, t.end))) perDepth.set(t.depth, (perDepth.get(t.depth) ?? 0) + 1);
  }
  return [...perDepth.values()].some((n) => n >= 300);
}

/**
 * Valid Python that Lezer's grammar cannot read, recognised on the logical line of its error: a
 * decorator other than a dotted name with an optional call, `with` items whose target is not a
 * plain name or that sit in parentheses, match statements. Returns the construct's description, or
 * null.
 */
export function lezerGap(src: string, tokens: readonly Token[], at: number): string | null {
  const tx = (t: Token | undefined) => (t ? src.slice(t.start, t.end) : "");
  let i = tokens.findIndex((t) => t.end > at);
  if (i < 0) i = tokens.length - 1;
  const s = lineStartToken(tokens, i);
  let e = s;
  while (e < tokens.length && !LINE_BREAKS.has(tokens[e]!.type) && tokens[e]!.type !== "ENDMARKER") e++;
  const line = tokens.slice(s, e);
  const words = line.map((t) => tx(t));
  if (words[0] === "@" && line.length > 1) {
    let k = 1;
    while (line[k]?.type === "NAME" && (words[k + 1] === "." ? line[k + 2]?.type === "NAME" : true)) k += words[k + 1] === "." ? 2 : 1;
    const simple = k > 1 && (k === line.length || (words[k] === "(" && tx(line[line.length - 1]) === ")" && line.slice(k + 1, -1).every((t) => t.depth > 0)));
    return simple ? null : "a decorator other than a dotted name with an optional call";
  }
  // Lezer reads only part of the pattern grammar; we do not run match statements anyway.
  if ((words[0] === "match" || words[0] === "case") && line.length > 2 && words[line.length - 1] === ":") return "the match statement";
  const w = words[0] === "async" ? 1 : 0;
  if (words[w] === "with") {
    if (words[w + 1] === "(" && line.some((t, k) => words[k] === "as" && t.depth === 1)) return "parenthesized with items";
    for (let k = w + 1; k < line.length; k++) {
      if (words[k] !== "as" || line[k]!.depth !== 0) continue;
      const next = words[k + 2];
      if (line[k + 1]?.type !== "NAME" || (next !== "," && next !== ":")) return "a with target other than a plain name";
    }
  }
  return null;
}

/**
 * CPython's parser errors about blocks, found on the token stream: an indented line where no block
 * opens ("unexpected indent"), and a block header not followed by one ("expected an indented block
 * after ..."). Returns the first, or null.
 */
export function blockErrors(src: string, map: SourceMap, tokens: TokenList, filename: string): PySyntaxError | null {
  // Whether token k is a ":" (the tokens are read in place: this pass runs on every parse).
  const colon = (k: number) => tokens.end(k) - tokens.start(k) === 1 && src.charCodeAt(tokens.start(k)) === 58;
  for (let i = 0; i < tokens.length; i++) {
    const type = tokens.type(i);
    if (type === "INDENT") {
      if (i < 2 || !colon(i - 2) || tokens.type(i - 1) !== "NEWLINE") {
        // Tokens may stop right after the INDENT, at a character the tokenizer refuses (a zero-width
        // space): CPython's parser has seen the INDENT and reports it first.
        const lc = map.lineCol(i + 1 < tokens.length ? tokens.start(i + 1) : tokens.end(i));
        return new PySyntaxError("IndentationError", "unexpected indent", filename, lc.line, Math.max(0, lc.col - 1), map.lineText(lc.line));
      }
    } else if (type === "NEWLINE" && i > 0 && colon(i - 1) && tokens.depth(i - 1) === 0) {
      if (i + 1 < tokens.length && tokens.type(i + 1) === "INDENT") continue;
      const e = missingBlock(src, map, tokens.toArray(), i, filename);
      if (e !== undefined) return e;
    }
  }
  return null;
}

/** After a line ending in ":" (whose NEWLINE is token i) and no INDENT: CPython's "expected an
 * indented block after ..." if the line is a block header, null if tokens stop first, undefined if
 * the line is no block header. */
function missingBlock(src: string, map: SourceMap, tokens: readonly Token[], i: number, filename: string): PySyntaxError | null | undefined {
  const tx = (t: Token | undefined) => (t ? src.slice(t.start, t.end) : "");
  const t = tokens[i]!;
  let s = lineStartToken(tokens, i - 1);
  if (tx(tokens[s]) === "async") s++;
  const name = BLOCK_NAMES[tx(tokens[s])];
  if (name === undefined) return undefined;
  const headerLine = map.lineOf(tokens[s]!.start);
  const msg = `expected an indented block after ${name} on line ${headerLine}`;
  let j = i + 1;
  while (tokens[j] && tokens[j]!.type === "DEDENT") j++;
  const next = tokens[j];
  // Tokens stop early at a tokenizer error, which then comes first.
  if (!next) return null;
  if (next.type === "ENDMARKER") return err(map, filename, msg, t.start, t.start, "IndentationError");
  return err(map, filename, msg, next.start, next.end, "IndentationError");
}
