/**
 * tf.diag (array_ops.cc Diag: the output shape is the input's twice) and tf.cross (math_ops.cc Cross:
 * equal shapes whose last dim is 3), both generated wrappers with no scope of their own.
 */
import * as d from "../dtypes.js";
import type { Tensor } from "../tensor.js";
import type { OpInput } from "./convert.js";
import { type Dims, mergeShape, withRankAtLeast, withValue } from "./infer-context.js";
import { arg, opDef, typeAttr } from "./op-def.js";
import { applyOp1 } from "./op-library.js";
import * as T from "./type-sets.js";

export const DIAG_CROSS_OPS = {
  Diag: opDef("Diag", [arg("diagonal")], [{ name: "output", typeAttr: "T" }],
    [typeAttr("T", [d.bfloat16, d.float16, d.float32, d.float64, d.int32, d.int64, d.complex64, d.complex128])],
    (c) => {
      const s = withRankAtLeast(c.inputs[0]!, 1);
      return [s === null ? null : [...s, ...s]];
    }),
  Cross: opDef("Cross", [arg("a"), arg("b")], [{ name: "product", typeAttr: "T" }], [typeAttr("T", T.REAL_NUMBER_TYPES)],
    (c) => {
      const s: Dims = mergeShape(withRankAtLeast(c.inputs[0]!, 1), withRankAtLeast(c.inputs[1]!, 1));
      if (s !== null) withValue(s[s.length - 1]!, 3);
      return [s === null ? null : s.map((x, i) => (i === s.length - 1 ? 3 : x))];
    }),
} as const;

export const diag = (diagonal: OpInput, name: string | null = null): Tensor => applyOp1(DIAG_CROSS_OPS.Diag, name, { diagonal });
export const cross = (a: OpInput, b: OpInput, name: string | null = null): Tensor => applyOp1(DIAG_CROSS_OPS.Cross, name, { a, b });
