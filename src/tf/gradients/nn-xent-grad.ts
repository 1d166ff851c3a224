/**
 * Gradient functions of nn_grad.py (TF 1.15) for the fused cross-entropy ops, and array_grad.py's
 * PreventGradient, building TF's ops in TF's order.
 */
import { TFError, Unsupported } from "../errors.js";
import { expandDims } from "../ops/array.js";
import { constantValue } from "../ops/constant-value.js";
import { logSoftmaxOp, preventGradient } from "../ops/nn-xent.js";
import { tensorNeg, tensorOperator } from "../ops/math.js";
import { pyInt } from "../ops/pyvalue.js";
import type { Tensor } from "../tensor.js";
import { registerGradient } from "./registry.js";

/** nn_grad.py `_BroadcastMul(vec, mat)`: `expand_dims(vec, -1) * mat`. */
const broadcastMul = (vec: Tensor, mat: Tensor): Tensor => tensorOperator("mul", expandDims(vec, pyInt(-1)), mat);

/** `IsZero(g)` of _SoftmaxCrossEntropyWithLogitsGrad: a ZerosLike/Zeros op, or a constant of zeros. */
function isZero(g: Tensor): boolean {
  if (g.op.type === "ZerosLike" || g.op.type === "Zeros") return true;
  const v = constantValue(g);
  return v !== null && v.numbers().every((x) => x === 0);
}

registerGradient("SoftmaxCrossEntropyWithLogits", (op, [gradLoss, gradGrad]) => {
  const grad = broadcastMul(gradLoss!, op.outputs[1]!);
  // The backprop output's gradient: gradients_util fills an unused one with ZerosLike, which is zero.
  if (gradGrad !== null && gradGrad !== undefined && !isZero(gradGrad)) {
    throw new Unsupported("the second derivative of softmax_cross_entropy_with_logits");
  }
  return [grad, broadcastMul(gradLoss!, tensorNeg(logSoftmaxOp(op.inputs[0]!)))];
});

registerGradient("SparseSoftmaxCrossEntropyWithLogits", (op, [grad0]) => {
  const message = "Currently there is no way to take the second derivative of sparse_softmax_cross_entropy_with_logits due to "
    + "the fused implementation's interaction with tf.gradients()";
  return [broadcastMul(grad0!, preventGradient(op.outputs[1]!, message)), null];
});

// array_grad.py _PreventGradientGrad.
registerGradient("PreventGradient", (op) => {
  throw new TFError("LookupError", `Gradient explicitly disabled. Reason: ${String(op.getAttr("message"))}`);
});
