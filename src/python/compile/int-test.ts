/**
 * The test of an `if` or `while` computed inline while a local holds an int: `n < 2`, `j & 1`,
 * `i % 3 == 0` (a fast local, an int operator with an int literal, and optionally a comparison of that
 * result with another int literal). Otherwise, and whenever the inline form does not apply (an unbound
 * local, a non-int, a result intOp leaves to the operator's slow path), the test's own compiled closure
 * runs and does what it always does: the inline part has no effect to repeat.
 */
import type * as A from "../ast.js";
import type { Frame } from "../frame.js";
import type { Ctx, E } from "./context.js";
import { fastSlot, intBinCode, intCmpCode, intFused, intOp, literal } from "./operands.js";
import { isTrue } from "./operators.js";

/** A test with an inline int form: a class, so a statement calls `holds` at a fixed target. */
export class IntTest {
  constructor(
    /** The test's compiled closure. */
    private readonly t: E,
    private readonly slot: number,
    private readonly code: number,
    private readonly k: number,
    /** A comparison of the first operation's result with `k2`, or 0 for none. */
    private readonly code2: number,
    private readonly k2: number,
    /** The test node: the traceback position its closure leaves after an int comparison. */
    private readonly node: A.Expr,
  ) {}

  /** Whether the test is true (its truth value, as `isTrue(t(f))`). */
  holds(f: Frame): boolean {
    const v = f.l[this.slot];
    if (typeof v === "number") {
      f.pos = this.node;
      const r = intOp(this.code, v, this.k);
      if (r !== undefined) {
        if (this.code2 === 0) return r !== false && r !== 0;
        return intOp(this.code2, r as number, this.k2) as boolean;
      }
    }
    return isTrue(this.t(f));
  }
}

/** The IntTest of test `e` (compiled to `t`), or null when it has no inline form. */
export function intTest(e: A.Expr, t: E, cx: Ctx): IntTest | null {
  const d = intFused(e, cx);
  if (d !== null) return new IntTest(t, d.slot, d.code, d.k, 0, 0, e);
  // `local op k1 cmp k2`: the left operand an int operation intFused computes, the right an int literal.
  if (e.kind !== "Compare" || e.ops.length !== 1 || e.left.kind !== "BinOp") return null;
  const inner = e.left;
  const slot = fastSlot(inner.left, cx);
  const k1 = literal(inner.right);
  const k2 = literal(e.comparators[0]!);
  const code = intBinCode(inner.op);
  const code2 = intCmpCode(e.ops[0]!);
  if (slot < 0 || typeof k1 !== "number" || typeof k2 !== "number" || code === 0 || code2 === 0) return null;
  return new IntTest(t, slot, code, k1, code2, k2, e);
}
