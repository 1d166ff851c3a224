/**
 * gen_data_flow_ops' TensorArray V3 ops (tensorflow/core/ops/data_flow_ops.cc 615-890): the
 * registrations, attrs and shape functions of TensorArrayV3 and its Write/Read/Gather/Scatter/Concat/
 * Split/Size/Close ops, which tensor_array_ops.py `_GraphTensorArray` builds (py/_tftensorarray.py).
 * The resource handle's shape data (`set_output_handle_shapes_and_types`) is not modelled: every
 * shape it would give a read or gather is the one `_GraphTensorArray` then sets from its own element
 * shape, which holds at least as much.
 */
import * as d from "../dtypes.js";
import type { DType } from "../dtypes.js";
import { type TensorShape, asShape } from "../shape.js";
import type { Operation, Tensor } from "../tensor.js";
import type { OpInput } from "./convert.js";
import { type Dims, type InferContext, mergeDim, withRank, withRankAtLeast, withValue } from "./infer-context.js";
import { type AttrDef, opDef } from "./op-def.js";
import { applyOp } from "./op-library.js";

const handleIn = { name: "handle", type: d.resource };
const flowIn = { name: "flow_in", type: d.float32 };
const flowOut = [{ name: "flow_out", type: d.float32 }];
const dtypeAttr: AttrDef = { name: "dtype", kind: "type" };
const tAttr: AttrDef = { name: "T", kind: "type" };
const unknownRank = asShape(null);
const dimsOfShape = (s: TensorShape): Dims => (s.dims === null ? null : s.dims.map((x) => x.value));

// The handle checks every op repeats: `WithRank(handle, 1)`, `WithValue(Dim(handle, 0), 2)`.
function checkHandle(c: InferContext): void {
  withValue(withRank(c.inputs[0]!, 1)[0]!, 2);
}

// `Concatenate(a, b)`.
function concatenate(a: Dims, b: Dims): Dims {
  return a === null || b === null ? null : [...a, ...b];
}

// `MergePrefix(s, prefix)` (shape_inference.cc 560): the leading dims of `s` merged with `prefix`.
function mergePrefix(s: Dims, prefix: Dims): Dims {
  if (s === null || prefix === null) return s;
  withRankAtLeast(s, prefix.length);
  return [...prefix.map((x, i) => mergeDim(s[i]!, x)), ...s.slice(prefix.length)];
}

export const TENSOR_ARRAY_OPS = {
  TensorArrayV3: opDef("TensorArrayV3", [{ name: "size", type: d.int32 }],
    [{ name: "handle", type: d.resource }, { name: "flow", type: d.float32 }], [
      dtypeAttr, { name: "element_shape", kind: "shape", default: unknownRank },
      { name: "dynamic_size", kind: "bool", default: false }, { name: "clear_after_read", kind: "bool", default: true },
      { name: "identical_element_shapes", kind: "bool", default: false }, { name: "tensor_array_name", kind: "string", default: "" },
    ], (c) => {
      withRank(c.inputs[0]!, 0);
      return [[2], []];
    }),
  TensorArrayWriteV3: opDef("TensorArrayWriteV3", [handleIn, { name: "index", type: d.int32 }, { name: "value", typeAttr: "T" }, flowIn],
    flowOut, [tAttr], (c) => {
      checkHandle(c);
      withRank(c.inputs[1]!, 0);
      withRank(c.inputs[3]!, 0);
      return [[]];
    }),
  TensorArrayReadV3: opDef("TensorArrayReadV3", [handleIn, { name: "index", type: d.int32 }, flowIn],
    [{ name: "value", typeAttr: "dtype" }], [dtypeAttr], (c) => {
      checkHandle(c);
      withRank(c.inputs[1]!, 0);
      withRank(c.inputs[2]!, 0);
      return [null];
    }),
  TensorArrayGatherV3: opDef("TensorArrayGatherV3", [handleIn, { name: "indices", type: d.int32 }, flowIn],
    [{ name: "value", typeAttr: "dtype" }], [dtypeAttr, { name: "element_shape", kind: "shape", default: unknownRank }], (c) => {
      const h = withRank(c.inputs[0]!, 1);
      const indices = withRank(c.inputs[1]!, 1);
      withValue(h[0]!, 2);
      withRank(c.inputs[2]!, 0);
      return [concatenate(indices, dimsOfShape(c.attr<TensorShape>("element_shape")))];
    }),
  TensorArrayScatterV3: opDef("TensorArrayScatterV3", [handleIn, { name: "indices", type: d.int32 }, { name: "value", typeAttr: "T" }, flowIn],
    flowOut, [tAttr], (c) => {
      const h = withRank(c.inputs[0]!, 1);
      const indices = withRank(c.inputs[1]!, 1);
      withValue(h[0]!, 2);
      withRank(c.inputs[3]!, 0);
      mergePrefix(c.inputs[2]!, indices);
      return [[]];
    }),
  TensorArrayConcatV3: opDef("TensorArrayConcatV3", [handleIn, flowIn],
    [{ name: "value", typeAttr: "dtype" }, { name: "lengths", type: d.int64 }],
    [dtypeAttr, { name: "element_shape_except0", kind: "shape", default: unknownRank }], (c) => {
      checkHandle(c);
      withRank(c.inputs[1]!, 0);
      return [null, [null]];
    }),
  TensorArraySplitV3: opDef("TensorArraySplitV3", [handleIn, { name: "value", typeAttr: "T" }, { name: "lengths", type: d.int64 }, flowIn],
    flowOut, [tAttr], (c) => {
      checkHandle(c);
      withRank(c.inputs[2]!, 1);
      withRank(c.inputs[3]!, 0);
      return [[]];
    }),
  TensorArraySizeV3: opDef("TensorArraySizeV3", [handleIn, flowIn], [{ name: "size", type: d.int32 }], [], (c) => {
    checkHandle(c);
    return [[]];
  }),
  TensorArrayCloseV3: opDef("TensorArrayCloseV3", [handleIn], [], [], (c) => {
    checkHandle(c);
    return [];
  }),
} as const;

