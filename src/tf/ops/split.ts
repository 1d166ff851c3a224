/**
 * The ops that cut a tensor into pieces: `Split` (array_ops.split with a number of splits), `SplitV`
 * (a list of sizes, and what PartitionedVariable's assignments split a value into its shards with) and
 * `Unpack` (array_ops.unstack). Registrations and shape functions: tensorflow/core/ops/array_ops.cc
 * REGISTER_OP("Split"), ("SplitV"), ("Unpack").
 */
import * as d from "../dtypes.js";
import { Unsupported } from "../errors.js";
import type { Tensor } from "../tensor.js";
import type { OpInput } from "./convert.js";
import { type Dim, type Dims, type InferContext, fail, withContext, withRankAtLeast, withValue } from "./infer-context.js";
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

/** InferenceContext::MakeDimForScalarInputWithNegativeIndexing (shape_inference.cc 983-1010). */
function scalarDimWithNegativeIndexing(c: InferContext, idx: number, rank: number | null): Dim {
  const t = c.inputTensor(idx);
  if (t === null) return null;
  if (t.shape.length !== 0) fail(`Input must be scalar but has rank ${t.shape.length}`);
  let v = t.numbers()[0]!;
  const r = rank ?? -1;
  if (v < 0) {
    if (r < 0) return null;
    if (v + r < 0) fail(`Dimension size, given by scalar input ${v} must be in range [-${r}, ${r})`);
    v += r;
  } else if (r >= 0 && v >= r) {
    fail(`Dimension size, given by scalar input ${v} must be in range [-${r}, ${r})`);
  }
  return v;
}

/** InferenceContext::Divide (shape_inference.cc 1012-1036), evenly divisible. */
function divideEvenly(d: Dim, divisor: number): Dim {
  if (divisor === 1) return d;
  if (d === null) return null;
  if (divisor <= 0) fail(`Divisor must be positive but is ${divisor}`);
  if (d % divisor !== 0) fail(`Dimension size must be evenly divisible by ${divisor} but is ${d}`);
  return d / divisor;
}

// Split's shape function (array_ops.cc 590-620): the split dimension divided by num_split.
function splitShape(c: InferContext): Dims[] {
  const n = Number(c.attrs["num_split"]);
  const input = c.inputs[1]!;
  const dim = scalarDimWithNegativeIndexing(c, 0, input === null ? null : input.length);
  let out: Dims;
  if (dim === null) out = input === null ? null : input.map(() => null);
  else {
    const s = withRankAtLeast(input, dim + 1);
    if (s === null) out = null;
    else {
      const size = withContext(() => divideEvenly(s[dim]!, n), "Number of ways to split should evenly divide the split dimension");
      out = s.map((x, i) => (i === dim ? size : x));
    }
  }
  return new Array<Dims>(n).fill(out);
}

export const SPLIT = opDef("Split", [fixedArg("split_dim", d.int32), arg("value")],
  [{ name: "output", typeAttr: "T", numberAttr: "num_split" }],
  [{ name: "num_split", kind: "int", minimum: 1 }, typeAttr("T")],
  splitShape);

/** `gen_array_ops.split(axis, value, num_split, name=None)`: num_split equal pieces along axis. */
export function split(axis: OpInput, value: OpInput, numSplit: number, name: string | null = null): readonly Tensor[] {
  return applyOp(SPLIT, name, { split_dim: axis, value }, { num_split: numSplit }).outputs;
}

// Unpack's shape function (array_ops.cc 437-468): the input without the axis dimension, which must be num.
function unpackShape(c: InferContext): Dims[] {
  const s = c.inputs[0]!;
  const n = Number(c.attrs["num"]);
  let out: Dims = null;
  if (s !== null) {
    const rank = s.length;
    let axis = c.attr<number>("axis");
    // GetAxisForPackAndUnpack(c, rank, &axis).
    if (axis < -rank || axis >= rank) fail(`Invalid axis: ${axis}; must be in [${-rank},${rank})`);
    if (axis < 0) axis += rank;
    withValue(s[axis]!, n);
    out = s.filter((_, i) => i !== axis);
  }
  return new Array<Dims>(n).fill(out);
}

export const UNPACK = opDef("Unpack", [arg("value")], [{ name: "output", typeAttr: "T", numberAttr: "num" }],
  [{ name: "num", kind: "int", minimum: 0 }, typeAttr("T"), { name: "axis", kind: "int", default: 0 }],
  unpackShape);

/** `gen_array_ops.unpack(value, num, axis=0, name=None)`: the slices along axis. */
export function unpack(value: OpInput, num: number, axis: number, name: string | null = null): readonly Tensor[] {
  return applyOp(UNPACK, name, { value }, { num, axis }).outputs;
}
