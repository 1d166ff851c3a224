/**
 * The convolutions besides Conv2D (nn_ops.py conv1d, gen_nn_ops conv3d; nn_ops.cc Conv3D with
 * common_shape_fns.cc Conv3DShape) and the transposed 2-D and 3-D convolutions. conv1d is TF's:
 * ExpandDims, a Conv2D named after the scope, Squeeze.
 */
import * as d from "../dtypes.js";
import { tfError } from "../errors.js";
import type { Tensor } from "../tensor.js";
import { expandDims, squeeze } from "./array.js";
import { type OpInput } from "./convert.js";
import { type Dims, type InferContext, fail, withRank } from "./infer-context.js";
import { NN_OPS, checkGroups, getSequence, windowedSize } from "./nn.js";
import { arg, fixedArg, opDef, typeAttr } from "./op-def.js";
import { applyOp1 } from "./op-library.js";
import { pyInt } from "./pyvalue.js";
import { withNameScope } from "./scope.js";

export const CONV_OPS = {
  Conv3D: opDef("Conv3D", [arg("input"), arg("filter")], [{ name: "output", typeAttr: "T" }], [
    typeAttr("T", [d.float16, d.bfloat16, d.float32, d.float64]),
    { name: "strides", kind: "list(int)", minimum: 5 },
    { name: "padding", kind: "string", allowedStrings: ["SAME", "VALID"] },
    { name: "data_format", kind: "string", default: "NDHWC", allowedStrings: ["NDHWC", "NCDHW"] },
    { name: "dilations", kind: "list(int)", default: [1, 1, 1, 1, 1] },
  ], conv3dShape),
  Conv2DBackpropInput: opDef("Conv2DBackpropInput", [fixedArg("input_sizes", d.int32), arg("filter"), arg("out_backprop")],
    [{ name: "output", typeAttr: "T" }], [
      typeAttr("T", [d.float16, d.bfloat16, d.float32, d.float64]),
      { name: "strides", kind: "list(int)" },
      { name: "use_cudnn_on_gpu", kind: "bool", default: true },
      { name: "padding", kind: "string", allowedStrings: ["SAME", "VALID", "EXPLICIT"] },
      { name: "explicit_paddings", kind: "list(int)", default: [] },
      { name: "data_format", kind: "string", default: "NHWC", allowedStrings: ["NHWC", "NCHW"] },
      { name: "dilations", kind: "list(int)", default: [1, 1, 1, 1] },
    ], (c) => [withRank(c.makeShapeFromShapeTensor(0), 4)]),
  Conv3DBackpropInputV2: opDef("Conv3DBackpropInputV2", [arg("input_sizes", "Tshape"), arg("filter"), arg("out_backprop")],
    [{ name: "output", typeAttr: "T" }], [
      typeAttr("T", [d.float16, d.bfloat16, d.float32, d.float64]),
      { name: "strides", kind: "list(int)", minimum: 5 },
      { name: "padding", kind: "string", allowedStrings: ["SAME", "VALID"] },
      { name: "data_format", kind: "string", default: "NDHWC", allowedStrings: ["NDHWC", "NCDHW"] },
      { name: "dilations", kind: "list(int)", default: [1, 1, 1, 1, 1] },
      typeAttr("Tshape", [d.int32, d.int64], d.int32),
    ], (c) => [withRank(c.makeShapeFromShapeTensor(0), 5)]),
} as const;

/** Conv3DShape (common_shape_fns.cc); TF reads the row and column dilations swapped, as here. */
function conv3dShape(c: InferContext): Dims[] {
  const ncdhw = c.attr<string>("data_format") === "NCDHW";
  let input = withRank(c.inputs[0]!, 5);
  const filter = withRank(c.inputs[1]!, 5);
  const dilations = c.attr<readonly number[]>("dilations");
  if (dilations.length !== 5) fail(`Conv3D requires the dilation attribute to contain 5 values, but got: ${dilations.length}`);
  const strides = c.attr<readonly number[]>("strides");
  if (strides.length !== 5) fail(`Conv3D requires the stride attribute to contain 5 values, but got: ${strides.length}`);
  let s: number[];
  let dl: number[];
  if (ncdhw) {
    input = [input[0]!, input[2]!, input[3]!, input[4]!, input[1]!];
    s = [strides[2]!, strides[3]!, strides[4]!];
    dl = [dilations[2]!, dilations[4]!, dilations[3]!];
  } else {
    s = [strides[1]!, strides[2]!, strides[3]!];
    dl = [dilations[1]!, dilations[3]!, dilations[2]!];
  }
  const inDepth = input[4]!;
  const [fIn, outDepth] = [filter[3]!, filter[4]!];
  checkGroups(inDepth, fIn, outDepth);
  const padding = c.attr<string>("padding");
  const out = [0, 1, 2].map((i) => windowedSize(input[i + 1]!, filter[i]!, dl[i]!, s[i]!, padding));
  return [ncdhw ? [input[0]!, outDepth, ...out] : [input[0]!, ...out, outDepth]];
}

