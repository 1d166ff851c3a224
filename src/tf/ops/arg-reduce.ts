/**
 * `tf.argmax` / `tf.argmin` (math_ops.py argmax/argmax_v2, TF 1.15): `axis` (or the deprecated
 * `dimension`) defaults to 0; gen_math_ops builds ArgMax/ArgMin with ArgOpShape's output shape.
 */
import * as d from "../dtypes.js";
import type { DType } from "../dtypes.js";
import { TFError } from "../errors.js";
import type { Tensor } from "../tensor.js";
import type { OpInput } from "./convert.js";
import { type Dims, type InferContext, fail, withRank } from "./infer-context.js";
import { arg, opDef, typeAttr } from "./op-def.js";
import { applyOp1 } from "./op-library.js";
import { pyInt } from "./pyvalue.js";
import * as T from "./type-sets.js";

/** math_ops.cc ArgOpShape. */
function argOpShape(c: InferContext): Dims[] {
  withRank(c.inputs[1]!, 0);
  const input = c.inputs[0]!;
  if (input === null) return [null];
  const dimV = c.inputTensor(1);
  if (dimV === null) return [input.length === 0 ? null : new Array<null>(input.length - 1).fill(null)];
  const r = input.length;
  let dim = dimV.numbers()[0]!;
  if (dim < -r || dim >= r) fail(`Expected dimension in the range [${-r}, ${r}), but got ${dim}`);
  if (dim < 0) dim += r;
  return [input.filter((_, i) => i !== dim)];
}

const argOp = (name: string) => opDef(name, [arg("input"), arg("dimension", "Tidx")], [{ name: "output", typeAttr: "output_type" }], [
  typeAttr("T", T.NUMBER_TYPES), typeAttr("Tidx", T.INDEX_TYPES, d.int32), typeAttr("output_type", T.INDEX_TYPES, d.int64),
], argOpShape);

export const ARG_OPS = { ArgMax: argOp("ArgMax"), ArgMin: argOp("ArgMin") } as const;

/** `tf.argmax(input, axis=None, name=None, dimension=None, output_type=tf.int64)`; `which` picks argmin. */
export function argReduce(which: "ArgMax" | "ArgMin", input: OpInput, axis: OpInput | null, dimension: OpInput | null,
  outputType: DType = d.int64, name: string | null = null): Tensor {
  if (axis !== null && dimension !== null) throw new TFError("ValueError", "Cannot specify both 'axis' and 'dimension'");
  return applyOp1(ARG_OPS[which], name, { input, dimension: axis ?? dimension ?? pyInt(0) }, { output_type: outputType });
}
