/**
 * What flows along graph edges while a Session runs: arrays, references to RefVariable storage
 * (VariableV2's ref output), and resource handles (VarHandleOp's output).
 */
import type { DType as NpDType } from "../../numpy/dtype.js";
import type { NDArray } from "../../numpy/ndarray.js";

/**
 * Why a value's digits may not be TF's, as bits: RANDOM when it depends on an unseeded or approximate
 * random draw, INEXACT when it went through float math TF rounds differently (Eigen's vectorised
 * transcendental functions, matrix-product accumulation order).
 */
export type Taint = number;
export const RANDOM: Taint = 1;
export const INEXACT: Taint = 2;

/** The storage behind one VariableV2 in one session; `value` is null until first assigned. */
export class RefSlot {
  value: NDArray | null = null;
  /** The taint of the stored value. */
  taint: Taint = 0;
  /**
   * @param declared the variable's `shape` attr when fully defined: VariableOp gives its still
   * uninitialized tensor this shape, which Assign's validate_shape compares against.
   */
  constructor(readonly dtype: NpDType, readonly declared: readonly number[] | null) {}
}

export interface RefValue {
  readonly kind: "ref";
  readonly slot: RefSlot;
  /**
   * Set on a variable's snapshot (`v/read`): TF's Identity of a ref shares the variable's buffer,
   * which Assign updates in place, so each consumer sees the value when it runs. The snapshot as
   * first read, to tell an assignment that replaced the buffer (another element count).
   */
  readonly alias?: NDArray;
}

/** A resource handle: the container and shared name of a ResourceVariable. */
export interface HandleValue {
  readonly kind: "handle";
  readonly container: string;
  readonly name: string;
}

/** The output of an untaken control-flow branch (Switch's dead output), which kills its consumers until a Merge. */
export const DEAD: unique symbol = Symbol("dead");

export type Value = NDArray | RefValue | HandleValue | typeof DEAD;

export function isRef(v: Value): v is RefValue {
  return v !== DEAD && (v as RefValue).kind === "ref";
}

export function isHandle(v: Value): v is HandleValue {
  return v !== DEAD && (v as HandleValue).kind === "handle";
}
