/**
 * nn_ops.py / gen_nn_ops: relu, relu6, softmax (last axis), conv2d, bias_add, max_pool, with the
 * NHWC/NCHW shape functions of common_shape_fns.cc (Conv2DShapeImpl, BiasAddShape, MaxPoolShape).
 */
import * as d from "../dtypes.js";
import { Unsupported, tfError } from "../errors.js";
import { OM } from "./op-messages.js";
import type { Tensor } from "../tensor.js";
import { type OpInput, convertToTensor } from "./convert.js";
import { type Dim, type Dims, type InferContext, fail, mergeDim, subshape, withRank, withRankAtLeast } from "./infer-context.js";
import { arg, opDef, typeAttr } from "./op-def.js";
import { applyOp1 } from "./op-library.js";
import { withNameScope } from "./scope.js";
import { scalarShape, unchangedShape } from "./shape-fns.js";
import * as T from "./type-sets.js";

const DATA_FORMAT = { name: "data_format", kind: "string", default: "NHWC", allowedStrings: ["NHWC", "NCHW"] } as const;

/** The nn op registrations (tensorflow/core/ops/nn_ops.cc). */
export const NN_OPS = {
  Relu: opDef("Relu", [arg("features")], [{ name: "activations", typeAttr: "T" }],
    [typeAttr("T", [...T.REAL_NUMBER_TYPES, d.qint8])], unchangedShape),
  // nn_ops.cc: Elu, Softplus and Softsign take half, bfloat16, float and double.
  Elu: opDef("Elu", [arg("features")], [{ name: "activations", typeAttr: "T" }], [typeAttr("T", [d.float16, d.bfloat16, d.float32, d.float64])], unchangedShape),
  Softplus: opDef("Softplus", [arg("features")], [{ name: "activations", typeAttr: "T" }], [typeAttr("T", [d.float16, d.bfloat16, d.float32, d.float64])], unchangedShape),
  Softsign: opDef("Softsign", [arg("features")], [{ name: "activations", typeAttr: "T" }], [typeAttr("T", [d.float16, d.bfloat16, d.float32, d.float64])], unchangedShape),
  // nn_ops.cc 754-758.
  L2Loss: opDef("L2Loss", [arg("t")], [{ name: "output", typeAttr: "T" }], [typeAttr("T", [d.float16, d.bfloat16, d.float32, d.float64])], scalarShape),
  Relu6: opDef("Relu6", [arg("features")], [{ name: "activations", typeAttr: "T" }],
    [typeAttr("T", T.REAL_NUMBER_TYPES)], unchangedShape),
  Softmax: opDef("Softmax", [arg("logits")], [{ name: "softmax", typeAttr: "T" }],
    [typeAttr("T", [d.float16, d.bfloat16, d.float32, d.float64])], (c) => [withRankAtLeast(c.inputs[0]!, 1)]),
  // nn_ops.cc LogSoftmax: the same registration and shape function as Softmax.
  LogSoftmax: opDef("LogSoftmax", [arg("logits")], [{ name: "logsoftmax", typeAttr: "T" }],
    [typeAttr("T", [d.float16, d.bfloat16, d.float32, d.float64])], (c) => [withRankAtLeast(c.inputs[0]!, 1)]),
  BiasAdd: opDef("BiasAdd", [arg("value"), arg("bias")], [{ name: "output", typeAttr: "T" }],
    [typeAttr("T", T.NUMBER_TYPES), DATA_FORMAT], biasAddShape),
  Conv2D: opDef("Conv2D", [arg("input"), arg("filter")], [{ name: "output", typeAttr: "T" }], [
    typeAttr("T", [d.float16, d.bfloat16, d.float32, d.float64]),
    { name: "strides", kind: "list(int)" },
    { name: "use_cudnn_on_gpu", kind: "bool", default: true },
    { name: "padding", kind: "string", allowedStrings: ["SAME", "VALID", "EXPLICIT"] },
    { name: "explicit_paddings", kind: "list(int)", default: [] },
    DATA_FORMAT,
    { name: "dilations", kind: "list(int)", default: [1, 1, 1, 1] },
  ], conv2dShape),
  MaxPool: opDef("MaxPool", [arg("input")], [{ name: "output", typeAttr: "T" }], [
    typeAttr("T", [d.float16, d.bfloat16, d.float32, d.float64, d.int32, d.int64, d.uint8, d.int16, d.int8, d.uint16, d.qint8], d.float32),
    { name: "ksize", kind: "list(int)", minimum: 4 },
    { name: "strides", kind: "list(int)", minimum: 4 },
    { name: "padding", kind: "string", allowedStrings: ["SAME", "VALID"] },
    { name: "data_format", kind: "string", default: "NHWC", allowedStrings: ["NHWC", "NCHW", "NCHW_VECT_C"] },
  ], maxPoolShape),
} as const;