export interface TensorArrayV3Attrs {
  dtype: DType;
  elementShape: TensorShape;
  dynamicSize: boolean;
  clearAfterRead: boolean;
  identicalElementShapes: boolean;
  tensorArrayName: string;
}

/** `gen_data_flow_ops.tensor_array_v3(size, dtype, element_shape, dynamic_size, clear_after_read,
 *  identical_element_shapes, tensor_array_name, name)`: the handle and the flow. */
export function tensorArrayV3(size: OpInput, a: TensorArrayV3Attrs, name: string | null): [Tensor, Tensor] {
  const op = applyOp(TENSOR_ARRAY_OPS.TensorArrayV3, name, { size }, {
    dtype: a.dtype, element_shape: a.elementShape, dynamic_size: a.dynamicSize, clear_after_read: a.clearAfterRead,
    identical_element_shapes: a.identicalElementShapes, tensor_array_name: a.tensorArrayName,
  });
  return [op.outputs[0]!, op.outputs[1]!];
}

export const tensorArrayWriteV3 = (handle: OpInput, index: OpInput, value: OpInput, flowIn: OpInput, name: string | null): Tensor =>
  applyOp(TENSOR_ARRAY_OPS.TensorArrayWriteV3, name, { handle, index, value, flow_in: flowIn }).outputs[0]!;

export const tensorArrayReadV3 = (handle: OpInput, index: OpInput, flowIn: OpInput, dtype: DType, name: string | null): Tensor =>
  applyOp(TENSOR_ARRAY_OPS.TensorArrayReadV3, name, { handle, index, flow_in: flowIn }, { dtype }).outputs[0]!;

export const tensorArrayGatherV3 = (handle: OpInput, indices: OpInput, flowIn: OpInput, dtype: DType, elementShape: TensorShape, name: string | null): Tensor =>
  applyOp(TENSOR_ARRAY_OPS.TensorArrayGatherV3, name, { handle, indices, flow_in: flowIn }, { dtype, element_shape: elementShape }).outputs[0]!;

export const tensorArrayScatterV3 = (handle: OpInput, indices: OpInput, value: OpInput, flowIn: OpInput, name: string | null): Tensor =>
  applyOp(TENSOR_ARRAY_OPS.TensorArrayScatterV3, name, { handle, indices, value, flow_in: flowIn }).outputs[0]!;

export function tensorArrayConcatV3(handle: OpInput, flowIn: OpInput, dtype: DType, elementShapeExcept0: TensorShape, name: string | null): [Tensor, Tensor] {
  const op = applyOp(TENSOR_ARRAY_OPS.TensorArrayConcatV3, name, { handle, flow_in: flowIn }, { dtype, element_shape_except0: elementShapeExcept0 });
  return [op.outputs[0]!, op.outputs[1]!];
}

export const tensorArraySplitV3 = (handle: OpInput, value: OpInput, lengths: OpInput, flowIn: OpInput, name: string | null): Tensor =>
  applyOp(TENSOR_ARRAY_OPS.TensorArraySplitV3, name, { handle, value, lengths, flow_in: flowIn }).outputs[0]!;

export const tensorArraySizeV3 = (handle: OpInput, flowIn: OpInput, name: string | null): Tensor =>
  applyOp(TENSOR_ARRAY_OPS.TensorArraySizeV3, name, { handle, flow_in: flowIn }).outputs[0]!;

export const tensorArrayCloseV3 = (handle: OpInput, name: string | null): Operation =>
  applyOp(TENSOR_ARRAY_OPS.TensorArrayCloseV3, name, { handle });
