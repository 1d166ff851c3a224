import type * as A from "../ast.js";
import { Frame, type CodeInfo } from "../frame.js";
import { enterFrame, leaveFrame, recordTraceback } from "../limits.js";
import { Cell, None, type PyValue } from "../objects/base.js";
import { buildClass } from "../objects/class.js";
import { PyFunction, Signature, type Body, type FunctionCode } from "../objects/function.js";
import { PyDict, PyList, PySet } from "../objects/values.js";
import { ArrayIter } from "../objects/iterators.js";
import { RangeIter } from "../objects/misc.js";
import { call } from "../ops/call.js";
import { getIter, nextOf } from "../ops/iter.js";
import { rt } from "../state.js";
import { step } from "../limits.js";
import { type Ctx, type E, type S, closureMaker } from "./context.js";
import { compileExpr } from "./expressions.js";
import { dictLoop, listLoop, setLoop, type OneClauseLoop } from "./comprehension-loops.js";
import { GenExprSteps, bindTarget, compileClause, conditionsHold, type GenClause } from "./genexpr.js";
import { compileGenBody } from "./generators.js";
import type { Scope } from "./scope.js";
import { blockOf, compileBlock, compileStmts } from "./statements.js";
import { storeName } from "./targets.js";

const qualnames = new WeakMap<Scope, string>();

/** CPython's __qualname__: `C.m`, `f.<locals>.g`. */
function qualnameOf(scope: Scope, name: string): string {
  const p = scope.parent!;
  const prefix = p.kind === "module" ? "" : p.kind === "class" ? `${qualnames.get(p)}.` : `${qualnames.get(p)}.<locals>.`;
  const q = prefix + name;
  qualnames.set(scope, q);
  return q;
}

function signatureOf(scope: Scope, a: A.Arguments): Signature {
  const nPos = a.posonlyargs.length + a.args.length;
  const names = scope.params;
  const cells: number[] = [];
  for (const c of scope.cells) cells.push(scope.slots.get(c)!);
  return new Signature({
    names,
    nPosOnly: a.posonlyargs.length,
    nPos,
    nKwOnly: a.kwonlyargs.length,
    varargs: a.vararg !== null,
    varkw: a.kwarg !== null,
    nLocals: scope.slots.size,
    cells,
    simple: a.vararg === null && a.kwarg === null && a.kwonlyargs.length === 0,
  });
}

function codeFor(cx: Ctx, name: string, scope?: Scope): CodeInfo {
  return { ...cx.code, name, varnames: scope && scope.kind !== "class" ? [...scope.slots.keys()] : undefined };
}

function docstring(body: A.Stmt[]): PyValue {
  const s = body[0];
  if (s?.kind === "Expr" && s.value.kind === "Constant" && s.value.value.type === "str") return s.value.value.value;
  return None;
}

/** Compiles a function's body (its statements, with `cx` the function's own context) into `code`. */
export function compileBody(code: FunctionCode, body: A.Stmt[], cx: Ctx): void {
  if (code.isGenerator) code.gen = compileGenBody(body, cx);
  else {
    const { parts, lines } = compileStmts(body, { ...cx, raiseSignal: true });
    code.parts = parts as Body[];
    code.lines = lines;
    code.run = blockOf(parts, lines) as Body;
  }
}

/** A function made while lazy bodies are tracked: its code, `def` or `lambda` node, context and qualname. */
export interface LazyBody {
  code: FunctionCode;
  node: A.FunctionDef | A.Lambda;
  cx: Ctx;
  qualname: string;
}
let lazyBodies: LazyBody[] | null = null;

/** Starts (or, with false, stops) recording every function code made from here on (body-reload.ts). */
export function trackLazyBodies(on: boolean): void {
  lazyBodies = on ? [] : null;
}

/** The function codes recorded since trackLazyBodies(true); recording stops. */
export function takeLazyBodies(): LazyBody[] {
  const taken = lazyBodies ?? [];
  lazyBodies = null;
  return taken;
}

/** Registers the qualname of a scope analysed again from a reloaded tree (body-reload.ts), which the
 * functions and classes nested in it build theirs from. */
export function setQualname(scope: Scope, qualname: string): void {
  qualnames.set(scope, qualname);
}

/** The statements and lines of every code not compiled yet (compileBody replaces them, never changes
 * them in place): one pair of empty arrays, not two per function of a start-up snapshot. */
const NOT_COMPILED: { parts: Body[]; lines: number[] } = { parts: [], lines: [] };

/** A function's code, compiled on its first call (keeps module start-up light). */
function lazyCode(body: A.Stmt[], cx: Ctx, isGenerator: boolean, node: A.FunctionDef | A.Lambda, qualname: string): FunctionCode {
  const code: FunctionCode = {
    run: null,
    gen: null,
    parts: NOT_COMPILED.parts,
    lines: NOT_COMPILED.lines,
    isGenerator,
    compile() {
      compileBody(code, body, cx);
    },
  };
  if (lazyBodies !== null) lazyBodies.push({ code, node, cx, qualname });
  return code;
}