/** BiasAddShape (common_shape_fns.cc 491-548). */
function biasAddShape(c: InferContext): Dims[] {
  const nchw = c.attr<string>("data_format") === "NCHW";
  const input = withRankAtLeast(c.inputs[0]!, nchw ? 3 : 2);
  const bias = withRank(c.inputs[1]!, 1);
  if (input === null) return [null];
  if (nchw) {
    const merged = mergeDim(input[1]!, bias[0]!);
    return [[...subshape(input, 0, 1)!, merged, ...subshape(input, 2)!]];
  }
  const merged = mergeDim(input[input.length - 1]!, bias[0]!);
  return [[...subshape(input, 0, -1)!, merged]];
}

/** GetWindowedOutputSizeFromDimsV2 for SAME/VALID (common_shape_fns.cc 147-192). */
export function windowedSize(input: Dim, filter: Dim, dilation: number, stride: number, padding: string): Dim {
  if (stride <= 0) fail(`Stride must be > 0, but got ${stride}`);
  if (dilation < 1) fail(`Dilation rate must be >= 1, but got ${dilation}`);
  if (padding === "SAME") return input === null ? null : Math.floor((input + stride - 1) / stride);
  if (input === null || filter === null) return null;
  const window = (filter - 1) * dilation + 1;
  const size = input - window;
  // InferenceContext::Subtract rejects a negative result.
  if (size < 0) fail(`Negative dimension size caused by subtracting ${window} from ${input}`);
  return Math.floor((size + stride) / stride);
}

/** The conv shape functions' check that the input depth is a whole number of filter groups. */
export function checkGroups(inDepth: Dim, filterIn: Dim, outDepth: Dim): void {
  if (inDepth === null || filterIn === null) return;
  if (inDepth % filterIn !== 0) fail(`Depth of input (${inDepth}) is not a multiple of input depth of filter (${filterIn})`);
  if (inDepth !== filterIn && outDepth !== null && outDepth % (inDepth / filterIn) !== 0) {
    fail(`Depth of output (${outDepth}) is not a multiple of the number of groups (${inDepth / filterIn})`);
  }
}

const hw = (nchw: boolean): [number, number] => (nchw ? [2, 3] : [1, 2]);

/** Conv2DShapeImpl for NHWC/NCHW with SAME or VALID padding (common_shape_fns.cc 665-814). */
function conv2dShape(c: InferContext): Dims[] {
  const nchw = c.attr<string>("data_format") === "NCHW";
  const input = withRank(c.inputs[0]!, 4);
  const filter = withRank(c.inputs[1]!, 4);
  const dilations = c.attr<readonly number[]>("dilations");
  if (dilations.length !== 4) fail(`Conv2D requires the dilation attribute to contain 4 values, but got: ${dilations.length}`);
  const strides = c.attr<readonly number[]>("strides");
  if (strides.length !== 4) {
    fail(`Conv2D on data format ${c.attr<string>("data_format")} requires the stride attribute to contain 4 values, but got: ${strides.length}`);
  }
  const [h, w] = hw(nchw);
  const batch = input[0]!;
  const inDepth = input[nchw ? 1 : 3]!;
  const [fRows, fCols, fIn, outDepth] = [filter[0]!, filter[1]!, filter[2]!, filter[3]!];
  checkGroups(inDepth, fIn, outDepth);
  const padding = c.attr<string>("padding");
  if (padding === "EXPLICIT") throw new Unsupported("Conv2D with explicit padding");
  const rows = windowedSize(input[h]!, fRows, dilations[h]!, strides[h]!, padding);
  const cols = windowedSize(input[w]!, fCols, dilations[w]!, strides[w]!, padding);
  return [nchw ? [batch, outDepth, rows, cols] : [batch, rows, cols, outDepth]];
}

