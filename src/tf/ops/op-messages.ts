/**
 * The messages the op catalogue raises, in the engine's catalogue format (see ../messages.ts), each
 * copied character for character from TF 1.15.5 with its source beside it.
 */
import type { Message } from "../messages.js";

const m = (type: string, text: string): Message => ({ type, text });

export const OM = {
  // --- ops.py internal_convert_to_tensor (1249-1310) ---
  conversionDtype: m("ValueError", "Tensor conversion requested dtype {0} for Tensor with dtype {1}: {2}"),
  notPreferredDtype: m("TypeError", "convert_to_tensor did not convert to the preferred dtype: {0} vs {1} "),

  // --- op_def_library.py _apply_op_helper (374-800) ---
  expectedList: m("TypeError", "Expected list for '{0}' argument to '{1}' Op, not {2}."), // odl 442
  listTypesExpected: m("TypeError", "Tensors in list passed to '{0}' of '{1}' Op have types [{2}] that do not match expected type {3}."), // odl 493
  listTypesInferred: m("TypeError", "Tensors in list passed to '{0}' of '{1}' Op have types [{2}] that do not match type {3} inferred from earlier arguments."), // odl 496
  listTypesDontMatch: m("TypeError", "Tensors in list passed to '{0}' of '{1}' Op have types [{2}] that don't all match."), // odl 500
  expectedDtypeParam: m("TypeError", "Expected {0} passed to parameter '{1}' of op '{2}', got {3} of type '{4}' instead. Error: {5}"), // odl 534
  triedToConvert: m("ValueError", "Tried to convert '{0}' to a tensor and failed. Error: {1}"), // odl 545
  inputExpectedType: m("TypeError", "Input '{0}' of '{1}' Op has type {2} that does not match expected type of {3}."), // odl 550
  inputTypeMismatch: m("TypeError", "Input '{0}' of '{1}' Op has type {2} that does not match type {3} of argument '{4}'."), // odl 561, E20
  listTooShort: m("ValueError", "List argument '{0}' to '{1}' Op with length {2} shorter than minimum length {3}."), // odl 586
  notAllowedType: m("TypeError", "Value passed to parameter '{0}' has DataType {1} not in list of allowed values: {2}"), // odl 57
  refRequired: m("TypeError", "'{0}' Op requires that input '{1}' be a mutable tensor (e.g.: a tf.Variable)"), // odl 663
  emptyListType: m("TypeError", "Don't know how to infer type variable from empty input list passed to input '{0}' of '{1}' Op."), // odl 609
  noInput: m("TypeError", "No argument for input {0}"), // odl 425
  inferredAttrGiven: m("TypeError", "Should not specify value for inferred attr '{0}'."), // odl 675
  noAttr: m("TypeError", "No argument for attr {0}"), // odl 684
  attrStringNotIn: m("ValueError", "Attr '{0}' of '{1}' Op passed string '{2}' not in: \"{3}\"."), // odl 711
  attrIntBelowMinimum: m("ValueError", "Attr '{0}' of '{1}' Op passed {2} less than minimum {3}."), // odl 702

  // --- tensor_util.py make_tensor_proto (304-560) ---
  noneValues: m("ValueError", "None values not supported."),
  incompatibleTypes: m("TypeError", "Incompatible types: {0} vs. {1}. Value is {2}"),
  expectedShape: m("TypeError", "Expected Tensor's shape: {0}, got {1}."),
  tooManyElements: m("ValueError", "Too many elements provided. Needed at most {0}, but received {1}"),
  listOfTensors: m("TypeError", "List of Tensors when single Tensor expected"),
  expectedDtype: m("TypeError", "Expected {0}, got {1} of type '{2}' instead."),
  notDense: m("ValueError", "Argument must be a dense tensor: {0} - got shape {1}, but wanted {2}."),
  failedToConvert: m("TypeError", "Failed to convert object of type {0} to Tensor. Contents: {1}. Consider casting elements to a supported type."),
  // numpy's np.array(ragged, dtype=...) (numpy 1.17 ctors.c)
  sequenceElement: m("ValueError", "setting an array element with a sequence."),

  // --- math_ops.py ---
  transposeAdjointA: m("ValueError", "Only one of transpose_a and adjoint_a can be True."), // mo 2678
  transposeAdjointB: m("ValueError", "Only one of transpose_b and adjoint_b can be True."), // mo 2680
  rangeDtypes: m("AssertionError", ""), // mo 1419 (a bare assert)
  sameDtype: m("TypeError", "x and y must have the same dtype, got {0} != {1}"), // mo 996
  invalidTruedivDtype: m("TypeError", "Invalid dtype {0} in __truediv__"), // mo 1001

  // --- random_ops.py 229-235 ---
  invalidRandomDtype: m("ValueError", "Invalid dtype {0}"),
  maxvalForInt: m("ValueError", "Must specify maxval for integer dtype {0}"),

  // --- init_ops.py ---
  missingShape: m("TypeError", "__call__() missing 1 required positional argument: 'shape'"), // CPython's call error
  notFloatDtype: m("ValueError", "Expected floating point type, got {0}."), // init_ops 1457
  constantValueType: m("TypeError", "Invalid type for initial value: {0} (expected Python scalar, list or tuple of values, or numpy.ndarray)."), // init_ops 231
  scalePositive: m("ValueError", "`scale` must be positive float."), // init_ops 494
  // Two-argument ValueErrors: Python prints the args tuple.
  invalidMode: m("ValueError", "('Invalid `mode` argument:', {0})"), // init_ops 496
  invalidDistribution: m("ValueError", "('Invalid `distribution` argument:', {0})"), // init_ops 501

  // --- nn_ops.py ---
  sequenceLength: m("ValueError", "{0} should be of length 1, {1} or {2} but was {3}"), // nn_ops _get_sequence
  explicitPaddingString: m("ValueError", '"EXPLICIT" is not a valid value for the padding parameter. To use explicit padding, the padding parameter must be a list.'), // nn_ops _convert_padding
  biasDataFormat: m("ValueError", "data_format must be of the form `N...C` or `NC...`"), // nn_ops bias_add
  ksizeZero: m("ValueError", "ksize cannot be zero."), // nn_ops max_pool

  // --- control_flow_ops.py group (2880) ---
  groupArgument: m("TypeError", "Expected tf.group() expected Tensor arguments not '{0}' with type '{1}'"),

  // --- state_ops.py: `ref.assign(...)` on an object without the method (CPython's text) ---
  noAttribute: m("AttributeError", "'{0}' object has no attribute '{1}'"),

  // --- legacy layers (layers/base.py, keras/engine/input_spec.py, keras/layers/*.py) ---
  noScopeName: m("ValueError", 'No name available for layer scope because the layer "{0}" has not been used yet. The scope name  is determined the first time the layer instance is called. You must therefore call the layer before querying `scope_name`.'),
  rankUndefined: m("ValueError", "Input 0 of layer {0} is incompatible with the layer: its rank is undefined, but the layer requires a defined rank."),
  expectedNdim: m("ValueError", "Input 0 of layer {0} is incompatible with the layer: expected ndim={1}, found ndim={2}. Full shape received: {3}"),
  // input_spec.py really has the doubled ": :" in this one.
  expectedMinNdim: m("ValueError", "Input 0 of layer {0} is incompatible with the layer: : expected min_ndim={1}, found ndim={2}. Full shape received: {3}"),
  expectedAxis: m("ValueError", "Input 0 of layer {0} is incompatible with the layer: expected axis {1} of input shape to have value {2} but received input with shape {3}"),
  initializerForLayer: m("ValueError", "An initializer for variable {0} of type {1} is required for layer {2}"),
  denseDtype: m("TypeError", "Unable to build `Dense` layer with non-floating point dtype {0}"),
  denseLastDim: m("ValueError", "The last dimension of the inputs to `Dense` should be defined. Found `None`."),
  convChannels: m("ValueError", "The channel dimension of the inputs should be defined. Found `None`."),

  // --- array_ops.py ---
  sliceIndexType: m("TypeError", "Only integers, slices (`:`), ellipsis (`...`), tf.newaxis (`None`) and scalar tf.int32/tf.int64 tensors are valid indices, got {0}"), // ao 637-655
  expandDimsAxis: m("ValueError", "Must specify an axis argument to tf.expand_dims()"), // ao 264
  stackAxis: m("ValueError", "axis = {0} not in [{1}, {2})"), // ao 1151
  packedTensorDtype: m("TypeError", "Cannot convert a list containing a tensor of dtype {0} to {1} (Tensor is: {2})"), // ao 1180
} as const;
