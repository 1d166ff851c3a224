import type * as A from "../ast.js";
import type { Frame } from "../frame.js";
import { step } from "../limits.js";
import { None, type PyValue } from "../objects/base.js";
import { PyDict, PyRange } from "../objects/values.js";
import { ArrayIter } from "../objects/iterators.js";
import { AssertionError, NameError, PyException, unsupported } from "../objects/exceptions.js";
import { repr } from "../ops/convert.js";
import { writeTo } from "../builtins.js";
import { getItem, setItem } from "../ops/items.js";
import { getIter, nextOf } from "../ops/iter.js";
import { AttrSite, StoreAttrSite } from "../ops/sites.js";
import { rt } from "../state.js";
import { BREAK, CONTINUE, RETURN, type Ctx, type E, type S, unboundLocal, unsupportedAt } from "./context.js";
import { compileExpr, compileLoad } from "./expressions.js";
import { compileClassDef, compileFunctionDef } from "./functions.js";
import { compileRaise, compileTry, compileWith } from "./handlers.js";
import { compileImport, compileImportFrom } from "./imports.js";
import { binaryFunction, isTrue } from "./operators.js";
import { fastSlot } from "./operands.js";
import { intTest } from "./int-test.js";
import { compilePrint2 } from "./print2.js";
import { compileSignalling } from "./signal-statements.js";
import { compileDelete, compileStore, storeName } from "./targets.js";

/** Compiles a statement list into one closure that records each statement's line as it runs. */
export function compileBlock(stmts: A.Stmt[], cx: Ctx): S {
  const { parts, lines } = compileStmts(stmts, cx);
  return blockOf(parts, lines);
}

/** A statement list's compiled statements and their lines, for a caller running them itself (a
 * function call runs its body's statements without a block closure between, PyFunction.runFast). */
export function compileStmts(stmts: A.Stmt[], cx: Ctx): { parts: S[]; lines: number[] } {
  return { parts: stmts.map((s) => compileStmt(s, cx)), lines: stmts.map((s) => s.line) };
}

/** The closure running `parts` in order, each at its line, until one signals. */
export function blockOf(parts: S[], lines: number[]): S {
  const n = parts.length;
  if (n === 0) return () => undefined;
  if (n === 1) {
    const a = parts[0]!;
    const la = lines[0]!;
    return (f) => {
      f.line = la;
      f.pos = null;
      return a(f);
    };
  }
  return (f) => {
    for (let i = 0; i < n; i++) {
      f.line = lines[i]!;
      f.pos = null;
      const r = parts[i]!(f);
      if (r !== undefined) return r;
    }
    return undefined;
  };
}

/** `if`: a test on a local holding an int runs inline (see IntTest), and a body of one
 * statement runs without a block closure of its own (same line and position bookkeeping). */
function compileIf(s: A.If, cx: Ctx): S {
  const t = compileExpr(s.test, cx);
  const one = s.body.length === 1 ? compileStmt(s.body[0]!, cx) : null;
  const a = one === null ? compileBlock(s.body, cx) : null;
  const b = s.orelse.length ? compileBlock(s.orelse, cx) : null;
  const la = s.body[0]!.line;
  const it = intTest(s.test, t, cx);
  if (it === null)
    return (f) => {
      if (!isTrue(t(f))) return b ? b(f) : undefined;
      if (one === null) return a!(f);
      f.line = la;
      f.pos = null;
      return one(f);
    };
  return (f) => {
    if (!it.holds(f)) return b ? b(f) : undefined;
    if (one === null) return a!(f);
    f.line = la;
    f.pos = null;
    return one(f);
  };
}

function expr(e: E): S {
  return (f) => {
    e(f);
    return undefined;
  };
}

/** sys.displayhook's behaviour: a non-None value is printed with repr and bound to `builtins._`. */
function echo(e: E, cx: Ctx, show?: (repr: string) => void): S {
  const builtins = cx.builtins;
  return (f) => {
    const v = e(f);
    if (v !== None) {
      builtins.set("_", v);
      if (show) show(repr(v));
      else writeTo(undefined, `${repr(v)}\n`);
    }
    return undefined;
  };
}

/** Compiles one statement. */
export function compileStmt(s: A.Stmt, cx: Ctx): S {
  if (cx.raiseSignal && s.kind !== "If" && s.kind !== "Raise") {
    const signalling = compileSignalling(s, cx);
    if (signalling !== null) return signalling;
    cx = { ...cx, raiseSignal: false };
  }
  switch (s.kind) {
    case "Expr":
      if (cx.displayLast?.stmt === s) return echo(compileExpr(s.value, cx), cx, cx.displayLast.show);
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
      const slot = s.value ? fastSlot(s.value, cx) : -1;
      if (slot >= 0)
        return (f) => {
          f.ret = (f.l[slot] as PyValue | undefined) ?? v!(f);
          return RETURN;
        };
      return (f) => {
        f.ret = v ? v(f) : None;
        return RETURN;
      };
    }
    case "If":
      return compileIf(s, cx);
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
      const test = s.test;
      return (f) => {
        if (!isTrue(t(f))) {
          const e = new PyException(AssertionError, m ? [m(f)] : []);
          f.pos = test;
          throw e;
        }
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
    const load = new AttrSite(t.attr);
    const store = new StoreAttrSite(t.attr);
    const slot = fastSlot(t.value, cx);
    // CPython's positions: the target for its load and store, the whole statement for the operator.
    const update = (f: Frame, obj: PyValue) => {
      f.pos = t;
      const cur = load.load(obj);
      const x = v(f);
      f.pos = null;
      const r = op(cur, x);
      f.pos = t;
      store.store(obj, r);
      return undefined;
    };
    if (slot >= 0) return (f) => update(f, (f.l[slot] as PyValue | undefined) ?? o(f));
    return (f) => update(f, o(f));
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
  const evaluated = atTop ? compileExpr(s.annotation, cx) : null;
  // Under PEP 563 CPython stores the annotation's text and evaluates nothing, so a forward reference
  // (`parent: Optional[Node]` inside class Node) raises no NameError there. tfscope evaluates it: a
  // NameError it raises is tfscope's gap, not the program's.
  const ann: ((f: Frame) => PyValue) | null =
    evaluated && cx.futureAnnotations
      ? (f) => {
          try {
            return evaluated(f);
          } catch (e) {
            if (e instanceof PyException && e.cls.isSubtypeOf(NameError)) throw unsupported("an annotation CPython keeps unevaluated (from __future__ import annotations, PEP 563)");
            throw e;
          }
        }
      : evaluated;
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
  const it = intTest(s.test, t, cx);
  if (it !== null)
    return (f) => {
      for (;;) {
        f.line = line;
        f.pos = null;
        if (!it.holds(f)) break;
        if (--rt.steps < 0) step();
        const r = body(f);
        if (r === BREAK) return undefined;
        if (r === RETURN) return r;
      }
      return orelse ? orelse(f) : undefined;
    };
  return (f) => {
    for (;;) {
      f.line = line;
      f.pos = null;
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
      // nextOf(it) is it.next() for a list or tuple iterator: called on a known class, V8 inlines it.
      const arr = it instanceof ArrayIter ? it : null;
      for (;;) {
        f.line = line;
        f.pos = null;
        const x = arr !== null ? arr.next() : nextOf(it);
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
