import type { SyntaxNode } from "@lezer/common";
import { TextMemo } from "./memo.js";
import { children, errorCount, parsePython, type PythonTree } from "./python-tree.js";

/** What a block of lines from a page is. */
export type BlockClass = "code" | "console" | "comment" | "prose";

/**
 * Says whether lines lifted from a page are Python code, a `>>>` console session, only comments,
 * or something else (prose, program output). Code must parse as Python AND do something: a lone
 * word or dotted name parses as an expression but is a title or a page's chrome, not code. A block
 * that does not parse still counts as (broken) code when nearly all of its lines do on their own,
 * so a document's genuine syntax error is reported rather than silently skipped.
 */
export function classifyBlock(lines: readonly string[]): BlockClass {
  // Keyed by the lines joined, which is one-to-one while no line holds a newline (a document's never do).
  return lines.some((l) => l.includes("\n")) ? classifyUncached(lines) : classified.get(lines.join("\n"));
}

// The class depends on the lines' text only.
const classified = new TextMemo((text) => classifyUncached(text.split("\n")));

function classifyUncached(lines: readonly string[]): BlockClass {
  const nonBlank = lines.filter((l) => l.trim() !== "");
  if (nonBlank.length === 0) return "prose";
  if (nonBlank[0]!.trimStart().startsWith(">>>")) return "console";
  // Sentences are rejected before parsing: Lezer's error recovery on long prose is slow.
  const sentences = nonBlank.filter(isSentence).length;
  if (sentences > 0.25 * nonBlank.length) return "prose";
  const t = parsePython(dedent(lines).join("\n") + "\n");
  const statements = children(t.tree.topNode).filter((n) => n.name !== "Comment");
  if (strictErrors(t) === 0) {
    if (statements.some((n) => doesSomething(n, t.source))) return "code";
    return statements.length === 0 ? "comment" : "prose";
  }
  const judged = nonBlank.filter((l) => !l.trimStart().startsWith("#"));
  const codeLike = judged.filter((l) => !isSentence(l) && lineLooksLikeCode(l)).length;
  return judged.length >= 2 && codeLike >= 0.75 * judged.length ? "code" : "prose";
}

/** Whether one line, read on its own, is a Python statement that does something. */
export function lineLooksLikeCode(line: string): boolean {
  const s = line.trim();
  if (/^(else|try|finally|except\b[^:]*|elif\b.+)\s*:$/.test(s)) return true;
  const t = parsePython(s.endsWith(":") ? s + " pass\n" : s + "\n");
  return strictErrors(t) === 0 && children(t.tree.topNode).some((n) => doesSomething(n, t.source));
}

/**
 * Lezer's errors plus what it accepts but CPython rejects and output often looks like: an
 * annotation whose target is not a name, attribute or subscript (`scope_vars/a:0`).
 */
function strictErrors(t: PythonTree): number {
  let n = errorCount(t);
  t.tree.iterate({
    enter(ref) {
      if (ref.name !== "AssignStatement") return;
      if (ref.node.getChild("TypeDef")) {
        if (!/^(VariableName|MemberExpression)$/.test(ref.node.firstChild?.name ?? "")) n++;
        return;
      }
      // CPython's "cannot assign to expression": what stands before an `=` must be a target, which a
      // shell line (`tensorflow_model_server --port=8500`) is not.
      const kids = children(ref.node);
      let last = -1;
      kids.forEach((k, i) => { if (k.name === "AssignOp") last = i; });
      for (let i = 0; i < last; i++) if (!ASSIGN_TARGET.test(kids[i]!.name)) n++;
    },
  });
  return n;
}

const ASSIGN_TARGET = /^(VariableName|MemberExpression|SubscriptExpression|TupleExpression|ArrayExpression|ParenthesizedExpression|AssignOp|,|\*|Comment)$/;

const KEYWORDS = new Set(
  "False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield print".split(" "),
);

/**
 * A line with four words in a row (outside strings and comments) that are not Python keywords, or
 * one ending in a word and a full stop: no Python statement has either shape, most prose does.
 */
export function isSentence(line: string): boolean {
  const bare = line.replace(/(["'])(?:\\.|(?!\1).)*\1/g, " ").replace(/#.*/, "");
  // No statement ends in a word and a full stop (or ! or ?); a sentence usually does.
  if (/ [A-Za-z]{2,}[.!?]$/.test(bare.trimEnd())) return true;
  let run = 0;
  for (const w of bare.split(/ +/)) {
    if (/^[A-Za-z][A-Za-z'’]*[,;.!?]?$/.test(w) && !KEYWORDS.has(w.replace(/[,;.!?]$/, ""))) {
      if (++run >= 4) return true;
    } else run = 0;
  }
  return false;
}

/**
 * A statement other than a bare name or dotted name, a bare annotation (`b:0`), or a printed value:
 * a literal or a container of literals (`[0.5488135]`, `(2, 3)`), numpy's `array([...], dtype=float32)`.
 */
function doesSomething(n: SyntaxNode, source: string): boolean {
  if (n.name === "AssignStatement") return !!n.getChild("AssignOp");
  if (n.name !== "ExpressionStatement") return n.name !== "Comment";
  const e = n.firstChild;
  return !!e && !/^(VariableName|MemberExpression)$/.test(e.name) && !isPrintedValue(e, source);
}

const LITERAL = /^(Number|String|Boolean|None|Ellipsis|ArrayExpression|TupleExpression|DictionaryExpression|SetExpression|ParenthesizedExpression|UnaryExpression|ArithOp|ArgList|AssignOp|[()[\]{},:])$/;

function isPrintedValue(node: SyntaxNode, source: string): boolean {
  const value = (n: SyntaxNode) => isPrintedValue(n, source);
  if (node.name === "CallExpression") {
    const callee = node.firstChild;
    return callee?.name === "VariableName" && source.slice(callee.from, callee.to) === "array" && children(node).slice(1).every(value);
  }
  // `dtype=float32` inside array(...): a keyword whose value is a bare name.
  if (node.name === "VariableName") return node.nextSibling?.name === "AssignOp" || node.prevSibling?.name === "AssignOp";
  return LITERAL.test(node.name) && children(node).every(value);
}

/** Removes the indentation common to all non-blank lines. */
export function dedent(lines: readonly string[]): string[] {
  const widths = lines.filter((l) => l.trim() !== "").map((l) => l.length - l.trimStart().length);
  const cut = widths.length ? Math.min(...widths) : 0;
  return lines.map((l) => l.slice(cut));
}
