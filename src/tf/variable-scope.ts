/**
 * `tf.variable_scope` (variable_scope.py 1977-2363) and its inner `_pure_variable_scope` (1776-1939):
 * argument checks at construction, the name scope opened on entry (string: relative and uniquified;
 * captured scope: its last name component; default_name: the default name), the variable scope's own
 * name (never uniquified, except default_name through the per-thread counters), reuse inheritance, the
 * counters' resets, and `variable_op_scope` for the pre-1.0 API.
 */
import { asDefault, executingEagerly, getDefaultGraph, logWarning, pyDescriber, pyTypeName } from "./context.js";
import { type DType, float32 } from "./dtypes.js";
import { tfError } from "./errors.js";
import type { ContextManager, Graph } from "./graph.js";
import { graphFromInputs } from "./inputs.js";
import { M, formatMessage } from "./messages.js";
import { getNameScope, nameScope } from "./name-scope.js";
import { activeRecorder } from "./recorder.js";
import {
  AUTO_REUSE,
  type CustomGetter,
  type Getter,
  type Partitioner,
  type Regularizer,
  type Reuse,
  type ScopeStore,
  VariableScope,
  scopeStore,
} from "./scope-store.js";
import { isCallable } from "./services.js";
import { variableStore } from "./variable-store.js";

/** The keyword arguments of `tf.variable_scope` after `name_or_scope`. Values the shim cannot type
 *  (reuse, auxiliary_name_scope) arrive as given and are checked as TF checks them. */
export interface VariableScopeArgs {
  defaultName?: string | null;
  values?: readonly unknown[] | null;
  initializer?: unknown;
  regularizer?: Regularizer | null;
  cachingDevice?: string | null;
  partitioner?: Partitioner | null;
  customGetter?: CustomGetter | null;
  /** True, False, None or AUTO_REUSE; anything else raises E11. */
  reuse?: unknown;
  dtype?: DType | null;
  useResource?: boolean | null;
  constraint?: unknown;
  /** Must be a bool (E12). */
  auxiliaryNameScope?: unknown;
}

/** vs.py 1942-1958 `_maybe_wrap_custom_getter`: the new getter runs first and receives the old one
 *  (bound to the true getter) as its getter. */
export function composeCustomGetters(getter: CustomGetter, old: CustomGetter | null): CustomGetter {
  if (old === null) return getter;
  const wrapped: CustomGetter = (trueGetter: Getter, args) => {
    // Python calls whatever was passed; a non-callable fails only now, as CPython's call does.
    if (!isCallable(getter)) throw tfError(M.notCallable, pyTypeName(getter));
    return getter((a) => old(trueGetter, a), args);
  };
  // The wrapper takes **kwargs, so TF hands it `constraint` whatever the inner getters accept.
  wrapped.acceptsConstraint = true;
  return wrapped;
}

interface PureOptions {
  reuse: Reuse;
  initializer: unknown;
  regularizer: Regularizer | null;
  cachingDevice: string | null;
  partitioner: Partitioner | null;
  customGetter: CustomGetter | null;
  oldNameScope: string | null;
  dtype: DType | null;
  useResource: boolean | null;
  constraint: unknown;
}

function applyOverrides(scope: VariableScope, o: PureOptions, oldGetter: CustomGetter | null): void {
  if (o.initializer !== null) scope.setInitializer(o.initializer);
  if (o.regularizer !== null) scope.setRegularizer(o.regularizer);
  if (o.cachingDevice !== null) scope.setCachingDevice(o.cachingDevice);
  if (o.partitioner !== null) scope.setPartitioner(o.partitioner);
  if (o.customGetter !== null) scope.setCustomGetter(composeCustomGetters(o.customGetter, oldGetter));
  if (o.dtype !== null) scope.setDtype(o.dtype);
  if (o.useResource !== null) scope.setUseResource(o.useResource);
}

/** `_pure_variable_scope`: switches the current VariableScope without touching name scopes. */
class PureVariableScope implements ContextManager<VariableScope> {
  private readonly store: ScopeStore;
  private newName = "";
  private old: VariableScope | null = null;
  private last: VariableScope | null = null;
  private cached: VariableScope | null = null;
  private savedCounts: Map<string, number> | null = null;
  private reuse: Reuse;

  constructor(
    private readonly nameOrScope: string | VariableScope,
    private readonly o: PureOptions,
  ) {
    this.reuse = o.reuse;
    // vs.py 1802-1803: the variable store is fetched (and created) here, then the scope store.
    variableStore();
    this.store = scopeStore();
    if (nameOrScope instanceof VariableScope) {
      this.newName = nameOrScope.name;
      // Object entry: a fresh copy of the captured scope; reuse is the argument if truthy, else the
      // captured scope's own (never the enclosing scope's).
      const copy = new VariableScope(this.reuse ? this.reuse : nameOrScope.reuse, {
        name: this.newName,
        initializer: nameOrScope.initializer,
        regularizer: nameOrScope.regularizer,
        cachingDevice: nameOrScope.cachingDevice,
        partitioner: nameOrScope.partitioner,
        dtype: nameOrScope.dtype,
        customGetter: nameOrScope.customGetter,
        nameScope: nameOrScope.originalNameScope,
        useResource: nameOrScope.useResource,
        constraint: o.constraint,
      });
      applyOverrides(copy, o, nameOrScope.customGetter);
      this.cached = copy;
    }
  }

