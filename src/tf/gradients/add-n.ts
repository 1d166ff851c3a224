/** `tf.add_n(inputs, name=None)` (math_ops.py, TF 1.15): one input is returned as is (or an Identity when named). */
import { TFError } from "../errors.js";
import { identity } from "../ops/array.js";
import { type OpInput, convertToTensor } from "../ops/convert.js";
import type { Tensor } from "../tensor.js";
import { addNOp } from "./grad-ops.js";

const BAD_INPUTS = "inputs must be a list of at least one Tensor/IndexedSlices with the same dtype and shape";

/** `inputs` null: not a list or tuple. */
export function addN(inputs: readonly OpInput[] | null, name: string | null = null): Tensor {
  if (inputs === null || inputs.length === 0) throw new TFError("ValueError", BAD_INPUTS);
  const ts = inputs.map((v) => convertToTensor(v));
  if (ts.length === 1) return name ? identity(ts[0]!, name) : ts[0]!;
  return addNOp(ts, name);
}
