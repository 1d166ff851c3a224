import type * as A from "../ast.js";
import type { PyValue } from "../objects/base.js";
import { RAISED } from "../objects/exceptions.js";
import { RAISE, RETURN, type Ctx, type S, unboundLocal } from "./context.js";
import { compileCallSignal } from "./expressions.js";
import { binaryFunction } from "./operators.js";
import { compileStore } from "./targets.js";

/**
 * Statements that take a call's value whole (`f(x)`, `y = f(x)`, `n += f(x)`, `return f(x)`), compiled
 * where a RAISE signal is handled (a plain function's body, a `try` body; see Ctx.raiseSignal): when the
 * called Python function raises, its exception comes back as a RAISE signal, the exception in the frame's
 * `ret`, where a JS throw would cost V8 a stack walk to its handler. The frame stack and traceback are
 * the same either way. Null for any other statement.
 */
export function compileSignalling(s: A.Stmt, cx: Ctx): S | null {
  switch (s.kind) {
    case "Expr": {
      if (s.value.kind !== "Call" || cx.interactive || cx.displayLast?.stmt === s) return null;
      const v = compileCallSignal(s.value, cx);
      return (f) => (v(f) === RAISED ? RAISE : undefined);
    }
    case "Assign": {
      if (s.value.kind !== "Call" || s.targets.length !== 1) return null;
      const v = compileCallSignal(s.value, cx);
      const t = s.targets[0]!;
      const b = t.kind === "Name" ? cx.scope.binding(t.id) : null;
      if (b !== null && b.kind === "fast") {
        const i = b.slot;
        return (f) => {
          const x = v(f);
          if (x === RAISED) return RAISE;
          f.l[i] = x;
          return undefined;
        };
      }
      const store = compileStore(t, cx);
      return (f) => {
        const x = v(f);
        if (x === RAISED) return RAISE;
        store(f, x);
        return undefined;
      };
    }
    case "AugAssign": {
      const t = s.target;
      if (s.value.kind !== "Call" || t.kind !== "Name") return null;
      const b = cx.scope.binding(t.id);
      if (b.kind !== "fast") return null;
      const op = binaryFunction(s.op, true);
      const v = compileCallSignal(s.value, cx);
      const i = b.slot;
      const name = t.id;
      return (f) => {
        const cur = f.l[i];
        if (cur === undefined) throw unboundLocal(name);
        const x = v(f);
        if (x === RAISED) return RAISE;
        f.l[i] = op(cur as PyValue, x);
        return undefined;
      };
    }
    case "Return": {
      if (s.value === null || s.value.kind !== "Call") return null;
      const v = compileCallSignal(s.value, cx);
      return (f) => {
        const x = v(f);
        if (x === RAISED) return RAISE;
        f.ret = x;
        return RETURN;
      };
    }
    default:
      return null;
  }
}
