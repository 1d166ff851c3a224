/**
 * The backprop ops of nn_ops.cc that nn_grad.py's Conv2D, MaxPool and AvgPool gradients build:
 * Conv2DBackpropFilter (its output shaped by `filter_sizes`), MaxPoolGrad (UnchangedShapeWithRank 4)
 * and AvgPoolGrad (shaped by `orig_input_shape`). Conv2DBackpropInput is ops/nn-conv.ts's.
 */
import * as d from "../dtypes.js";
import type { Tensor } from "../tensor.js";
import type { OpInput } from "../ops/convert.js";
import { withRank } from "../ops/infer-context.js";
import { CONV_OPS } from "../ops/nn-conv.js";
import { arg, fixedArg, opDef, typeAttr } from "../ops/op-def.js";
import { applyOp1 } from "../ops/op-library.js";
import * as T from "../ops/type-sets.js";

const FLOATS = [d.float16, d.bfloat16, d.float32, d.float64];
const POOL_ATTRS = [
  { name: "ksize", kind: "list(int)", minimum: 4 },
  { name: "strides", kind: "list(int)", minimum: 4 },
  { name: "padding", kind: "string", allowedStrings: ["SAME", "VALID"] },
  { name: "data_format", kind: "string", default: "NHWC", allowedStrings: ["NHWC", "NCHW"] },
] as const;

export const NN_GRAD_OPS = {
  // nn_ops.cc 365-383.
  Conv2DBackpropFilter: opDef("Conv2DBackpropFilter", [arg("input"), fixedArg("filter_sizes", d.int32), arg("out_backprop")],
    [{ name: "output", typeAttr: "T" }], [
      typeAttr("T", FLOATS),
      { name: "strides", kind: "list(int)" },
      { name: "use_cudnn_on_gpu", kind: "bool", default: true },
      { name: "padding", kind: "string", allowedStrings: ["SAME", "VALID", "EXPLICIT"] },
      { name: "explicit_paddings", kind: "list(int)", default: [] },
      { name: "data_format", kind: "string", default: "NHWC", allowedStrings: ["NHWC", "NCHW"] },
      { name: "dilations", kind: "list(int)", default: [1, 1, 1, 1] },
    ], (c) => [withRank(c.makeShapeFromShapeTensor(1), 4)]),
  // nn_ops.cc 822-834.
  MaxPoolGrad: opDef("MaxPoolGrad", [arg("orig_input"), arg("orig_output"), arg("grad")], [{ name: "output", typeAttr: "T" }],
    [...POOL_ATTRS, typeAttr("T", T.REAL_NUMBER_TYPES, d.float32)], (c) => [withRank(c.inputs[0]!, 4)]),
  // nn_ops.cc 80-95.
  AvgPoolGrad: opDef("AvgPoolGrad", [fixedArg("orig_input_shape", d.int32), arg("grad")], [{ name: "output", typeAttr: "T" }],
    [...POOL_ATTRS, typeAttr("T", FLOATS)], (c) => [withRank(c.makeShapeFromShapeTensor(0), 4)]),
} as const;

export interface ConvAttrs { strides: unknown; padding: unknown; explicit_paddings: unknown; use_cudnn_on_gpu: unknown; data_format: unknown; dilations: unknown }

/** gen_nn_ops.conv2d_backprop_input / conv2d_backprop_filter with the forward op's attrs. */
export const conv2dBackpropInput = (sizes: OpInput, filter: OpInput, grad: OpInput, a: ConvAttrs): Tensor =>
  applyOp1(CONV_OPS.Conv2DBackpropInput, null, { input_sizes: sizes, filter, out_backprop: grad }, { ...a });
export const conv2dBackpropFilter = (input: OpInput, sizes: OpInput, grad: OpInput, a: ConvAttrs): Tensor =>
  applyOp1(NN_GRAD_OPS.Conv2DBackpropFilter, null, { input, filter_sizes: sizes, out_backprop: grad }, { ...a });
/** gen_nn_ops.max_pool_grad, avg_pool_grad. */
export const maxPoolGrad = (input: OpInput, output: OpInput, grad: OpInput, a: Readonly<Record<string, unknown>>): Tensor =>
  applyOp1(NN_GRAD_OPS.MaxPoolGrad, null, { orig_input: input, orig_output: output, grad }, a);
export const avgPoolGrad = (shape: OpInput, grad: OpInput, a: Readonly<Record<string, unknown>>): Tensor =>
  applyOp1(NN_GRAD_OPS.AvgPoolGrad, null, { orig_input_shape: shape, grad }, a);
