import type * as A from "../ast.js";
import type { Frame } from "../frame.js";
import { step } from "../limits.js";
import { None, typeOf, type PyValue } from "../objects/base.js";
import { GeneratorExit, PyException } from "../objects/exceptions.js";
import type { GenBody } from "../objects/function.js";
import { PyGenerator } from "../objects/generator.js";
import { call, callMethod } from "../ops/call.js";
import { truthy } from "../ops/convert.js";
import { getIter, nextOf } from "../ops/iter.js";
import { getAttrOrUndefined } from "../ops/attr.js";
import { rt } from "../state.js";
import { BREAK, RETURN, type Ctx, type E, type GS, type S, type Signal, unsupportedAt } from "./context.js";
import { compileExpr, compileLoad } from "./expressions.js";
import { binaryFunction } from "./operators.js";
import { catchable, chain, contextMethods, exceptionMatches, exitWithException, gapOf } from "./handlers.js";
import { compileStmt } from "./statements.js";
import { compileStore, storeName } from "./targets.js";

/**
 * Generator bodies compile to JS generator closures. Only statements that contain a `yield` take this
 * slower path; the rest of the body uses the ordinary closures. `yield` is supported where documents put
 * it: as a statement, as the value of an assignment or return, and inside if/for/while/try/with.
 */
type GE = (f: Frame) => Generator<PyValue, PyValue, PyValue>;

const yieldCache = new WeakMap<object, boolean>();

/** Whether a node contains yield outside nested scopes. */
function hasYield(n: A.Node | null | undefined): boolean {
  if (!n || typeof n !== "object") return false;
  const hit = yieldCache.get(n);
  if (hit !== undefined) return hit;
  let r = false;
  switch (n.kind) {
    case "Yield":
    case "YieldFrom":
      r = true;
      break;
    case "FunctionDef":
    case "ClassDef":
    case "Lambda":
    case "ListComp":
    case "SetComp":
    case "DictComp":
    case "GeneratorExp":
      r = false;
      break;
    default:
      for (const key in n) {
        const v = (n as unknown as Record<string, unknown>)[key];
        if (Array.isArray(v)) r = v.some((x) => x && typeof x === "object" && "kind" in x && hasYield(x as A.Node));
        else if (v && typeof v === "object" && "kind" in v) r = hasYield(v as A.Node);
        if (r) break;
      }
  }
  yieldCache.set(n, r);
  return r;
}

export function compileGenBody(body: A.Stmt[], cx: Ctx): GenBody {
  const block = genBlock(body, cx);
  return function* (f) {
    const r = yield* block(f);
    return r === RETURN ? f.ret! : None;
  };
}

function genBlock(stmts: A.Stmt[], cx: Ctx): GS {
  const parts = stmts.map((s) => (hasYield(s) ? { g: genStmt(s, cx), s: null } : { g: null, s: compileStmt(s, cx) }));
  const lines = stmts.map((s) => s.line);
  const n = parts.length;
  return function* (f) {
    for (let i = 0; i < n; i++) {
      f.line = lines[i]!;
      f.pos = null;
      const p = parts[i]!;
      const r = p.s ? p.s(f) : yield* p.g!(f);
      if (r !== undefined) return r;
    }
    return undefined;
  };
}

function genExpr(e: A.Expr, cx: Ctx): GE {
  if (e.kind === "Yield") {
    const v = e.value ? compileExpr(e.value, cx) : null;
    return function* (f) {
      return yield v ? v(f) : None;
    };
  }
  if (e.kind === "YieldFrom") {
    const v = compileExpr(e.value, cx);
    return (f) => delegate(getIter(v(f)));
  }
  if (!hasYield(e)) {
    const c = compileExpr(e, cx);
    // eslint-disable-next-line require-yield
    return function* (f) {
      return c(f);
    };
  }
  const u = unsupportedAt("'yield' inside this expression", e);
  // eslint-disable-next-line require-yield
  return function* (f) {
    return u(f);
  };
}

/** `yield from it`: forwards send() and throw() to a sub-generator (PEP 380). */
function* delegate(it: PyValue): Generator<PyValue, PyValue, PyValue> {
  let mode: 0 | 1 = 0;
  let arg: PyValue = None;
  for (;;) {
    let y: PyValue | undefined;
    if (it instanceof PyGenerator) y = it.resume(mode, arg);
    else if (mode === 1) {
      const th = getAttrOrUndefined(it, "throw");
      if (th === undefined) throw arg;
      y = call(th, [arg]);
    } else if (arg === None) y = nextOf(it);
    else y = callMethod(typeOf(it).lookup("send")!, it, [arg]);
    if (y === undefined) return it instanceof PyGenerator ? it.returnValue : None;
    try {
      arg = yield y;
      mode = 0;
    } catch (e) {
      if (e instanceof PyException && e.cls.isSubtypeOf(GeneratorExit)) {
        if (it instanceof PyGenerator) it.close();
        throw e;
      }
      mode = 1;
      arg = e as PyValue;
    }
  }
}

function wrap(s: S): GS {
  // eslint-disable-next-line require-yield
  return function* (f) {
    return s(f);
  };
}

