import type * as A from "../ast.js";
import type { SourceMap } from "./source-map.js";
import { PySyntaxError } from "./syntax-error.js";

/** One scope as CPython's symtable sees it, with the facts its declaration checks need. */
interface Scope {
  kind: "module" | "function" | "class";
  parent: Scope | null;
  params: Set<string>;
  bound: Set<string>;
  used: Set<string>;
  annotated: Set<string>;
  nonlocals: A.Nonlocal[];
  /** Names declared global, with their declaration (where a clash with nonlocal is reported). */
  globals: Map<string, A.Global>;
  children: Scope[];
}

/**
 * The checks CPython makes after parsing, in its order: `from __future__` imports (Python/future.c),
 * the symbol table's (declarations, nonlocal bindings, `yield` placement: Python/symtable.c), then the
 * compiler's (`return`, `break`, `continue`, `await` placement, bare `except:` last: Python/compile.c).
 * Throws the first PySyntaxError.
 */
export function checkModule(module: A.Module, map: SourceMap, filename: string): void {
  const fail = (msg: string, at: A.Pos): never => {
    throw new PySyntaxError("SyntaxError", msg, filename, at.line, at.col, map.lineText(at.line), at.endLine, at.endCol);
  };
  // Non-ASCII identifiers are NFKC-normalised, so `＿＿future＿＿` names the module too.
  checkFuture(module.body, map.text.includes("__future__") || /[^\x00-\x7f]/.test(map.text), fail);
  const top = newScope("module", null);
  new SymtableWalker(fail).stmts(module.body, top);
  checkNonlocals(top, fail);
  new CompilerWalker(fail).stmts(module.body, { fn: false, loop: false, blocks: 0 });
}

/** The features `from __future__ import` accepts in Python 3.11 (Lib/__future__.py). */
const FUTURE_FEATURES = new Set([
  "nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function",
  "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
]);

/** `from __future__` imports: only first in the module (after a docstring), of known features. */
function checkFuture(body: A.Stmt[], hasFuture: boolean, fail: Fail): void {
  let leading = true;
  body.forEach((st, i) => {
    const isDoc = i === 0 && st.kind === "Expr" && st.value.kind === "Constant" && st.value.value.type === "str";
    const isFuture = st.kind === "ImportFrom" && st.module === "__future__" && st.level === 0;
    if (isFuture && leading) {
      for (const a of st.names) {
        const at = { ...st, endLine: st.line, endCol: st.col };
        if (a.name === "braces") fail("not a chance", at);
        if (!FUTURE_FEATURES.has(a.name)) fail(`future feature ${a.name} is not defined`, at);
      }
    } else if (!isDoc) leading = false;
  });
  // Only a module that names __future__ can hold a misplaced future import.
  if (!hasFuture) return;
  const late = (list: A.Stmt[], top: boolean): void => {
    list.forEach((st, i) => {
      if (st.kind === "ImportFrom" && st.module === "__future__" && st.level === 0) {
        const before = list.slice(0, i);
        const ok = top && before.every((b, k) => (b.kind === "ImportFrom" && b.module === "__future__") || (k === 0 && b.kind === "Expr" && b.value.kind === "Constant" && b.value.value.type === "str"));
        if (!ok) fail("from __future__ imports must occur at the beginning of the file", st);
      }
      forEachChild(st, (c) => {
        if (STMT_KINDS.has(c.kind)) late([c as A.Stmt], false);
      });
    });
  };
  late(body, true);
}

function newScope(kind: Scope["kind"], parent: Scope | null): Scope {
  const s: Scope = {
    kind,
    parent,
    params: new Set(),
    bound: new Set(),
    used: new Set(),
    annotated: new Set(),
    nonlocals: [],
    globals: new Map(),
    children: [],
  };
  parent?.children.push(s);
  return s;
}

/** "no binding for nonlocal 'x' found": each nonlocal must name a binding of an enclosing function. */
function checkNonlocals(s: Scope, fail: (msg: string, at: A.Pos) => never): void {
  for (const decl of s.nonlocals) {
    for (const name of decl.names) {
      let p = s.parent;
      let found = false;
      for (; p && p.kind !== "module"; p = p.parent) {
        if (p.kind === "function" && (p.bound.has(name) || p.params.has(name)) && !p.globals.has(name)) {
          found = true;
          break;
        }
      }
      if (!found) fail(`no binding for nonlocal '${name}' found`, decl);
    }
  }
  for (const c of s.children) checkNonlocals(c, fail);
}

