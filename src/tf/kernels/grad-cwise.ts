/**
 * Kernels of the element-wise gradient ops (cwise_ops_gradients.h, relu_op_functor.h) and of Rint
 * (cwise_op_rint.cc: std::rint, round half to even). Each step is rounded to T as Eigen's scalar
 * functor rounds it; where Eigen's packet functor multiplies in another order (SqrtGrad, RsqrtGrad),
 * the kernel is marked inexact.
 */
import { type DType, coerce } from "../../numpy/dtype.js";
import { NDArray } from "../../numpy/ndarray.js";
import { unary } from "../../numpy/elementwise.js";
import { TFError } from "../errors.js";
import { type KernelContext, attr, registerKernel } from "./registry.js";

const arr = (ctx: KernelContext, i: number) => ctx.inputs[i] as NDArray;

function pairwise(type: string, f: (a: number, b: number, dt: DType, ctx: KernelContext) => number, inexact = false): void {
  registerKernel(type, {
    inexact,
    compute: (ctx) => {
      const a = arr(ctx, 0), b = arr(ctx, 1);
      if (a.shape.join(",") !== b.shape.join(",")) {
        // cwise_ops_common.h SimpleBinaryOp; numeric_op.h BinaryElementWiseOp (ValidateInputsAreSameShape).
        throw new TFError("InvalidArgumentError", type.endsWith("ReluGrad") || type === "Relu6Grad"
          ? `Inputs to operation ${ctx.op.name} of type ${type} must have the same size and shape.  Input 0: [${a.shape.join(",")}] != input 1: [${b.shape.join(",")}]`
          : `The two arguments to a cwise op must have same number of elements, got ${a.size} and ${b.size}`);
      }
      const av = a.numbers(), bv = b.numbers();
      return [new NDArray(a.dtype, a.shape, av.map((v, i) => coerce(a.dtype, f(v, bv[i]!, a.dtype, ctx))))];
    },
  });
}

// The packet forms (most elements): sqrt: mul_no_nan(0.5 / y, dy); rsqrt: mul_no_nan(-0.5 * (y * y),
// mul_no_nan(y, dy)); inverse: mul_no_nan(-(y * y), dy), the same as the scalar form.
pairwise("SqrtGrad", (y, dy, dt) => (dy === 0 ? 0 : coerce(dt, 0.5 / y) * dy), true);
pairwise("RsqrtGrad", (y, dy, dt) => (dy === 0 ? 0 : coerce(dt, -0.5 * coerce(dt, y * y)) * coerce(dt, y * dy)), true);
pairwise("ReciprocalGrad", (y, dy, dt) => (dy === 0 ? 0 : coerce(dt, -(y * y)) * dy));
// relu_op_functor.h Relu6Grad: gradients * ((features > 0) * (features < 6)).
pairwise("Relu6Grad", (g, x) => (x > 0 && x < 6 ? g : 0 * g));
// LeakyReluGrad: (features > 0).select(gradients, gradients * alpha), alpha cast to T.
pairwise("LeakyReluGrad", (g, x, dt, ctx) => (x > 0 ? g : g * coerce(dt, attr<number>(ctx.op, "alpha"))));
// LeakyRelu: (features > 0).select(features, features * alpha)... relu_op_functor.h LeakyRelu.
registerKernel("LeakyRelu", {
  compute: (ctx) => {
    const a = arr(ctx, 0);
    const alpha = coerce(a.dtype, attr<number>(ctx.op, "alpha"));
    return [unary(a, a.dtype, (x) => (x > 0 ? x : x * alpha))];
  },
});

// std::rint keeps the sign of a zero result (-0.5 → -0.0).
const rint = (x: number) => {
  const f = Math.floor(x), r = x - f;
  const v = r > 0.5 || (r === 0.5 && f % 2 !== 0) ? f + 1 : f;
  return v === 0 && (x < 0 || Object.is(x, -0)) ? -0 : v;
};
registerKernel("Rint", { compute: (ctx) => { const a = arr(ctx, 0); return [unary(a, a.dtype, rint)]; } });
