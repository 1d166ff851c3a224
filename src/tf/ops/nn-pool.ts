/**
 * The pooling ops besides MaxPool (nn_ops.cc AvgPool with common_shape_fns.cc AvgPoolShape) and the
 * python wrappers tf.nn.avg_pool (v1: also tf.nn.avg_pool2d, scope `AvgPool`), tf.nn.max_pool2d
 * (scope `MaxPool2d`) and tf.nn.leaky_relu (nn_ops.py 2801-2830, op LeakyRelu).
 */
import * as d from "../dtypes.js";
import type { Tensor } from "../tensor.js";
import { type OpInput, convertToTensor } from "./convert.js";
import { type Dims, type InferContext, fail, withRank } from "./infer-context.js";
import { cast } from "./math.js";
import { NN_OPS, getSequence, windowedSize } from "./nn.js";
import { arg, opDef, typeAttr } from "./op-def.js";
import { applyOp1 } from "./op-library.js";
import { withNameScope } from "./scope.js";
import { unchangedShape } from "./shape-fns.js";

const FLOATS = [d.float16, d.bfloat16, d.float32, d.float64];
const DATA_FORMAT = { name: "data_format", kind: "string", default: "NHWC", allowedStrings: ["NHWC", "NCHW"] } as const;

/** AvgPoolShape (common_shape_fns.cc): rows and cols windowed, batch and depth kept. */
function avgPoolShape(c: InferContext): Dims[] {
  const nchw = c.attr<string>("data_format") === "NCHW";
  const input = withRank(c.inputs[0]!, 4);
  const strides = c.attr<readonly number[]>("strides");
  if (strides.length !== 4) fail(`AvgPool requires the stride attribute to contain 4 values, but got: ${strides.length}`);
  const ksize = c.attr<readonly number[]>("ksize");
  if (ksize.length !== 4) fail(`AvgPool requires the ksize attribute to contain 4 values, but got: ${ksize.length}`);
  const [h, w] = nchw ? [2, 3] : [1, 2];
  const padding = c.attr<string>("padding");
  const rows = windowedSize(input[h]!, ksize[h]!, 1, strides[h]!, padding);
  const cols = windowedSize(input[w]!, ksize[w]!, 1, strides[w]!, padding);
  return [nchw ? [input[0]!, input[1]!, rows, cols] : [input[0]!, rows, cols, input[3]!]];
}

export const POOL_OPS = {
  AvgPool: opDef("AvgPool", [arg("value")], [{ name: "output", typeAttr: "T" }], [
    { name: "ksize", kind: "list(int)", minimum: 4 },
    { name: "strides", kind: "list(int)", minimum: 4 },
    { name: "padding", kind: "string", allowedStrings: ["SAME", "VALID"] },
    DATA_FORMAT,
    typeAttr("T", FLOATS),
  ], avgPoolShape),
  // nn_ops.cc 1079-1084.
  LeakyRelu: opDef("LeakyRelu", [arg("features")], [{ name: "activations", typeAttr: "T" }],
    [{ name: "alpha", kind: "float", default: 0.2 }, typeAttr("T", FLOATS, d.float32)], unchangedShape),
} as const;

/** `tf.nn.avg_pool(value, ksize, strides, padding, data_format="NHWC", name=None, input=None)`. */
export function avgPool(value: OpInput, ksize: number | readonly number[], strides: number | readonly number[], padding: string,
  dataFormat: string | null = "NHWC", name: string | null = null): Tensor {
  return withNameScope(name, "AvgPool", [value], (scope) => {
    const format = dataFormat ?? "NHWC";
    const ch = format.startsWith("NC") ? 1 : 3;
    const k = getSequence(ksize, ch, "ksize");
    const s = getSequence(strides, ch, "strides");
    return applyOp1(POOL_OPS.AvgPool, scope, { value }, { ksize: k, strides: s, padding, data_format: format });
  });
}

/** `tf.nn.max_pool2d(input, ksize, strides, padding, data_format="NHWC", name=None)`: no zero check. */
export function maxPool2d(input: OpInput, ksize: number | readonly number[], strides: number | readonly number[], padding: string,
  dataFormat: string | null = "NHWC", name: string | null = null): Tensor {
  return withNameScope(name, "MaxPool2d", [input], (scope) => {
    const format = dataFormat ?? "NHWC";
    const ch = format.startsWith("NC") ? 1 : 3;
    const k = getSequence(ksize, ch, "ksize");
    const s = getSequence(strides, ch, "strides");
    return applyOp1(NN_OPS.MaxPool, scope, { input }, { ksize: k, strides: s, padding, data_format: format });
  });
}

/** `tf.nn.leaky_relu(features, alpha=0.2, name=None)`: integer features are cast to float32 first. */
export function leakyRelu(features: OpInput, alpha: number, name: string | null = null): Tensor {
  return withNameScope(name, "LeakyRelu", [features], (scope) => {
    let f = convertToTensor(features, { name: "features" });
    if (f.dtype.isInteger) f = cast(f, d.float32);
    return applyOp1(POOL_OPS.LeakyRelu, scope, { features: f }, { alpha });
  });
}
