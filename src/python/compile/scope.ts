import type * as A from "../ast.js";
import type { SourceLines } from "../frame.js";
import { PySyntaxError } from "../parse/syntax-error.js";

/** Where a name lives at run time, decided once at compile time (CPython's symtable). */
export type Binding =
  | { kind: "fast"; slot: number }
  | { kind: "cell"; slot: number }
  | { kind: "free"; index: number }
  | { kind: "global" }
  /** Module level and class bodies: looked up in a namespace Map (then globals, then builtins). */
  | { kind: "name" }
  /** A class body reading a variable of an enclosing function: the class namespace, then the cell. */
  | { kind: "classderef"; index: number };

type ScopeNode = A.Module | A.FunctionDef | A.Lambda | A.ClassDef | A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;

/** One scope: a module, function, lambda, class body or comprehension. */
export class Scope {
  readonly assigned = new Set<string>();
  readonly used = new Set<string>();
  readonly globals = new Set<string>();
  readonly nonlocals = new Set<string>();
  readonly children: Scope[] = [];
  params: string[] = [];
  /** Local slot of every local variable (function-like scopes); parameters first. */
  readonly slots = new Map<string, number>();
  readonly cells = new Set<string>();
  readonly free: string[] = [];
  isGenerator = false;
  /** A function that calls zero-argument super() or reads __class__ gets the class cell. */
  needsClassCell = false;

  constructor(
    readonly kind: "module" | "function" | "class" | "comprehension",
    readonly node: ScopeNode,
    readonly parent: Scope | null,
  ) {}

  /** Drops the links to the tree and the other scopes (ScopeInfo.release). */
  release(): void {
    const self = this as { node: ScopeNode | null; parent: Scope | null };
    self.node = null;
    self.parent = null;
    this.children.length = 0;
  }

  get functionLike(): boolean {
    return this.kind === "function" || this.kind === "comprehension";
  }

  binding(name: string): Binding {
    if (this.kind === "module") return { kind: "global" };
    if (this.globals.has(name)) return { kind: "global" };
    const fi = this.free.indexOf(name);
    if (this.kind === "class") {
      if (this.assigned.has(name) && !this.nonlocals.has(name)) return { kind: "name" };
      if (fi >= 0) return this.nonlocals.has(name) ? { kind: "free", index: fi } : { kind: "classderef", index: fi };
      return { kind: "name" };
    }
    const s = this.slots.get(name);
    if (s !== undefined) return this.cells.has(name) ? { kind: "cell", slot: s } : { kind: "fast", slot: s };
    if (fi >= 0) return { kind: "free", index: fi };
    return { kind: "global" };
  }

  /** Slot of this class scope's `__class__` cell. */
  classCellSlot(): number {
    return this.slots.get("__class__")!;
  }
}

/** Scope analysis for a module: every scope node maps to its Scope. */
export class ScopeInfo {
  readonly scopes = new Map<A.Node, Scope>();
  constructor(
    readonly filename: string,
    readonly lines: SourceLines,
  ) {}
  get(node: A.Node): Scope {
    return this.scopes.get(node)!;
  }

  /** Forgets the module's tree once nothing will compile from it again (compile/body-reload.ts): code
   * compiled already keeps its Scopes, whose bindings and slots need neither nodes nor other scopes. */
  release(): void {
    for (const scope of this.scopes.values()) scope.release();
    this.scopes.clear();
  }
}

function syntaxError(info: ScopeInfo, msg: string, node: A.Pos): PySyntaxError {
  return new PySyntaxError("SyntaxError", msg, info.filename, node.line, node.col, info.lines.line(node.line) ?? "");
}

/** Builds the scopes of a module and resolves every name to a Binding's ingredients. */
export function analyze(mod: A.Module, info: ScopeInfo): Scope {
  const top = new Scope("module", mod, null);
  info.scopes.set(mod, top);
  for (const s of mod.body) visit(s, top, info);
  resolve(top, info);
  return top;
}

