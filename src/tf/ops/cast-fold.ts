/**
 * The shape refiner's folding of `Cast` (eval_const_tensor.cc runs the Cast kernel on a constant
 * input): math_ops.range casts its arguments to the inferred dtype, and the Range shape function
 * reads their values through it.
 */
import { astype } from "../../numpy/elementwise.js";
import { registerConstantFolder } from "./constant-value.js";
import { numpyDTypeOf } from "./tensor-proto.js";
import { type DType, asDType } from "../dtypes.js";

registerConstantFolder("Cast", (t, value) => {
  const v = value(t.op.inputs[0]!);
  // constantValue folds only constant subgraphs, so the input has a value.
  if (v === null) throw new Error("Cast folded over a non-constant input");
  return astype(v, numpyDTypeOf(asDType(t.op.getAttr("DstT") as DType | string)));
});
