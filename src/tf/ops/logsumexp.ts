/**
 * math_ops.py `reduce_logsumexp` (TF 1.15 math_ops.py 1976-2033): log(sum(exp(x - max))) + max under a
 * `ReduceLogSumExp` scope, the max kept out of the gradient and replaced by 0 where it is not finite,
 * with `IsFinite` (math_ops.cc) for that test. The ops and their order are TF's, so are their names.
 */
import * as d from "../dtypes.js";
import type { Tensor } from "../tensor.js";
import { zerosLike, reshape, shape } from "./array.js";
import { type OpInput, convertToTensor } from "./convert.js";
import { stopGradient } from "./loss-math.js";
import { MATH_OPS, exp, log, reduceMax, reduceSum } from "./math.js";
import { opDef, typeAttr } from "./op-def.js";
import { applyOp1 } from "./op-library.js";
import { withNameScope } from "./scope.js";
import { select } from "./select.js";
import { unchangedShape } from "./shape-fns.js";

export const IS_FINITE_OP = opDef("IsFinite", [{ name: "x", typeAttr: "T" }], [{ name: "y", type: d.bool }],
  [typeAttr("T", [d.bfloat16, d.float16, d.float32, d.float64])], unchangedShape);

/** `gen_math_ops.is_finite(x, name=None)`. */
export const isFinite = (x: OpInput, name: string | null = null): Tensor => applyOp1(IS_FINITE_OP, name, { x });

/** `tf.reduce_logsumexp(input_tensor, axis=None, keepdims=False, name=None)`. */
export function reduceLogSumExp(input: OpInput, axis: OpInput | null, keepdims: boolean, name: string | null = null): Tensor {
  const x = convertToTensor(input);
  return withNameScope(name, "ReduceLogSumExp", [x], () => {
    const rawMax = reduceMax(x, { axis, keepdims: true });
    let myMax = stopGradient(select(isFinite(rawMax), rawMax, zerosLike(rawMax)));
    let result = log(reduceSum(exp(applyOp1(MATH_OPS.Sub, null, { x, y: myMax })), { axis, keepdims }));
    if (!keepdims) myMax = reshape(myMax, shape(result));
    result = applyOp1(MATH_OPS.Add, null, { x: result, y: myMax });
    // _may_reduce_to_scalar
    if (!result.shape.isFullyDefined() && !keepdims && axis === null) result.setShape([]);
    return result;
  });
}
