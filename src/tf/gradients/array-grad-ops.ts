/**
 * The array ops of array_ops.cc that array_grad.py's gradient functions build: InvertPermutation
 * (Transpose), ConcatOffset and ShapeN (ConcatV2), StridedSliceGrad (StridedSlice); and ListDiff and
 * Cumprod (math_ops.cc), which math_grad.py's _ProdGrad builds; with TF 1.15's registrations and
 * shape functions.
 */
import * as d from "../dtypes.js";
import type { Tensor } from "../tensor.js";
import type { OpInput } from "../ops/convert.js";
import { withRank } from "../ops/infer-context.js";
import { arg, fixedArg, opDef, typeAttr } from "../ops/op-def.js";
import { applyOp as applyOpDef, applyOp1 } from "../ops/op-library.js";
import * as T from "../ops/type-sets.js";
import { pyInt } from "../ops/pyvalue.js";
import { withNameScope } from "../ops/scope.js";

const mask = (name: string) => ({ name, kind: "int", default: 0 }) as const;

export const ARRAY_GRAD_OPS = {
  // array_ops.cc 1588-1597.
  InvertPermutation: opDef("InvertPermutation", [arg("x")], [{ name: "y", typeAttr: "T" }], [typeAttr("T", T.INDEX_TYPES, d.int32)],
    (c) => [withRank(c.inputs[0]!, 1)]),
  // array_ops.cc 577-587: each offset has its shape input's shape.
  ConcatOffset: opDef("ConcatOffset", [fixedArg("concat_dim", d.int32), { name: "shape", type: d.int32, numberAttr: "N" }],
    [{ name: "offset", type: d.int32, numberAttr: "N" }], [{ name: "N", kind: "int", minimum: 2 }], (c) => c.inputs.slice(1)),
  // array_ops.cc ShapeN: each output a vector of its input's rank.
  ShapeN: opDef("ShapeN", [{ name: "input", typeAttr: "T", numberAttr: "N" }], [{ name: "output", typeAttr: "out_type", numberAttr: "N" }],
    [{ name: "N", kind: "int", minimum: 1 }, typeAttr("T"), typeAttr("out_type", T.INDEX_TYPES, d.int32)],
    (c) => c.inputs.map((s) => [s === null ? null : s.length])),
  // array_ops.cc 1912-1931: the output's shape is the value of `shape`.
  StridedSliceGrad: opDef("StridedSliceGrad",
    [arg("shape", "Index"), arg("begin", "Index"), arg("end", "Index"), arg("strides", "Index"), arg("dy")], [{ name: "output", typeAttr: "T" }],
    [typeAttr("T"), typeAttr("Index", T.INDEX_TYPES), mask("begin_mask"), mask("end_mask"), mask("ellipsis_mask"), mask("new_axis_mask"), mask("shrink_axis_mask")],
    (c) => [c.makeShapeFromShapeTensor(0)]),
  // array_ops.cc 2344-2360: two vectors of unknown length.
  ListDiff: opDef("ListDiff", [arg("x"), arg("y")], [{ name: "out", typeAttr: "T" }, { name: "idx", typeAttr: "out_idx" }],
    [typeAttr("T"), typeAttr("out_idx", T.INDEX_TYPES, d.int32)], (c) => {
      withRank(c.inputs[0]!, 1);
      withRank(c.inputs[1]!, 1);
      return [[null], [null]];
    }),
  // math_ops.cc 1629-1637.
  Cumprod: opDef("Cumprod", [arg("x"), arg("axis", "Tidx")], [{ name: "out", typeAttr: "T" }], [
    { name: "exclusive", kind: "bool", default: false }, { name: "reverse", kind: "bool", default: false },
    typeAttr("T", T.NUMBER_TYPES), typeAttr("Tidx", T.INDEX_TYPES, d.int32),
  ], (c) => [c.inputs[0]!]),
} as const;

/** array_ops.setdiff1d(x, y): gen_array_ops.list_diff, `out` and `idx`. */
export const setdiff1d = (x: OpInput, y: OpInput): readonly Tensor[] => applyOpDef(ARRAY_GRAD_OPS.ListDiff, null, { x, y }).outputs;
/** math_ops.cumprod (math_ops.py 3307-3355): scope `Cumprod`, x converted as `x`, the axis inside. */
export function cumprod(x: Tensor, axis: number, exclusive: boolean, reverse: boolean): Tensor {
  return withNameScope(null, "Cumprod", [x], (scope) =>
    applyOp1(ARRAY_GRAD_OPS.Cumprod, scope, { x, axis: pyInt(axis) }, { exclusive, reverse }));
}

/** gen_array_ops.invert_permutation. */
export const invertPermutation = (x: OpInput): Tensor => applyOp1(ARRAY_GRAD_OPS.InvertPermutation, null, { x });
/** gen_array_ops.concat_offset: one offset vector per shape. */
export const concatOffset = (concatDim: OpInput, shapes: readonly OpInput[]): readonly Tensor[] =>
  applyOpDef(ARRAY_GRAD_OPS.ConcatOffset, null, { concat_dim: concatDim, shape: shapes }).outputs;
/** array_ops.shape_n(input, out_type=int32). */
export const shapeN = (inputs: readonly OpInput[]): readonly Tensor[] => applyOpDef(ARRAY_GRAD_OPS.ShapeN, null, { input: inputs }).outputs;
/** array_ops.strided_slice_grad. */
export function stridedSliceGrad(shape: OpInput, begin: OpInput, end: OpInput, strides: OpInput, dy: OpInput, masks: Readonly<Record<string, unknown>>): Tensor {
  return applyOp1(ARRAY_GRAD_OPS.StridedSliceGrad, null, { shape, begin, end, strides, dy }, masks);
}
