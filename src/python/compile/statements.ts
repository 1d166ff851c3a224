import type * as A from "../ast.js";
import type { Frame } from "../frame.js";
import { recordTraceback, step } from "../limits.js";
import { None, PyType, typeOf, type PyValue } from "../objects/base.js";
import {
  AssertionError,
  BaseException,
  PyException,
  RuntimeError,
  TypeError,
  pyErr,
} from "../objects/exceptions.js";
import { PyDict, PyRange, PyTuple } from "../objects/values.js";
import { tracebackOf } from "../objects/exception-methods.js";
import { getAttr, setAttr } from "../ops/attr.js";
import { call, callMethod } from "../ops/call.js";
import { repr, truthy } from "../ops/convert.js";
import { writeTo } from "../builtins.js";
import { getItem, setItem } from "../ops/items.js";
import { getIter, nextOf } from "../ops/iter.js";
import { rt } from "../state.js";
import { BREAK, CONTINUE, RETURN, type Ctx, type E, type S, type Signal, unboundLocal, unsupportedAt } from "./context.js";
import { compileExpr, compileLoad } from "./expressions.js";
import { binaryFunction, isTrue } from "./operators.js";
import { compileClassDef, compileFunctionDef } from "./functions.js";
import { compileImport, compileImportFrom } from "./imports.js";
import { compilePrint2 } from "./print2.js";
import { compileDelete, compileStore, storeName } from "./targets.js";

/** Compiles a statement list into one closure that records each statement's line as it runs. */
export function compileBlock(stmts: A.Stmt[], cx: Ctx): S {
  const parts = stmts.map((s) => compileStmt(s, cx));
  const lines = stmts.map((s) => s.line);
  const n = parts.length;
  if (n === 0) return () => undefined;
  if (n === 1) {
    const a = parts[0]!;
    const la = lines[0]!;
    return (f) => {
      f.line = la;
      return a(f);
    };
  }
  return (f) => {
    for (let i = 0; i < n; i++) {
      f.line = lines[i]!;
      const r = parts[i]!(f);
      if (r !== undefined) return r;
    }
    return undefined;
  };
}

function expr(e: E): S {
  return (f) => {
    e(f);
    return undefined;
  };
}

/** sys.displayhook's behaviour: a non-None value is printed with repr and bound to `builtins._`. */
function echo(e: E, cx: Ctx): S {
  const builtins = cx.builtins;
  return (f) => {
    const v = e(f);
    if (v !== None) {
      builtins.set("_", v);
      writeTo(undefined, `${repr(v)}\n`);
    }
    return undefined;
  };
}

/** Compiles one statement. */
export function compileStmt(s: A.Stmt, cx: Ctx): S {
  switch (s.kind) {
    case "Expr":
      if (cx.interactive && (cx.scope.kind === "module" || cx.scope.kind === "class")) return echo(compileExpr(s.value, cx), cx);
      return expr(compileExpr(s.value, cx));
    case "Assign":
      return compileAssign(s, cx);
    case "AugAssign":
      return compileAugAssign(s, cx);
    case "AnnAssign":
      return compileAnnAssign(s, cx);
    case "Pass":
    case "Global":
    case "Nonlocal":
      return () => undefined;
    case "Break":
      return () => BREAK;
    case "Continue":
      return () => CONTINUE;
    case "Return": {
      const v = s.value ? compileExpr(s.value, cx) : null;
      return (f) => {
        f.ret = v ? v(f) : None;
        return RETURN;
      };
    }
    case "If": {
      const t = compileExpr(s.test, cx);
      const a = compileBlock(s.body, cx);
      const b = s.orelse.length ? compileBlock(s.orelse, cx) : null;
      return (f) => (isTrue(t(f)) ? a(f) : b ? b(f) : undefined);
    }
    case "While":
      return compileWhile(s, cx);
    case "For":
      return compileFor(s, cx);
    case "Delete": {
      const parts = s.targets.map((t) => compileDelete(t, cx));
      return (f) => {
        for (const p of parts) p(f);
        return undefined;
      };
    }
    case "FunctionDef":
      return compileFunctionDef(s, cx);
    case "ClassDef":
      return compileClassDef(s, cx);
    case "Try":
      return compileTry(s, cx);
    case "Raise":
      return compileRaise(s, cx);
    case "Assert": {
      const t = compileExpr(s.test, cx);
      const m = s.msg ? compileExpr(s.msg, cx) : null;
      return (f) => {
        if (!truthy(t(f))) throw new PyException(AssertionError, m ? [m(f)] : []);
        return undefined;
      };
    }
    case "With":
      return compileWith(s, cx);
    case "Import":
      return compileImport(s, cx);
    case "ImportFrom":
      return compileImportFrom(s, cx);
    case "Print2":
      return compilePrint2(s, cx);
  }
  const u = unsupportedAt(`statement ${(s as A.Stmt).kind}`, s);
  return (f) => void u(f);
}

