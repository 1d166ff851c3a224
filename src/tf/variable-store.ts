/**
 * `tf.get_variable` and the per-graph variable store (variable_scope.py `_VariableStore`, 286-1000,
 * and `VariableScope.get_variable`, 1173-1243): the scope defaults, the full name (name scopes never
 * matter: the work runs under `name_scope(None)`), every check in TF's order, default initializers,
 * custom getters, regularizers, and `get_local_variable`.
 */
import { behavior, executingEagerly, getDefaultGraph, initScope, pyDescriber } from "./context.js";
import { type DType, asDType, float32 } from "./dtypes.js";
import { TFError, Unsupported, tfError } from "./errors.js";
import { shapeStr } from "./format.js";
import { LOCAL_VARIABLES, REGULARIZATION_LOSSES, VARSTORE_KEY } from "./graph-keys.js";
import type { Graph } from "./graph.js";
import { M, formatMessage } from "./messages.js";
import { nameScope } from "./name-scope.js";
import { getPartitionedVariable, type PartitionedVariable } from "./partitioned.js";
import { activeRecorder } from "./recorder.js";
import { type CustomGetter, type GetterArgs, type Reuse, type VariableScope, currentVariableScope } from "./scope-store.js";
import { type InitializerFn, type PartitionInfo, defaultInitializer, isCallable, opServices } from "./services.js";
import { type ShapeLike, asShape } from "./shape.js";
import { ResourceVariable, type Variable, createVariable, defaultTrainable } from "./variables.js";

/** `tf.get_variable` keyword arguments (there is no `reuse`: it always comes from the scope). */
export interface GetVariableArgs {
  shape?: unknown;
  dtype?: DType | null;
  /** A callable initializer (InitializerFn), a constant value, or a Tensor. */
  initializer?: unknown;
  regularizer?: ((v: unknown) => unknown) | null;
  trainable?: boolean | null;
  collections?: unknown;
  cachingDevice?: string | null;
  partitioner?: unknown;
  validateShape?: boolean;
  useResource?: boolean | null;
  customGetter?: unknown;
  constraint?: unknown;
  synchronization?: string;
  aggregation?: string;
}

/** One graph's `_VariableStore`: full name → variable, shared by all threads. */
export class VariableStore {
  readonly vars = new Map<string, unknown>();
  readonly partitionedVars = new Map<string, PartitionedVariable>();
  /** Whether `vars` holds a name ending in `/part_0` (singleVariable, its only writer, sets it): until
   *  then `_true_getter`'s shard lookup cannot hit, and get_variable skips building its key. */
  hasShards = false;

  /** `_VariableStore.get_variable(name, ...)` called directly. Its `reuse` defaults to None, which
   *  creates a missing variable and returns an existing one (review item 15). */
  getVariable(name: string, a: GetVariableArgs & { reuse?: Reuse } = {}): unknown {
    return storeGetVariable(this, name, {
      shape: a.shape,
      dtype: a.dtype ?? float32,
      initializer: a.initializer ?? null,
      regularizer: a.regularizer ?? null,
      reuse: a.reuse ?? null,
      trainable: a.trainable ?? null,
      collections: a.collections ?? null,
      cachingDevice: a.cachingDevice ?? null,
      partitioner: (a.partitioner ?? null) as GetterArgs["partitioner"],
      validateShape: a.validateShape ?? true,
      useResource: a.useResource ?? null,
      customGetter: a.customGetter ?? null,
      constraint: a.constraint ?? null,
      synchronization: a.synchronization ?? "AUTO",
      aggregation: a.aggregation ?? "NONE",
    });
  }
}

/** `_get_default_variable_store()`: the store in the graph's `("__variable_store",)` collection,
 *  created there on first use (so a finalized graph refuses it, as in TF). */
export function variableStore(graph: Graph = getDefaultGraph()): VariableStore {
  const found = graph.firstInCollection(VARSTORE_KEY);
  if (found instanceof VariableStore) return found;
  const s = new VariableStore();
  graph.addToCollection(VARSTORE_KEY, s);
  return s;
}

/** `tf.get_variable(name, ...)` in the current variable scope. */
export function getVariable(name: string, args: GetVariableArgs = {}): unknown {
  return scopeGetVariable(currentVariableScope(), variableStore(), name, args);
}

/** `tf.get_local_variable`: LOCAL_VARIABLES appended to the caller's own `collections` array (TF's
 *  `collections += [...]` mutates it), trainable forced False. */
export function getLocalVariable(name: string, args: GetVariableArgs = {}): unknown {
  let collections = args.collections;
  if (Array.isArray(collections) && collections.length > 0) collections.push(LOCAL_VARIABLES);
  else collections = [LOCAL_VARIABLES];
  return getVariable(name, { ...args, trainable: false, collections });
}

function withScope<T>(cm: { enter(): unknown; exit(): void }, body: () => T): T {
  cm.enter();
  try {
    return body();
  } finally {
    cm.exit();
  }
}