function genStmt(s: A.Stmt, cx: Ctx): GS {
  switch (s.kind) {
    case "Expr": {
      const g = genExpr(s.value, cx);
      return function* (f) {
        yield* g(f);
        return undefined;
      };
    }
    case "Assign": {
      const g = genExpr(s.value, cx);
      const stores = s.targets.map((t) => compileStore(t, cx));
      return function* (f) {
        const v = yield* g(f);
        for (const st of stores) st(f, v);
        return undefined;
      };
    }
    case "AugAssign": {
      if (s.target.kind !== "Name") break;
      const g = genExpr(s.value, cx);
      const load = compileLoad(s.target.id, cx);
      const store = storeName(s.target.id, cx);
      const op = binaryFunction(s.op, true);
      return function* (f) {
        const cur = load(f);
        store(f, op(cur, yield* g(f)));
        return undefined;
      };
    }
    case "Return": {
      const g = genExpr(s.value!, cx);
      return function* (f) {
        f.ret = yield* g(f);
        return RETURN;
      };
    }
    case "If": {
      if (hasYield(s.test)) break;
      const t = compileExpr(s.test, cx);
      const a = genBlock(s.body, cx);
      const b = genBlock(s.orelse, cx);
      return function* (f) {
        return truthy(t(f)) ? yield* a(f) : yield* b(f);
      };
    }
    case "While": {
      if (hasYield(s.test)) break;
      const t = compileExpr(s.test, cx);
      const body = genBlock(s.body, cx);
      const orelse = genBlock(s.orelse, cx);
      const line = s.line;
      return function* (f) {
        for (;;) {
          f.line = line;
          f.pos = null;
          if (!truthy(t(f))) break;
          if (--rt.steps < 0) step();
          const r = yield* body(f);
          if (r === BREAK) return undefined;
          if (r === RETURN) return r;
        }
        return yield* orelse(f);
      };
    }
    case "For": {
      if (hasYield(s.iter)) break;
      const iter = compileExpr(s.iter, cx);
      const store = compileStore(s.target, cx);
      const body = genBlock(s.body, cx);
      const orelse = genBlock(s.orelse, cx);
      const line = s.line;
      return function* (f) {
        const it = getIter(iter(f));
        for (;;) {
          f.line = line;
          f.pos = null;
          const x = nextOf(it);
          if (x === undefined) break;
          if (--rt.steps < 0) step();
          store(f, x);
          const r = yield* body(f);
          if (r === BREAK) return undefined;
          if (r === RETURN) return r;
        }
        return yield* orelse(f);
      };
    }
    case "Try":
      return genTry(s, cx);
    case "With":
      return genWith(s, cx);
  }
  const u = unsupportedAt(`'yield' inside ${s.kind}`, s);
  return wrap((f) => void u(f));
}

function genTry(s: A.Try, cx: Ctx): GS {
  const body = genBlock(s.body, cx);
  const handlers = s.handlers.map((h) => ({
    type: h.type ? compileExpr(h.type, cx) : null,
    store: h.name ? storeName(h.name, cx) : null,
    name: h.name,
    body: genBlock(h.body, cx),
  }));
  const orelse = genBlock(s.orelse, cx);
  const final = s.finalbody.length ? genBlock(s.finalbody, cx) : null;
  function* inner(f: Frame): Generator<PyValue, Signal, PyValue> {
    let r: Signal;
    try {
      r = yield* body(f);
    } catch (e0) {
      if (handlers.length === 0) throw e0;
      const e = catchable(e0, f);
      if (gapOf(e, f)) throw e;
      for (const h of handlers) {
        if (h.type !== null && !exceptionMatches(e, h.type(f) as PyValue)) continue;
        if (h.store) h.store(f, e);
        rt.handling.push(e);
        try {
          return yield* h.body(f);
        } catch (e2) {
          chain(e2, e);
          throw e2;
        } finally {
          rt.handling.pop();
        }
      }
      throw e;
    }
    return r === undefined ? yield* orelse(f) : r;
  }
  if (!final) return inner;
  return function* (f) {
    let r: Signal;
    let pending: PyException | null = null;
    try {
      r = yield* inner(f);
    } catch (e) {
      pending = catchable(e, f);
    }
    const saved = f.ret;
    const fr = yield* final(f);
    if (fr !== undefined) return fr;
    if (pending) throw pending;
    f.ret = saved;
    return r;
  };
}

function genWith(s: A.With, cx: Ctx): GS {
  let body = genBlock(s.body, cx);
  for (let i = s.items.length - 1; i >= 0; i--) {
    const item = s.items[i]!;
    const m: E = compileExpr(item.contextExpr, cx);
    const store = item.optionalVars ? compileStore(item.optionalVars, cx) : null;
    const inner = body;
    body = function* (f) {
      const mgr = m(f);
      const [enter, exit] = contextMethods(mgr);
      const v = callMethod(enter, mgr, []);
      if (store) store(f, v);
      let r: Signal;
      try {
        r = yield* inner(f);
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
  return body;
}
