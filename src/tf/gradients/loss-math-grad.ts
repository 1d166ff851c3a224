/**
 * Gradient functions (math_grad.py, TF 1.15) of the ops `tf.losses` builds beyond the basic
 * arithmetic: SquaredDifference, DivNoNan, Log1p, Maximum/Minimum and Select, building TF's ops in
 * TF's order so their names are TF's. `op.skip_input_indices` exists only under eager backprop: graph
 * mode takes the full computation.
 */
import { constant, type OpInput } from "../ops/convert.js";
import { reshape, shape, zeros, zerosLike } from "../ops/array.js";
import { LOSS_MATH_OPS } from "../ops/loss-math.js";
import { greaterEqual, lessEqual, reduceSum, tensorNeg, tensorOperator } from "../ops/math.js";
import { applyOp1 } from "../ops/op-library.js";
import { pyFloat, pyInt } from "../ops/pyvalue.js";
import type { Tensor } from "../tensor.js";
import { GRAD_OPS, broadcastGradientArgs, select } from "./grad-ops.js";
import { mul, reduceTo, shapesEqual, smartBroadcastGradientArgs, withControl } from "./math-grad.js";
import { registerGradient } from "./registry.js";

const divNoNan = (x: OpInput, y: OpInput): Tensor => applyOp1(LOSS_MATH_OPS.DivNoNan, null, { x, y });

// _SquaredDifferenceGrad: x_grad = scalar_mul(2.0, grad) * (x - y) under grad's control; -x_grad for y.
registerGradient("SquaredDifference", (op, [grad]) => {
  const [x, y] = op.inputs as [Tensor, Tensor];
  const g = grad!;
  const xGrad = withControl([g], () => {
    // math_ops.scalar_mul: the scalar converted as `scalar` in g's dtype, then gen_math_ops.mul.
    const two = constant(pyFloat(2.0), g.dtype.baseDtype, null, "scalar");
    return tensorOperator("mul", mul(two, g), tensorOperator("sub", x, y));
  });
  if (shapesEqual(x, y, g)) return [xGrad, tensorNeg(xGrad)];
  const [sx, sy] = smartBroadcastGradientArgs(x, y, g);
  const gx = sx.must ? reduceTo(xGrad, sx) : xGrad;
  return [gx, sy.must ? tensorNeg(reduceTo(xGrad, sy)) : tensorNeg(xGrad)];
});

// _DivNoNanGrad with forward_compatible(2019, 9, 14) False (1.15): the `grad * ...` form.
registerGradient("DivNoNan", (op, [grad]) => {
  const [x, y] = op.inputs as [Tensor, Tensor];
  const g = grad!;
  const sx = shape(x), sy = shape(y);
  const [rx, ry] = broadcastGradientArgs(sx, sy);
  // math_ops.conj of a real tensor returns it unchanged.
  const gx = reshape(reduceSum(divNoNan(g, y), { axis: rx }), sx);
  const gy = reshape(reduceSum(tensorOperator("mul", g, divNoNan(divNoNan(tensorNeg(x), y), y)), { axis: ry }), sy);
  return [gx, gy];
});

// _Log1pGrad (forward_compatible False): grad * reciprocal(1 + x), under grad's control.
registerGradient("Log1p", (op, [grad]) => {
  const x = op.inputs[0]!;
  return withControl([grad!], () => {
    const onePlus = tensorOperator("add", x, pyInt(1), true);
    return [tensorOperator("mul", grad!, applyOp1(GRAD_OPS.Reciprocal, null, { x: onePlus }))];
  });
});

// _MaximumMinimumGrad: zeros of grad's shape, the selector mask, and Select on each side.
function maximumMinimumGrad(selector: (x: OpInput, y: OpInput) => Tensor) {
  return (op: { inputs: readonly Tensor[] }, [grad]: readonly (Tensor | null)[]) => {
    const [x, y] = op.inputs as [Tensor, Tensor];
    const g = grad!;
    const sx = shape(x), sy = shape(y);
    const gradShape = shape(g);
    const z = zeros(gradShape, g.dtype);
    const xmask = selector(x, y);
    const [rx, ry] = broadcastGradientArgs(sx, sy);
    const gx = reshape(reduceSum(select(xmask, g, z), { axis: rx }), sx);
    const gy = reshape(reduceSum(select(xmask, z, g), { axis: ry }), sy);
    return [gx, gy];
  };
}
registerGradient("Maximum", maximumMinimumGrad((x, y) => greaterEqual(x, y)));
registerGradient("Minimum", maximumMinimumGrad((x, y) => lessEqual(x, y)));

// _SelectGrad: no gradient for the condition; grad where it holds for t, elsewhere for e.
registerGradient("Select", (op, [grad]) => {
  const [c, x] = op.inputs as [Tensor, Tensor];
  const z = zerosLike(x);
  return [null, select(c, grad!, z), select(c, z, grad!)];
});
