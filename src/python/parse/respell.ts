import { parser } from "@lezer/python";
import type { SyntaxNode } from "@lezer/common";
import { firstError } from "./base.js";
import { KEYWORDS } from "./errors.js";
import type { Token } from "./tokenize.js";

/**
 * Respells, keeping every offset and node span, the literals Lezer's grammar misreads:
 * - numbers with a dot not followed by a digit (`1.`, `1.e5`, `1.j`): the dot becomes `_` (its
 *   Number token allows a trailing underscore);
 * - raw f-strings where an odd run of backslashes precedes a brace (`rf"\{x}"`): Lezer lets a
 *   backslash swallow the brace, Python does not; the last backslash becomes a space;
 * - a "/" among a lambda's parameters, which Lezer's grammar allows in `def` only: it becomes a bare
 *   `*` (the converter reads "/" from the source);
 * - a "*" unpacking in a subscript (`a[*b]`, PEP 646) or in a `for` statement's iterable
 *   (`for x in *a, b:`), which Lezer's grammar has no place for: it becomes a blank, and `stars`
 *   maps the start of the operand after it to the star's offset;
 * - the name `print`, which Lezer takes for Python 2's keyword when an operand follows (`print -x`,
 *   `print = f` are valid Python 3): it becomes `prinT`. Python 2 print statements are rewritten as
 *   calls (py2.ts) before Lezer sees them.
 * - a form feed on a line that is otherwise blank (or a comment), which CPython's tokenizer skips as
 *   whitespace (a page break in the standard library's own sources) and Lezer rejects: it becomes a space.
 * The converter reads literal values and names from the source itself.
 */
