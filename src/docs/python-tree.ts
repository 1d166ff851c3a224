import type { SyntaxNode, Tree } from "@lezer/common";
import { parser } from "@lezer/python";

/** Python source parsed by @lezer/python, with offset → line mapping. */
export interface PythonTree {
  source: string;
  tree: Tree;
  /** 1-based line (relative to `source`) of an offset. */
  lineOf(offset: number): number;
}

const cache = new Map<string, PythonTree>();
const CACHE_SIZE = 256;

/**
 * Parses Python (3, or 2 with print statements: the grammar accepts both). The same snippet is read
 * by the classifier, the claim finder and the session planner, so recent parses are kept.
 */
export function parsePython(source: string): PythonTree {
  let t = cache.get(source);
  if (!t) {
    t = parseUncached(source);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(source, t);
  }
  return t;
}

function parseUncached(source: string): PythonTree {
  const starts = [0];
  for (let i = source.indexOf("\n"); i >= 0; i = source.indexOf("\n", i + 1)) starts.push(i + 1);
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  return { source, tree: parser.parse(withinBracketLimit(source)), lineOf };
}

/** CPython's tokenizer refuses brackets nested deeper than this (tokenizer.c MAXLEVEL). */
const MAXLEVEL = 200;

/**
 * The source with brackets nested past `MAXLEVEL` spelled as spaces, offsets unchanged. CPython refuses
 * such text before parsing ("too many nested parentheses"), so the tree of what is left serves the
 * document's reading as well; and Lezer builds a tree recursively, so deeper nesting could overflow JS's
 * stack, at a depth that depends on what V8 has compiled so far. Brackets inside strings are counted too:
 * only text nested this deep is touched at all.
 */
export function withinBracketLimit(source: string): string {
  let depth = 0;
  let deep = false;
  for (let i = 0; i < source.length && !deep; i++) {
    const c = source.charCodeAt(i);
    if (c === 40 || c === 91 || c === 123) deep = ++depth > MAXLEVEL;
    else if ((c === 41 || c === 93 || c === 125) && depth > 0) depth--;
  }
  if (!deep) return source;
  const out: string[] = [];
  depth = 0;
  for (const ch of source) {
    if (ch === "(" || ch === "[" || ch === "{") out.push(++depth > MAXLEVEL ? " " : ch);
    else if ((ch === ")" || ch === "]" || ch === "}") && depth > 0) out.push(depth-- > MAXLEVEL ? " " : ch);
    else out.push(ch);
  }
  return out.join("");
}

/** How many error nodes the parse holds (0: the grammar accepts the text). */
export function errorCount(t: PythonTree): number {
  let n = 0;
  t.tree.iterate({
    enter(node) {
      if (node.type.isError) n++;
    },
  });
  return n;
}

/** The node's direct children. */
export function children(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

/** Statement nodes whose body runs at most once per run (module level, or under `with` only). */
export function isStraightLine(node: SyntaxNode): boolean {
  for (let p = node.parent; p; p = p.parent) {
    if (p.name === "Script") return true;
    if (p.name === "WithStatement" || p.name === "Body") continue;
    return false;
  }
  return true;
}

/** Whether a node sits inside a function or lambda body. */
export function insideFunction(node: SyntaxNode): boolean {
  for (let p = node.parent; p; p = p.parent) {
    if (p.name === "FunctionDefinition" || p.name === "LambdaExpression") return true;
  }
  return false;
}
