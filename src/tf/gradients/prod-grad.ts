/**
 * math_grad.py 254-299 `_ProdGrad` (TF 1.15): the product of the other entries as two exclusive
 * cumprods over the reduced dims moved first (ListDiff for the other dims, the shape ops under
 * `/cpu:0`), so zeros in the input are handled; TF's ops in TF's order.
 */
import * as d from "../dtypes.js";
import { getDefaultGraph } from "../context.js";
import { Unsupported } from "../errors.js";
import { concat, gather, rank, reshape, shape, tile, transpose } from "../ops/array.js";
import { cast, range, reduceProd, tensorOperator } from "../ops/math.js";
import { pyInt, pyList, pyTuple } from "../ops/pyvalue.js";
import type { Tensor } from "../tensor.js";
import { cumprod, invertPermutation, setdiff1d } from "./array-grad-ops.js";
import { reducedShape, safeShapeDiv } from "./math-grad.js";
import { registerGradient } from "./registry.js";
import "./kernel-fold.js";

const asT = (t: Tensor) => ({ kind: "tensor", value: t }) as const;

registerGradient("Prod", (op, [g]) => {
  const x = op.inputs[0]!;
  if (x.dtype.isComplex) throw new Unsupported("the gradient of Prod of a complex tensor (conj)");
  const inputShape = shape(x);
  let reductionIndices = reshape(op.inputs[1]!, pyList([pyInt(-1)]));
  const kept = reducedShape(inputShape, op.inputs[1]!);
  const scaling = safeShapeDiv(inputShape, kept);
  let grad = reshape(g!, kept);
  grad = tile(grad, scaling);
  const dev = getDefaultGraph().device("/cpu:0");
  let perm: Tensor, reducedNum: Tensor, otherNum: Tensor;
  dev.enter();
  try {
    const r = rank(x);
    reductionIndices = tensorOperator("mod", tensorOperator("add", reductionIndices, r), r);
    const reduced = cast(reductionIndices, d.int32);
    const idx = range(pyInt(0), r);
    const [other] = setdiff1d(idx, reduced);
    perm = concat([reduced, other!], pyInt(0));
    reducedNum = reduceProd(gather(inputShape, reduced));
    otherNum = reduceProd(gather(inputShape, other!));
  } finally {
    dev.exit();
  }
  const permuted = transpose(x, perm);
  const permutedShape = shape(permuted);
  const reshaped = reshape(permuted, pyTuple([asT(reducedNum), asT(otherNum)]));
  const left = cumprod(reshaped, 0, true, false);
  const right = cumprod(reshaped, 0, true, true);
  // math_ops.conj of a real tensor is the tensor itself.
  const y = reshape(tensorOperator("mul", left, right), permutedShape);
  const out = tensorOperator("mul", grad, transpose(y, invertPermutation(perm)));
  return [reshape(out, inputShape), null];
});
