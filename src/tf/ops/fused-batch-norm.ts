/**
 * FusedBatchNormV3 and FusedBatchNormGradV3 (tensorflow/core/ops/nn_ops.cc 204-221 and 284-301) with
 * common_shape_fns.cc FusedBatchNormShape/FusedBatchNormV3Shape and FusedBatchNormGradShape: the op
 * nn_impl.py fused_batch_norm emits in TF 1.15 (forward_compatible(2019, 6, 6) holds there).
 */
import * as d from "../dtypes.js";
import type { Operation, Tensor } from "../tensor.js";
import type { OpInput } from "./convert.js";
import { type Dim, type Dims, type InferContext, mergeDim, withRank } from "./infer-context.js";
import { arg, opDef, typeAttr } from "./op-def.js";
import { applyOp } from "./op-library.js";

const ATTRS = [
  typeAttr("T", [d.float16, d.bfloat16, d.float32]),
  typeAttr("U", [d.float32]),
  { name: "epsilon", kind: "float", default: 0.0001 },
  { name: "data_format", kind: "string", default: "NHWC", allowedStrings: ["NHWC", "NCHW"] },
  { name: "is_training", kind: "bool", default: true },
] as const;

const channelIndex = (c: InferContext) => (c.attr<string>("data_format") === "NCHW" ? 1 : 3);

/** FusedBatchNormShape: x of rank 4; scale, offset (and mean, variance when not training) vectors of
 *  the channel dim; y is x with the merged channel dim, the four statistics vectors of it. */
function forwardShape(c: InferContext): Dims[] {
  const x = withRank(c.inputs[0]!, 4);
  const ci = channelIndex(c);
  let channel: Dim = x[ci]!;
  const n = c.attr<boolean>("is_training") ? 3 : 5;
  for (let i = 1; i < n; i++) channel = mergeDim(channel, withRank(c.inputs[i]!, 1)[0]!);
  const y = x.map((v, i) => (i === ci ? channel : v));
  return [y, [channel], [channel], [channel], [channel], null];
}

/** FusedBatchNormGradShape. */
function gradShape(c: InferContext): Dims[] {
  const dy = withRank(c.inputs[0]!, 4);
  const x = withRank(c.inputs[1]!, 4);
  const ci = channelIndex(c);
  let channel = mergeDim(dy[ci]!, x[ci]!);
  for (let i = 2; i < 5; i++) channel = mergeDim(channel, withRank(c.inputs[i]!, 1)[0]!);
  const dx = dy.map((v, i) => (i === ci ? channel : v));
  const reserve: Dims = c.attr<boolean>("is_training") ? [0] : [channel];
  return [dx, [channel], [channel], reserve, reserve];
}

export const FUSED_BATCH_NORM_OPS = {
  FusedBatchNormV3: opDef("FusedBatchNormV3",
    [arg("x"), arg("scale", "U"), arg("offset", "U"), arg("mean", "U"), arg("variance", "U")],
    [{ name: "y", typeAttr: "T" }, { name: "batch_mean", typeAttr: "U" }, { name: "batch_variance", typeAttr: "U" },
      { name: "reserve_space_1", typeAttr: "U" }, { name: "reserve_space_2", typeAttr: "U" }, { name: "reserve_space_3", typeAttr: "U" }],
    [...ATTRS], forwardShape),
  FusedBatchNormGradV3: opDef("FusedBatchNormGradV3",
    [arg("y_backprop"), arg("x"), { name: "scale", type: d.float32 }, arg("reserve_space_1", "U"), arg("reserve_space_2", "U"),
      arg("reserve_space_3", "U")],
    [{ name: "x_backprop", typeAttr: "T" }, { name: "scale_backprop", typeAttr: "U" }, { name: "offset_backprop", typeAttr: "U" },
      { name: "reserve_space_4", typeAttr: "U" }, { name: "reserve_space_5", typeAttr: "U" }],
    [...ATTRS], gradShape),
} as const;

export interface FusedBatchNormAttrs {
  epsilon: number;
  dataFormat: string;
  isTraining: boolean;
}

/** gen_nn_ops.fused_batch_norm_v3: the op's six outputs. */
export function fusedBatchNormV3(x: OpInput, scale: OpInput, offset: OpInput, mean: OpInput, variance: OpInput,
  a: FusedBatchNormAttrs, name: string | null = null): Tensor[] {
  const op: Operation = applyOp(FUSED_BATCH_NORM_OPS.FusedBatchNormV3, name, { x, scale, offset, mean, variance },
    { epsilon: Math.fround(a.epsilon), data_format: a.dataFormat, is_training: a.isTraining });
  return [...op.outputs];
}

/** gen_nn_ops.fused_batch_norm_grad_v3: its five outputs. */
export function fusedBatchNormGradV3(yBackprop: OpInput, x: OpInput, scale: OpInput, r1: OpInput, r2: OpInput, r3: OpInput,
  a: FusedBatchNormAttrs, name: string | null = null): Tensor[] {
  const op: Operation = applyOp(FUSED_BATCH_NORM_OPS.FusedBatchNormGradV3, name,
    { y_backprop: yBackprop, x, scale, reserve_space_1: r1, reserve_space_2: r2, reserve_space_3: r3 },
    { epsilon: Math.fround(a.epsilon), data_format: a.dataFormat, is_training: a.isTraining });
  return [...op.outputs];
}
