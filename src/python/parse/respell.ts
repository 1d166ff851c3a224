import { parser } from "@lezer/python";
import type { SyntaxNode } from "@lezer/common";
import { firstError } from "./base.js";
import { KEYWORDS } from "./errors.js";
import type { TokenList } from "./tokenize.js";

/**
 * Respells, keeping every offset and node span, the literals Lezer's grammar misreads:
 * - numbers with a dot not followed by a digit (`1.`, `1.e5`, `1.j`): the dot becomes `_` (its
 *   Number token allows a trailing underscore);
 * - raw f-strings where an odd run of backslashes precedes a brace (`rf"\{x}"`): Lezer lets a
 *   backslash swallow the brace, Python does not; the last backslash becomes a space;
 * - a "/" among a lambda's parameters, which Lezer's grammar allows in `def` only: it becomes a bare
 *   `*` (the converter reads "/" from the source);
 * - a "*" unpacking in a subscript (`a[*b]`, PEP 646), in a `for` statement's iterable
 *   (`for x in *a, b:`) or in a comprehension's target (`[s for *s, last in x]`), which Lezer's
 *   grammar has no place for: it becomes a blank, and `stars` maps the start of the operand after it
 *   to the star's offset;
 * - the name `print`, which Lezer takes for Python 2's keyword when an operand follows (`print -x`,
 *   `print = f` are valid Python 3): it becomes `prinT`. Python 2 print statements are rewritten as
 *   calls (py2.ts) before Lezer sees them.
 * - a form feed on a line that is otherwise blank (or a comment), which CPython's tokenizer skips as
 *   whitespace (a page break in the standard library's own sources) and Lezer rejects: it becomes a space.
 * The converter reads literal values and names from the source itself.
 */
export function lezerSpelling(src: string, tokens: TokenList): Respelled {
  let text = "";
  let from = 0;
  const stars = new Map<number, number>();
  // Bracket depths of the lambdas whose parameter list is being read.
  const lambdas: number[] = [];
  // For each open bracket, whether it is a subscript's.
  const subscripts: boolean[] = [];
  // 0: not in a `for` statement's header; 1: in it, before its `in`; 2: in its iterable.
  let forPart = 0;
  // The bracket depth of the comprehension whose target is being read (between its `for` and `in`), or -1.
  let compTarget = -1;
  // The previous token's index, or -1.
  let prev = -1;
  let star = -1;
  for (let t = 0; t < tokens.length; t++) {
    const start = tokens.start(t);
    if (star >= 0) {
      stars.set(start, star);
      star = -1;
    }
    let fixed: string | null = null;
    const c = src.charCodeAt(start);
    const one = tokens.end(t) === start + 1;
    const type = tokens.type(t);
    const depth = tokens.depth(t);
    if (type === "NAME") {
      fixed = respellName(src, tokens, t);
      if (isWord(src, tokens, t, "lambda")) lambdas.push(depth);
      else if (depth === 0 && isWord(src, tokens, t, "for") && (prev < 0 || tokens.type(prev) === "NEWLINE" || tokens.type(prev) === "INDENT" || tokens.type(prev) === "DEDENT" || isWord(src, tokens, prev, "async"))) forPart = 1;
      else if (depth === 0 && forPart === 1 && isWord(src, tokens, t, "in")) forPart = 2;
      else if (depth > 0 && isWord(src, tokens, t, "for")) compTarget = depth;
      else if (depth === compTarget && isWord(src, tokens, t, "in")) compTarget = -1;
    } else if (type === "NUMBER") fixed = respellNumber(src, tokens, t);
    else if (type === "STRING") fixed = respellRawFString(src, tokens, t);
    else if (type === "OP") {
      if (c === 40 || c === 91 || c === 123) subscripts.push(c === 91 && prev >= 0 && endsOperand(src, tokens, prev));
      else if (c === 41 || c === 93 || c === 125) subscripts.pop();
      else if (lambdas.length > 0 && depth === lambdas[lambdas.length - 1] && (c === 58 || (c === 47 && one))) {
        if (c === 58 /* : */) lambdas.pop();
        else if (lambdaSlash(src, tokens, prev)) fixed = "*";
      } else if (c === 58 && depth === 0) forPart = 0;
      else if (c === 42 /* * */ && one && prev >= 0 && (starUnpacks(src, tokens, t, prev, subscripts, forPart) ||
        (depth === compTarget && (isWord(src, tokens, prev, "for") || src.charCodeAt(tokens.start(prev)) === 44)))) {
        fixed = " ";
        star = start;
      }
    } else if (type === "NEWLINE") {
      lambdas.length = 0;
      forPart = 0;
      compTarget = -1;
    }
    prev = t;
    if (fixed === null) continue;
    text += src.slice(from, start) + fixed;
    from = tokens.end(t);
  }
  const spelled = blankFormFeedLines(from === 0 ? src : text + src.slice(from));
  const overlays = new Map<number, Overlay>();
  return { text: overlayExpressions(src, spelled, tokens, overlays), stars, overlays };
}

