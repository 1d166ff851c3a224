/**
 * gen_math_ops.select_v2, behind array_ops.where_v2 (the identity feature column's out-of-range
 * default): `SelectV2` with the registration and shape function of tensorflow/core/ops/math_ops.cc
 * (condition, then and else broadcast together).
 */
import * as d from "../dtypes.js";
import type { Tensor } from "../tensor.js";
import type { OpInput } from "./convert.js";
import { arg, fixedArg, opDef, typeAttr } from "./op-def.js";
import { applyOp1 } from "./op-library.js";
import { broadcastShapes } from "./shape-fns.js";

export const SELECT_V2_OP = opDef("SelectV2", [fixedArg("condition", d.bool), arg("t"), arg("e")], [{ name: "output", typeAttr: "T" }],
  [typeAttr("T")], (c) => [broadcastShapes(c.inputs[0]!, broadcastShapes(c.inputs[1]!, c.inputs[2]!))]);

/** `array_ops.where_v2(condition, x, y, name=None)` with both branches given: one SelectV2 op. */
export const selectV2 = (condition: OpInput, t: OpInput, e: OpInput, name: string | null = null): Tensor =>
  applyOp1(SELECT_V2_OP, name, { condition, t, e });
