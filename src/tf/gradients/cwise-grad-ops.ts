/**
 * The element-wise gradient ops of math_ops.cc and nn_ops.cc that the gradient functions of Sqrt,
 * Rsqrt, Reciprocal, Relu6 and LeakyRelu build: SqrtGrad, RsqrtGrad, ReciprocalGrad
 * (UNARY_GRADIENT_COMPLEX: `y`, `dy` → `z`, UnchangedShape), Relu6Grad and LeakyReluGrad
 * (`gradients`, `features` → `backprops`, MergeBothInputsShapeFn).
 */
import * as d from "../dtypes.js";
import type { Tensor } from "../tensor.js";
import type { OpInput } from "../ops/convert.js";
import { mergeShape } from "../ops/infer-context.js";
import { arg, opDef, typeAttr } from "../ops/op-def.js";
import { applyOp1 } from "../ops/op-library.js";
import { unchangedShape } from "../ops/shape-fns.js";
import * as T from "../ops/type-sets.js";

const unaryGradient = (name: string) =>
  opDef(name, [arg("y"), arg("dy")], [{ name: "z", typeAttr: "T" }], [typeAttr("T", T.UNARY_COMPLEX_TYPES)], unchangedShape);

export const CWISE_GRAD_OPS = {
  SqrtGrad: unaryGradient("SqrtGrad"),
  RsqrtGrad: unaryGradient("RsqrtGrad"),
  ReciprocalGrad: unaryGradient("ReciprocalGrad"),
  Relu6Grad: opDef("Relu6Grad", [arg("gradients"), arg("features")], [{ name: "backprops", typeAttr: "T" }],
    [typeAttr("T", T.REAL_NUMBER_TYPES)], (c) => [mergeShape(c.inputs[0]!, c.inputs[1]!)]),
  LeakyReluGrad: opDef("LeakyReluGrad", [arg("gradients"), arg("features")], [{ name: "backprops", typeAttr: "T" }],
    [{ name: "alpha", kind: "float", default: 0.2 }, typeAttr("T", [d.float16, d.bfloat16, d.float32, d.float64], d.float32)],
    (c) => [mergeShape(c.inputs[0]!, c.inputs[1]!)]),
} as const;

/** gen_math_ops.sqrt_grad, rsqrt_grad, reciprocal_grad. */
export const sqrtGrad = (y: OpInput, dy: OpInput): Tensor => applyOp1(CWISE_GRAD_OPS.SqrtGrad, null, { y, dy });
export const rsqrtGrad = (y: OpInput, dy: OpInput): Tensor => applyOp1(CWISE_GRAD_OPS.RsqrtGrad, null, { y, dy });
export const reciprocalGrad = (y: OpInput, dy: OpInput): Tensor => applyOp1(CWISE_GRAD_OPS.ReciprocalGrad, null, { y, dy });
/** gen_nn_ops.relu6_grad, leaky_relu_grad. */
export const relu6Grad = (gradients: OpInput, features: OpInput): Tensor => applyOp1(CWISE_GRAD_OPS.Relu6Grad, null, { gradients, features });
export const leakyReluGrad = (gradients: OpInput, features: OpInput, alpha: number): Tensor =>
  applyOp1(CWISE_GRAD_OPS.LeakyReluGrad, null, { gradients, features }, { alpha });