export function lezerSpelling(src: string, tokens: readonly Token[]): Respelled {
  let text = "";
  let from = 0;
  const stars = new Map<number, number>();
  // Bracket depths of the lambdas whose parameter list is being read.
  const lambdas: number[] = [];
  // For each open bracket, whether it is a subscript's.
  const subscripts: boolean[] = [];
  // 0: not in a `for` statement's header; 1: in it, before its `in`; 2: in its iterable.
  let forPart = 0;
  let prev: Token | null = null;
  let star = -1;
  for (const t of tokens) {
    if (star >= 0) {
      stars.set(t.start, star);
      star = -1;
    }
    let fixed: string | null = null;
    const c = src.charCodeAt(t.start);
    const one = t.end === t.start + 1;
    if (t.type === "NAME") {
      fixed = respellName(src, t);
      if (isWord(src, t, "lambda")) lambdas.push(t.depth);
      else if (t.depth === 0 && isWord(src, t, "for") && (prev === null || prev.type === "NEWLINE" || prev.type === "INDENT" || prev.type === "DEDENT" || isWord(src, prev, "async"))) forPart = 1;
      else if (t.depth === 0 && forPart === 1 && isWord(src, t, "in")) forPart = 2;
    } else if (t.type === "NUMBER") fixed = respellNumber(src, t);
    else if (t.type === "STRING") fixed = respellRawFString(src, t);
    else if (t.type === "OP") {
      if (c === 40 || c === 91 || c === 123) subscripts.push(c === 91 && prev !== null && endsOperand(src, prev));
      else if (c === 41 || c === 93 || c === 125) subscripts.pop();
      else if (lambdas.length > 0 && t.depth === lambdas[lambdas.length - 1] && (c === 58 || (c === 47 && one))) {
        if (c === 58 /* : */) lambdas.pop();
        else if (lambdaSlash(src, prev!)) fixed = "*";
      } else if (c === 58 && t.depth === 0) forPart = 0;
      else if (c === 42 /* * */ && one && prev !== null && starUnpacks(src, t, prev, subscripts, forPart)) {
        fixed = " ";
        star = t.start;
      }
    } else if (t.type === "NEWLINE") {
      lambdas.length = 0;
      forPart = 0;
    }
    prev = t;
    if (fixed === null) continue;
    text += src.slice(from, t.start) + fixed;
    from = t.end;
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
function overlayExpressions(src: string, text: string, tokens: readonly Token[], overlays: Map<number, Overlay>): string {
  const tx = (k: number) => (k < tokens.length ? src.slice(tokens[k]!.start, tokens[k]!.end) : "");
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
    while (e < tokens.length && !LINE_ENDS.has(tokens[e]!.type)) e++;
    if (e > s + 1 && tx(s) === "@" && !simpleDecorator(tokens, s + 1, e, tx) && !tokens.slice(s + 1, e).some((t, k) => t.depth === 0 && tx(s + 1 + k) === ",")) {
      overlay(tokens[s + 1]!.start, tokens[e - 1]!.end);
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
      for (; close < e && tokens[close]!.depth > 0; close++) if (tokens[close]!.depth === 1 && tx(close) === "as") asInside = true;
      if (close < e && tx(close + 1) === ":" && asInside) {
        // `with (a as b, c as d,):` reads as `with  a as b, c as d  :`.
        level = 1;
        let at = tokens[k]!.start;
        for (let j = k + 1; j <= close; j++) {
          const last = j === close || (tx(j) === "," && j + 1 === close);
          blanks.push([at, tokens[j]!.start, " "]);
          at = last ? tokens[j]!.start : tokens[j]!.end;
          if (last) {
            blanks.push([at, tokens[close]!.end, " "]);
            break;
          }
        }
      }
    }
    for (let j = k; j < e; j++) {
      if (tokens[j]!.depth !== level || tx(j) !== "as") continue;
      let end = j + 1;
      // The target ends at the item's comma, the header's colon, or the items' closing parenthesis
      // (whose depth is the one outside it).
      while (end < e && !(tokens[end]!.depth === level && (tx(end) === "," || tx(end) === ":")) && !(tokens[end]!.depth === level - 1 && tx(end) === ")")) end++;
      if (end > j + 2 || (end === j + 2 && tokens[j + 1]!.type !== "NAME")) overlay(tokens[j + 1]!.start, tokens[end - 1]!.end);
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
function simpleDecorator(tokens: readonly Token[], k: number, e: number, tx: (k: number) => string): boolean {
  if (tokens[k]!.type !== "NAME") return false;
  k++;
  while (k + 1 < e && tx(k) === "." && tokens[k + 1]!.type === "NAME") k += 2;
  if (k === e) return true;
  return tx(k) === "(" && tx(e - 1) === ")" && tokens.slice(k + 1, e - 1).every((t) => t.depth > 0);
}

function isWord(src: string, t: Token, word: string): boolean {
  return t.end - t.start === word.length && src.startsWith(word, t.start);
}

/** Whether token t ends an operand, so that a "[" after it opens a subscript. */
function endsOperand(src: string, t: Token): boolean {
  if (t.type === "NUMBER" || t.type === "STRING") return true;
  if (t.type === "NAME") return !KEYWORDS.has(src.slice(t.start, t.end)) || isWord(src, t, "None") || isWord(src, t, "True") || isWord(src, t, "False");
  const c = src.charCodeAt(t.start);
  return t.type === "OP" && (c === 41 || c === 93 || c === 125);
}

/** Whether the "*" token t, after `prev`, unpacks an item of a subscript or of a `for` iterable. */
function starUnpacks(src: string, t: Token, prev: Token, subscripts: boolean[], forPart: number): boolean {
  const p = src.charCodeAt(prev.start);
  if (subscripts.length > 0 && subscripts[subscripts.length - 1] && prev.type === "OP" && (p === 91 || p === 44) && prev.end === prev.start + 1) return true;
  return forPart === 2 && t.depth === 0 && (isWord(src, prev, "in") || (p === 44 && prev.type === "OP"));
}

/** Whether a "/" after token `prev` in a lambda's parameters marks positional-only ones (it follows
 * `lambda` or a comma; Lezer's grammar reads that "/" in `def` only). */
function lambdaSlash(src: string, prev: Token): boolean {
  return src.charCodeAt(prev.start) === 44 /* , */ || isWord(src, prev, "lambda");
}

function respellName(src: string, t: Token): string | null {
  return t.end - t.start === 5 && src.startsWith("print", t.start) ? "prinT" : null;
}

function respellNumber(src: string, t: Token): string | null {
  let dot = t.start;
  while (dot < t.end && src.charCodeAt(dot) !== 46) dot++;
  if (dot === t.end) return null;
  const next = dot + 1 < t.end ? src.charCodeAt(dot + 1) : -1;
  if (next >= 48 && next <= 57) return null;
  return src.slice(t.start, dot) + "_" + src.slice(dot + 1, t.end);
}

function respellRawFString(src: string, t: Token): string | null {
  let raw = false;
  let format = false;
  let k = t.start;
  for (let c = src.charCodeAt(k); c !== 34 && c !== 39; c = src.charCodeAt(++k)) {
    if ((c | 0x20) === 0x72) raw = true;
    else if ((c | 0x20) === 0x66) format = true;
  }
  if (!raw || !format) return null;
  const s = src.slice(t.start, t.end);
  if (!s.includes("\\")) return null;
  const fixed = s.replace(/\\+(?=[{}])/g, (run) => (run.length % 2 === 1 ? run.slice(0, -1) + " " : run));
  return fixed === s ? null : fixed;
}