type Fail = (msg: string, at: A.Pos) => never;

/** Walks the AST in CPython's symtable order, recording bindings and uses per scope. */
class SymtableWalker {
  constructor(private readonly fail: Fail) {}

  stmts(list: A.Stmt[], s: Scope): void {
    for (const st of list) this.stmt(st, s);
  }

  private bind(name: string, s: Scope): void {
    s.bound.add(name);
  }

  private declare(st: A.Global | A.Nonlocal, s: Scope): void {
    const what = st.kind === "Global" ? "global" : "nonlocal";
    if (st.kind === "Nonlocal" && s.kind === "module") this.fail("nonlocal declaration not allowed at module level", st);
    for (const name of st.names) {
      if (s.params.has(name)) this.fail(`name '${name}' is parameter and ${what}`, st);
      if (s.annotated.has(name)) this.fail(`annotated name '${name}' can't be ${what}`, st);
      if (s.bound.has(name)) this.fail(`name '${name}' is assigned to before ${what} declaration`, st);
      if (s.used.has(name)) this.fail(`name '${name}' is used prior to ${what} declaration`, st);
      const g = s.globals.get(name);
      if (st.kind === "Nonlocal" && g) this.fail(`name '${name}' is nonlocal and global`, g);
      if (st.kind === "Global") s.globals.set(name, st);
    }
    if (st.kind === "Nonlocal") s.nonlocals.push(st);
  }

  private stmt(st: A.Stmt, s: Scope): void {
    switch (st.kind) {
      case "FunctionDef": {
        st.decoratorList.forEach((d) => this.expr(d, s));
        this.argDefaults(st.args, s);
        if (st.returns) this.expr(st.returns, s);
        this.bind(st.name, s);
        const f = newScope("function", s);
        this.params(st.args, f);
        this.stmts(st.body, f);
        return;
      }
      case "ClassDef": {
        st.decoratorList.forEach((d) => this.expr(d, s));
        st.bases.forEach((b) => this.expr(b, s));
        st.keywords.forEach((k) => this.expr(k.value, s));
        this.bind(st.name, s);
        this.stmts(st.body, newScope("class", s));
        return;
      }
      case "Global":
      case "Nonlocal":
        return this.declare(st, s);
      case "Import":
      case "ImportFrom":
        for (const a of st.names) if (a.name !== "*") this.bind(a.asname ?? a.name.split(".")[0]!, s);
        return;
      case "AnnAssign":
        if (st.target.kind === "Name") {
          if (s.globals.has(st.target.id)) this.fail(`annotated name '${st.target.id}' can't be global`, st);
          s.annotated.add(st.target.id);
        }
        this.expr(st.target, s);
        this.expr(st.annotation, s);
        if (st.value) this.expr(st.value, s);
        return;
      case "Try":
        this.stmts(st.body, s);
        for (const h of st.handlers) {
          if (h.type) this.expr(h.type, s);
          if (h.name) this.bind(h.name, s);
          this.stmts(h.body, s);
        }
        this.stmts(st.orelse, s);
        this.stmts(st.finalbody, s);
        return;
      default:
        visitChildren(st, this, s);
    }
  }

  private argDefaults(args: A.Arguments, s: Scope): void {
    args.defaults.forEach((d) => this.expr(d, s));
    args.kwDefaults.forEach((d) => d && this.expr(d, s));
    for (const a of [...args.posonlyargs, ...args.args, ...args.kwonlyargs, args.vararg, args.kwarg]) {
      if (a?.annotation) this.expr(a.annotation, s);
    }
  }

  private params(args: A.Arguments, f: Scope): void {
    for (const a of [...args.posonlyargs, ...args.args, ...args.kwonlyargs, args.vararg, args.kwarg]) if (a) f.params.add(a.arg);
  }

