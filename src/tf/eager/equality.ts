/**
 * `==` and `!=` on tensors and variables under TF 2.x (math_ops.py `tensor_equals`/`tensor_not_equals`
 * 1965-2040, variables.py `Variable.__eq__`/`__ne__` 1088-1103 in 2.10). Tensor equality is on in TF 2,
 * so while executing eagerly the operators are element-wise Equal/NotEqual with
 * `incompatible_shape_error=False` (shapes that do not broadcast give a scalar False/True); otherwise,
 * and for a graph tensor even in eager mode, they test identity.
 */
import { currentProfile, executingEagerly } from "../context.js";
import type { OpInput } from "../ops/convert.js";
import { MATH_OPS } from "../ops/math.js";
import { applyOp1 } from "../ops/op-library.js";
import { type TensorSource, isTensorSource, sourceStr } from "../ops/tensor-source.js";
import { TFError } from "../errors.js";
import { Tensor } from "../tensor.js";
import { EagerTensor } from "./eager-tensor.js";

/**
 * `self == other` (or `!=` when `negate`). `self` is a tensor or variable; `identical` is Python's
 * `self is other`, the answer when equality is identity. Returns a Python bool or a bool tensor.
 */
export function tensorEquality(self: OpInput, other: OpInput, identical: boolean, negate: boolean): boolean | Tensor {
  const identity = negate ? !identical : identical;
  // TF 1.15 and disable_v2_behavior() leave Tensor._USE_EQUALITY off; no eager execution, no equality.
  if (currentProfile() !== "2" || !executingEagerly()) return identity;
  const isTensor = self instanceof Tensor;
  // tensor_equals reads `getattr(self, "graph", None)`: a graph tensor compares by identity.
  if (isTensor && !(self instanceof EagerTensor)) return identity;
  // Only the Tensor operators short-cut None; Variable.__eq__ hands it to Equal.
  if (isTensor && !isTensorSource(other) && other.kind === "none") return negate;
  return applyOp1(negate ? MATH_OPS.NotEqual : MATH_OPS.Equal, null, { x: self, y: other }, { incompatible_shape_error: false });
}

/**
 * Why `hash(x)` fails for a tensor or variable under TF 2 equality (ops.py `Tensor.__hash__` 897-904,
 * variables.py `Variable.__hash__` 1079-1085), or null when Python's identity hash applies.
 */
export function hashRefusal(self: TensorSource): TFError | null {
  if (currentProfile() !== "2" || !executingEagerly()) return null;
  if (self instanceof Tensor) {
    if (!(self instanceof EagerTensor)) return null;
    return new TFError("TypeError", "Tensor is unhashable. Instead, use tensor.ref() as the key.");
  }
  return new TFError("TypeError", `Variable is unhashable. Instead, use variable.ref() as the key. (Variable: ${sourceStr(self)})`);
}
