/**
 * `tf.slice(input_, begin, size, name=None)`: array_ops.slice is gen_array_ops._slice, one `Slice`
 * op, with the shape function of tensorflow/core/ops/array_ops.cc (exact dims when `size` is
 * constant; a size of -1 takes the rest of the dimension).
 */
import type { Tensor } from "../tensor.js";
import type { OpInput } from "./convert.js";
import { type Dims, mergeDim, withRank } from "./infer-context.js";
import { arg, opDef, typeAttr } from "./op-def.js";
import { applyOp1 } from "./op-library.js";
import * as T from "./type-sets.js";

export const SLICE = opDef("Slice", [arg("input"), arg("begin", "Index"), arg("size", "Index")], [{ name: "output", typeAttr: "T" }],
  [typeAttr("T"), typeAttr("Index", T.INDEX_TYPES)], (c): Dims[] => {
    const b = withRank(c.inputs[1]!, 1), s = withRank(c.inputs[2]!, 1);
    const ndims = mergeDim(b[0]!, s[0]!);
    if (ndims === null) return [null];
    const input = withRank(c.inputs[0]!, ndims);
    const begin = c.makeShapeFromShapeTensor(1);
    const sizes = c.inputTensor(2);
    if (sizes === null) return [Array.from({ length: ndims }, () => null)];
    return [sizes.numbers().map((n, i) => {
      if (n !== -1) return n;
      const from = begin === null ? null : begin[i]!;
      return input[i] === null || from === null ? null : input[i]! - from;
    })];
  });

export const slice = (input: OpInput, begin: OpInput, size: OpInput, name: string | null = null): Tensor =>
  applyOp1(SLICE, name, { input, begin, size });
