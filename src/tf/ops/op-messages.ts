/**
 * The messages the op catalogue raises, in the engine's catalogue format (see ../messages.ts), each
 * copied character for character from TF 1.15.5 with its source beside it.
 */
import type { Message } from "../messages.js";

const m = (type: string, text: string): Message => ({ type, text });

export const OM = {
  // --- ops.py internal_convert_to_tensor (1249-1310) ---
  conversionDtype: m("ValueError", "Tensor conversion requested dtype {0} for Tensor with dtype {1}: {2}"),

  // --- op_def_library.py _apply_op_helper (374-800) ---
  expectedList: m("TypeError", "Expected list for '{0}' argument to '{1}' Op, not {2}."), // odl 441
  listTypesExpected: m("TypeError", "Tensors in list passed to '{0}' of '{1}' Op have types [{2}] that do not match expected type {3}."), // odl 487
  listTypesInferred: m("TypeError", "Tensors in list passed to '{0}' of '{1}' Op have types [{2}] that do not match type {3} inferred from earlier arguments."), // odl 490
  listTypesDontMatch: m("TypeError", "Tensors in list passed to '{0}' of '{1}' Op have types [{2}] that don't all match."), // odl 494
  expectedDtypeParam: m("TypeError", "Expected {0} passed to parameter '{1}' of op '{2}', got {3} of type '{4}' instead. Error: {5}"), // odl 534
  triedToConvert: m("ValueError", "Tried to convert '{0}' to a tensor and failed. Error: {1}"), // odl 544
  inputExpectedType: m("TypeError", "Input '{0}' of '{1}' Op has type {2} that does not match expected type of {3}."), // odl 550
  inputTypeMismatch: m("TypeError", "Input '{0}' of '{1}' Op has type {2} that does not match type {3} of argument '{4}'."), // odl 561, E20
  listTooShort: m("ValueError", "List argument '{0}' to '{1}' Op with length {2} shorter than minimum length {3}."), // odl 587
  notAllowedType: m("TypeError", "Value passed to parameter '{0}' has DataType {1} not in list of allowed values: {2}"), // odl 57
  refRequired: m("TypeError", "'{0}' Op requires that input '{1}' be a mutable tensor (e.g.: a tf.Variable)"), // odl 648
  emptyListType: m("TypeError", "Don't know how to infer type variable from empty input list passed to input '{0}' of '{1}' Op."), // odl 608

  // --- tensor_util.py make_tensor_proto ---
  noneValues: m("ValueError", "None values not supported."),

  // --- math_ops.py ---
  sameDtype: m("TypeError", "x and y must have the same dtype, got {0} != {1}"), // mo 995
  invalidTruedivDtype: m("TypeError", "Invalid dtype {0} in __truediv__"), // mo 999

  // --- random_ops.py 229-235 ---
  invalidRandomDtype: m("ValueError", "Invalid dtype {0}"),
  maxvalForInt: m("ValueError", "Must specify maxval for integer dtype {0}"),

  // --- array_ops.py ---
  expandDimsAxis: m("ValueError", "Must specify an axis argument to tf.expand_dims()"), // ao 265
  stackAxis: m("ValueError", "axis = {0} not in [{1}, {2})"), // ao 1152
  packedTensorDtype: m("TypeError", "Cannot convert a list containing a tensor of dtype {0} to {1} (Tensor is: {2})"), // ao 1181
} as const;
