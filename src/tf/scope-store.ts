/**
 * VariableScope objects and where the current one lives (variable_scope.py 1010-1370): each graph
 * keeps, per thread, the current VariableScope and the `variable_scopes_count` map that default_name
 * uniquifying reads (`_VariableScopeStore`, a threading.local stored in the graph's `("__varscope",)`
 * collection).
 */
import { executingEagerly, getDefaultGraph } from "./context.js";
import { type DType, float32 } from "./dtypes.js";
import { tfError } from "./errors.js";
import { AUTO_REUSE_REPR } from "./format.js";
import { GLOBAL_VARIABLES, LOCAL_VARIABLES, TRAINABLE_VARIABLES, VARSCOPESTORE_KEY } from "./graph-keys.js";
import type { Graph } from "./graph.js";
import { M } from "./messages.js";
import { activeRecorder } from "./recorder.js";
import type { InitializerFn } from "./services.js";
import { ThreadLocal } from "./threads.js";

/** `tf.AUTO_REUSE` (`_ReuseMode.AUTO_REUSE`). Truthy, like the Python enum member. */
export const AUTO_REUSE = Object.freeze({
  toString: () => AUTO_REUSE_REPR,
});
export type AutoReuse = typeof AUTO_REUSE;
/** A scope's reuse: True, False, None (only reachable through a hand-made VariableScope), or AUTO_REUSE. */
export type Reuse = boolean | null | AutoReuse;

/** The arguments `get_variable` hands a custom getter (and the true getter accepts). */
export interface GetterArgs {
  name: string;
  shape?: unknown;
  dtype?: DType | null;
  initializer?: unknown;
  regularizer?: Regularizer | null;
  reuse?: Reuse;
  trainable?: boolean | null;
  collections?: unknown;
  cachingDevice?: string | null;
  partitioner?: Partitioner | null;
  validateShape?: boolean;
  useResource?: boolean | null;
  constraint?: unknown;
  synchronization?: string;
  aggregation?: string;
}
/** The keyword names `_VariableStore.get_variable` passes a custom getter, in TF's order
 *  (vs.py 526-553); `constraint` is appended only for getters that accept it. */
export const CUSTOM_GETTER_KWARGS = [
  "getter", "name", "shape", "dtype", "initializer", "regularizer", "reuse", "trainable", "collections",
  "caching_device", "partitioner", "validate_shape", "use_resource", "synchronization", "aggregation",
] as const;

/** `_true_getter`'s parameters in order (for binding `getter(name, *args, **kwargs)`); all but
 *  `name` have defaults (vs.py 414-428). */
export const TRUE_GETTER_PARAMS = [
  "name", "shape", "dtype", "initializer", "regularizer", "reuse", "trainable", "collections",
  "caching_device", "partitioner", "validate_shape", "use_resource", "constraint", "synchronization", "aggregation",
] as const;

/** The getter a custom getter receives: TF's `_true_getter`, or the next getter out. */
export type Getter = (args: GetterArgs) => unknown;
/** A custom getter: `custom_getter(getter, **kwargs)`. `acceptsConstraint` says whether it accepts a
 *  `constraint` keyword (it names it or takes `**kwargs`); only then does TF pass it. */
export interface CustomGetter {
  (getter: Getter, args: GetterArgs): unknown;
  acceptsConstraint?: boolean;
}
/** A regularizer: `regularizer(variable)` returns a loss Tensor or null. */
export type Regularizer = (variable: unknown) => unknown;
/** A partitioner: `partitioner(shape=, dtype=)` returns the partition count per axis. */
export type Partitioner = (shape: import("./shape.js").TensorShape, dtype: DType) => unknown;

/** Settings a VariableScope carries; all optional when constructing. */
export interface VariableScopeSettings {
  name?: string;
  initializer?: InitializerFn | unknown;
  regularizer?: Regularizer | null;
  cachingDevice?: string | null;
  partitioner?: Partitioner | null;
  customGetter?: CustomGetter | null;
  nameScope?: string;
  dtype?: DType;
  useResource?: boolean | null;
  constraint?: unknown;
}