function compileAssign(s: A.Assign, cx: Ctx): S {
  const v = compileExpr(s.value, cx);
  if (s.targets.length === 1) {
    const t = s.targets[0]!;
    if (t.kind === "Name") {
      const b = cx.scope.binding(t.id);
      if (b.kind === "fast") {
        const i = b.slot;
        return (f) => {
          f.l[i] = v(f);
          return undefined;
        };
      }
    }
    const store = compileStore(t, cx);
    return (f) => {
      store(f, v(f));
      return undefined;
    };
  }
  const stores = s.targets.map((t) => compileStore(t, cx));
  return (f) => {
    const x = v(f);
    for (const st of stores) st(f, x);
    return undefined;
  };
}

function compileAugAssign(s: A.AugAssign, cx: Ctx): S {
  const op = binaryFunction(s.op, true);
  const v = compileExpr(s.value, cx);
  const t = s.target;
  if (t.kind === "Name") {
    const b = cx.scope.binding(t.id);
    if (b.kind === "fast") {
      const i = b.slot;
      const name = t.id;
      return (f) => {
        const cur = f.l[i];
        if (cur === undefined) throw unboundLocal(name);
        f.l[i] = op(cur as PyValue, v(f));
        return undefined;
      };
    }
    const load = compileLoad(t.id, cx);
    const store = storeName(t.id, cx);
    return (f) => {
      store(f, op(load(f), v(f)));
      return undefined;
    };
  }
  if (t.kind === "Attribute") {
    const o = compileExpr(t.value, cx);
    const name = t.attr;
    return (f) => {
      const obj = o(f);
      setAttr(obj, name, op(getAttr(obj, name), v(f)));
      return undefined;
    };
  }
  if (t.kind === "Subscript") {
    const o = compileExpr(t.value, cx);
    const k = compileExpr(t.slice, cx);
    return (f) => {
      const obj = o(f);
      const key = k(f);
      setItem(obj, key, op(getItem(obj, key), v(f)));
      return undefined;
    };
  }
  const u = unsupportedAt("augmented assignment target", s);
  return (f) => void u(f);
}

function compileAnnAssign(s: A.AnnAssign, cx: Ctx): S {
  const v = s.value ? compileExpr(s.value, cx) : null;
  const store = v ? compileStore(s.target, cx) : null;
  const atTop = cx.scope.kind === "module" || cx.scope.kind === "class";
  const ann = atTop ? compileExpr(s.annotation, cx) : null;
  const name = s.simple && s.target.kind === "Name" ? s.target.id : null;
  return (f) => {
    if (v) store!(f, v(f));
    if (ann) {
      const a = ann(f);
      if (name !== null) {
        const ns = f.ns ?? f.g;
        let d = ns.get("__annotations__");
        if (!(d instanceof PyDict)) {
          d = new PyDict();
          ns.set("__annotations__", d);
        }
        (d as PyDict).table.set(name, a);
      }
    }
    return undefined;
  };
}

function compileWhile(s: A.While, cx: Ctx): S {
  const t = compileExpr(s.test, cx);
  const body = compileBlock(s.body, cx);
  const orelse = s.orelse.length ? compileBlock(s.orelse, cx) : null;
  const line = s.line;
  return (f) => {
    for (;;) {
      f.line = line;
      if (!isTrue(t(f))) break;
      if (--rt.steps < 0) step();
      const r = body(f);
      if (r === BREAK) return undefined;
      if (r === RETURN) return r;
    }
    return orelse ? orelse(f) : undefined;
  };
}

