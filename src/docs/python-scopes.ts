/**
 * Which module-level names each top-level statement of a snippet binds and reads, following
 * Python's scoping rules (the language reference's "Naming and binding", CPython's symtable.c):
 * a name assigned anywhere in a function body is local to the whole body unless declared
 * `global`/`nonlocal`; parameters are locals; a comprehension's targets are its own; a class body's
 * names are not visible to the functions inside it; the right side of `a = f(a)` reads `a` before
 * the statement binds it. A function body's free names are read from the module when it is called;
 * they count as reads of its `def` statement, which is what a reader copying the def would need.
 */
import type { SyntaxNode } from "@lezer/common";
import { TextMemo } from "./memo.js";
import { children, parsePython } from "./python-tree.js";

/** One top-level statement: its lines (relative to the code) and its module-level names. */
export interface TopStatement {
  line: number;
  endLine: number;
  /** Module-level names it binds (imports, assignments, defs, classes, `for`/`with`/`except` targets, `global` names set in functions). */
  binds: Set<string>;
  /** Module-level names it reads (including free names of the functions and classes it defines). */
  reads: Set<string>;
  /** It is an import statement. */
  isImport: boolean;
}

/** The snippet's statements and the names it needs from before it runs. */
export interface SnippetNames {
  statements: TopStatement[];
  /** Names read before the snippet itself binds them: what it needs from earlier snippets (or builtins). */
  needs: Set<string>;
  /** Every module-level name the snippet binds. */
  binds: Set<string>;
}

interface Scope {
  kind: "module" | "function" | "class" | "comprehension";
  parent: Scope | null;
  /** Names bound in this scope (function: its locals, decided for the whole body). */
  bound: Set<string>;
  /** Names read in this scope that it does not bind itself (resolved outward at the end). */
  reads: Set<string>;
  globals: Set<string>;
  nonlocals: Set<string>;
  inner: Scope[];
}

const scope = (kind: Scope["kind"], parent: Scope | null): Scope => {
  const s: Scope = { kind, parent, bound: new Set(), reads: new Set(), globals: new Set(), nonlocals: new Set(), inner: [] };
  parent?.inner.push(s);
  return s;
};

/**
 * Analyses a snippet's code (parsed by @lezer/python; Python 2 print statements parse too). The name
 * sets are shared by every caller that analyses the same text (read them, never change them); each
 * call gets its own statement objects, since readings tell one unit's statements from another's by
 * identity even when two units hold the same code.
 */
export function snippetNames(code: string): SnippetNames {
  const { statements, needs, binds } = analysed.get(code);
  return { statements: statements.map((st) => ({ ...st })), needs, binds };
}

const analysed = new TextMemo(analyse);

function analyse(code: string): SnippetNames {
  const t = parsePython(code);
  const statements: TopStatement[] = [];
  const needs = new Set<string>();
  const binds = new Set<string>();
  for (const node of children(t.tree.topNode)) {
    if (node.name === "Comment" || node.type.isError) continue;
    const st = statementNames(node, t.source);
    if (!st.binds.size && !st.reads.size && /^(PassStatement)$/.test(node.name)) continue;
    for (const n of st.reads) if (!binds.has(n)) needs.add(n);
    for (const n of st.binds) binds.add(n);
    statements.push({ line: t.lineOf(node.from), endLine: t.lineOf(Math.max(node.from, node.to - 1)), ...st });
  }
  return { statements, needs, binds };
}

/**
 * Nesting depth past which a statement is not analysed scope by scope but read flat: its plain
 * assignment targets bound, every other name a read. The walk is recursive, and how many frames JS's
 * stack holds depends on what V8 has compiled so far, which must not decide a snippet's fate. Code this
 * deep is machine-made (a sum of 400 terms, brackets past CPython's 200 are refused by its tokenizer).
 */
const MAX_DEPTH = 400;

/** Thrown by the walk past `MAX_DEPTH`. */
class TooDeep {}

function statementNames(node: SyntaxNode, source: string): { binds: Set<string>; reads: Set<string>; isImport: boolean } {
  try {
    return scopedNames(node, source);
  } catch (e) {
    if (!(e instanceof TooDeep)) throw e;
    // `x = <deep>` still binds x: the names before the statement's last `=` are its targets.
    const kids = children(node);
    const lastOp = kids.map((k) => k.name).lastIndexOf("AssignOp");
    const binds = new Set<string>();
    for (const k of kids.slice(0, Math.max(lastOp, 0))) if (k.name === "VariableName") binds.add(source.slice(k.from, k.to));
    const reads = new Set<string>();
    for (const k of kids.slice(lastOp + 1)) {
      const cursor = k.cursor();
      do if (cursor.name === "VariableName") reads.add(source.slice(cursor.from, cursor.to));
      while (cursor.next() && cursor.from < k.to);
    }
    return { binds, reads, isImport: false };
  }
}

