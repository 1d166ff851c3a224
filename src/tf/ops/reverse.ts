/**
 * `array_ops.reverse` = gen_array_ops.reverse_v2 (TF 1.15 array_ops.py 43): the ReverseV2 registration
 * and shape function of tensorflow/core/ops/array_ops.cc 1196-1239 (the output has the input's shape;
 * constant axes are checked against the rank).
 */
import * as d from "../dtypes.js";
import type { Tensor } from "../tensor.js";
import type { OpInput } from "./convert.js";
import { fail, withRank } from "./infer-context.js";
import { opDef, typeAttr } from "./op-def.js";
import { applyOp1 } from "./op-library.js";
import * as T from "./type-sets.js";

export const REVERSE_V2 = opDef("ReverseV2", [{ name: "tensor", typeAttr: "T" }, { name: "axis", typeAttr: "Tidx" }],
  [{ name: "output", typeAttr: "T" }], [
    typeAttr("Tidx", T.INDEX_TYPES, d.int32),
    typeAttr("T", [d.uint8, d.int8, d.uint16, d.int16, d.int32, d.int64, d.bool, d.bfloat16, d.float16, d.float32, d.float64, d.complex64, d.complex128, d.string]),
  ], (c) => {
    const input = c.inputs[0]!;
    withRank(c.inputs[1]!, 1);
    if (input !== null && input.length > 8) fail("reverse does not work on tensors with more than 8 dimensions");
    const axis = c.inputTensor(1);
    if (axis !== null && input !== null) {
      const rank = input.length;
      const seen = new Array<boolean>(rank).fill(false);
      axis.numbers().forEach((a, i) => {
        const canonical = a < 0 ? rank + a : a;
        if (canonical < 0 || canonical >= rank) fail(`'axis'[${i}] = ${a} is out of valid range [0, ${rank - 1}`);
        if (seen[canonical]) fail(`axis ${canonical} specified more than once.`);
        seen[canonical] = true;
      });
    }
    return [input];
  });

/** `gen_array_ops.reverse_v2(tensor, axis, name=None)`. */
export const reverseV2 = (tensor: OpInput, axis: OpInput, name: string | null = null): Tensor =>
  applyOp1(REVERSE_V2, name, { tensor, axis });
