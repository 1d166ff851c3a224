/**
 * Tensors and the objects TF converts to tensors through a registered conversion function
 * (ops.register_tensor_conversion_function): RefVariable and ResourceVariable.
 */
import type { DType } from "../dtypes.js";
import { Unsupported } from "../errors.js";
import { type VariableLike, tensorRepr, tensorStr, variableRepr } from "../format.js";
import { Tensor } from "../tensor.js";
import { EagerTensor } from "../eager/eager-tensor.js";
import { eagerTensorRepr, eagerTensorStr, eagerVariableRepr } from "../eager/format.js";

/**
 * An object with a registered tensor conversion function, e.g. a variable: `convertToTensor` is
 * that function (`_dense_var_to_tensor`), called with the requested dtype, name and as_ref flag.
 * It is "dense tensor like" (ops.is_dense_tensor_like), so lists holding it are auto-packed.
 */
export interface TensorConvertible {
  readonly dtype: DType;
  convertToTensor(dtype: DType | null, name: string | null, asRef: boolean): Tensor;
}

export type TensorSource = Tensor | TensorConvertible;

export function isTensorSource(x: unknown): x is TensorSource {
  return x instanceof Tensor || (typeof x === "object" && x !== null && "convertToTensor" in x);
}

function isVariableLike(x: object): x is VariableLike {
  return "name" in x && "getShape" in x;
}

/** Python's repr of a tensor or variable. */
export function sourceRepr(s: TensorSource): string {
  if (s instanceof EagerTensor) return eagerTensorRepr(s);
  if (s instanceof Tensor) return tensorRepr(s);
  if (isEagerVariable(s)) return eagerVariableRepr(s);
  if (isVariableLike(s)) return variableRepr(s);
  throw new Unsupported("the repr of a tensor-convertible object");
}

/** Python's str of a tensor (`Tensor("a:0", ...)`) or variable (its repr: RefVariable has no __str__). */
export function sourceStr(s: TensorSource): string {
  if (s instanceof EagerTensor) return eagerTensorStr(s);
  return s instanceof Tensor ? tensorStr(s) : sourceRepr(s);
}

function isEagerVariable(s: TensorSource): s is TensorSource & VariableLike & { readonly initialValue: unknown } {
  return (s as { kind?: unknown }).kind === "eager";
}

/** `type(x).__name__` of a tensor or variable: Tensor, EagerTensor, RefVariable, ResourceVariable. */
export function sourceTypeName(s: TensorSource): string {
  if (s instanceof EagerTensor) return "EagerTensor";
  if (s instanceof Tensor) return "Tensor";
  const kind = (s as { kind?: unknown }).kind;
  if (kind === "ref") return "RefVariable";
  if (kind === "resource" || kind === "eager") return "ResourceVariable";
  throw new Unsupported("the Python type name of a tensor-convertible object");
}