function compileFor(s: A.For, cx: Ctx): S {
  const iter = compileExpr(s.iter, cx);
  const store = compileStore(s.target, cx);
  const body = compileBlock(s.body, cx);
  const orelse = s.orelse.length ? compileBlock(s.orelse, cx) : null;
  const line = s.line;
  return (f) => {
    const o = iter(f);
    if (o instanceof PyRange) {
      const n = o.length;
      for (let i = 0; i < n; i++) {
        if (--rt.steps < 0) step();
        store(f, o.start + i * o.step);
        const r = body(f);
        if (r === BREAK) return undefined;
        if (r === RETURN) return r;
      }
    } else {
      const it = getIter(o);
      for (;;) {
        f.line = line;
        const x = nextOf(it);
        if (x === undefined) break;
        if (--rt.steps < 0) step();
        store(f, x);
        const r = body(f);
        if (r === BREAK) return undefined;
        if (r === RETURN) return r;
      }
    }
    return orelse ? orelse(f) : undefined;
  };
}

/** Turns what a `try` caught into a Python exception, or rethrows what Python code must not catch (the
 * step limit, internal errors). Records the frame in the traceback, as CPython does on unwinding. */
export function catchable(e: unknown, f: Frame): PyException {
  const r = recordTraceback(e, f);
  if (r instanceof PyException) return r;
  throw r;
}

/** Sets the implicit `__context__` of an exception raised while `handling` was being handled. */
export function chain(e: unknown, handling: PyException): void {
  if (!(e instanceof PyException) || e === handling) return;
  for (let c: PyException | null = handling; c; c = c.context) if (c === e) return;
  if (e.context === null) e.context = handling;
}

/** Whether exception `e` matches an except clause's class (or tuple of classes). */
export function exceptionMatches(e: PyException, t: PyValue): boolean {
  if (t instanceof PyTuple) return t.items.some((x) => exceptionMatches(e, x));
  if (!(t instanceof PyType) || !t.isSubtypeOf(BaseException))
    throw pyErr(TypeError, "catching classes that do not inherit from BaseException is not allowed");
  return e.cls.isSubtypeOf(t);
}

interface Handler {
  type: E | null;
  store: ((f: Frame, v: PyValue) => void) | null;
  clear: ((f: Frame) => void) | null;
  body: S;
}

export function compileHandlers(hs: A.ExceptHandler[], cx: Ctx): Handler[] {
  return hs.map((h) => ({
    type: h.type ? compileExpr(h.type, cx) : null,
    store: h.name ? storeName(h.name, cx) : null,
    clear: h.name ? clearName(h.name, cx) : null,
    body: compileBlock(h.body, cx),
  }));
}

/** `except E as e` unbinds `e` when the handler ends (CPython's implicit `del e`). */
function clearName(name: string, cx: Ctx): (f: Frame) => void {
  const b = cx.scope.binding(name);
  if (b.kind === "fast") return (f) => void (f.l[b.slot] = undefined);
  const del = compileDelete({ kind: "Name", id: name, ctx: "Del", line: 0, col: 0, endLine: 0, endCol: 0 }, cx);
  return (f) => {
    try {
      del(f);
    } catch {
      // already unbound by the handler itself
    }
  };
}

/** Runs the matching handler for `e` (the exception is "being handled" meanwhile), or rethrows. */
export function handle(e: PyException, handlers: Handler[], f: Frame): Signal {
  for (const h of handlers) {
    if (h.type !== null && !exceptionMatches(e, h.type(f))) continue;
    if (h.store) h.store(f, e);
    rt.handling.push(e);
    try {
      return h.body(f);
    } catch (e2) {
      chain(e2, e);
      throw e2;
    } finally {
      rt.handling.pop();
      if (h.clear) h.clear(f);
    }
  }
  throw e;
}