/** `tf.VariableScope`: the defaults get_variable reads, and the prefix it adds. */
export class VariableScope {
  name: string;
  reuse: Reuse;
  initializer: unknown;
  regularizer: Regularizer | null;
  cachingDevice: string | null;
  partitioner: Partitioner | null;
  customGetter: CustomGetter | null;
  /** `original_name_scope`: the name scope opened when this scope was first entered. */
  originalNameScope: string;
  dtype: DType;
  useResource: boolean | null;
  constraint: unknown;

  constructor(reuse: Reuse, s: VariableScopeSettings = {}) {
    this.name = s.name ?? "";
    this.reuse = reuse;
    this.initializer = s.initializer ?? null;
    this.regularizer = s.regularizer ?? null;
    this.cachingDevice = s.cachingDevice ?? null;
    this.partitioner = s.partitioner ?? null;
    this.customGetter = s.customGetter ?? null;
    this.originalNameScope = s.nameScope ?? "";
    this.dtype = s.dtype ?? float32;
    this.useResource = s.useResource ?? null;
    this.constraint = s.constraint ?? null;
    // vs.py 1067-1072: an eager scope always auto-reuses resource variables.
    if (executingEagerly()) {
      if (this.cachingDevice !== null) throw tfError(M.eagerCachingDeviceScope);
      this.reuse = AUTO_REUSE;
      this.useResource = true;
    }
  }

  /** `reuse_variables()`: this scope object reuses from now on. */
  reuseVariables(): void {
    this.reuse = true;
    const rec = activeRecorder;
    if (rec !== null) rec.record({ kind: "reuseVariables", graph: getDefaultGraph(), scope: this.name });
  }
  setInitializer(initializer: unknown): void {
    this.initializer = initializer;
  }
  setDtype(dtype: DType): void {
    this.dtype = dtype;
  }
  setUseResource(useResource: boolean | null): void {
    if (executingEagerly() && !useResource) throw tfError(M.eagerUseResourceFalse);
    this.useResource = useResource;
  }
  setRegularizer(regularizer: Regularizer | null): void {
    this.regularizer = regularizer;
  }
  setCachingDevice(device: string | null): void {
    if (executingEagerly()) throw tfError(M.eagerCachingDevice);
    this.cachingDevice = device;
  }
  setPartitioner(partitioner: Partitioner | null): void {
    this.partitioner = partitioner;
  }
  setCustomGetter(getter: CustomGetter | null): void {
    this.customGetter = getter;
  }

  /** `VariableScope.get_collection(key)`: items whose name starts with `name/` (all at the root). */
  getCollection(key: unknown): unknown[] {
    return getDefaultGraph().getCollection(key, this.name ? `${this.name}/` : "");
  }
  trainableVariables(): unknown[] {
    return this.getCollection(TRAINABLE_VARIABLES);
  }
  globalVariables(): unknown[] {
    return this.getCollection(GLOBAL_VARIABLES);
  }
  localVariables(): unknown[] {
    return this.getCollection(LOCAL_VARIABLES);
  }
}

/** One thread's `_VariableScopeStore` for one graph. */
export class ScopeStore {
  current = new VariableScope(false);
  /** `variable_scopes_count`: full scope name → times opened (reset as TF resets it). */
  counts = new Map<string, number>();

  open(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }
  /** `close_variable_subscopes`: zero every count below `name/` (the count of `name` itself stays). */
  closeSubscopes(name: string): void {
    const prefix = `${name}/`;
    for (const k of this.counts.keys()) if (k.startsWith(prefix)) this.counts.set(k, 0);
  }
  count(name: string): number {
    return this.counts.get(name) ?? 0;
  }
}

/** `get_variable_scope_store()`: this thread's store, from the thread-local object kept in the
 *  graph's `("__varscope",)` collection (created there on first use). */
export function scopeStore(graph: Graph = getDefaultGraph()): ScopeStore {
  let tl = graph.firstInCollection(VARSCOPESTORE_KEY);
  if (!(tl instanceof ThreadLocal)) {
    tl = new ThreadLocal(() => new ScopeStore());
    graph.addToCollection(VARSCOPESTORE_KEY, tl);
  }
  return (tl as ThreadLocal<ScopeStore>).get();
}

/** `tf.get_variable_scope()`. */
export function currentVariableScope(): VariableScope {
  return scopeStore().current;
}