/** `tf.nn.conv3d(input, filter, strides, padding, data_format="NDHWC", dilations=[1, 1, 1, 1, 1], name=None)`. */
export function conv3d(input: OpInput, filter: OpInput, strides: readonly number[], padding: string, dataFormat = "NDHWC", dilations: readonly number[] = [1, 1, 1, 1, 1], name: string | null = null): Tensor {
  return applyOp1(CONV_OPS.Conv3D, name, { input, filter }, { strides, padding, data_format: dataFormat, dilations });
}

const CONV1D_FORMAT = { type: "ValueError", text: 'data_format must be "NWC" or "NCW".' } as const; // nn_ops.py conv1d

/** `tf.nn.conv1d(value, filters, stride, padding, use_cudnn_on_gpu=None, data_format=None, name=None,
 *  dilations=None)` (nn_ops.py): the input and filter get a unit spatial dim for Conv2D. */
export function conv1d(value: OpInput, filters: OpInput, stride: number | readonly number[], padding: string, o: { dataFormat?: string | null; dilations?: number | readonly number[] | null; name?: string | null } = {}): Tensor {
  return withNameScope(o.name ?? null, "conv1d", [value, filters], (scope) => {
    const f = o.dataFormat ?? null;
    let format: string;
    let start: number;
    let ch: number;
    if (f === null || f === "NHWC" || f === "NWC") [format, start, ch] = ["NHWC", 1, 2];
    else if (f === "NCHW" || f === "NCW") [format, start, ch] = ["NCHW", 2, 1];
    else throw tfError(CONV1D_FORMAT);
    const strides = [1, ...getSequence(stride, ch, "stride", 1)];
    const dilations = [1, ...getSequence(o.dilations ?? null, ch, "dilations", 1)];
    const x = expandDims(value, pyInt(start));
    const w = expandDims(filters, pyInt(0));
    const result = applyOp1(NN_OPS.Conv2D, scope, { input: x, filter: w }, {
      strides, padding, use_cudnn_on_gpu: true, explicit_paddings: [], data_format: format, dilations,
    });
    return squeeze(result, [start]);
  });
}

/** `tf.nn.conv2d_transpose(value, filter, output_shape, strides, padding="SAME", data_format="NHWC")`
 *  (nn_ops.py, v1 → v2 under one `conv2d_transpose` scope): a Conv2DBackpropInput named by the scope. */
export function conv2dTranspose(value: OpInput, filter: OpInput, outputShape: OpInput, strides: number | readonly number[], padding = "SAME", dataFormat = "NHWC", name: string | null = null): Tensor {
  return withNameScope(name, "conv2d_transpose", [value, filter, outputShape], (scope) => {
    const ch = dataFormat.startsWith("NC") ? 1 : 3;
    return applyOp1(CONV_OPS.Conv2DBackpropInput, scope, { input_sizes: outputShape, filter, out_backprop: value }, {
      strides: getSequence(strides, ch, "strides"), use_cudnn_on_gpu: true, padding, explicit_paddings: [],
      data_format: dataFormat, dilations: getSequence(null, ch, "dilations"),
    });
  });
}

/** `tf.nn.conv3d_transpose(value, filter, output_shape, strides, padding="SAME", data_format="NDHWC")`
 *  (nn_ops.py, v1 → v2 under one `conv3d_transpose` scope): a Conv3DBackpropInputV2 named by the scope. */
export function conv3dTranspose(value: OpInput, filter: OpInput, outputShape: OpInput, strides: number | readonly number[], padding = "SAME", dataFormat: string | null = "NDHWC", name: string | null = null): Tensor {
  return withNameScope(name, "conv3d_transpose", [value, filter, outputShape], (scope) => {
    const format = dataFormat ?? "NDHWC";
    const ch = format.startsWith("NC") ? 1 : 4;
    return applyOp1(CONV_OPS.Conv3DBackpropInputV2, scope, { input_sizes: outputShape, filter, out_backprop: value }, {
      strides: getSequence(strides, ch, "strides", 3), padding, data_format: format, dilations: getSequence(null, ch, "dilations", 3),
    });
  });
}
