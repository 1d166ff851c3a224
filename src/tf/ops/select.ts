/**
 * The select ops of tensorflow/core/ops/math_ops.cc: `Select` (gen_math_ops.select, behind TF 1's
 * `tf.where(condition, x, y)`: then and else of one shape, the condition of that shape, a scalar, or a
 * vector over the first dimension) and `SelectV2` (behind array_ops.where_v2, e.g. the identity feature
 * column's out-of-range default: condition, then and else broadcast together).
 */
import * as d from "../dtypes.js";
import type { Tensor } from "../tensor.js";
import type { OpInput } from "./convert.js";
import { arg, fixedArg, opDef, typeAttr } from "./op-def.js";
import { applyOp1 } from "./op-library.js";
import { broadcastShapes } from "./shape-fns.js";
import { type Dims, type InferContext, mergeShape } from "./infer-context.js";

// Select's shape function (math_ops.cc REGISTER_OP("Select")); resource handle data is not modelled.
function selectShape(c: InferContext): Dims[] {
  const data = mergeShape(c.inputs[1]!, c.inputs[2]!);
  const cond = c.inputs[0]!;
  if (cond === null || data === null) return [data];
  if (cond.length === 0) return [data];
  if (cond.length !== 1) return [mergeShape(data, cond)];
  if (data.length === 0) return [mergeShape(data, cond)];
  mergeShape(cond, [data[0]!]);
  return [data];
}

export const SELECT_OP = opDef("Select", [fixedArg("condition", d.bool), arg("t"), arg("e")], [{ name: "output", typeAttr: "T" }],
  [typeAttr("T")], selectShape);

/** `gen_math_ops.select(condition, x, y, name=None)`: one Select op. */
export const select = (condition: OpInput, t: OpInput, e: OpInput, name: string | null = null): Tensor =>
  applyOp1(SELECT_OP, name, { condition, t, e });

export const SELECT_V2_OP = opDef("SelectV2", [fixedArg("condition", d.bool), arg("t"), arg("e")], [{ name: "output", typeAttr: "T" }],
  [typeAttr("T")], (c) => [broadcastShapes(c.inputs[0]!, broadcastShapes(c.inputs[1]!, c.inputs[2]!))]);

/** `array_ops.where_v2(condition, x, y, name=None)` with both branches given: one SelectV2 op. */
export const selectV2 = (condition: OpInput, t: OpInput, e: OpInput, name: string | null = null): Tensor =>
  applyOp1(SELECT_V2_OP, name, { condition, t, e });