  enter(): VariableScope {
    const store = this.store;
    this.old = store.current;
    let scope: VariableScope;
    if (this.nameOrScope instanceof VariableScope) {
      store.open(this.newName);
      this.savedCounts = new Map(store.counts);
      scope = this.cached!;
    } else {
      const old = this.old;
      this.newName = old.name ? `${old.name}/${this.nameOrScope}` : this.nameOrScope;
      // `self._reuse = self._reuse or self._old.reuse`: inherited, and remembered for re-entry.
      this.reuse = this.reuse ? this.reuse : old.reuse;
      scope = new VariableScope(this.reuse, {
        name: this.newName,
        initializer: old.initializer,
        regularizer: old.regularizer,
        cachingDevice: old.cachingDevice,
        partitioner: old.partitioner,
        dtype: old.dtype,
        useResource: old.useResource,
        customGetter: old.customGetter,
        nameScope: this.o.oldNameScope ?? this.nameOrScope,
        constraint: this.o.constraint,
      });
      applyOverrides(scope, this.o, old.customGetter);
      store.open(this.newName);
    }
    store.current = scope;
    this.last = scope;
    return scope;
  }

  exit(): void {
    const store = this.store;
    if (store.current !== this.last) throw tfError(M.improperNesting);
    if (this.nameOrScope instanceof VariableScope) store.counts = this.savedCounts!;
    else store.closeSubscopes(this.newName);
    store.current = this.old!;
  }
}

/** vs.py 1961-1972 `_get_unique_variable_scope`: `prefix`, or `prefix_k` for the first k ≥ 1 whose
 *  full name has a zero count under the current scope. */
export function uniqueVariableScopeName(prefix: string): string {
  const store = scopeStore();
  const cur = store.current.name;
  const name = cur ? `${cur}/${prefix}` : prefix;
  if (store.count(name) === 0) return prefix;
  let idx = 1;
  while (store.count(`${name}_${idx}`) > 0) idx++;
  return `${prefix}_${idx}`;
}

/** `with _pure_variable_scope(name, custom_getter=...) as vs: pass` (template.py 300-304): enters and
 *  leaves a bare variable scope, opening no name scope, and returns it. */
export function enterPureScope(name: string, customGetter: CustomGetter | null): VariableScope {
  const pure = new PureVariableScope(name, {
    reuse: null,
    initializer: null,
    regularizer: null,
    cachingDevice: null,
    partitioner: null,
    customGetter,
    oldNameScope: null,
    dtype: float32,
    useResource: null,
    constraint: null,
  });
  const scope = pure.enter();
  pure.exit();
  return scope;
}

/** The `tf.variable_scope(...)` object. Construct once; `enter()`/`exit()` may be repeated (O8). */
export class VariableScopeContext implements ContextManager<VariableScope> {
  private readonly reuse: Reuse;
  private readonly inGraphMode: boolean;
  private readonly graph: Graph | null = null;
  private readonly auxiliary: boolean;
  private graphCm: ContextManager<unknown> | null = null;
  private pure: PureVariableScope | null = null;
  private currentNameScope: ContextManager<string> | null = null;

  constructor(
    private readonly nameOrScope: unknown,
    private readonly a: VariableScopeArgs = {},
  ) {
    const defaultName = a.defaultName ?? null;
    if (defaultName === null && (nameOrScope === null || nameOrScope === undefined)) {
      throw tfError(M.defaultNameRequired);
    }
    // `reuse=False` means "inherit", like None.
    let reuse = a.reuse === undefined || a.reuse === false ? null : a.reuse;
    if (!(reuse === true || reuse === null || reuse === AUTO_REUSE)) throw tfError(M.reuseParam);
    this.reuse = reuse as Reuse;
    this.inGraphMode = !executingEagerly();
    // The graph is chosen NOW, from `values` or the current default graph (review item 4).
    if (this.inGraphMode) this.graph = graphFromInputs(a.values ?? []);
    const aux = a.auxiliaryNameScope ?? true;
    if (typeof aux !== "boolean") throw tfError(M.auxiliaryNameScope, pyDescriber().str(aux));
    this.auxiliary = aux;
  }

  enter(): VariableScope {
    if (this.inGraphMode) {
      this.graphCm = asDefault(this.graph!);
      this.graphCm.enter();
    }
    if (this.pure !== null) {
      // Re-entering the same object reuses the cached scopes; a relative name scope is uniquified again.
      this.currentNameScope?.enter();
      return this.pure.enter();
    }
    try {
      return this.enterUncached();
    } catch (e) {
      this.graphCm?.exit();
      throw e;
    }
  }