/** `text` with each form feed on an otherwise blank line spelled as a space (see `lezerSpelling`). */
function blankFormFeedLines(text: string): string {
  if (!text.includes("\f")) return text;
  return text.replace(/^[ \t\f]*\f[ \t\f]*(?=#|\r?\n|$)/gm, (ws) => ws.replace(/\f/g, " "));
}

/** The text Lezer parses, and what it stands for (see `lezerSpelling`). */
export interface Respelled {
  text: string;
  /** The source offset of each operand whose star was blanked, to that star's offset. */
  stars: Map<number, number>;
  /** Expressions parsed on their own, by the source offset of the placeholder name left for them. */
  overlays: Map<number, Overlay>;
}

/** An expression Lezer parsed on its own: `node` in `chunk`, whose offset 0 is source offset `base`. */
export interface Overlay {
  chunk: string;
  base: number;
  node: SyntaxNode;
}

/**
 * Valid Python 3.9+ that Lezer's grammar cannot read in place: decorators other than a dotted name
 * with an optional call (PEP 614), `with` targets other than a name, `with` items in parentheses.
 * Each such decorator or target is parsed on its own and replaced, in the text, by the placeholder
 * name `_` padded with blanks; the parentheses around `with` items (and what is not a token between
 * them: line breaks, comments, a trailing comma) become blanks. Offsets stay the same. A piece Lezer
 * cannot parse on its own is left alone, to fail as before.
 */
function overlayExpressions(src: string, text: string, tokens: TokenList, overlays: Map<number, Overlay>): string {
  const tx = (k: number) => (k < tokens.length ? src.slice(tokens.start(k), tokens.end(k)) : "");
  const blanks: [number, number, string][] = [];
  const overlay = (from: number, to: number): void => {
    const chunk = "(" + text.slice(from, to) + ")";
    const tree = parser.parse(chunk);
    const stmt = tree.topNode.firstChild;
    const paren = stmt?.firstChild;
    const inner = paren?.firstChild?.nextSibling;
    if (!stmt || stmt.nextSibling || paren!.name !== "ParenthesizedExpression" || !inner || firstError(tree) !== null) return;
    overlays.set(from, { chunk, base: from - 1, node: inner });
    blanks.push([from, to, "_"]);
  };
  for (let s = 0; s < tokens.length; ) {
    let e = s;
    while (e < tokens.length && !LINE_ENDS.has(tokens.type(e))) e++;
    if (e > s + 1 && tx(s) === "@" && !simpleDecorator(tokens, s + 1, e, tx) && !someTopComma(tokens, s + 1, e, tx)) {
      overlay(tokens.start(s + 1), tokens.end(e - 1));
    }
    const w = tx(s) === "async" ? s + 1 : s;
    if (tx(w) === "with" && w + 1 < e) withItems(w + 1, e);
    s = e + 1;
  }
  function withItems(k: number, e: number): void {
    let level = 0;
    if (tx(k) === "(") {
      let close = k + 1;
      let asInside = false;
      for (; close < e && tokens.depth(close) > 0; close++) if (tokens.depth(close) === 1 && tx(close) === "as") asInside = true;
      if (close < e && tx(close + 1) === ":" && asInside) {
        // `with (a as b, c as d,):` reads as `with  a as b, c as d  :`.
        level = 1;
        let at = tokens.start(k);
        for (let j = k + 1; j <= close; j++) {
          const last = j === close || (tx(j) === "," && j + 1 === close);
          blanks.push([at, tokens.start(j), " "]);
          at = last ? tokens.start(j) : tokens.end(j);
          if (last) {
            blanks.push([at, tokens.end(close), " "]);
            break;
          }
        }
      }
    }
    for (let j = k; j < e; j++) {
      if (tokens.depth(j) !== level || tx(j) !== "as") continue;
      let end = j + 1;
      // The target ends at the item's comma, the header's colon, or the items' closing parenthesis
      // (whose depth is the one outside it).
      while (end < e && !(tokens.depth(end) === level && (tx(end) === "," || tx(end) === ":")) && !(tokens.depth(end) === level - 1 && tx(end) === ")")) end++;
      if (end > j + 2 || (end === j + 2 && tokens.type(j + 1) !== "NAME")) overlay(tokens.start(j + 1), tokens.end(end - 1));
    }
  }
  if (blanks.length === 0) return text;
  blanks.sort((a, b) => a[0] - b[0]);
  let out = "";
  let from = 0;
  for (const [a, b, head] of blanks) {
    // Blanks between the tokens of an overlaid target fall inside its own.
    const at = Math.max(a, from);
    if (b <= at) continue;
    const h = at === a ? head : "";
    out += text.slice(from, at) + h + " ".repeat(b - at - h.length);
    from = b;
  }
  return out + text.slice(from);
}

const LINE_ENDS = new Set(["NEWLINE", "INDENT", "DEDENT", "ENDMARKER"]);

/** Whether the decorator's tokens [k, e) are a dotted name with an optional call, which Lezer reads. */
function simpleDecorator(tokens: TokenList, k: number, e: number, tx: (k: number) => string): boolean {
  if (tokens.type(k) !== "NAME") return false;
  k++;
  while (k + 1 < e && tx(k) === "." && tokens.type(k + 1) === "NAME") k += 2;
  if (k === e) return true;
  if (tx(k) !== "(" || tx(e - 1) !== ")") return false;
  for (let j = k + 1; j < e - 1; j++) if (tokens.depth(j) === 0) return false;
  return true;
}

/** Whether tokens [k, e) hold a "," outside brackets. */
function someTopComma(tokens: TokenList, k: number, e: number, tx: (k: number) => string): boolean {
  for (let j = k; j < e; j++) if (tokens.depth(j) === 0 && tx(j) === ",") return true;
  return false;
}

function isWord(src: string, tokens: TokenList, t: number, word: string): boolean {
  return tokens.end(t) - tokens.start(t) === word.length && src.startsWith(word, tokens.start(t));
}

/** Whether token t ends an operand, so that a "[" after it opens a subscript. */
function endsOperand(src: string, tokens: TokenList, t: number): boolean {
  const type = tokens.type(t);
  if (type === "NUMBER" || type === "STRING") return true;
  if (type === "NAME") return !KEYWORDS.has(src.slice(tokens.start(t), tokens.end(t))) || isWord(src, tokens, t, "None") || isWord(src, tokens, t, "True") || isWord(src, tokens, t, "False");
  const c = src.charCodeAt(tokens.start(t));
  return type === "OP" && (c === 41 || c === 93 || c === 125);
}

/** Whether the "*" token t, after `prev`, unpacks an item of a subscript or of a `for` iterable. */
function starUnpacks(src: string, tokens: TokenList, t: number, prev: number, subscripts: boolean[], forPart: number): boolean {
  const p = src.charCodeAt(tokens.start(prev));
  const prevOp = tokens.type(prev) === "OP";
  if (subscripts.length > 0 && subscripts[subscripts.length - 1] && prevOp && (p === 91 || p === 44) && tokens.end(prev) === tokens.start(prev) + 1) return true;
  return forPart === 2 && tokens.depth(t) === 0 && (isWord(src, tokens, prev, "in") || (p === 44 && prevOp));
}

/** Whether a "/" after token `prev` in a lambda's parameters marks positional-only ones (it follows
 * `lambda` or a comma; Lezer's grammar reads that "/" in `def` only). */
function lambdaSlash(src: string, tokens: TokenList, prev: number): boolean {
  return src.charCodeAt(tokens.start(prev)) === 44 /* , */ || isWord(src, tokens, prev, "lambda");
}

function respellName(src: string, tokens: TokenList, t: number): string | null {
  return tokens.end(t) - tokens.start(t) === 5 && src.startsWith("print", tokens.start(t)) ? "prinT" : null;
}

function respellNumber(src: string, tokens: TokenList, t: number): string | null {
  const start = tokens.start(t);
  const end = tokens.end(t);
  let dot = start;
  while (dot < end && src.charCodeAt(dot) !== 46) dot++;
  if (dot === end) return null;
  const next = dot + 1 < end ? src.charCodeAt(dot + 1) : -1;
  if (next >= 48 && next <= 57) return null;
  return src.slice(start, dot) + "_" + src.slice(dot + 1, end);
}

function respellRawFString(src: string, tokens: TokenList, t: number): string | null {
  let raw = false;
  let format = false;
  let k = tokens.start(t);
  for (let c = src.charCodeAt(k); c !== 34 && c !== 39; c = src.charCodeAt(++k)) {
    if ((c | 0x20) === 0x72) raw = true;
    else if ((c | 0x20) === 0x66) format = true;
  }
  if (!raw || !format) return null;
  const s = src.slice(tokens.start(t), tokens.end(t));
  if (!s.includes("\\")) return null;
  const fixed = s.replace(/\\+(?=[{}])/g, (run) => (run.length % 2 === 1 ? run.slice(0, -1) + " " : run));
  return fixed === s ? null : fixed;
}

