/**
 * TF 2.x eager execution: EagerTensor values, ops run at once, and their Python faces (repr, str,
 * refused attributes). The op catalogue routes ops here while `executingEagerly()`.
 */
export { EagerTensor, eagerAttributeError } from "./eager-tensor.js";
export type { EagerRefusedAttribute } from "./eager-tensor.js";
export { eagerConstant, executeEagerly } from "./execute.js";
export type { Localize } from "./execute.js";
export { eagerTensorRepr, eagerTensorStr, eagerVariableRepr } from "./format.js";
export { hashRefusal, tensorEquality } from "./equality.js";
