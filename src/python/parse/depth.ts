import type { TokenList, TokType } from "./tokenize.js";

/**
 * How deeply a logical line's expression nests, read off its tokens before Lezer sees it. CPython's
 * compiler walks the AST recursively and gives up past about 3,000 levels with "RecursionError:
 * maximum recursion depth exceeded during compilation" (Python/symtable.c, recursion_limit = 3 x the
 * 1,000-frame recursion limit); Lezer and our converters handle far less. `nestingDepth` is a lower
 * bound of the AST depth from the chains that build it: a run of prefix operators (`not not ...`,
 * `- - ...`, `lambda: lambda: ...`), a chain of the loosest binary operator in one bracket level
 * (`1 + 1 + ...`), a chain of trailers (`a.b.c`, `f()()`) and of conditional expressions, plus the
 * bracket depth around it.
 */

/** Past this lower bound CPython's compiler raises RecursionError (calibrated on CPython 3.11.7:
 * `print(not not ... 1)` compiles with 2,997 `not`s and fails with 2,998). */
export const COMPILER_DEPTH_LIMIT = 2999;

/** Past this, tfscope does not parse the expression (Lezer and the recursive passes would not cope). */
export const TFSCOPE_DEPTH_LIMIT = 500;

const PREFIX_WORDS = new Set(["not", "lambda", "if", "else", "and", "or", "in", "is", "return", "yield", "await", "assert", "del", "elif", "while", "for", "import", "from", "print"]);
// Binary operators, loosest first: a chain of the loosest present nests one level per operator.
const GROUPS: Record<string, number> = { "|": 0, "^": 1, "&": 2, "<<": 3, ">>": 3, "+": 4, "-": 4, "*": 5, "/": 5, "//": 5, "%": 5, "@": 5, "**": 6 };
const BREAKS = new Set([",", ":", "=", ";", ":=", "+=", "-=", "*=", "/=", "//=", "%=", "@=", "&=", "|=", "^=", ">>=", "<<=", "**=", "->", "and", "or", "not", "if", "else", "for", "in", "is", "lambda", "<", ">", "<=", ">=", "==", "!="]);

interface Level {
  prefixRun: number;
  groupCounts: number[];
  trailers: number;
  elses: number;
  lambdas: number;
}

const fresh = (): Level => ({ prefixRun: 0, groupCounts: [0, 0, 0, 0, 0, 0, 0], trailers: 0, elses: 0, lambdas: 0 });

/** The lower bound of the AST depth of the logical line made of tokens[from, to). */
export function nestingDepth(src: string, tokens: TokenList, from: number, to: number): number {
  let best = 0;
  const levels: Level[] = [fresh()];
  let prev: TokType | null = null;
  let prevText = "";
  const measure = (lv: Level, depth: number) => {
    let chain = 0;
    for (const c of lv.groupCounts) {
      if (c > 0) {
        chain = c;
        break;
      }
    }
    best = Math.max(best, depth + Math.max(lv.prefixRun, chain, lv.trailers, lv.elses, lv.lambdas));
  };
  for (let k = from; k < to; k++) {
    const type = tokens.type(k);
    const text = src.slice(tokens.start(k), tokens.end(k));
    const lv = levels[levels.length - 1]!;
    const afterOperand = prev !== null && (prev === "NAME" || prev === "NUMBER" || prev === "STRING" || /^[)\]}]$/.test(prevText)) && !PREFIX_WORDS.has(prevText);
    if (type === "OP" && /^[([{]$/.test(text)) {
      if (afterOperand && text !== "{") lv.trailers++;
      else lv.trailers = 0;
      levels.push(fresh());
    } else if (type === "OP" && /^[)\]}]$/.test(text)) {
      measure(lv, levels.length - 1);
      if (levels.length > 1) levels.pop();
    } else if (text === "." && type === "OP") {
      lv.trailers++;
    } else if (type === "OP" && GROUPS[text] !== undefined && afterOperand) {
      lv.groupCounts[GROUPS[text]!]!++;
      lv.prefixRun = 0;
    } else if (type === "NAME" && text === "lambda") {
      lv.lambdas++;
    } else if ((type === "OP" && /^[-+~]$/.test(text)) || (type === "NAME" && text === "not")) {
      lv.prefixRun++;
      lv.trailers = 0;
    } else if (type === "NAME" && text === "else") {
      lv.elses++;
    } else if (BREAKS.has(text)) {
      measure(lv, levels.length - 1);
      levels[levels.length - 1] = { ...fresh(), elses: lv.elses, lambdas: text === "," ? 0 : lv.lambdas };
    } else if (type === "NAME" || type === "NUMBER" || type === "STRING") {
      measure(lv, levels.length - 1);
      lv.prefixRun = 0;
      if (!(prevText === "." && prev === "OP")) lv.trailers = 0;
    }
    prev = type;
    prevText = text;
  }
  for (let d = levels.length - 1; d >= 0; d--) measure(levels[d]!, d);
  return best;
}

/** A logical line nested too deeply for Lezer: where it is, and how deep. */
export interface DeepLine {
  start: number;
  end: number;
  line: number;
  depth: number;
}

/**
 * The logical lines whose nesting reaches TFSCOPE_DEPTH_LIMIT, and `text` with each of them respelled
 * (offsets kept) as a shallow statement of the same shape, so Lezer reads the rest of the file.
 */
export function deepLines(src: string, text: string, tokens: TokenList, lineOf: (offset: number) => number): { text: string; deep: DeepLine[] } {
  const deep: DeepLine[] = [];
  let from = 0;
  for (let k = 0; k < tokens.length; k++) {
    const type = tokens.type(k);
    if (type !== "NEWLINE" && type !== "ENDMARKER") continue;
    let a = from;
    while (a < k && (tokens.type(a) === "INDENT" || tokens.type(a) === "DEDENT")) a++;
    if (k - a >= TFSCOPE_DEPTH_LIMIT / 2) {
      const depth = nestingDepth(src, tokens, a, k);
      if (depth >= TFSCOPE_DEPTH_LIMIT) deep.push({ start: tokens.start(a), end: tokens.end(k - 1), line: lineOf(tokens.start(a)), depth });
    }
    from = k + 1;
  }
  if (deep.length === 0) return { text, deep };
  const parts: string[] = [];
  let at = 0;
  for (const d of deep) {
    const body = text.slice(d.start, d.end);
    const header = body.endsWith(":");
    const first = /^\w+/.exec(body)?.[0] ?? "";
    const stand = header ? (first === "elif" ? "elif 0" : "if 0") : "pass";
    const blank = body.slice(stand.length, header ? -1 : undefined).replace(/[^\n]/g, " ");
    parts.push(text.slice(at, d.start), stand, blank, header ? ":" : "");
    at = d.end;
  }
  parts.push(text.slice(at));
  return { text: parts.join(""), deep };
}