  expr(e: A.Expr, s: Scope): void {
    switch (e.kind) {
      case "Name":
        if (e.ctx === "Load") s.used.add(e.id);
        else this.bind(e.id, s);
        return;
      case "Lambda": {
        this.argDefaults(e.args, s);
        const f = newScope("function", s);
        this.params(e.args, f);
        this.expr(e.body, f);
        return;
      }
      case "Yield":
      case "YieldFrom":
        if (s.kind !== "function") this.fail("'yield' outside function", e);
        break;
      case "ListComp":
      case "SetComp":
      case "DictComp":
      case "GeneratorExp": {
        // The first iterable is evaluated in the enclosing scope; the rest in the comprehension's own.
        this.expr(e.generators[0]!.iter, s);
        const c = newScope("function", s);
        e.generators.forEach((g, i) => {
          if (i > 0) this.expr(g.iter, c);
          this.expr(g.target, c);
          g.ifs.forEach((x) => this.comprehensionPart(x, c, e.kind));
        });
        if (e.kind === "DictComp") {
          this.comprehensionPart(e.key, c, e.kind);
          this.comprehensionPart(e.value, c, e.kind);
        } else this.comprehensionPart(e.elt, c, e.kind);
        return;
      }
      case "NamedExpr":
        // A walrus in a comprehension binds in the enclosing function (PEP 572).
        let t = s;
        while (t.parent && isComprehension(t)) t = t.parent;
        this.bind(e.target.id, t);
        this.expr(e.value, s);
        return;
    }
    visitChildren(e, this, s);
  }

  /** A child statement or expression (see visitChildren). */
  child(c: A.Stmt | A.Expr, s: Scope): void {
    if (isStmt(c)) this.stmt(c as A.Stmt, s);
    else this.expr(c as A.Expr, s);
  }

  private comprehensionPart(e: A.Expr, c: Scope, kind: string): void {
    if (containsYield(e)) {
      const what = { ListComp: "list comprehension", SetComp: "set comprehension", DictComp: "dict comprehension", GeneratorExp: "generator expression" }[kind];
      this.fail(`'yield' inside ${what}`, containsYield(e)!);
    }
    comprehensionScopes.add(c);
    this.expr(e, c);
  }
}

const comprehensionScopes = new WeakSet<Scope>();

function isComprehension(s: Scope): boolean {
  return comprehensionScopes.has(s);
}

function containsYield(e: A.Expr): A.Expr | null {
  if (e.kind === "Yield" || e.kind === "YieldFrom") return e;
  if (e.kind === "Lambda" || e.kind === "ListComp" || e.kind === "SetComp" || e.kind === "DictComp" || e.kind === "GeneratorExp") return null;
  let found: A.Expr | null = null;
  forEachChild(e, (c) => {
    found ??= containsYield(c as A.Expr);
  });
  return found;
}

/** Walks statements as CPython's compiler does for the placement of `return`, `break`, `continue`
 * and `await`. */
/** What the compiler pass knows of where a statement stands: in a function, in a loop, how many frame
 * blocks deep. */
interface Cx {
  fn: boolean;
  loop: boolean;
  blocks: number;
}

/** Include/compile.h CO_MAXBLOCKS. */
const MAX_BLOCKS = 20;

class CompilerWalker {
  constructor(private readonly fail: Fail) {}

  stmts(list: A.Stmt[], cx: Cx): void {
    for (const st of list) this.stmt(st, cx);
  }

  /** The context `n` frame blocks further in (compile.c's compiler_push_fblock, at most CO_MAXBLOCKS). */
  private push(cx: Cx, n: number, at: A.Pos): Cx {
    if (cx.blocks + n > MAX_BLOCKS) this.fail("too many statically nested blocks", at);
    return { ...cx, blocks: cx.blocks + n };
  }