/** `VariableScope.get_variable`: fills defaults from `scope`, then asks the store. */
export function scopeGetVariable(scope: VariableScope, store: VariableStore, name: string, a: GetVariableArgs): unknown {
  const eager = executingEagerly();
  const reuse: Reuse = eager ? false : scope.reuse;
  const useResource = eager ? true : (a.useResource ?? scope.useResource);
  const full = scope.name ? `${scope.name}/${name}` : name;
  return withScope(nameScope(null), () => {
    let dtype = a.dtype ?? null;
    let initializer: unknown = a.initializer ?? null;
    // vs.py 1211-1220: converting the constant here adds an unnamed Const at the root (review O5).
    if (dtype !== null && initializer !== null && !isCallable(initializer)) {
      const initDtype = opServices().convertToTensor(initializer, null, null).dtype.baseDtype;
      if (initDtype !== dtype) throw tfError(M.initializerDtype, initDtype.toString(), dtype.toString());
    }
    initializer ??= scope.initializer;
    dtype ??= scope.dtype;
    return storeGetVariable(store, full, {
      shape: a.shape,
      dtype,
      initializer,
      regularizer: a.regularizer ?? scope.regularizer,
      reuse,
      trainable: a.trainable ?? null,
      collections: a.collections ?? null,
      cachingDevice: a.cachingDevice ?? scope.cachingDevice,
      partitioner: (a.partitioner ?? scope.partitioner) as GetterArgs["partitioner"],
      validateShape: a.validateShape ?? true,
      useResource,
      customGetter: a.customGetter ?? scope.customGetter,
      constraint: a.constraint ?? scope.constraint,
      synchronization: a.synchronization ?? "AUTO",
      aggregation: a.aggregation ?? "NONE",
    });
  });
}

/**
 * variable_scope.py `_get_partitioned_variable` (1651-1760) and `VariableScope._get_partitioned_variable`
 * (1245-1315), the private path of `create_partitioned_variables`: no custom getter allowed, the scope's
 * defaults, the scope name joined with `name` (either may be empty), the scope's reuse.
 */
export function scopeGetPartitionedVariable(store: VariableStore, name: string | null, a: GetVariableArgs): PartitionedVariable {
  const scope = currentVariableScope();
  if (scope.customGetter !== null) throw tfError(M.partitionedCustomGetter, pyDescriber().str(scope.customGetter));
  const partitioner = a.partitioner ?? scope.partitioner;
  if (partitioner === null || partitioner === undefined) throw tfError(M.noPartitioner);
  const full = [scope.name, name ?? ""].filter((x) => x).join("/");
  return withScope(nameScope(null), () => getPartitionedVariable(store, {
    name: full,
    shape: a.shape,
    dtype: a.dtype ?? scope.dtype,
    initializer: a.initializer ?? scope.initializer,
    regularizer: a.regularizer ?? scope.regularizer,
    reuse: scope.reuse,
    trainable: a.trainable ?? true,
    collections: a.collections ?? null,
    cachingDevice: a.cachingDevice ?? scope.cachingDevice,
    partitioner: partitioner as GetterArgs["partitioner"],
    validateShape: a.validateShape ?? true,
    useResource: a.useResource ?? scope.useResource,
    constraint: a.constraint ?? scope.constraint,
    synchronization: a.synchronization ?? "AUTO",
    aggregation: a.aggregation ?? "NONE",
  } as GetterArgs, singleVariable));
}

/** `_VariableStore.get_variable`: the custom getter (if any) or the true getter. */
function storeGetVariable(store: VariableStore, name: string, a: Omit<GetterArgs, "name"> & { customGetter: unknown }): unknown {
  const getter = a.customGetter;
  if (getter !== null && getter !== undefined && !isCallable(getter)) {
    throw tfError(M.getterNotCallable, pyDescriber().str(getter));
  }
  const useResource = executingEagerly() ? true : a.useResource;
  const dtype = (a.dtype ?? float32).baseDtype;
  const trainable = defaultTrainable(a.trainable, a.synchronization as never);
  const trueGetter = (args: GetterArgs) => trueGet(store, args);
  const args: GetterArgs = {
    name,
    shape: a.shape,
    dtype,
    initializer: a.initializer,
    regularizer: a.regularizer,
    reuse: a.reuse,
    trainable,
    collections: a.collections,
    cachingDevice: a.cachingDevice,
    partitioner: a.partitioner,
    validateShape: a.validateShape,
    useResource,
    synchronization: a.synchronization,
    aggregation: a.aggregation,
  };
  if (getter === null || getter === undefined) {
    // `args` is this call's own record: no copy needed to add the constraint.
    args.constraint = a.constraint;
    return trueGet(store, args);
  }
  const custom = getter as CustomGetter;
  // vs.py 545-551: `constraint` is passed only to getters that accept it.
  if (custom.acceptsConstraint) args.constraint = a.constraint;
  return custom(trueGetter, args);
}

