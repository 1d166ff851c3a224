/**
 * gen_array_ops.where: the one-argument `tf.where(condition)` (the `Where` op: the coordinates of the
 * true elements), which boolean_mask builds on (tensorflow/core/ops/array_ops.cc REGISTER_OP("Where")).
 */
import * as d from "../dtypes.js";
import type { Tensor } from "../tensor.js";
import type { OpInput } from "./convert.js";
import { opDef, typeAttr } from "./op-def.js";
import { applyOp1 } from "./op-library.js";
import * as T from "./type-sets.js";

export const WHERE_OP = opDef("Where", [{ name: "input", typeAttr: "T" }], [{ name: "index", type: d.int64 }],
  // array_ops.cc: T: {numbertype, bool} = DT_BOOL; the output is Matrix(UnknownDim, Rank(input)).
  [typeAttr("T", [...T.NUMBER_TYPES, d.bool], d.bool)],
  (c) => [[null, c.inputs[0] === null ? null : c.inputs[0]!.length]]);

/** `gen_array_ops.where(input, name=None)`: an int64 [num_true, rank] tensor. */
export function whereIndices(condition: OpInput, name: string | null = null): Tensor {
  return applyOp1(WHERE_OP, name, { input: condition });
}
