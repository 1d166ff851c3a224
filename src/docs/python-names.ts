import type { SyntaxNode } from "@lezer/common";
import { TextMemo } from "./memo.js";
import { importedNames } from "./python-scopes.js";
import { children, isStraightLine, parsePython, type PythonTree } from "./python-tree.js";

/** Which names a piece of code binds and reads, found statically (no code is run). */
export interface NameUse {
  /** Names bound anywhere: assignments, `for`/`with`/`except` targets, defs, classes, params, imports. */
  bound: Set<string>;
  /** Names bound in the module's own namespace (not function locals, class attributes, comprehension variables). */
  globals: Set<string>;
  /** Names bound only by import statements. */
  imported: Set<string>;
  /** Names read somewhere (keyword-argument names and attribute names are not reads). */
  used: Set<string>;
  /** Top-level import statements: their 1-based lines (relative to the code) and text. */
  imports: { line: number; text: string }[];
  /** How many times each name is bound by a straight-line top-level statement. */
  topLevelBindings: Map<string, number>;
}

/** Scans code for the names it binds and reads. The result is shared by every caller that scans the same text: read it, never change it. */
export function scanNames(code: string | PythonTree): NameUse {
  return typeof code === "string" ? scanned.get(code) : scanTree(code);
}

const scanned = new TextMemo((code) => scanTree(parsePython(code)));

function scanTree(t: PythonTree): NameUse {
  const use: NameUse = {
    bound: new Set(),
    globals: new Set(),
    imported: new Set(),
    used: new Set(),
    imports: [],
    topLevelBindings: new Map(),
  };
  const bind = (n: SyntaxNode, topLevel: boolean, scope: SyntaxNode = n) => {
    const name = t.source.slice(n.from, n.to);
    use.bound.add(name);
    if (inModuleScope(scope)) use.globals.add(name);
    if (topLevel) use.topLevelBindings.set(name, (use.topLevelBindings.get(name) ?? 0) + 1);
  };
  const bindTarget = (n: SyntaxNode, topLevel: boolean) => {
    if (n.name === "VariableName") bind(n, topLevel);
    else if (/^(Tuple|Array|Parenthesized)Expression$/.test(n.name)) {
      for (const c of children(n)) bindTarget(c, topLevel);
    } else walk(n);
  };
  const walk = (node: SyntaxNode): void => {
    const kids = children(node);
    const top = isStraightLine(node);
    switch (node.name) {
      case "VariableName":
        use.used.add(t.source.slice(node.from, node.to));
        return;
      case "ImportStatement": {
        const names = importedNames(kids, t.source);
        for (const n of names) {
          use.bound.add(n);
          use.imported.add(n);
          if (inModuleScope(node)) use.globals.add(n);
        }
        if (node.parent?.name === "Script") {
          use.imports.push({ line: t.lineOf(node.from), text: t.source.slice(node.from, node.to) });
        }
        return;
      }
      case "AssignStatement": {
        const lastOp = kids.map((k) => k.name).lastIndexOf("AssignOp");
        kids.forEach((k, i) => {
          if (i < lastOp && k.name !== "AssignOp" && k.name !== ",") bindTarget(k, top);
          else if (i > lastOp) walk(k);
        });
        if (lastOp < 0) kids.forEach((k) => (k.name === "VariableName" ? bind(k, top) : walk(k)));
        return;
      }
      case "UpdateStatement":
        if (kids[0]?.name === "VariableName") bind(kids[0], top);
        kids.forEach(walk);
        return;
      case "ArgList":
        kids.forEach((k) => {
          if (!(k.name === "VariableName" && k.nextSibling?.name === "AssignOp")) walk(k);
        });
        return;
      case "ParamList":
        kids.forEach((k) => {
          if (k.name === "VariableName" && k.prevSibling?.name !== "AssignOp") bind(k, false);
          else walk(k);
        });
        return;
      case "NamedExpression":
        if (kids[0]) bind(kids[0], false);
        kids.slice(1).forEach(walk);
        return;
    }
    // `def f`, `class C`, and names after `as` / between `for` and `in` are bindings.
    let inFor = false;
    for (const k of kids) {
      if (k.name === "for") inFor = true;
      else if (k.name === "in") inFor = false;
      const prev = k.prevSibling?.name;
      if (k.name === "VariableName" && (prev === "def" || prev === "class" || prev === "as")) {
        bind(k, top, prev === "as" ? k : node);
      } else if (inFor && k.name !== "for") bindTarget(k, false);
      else walk(k);
    }
  };
  walk(t.tree.topNode);
  return use;
}

/** Whether a binding at this node lands in the module namespace. */
function inModuleScope(node: SyntaxNode): boolean {
  for (let p = node.parent; p; p = p.parent) {
    if (/^(FunctionDefinition|LambdaExpression|ClassDefinition)$|Comprehension/.test(p.name)) return false;
  }
  return true;
}
