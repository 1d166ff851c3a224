import type * as A from "../ast.js";
import type { PyValue } from "../objects/base.js";
import type { Ctx, E } from "./context.js";
import { constValue } from "./expressions.js";

/** Operand fusion: an operator whose operands are fast locals or literals reads them inline instead of
 * through their own closures, which saves two indirect calls per `n - 1` or `i < n`. The operand's
 * compiled closure still runs when a local is unbound, so it raises its usual UnboundLocalError. */

/** The slot of a function's plain local variable (not a cell), or -1. */
export function fastSlot(e: A.Expr, cx: Ctx): number {
  if (e.kind !== "Name") return -1;
  const b = cx.scope.binding(e.id);
  return b.kind === "fast" ? b.slot : -1;
}

/** The value of a literal operand (complex literals excluded: they are unsupported), or undefined. */
export function literal(e: A.Expr): PyValue | undefined {
  return e.kind === "Constant" && e.value.type !== "complex" ? constValue(e.value) : undefined;
}

/** `op(left, right)` with `node` as the traceback position, operands fused where they allow it. */
export function compileBinary(
  node: A.Expr,
  left: A.Expr,
  right: A.Expr,
  l: E,
  r: E,
  op: (a: PyValue, b: PyValue) => PyValue,
  cx: Ctx,
): E {
  const li = fastSlot(left, cx);
  const ri = fastSlot(right, cx);
  const rc = literal(right);
  if (li >= 0 && rc !== undefined)
    return (f) => {
      const a = (f.l[li] as PyValue | undefined) ?? l(f);
      f.pos = node;
      return op(a, rc);
    };
  if (li >= 0 && ri >= 0)
    return (f) => {
      const a = (f.l[li] as PyValue | undefined) ?? l(f);
      const b = (f.l[ri] as PyValue | undefined) ?? r(f);
      f.pos = node;
      return op(a, b);
    };
  if (rc !== undefined)
    return (f) => {
      const a = l(f);
      f.pos = node;
      return op(a, rc);
    };
  if (ri >= 0)
    return (f) => {
      const a = l(f);
      const b = (f.l[ri] as PyValue | undefined) ?? r(f);
      f.pos = node;
      return op(a, b);
    };
  return (f) => {
    const a = l(f);
    const b = r(f);
    f.pos = node;
    return op(a, b);
  };
}