  private stmt(st: A.Stmt, cx: Cx): void {
    switch (st.kind) {
      case "Return":
        if (!cx.fn) this.fail("'return' outside function", st);
        break;
      case "Break":
        if (!cx.loop) this.fail("'break' outside loop", st);
        return;
      case "Continue":
        if (!cx.loop) this.fail("'continue' not properly in loop", st);
        return;
      case "FunctionDef":
        st.decoratorList.forEach((d) => this.expr(d, cx));
        this.stmts(st.body, { fn: true, loop: false, blocks: 0 });
        return;
      case "ClassDef":
        st.decoratorList.forEach((d) => this.expr(d, cx));
        this.stmts(st.body, { fn: false, loop: false, blocks: 0 });
        return;
      case "Try": {
        const bare = st.handlers.findIndex((h) => h.type === null);
        if (bare >= 0 && bare < st.handlers.length - 1) this.fail("default 'except:' must be last", st.handlers[bare]!);
        // compiler_try_finally pushes FINALLY_TRY around compiler_try_except's TRY_EXCEPT; a handler's
        // body runs inside EXCEPTION_HANDLER and HANDLER_CLEANUP, a finally body inside FINALLY_END.
        const fin = st.finalbody.length > 0 ? 1 : 0;
        const exc = st.handlers.length > 0 ? 1 : 0;
        this.stmts(st.body, this.push(cx, fin + exc, st));
        for (const h of st.handlers) {
          if (h.type) this.expr(h.type, cx);
          this.stmts(h.body, this.push(cx, fin + 2, h));
        }
        this.stmts(st.orelse, this.push(cx, fin, st));
        this.stmts(st.finalbody, this.push(cx, 1, st));
        return;
      }
      case "With":
        for (const it of st.items) {
          this.expr(it.contextExpr, cx);
          if (it.optionalVars) this.expr(it.optionalVars, cx);
        }
        this.stmts(st.body, this.push(cx, 1, st));
        return;
      case "For":
      case "While":
        this.expr(st.kind === "For" ? st.iter : st.test, cx);
        this.stmts(st.body, { ...this.push(cx, 1, st), loop: true });
        this.stmts(st.orelse, cx);
        return;
    }
    visitChildren(st, this, cx);
  }

  /** `starOk`: a Starred may stand here (an element of a display or target list, a call argument). */
  private expr(e: A.Expr, cx: Cx, starOk = false): void {
    switch (e.kind) {
      case "Await":
        this.fail(cx.fn ? "'await' outside async function" : "'await' outside function", e);
        break;
      case "Lambda":
        return this.expr(e.body, { fn: true, loop: false, blocks: 0 });
      case "Starred":
        if (!starOk) this.fail(e.ctx === "Store" ? "starred assignment target must be in a list or tuple" : "can't use starred expression here", e);
        return this.expr(e.value, cx);
      case "Tuple":
      case "List":
      case "Set":
        if (e.kind !== "Set" && e.ctx === "Store" && e.elts.filter((x) => x.kind === "Starred").length > 1) {
          this.fail("multiple starred expressions in assignment", e);
        }
        for (const x of e.elts) this.expr(x, cx, true);
        return;
      case "Call":
        this.expr(e.func, cx);
        for (const x of e.args) this.expr(x, cx, true);
        for (const k of e.keywords) this.expr(k.value, cx);
        return;
    }
    visitChildren(e, this, cx);
  }

  /** A child statement or expression (see visitChildren). */
  child(c: A.Stmt | A.Expr, cx: Cx): void {
    if (isStmt(c)) this.stmt(c as A.Stmt, cx);
    else this.expr(c as A.Expr, cx);
  }
}

const STMT_KINDS = new Set([
  "FunctionDef", "ClassDef", "Return", "Delete", "Assign", "AugAssign", "AnnAssign", "For", "While", "If",
  "With", "Raise", "Try", "Assert", "Import", "ImportFrom", "Global", "Nonlocal", "Expr", "Pass", "Break",
  "Continue", "Print2",
]);

function isStmt(n: { kind: string }): boolean {
  return STMT_KINDS.has(n.kind);
}

/** The fields of each node kind that hold child nodes, in the order the converters build them (which
 * is CPython's _fields order). A table, not reflection: the walks run over every node of a module. */
