import type * as A from "../ast.js";
import type { Frame } from "../frame.js";
import type { PyValue } from "../objects/base.js";
import type { Ctx, E } from "./context.js";
import { fastSlot, intFused, intOp } from "./operands.js";

/**
 * One positional argument of a plain call (no `*`, no keywords), evaluated by `value`: a class, so a call
 * site calls it at a fixed target (which V8 inlines) instead of reading a closure out of an array. A
 * plain local (`f(x)`) is read inline and an int operation on one (`f(n - 1)`, see intFused) computed
 * inline. Otherwise, and whenever the inline form does not apply (an unbound local, a non-int, a result
 * leaving the exact range), the argument's own compiled closure runs and does what it always does.
 */
export class CallArg {
  constructor(
    /** The argument's compiled closure. */
    readonly e: E,
    /** 0: run `e`; 1: a fast local's slot read inline; 2: an int operation on a fast local. */
    private readonly how: number,
    private readonly slot: number,
    private readonly code: number,
    private readonly k: number,
    /** The argument node, the traceback position while an inline operation runs (as its closure's). */
    private readonly node: A.Expr,
  ) {}

  value(f: Frame): PyValue {
    const how = this.how;
    if (how === 1) {
      const v = f.l[this.slot] as PyValue | undefined;
      if (v !== undefined) return v;
    } else if (how === 2) {
      const v = f.l[this.slot];
      if (typeof v === "number") {
        f.pos = this.node;
        const r = intOp(this.code, v, this.k);
        if (r !== undefined) return r;
      }
    }
    return this.e(f);
  }
}

/** The CallArg of argument `a`, whose compiled closure is `e`. */
export function callArg(a: A.Expr, e: E, cx: Ctx): CallArg {
  const slot = fastSlot(a, cx);
  if (slot >= 0) return new CallArg(e, 1, slot, 0, 0, a);
  const d = intFused(a, cx);
  if (d !== null) return new CallArg(e, 2, d.slot, d.code, d.k, a);
  return new CallArg(e, 0, -1, 0, 0, a);
}