function scopedNames(node: SyntaxNode, source: string): { binds: Set<string>; reads: Set<string>; isImport: boolean } {
  const module = scope("module", null);
  let depth = 0;
  const text = (n: SyntaxNode) => source.slice(n.from, n.to);
  const bind = (s: Scope, name: string) => {
    // A comprehension's walrus target binds in the enclosing non-comprehension scope (PEP 572).
    s.bound.add(name);
  };
  // At module level the visit follows execution order, so a name the statement bound earlier
  // (`with f() as sess: sess.run()`, a `for` target in its body) is not read from before it.
  const read = (s: Scope, name: string) => {
    if (s.kind !== "module" || !s.bound.has(name)) s.reads.add(name);
  };

  const target = (n: SyntaxNode, s: Scope) => {
    if (++depth > MAX_DEPTH) throw new TooDeep();
    try {
      targetNode(n, s);
    } finally {
      depth--;
    }
  };

  const targetNode = (n: SyntaxNode, s: Scope) => {
    if (n.name === "VariableName") bind(s, text(n));
    else if (/^(Tuple|Array|Parenthesized)Expression$/.test(n.name)) children(n).forEach((c) => target(c, s));
    else if (n.name === "*" || n.name === "," || n.name === "(" || n.name === ")" || n.name === "[" || n.name === "]") return;
    else if (n.name === "StarExpression" || n.name === "SpreadExpression") children(n).forEach((c) => target(c, s));
    // `a.b = …`, `a[0] = …`: reads `a`, binds nothing.
    else visit(n, s);
  };

  const params = (list: SyntaxNode, inner: Scope, outer: Scope) => {
    for (const k of children(list)) {
      if (k.name === "VariableName" && k.prevSibling?.name !== "AssignOp") bind(inner, text(k));
      else if (k.name === "TypeDef") children(k).forEach((c) => visit(c, outer));
      else if (k.name !== "AssignOp") visit(k, outer); // defaults and annotations: evaluated where the def runs
    }
  };

  const comprehension = (n: SyntaxNode, s: Scope) => {
    const c = scope("comprehension", s);
    const kids = children(n);
    let firstIter = true;
    let inTarget = false;
    let inIter = false;
    // The element expression comes first in source but runs inside; collect and visit it after the targets.
    for (const k of kids) {
      if (k.name === "for") {
        inTarget = true;
        inIter = false;
      } else if (k.name === "in" && inTarget) {
        inTarget = false;
        inIter = true;
      } else if (k.name === "if") inIter = false;
      else if (inTarget) target(k, c);
      else if (inIter && firstIter) {
        visit(k, s); // the first iterable is evaluated in the enclosing scope
        firstIter = false;
      } else visit(k, c);
    }
  };

  const visit = (n: SyntaxNode, s: Scope): void => {
    if (++depth > MAX_DEPTH) throw new TooDeep();
    try {
      visitNode(n, s);
    } finally {
      depth--;
    }
  };

  const visitNode = (n: SyntaxNode, s: Scope): void => {
    const kids = children(n);
    switch (n.name) {
      case "VariableName":
        read(s, text(n));
        return;
      case "Comment":
      case "PropertyName":
        return;
      case "ImportStatement": {
        for (const name of importedNames(kids, source)) bind(s, name);
        return;
      }
      case "ScopeStatement": {
        const set = kids[0]?.name === "global" ? s.globals : s.nonlocals;
        for (const k of kids) if (k.name === "VariableName") set.add(text(k));
        return;
      }
      case "AssignStatement": {
        const lastOp = kids.map((k) => k.name).lastIndexOf("AssignOp");
        // The value runs first (`a = f(a)` reads a before binding it).
        kids.forEach((k, i) => i > lastOp && visit(k, s));
        kids.forEach((k, i) => {
          if (k.name === "TypeDef") children(k).forEach((c) => visit(c, s));
          else if (i < lastOp && k.name !== "AssignOp" && k.name !== ",") target(k, s);
        });
        if (lastOp < 0) kids.forEach((k) => (k.name === "TypeDef" ? children(k).forEach((c) => visit(c, s)) : target(k, s)));
        return;
      }
      case "UpdateStatement":
        kids.forEach((k) => visit(k, s)); // `a += 1` reads a, then binds it
        if (kids[0]?.name === "VariableName") bind(s, text(kids[0]));
        return;
      case "DeleteStatement":
        kids.forEach((k) => (k.name === "VariableName" ? bind(s, text(k)) : visit(k, s)));
        return;
      case "NamedExpression": {
        kids.slice(1).forEach((k) => visit(k, s));
        let home = s;
        while (home.kind === "comprehension" && home.parent) home = home.parent;
        if (kids[0]) bind(home, text(kids[0]));
        return;
      }
      case "FunctionDefinition": {
        const f = scope("function", s);
        for (const k of kids) {
          if (k.name === "VariableName" && k.prevSibling?.name === "def") bind(s, text(k));
          else if (k.name === "ParamList") params(k, f, s);
          else if (k.name === "TypeDef") children(k).forEach((c) => visit(c, s));
          else if (k.name === "Body") visit(k, f);
        }
        return;
      }
      case "LambdaExpression": {
        const f = scope("function", s);
        for (const k of kids) {
          if (k.name === "ParamList") params(k, f, s);
          else if (k.name !== "lambda" && k.name !== ":") visit(k, f);
        }
        return;
      }
      case "ClassDefinition": {
        const c = scope("class", s);
        for (const k of kids) {
          if (k.name === "VariableName" && k.prevSibling?.name === "class") bind(s, text(k));
          else if (k.name === "Body") visit(k, c);
          else visit(k, s);
        }
        return;
      }
      case "ArrayComprehensionExpression":
      case "SetComprehensionExpression":
      case "DictionaryComprehensionExpression":
      case "ComprehensionExpression":
        comprehension(n, s);
        return;
      case "ArgList":
        // Keyword-argument names are not reads.
        kids.forEach((k) => !(k.name === "VariableName" && k.nextSibling?.name === "AssignOp") && visit(k, s));
        return;
    }
    // `for` targets, `with … as`, `except … as`: bindings; everything else is read in order.
    let inFor = false;
    for (const k of kids) {
      if (k.name === "for") inFor = true;
      else if (k.name === "in") inFor = false;
      else if (inFor) target(k, s);
      else if (k.prevSibling?.name === "as" && k.name === "VariableName") bind(s, text(k));
      else if (k.prevSibling?.name === "as") target(k, s);
      else visit(k, s);
    }
  };

  visit(node, module);
  const reads = new Set<string>();
  const binds = new Set(module.bound);
  // Module-level reads come before the statement's own binding only in the value position, which the
  // visit order already gave; a name the statement both reads and binds (`a = f(a)`) stays a read.
  for (const r of module.reads) reads.add(r);
  const resolve = (s: Scope) => {
    for (const inner of s.inner) resolve(inner);
    if (s.kind === "module") return;
    for (const g of s.globals) if (s.bound.has(g)) binds.add(g);
    for (const r of s.reads) {
      if (s.globals.has(r)) reads.add(r);
      else if (!s.bound.has(r) || s.nonlocals.has(r)) up(s, r);
    }
  };
  // A free name resolves in the nearest enclosing function that binds it; class scopes are skipped
  // by the functions inside them (but not by their own body); otherwise it is a module read.
  const up = (from: Scope, name: string) => {
    for (let p = from.parent; p; p = p.parent) {
      if (p.kind === "module") {
        // A function reads module names when called; the statement's own bindings (a recursive def) are its own.
        if (!module.bound.has(name)) reads.add(name);
        return;
      }
      if (p.kind === "class") continue;
      if (p.bound.has(name) && !p.globals.has(name)) return;
    }
  };
  resolve(module);
  return { binds, reads, isImport: node.name === "ImportStatement" };
}

/**
 * The names an import statement binds: `import a.b` binds `a`, `import a.b as c` binds `c` only,
 * `from m import x, y as z` binds `x` and `z`.
 */
export function importedNames(kids: SyntaxNode[], source: string): string[] {
  const text = (n: SyntaxNode) => source.slice(n.from, n.to);
  const isFrom = kids[0]?.name === "from";
  const start = isFrom ? kids.findIndex((k) => k.name === "import") + 1 : 1;
  const clauses: SyntaxNode[][] = [[]];
  for (const k of kids.slice(start)) {
    if (k.name === ",") clauses.push([]);
    else if (k.name !== "(" && k.name !== ")") clauses[clauses.length - 1]!.push(k);
  }
  const out: string[] = [];
  for (const c of clauses) {
    const as = c.findIndex((k) => k.name === "as");
    const name = as >= 0 ? c[as + 1] : c.find((k) => k.name === "VariableName");
    if (name?.name === "VariableName") out.push(text(name));
  }
  return out;
}
