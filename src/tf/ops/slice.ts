/**
 * array_ops.slice (gen_array_ops `Slice`, tensorflow/core/ops/array_ops.cc): `begin` and `size`
 * converted inside the op's scope (`Slice/begin`, `Slice/size`); the shape function is exact when
 * `size` is a constant (a -1 size runs to the end of the dimension), else only the rank is known.
 */
import { Unsupported } from "../errors.js";
import type { Tensor } from "../tensor.js";
import type { OpInput } from "./convert.js";
import { type Dims, withRank } from "./infer-context.js";
import { arg, opDef, typeAttr } from "./op-def.js";
import { applyOp1 } from "./op-library.js";
import * as T from "./type-sets.js";

export const SLICE = opDef("Slice", [arg("input"), arg("begin", "Index"), arg("size", "Index")], [{ name: "output", typeAttr: "T" }], [
  typeAttr("T"), typeAttr("Index", T.INDEX_TYPES),
], (c): Dims[] => {
  const begin = withRank(c.inputs[1]!, 1);
  withRank(c.inputs[2]!, 1);
  const input = begin[0] === null ? c.inputs[0]! : withRank(c.inputs[0]!, begin[0]!);
  const sizes = c.inputTensor(2);
  const starts = c.inputTensor(1);
  if (sizes === null) return [begin[0] === null ? null : begin.map(() => null)];
  return [sizes.numbers().map((s, i) => {
    if (s !== -1) return s;
    const dim = input === null ? null : input[i] ?? null;
    if (dim === null || starts === null) return null;
    if (starts.numbers()[i]! > dim) throw new Unsupported("a Slice whose begin passes the end of the input (its shape error)");
    return dim - starts.numbers()[i]!;
  })];
});

/** `tf.slice(input_, begin, size, name=None)`. */
export function slice(input: OpInput, begin: OpInput, size: OpInput, name: string | null = null): Tensor {
  return applyOp1(SLICE, name, { input, begin, size });
}

