/**
 * gen_array_ops.split_v: `SplitV`, the op array_ops.split builds for a list of sizes (and that
 * PartitionedVariable's assignments split a value into its shards with). Op registration and shape
 * function: tensorflow/core/ops/array_ops.cc REGISTER_OP("SplitV").
 */
import * as d from "../dtypes.js";
import { Unsupported } from "../errors.js";
import type { Tensor } from "../tensor.js";
import type { OpInput } from "./convert.js";
import type { Dims, InferContext } from "./infer-context.js";
import { arg, fixedArg, opDef, typeAttr } from "./op-def.js";
import { applyOp } from "./op-library.js";

// SplitV's shape function: the input's shape with split_dim replaced by each size (a -1 size takes the
// rest); unknown sizes or an unknown split_dim leave those dimensions unknown.
function splitVShape(c: InferContext): Dims[] {
  const n = Number(c.attrs["num_split"]);
  const input = c.inputs[0]!;
  const axisValue = c.inputTensor(2);
  if (input === null || axisValue === null) return new Array<Dims>(n).fill(input === null ? null : input.map(() => null));
  let axis = axisValue.numbers()[0]!;
  if (axis < 0) axis += input.length;
  const sizes = c.inputTensor(1)?.numbers() ?? null;
  if (sizes === null) return new Array<Dims>(n).fill(input.map((x, i) => (i === axis ? null : x)));
  const total = input[axis];
  const known = sizes.filter((s) => s !== -1).reduce((p, q) => p + q, 0);
  const out = sizes.map((s) => (s === -1 ? (total === null ? null : total - known) : s));
  if (total !== null && !sizes.includes(-1) && known !== total) {
    throw new Unsupported("SplitV with sizes that do not add up to the split dimension");
  }
  return out.map((s) => input.map((x, i) => (i === axis ? s : x)));
}

export const SPLIT_V = opDef("SplitV", [arg("value"), arg("size_splits", "Tlen"), fixedArg("split_dim", d.int32)],
  [{ name: "output", typeAttr: "T", numberAttr: "num_split" }],
  [{ name: "num_split", kind: "int", minimum: 1 }, typeAttr("T"), typeAttr("Tlen", [d.int32, d.int64], d.int64)],
  splitVShape);

/** `gen_array_ops.split_v(value, size_splits, axis, num_split, name=None)`: the shards. */
export function splitV(value: OpInput, sizeSplits: OpInput, axis: OpInput, numSplit: number, name: string | null = null): readonly Tensor[] {
  return applyOp(SPLIT_V, name, { value, size_splits: sizeSplits, split_dim: axis }, { num_split: numSplit }).outputs;
}
