/**
 * The TF 1.15 scope engine: graphs, name scopes, variable scopes and variables, as plain TypeScript.
 * Every context manager is an object with `enter()`/`exit()` so an interpreter can drive it from
 * `with` statements.
 */
export * from "./dtypes.js";
export { Dimension, TensorShape, SCALAR_SHAPE, asDimension, asShape, unknownShape } from "./shape.js";
export type { DimensionLike, ShapeLike } from "./shape.js";
export { Operation, Tensor } from "./tensor.js";
export type { Attrs } from "./tensor.js";
export { within, NO_SCOPE } from "./graph.js";
export { DeviceSpec, canonicalDevice, colocationGroups, type DeviceFunction } from "./device.js";
export { Graph, VALID_OP_NAME, VALID_SCOPE_NAME, nameFromScopeName, resetGraphCounter, scopeMatcher } from "./graph.js";
export type { ContextManager, OpSpec } from "./graph.js";
export { GraphKeys, TupleKey, VARSCOPESTORE_KEY, VARSTORE_KEY } from "./graph-keys.js";
export { TFError, Unsupported, tfError } from "./errors.js";
export { M, formatMessage, pyStrRepr } from "./messages.js";
export type { Message } from "./messages.js";
export * from "./context.js";
export { setThreadIdProvider, currentThreadId } from "./threads.js";
export { setRecorder } from "./recorder.js";
export type { EngineEvent, Recorder, ScopeEnteredEvent } from "./recorder.js";
export * from "./format.js";
export { graphFromInputs } from "./inputs.js";
export type { GraphElementSource } from "./inputs.js";
export { getNameScope, nameScope, nameScopeV2, opScope } from "./name-scope.js";
export { applyOp } from "./apply-op.js";
export type { OpBody } from "./apply-op.js";
export { installOpServices, isCallable } from "./services.js";
export type { InitializerFn, OpServices, PartitionInfo } from "./services.js";
export {
  AUTO_REUSE,
  CUSTOM_GETTER_KWARGS,
  ScopeStore,
  TRUE_GETTER_PARAMS,
  VariableScope,
  currentVariableScope,
  scopeStore,
} from "./scope-store.js";
export type { AutoReuse, CustomGetter, Getter, GetterArgs, Partitioner, Regularizer, Reuse } from "./scope-store.js";
export { VariableScopeContext, composeCustomGetters, variableOpScope, variableScope } from "./variable-scope.js";
export type { VariableScopeArgs } from "./variable-scope.js";
export { VariableStore, getLocalVariable, getVariable, scopeGetPartitionedVariable, scopeGetVariable, variableStore } from "./variable-store.js";
export type { GetVariableArgs } from "./variable-store.js";
export { PartitionedVariable } from "./partitioned.js";
export {
  RefVariable,
  ResourceVariable,
  CREATOR_KWARGS,
  Variable,
  createVariable,
  defaultVariableCreator,
  restoreVariable,
  creatorStackOf,
  setCreatorStack,
  variableCreatorScope,
} from "./variables.js";
export type { CreatorEntry, Aggregation, RestoredParts, SaveSliceInfo, Synchronization, VariableArgs, VariableCreator } from "./variables.js";
export { UnreadVariable } from "./unread-variable.js";
export { cond } from "./cond-context.js";
export { Template, makeTemplate } from "./template.js";
export type { TemplateOptions } from "./template.js";
export { EagerVariable } from "./eager-variable.js";
