import type * as A from "../ast.js";
import type { Frame } from "../frame.js";
import { recordTraceback } from "../limits.js";
import { None, PyType, epoch, typeOf, type PyValue } from "../objects/base.js";
import { tracebackOf } from "../objects/exception-methods.js";
import { BaseException, PyException, RuntimeError, TfscopeUnsupported, TypeError, pyErr } from "../objects/exceptions.js";
import { PyFunction } from "../objects/function.js";
import { PyTuple } from "../objects/values.js";
import { call, callMethod } from "../ops/call.js";
import { truthy } from "../ops/convert.js";
import { rt } from "../state.js";
import { RAISE, type Ctx, type E, type S, type Signal } from "./context.js";
import { compileExpr } from "./expressions.js";
import { compileBlock } from "./statements.js";
import { compileDelete, compileStore, storeName } from "./targets.js";

/** try/except/finally, raise and with: Python exceptions as JS exceptions, with CPython's implicit
 * chaining (__context__), traceback recording where a handler catches, and context managers. */

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
/** A gap of tfscope's (TfscopeUnsupported) is not the document's exception: no handler in the
 * document's own code may take it (`except Exception:` would run on where the reader's Python never
 * went), nor may a context manager's __exit__ suppress it. tfscope's own Python modules (hidden frames:
 * unittest's runner, the shim) still catch it. */
export function gapOf(e: PyException, f: Frame): boolean {
  return !f.code.hidden && e.cls.isSubtypeOf(TfscopeUnsupported);
}

export function exceptionMatches(e: PyException, t: PyValue): boolean {
  // A class the exception's class derives from derives from BaseException too: no check needed.
  if (t instanceof PyType && e.cls.isSubtypeOf(t)) return true;
  if (t instanceof PyTuple) return t.items.some((x) => exceptionMatches(e, x));
  if (!(t instanceof PyType) || !t.isSubtypeOf(BaseException))
    throw pyErr(TypeError, "catching classes that do not inherit from BaseException is not allowed");
  return false;
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
  if (gapOf(e, f)) throw e;
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

export function compileTry(s: A.Try, cx: Ctx): S {
  // The try handles its body's exceptions, so they may come to it as RAISE signals (Ctx.raiseSignal).
  const body = compileBlock(s.body, { ...cx, raiseSignal: true });
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
          if (r === RAISE) return handle(catchable(f.ret, f), handlers, f);
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
    if (r === RAISE) pending = catchable(f.ret, f);
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

export function compileRaise(s: A.Raise, cx: Ctx): S {
  const exc = s.exc ? compileExpr(s.exc, cx) : null;
  const cause = s.cause ? compileExpr(s.cause, cx) : null;
  const signal = cx.raiseSignal === true;
  return (f) => {
    const handling = rt.handling[rt.handling.length - 1] as PyException | undefined;
    if (!exc) {
      if (!handling) throw pyErr(RuntimeError, "No active exception to reraise");
      if (signal) {
        f.ret = handling;
        return RAISE;
      }
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
    f.pos = null;
    if (signal) {
      f.ret = e;
      return RAISE;
    }
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
    return truthy(callMethod(exit, mgr, [e.cls, e, tracebackOf(e)])) && !e.cls.isSubtypeOf(TfscopeUnsupported);
  } catch (e2) {
    chain(e2, e);
    throw e2;
  } finally {
    rt.handling.pop();
  }
}

export function compileWith(s: A.With, cx: Ctx): S {
  let body = compileBlock(s.body, cx);
  for (let i = s.items.length - 1; i >= 0; i--) body = withItem(s.items[i]!, body, cx);
  return body;
}

function withItem(item: A.WithItem, body: S, cx: Ctx): S {
  const m = compileExpr(item.contextExpr, cx);
  const store = item.optionalVars ? compileStore(item.optionalVars, cx) : null;
  // The manager's class seen last here and its __enter__/__exit__ (contextMethods' lookups), valid
  // while no class attribute anywhere has changed (the `epoch` type lookups are cached by).
  // Read into constants per run: the body may run this statement again (recursion) for another class.
  let cls: PyType | null = null;
  let ep = -1;
  let cachedEnter: PyValue = None;
  let cachedExit: PyValue = None;
  return (f) => {
    const mgr = m(f);
    const t = typeOf(mgr);
    if (t !== cls || ep !== epoch) {
      [cachedEnter, cachedExit] = contextMethods(mgr);
      cls = t;
      ep = epoch;
    }
    const enter = cachedEnter;
    const exit = cachedExit;
    const v = enter instanceof PyFunction ? enter.callInline([mgr], null) : callMethod(enter, mgr, []);
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
    if (exit instanceof PyFunction) exit.callInline([mgr, None, None, None], null);
    else callMethod(exit, mgr, [None, None, None]);
    f.ret = saved;
    return r;
  };
}
