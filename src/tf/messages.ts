/**
 * Every message the engine raises, with the Python exception type TF uses. `{0}`, `{1}`… are filled
 * by `formatMessage` with already-formatted text (callers pass `str()`/`repr()` output as TF's `%s`/%r`
 * would produce it). The texts are facts copied character for character from TF 1.15.5; the source of
 * each is noted beside it.
 */

/** A catalogue entry: the Python exception class and the template. */
export interface Message {
  readonly type: string;
  readonly text: string;
}

function m(type: string, text: string): Message {
  return { type, text };
}

export const M = {
  // --- graph (ops.py) ---
  graphFinalized: m("RuntimeError", "Graph is finalized and cannot be modified."), // ops.py 2998
  invalidNodeName: m("ValueError", "'{0}' is not a valid node name"), // ops.py 1694 (E17)
  invalidScopeName: m("ValueError", "'{0}' is not a valid scope name"), // ops.py 4122-4128 (E16)
  duplicateNodeName: m("ValueError", "Duplicate node name in graph: '{0}'"), // c_api.cc 1039
  noOperationNamed: m("KeyError", "The name {0} refers to an Operation not in the graph."), // ops.py 3666
  tensorNameInvalid: m(
    "ValueError",
    'The name {0} looks a like a Tensor name, but is not a valid one. Tensor names must be of the form "<op_name>:<output_index>".',
  ), // ops.py 3641
  tensorOpMissing: m(
    "KeyError",
    "The name {0} refers to a Tensor which does not exist. The operation, {1}, does not exist in the graph.",
  ), // ops.py 3647
  tensorOutputMissing: m(
    "KeyError",
    "The name {0} refers to a Tensor which does not exist. The operation, {1}, exists but only has {2} outputs.",
  ), // ops.py 3653
  nameIsTensor: m("ValueError", "Name {0} appears to refer to a Tensor, not a {1}."), // ops.py 3660
  nameIsOperation: m(
    "ValueError",
    'The name {0} refers to an Operation, not a {1}. Tensor names must be of the form "<op_name>:<output_index>".',
  ), // ops.py 3674
  nameIsInvalidOperation: m(
    "ValueError",
    'The name {0} looks like an (invalid) Operation name, not a {1}. Tensor names must be of the form "<op_name>:<output_index>".',
  ), // ops.py 3677
  nestingViolated: m(
    "AssertionError",
    "Nesting violated for default stack of <class 'tensorflow.python.framework.ops.Graph'> objects",
  ), // ops.py 5293
  resetNested: m(
    "AssertionError",
    "Do not use tf.reset_default_graph() to clear nested graphs. If you need a cleared graph, exit the nesting and create a new graph.",
  ), // ops.py 5850
  // CPython 3.11 contextlib: `_GeneratorContextManager.__enter__` deletes its args on first entry.
  generatorReentered: m("AttributeError", "'_GeneratorContextManager' object has no attribute 'args'"),
  notSameGraph: m("ValueError", "{0} must be from the same graph as {1}."), // ops.py `_assert_same_graph`

  noAttr: m("ValueError", "Operation '{0}' has no attr named '{1}'."), // c_api.cc 653
  listIndex: m("IndexError", "list index out of range"),
  notCallable: m("TypeError", "'{0}' object is not callable"), // CPython 3.11 calling a non-callable
  zeroDivision: m("ZeroDivisionError", "integer division or modulo by zero"), // CPython 3.11 int //
  zeroModulo: m("ZeroDivisionError", "integer modulo by zero"), // CPython 3.11 int %

  // --- dtypes.py, tensor_shape.py ---
  cannotConvertDtype: m("TypeError", "Cannot convert value {0} to a TensorFlow DType."), // dtypes.py 720
  ambiguousDimension: m("ValueError", "Ambiguous dimension: {0}"), // tensor_shape.py 196
  negativeDimension: m("ValueError", "Dimension {0} must be >= 0"), // tensor_shape.py 198
  dimensionsNotCompatible: m("ValueError", "Dimensions {0} and {1} are not compatible"), // tensor_shape.py 274
  shapesNotCompatible: m("ValueError", "Shapes {0} and {1} are not compatible"), // tensor_shape.py 934
  shapesIncompatible: m("ValueError", "Shapes {0} and {1} are incompatible"), // tensor_shape.py 1115
  shapesSameRank: m("ValueError", "Shapes {0} and {1} must have the same rank"), // tensor_shape.py 982
  shapeRank: m("ValueError", "Shape {0} must have rank {1}"), // tensor_shape.py 995, 1015
  shapeRankAtLeast: m("ValueError", "Shape {0} must have rank at least {1}"), // tensor_shape.py 1032
  shapeRankAtMost: m("ValueError", "Shape {0} must have rank at most {1}"), // tensor_shape.py 1051
  shapeNotFullyDefined: m("ValueError", "Shape {0} is not fully defined"), // tensor_shape.py 1159
  asListUnknown: m("ValueError", "as_list() is not defined on an unknown TensorShape."), // tensor_shape.py 1171

  // --- name_scope (ops.py 6251-6361, 6511-6520; TF 2.x ops.py name_scope_v2) ---
  defaultNameNotString: m(
    "TypeError",
    "`default_name` type ({0}) is not a string type. You likely meant to pass this into the `values` kwarg.",
  ), // E18
  noNameNorDefault: m("ValueError", "At least one of name ({0}) and default_name ({1}) must be provided."), // E19
  opScopeDeprecated: m(
    "WARNING",
    "tf.op_scope(values, name, default_name) is deprecated, use tf.name_scope(name, default_name, values)",
  ),
  nameScopeV2NotString: m("ValueError", "name for name_scope must be a string."),

  // --- variable_scope (vs.py) ---
  defaultNameRequired: m("TypeError", "If default_name is None then name_or_scope is required"), // E10, vs.py 2184
  reuseParam: m("ValueError", "The reuse parameter must be True or False or None."), // E11, vs.py 2191
  auxiliaryNameScope: m(
    "TypeError",
    "The auxiliary_name_scope must be `True` or `False`, while get {0}",
  ), // E12, vs.py 2200
  nameOrScopeType: m("TypeError", "VariableScope: name_or_scope must be a string or VariableScope."), // E13
  reuseWithoutName: m("ValueError", "reuse=True cannot be used without a name_or_scope"), // E14
  improperNesting: m("RuntimeError", "Improper nesting of variable_scope."), // E15, vs.py 1933
  variableOpScopeDeprecated: m(
    "WARNING",
    "tf.variable_op_scope(values, name, default_name) is deprecated, use tf.variable_scope(name, default_name, values)",
  ),
  eagerUseResourceFalse: m("ValueError", "When eager execution is enabled, use_resource cannot be set to false."),
  eagerCachingDevice: m("NotImplementedError", "Caching devices are not yet supported when eager execution is enabled."),
  eagerCachingDeviceScope: m("NotImplementedError", "Caching devices is not yet supported when eager execution is enabled."),

  // --- get_variable and the store (vs.py 286-1000, 1173-1243) ---
  varExists: m(
    "ValueError",
    "Variable {0} already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope?",
  ), // E1
  originallyDefinedAt: m("ValueError", "{0} Originally defined at:\n\n{1}"), // vs.py 867
  varMissing: m(
    "ValueError",
    "Variable {0} does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?",
  ), // E2
  shapeMismatch: m("ValueError", "Trying to share variable {0}, but specified shape {1} and found shape {2}."), // E3
  dtypeMismatch: m("ValueError", "Trying to share variable {0}, but specified dtype {1} and found dtype {2}."), // E4
  constantWithShape: m("ValueError", "If initializer is a constant, do not specify shape."), // E5
  initializerDtype: m("ValueError", "Initializer type '{0}' and explicit dtype '{1}' don't match."), // E6
  initializerInvalid: m(
    "ValueError",
    "The initializer passed is not valid. It should be a callable with no arguments and the shape should not be provided or an instance of `tf.keras.initializers.*' and `shape` should be fully defined.",
  ), // E7
  initializerRequired: m("ValueError", "An initializer for variable {0} of {1} is required"), // E8
  getterNotCallable: m("ValueError", "Passed a custom_getter which is not callable: {0}"), // E9
  partitionerNotCallable: m("ValueError", "Partitioner must be callable, but received: {0}"),
  partitionedFoundUnpartitioned: m(
    "ValueError",
    "No partitioner was provided, but a partitioned version of the variable was found: {0}/part_0. Perhaps a variable of the same name was already created with partitioning?",
  ),
  unpartitionedFoundPartitioned: m(
    "ValueError",
    "A partitioner was provided, but an unpartitioned version of the variable was found: {0}.  Perhaps a variable of the same name was already created without partitioning?",
  ),
  partitionedExists: m(
    "ValueError",
    "Partitioned variable with name {0} already exists. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope?",
  ),
  partitionedShapeMismatch: m(
    "ValueError",
    "Trying to reuse partitioned variable {0}, but specified shape {1} and found shape {2}.",
  ),
  partitionedDtypeMismatch: m(
    "ValueError",
    "Trying to reuse partitioned variable {0}, but specified dtype {1} and found dtype {2}.",
  ),
  partitionsMismatch: m(
    "ValueError",
    "Trying to reuse partitioned variable {0}, but specified partitions {1} and found partitions {2}.",
  ),
  partitionedMissing: m(
    "ValueError",
    "PartitionedVariable {0} does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=False or reuse=tf.AUTO_REUSE in VarScope?",
  ),
  partitionFewerShards: m(
    "ValueError",
    "Partitioner returned a different partitioning than what was already found.  Partitioner returned {0} shards, and shard {1}/part_0 was found, but {1}/part_{2} was not.",
  ),
  partitionExtraShard: m(
    "ValueError",
    "Partitioner returned a different partitioning than what was already found.  Partitioner returned {0} shards, and shard {1}/part_0 was found, but so was the extra shard {1}/part_{0}.",
  ),
  partitionedShapeUndefined: m(
    "ValueError",
    "Shape of a new partitioned variable must be fully defined, but instead was {0}.",
  ), // vs.py 2413
  partitionedRank0: m(
    "ValueError",
    "A partitioned Variable must have rank at least 1, shape: {0}",
  ), // vs.py 2416
  partitionerNotSequence: m("ValueError", "Partitioner must return a sequence, but saw: {0}"), // vs.py 2421
  partitionerLength: m(
    "ValueError",
    "Partitioner returned a partition list that does not match the Variable's rank: {0} vs. {1}",
  ), // vs.py 2424
  partitionerZero: m("ValueError", "Partitioner returned zero partitions for some axes: {0}"), // vs.py 2428
  partitionerMultiAxis: m(
    "ValueError",
    "Can only slice a variable along one dimension: shape: {0}, partitioning: {1}",
  ), // vs.py 2431
  partitionConcatAxes: m(
    "NotImplementedError",
    "Cannot concatenate along more than one dimension: {0}.  Multi-axis partition concat is not supported",
  ), // variables.py 2936
  partitionedAsRef: m("NotImplementedError", "PartitionedVariable doesn't support being used as a reference."), // variables.py 2966
  noPartitioner: m("ValueError", "No partitioner was specified"), // variable_scope.py 1286
  partitionedCustomGetter: m(
    "ValueError",
    "Private access to _get_partitioned_variable is not allowed when a custom getter is set.  Current custom getter: {0}.  It is likely that you're using create_partitioned_variables.  If so, consider instead using get_variable with a non-empty partitioner parameter instead.",
  ), // variable_scope.py 1278
  partitionOffset: m("ValueError", "Expected 0 <= offset < shape but found offset={0}, shape={1} for var_offset={2}, full_shape={3}"), // variable_scope.py _PartitionInfo.__init__
  partitionLengthAxes: m("ValueError", "Cannot get a length for {0} > 1 partition axes"), // variables.py 2903
  eagerReuse: m(
    "RuntimeError",
    "When eager execution is enabled variable reuse is only supported when an EagerVariableStore is active. See the documentation on EagerVariableStore for example usage.",
  ),

  // --- Variable construction (variables.py 1771-1860, resource_variable_ops.py) ---
  initialValueRequired: m("ValueError", "initial_value must be specified."),
  variableDefAndInitialValue: m("ValueError", "variable_def and initial_value are mutually exclusive."), // variables.py 1671
  variableDefEager: m(
    "ValueError",
    "Creating ResourceVariable from variable_def is not supported when eager execution is enabled.",
  ), // resource_variable_ops.py 1391
  collectionsType: m(
    "ValueError",
    "collections argument to Variable constructor must be a list, tuple, or set. Got {0} of type {1}",
  ),
  condNoReturn: m("ValueError", "{0} must have a return value."), // control_flow_ops.py 1219
  condNoResults: m("ValueError", "true_fn and false_fn must return at least one result."), // cf.py 1259
  condOutputTypes: m("ValueError", "Outputs of true_fn and false_fn must have the same type: {0}, {1}"), // cf.py 1266
  // --- tf.while_loop (control_flow_ops.py 1.15) ---
  whileInvariantInitial: m(
    "ValueError",
    "The shape invariant specified for {0} is not compatible with the initial shape of the loop variable. It enters the loop with shape {1}, but the specified shape invariant is {2}.",
  ), // cf.py 552
  whileShapeChanged: m(
    "ValueError",
    "Input tensor '{0}' enters the loop with shape {1}, but has shape {2} after one iteration. To allow the shape to vary across iterations, use the `shape_invariants` argument of tf.while_loop to specify a less-specific shape.",
  ), // cf.py 582
  whileBodyCount: m("ValueError", "Number of inputs and outputs of body must match loop_vars: {0}, {1}"), // cf.py 2207
  whileInputInLoop: m("ValueError", "Cannot use '{0}' as input to '{1}' because '{0}' is in a while loop. See info log for more details."), // control_flow_util.py 343
  whileInputOtherLoop: m("ValueError", "Cannot use '{0}' as input to '{1}' because they are in different while loops. See info log for more details."), // control_flow_util.py 339
  constraintNotCallable: m("ValueError", "The `constraint` argument must be a callable."),
  initialValueShape: m("ValueError", "initial_value must have a shape specified: {0}"),
  refVariableEager: m("RuntimeError", "RefVariable not supported when eager execution is enabled. "),
  initializerInControlFlow: m(
    "ValueError",
    "Initializer for variable {0} is from inside a control-flow construct, such as a loop or conditional. When creating a variable inside a loop or conditional, use a lambda as the initializer.",
  ),
  incompatibleConversion: m(
    "ValueError",
    "Incompatible type conversion requested to type '{0}' for variable of type '{1}'",
  ), // variables.py 1042
  globalGraphBuildingFunction: m("RuntimeError", "The global graph is building a function."), // ops.py 5504
  eagerNotAtStartup: m("ValueError", "tf.enable_eager_execution must be called at program startup."), // ops.py 5777
  creatorNesting: m("RuntimeError", "Exiting variable_creator_scope without proper nesting."), // ops.py 2957
  templateNameNone: m("ValueError", "name cannot be None."), // template.py 298
  resourceShapeIncompatible: m(
    "ValueError",
    "The initial value's shape ({0}) is not compatible with the explicitly supplied `shape` argument ({1}).",
  ),

  // --- eager (TF 2.x) ---
  eagerTensorName: m("AttributeError", "Tensor.name is meaningless when eager execution is enabled."), // 1.15 ops.py 1090
  eagerTensorNameV2: m("AttributeError", "Tensor.name is undefined when eager execution is enabled."), // 2.10 (reference §10.1)
  placeholderEager: m("RuntimeError", "tf.placeholder() is not compatible with eager execution."), // E21
} as const;

/** Fills `{n}` placeholders with `args[n]` (strings as they are, other values through `String`). */
export function formatMessage(message: Message, args: readonly unknown[]): string {
  return message.text.replace(/\{(\d+)\}/g, (_, n: string) => String(args[Number(n)]));
}

/** Python's `repr()` of a str: single quotes unless the text has `'` and no `"`; escapes as CPython. */
export function pyStrRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === q || ch === "\\") out += `\\${ch}`;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, "0")}`;
    else out += ch;
  }
  return out + q;
}
