/**
 * The math ops TF 1.15's `tf.losses` (losses_impl.py) builds beyond the basic arithmetic:
 * SquaredDifference, DivNoNan and Log1p (math_ops.cc), StopGradient (array_ops.cc), with their Python
 * wrappers' scopes and checks (math_ops.py `div_no_nan`, array_ops.py `stop_gradient`).
 */
import * as d from "../dtypes.js";
import type { Tensor } from "../tensor.js";
import { type OpInput, convertToTensor } from "./convert.js";
import { arg, opDef, typeAttr } from "./op-def.js";
import { applyOp1 } from "./op-library.js";
import { withNameScope } from "./scope.js";
import { broadcastBinaryShape, unchangedShape } from "./shape-fns.js";
import * as T from "./type-sets.js";

/** math_ops.cc BINARY_FEWER (SquaredDifference). */
const BINARY_FEWER = [d.bfloat16, d.float16, d.float32, d.float64, d.int32, d.int64, d.complex64, d.complex128];

export const LOSS_MATH_OPS = {
  SquaredDifference: opDef("SquaredDifference", [arg("x"), arg("y")], [{ name: "z", typeAttr: "T" }],
    [typeAttr("T", BINARY_FEWER)], broadcastBinaryShape),
  DivNoNan: opDef("DivNoNan", [arg("x"), arg("y")], [{ name: "z", typeAttr: "T" }],
    [typeAttr("T", [d.float16, d.float32, d.float64, d.complex64, d.complex128])], broadcastBinaryShape),
  Log1p: opDef("Log1p", [arg("x")], [{ name: "y", typeAttr: "T" }], [typeAttr("T", T.UNARY_COMPLEX_TYPES)], unchangedShape),
  StopGradient: opDef("StopGradient", [arg("input")], [{ name: "output", typeAttr: "T" }], [typeAttr("T")], unchangedShape),
} as const;

/** `tf.squared_difference`: gen_math_ops.squared_difference itself, no scope of its own. */
export const squaredDifference = (x: OpInput, y: OpInput, name: string | null = null): Tensor =>
  applyOp1(LOSS_MATH_OPS.SquaredDifference, name, { x, y });

/** `tf.log1p`: gen_math_ops.log1p. */
export const log1p = (x: OpInput, name: string | null = null): Tensor => applyOp1(LOSS_MATH_OPS.Log1p, name, { x });

/** `tf.stop_gradient`: gen_array_ops.stop_gradient. */
export const stopGradient = (input: OpInput, name: string | null = null): Tensor =>
  applyOp1(LOSS_MATH_OPS.StopGradient, name, { input });

/** `tf.div_no_nan` (math_ops.py 1095-1118): x, then y converted to x's dtype (so its dtype check,
 *  after that conversion, cannot fail), under `div_no_nan`. */
export function divNoNan(x: OpInput, y: OpInput, name: string | null = null): Tensor {
  return withNameScope(name, "div_no_nan", [x, y], (scope) => {
    const tx = convertToTensor(x, { name: "x" });
    const ty = convertToTensor(y, { dtype: tx.dtype.baseDtype, name: "y" });
    return applyOp1(LOSS_MATH_OPS.DivNoNan, scope, { x: tx, y: ty });
  });
}