/** `_true_getter` (vs.py 414-513), with its keyword defaults. */
function trueGet(store: VariableStore, a: GetterArgs): unknown {
  const shape = a.shape ?? null;
  const isScalar = Array.isArray(shape) && shape.length === 0;
  const partitioner = a.partitioner ?? null;
  const reuse = a.reuse === undefined ? null : a.reuse;
  if (partitioner !== null && !isScalar) {
    if (!isCallable(partitioner)) throw tfError(M.partitionerNotCallable, pyDescriber().str(partitioner));
    return withScope(nameScope(null), () => getPartitionedVariable(store, a, singleVariable));
  }
  if (reuse === true && partitioner === null && store.partitionedVars.has(a.name)) {
    return getPartitionedVariable(store, { ...a, partitioner: null }, singleVariable);
  }
  if (store.hasShards && store.vars.has(`${a.name}/part_0`)) throw tfError(M.partitionedFoundUnpartitioned, a.name);
  return singleVariable(store, a, null);
}

function asVariable(x: unknown): Variable {
  if (typeof x === "object" && x !== null && "getShape" in x && "dtype" in x) return x as Variable;
  throw new Unsupported("a stored variable that a custom creator replaced with another kind of object");
}

/** `_get_single_variable` (vs.py 811-966): reuse checks, then creation. */
export function singleVariable(store: VariableStore, a: GetterArgs, partitionInfo: PartitionInfo | null): unknown {
  const name = a.name;
  const reuse = a.reuse === undefined ? null : a.reuse;
  let initializer = a.initializer ?? null;
  let fromValue = initializer !== null && !isCallable(initializer);
  if (a.shape !== undefined && a.shape !== null && fromValue) throw tfError(M.constantWithShape);
  const dtype = asDType(a.dtype ?? float32);
  const shape = asShape((a.shape ?? null) as ShapeLike);

  const existing = store.vars.get(name);
  if (existing !== undefined) {
    if (reuse === false) throw alreadyExists(name, existing);
    const found = asVariable(existing);
    if (!shape.isCompatibleWith(found.getShape())) {
      throw tfError(M.shapeMismatch, name, shapeStr(shape), shapeStr(found.getShape()));
    }
    if (!dtype.isCompatibleWith(found.dtype)) throw tfError(M.dtypeMismatch, name, dtype.name, found.dtype.name);
    const rec = activeRecorder;
    if (rec !== null) rec.record({ kind: "variableReused", graph: getDefaultGraph(), name, variable: existing });
    return existing;
  }
  if (reuse === true) throw tfError(M.varMissing, name);

  if (initializer === null) {
    initializer = defaultInitializer(name, dtype);
    fromValue = false;
  }
  let initialValue: unknown;
  let variableDtype: DType | null = null;
  withScope(initScope(), () => {
    if (fromValue) {
      initialValue = initializer;
      return;
    }
    let init = initializer as InitializerFn;
    if (init.isClass) init = (init as () => InitializerFn)();
    if (shape.isFullyDefined()) {
      const dims = shape.asList() as number[];
      initialValue = () => init(dims, dtype, partitionInfo);
      variableDtype = dtype.baseDtype;
    } else if (init.acceptsNoArgs ?? init.length === 0) {
      initialValue = init;
    } else {
      throw tfError(M.initializerInvalid);
    }
  });
  const v = createVariable({
    initialValue,
    name,
    trainable: a.trainable ?? null,
    collections: a.collections ?? null,
    cachingDevice: a.cachingDevice ?? null,
    dtype: variableDtype,
    validateShape: a.validateShape ?? true,
    constraint: a.constraint ?? null,
    useResource: a.useResource ?? behavior().resourceVariables,
    synchronization: (a.synchronization ?? "AUTO") as never,
    aggregation: (a.aggregation ?? "NONE") as never,
  });
  if (!executingEagerly()) {
    store.vars.set(name, v);
    if (name.endsWith("/part_0")) store.hasShards = true;
  }
  if (a.regularizer) applyRegularizer(name, v, a.regularizer);
  return v;
}

// vs.py 951-964: the loss is built under the absolute scope `<name>/Regularizer/`.
function applyRegularizer(name: string, v: unknown, regularizer: (v: unknown) => unknown): void {
  const loss = withScope(nameScope(`${name}/Regularizer/`), () => withScope(initScope(), () => regularizer(v)));
  if (loss !== null && loss !== undefined) getDefaultGraph().addToCollection(REGULARIZATION_LOSSES, loss);
}

// vs.py 857-867: a RefVariable adds up to five frames of where it was made; resource variables do not.
function alreadyExists(name: string, existing: unknown): TFError {
  const base = formatMessage(M.varExists, [name]);
  if (existing instanceof ResourceVariable) return new TFError("ValueError", base);
  const frames = asVariable(existing).definedAt.slice(0, 5).join("");
  return tfError(M.originallyDefinedAt, base, frames);
}