const CHILD_FIELDS: Record<A.Node["kind"], readonly string[]> = {
  Module: ["body"],
  FunctionDef: ["args", "body", "decoratorList", "returns"],
  ClassDef: ["bases", "keywords", "body", "decoratorList"],
  Return: ["value"],
  Delete: ["targets"],
  Assign: ["targets", "value"],
  AugAssign: ["target", "value"],
  AnnAssign: ["target", "annotation", "value"],
  For: ["target", "iter", "body", "orelse"],
  While: ["test", "body", "orelse"],
  If: ["test", "body", "orelse"],
  With: ["items", "body"],
  withitem: ["contextExpr", "optionalVars"],
  Raise: ["exc", "cause"],
  Try: ["body", "handlers", "orelse", "finalbody"],
  ExceptHandler: ["type", "body"],
  Assert: ["test", "msg"],
  Import: ["names"],
  ImportFrom: ["names"],
  alias: [],
  Global: [],
  Nonlocal: [],
  Expr: ["value"],
  Pass: [],
  Break: [],
  Continue: [],
  Print2: ["dest", "values"],
  arguments: ["posonlyargs", "args", "vararg", "kwonlyargs", "kwDefaults", "kwarg", "defaults"],
  arg: ["annotation"],
  keyword: ["value"],
  BoolOp: ["values"],
  NamedExpr: ["target", "value"],
  BinOp: ["left", "right"],
  UnaryOp: ["operand"],
  Lambda: ["args", "body"],
  IfExp: ["test", "body", "orelse"],
  Dict: ["keys", "values"],
  Set: ["elts"],
  ListComp: ["elt", "generators"],
  SetComp: ["elt", "generators"],
  DictComp: ["key", "value", "generators"],
  GeneratorExp: ["elt", "generators"],
  comprehension: ["target", "iter", "ifs"],
  Await: ["value"],
  Yield: ["value"],
  YieldFrom: ["value"],
  Compare: ["left", "comparators"],
  Call: ["func", "args", "keywords"],
  FormattedValue: ["value", "formatSpec"],
  JoinedStr: ["values"],
  Constant: [],
  Attribute: ["value"],
  Subscript: ["value", "slice"],
  Starred: ["value"],
  Name: [],
  List: ["elts"],
  Tuple: ["elts"],
  Slice: ["lower", "upper", "step"],
};

/** Helper records whose children are visited in their place. */
const HELPER_KINDS = new Set(["arguments", "arg", "keyword", "withitem", "ExceptHandler", "comprehension", "alias"]);

/**
 * Calls `f` on each direct child statement or expression of a node, in source order, descending
 * through the helper records (arguments, keywords, withitems, handlers, comprehensions, slices'
 * parts) without visiting them themselves.
 */
export function forEachChild(n: A.Node, f: (c: A.Stmt | A.Expr) => void): void {
  const fields = CHILD_FIELDS[n.kind];
  for (let k = 0; k < fields.length; k++) {
    const v = (n as unknown as Record<string, A.Node | (A.Node | null)[] | null>)[fields[k]!];
    if (v === null || v === undefined) continue;
    if (Array.isArray(v)) {
      for (let j = 0; j < v.length; j++) if (v[j]) visitChild(v[j]!, f);
    } else visitChild(v, f);
  }
}

function visitChild(c: A.Node, f: (c: A.Stmt | A.Expr) => void): void {
  if (HELPER_KINDS.has(c.kind)) forEachChild(c, f);
  else f(c as A.Stmt | A.Expr);
}

/** A walker visiting children through one method, with the context it passes down. */
export interface ChildWalker<C> {
  child(c: A.Stmt | A.Expr, cx: C): void;
}

/**
 * forEachChild calling `w.child(c, cx)`: the same children in the same order (CHILD_FIELDS's, helper
 * records expanded in place), read by name per node kind rather than by a keyed read per field, and
 * without a closure per node (the walks run over every node of a module; test/python/parse checks it
 * against forEachChild).
 */
