/**
 * The fused cross-entropy ops of nn_ops.cc (SoftmaxCrossEntropyWithLogits,
 * SparseSoftmaxCrossEntropyWithLogits), LogSoftmax and PreventGradient, which their gradients build.
 * Their Python wrappers (nn_ops.py) are in the shim (_tfxent.py).
 */
import * as d from "../dtypes.js";
import type { Tensor } from "../tensor.js";
import type { OpInput } from "./convert.js";
import { type Dims, type InferContext, ShapeError, fail, mergeDim, mergeShape, withRank, withRankAtLeast } from "./infer-context.js";
import { arg, opDef, typeAttr } from "./op-def.js";
import { applyOp as applyOpDef, applyOp1 } from "./op-library.js";
import { broadcastShapes, unchangedShape } from "./shape-fns.js";

const XENT_TYPES = [d.float16, d.bfloat16, d.float32, d.float64];

/** nn_ops.cc SoftmaxCrossEntropyWithLogits: rank-2 inputs that merge, else their broadcast must be rank 2. */
function softmaxXentShape(c: InferContext): Dims[] {
  let input: Dims = null;
  try {
    input = mergeShape(withRank(c.inputs[0]!, 2), c.inputs[1]!);
  } catch (e) {
    if (!(e instanceof ShapeError)) throw e;
  }
  if (input !== null) return [[input[0]!], input];
  const out = broadcastShapes(c.inputs[0]!, c.inputs[1]!);
  if (out === null) fail("Shape must be broadcasted with rank 2, but is rank is unknown.");
  if (out.length !== 2) fail(`Shape must be broadcasted with rank 2, but is rank ${out.length}`);
  return [[out[0]!], out];
}

/** nn_ops.cc SparseSoftmaxCrossEntropyWithLogits: features [batch, classes], labels [batch]. */
function sparseSoftmaxXentShape(c: InferContext): Dims[] {
  const features = withRank(c.inputs[0]!, 2);
  const labels = withRank(c.inputs[1]!, 1);
  const batch = mergeDim(features[0]!, labels[0]!);
  return [[batch], [batch, features[1]!]];
}

export const XENT_OPS = {
  SoftmaxCrossEntropyWithLogits: opDef("SoftmaxCrossEntropyWithLogits", [arg("features"), arg("labels")],
    [{ name: "loss", typeAttr: "T" }, { name: "backprop", typeAttr: "T" }], [typeAttr("T", XENT_TYPES)], softmaxXentShape),
  SparseSoftmaxCrossEntropyWithLogits: opDef("SparseSoftmaxCrossEntropyWithLogits", [arg("features"), arg("labels", "Tlabels")],
    [{ name: "loss", typeAttr: "T" }, { name: "backprop", typeAttr: "T" }],
    [typeAttr("T", XENT_TYPES), typeAttr("Tlabels", [d.int32, d.int64], d.int64)], sparseSoftmaxXentShape),
  LogSoftmax: opDef("LogSoftmax", [arg("logits")], [{ name: "logsoftmax", typeAttr: "T" }], [typeAttr("T", XENT_TYPES)],
    (c) => [withRankAtLeast(c.inputs[0]!, 1)]),
  PreventGradient: opDef("PreventGradient", [arg("input")], [{ name: "output", typeAttr: "T" }],
    [typeAttr("T"), { name: "message", kind: "string", default: "" }], unchangedShape),
} as const;

/** gen_nn_ops.softmax_cross_entropy_with_logits: (loss, backprop). */
export function softmaxXentOp(features: OpInput, labels: OpInput, name: string | null = null): [Tensor, Tensor] {
  const op = applyOpDef(XENT_OPS.SoftmaxCrossEntropyWithLogits, name, { features, labels });
  return [op.outputs[0]!, op.outputs[1]!];
}

/** gen_nn_ops.sparse_softmax_cross_entropy_with_logits: (loss, backprop). */
export function sparseSoftmaxXentOp(features: OpInput, labels: OpInput, name: string | null = null): [Tensor, Tensor] {
  const op = applyOpDef(XENT_OPS.SparseSoftmaxCrossEntropyWithLogits, name, { features, labels });
  return [op.outputs[0]!, op.outputs[1]!];
}

/** gen_nn_ops.log_softmax (nn_ops.log_softmax over the last axis builds it directly). */
export const logSoftmaxOp = (logits: OpInput, name: string | null = null): Tensor => applyOp1(XENT_OPS.LogSoftmax, name, { logits });

/** array_ops.prevent_gradient. */
export const preventGradient = (input: OpInput, message = "", name: string | null = null): Tensor =>
  applyOp1(XENT_OPS.PreventGradient, name, { input }, { message });
