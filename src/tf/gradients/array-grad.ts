/**
 * Gradient functions of array_grad.py (TF 1.15) for the shape and slicing ops: Pack, Unpack,
 * ConcatV2, Slice, StridedSlice, Split, SplitV, ExpandDims, Squeeze, Transpose, Tile, Pad and PadV2,
 * building TF's ops in TF's order so their names are TF's. GatherV2's gradient is an IndexedSlices,
 * which tfscope's optimizers do not apply: it stays refused by name (`gradient of GatherV2`).
 */
import { Unsupported } from "../errors.js";
import { concat, rank, reshape, shape, size, stack, transpose } from "../ops/array.js";
import { range, reduceSum, tensorOperator } from "../ops/math.js";
import { padOp } from "../ops/pad.js";
import { diag } from "../ops/diag-cross.js";
import { diagPart } from "../ops/linalg.js";
import { type PyValue, pyInt, pyList } from "../ops/pyvalue.js";
import { slice } from "../ops/slice-op.js";
import { unpack } from "../ops/split.js";
import { reverseV2 } from "../ops/reverse.js";
import type { Operation, Tensor } from "../tensor.js";
import { concatOffset, invertPermutation, shapeN, stridedSliceGrad } from "./array-grad-ops.js";
import { registerGradient } from "./registry.js";
import "./kernel-fold.js";

const ints = (xs: readonly number[]): PyValue => pyList(xs.map((x) => pyInt(x)));

// array_grad.py 40-49.
registerGradient("Pack", (op, [grad]) => [...unpack(grad!, Number(op.getAttr("N")), Number(op.getAttr("axis")), "unstack")]);
registerGradient("Unpack", (op, grads) => [stack(grads as Tensor[], Number(op.getAttr("axis")))]);

/** `_ExtractInputShapes`: Shape per input while each folds to a Const, else one ShapeN of all. */
function extractInputShapes(inputs: readonly Tensor[]): readonly Tensor[] {
  const sizes: Tensor[] = [];
  for (const x of inputs) {
    const s = shape(x);
    if (s.op.type !== "Const") return shapeN(inputs);
    sizes.push(s);
  }
  return sizes;
}

// array_grad.py 52-212 _ConcatGradHelper for a dense gradient: ConcatOffset, then one Slice per input.
registerGradient("ConcatV2", (op, [grad]) => {
  const values = op.inputs.slice(0, -1), axis = op.inputs[op.inputs.length - 1]!;
  const nonNeg = tensorOperator("mod", axis, rank(values[0]!));
  const sizes = extractInputShapes(values);
  if (sizes.length > 16) throw new Unsupported("the gradient of a ConcatV2 of more than 16 tensors (split by sizes)");
  const offsets = concatOffset(nonNeg, sizes);
  return [...offsets.map((begin, i) => slice(grad!, begin, sizes[i]!)), null];
});

// array_grad.py 234-256 _SliceGrad: pad the gradient back to the input's shape.
registerGradient("Slice", (op, [grad]) => {
  const [input, begin] = op.inputs as [Tensor, Tensor];
  const inputRank = rank(input);
  const sliceSize = shape(op.outputs[0]!);
  const s = stack([inputRank, pyInt(1)]);
  const before = reshape(begin, s);
  const after = reshape(tensorOperator("sub", tensorOperator("sub", shape(input), sliceSize), begin), s);
  const paddings = concat([before, after], pyInt(1));
  return [padOp(grad!, paddings), null, null];
});

// array_grad.py 259-282.
registerGradient("StridedSlice", (op, [grad]) => {
  const [, begin, end, strides] = op.inputs as [Tensor, Tensor, Tensor, Tensor];
  const x = shape(op.inputs[0]!, null, begin.dtype);
  const masks: Record<string, unknown> = {};
  for (const m of ["begin_mask", "end_mask", "ellipsis_mask", "new_axis_mask", "shrink_axis_mask"]) masks[m] = op.getAttr(m);
  return [stridedSliceGrad(x, begin, end, strides, grad!, masks), null, null, null];
});

// array_grad.py 304-316.
registerGradient("Split", (op, grads) => [null, concat(grads as Tensor[], op.inputs[0]!)]);
registerGradient("SplitV", (op, grads) => [concat(grads as Tensor[], op.inputs[2]!), null, null]);

// array_grad.py 680-703: the gradient reshaped to the input's shape; transposed by the inverse perm.
const reshapeToInput = (op: Operation, grad: Tensor): Tensor => reshape(grad, shape(op.inputs[0]!));
registerGradient("ExpandDims", (op, [grad]) => [reshapeToInput(op, grad!), null]);
registerGradient("Squeeze", (op, [grad]) => [reshapeToInput(op, grad!)]);
registerGradient("Transpose", (op, [grad]) => [transpose(grad!, invertPermutation(op.inputs[1]!)), null]);

// array_grad.py 725-752 _TileGrad: reshape to interleaved (multiple, dim) pairs, sum the multiples.
registerGradient("Tile", (op, [grad]) => {
  const multiples = op.inputs[1]!;
  const inputShape = shape(op.inputs[0]!, null, multiples.dtype);
  const splitShape = reshape(transpose(stack([multiples, inputShape])), ints([-1]));
  const axes = range(pyInt(0), size(splitShape), pyInt(2));
  const inputGrad = reduceSum(reshape(grad!, splitShape), { axis: axes });
  inputGrad.setShape(op.inputs[0]!.shape);
  return [inputGrad, null];
});

// array_grad.py 758-778 _PadGrad: the input's box sliced out of the gradient.
function padGrad(op: Operation, grad: Tensor): (Tensor | null)[] {
  const [x, a] = op.inputs as [Tensor, Tensor];
  const before = slice(a, ints([0, 0]), stack([rank(x), pyInt(1)]));
  const begin = reshape(before, ints([-1]));
  const sizes = shape(x);
  const xGrad = slice(grad, begin, sizes);
  return op.inputs.length === 3 ? [xGrad, null, null] : [xGrad, null];
}
registerGradient(["Pad", "PadV2"], (op, [grad]) => padGrad(op, grad!));

// array_grad.py 322-329: Diag and DiagPart are each other's gradient.
registerGradient("Diag", (_op, [grad]) => [diagPart(grad!)]);
registerGradient("DiagPart", (_op, [grad]) => [diag(grad!)]);

// array_grad.py _ReverseV2Grad: `array_ops.reverse_v2(grad, axis), None`.
registerGradient("ReverseV2", (op, [grad]) => [reverseV2(grad!, op.inputs[1]!), null]);