function compileTry(s: A.Try, cx: Ctx): S {
  const body = compileBlock(s.body, cx);
  const handlers = compileHandlers(s.handlers, cx);
  const orelse = s.orelse.length ? compileBlock(s.orelse, cx) : null;
  const final = s.finalbody.length ? compileBlock(s.finalbody, cx) : null;
  const inner: S =
    handlers.length === 0
      ? body
      : (f) => {
          let r: Signal;
          try {
            r = body(f);
          } catch (e) {
            return handle(catchable(e, f), handlers, f);
          }
          return orelse && r === undefined ? orelse(f) : r;
        };
  if (!final) return inner;
  return (f) => {
    let r: Signal;
    let pending: PyException | null = null;
    try {
      r = inner(f);
    } catch (e) {
      pending = catchable(e, f);
    }
    const saved = f.ret;
    if (pending) rt.handling.push(pending);
    let fr: Signal;
    try {
      fr = final(f);
    } catch (e2) {
      if (pending) chain(e2, pending);
      throw e2;
    } finally {
      if (pending) rt.handling.pop();
    }
    if (fr !== undefined) return fr;
    if (pending) throw pending;
    f.ret = saved;
    return r;
  };
}

/** An exception instance from what `raise` was given (a class is called with no arguments). */
export function toException(v: PyValue): PyException {
  if (v instanceof PyType && v.isSubtypeOf(BaseException)) {
    const e = call(v, []);
    if (e instanceof PyException) return e;
    throw pyErr(TypeError, `calling ${v.name} should have returned an instance of BaseException, not ${typeOf(e).name}`);
  }
  if (v instanceof PyException) return v;
  throw pyErr(TypeError, "exceptions must derive from BaseException");
}

function compileRaise(s: A.Raise, cx: Ctx): S {
  const exc = s.exc ? compileExpr(s.exc, cx) : null;
  const cause = s.cause ? compileExpr(s.cause, cx) : null;
  return (f) => {
    const handling = rt.handling[rt.handling.length - 1] as PyException | undefined;
    if (!exc) {
      if (!handling) throw pyErr(RuntimeError, "No active exception to reraise");
      throw handling;
    }
    const e = toException(exc(f));
    if (cause) {
      const c = cause(f);
      if (c === None) e.cause = None;
      else if (c instanceof PyType || c instanceof PyException) e.cause = toException(c);
      else throw pyErr(TypeError, "exception causes must derive from BaseException");
      e.suppressContext = true;
    }
    if (handling) chain(e, handling);
    e.tbTop = null;
    throw e;
  };
}

/** The __enter__/__exit__ pair of a context manager, with CPython 3.11's TypeErrors. */
export function contextMethods(mgr: PyValue): [PyValue, PyValue] {
  const t = typeOf(mgr);
  const enter = t.lookup("__enter__");
  if (enter === undefined) throw pyErr(TypeError, `'${t.name}' object does not support the context manager protocol`);
  const exit = t.lookup("__exit__");
  if (exit === undefined)
    throw pyErr(TypeError, `'${t.name}' object does not support the context manager protocol (missed __exit__ method)`);
  return [enter, exit];
}

/** Calls __exit__ for exception `e`; returns whether it was suppressed. */
export function exitWithException(exit: PyValue, mgr: PyValue, e: PyException): boolean {
  rt.handling.push(e);
  try {
    return truthy(callMethod(exit, mgr, [e.cls, e, tracebackOf(e)]));
  } catch (e2) {
    chain(e2, e);
    throw e2;
  } finally {
    rt.handling.pop();
  }
}

function compileWith(s: A.With, cx: Ctx): S {
  let body = compileBlock(s.body, cx);
  for (let i = s.items.length - 1; i >= 0; i--) body = withItem(s.items[i]!, body, cx);
  return body;
}

function withItem(item: A.WithItem, body: S, cx: Ctx): S {
  const m = compileExpr(item.contextExpr, cx);
  const store = item.optionalVars ? compileStore(item.optionalVars, cx) : null;
  return (f) => {
    const mgr = m(f);
    const [enter, exit] = contextMethods(mgr);
    const v = callMethod(enter, mgr, []);
    if (store) store(f, v);
    let r: Signal;
    try {
      r = body(f);
    } catch (e) {
      const pe = catchable(e, f);
      if (!exitWithException(exit, mgr, pe)) throw pe;
      return undefined;
    }
    const saved = f.ret;
    callMethod(exit, mgr, [None, None, None]);
    f.ret = saved;
    return r;
  };
}