/** MaxPoolShape for NHWC/NCHW (common_shape_fns.cc 1192-1260). */
function maxPoolShape(c: InferContext): Dims[] {
  const format = c.attr<string>("data_format");
  if (format === "NCHW_VECT_C") throw new Unsupported("MaxPool with NCHW_VECT_C");
  const nchw = format === "NCHW";
  const input = withRank(c.inputs[0]!, 4);
  const strides = c.attr<readonly number[]>("strides");
  if (strides.length !== 4) fail(`MaxPool requires the stride attribute to contain 4 values, but got: ${strides.length}`);
  const ksize = c.attr<readonly number[]>("ksize");
  if (ksize.length !== 4) fail(`MaxPool requires the ksize attribute to contain 4 values, but got: ${ksize.length}`);
  const [h, w] = hw(nchw);
  const ch = nchw ? 1 : 3;
  const padding = c.attr<string>("padding");
  const rows = windowedSize(input[h]!, ksize[h]!, 1, strides[h]!, padding);
  const cols = windowedSize(input[w]!, ksize[w]!, 1, strides[w]!, padding);
  const depth = windowedSize(input[ch]!, ksize[ch]!, 1, strides[ch]!, padding);
  return [nchw ? [input[0]!, depth, rows, cols] : [input[0]!, rows, cols, depth]];
}

export const relu = (features: OpInput, name: string | null = null): Tensor => applyOp1(NN_OPS.Relu, name, { features });
/** gen_nn_ops.elu, softplus, softsign: one op each. */
export const elu = (features: OpInput, name: string | null = null): Tensor => applyOp1(NN_OPS.Elu, name, { features });
export const softplus = (features: OpInput, name: string | null = null): Tensor => applyOp1(NN_OPS.Softplus, name, { features });
export const softsign = (features: OpInput, name: string | null = null): Tensor => applyOp1(NN_OPS.Softsign, name, { features });
/** gen_nn_ops.l2_loss (`tf.nn.l2_loss`): one L2Loss op. */
export const l2Loss = (t: OpInput, name: string | null = null): Tensor => applyOp1(NN_OPS.L2Loss, name, { t });
/** `tf.nn.relu6` (nn_ops.py 2781-2799): opens `Relu6` and converts the input as `features`. */
export function relu6(features: OpInput, name: string | null = null): Tensor {
  return withNameScope(name, "Relu6", [features], (scope) =>
    applyOp1(NN_OPS.Relu6, scope, { features: convertToTensor(features, { name: "features" }) }));
}

/** `tf.nn.softmax(logits, axis=None, name=None)` over the last axis (other axes transpose: unsupported). */
export function softmax(logits: OpInput, axis: number | null = null, name: string | null = null): Tensor {
  return softmaxLike(NN_OPS.Softmax, "tf.nn.softmax", logits, axis, name);
}

/** `tf.nn.log_softmax(logits, axis=None, name=None)`, as softmax (nn_ops.py 1744-1770). */
export function logSoftmax(logits: OpInput, axis: number | null = null, name: string | null = null): Tensor {
  return softmaxLike(NN_OPS.LogSoftmax, "tf.nn.log_softmax", logits, axis, name);
}

