/**
 * Depthwise and separable convolutions: the DepthwiseConv2dNative op (nn_ops.cc with
 * common_shape_fns.cc DepthwiseConv2DNativeShape) and nn_impl.py `separable_conv2d`, whose depthwise
 * step goes through nn_ops.with_space_to_batch. A dilation rate above 1 would rewrite the input with
 * SpaceToBatchND/BatchToSpaceND, which tfscope does not build.
 */
import * as d from "../dtypes.js";
import { Unsupported, tfError } from "../errors.js";
import type { Tensor } from "../tensor.js";
import { NDArray } from "../../numpy/ndarray.js";
import { shape } from "./array.js";
import { type OpInput, constant, convertToTensor } from "./convert.js";
import { type Dim, type Dims, type InferContext, fail, mergeDim, withRank } from "./infer-context.js";
import { NN_OPS, windowedSize } from "./nn.js";
import { arg, opDef, typeAttr } from "./op-def.js";
import { applyOp1 } from "./op-library.js";
import { withNameScope } from "./scope.js";

export const SEPARABLE_OPS = {
  DepthwiseConv2dNative: opDef("DepthwiseConv2dNative", [arg("input"), arg("filter")], [{ name: "output", typeAttr: "T" }], [
    typeAttr("T", [d.float16, d.bfloat16, d.float32, d.float64]),
    { name: "strides", kind: "list(int)" },
    { name: "padding", kind: "string", allowedStrings: ["SAME", "VALID"] },
    { name: "data_format", kind: "string", default: "NHWC", allowedStrings: ["NHWC", "NCHW"] },
    { name: "dilations", kind: "list(int)", default: [1, 1, 1, 1] },
  ], depthwiseShape),
} as const;

/** InferenceContext::Multiply of two dimensions (shape_inference.cc): 1 is the identity. */
function multiplyDim(a: Dim, b: Dim): Dim {
  if (a === 1) return b;
  if (b === 1) return a;
  return a === null || b === null ? null : a * b;
}

/** DepthwiseConv2DNativeShape (common_shape_fns.cc 937-1009): NCHW is read as NHWC, the filter is
 *  [rows, cols, in_depth, multiplier], and the dilations are not consulted. */
function depthwiseShape(c: InferContext): Dims[] {
  let input = withRank(c.inputs[0]!, 4);
  const filter = withRank(c.inputs[1]!, 4);
  const strides = c.attr<readonly number[]>("strides");
  if (strides.length !== 4) fail(`DepthwiseConv2D requires the stride attribute to contain 4 values, but got: ${strides.length}`);
  const nchw = c.attr<string>("data_format") === "NCHW";
  let sr: number, sc: number;
  if (nchw) {
    input = [input[0]!, input[2]!, input[3]!, input[1]!];
    [sr, sc] = [strides[2]!, strides[3]!];
  } else {
    [sr, sc] = [strides[1]!, strides[2]!];
  }
  const inDepth = mergeDim(input[3]!, filter[2]!);
  const outDepth = multiplyDim(inDepth, filter[3]!);
  const padding = c.attr<string>("padding");
  const rows = windowedSize(input[1]!, filter[0]!, 1, sr, padding);
  const cols = windowedSize(input[2]!, filter[1]!, 1, sc, padding);
  return [nchw ? [input[0]!, outDepth, rows, cols] : [input[0]!, rows, cols, outDepth]];
}

export interface SeparableOptions {
  /** The 2 spatial dilation rates (`rate`/`dilations`); null is [1, 1]. */
  rate?: readonly number[] | null;
  name?: string | null;
  dataFormat?: string | null;
}

/** `tf.nn.separable_conv2d(input, depthwise_filter, pointwise_filter, strides, padding, rate=None,
 *  name=None, data_format=None)` (nn_impl.py): `separable_conv2d/Shape` of the depthwise filter, the
 *  `dilation_rate` constant of _WithSpaceToBatch, `depthwise`, then a Conv2D named after the scope. */
export function separableConv2d(input: OpInput, depthwiseFilter: OpInput, pointwiseFilter: OpInput, strides: readonly number[], padding: string, o: SeparableOptions = {}): Tensor {
  return withNameScope(o.name ?? null, "separable_conv2d", [input, depthwiseFilter, pointwiseFilter], (scope) => {
    const x = convertToTensor(input, { name: "tensor_in" });
    const dw = convertToTensor(depthwiseFilter, { name: "depthwise_filter" });
    const pw = convertToTensor(pointwiseFilter, { name: "pointwise_filter" });
    const pwShape = pw.shape.withRank(4);
    pwShape.dims![0]!.assertIsCompatibleWith(1);
    pwShape.dims![1]!.assertIsCompatibleWith(1);
    const rate = o.rate ?? [1, 1];
    const format = o.dataFormat ?? null;
    // nn_ops.with_space_to_batch: the filter's shape, then _WithSpaceToBatch converts the rate.
    shape(dw);
    constant({ kind: "ndarray", array: new NDArray("int32", [rate.length], [...rate]) }, d.int32, null, "dilation_rate");
    // spatial_dims starts at 1 (NHWC) or 2 (NCHW): either way the input needs rank len(rate) + 1.
    const expectedRank = rate.length + 1;
    if (x.shape.rank !== null && x.shape.rank < expectedRank) {
      throw tfError({ type: "ValueError", text: `input tensor must have rank ${expectedRank} at least` });
    }
    if (rate.some((r) => r < 1)) throw tfError({ type: "ValueError", text: "dilation_rate must be positive" });
    if (rate.some((r) => r !== 1)) throw new Unsupported("a dilated separable_conv2d (nn_ops.with_space_to_batch's SpaceToBatchND)");
    const attrs = format === null ? {} : { data_format: format };
    const depthwise = applyOp1(SEPARABLE_OPS.DepthwiseConv2dNative, "depthwise", { input: x, filter: dw }, { strides, padding, ...attrs });
    return applyOp1(NN_OPS.Conv2D, scope, { input: depthwise, filter: pw }, {
      strides: [1, 1, 1, 1], padding: "VALID", use_cudnn_on_gpu: true, explicit_paddings: [],
      data_format: format ?? "NHWC", dilations: [1, 1, 1, 1],
    });
  });
}