interface FunctionParts {
  make: (f: Frame) => PyFunction;
}

function functionParts(
  node: A.FunctionDef | A.Lambda,
  name: string,
  cx: Ctx,
  body: A.Stmt[],
): FunctionParts {
  const scope = cx.info.get(node);
  const qualname = qualnameOf(scope, name);
  const inner: Ctx = { ...cx, scope, code: codeFor(cx, name, scope) };
  const sig = signatureOf(scope, node.args);
  const fcode = lazyCode(body, inner, scope.isGenerator, node, qualname);
  const defaults = node.args.defaults.map((d) => compileExpr(d, cx));
  const kwdefaults = node.args.kwonlyargs.map((k, i) => {
    const d = node.args.kwDefaults[i];
    return d ? { name: k.arg, e: compileExpr(d, cx) } : null;
  });
  const closure = closureMaker(cx.scope, scope);
  const doc = node.kind === "FunctionDef" ? docstring(node.body) : None;
  return {
    make(f) {
      const fn = new PyFunction(name, qualname, inner.code, sig, f.g, closure ? closure(f) : null, fcode);
      if (defaults.length) fn.defaults = defaults.map((d) => d(f));
      for (const k of kwdefaults) if (k) (fn.kwdefaults ??= new Map()).set(k.name, k.e(f));
      fn.doc = doc;
      fn.module = f.g.get("__name__");
      return fn;
    },
  };
}

/** `def`: decorators are evaluated first, then defaults, then applied bottom-up. */
export function compileFunctionDef(s: A.FunctionDef, cx: Ctx): S {
  const decorators = s.decoratorList.map((d) => compileExpr(d, cx));
  const parts = functionParts(s, s.name, cx, bodyOf(s));
  const store = storeName(s.name, cx);
  return (f) => {
    const decs = decorators.map((d) => d(f));
    let v: PyValue = parts.make(f);
    for (let i = decs.length - 1; i >= 0; i--) v = call(decs[i]!, [v]);
    store(f, v);
    return undefined;
  };
}

/** The statements a `def` or `lambda` runs: a lambda's are a `return` of its expression. */
export function bodyOf(node: A.FunctionDef | A.Lambda): A.Stmt[] {
  if (node.kind === "FunctionDef") return node.body;
  const ret: A.Return = { kind: "Return", value: node.body, line: node.line, col: node.col, endLine: node.endLine, endCol: node.endCol };
  return [ret];
}

export function compileLambda(e: A.Lambda, cx: Ctx): E {
  const parts = functionParts(e, "<lambda>", cx, bodyOf(e));
  return (f) => parts.make(f);
}

/** `class`: runs the body in its own frame with a namespace Map, then builds the class. */
export function compileClassDef(s: A.ClassDef, cx: Ctx): S {
  const scope = cx.info.get(s);
  const qualname = qualnameOf(scope, s.name);
  const inner: Ctx = { ...cx, scope, code: codeFor(cx, s.name) };
  const decorators = s.decoratorList.map((d) => compileExpr(d, cx));
  const bases = s.bases.map((b) => (b.kind === "Starred" ? null : compileExpr(b, cx)));
  const keywords = s.keywords.map((k) => ({ name: k.arg, v: compileExpr(k.value, cx) }));
  const closure = closureMaker(cx.scope, scope);
  const body = compileBlock(s.body, inner);
  const doc = docstring(s.body);
  const cellSlot = scope.cells.has("__class__") ? scope.classCellSlot() : -1;
  const store = storeName(s.name, cx);
  const name = s.name;
  return (f) => {
    const decs = decorators.map((d) => d(f));
    const bs = bases.map((b) => {
      if (b === null) throw new Error("tfscope: starred class bases are unsupported");
      return b(f);
    });
    const kw = new Map<string, PyValue>();
    for (const k of keywords) if (k.name !== null) kw.set(k.name, k.v(f));
    const ns = new Map<string, PyValue>();
    const mod = f.g.get("__name__");
    if (mod !== undefined) ns.set("__module__", mod);
    ns.set("__qualname__", qualname);
    if (doc !== None) ns.set("__doc__", doc);
    const cf = new Frame(inner.code, new Array(scope.slots.size), f.g, closure ? closure(f) : null, ns);
    if (cellSlot >= 0) cf.l[cellSlot] = new Cell();
    enterFrame(cf);
    try {
      body(cf);
    } catch (e) {
      throw recordTraceback(e, cf);
    } finally {
      leaveFrame(cf);
    }
    const cls = buildClass(name, bs, ns, kw);
    if (cellSlot >= 0) (cf.l[cellSlot] as Cell).v = cls;
    let v: PyValue = cls;
    for (let i = decs.length - 1; i >= 0; i--) v = call(decs[i]!, [v]);
    store(f, v);
    return undefined;
  };
}