// nn_ops.py `_softmax`: the logits converted first; the op alone when the axis is the last.
function softmaxLike(def: typeof NN_OPS.Softmax, what: string, logits: OpInput, axis: number | null, name: string | null): Tensor {
  const t = convertToTensor(logits);
  const ax = axis ?? -1;
  if (ax !== -1 && ax !== (t.shape.rank ?? -2) - 1) throw new Unsupported(`${what} over a non-last axis`);
  return applyOp1(def, name, { logits: t });
}

/** nn_ops.py `_get_sequence(value, n, channel_index, name)`: an int or list expanded to the n + 2
 *  entries of the N...C or NC... layout. */
export function getSequence(value: number | readonly number[] | null, channelIndex: number, what: string, n = 2): number[] {
  const v = value === null ? [1] : typeof value === "number" ? [value] : [...value];
  if (v.length === n + 2) return v;
  let spatial: number[];
  if (v.length === 1) spatial = Array<number>(n).fill(v[0]!);
  else if (v.length === n) spatial = v;
  else throw tfError(OM.sequenceLength, what, n, n + 2, v.length);
  return channelIndex === 1 ? [1, 1, ...spatial] : [1, ...spatial, 1];
}

export interface Conv2DOptions {
  strides: number | readonly number[];
  padding: string;
  useCudnnOnGpu?: boolean;
  dataFormat?: string | null;
  dilations?: number | readonly number[];
  name?: string | null;
}

/** `tf.nn.conv2d(input, filter, strides, padding, ...)` with string padding. */
export function conv2d(input: OpInput, filter: OpInput, o: Conv2DOptions): Tensor {
  if (o.padding === "EXPLICIT") {
    throw tfError(OM.explicitPaddingString);
  }
  const format = o.dataFormat ?? "NHWC";
  const ch = format.startsWith("NC") ? 1 : 3;
  return applyOp1(NN_OPS.Conv2D, o.name ?? null, { input, filter }, {
    strides: getSequence(o.strides, ch, "strides"),
    padding: o.padding,
    use_cudnn_on_gpu: o.useCudnnOnGpu ?? true,
    explicit_paddings: [],
    data_format: format,
    dilations: getSequence(o.dilations ?? [1, 1, 1, 1], ch, "dilations"),
  });
}

/** `tf.nn.bias_add(value, bias, data_format=None, name=None)`. */
export function biasAdd(value: OpInput, bias: OpInput, dataFormat: string | null = null, name: string | null = null): Tensor {
  return withNameScope(name, "BiasAdd", [value, bias], (scope) => {
    let format: string | undefined;
    if (dataFormat !== null) {
      if (dataFormat.startsWith("NC")) format = "NCHW";
      else if (dataFormat.startsWith("N") && dataFormat.endsWith("C")) format = "NHWC";
      else throw tfError(OM.biasDataFormat);
    }
    const v = convertToTensor(value, { name: "input" });
    const b = convertToTensor(bias, { dtype: v.dtype, name: "bias" });
    return applyOp1(NN_OPS.BiasAdd, scope, { value: v, bias: b }, { data_format: format });
  });
}

/** `tf.nn.max_pool(value, ksize, strides, padding, data_format="NHWC", name=None)`. */
export function maxPool(
  value: OpInput,
  ksize: number | readonly number[],
  strides: number | readonly number[],
  padding: string,
  dataFormat: string | null = "NHWC",
  name: string | null = null,
): Tensor {
  return withNameScope(name, "MaxPool", [value], (scope) => {
    const format = dataFormat ?? "NHWC";
    const ch = format.startsWith("NC") ? 1 : 3;
    const v = convertToTensor(value, { name: "input" });
    const k = getSequence(ksize, ch, "ksize");
    const s = getSequence(strides, ch, "strides");
    if (k.some((x) => x === 0)) throw tfError(OM.ksizeZero);
    return applyOp1(NN_OPS.MaxPool, scope, { input: v }, { ksize: k, strides: s, padding, data_format: format });
  });
}