  private pureOptions(oldNameScope: string | null, reuse: Reuse): PureOptions {
    const a = this.a;
    return {
      reuse,
      initializer: a.initializer ?? null,
      regularizer: a.regularizer ?? null,
      cachingDevice: a.cachingDevice ?? null,
      partitioner: a.partitioner ?? null,
      customGetter: a.customGetter ?? null,
      oldNameScope,
      dtype: a.dtype ?? null,
      useResource: a.useResource ?? null,
      constraint: a.constraint ?? null,
    };
  }

  private enterPure(pure: PureVariableScope): VariableScope {
    let entered: VariableScope;
    try {
      entered = pure.enter();
    } catch (e) {
      pure.exit();
      throw e;
    }
    this.pure = pure;
    return entered;
  }

  private enterUncached(): VariableScope {
    let ns: ContextManager<string> | null = null;
    if (!this.auxiliary) {
      // Re-enter the current name scope (absolute), or the root.
      const cur = getNameScope();
      ns = nameScope(cur ? `${cur}/` : cur);
    }
    const nos = this.nameOrScope;
    if (nos !== null && nos !== undefined) {
      if (!(typeof nos === "string" || nos instanceof VariableScope)) throw tfError(M.nameOrScopeType);
      const nsName = typeof nos === "string" ? nos : nos.name.split("/").pop()!;
      if (nsName || ns !== null) {
        ns ??= nameScope(nsName);
        const opened = ns.enter();
        this.currentNameScope = ns;
        const oldNameScope = typeof nos === "string" ? opened : nos.originalNameScope;
        const scope = this.enterPure(new PureVariableScope(nos, this.pureOptions(oldNameScope, this.reuse)));
        this.emit(typeof nos === "string" ? "string" : "object", scope, opened);
        return scope;
      }
      // Only the root scope object (name "") gets here: no name scope at all.
      this.currentNameScope = null;
      const scope = this.enterPure(new PureVariableScope(nos, this.pureOptions(null, this.reuse)));
      this.emit("object", scope, "");
      return scope;
    }
    if (this.reuse) throw tfError(M.reuseWithoutName);
    ns ??= nameScope(this.a.defaultName!);
    const opened = ns.enter();
    this.currentNameScope = ns;
    const store = scopeStore();
    const parent = store.current.name;
    const count = store.count(parent ? `${parent}/${this.a.defaultName!}` : this.a.defaultName!);
    const unique = uniqueVariableScopeName(this.a.defaultName!);
    const scope = this.enterPure(new PureVariableScope(unique, this.pureOptions(opened, null)));
    this.emit("default", scope, opened, count);
    return scope;
  }

  private emit(how: "string" | "object" | "default", scope: VariableScope, opened: string, defaultNameCount?: number): void {
    const rec = activeRecorder;
    if (rec === null) return;
    const reuseFrom = this.reuse ? "argument" : how === "object" ? "captured" : "parent";
    rec.record({ kind: "variableScope", graph: this.graph ?? getDefaultGraph(), how, name: scope.name, nameScope: opened, reuse: scope.reuse === AUTO_REUSE ? "AUTO_REUSE" : scope.reuse === true, reuseFrom, ...(defaultNameCount === undefined ? {} : { defaultNameCount }) });
  }

  exit(): void {
    try {
      this.pure?.exit();
    } finally {
      try {
        this.currentNameScope?.exit();
      } finally {
        if (this.inGraphMode) this.graphCm?.exit();
      }
    }
  }
}

/** `tf.variable_scope(name_or_scope, default_name=None, values=None, ...)`. Construction raises E10,
 *  E11, E12 (and the mixed-graph ValueError) as TF's `__init__` does; entry raises E13, E14. */
export function variableScope(nameOrScope: unknown, args: VariableScopeArgs = {}): VariableScopeContext {
  return new VariableScopeContext(nameOrScope, args);
}

/** Pre-1.0 `tf.variable_op_scope(values, name_or_scope, default_name=None, ...)`: logs TF's
 *  deprecation warning and enters `variable_scope(name_or_scope, default_name, values, ...)`. Being a
 *  generator context manager, all of it happens on entry. */
export function variableOpScope(
  values: readonly unknown[] | null,
  nameOrScope: unknown,
  args: Omit<VariableScopeArgs, "values" | "auxiliaryNameScope"> = {},
): ContextManager<VariableScope> {
  let inner: VariableScopeContext | null = null;
  return {
    enter: () => {
      logWarning(formatMessage(M.variableOpScopeDeprecated, []));
      inner = new VariableScopeContext(nameOrScope, { ...args, values });
      return inner.enter();
    },
    exit: () => inner?.exit(),
  };
}