export function visitChildren<C>(n: A.Node, w: ChildWalker<C>, cx: C): void {
  switch (n.kind) {
    case "Module":
      return each(n.body, w, cx);
    case "FunctionDef":
      visitArguments(n.args, w, cx);
      each(n.body, w, cx);
      each(n.decoratorList, w, cx);
      return one(n.returns, w, cx);
    case "ClassDef":
      each(n.bases, w, cx);
      for (const k of n.keywords) one(k.value, w, cx);
      each(n.body, w, cx);
      return each(n.decoratorList, w, cx);
    case "Return":
    case "Expr":
    case "Await":
    case "Yield":
    case "YieldFrom":
    case "Attribute":
    case "Starred":
    case "keyword":
      return one(n.value, w, cx);
    case "Delete":
      return each(n.targets, w, cx);
    case "Assign":
      each(n.targets, w, cx);
      return one(n.value, w, cx);
    case "AugAssign":
      one(n.target, w, cx);
      return one(n.value, w, cx);
    case "AnnAssign":
      one(n.target, w, cx);
      one(n.annotation, w, cx);
      return one(n.value, w, cx);
    case "For":
      one(n.target, w, cx);
      one(n.iter, w, cx);
      each(n.body, w, cx);
      return each(n.orelse, w, cx);
    case "While":
    case "If":
      one(n.test, w, cx);
      each(n.body, w, cx);
      return each(n.orelse, w, cx);
    case "With":
      for (const it of n.items) visitChildren(it, w, cx);
      return each(n.body, w, cx);
    case "withitem":
      one(n.contextExpr, w, cx);
      return one(n.optionalVars, w, cx);
    case "Raise":
      one(n.exc, w, cx);
      return one(n.cause, w, cx);
    case "Try":
      each(n.body, w, cx);
      for (const h of n.handlers) visitChildren(h, w, cx);
      each(n.orelse, w, cx);
      return each(n.finalbody, w, cx);
    case "ExceptHandler":
      one(n.type, w, cx);
      return each(n.body, w, cx);
    case "Assert":
      one(n.test, w, cx);
      return one(n.msg, w, cx);
    case "Print2":
      one(n.dest, w, cx);
      return each(n.values, w, cx);
    case "arguments":
      return visitArguments(n, w, cx);
    case "arg":
      return one(n.annotation, w, cx);
    case "comprehension":
      one(n.target, w, cx);
      one(n.iter, w, cx);
      return each(n.ifs, w, cx);
    case "BoolOp":
    case "JoinedStr":
      return each(n.values, w, cx);
    case "NamedExpr":
      one(n.target, w, cx);
      return one(n.value, w, cx);
    case "BinOp":
      one(n.left, w, cx);
      return one(n.right, w, cx);
    case "UnaryOp":
      return one(n.operand, w, cx);
    case "Lambda":
      visitArguments(n.args, w, cx);
      return one(n.body, w, cx);
    case "IfExp":
      one(n.test, w, cx);
      one(n.body, w, cx);
      return one(n.orelse, w, cx);
    case "Dict":
      each(n.keys, w, cx);
      return each(n.values, w, cx);
    case "Set":
    case "List":
    case "Tuple":
      return each(n.elts, w, cx);
    case "ListComp":
    case "SetComp":
    case "GeneratorExp":
      one(n.elt, w, cx);
      for (const g of n.generators) visitChildren(g, w, cx);
      return;
    case "DictComp":
      one(n.key, w, cx);
      one(n.value, w, cx);
      for (const g of n.generators) visitChildren(g, w, cx);
      return;
    case "Compare":
      one(n.left, w, cx);
      return each(n.comparators, w, cx);
    case "Call":
      one(n.func, w, cx);
      each(n.args, w, cx);
      for (const k of n.keywords) one(k.value, w, cx);
      return;
    case "FormattedValue":
      one(n.value, w, cx);
      return one(n.formatSpec, w, cx);
    case "Subscript":
      one(n.value, w, cx);
      return one(n.slice, w, cx);
    case "Slice":
      one(n.lower, w, cx);
      one(n.upper, w, cx);
      return one(n.step, w, cx);
    case "Import":
    case "ImportFrom":
    case "alias":
    case "Global":
    case "Nonlocal":
    case "Pass":
    case "Break":
    case "Continue":
    case "Constant":
    case "Name":
      return;
  }
}

/** An `arguments` record's children: each parameter's annotation, then the defaults, in
 * CHILD_FIELDS order. */
function visitArguments<C>(a: A.Arguments, w: ChildWalker<C>, cx: C): void {
  for (const p of a.posonlyargs) one(p.annotation, w, cx);
  for (const p of a.args) one(p.annotation, w, cx);
  if (a.vararg) one(a.vararg.annotation, w, cx);
  for (const p of a.kwonlyargs) one(p.annotation, w, cx);
  each(a.kwDefaults, w, cx);
  if (a.kwarg) one(a.kwarg.annotation, w, cx);
  each(a.defaults, w, cx);
}

function one<C>(c: A.Stmt | A.Expr | null, w: ChildWalker<C>, cx: C): void {
  if (c) w.child(c, cx);
}

function each<C>(list: readonly (A.Stmt | A.Expr | null)[], w: ChildWalker<C>, cx: C): void {
  for (let j = 0; j < list.length; j++) {
    const c = list[j];
    if (c) w.child(c, cx);
  }
}