function addParams(scope: Scope, a: A.Arguments): void {
  const names = [...a.posonlyargs, ...a.args, ...a.kwonlyargs].map((x) => x.arg);
  if (a.vararg) names.push(a.vararg.arg);
  if (a.kwarg) names.push(a.kwarg.arg);
  scope.params = names;
  for (const n of names) scope.assigned.add(n);
}

function visitArgsOuter(a: A.Arguments, scope: Scope, info: ScopeInfo): void {
  for (const d of a.defaults) visit(d, scope, info);
  for (const d of a.kwDefaults) if (d) visit(d, scope, info);
  for (const x of [...a.posonlyargs, ...a.args, ...a.kwonlyargs, a.vararg, a.kwarg])
    if (x?.annotation) visit(x.annotation, scope, info);
}

function bindTarget(t: A.Expr, scope: Scope, info: ScopeInfo): void {
  visit(t, scope, info);
}

function visitComprehension(
  node: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp,
  scope: Scope,
  info: ScopeInfo,
): void {
  // The first iterable is evaluated in the enclosing scope; everything else in the comprehension's own.
  visit(node.generators[0]!.iter, scope, info);
  const c = new Scope("comprehension", node, scope);
  info.scopes.set(node, c);
  scope.children.push(c);
  c.params = [".0"];
  c.assigned.add(".0");
  if (node.kind === "GeneratorExp") c.isGenerator = true;
  node.generators.forEach((g, i) => {
    bindTarget(g.target, c, info);
    if (i > 0) visit(g.iter, c, info);
    for (const cond of g.ifs) visit(cond, c, info);
  });
  if (node.kind === "DictComp") {
    visit(node.key, c, info);
    visit(node.value, c, info);
  } else visit(node.elt, c, info);
}

function visit(n: A.Node, scope: Scope, info: ScopeInfo): void {
  switch (n.kind) {
    case "FunctionDef": {
      for (const d of n.decoratorList) visit(d, scope, info);
      visitArgsOuter(n.args, scope, info);
      if (n.returns) visit(n.returns, scope, info);
      scope.assigned.add(n.name);
      const s = new Scope("function", n, scope);
      info.scopes.set(n, s);
      scope.children.push(s);
      addParams(s, n.args);
      for (const b of n.body) visit(b, s, info);
      return;
    }
    case "Lambda": {
      visitArgsOuter(n.args, scope, info);
      const s = new Scope("function", n, scope);
      info.scopes.set(n, s);
      scope.children.push(s);
      addParams(s, n.args);
      visit(n.body, s, info);
      return;
    }
    case "ClassDef": {
      for (const d of n.decoratorList) visit(d, scope, info);
      for (const b of n.bases) visit(b, scope, info);
      for (const k of n.keywords) visit(k.value, scope, info);
      scope.assigned.add(n.name);
      const s = new Scope("class", n, scope);
      info.scopes.set(n, s);
      scope.children.push(s);
      for (const b of n.body) visit(b, s, info);
      return;
    }
    case "ListComp":
    case "SetComp":
    case "DictComp":
    case "GeneratorExp":
      visitComprehension(n, scope, info);
      return;
    case "Name":
      if (n.ctx === "Load") {
        scope.used.add(n.id);
        if (n.id === "super" || n.id === "__class__") markClassCell(scope);
      } else scope.assigned.add(n.id);
      return;
    case "Global":
      for (const name of n.names) scope.globals.add(name);
      return;
    case "Nonlocal":
      for (const name of n.names) scope.nonlocals.add(name);
      return;
    case "Import":
    case "ImportFrom":
      for (const a of n.names) if (a.name !== "*") scope.assigned.add(a.asname ?? a.name.split(".")[0]!);
      return;
    case "ExceptHandler":
      if (n.type) visit(n.type, scope, info);
      if (n.name) scope.assigned.add(n.name);
      for (const b of n.body) visit(b, scope, info);
      return;
    case "NamedExpr": {
      visit(n.value, scope, info);
      // PEP 572: in a comprehension the target binds in the enclosing function (or module) scope.
      let s = scope;
      while (s.kind === "comprehension") {
        s.nonlocals.add(n.target.id);
        s = s.parent!;
      }
      if (s !== scope && s.kind === "module") {
        for (let c: Scope = scope; c !== s; c = c.parent!) {
          c.nonlocals.delete(n.target.id);
          c.globals.add(n.target.id);
        }
      }
      s.assigned.add(n.target.id);
      return;
    }
    case "Yield":
    case "YieldFrom":
    case "Await":
      if (scope.kind === "function") scope.isGenerator = true;
      if (n.value) visit(n.value, scope, info);
      return;
  }
  for (const key in n) {
    if (key === "kind") continue;
    const v = (n as unknown as Record<string, unknown>)[key];
    if (Array.isArray(v)) {
      for (const x of v) if (x && typeof x === "object" && "kind" in x) visit(x as A.Node, scope, info);
    } else if (v && typeof v === "object" && "kind" in v) visit(v as A.Node, scope, info);
  }
}

