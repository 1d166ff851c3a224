/**
 * The rounding and reciprocal ops of math_ops.cc that tf.floor, tf.ceil, tf.round, tf.rint,
 * tf.rsqrt and tf.reciprocal build (gen_math_ops wrappers, no scope of their own; tf.round is
 * math_ops.py's wrapper returning an integer input unchanged).
 */
import * as d from "../dtypes.js";
import type { Tensor } from "../tensor.js";
import { type OpInput, convertToTensor } from "./convert.js";
import { opDef, arg, typeAttr } from "./op-def.js";
import { applyOp1 } from "./op-library.js";
import { unchangedShape } from "./shape-fns.js";
import * as T from "./type-sets.js";

const unary = (name: string, allowed: readonly d.DType[]) =>
  opDef(name, [arg("x")], [{ name: "y", typeAttr: "T" }], [typeAttr("T", allowed)], unchangedShape);
// math_ops.cc: Floor, Ceil and Rint take `{bfloat16, half, float, double}`; Round is UNARY();
// Rsqrt UNARY_COMPLEX(); Reciprocal UNARY().
const REAL = [d.bfloat16, d.float16, d.float32, d.float64];

export const UNARY_MATH_OPS = {
  Floor: unary("Floor", REAL),
  Ceil: unary("Ceil", REAL),
  Rint: unary("Rint", REAL),
  Round: unary("Round", T.UNARY_TYPES),
  Rsqrt: unary("Rsqrt", T.UNARY_COMPLEX_TYPES),
  Reciprocal: unary("Reciprocal", T.UNARY_TYPES),
} as const;

export const floor = (x: OpInput, name: string | null = null): Tensor => applyOp1(UNARY_MATH_OPS.Floor, name, { x });
export const ceil = (x: OpInput, name: string | null = null): Tensor => applyOp1(UNARY_MATH_OPS.Ceil, name, { x });
export const rint = (x: OpInput, name: string | null = null): Tensor => applyOp1(UNARY_MATH_OPS.Rint, name, { x });
export const rsqrt = (x: OpInput, name: string | null = null): Tensor => applyOp1(UNARY_MATH_OPS.Rsqrt, name, { x });
export const reciprocal = (x: OpInput, name: string | null = null): Tensor => applyOp1(UNARY_MATH_OPS.Reciprocal, name, { x });

/** `tf.round(x, name=None)` (math_ops.py 620-643): x converted as `x` (no scope), an integer tensor
 *  returned as is, else gen_math_ops.round. */
export function round(x: OpInput, name: string | null = null): Tensor {
  const t = convertToTensor(x, { name: "x" });
  if (t.dtype.isInteger) return t;
  return applyOp1(UNARY_MATH_OPS.Round, name, { x: t });
}
