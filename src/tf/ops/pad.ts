/**
 * `tf.pad` in CONSTANT mode (array_ops.py 2768-2870): gen_array_ops.pad when constant_values is the
 * Python 0, pad_v2 otherwise, with array_ops.cc PadShapeFn. REFLECT and SYMMETRIC (MirrorPad) are
 * refused by name.
 */
import { Unsupported, TFError } from "../errors.js";
import type { Tensor } from "../tensor.js";
import type { OpInput } from "./convert.js";
import { type Dims, type InferContext, addDim, fail, withRank, withValue } from "./infer-context.js";
import { arg, opDef, typeAttr } from "./op-def.js";
import { applyOp1 } from "./op-library.js";
import * as d from "../dtypes.js";
import * as T from "./type-sets.js";

/** array_ops.cc 80-117 PadShapeFn, with PadKnown when the paddings are constant. */
function padShape(c: InferContext): Dims[] {
  const paddings = withRank(c.inputs[1]!, 2);
  withValue(paddings[1]!, 2);
  let input = c.inputs[0]!;
  const n = paddings[0]!;
  if (n !== null) input = withRank(input, n);
  const p = c.inputTensor(1);
  if (p === null) return [n !== null ? new Array(n).fill(null) : input === null ? null : input.map(() => null)];
  const numDims = p.shape[0]!;
  const dims = withRank(input, numDims);
  const v = p.numbers();
  return [dims.map((x, i) => {
    const [a, b] = [v[2 * i]!, v[2 * i + 1]!];
    if (a < 0 || b < 0) fail("Paddings must be non-negative");
    return addDim(x, a + b);
  })];
}

export const PAD_OPS = {
  Pad: opDef("Pad", [arg("input"), arg("paddings", "Tpaddings")], [{ name: "output", typeAttr: "T" }],
    [typeAttr("T"), typeAttr("Tpaddings", T.INDEX_TYPES, d.int32)], padShape),
  PadV2: opDef("PadV2", [arg("input"), arg("paddings", "Tpaddings"), arg("constant_values")], [{ name: "output", typeAttr: "T" }],
    [typeAttr("T"), typeAttr("Tpaddings", T.INDEX_TYPES, d.int32)], padShape),
} as const;

/** gen_array_ops.pad. */
export const padOp = (input: OpInput, paddings: OpInput, name: string | null = null): Tensor => applyOp1(PAD_OPS.Pad, name, { input, paddings });

/** `tf.pad(tensor, paddings, mode="CONSTANT", name=None, constant_values=0)`; `zeroValue` says the
 *  constant_values argument is not a tensor and equals 0. */
export function pad(tensor: OpInput, paddings: OpInput, mode: string, name: string | null, constantValues: OpInput, zeroValue: boolean): Tensor {
  const m = mode.toUpperCase();
  if (m === "REFLECT" || m === "SYMMETRIC") throw new Unsupported(`tf.pad(mode="${mode}")`);
  if (m !== "CONSTANT") throw new TFError("ValueError", `Unknown padding mode: ${m}`);
  if (zeroValue) return padOp(tensor, paddings, name);
  return applyOp1(PAD_OPS.PadV2, name, { input: tensor, paddings, constant_values: constantValues });
}