function markClassCell(scope: Scope): void {
  for (let s: Scope | null = scope; s; s = s.parent) {
    if (s.kind === "function") {
      s.needsClassCell = true;
      return;
    }
    if (s.kind === "class") return;
  }
}

function enclosingClass(scope: Scope): Scope | null {
  for (let s = scope.parent; s; s = s.parent) if (s.kind === "class") return s;
  return null;
}

/** Decides locals, cells and free variables, innermost scopes first so captures propagate outward. */
function resolve(scope: Scope, info: ScopeInfo): void {
  if (scope.functionLike) {
    for (const p of scope.params) if (!scope.slots.has(p)) scope.slots.set(p, scope.slots.size);
    for (const a of scope.assigned)
      if (!scope.globals.has(a) && !scope.nonlocals.has(a) && !scope.slots.has(a)) scope.slots.set(a, scope.slots.size);
  }
  if (scope.needsClassCell && enclosingClass(scope)) {
    scope.used.add("__class__");
    const cls = enclosingClass(scope)!;
    if (!cls.slots.has("__class__")) {
      cls.slots.set("__class__", cls.slots.size);
      cls.cells.add("__class__");
    }
  }
  for (const c of scope.children) resolve(c, info);
  if (scope.kind === "module") return;
  // Names this scope needs from enclosing functions: nonlocals, plus uses not bound here.
  const wanted = new Set<string>(scope.nonlocals);
  for (const u of scope.used)
    if (!scope.globals.has(u) && (scope.kind === "class" ? true : !scope.slots.has(u))) wanted.add(u);
  for (const c of scope.children) for (const f of c.free) if (!scope.slots.has(f) || scope.kind === "class") wanted.add(f);
  for (const name of wanted) {
    if (scope.functionLike && scope.slots.has(name)) continue;
    if (scope.kind === "class" && name !== "__class__" && scope.assigned.has(name) && !scope.nonlocals.has(name)) {
      if (!scope.children.some((c) => c.free.includes(name))) continue;
    }
    if (scope.kind === "class" && name === "__class__" && scope.cells.has("__class__")) continue;
    if (findInEnclosing(scope, name)) {
      if (!scope.free.includes(name)) scope.free.push(name);
    } else if (scope.nonlocals.has(name)) {
      throw syntaxError(info, `no binding for nonlocal '${name}' found`, scope.node);
    }
  }
}

/** Whether `name` is a local of an enclosing function scope; marks it a cell there. */
function findInEnclosing(scope: Scope, name: string): boolean {
  for (let s = scope.parent; s; s = s.parent) {
    if (s.kind === "module") return false;
    if (s.kind === "class") {
      if (name === "__class__" && s.cells.has("__class__")) return true;
      continue;
    }
    if (s.globals.has(name)) return false;
    if (s.slots.has(name)) {
      s.cells.add(name);
      return true;
    }
    if (s.nonlocals.has(name)) {
      if (!s.free.includes(name)) s.free.push(name);
      continue;
    }
  }
  return false;
}
