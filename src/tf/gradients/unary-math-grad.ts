/**
 * Gradient functions of math_grad.py (TF 1.15) for Sqrt, Rsqrt, Reciprocal (their *Grad ops on the
 * op's output), Sign (zeros), Floor/Ceil/Round/Rint (None: TF registers functions returning None) and
 * Max/Min (`_MinOrMaxGrad`: the gradient shared among the selected elements) and Cross, building TF's
 * ops in TF's order so their names are TF's.
 */
import { reshape, shape, zeros } from "../ops/array.js";
import { cross } from "../ops/diag-cross.js";
import { cast, equal, reduceSum, tensorOperator } from "../ops/math.js";
import type { Tensor } from "../tensor.js";
import { reciprocalGrad, rsqrtGrad, sqrtGrad } from "./cwise-grad-ops.js";
import { reducedShape } from "./math-grad.js";
import { registerGradient } from "./registry.js";
import "./kernel-fold.js";

// math_grad.py 568-571, 587-591, 531-535: the *Grad op of the output and the incoming gradient.
registerGradient("Sqrt", (op, [grad]) => [sqrtGrad(op.outputs[0]!, grad!)]);
registerGradient("Rsqrt", (op, [grad]) => [rsqrtGrad(op.outputs[0]!, grad!)]);
registerGradient(["Reciprocal", "Inv"], (op, [grad]) => [reciprocalGrad(op.outputs[0]!, grad!)]);

// math_grad.py 978-982 _SignGrad: `array_ops.zeros(array_ops.shape(x), dtype=x.dtype)`.
registerGradient("Sign", (op) => {
  const x = op.inputs[0]!;
  return [zeros(shape(x), x.dtype.baseDtype)];
});

// math_grad.py 1651-1669: Floor, Ceil, Round and Rint have gradient functions returning [None].
registerGradient(["Floor", "Ceil", "Round", "Rint"], () => [null]);

// math_grad.py 204-220 _MinOrMaxGrad.
function minOrMaxGrad(op: { inputs: readonly Tensor[]; outputs: readonly Tensor[] }, g: Tensor): (Tensor | null)[] {
  const inputShape = shape(op.inputs[0]!);
  const kept = reducedShape(inputShape, op.inputs[1]!);
  const y = reshape(op.outputs[0]!, kept);
  const grad = reshape(g, kept);
  const indicators = cast(equal(y, op.inputs[0]!), grad.dtype);
  const numSelected = reshape(reduceSum(indicators, { axis: op.inputs[1]! }), kept);
  return [tensorOperator("mul", tensorOperator("truediv", indicators, numSelected), grad), null];
}
registerGradient(["Max", "Min"], (op, [grad]) => minOrMaxGrad(op, grad!));

// math_grad.py 1809-1813 _CrossGrad: (cross(v, grad), cross(grad, u)).
registerGradient("Cross", (op, [grad]) => [cross(op.inputs[1]!, grad!), cross(grad!, op.inputs[0]!)]);