const COMP_NAMES = { ListComp: "<listcomp>", SetComp: "<setcomp>", DictComp: "<dictcomp>", GeneratorExp: "<genexpr>" };

/** A comprehension runs as its own function (CPython 3.11), receiving the first iterator as `.0`. */
export function compileComprehension(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, cx: Ctx): E {
  const scope = cx.info.get(e);
  const name = COMP_NAMES[e.kind];
  const qualname = qualnameOf(scope, name);
  const inner: Ctx = { ...cx, scope, code: codeFor(cx, name, scope) };
  const first = compileExpr(e.generators[0]!.iter, cx);
  const clauses: GenClause[] = e.generators.map((g, i) => compileClause(g, i === 0, inner));
  const closure = closureMaker(cx.scope, scope);
  const nLocals = scope.slots.size;
  const cellSlots = [...scope.cells].map((c) => scope.slots.get(c)!);
  const newFrame = (f: Frame, it0: PyValue) => {
    const l = new Array<PyValue | Cell | undefined>(nLocals);
    l[0] = it0;
    for (const i of cellSlots) l[i] = new Cell(l[i] as PyValue | undefined);
    return new Frame(inner.code, l, f.g, closure ? closure(f) : null, null);
  };
  const n = clauses.length;

  if (e.kind === "GeneratorExp") {
    const elt = compileExpr(e.elt, inner);
    const sig = new Signature({
      names: [".0"],
      nPosOnly: 1,
      nPos: 1,
      nKwOnly: 0,
      varargs: false,
      varkw: false,
      nLocals,
      cells: cellSlots,
      simple: true,
    });
    const fcode: FunctionCode = {
      run: null,
      gen: (cf) => new GenExprSteps(cf, clauses, elt),
      parts: NOT_COMPILED.parts,
      lines: NOT_COMPILED.lines,
      isGenerator: true,
      compile() {},
    };
    return (f) => {
      const it0 = getIter(first(f));
      const fn = new PyFunction(name, qualname, inner.code, sig, f.g, closure ? closure(f) : null, fcode);
      return fn.call([it0], null);
    };
  }

  let sink: (cf: Frame, acc: unknown) => void;
  let make: () => unknown;
  let done: (acc: unknown) => PyValue;
  // One `for` clause: the flat loop of comprehension-loops.ts instead of `loop` and `each`.
  let one: OneClauseLoop | null = null;
  if (e.kind === "DictComp") {
    const k = compileExpr(e.key, inner);
    const v = compileExpr(e.value, inner);
    if (n === 1) one = dictLoop(clauses[0]!, k, v);
    make = () => new PyDict();
    sink = (cf, acc) => {
      const key = k(cf);
      (acc as PyDict).table.set(key, v(cf));
    };
    done = (acc) => acc as PyDict;
  } else {
    const elt = compileExpr(e.elt, inner);
    if (n === 1) one = e.kind === "ListComp" ? listLoop(clauses[0]!, elt) : setLoop(clauses[0]!, elt);
    if (e.kind === "ListComp") {
      make = () => [];
      sink = (cf, acc) => void (acc as PyValue[]).push(elt(cf));
      done = (acc) => new PyList(acc as PyValue[]);
    } else {
      make = () => new PySet();
      sink = (cf, acc) => {
        const x = elt(cf);
        (acc as PySet).table.set(x, x);
      };
      done = (acc) => acc as PySet;
    }
  }
  const each = (cf: Frame, level: number, c: GenClause, x: PyValue, acc: unknown): void => {
    if (--rt.steps < 0) step();
    bindTarget(cf, c, x);
    if (!conditionsHold(cf, c)) return;
    if (level + 1 < n) loop(cf, level + 1, getIter(clauses[level + 1]!.iter!(cf)), acc);
    else sink(cf, acc);
  };
  // nextOf(it) is it.next() for these iterators: called on a known class, V8 inlines it.
  const loop = (cf: Frame, level: number, it: PyValue, acc: unknown): void => {
    const c = clauses[level]!;
    if (it instanceof ArrayIter) for (let x = it.next(); x !== undefined; x = it.next()) each(cf, level, c, x, acc);
    else if (it instanceof RangeIter) for (let x = it.next(); x !== undefined; x = it.next()) each(cf, level, c, x, acc);
    else for (let x = nextOf(it); x !== undefined; x = nextOf(it)) each(cf, level, c, x, acc);
  };
  return (f) => {
    const it0 = getIter(first(f));
    // CPython 3.11 calls the comprehension's code object: the caller's position is the whole display.
    f.pos = e;
    const cf = newFrame(f, it0);
    cf.line = f.line;
    enterFrame(cf);
    try {
      const acc = make();
      if (one !== null) one(cf, it0, acc);
      else loop(cf, 0, it0, acc);
      return done(acc);
    } catch (err) {
      throw recordTraceback(err, cf);
    } finally {
      leaveFrame(cf);
    }
  };
}
