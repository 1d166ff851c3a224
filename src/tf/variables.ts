/**
 * Variables: TF1's RefVariable (variables.py `_init_from_args`, 1699-1880) and ResourceVariable
 * (resource_variable_ops.py 1514-1600), built op by op in TF's order so later names collide exactly as
 * in TF, and the `tf.Variable`/`VariableV1` entry point with its variable-creator stack
 * (variables.py `_variable_v1_call`, variable_scope.py `default_variable_creator`).
 */
import { applyOp } from "./apply-op.js";
import { EagerVariable } from "./eager-variable.js";
import { behavior, currentTraceback, executingEagerly, getDefaultGraph, initScope, pyDescriber } from "./context.js";
import { type DType, bool, int32, int64, resource } from "./dtypes.js";
import { Unsupported, tfError } from "./errors.js";
import { GLOBAL_VARIABLES, LOCAL_VARIABLES, TRAINABLE_VARIABLES } from "./graph-keys.js";
import { type Graph, NO_SCOPE, within } from "./graph.js";
import { shapeStr, tensorStr } from "./format.js";
import { M } from "./messages.js";
import { nameScope } from "./name-scope.js";
import type { OpInput } from "./ops/convert.js";
import { applyOp1 } from "./ops/op-library.js";
import { OM } from "./ops/op-messages.js";
import { STATE_OPS, assign as stateAssign, assignAdd as stateAssignAdd, assignSub as stateAssignSub } from "./ops/state.js";
import { activeRecorder } from "./recorder.js";
import { isCallable, opServices } from "./services.js";
import { SCALAR_SHAPE, type ShapeLike, type TensorShape, asShape, unknownShape } from "./shape.js";
import { type Operation, Tensor } from "./tensor.js";
import { currentVariableScope } from "./scope-store.js";
import { currentThreadId } from "./threads.js";
import { UnreadVariable } from "./unread-variable.js";
import { cond } from "./cond-context.js";

/** variables.py `Variable.SaveSliceInfo`: the full variable's name and shape, and this slice's place. */
export interface SaveSliceInfo {
  readonly fullName: string;
  readonly fullShape: readonly number[];
  readonly varOffset: readonly number[];
  readonly varShape: readonly number[];
}

/** `tf.VariableSynchronization` member names. */
export type Synchronization = "AUTO" | "NONE" | "ON_WRITE" | "ON_READ";
/** `tf.VariableAggregation` member names. */
export type Aggregation = "NONE" | "SUM" | "MEAN" | "ONLY_FIRST_REPLICA" | "ONLY_FIRST_TOWER";

/** The keyword arguments of `tf.Variable`/`VariableV1` (and what variable creators receive). */
export interface VariableArgs {
  /** A Tensor, a value the op catalogue converts, or a no-argument callable returning either. */
  initialValue?: unknown;
  trainable?: boolean | null;
  /** The collections list; anything but an array raises TF's ValueError (arrays stand for Python
   *  lists, tuples and sets). */
  collections?: unknown;
  validateShape?: boolean;
  cachingDevice?: string | null;
  name?: string | null;
  dtype?: DType | null;
  constraint?: unknown;
  useResource?: boolean | null;
  synchronization?: Synchronization;
  aggregation?: Aggregation;
  shape?: ShapeLike | undefined;
  /** `variable_def=`: rebuilds the variable from the graph elements a VariableDef names (the shim
   *  resolves them: `restore(resource, importScope)`), instead of creating new ops. */
  variableDef?: ((resource: boolean, importScope: string | null) => unknown) | null;
  importScope?: string | null;
}

/** The graph elements `_init_from_proto` finds by name (variables.py 1879-1921, rv.py 1632-1695). */
export interface RestoredParts {
  readonly restored: true;
  /** The VariableV2 op's ref output, or the VarHandleOp's handle. */
  readonly variable: Tensor;
  readonly initializer: Operation;
  /** null for a legacy VariableDef without `initial_value_name`. */
  readonly initialValue: Tensor | null;
  /** `snapshot_name`'s tensor (for a resource variable without one, `<handle>/Read/ReadVariableOp:0`). */
  readonly snapshot: Tensor;
}

function isRestored(a: VariableArgs | RestoredParts): a is RestoredParts {
  return (a as RestoredParts).restored === true;
}

/** The keyword names a variable creator receives from `tf.Variable`/`VariableV1`, in TF's order
 *  (variables.py `_variable_v1_call`); the ones VariableArgs lacks are always None. */
export const CREATOR_KWARGS = [
  "initial_value", "trainable", "collections", "validate_shape", "caching_device", "name", "variable_def", "dtype",
  "expected_shape", "import_scope", "constraint", "use_resource", "synchronization", "aggregation", "shape",
] as const;

/** A `tf.variable_creator_scope` creator: `creator(next_creator, **kwargs)`. */
export type VariableCreator = (next: (args: VariableArgs) => unknown, args: VariableArgs) => unknown;

/** What both variable kinds share. */
export abstract class Variable {
  /** `ref` for RefVariable, `resource` for ResourceVariable. */
  abstract readonly kind: "ref" | "resource";
  /** The variable op: VariableV2 or VarHandleOp. */
  abstract readonly op: Operation;
  /** The initial value tensor (`v/Initializer/...:0` or `v/initial_value:0`); null for a variable
   *  restored from a legacy VariableDef. */
  abstract readonly initialValue: Tensor | null;
  /** `v.initializer`: the Assign (or AssignVariableOp) op. */
  abstract readonly initializer: Operation;
  /** `v.dtype`: `float32_ref` for a RefVariable, `float32` for a ResourceVariable. */
  abstract readonly dtype: DType;
  abstract getShape(): TensorShape;
  /** `v.value()`: the snapshot (`v/read:0`), or a fresh read for resource variables. */
  abstract value(): Tensor;
  /** `v.read_value()`: a new read op in the CURRENT name scope. */
  abstract readValue(): Tensor;

  /** Traceback lines recorded at creation, innermost first (for "Originally defined at"). */
  readonly definedAt: readonly string[] = currentTraceback();
  /** `v.synchronization` / `v.aggregation` (variables.py 1786-1790 keep what the caller gave). */
  synchronization: Synchronization = "AUTO";
  aggregation: Aggregation = "NONE";
  /** `v._save_slice_info` (variables.py `_set_save_slice_info`): where this variable sits in a
   *  partitioned one; null when it is a whole variable. */
  saveSliceInfo: SaveSliceInfo | null = null;

  constructor(
    readonly trainable: boolean,
    readonly constraint: unknown,
    readonly cachingDevice: string | null,
  ) {}

  /** `v.name`: the variable op's first output, e.g. `foo/v:0`. */
  get name(): string {
    return `${this.op.name}:0`;
  }
  get graph(): Graph {
    return this.op.graph;
  }
  get shape(): TensorShape {
    return this.getShape();
  }
  get device(): string {
    return this.op.device;
  }

  /** `_TensorConversionFunction`/`_dense_var_to_tensor`: the value (or the ref) as a Tensor. */
  convertToTensor(dtype: DType | null, _name: string | null, asRef: boolean): Tensor {
    if (dtype !== null && !dtype.isCompatibleWith(this.dtype)) {
      throw tfError(M.incompatibleConversion, dtype.name, this.dtype.name);
    }
    return asRef ? this.refTensor() : this.value();
  }
  /** @internal The tensor `as_ref` conversion yields. */
  protected abstract refTensor(): Tensor;

  /** `_as_graph_element`: what `values=[v]` contributes to graph selection. */
  asGraphElement(): Tensor {
    return this.op.outputs[0]!;
  }

  /** `v.initialized_value()` (variables.py 522-544): under init_scope, `cond(is_variable_initialized(v),
   *  v.read_value, lambda: v.initial_value)`: the value if initialized, else the initial value. */
  initializedValue(): Tensor {
    const initial = this.initialValue;
    // A restored variable without an initial value: cond's "false_fn must have a return value."
    return within(initScope(), () =>
      cond(this.isInitialized(), () => [this.readValue()], () => (initial === null ? null : [initial]), null)[0]!);
  }
  /** state_ops.is_variable_initialized: `IsVariableInitialized` on the ref, `VarIsInitializedOp` on a handle. */
  abstract isInitialized(): Tensor;
}

/** TF1's reference variable: VariableV2 + Assign + Identity(`read`). */
export class RefVariable extends Variable {
  readonly kind = "ref";
  readonly op: Operation;
  readonly initialValue: Tensor | null;
  readonly initializer: Operation;
  private readonly snapshot: Tensor;

  /** @internal Use `createVariable` (or `restoreVariable` for RestoredParts). */
  constructor(args: VariableArgs | RestoredParts, trainable: boolean, collections: unknown[]) {
    if (isRestored(args)) {
      // variables.py 1920-1921: no caching device, no constraint.
      super(trainable, null, null);
      this.op = args.variable.op;
      this.initializer = args.initializer;
      this.initialValue = args.initialValue;
      this.snapshot = args.snapshot;
      return;
    }
    super(trainable, args.constraint ?? null, args.cachingDevice ?? null);
    if (executingEagerly()) throw tfError(M.refVariableEager);
    const initFromFn = isCallable(args.initialValue);
    // variables.py 1799: everything runs in init_scope(), so enclosing control dependencies do not apply.
    const outer = initScope();
    outer.enter();
    const ns = nameScope(args.name ?? null, "Variable", initFromFn ? [] : [args.initialValue]);
    let scope: string;
    try {
      scope = ns.enter();
    } catch (e) {
      outer.exit();
      throw e;
    }
    try {
      const g = getDefaultGraph();
      const validate = args.validateShape ?? true;
      // variables.py 1806-1818: a callable initial value runs under device(None), and it and the
      // VariableV2 op carry the variable's colocation group through an attr scope.
      const [initial, op] = within(initFromFn ? g.attrScope({ _class: [`loc:@${scope.slice(0, -1)}`] }) : NO_SCOPE, () => {
        const value = initFromFn
          ? within(g.device(null), () => initialValueTensor(args.initialValue, true, args.dtype ?? null))
          : initialValueTensor(args.initialValue, false, args.dtype ?? null);
        // variables.py 1830-1836: a tensor made inside a cond branch or loop cannot initialize a variable.
        if (!initFromFn && value.op._controlFlowContext !== null) throw tfError(M.initializerInControlFlow, scope);
        let shape = args.shape === undefined || args.shape === null ? null : asShape(args.shape);
        shape ??= validate ? value.shape : unknownShape();
        const base = value.dtype.baseDtype;
        return [value, g.createOp({
          type: "VariableV2",
          name: scope,
          attrs: { shape, dtype: base, container: "", shared_name: "" },
          dtypes: [base.asRef],
          shapes: [shape],
        })] as const;
      });
      this.op = op;
      if (validate && !initial.shape.isFullyDefined()) throw tfError(M.initialValueShape, tensorStr(initial));
      const variable = this.op.outputs[0]!;
      const guarded = guardUninitializedDependencies(scope, initial);
      // state_ops.assign: the catalogue's Assign, with its shape function and messages.
      this.initializer = applyOp1(STATE_OPS.Assign, null, { ref: variable, value: guarded }, { validate_shape: validate }).op;
      // variables.py 1867-1872: the snapshot goes to the caching device, else next to the variable.
      this.snapshot = args.cachingDevice === undefined || args.cachingDevice === null
        ? within(g.colocateWith(this.op), () => readIdentity(g, variable, ""))
        : readIdentity(g, variable, cachingDeviceString(args.cachingDevice));
      this.initialValue = initial;
      g.addToCollections(collections, this);
    } finally {
      ns.exit();
      outer.exit();
    }
  }

  get dtype(): DType {
    return this.op.outputs[0]!.dtype;
  }
  getShape(): TensorShape {
    return this.op.outputs[0]!.shape;
  }
  value(): Tensor {
    return this.snapshot;
  }
  /** variables.py 1955: `identity(self._variable, name="read")` in the current name scope. */
  readValue(): Tensor {
    return readIdentity(getDefaultGraph(), this.op.outputs[0]!, "");
  }
  protected refTensor(): Tensor {
    return this.op.outputs[0]!;
  }
  isInitialized(): Tensor {
    return applyOp1(STATE_OPS.IsVariableInitialized, null, { ref: this.op.outputs[0]! });
  }

  /** `v.assign(value)` (variables.py 2050-2070): `state_ops.assign` on the ref, an `Assign` op in the
   *  current name scope (`Assign/value` for a non-Tensor); the op itself when `readValue` is false. */
  assign(value: unknown, name: string | null = null, readValue = true, useLocking: boolean | null = null): Tensor | Operation {
    return refResult(stateAssign(this, value as OpInput, { name, useLocking }), readValue);
  }
  /** `v.assign_add(delta)`: `AssignAdd`. */
  assignAdd(delta: unknown, name: string | null = null, readValue = true, useLocking: boolean | null = null): Tensor | Operation {
    return refResult(stateAssignAdd(this, delta as OpInput, { name, useLocking }), readValue);
  }
  /** `v.assign_sub(delta)`: `AssignSub`. */
  assignSub(delta: unknown, name: string | null = null, readValue = true, useLocking: boolean | null = null): Tensor | Operation {
    return refResult(stateAssignSub(this, delta as OpInput, { name, useLocking }), readValue);
  }
}

function refResult(t: Tensor | Operation, readValue: boolean): Tensor | Operation {
  return readValue || !(t instanceof Tensor) ? t : t.op;
}

/** A resource variable: VarHandleOp + VarIsInitializedOp + AssignVariableOp + ReadVariableOp. */
export class ResourceVariable extends Variable {
  readonly kind = "resource";
  readonly op: Operation;
  readonly initialValue: Tensor | null;
  readonly initializer: Operation;
  private readonly graphElement: Tensor;
  private readonly cached: Tensor | null;
  private readonly varShape: TensorShape;
  private readonly varDtype: DType;

  /** @internal Use `createVariable` (or `restoreVariable` for RestoredParts). */
  constructor(args: VariableArgs | RestoredParts, trainable: boolean, collections: unknown[]) {
    if (isRestored(args)) {
      // rv.py 1643-1695: shape and dtype from the handle op's attrs; a snapshot that is no
      // ReadVariableOp is the cached value, and the graph element is the read behind it.
      super(trainable, null, null);
      this.op = args.variable.op;
      this.varShape = asShape(this.op.getAttr("shape") as ShapeLike);
      this.varDtype = this.op.getAttr("dtype") as DType;
      this.initializer = args.initializer;
      this.initialValue = args.initialValue;
      let snapshot = args.snapshot;
      this.cached = snapshot.op.type !== "ReadVariableOp" ? snapshot : null;
      while (snapshot.op.type !== "ReadVariableOp") {
        const next = snapshot.op.inputs[0];
        if (next === undefined) throw new Unsupported(`a VariableDef whose snapshot ${args.snapshot.name} reads no ReadVariableOp`);
        snapshot = next;
      }
      this.graphElement = snapshot;
      return;
    }
    super(trainable, args.constraint ?? null, args.cachingDevice ?? null);
    const initFromFn = isCallable(args.initialValue);
    // rv.py 1508: the whole construction runs in init_scope().
    const outer = initScope();
    outer.enter();
    const ns = nameScope(args.name ?? null, "Variable", initFromFn ? [] : [args.initialValue]);
    let scope: string;
    try {
      scope = ns.enter();
    } catch (e) {
      outer.exit();
      throw e;
    }
    try {
      const g = getDefaultGraph();
      const handleName = scope.slice(0, -1);
      // rv.py 1526-1551: the initial value (under `<n>/Initializer/`, device(None)) and the handle are
      // made in an attr scope that puts them in the variable's colocation group.
      const [initial, shape, op] = within(g.attrScope({ _class: [`loc:@${handleName}`] }), () => {
        const value = within(g.nameScope("Initializer"), () => within(g.device(null), () =>
          opServices().convertToTensor(
            initFromFn ? (args.initialValue as () => unknown)() : args.initialValue,
            args.dtype ?? null,
            "initial_value",
          )));
        let s: TensorShape;
        if (args.shape !== undefined && args.shape !== null) {
          s = asShape(args.shape);
          if (!value.shape.isCompatibleWith(s)) {
            throw tfError(M.resourceShapeIncompatible, shapeStr(value.shape), shapeStr(s));
          }
        } else s = value.shape;
        const dt = value.dtype.baseDtype;
        return [value, s, g.createOp({
          type: "VarHandleOp",
          name: scope,
          attrs: { shape: s, dtype: dt, container: "", shared_name: handleName },
          dtypes: [resource],
          shapes: [SCALAR_SHAPE],
        })] as const;
      });
      // rv.py 1554-1560.
      if (initial.op._controlFlowContext !== null) throw tfError(M.initializerInControlFlow, scope);
      const dtype = initial.dtype.baseDtype;
      this.op = op;
      const handle = this.op.outputs[0]!;
      inScope(g, "IsInitialized", () =>
        applyOp(g, "VarIsInitializedOp", null, () => ({ inputs: [handle], dtypes: [bool], shapes: [SCALAR_SHAPE] })),
      );
      const guarded = guardUninitializedDependencies(scope, initial);
      // rv.py 1569-1579: the assignment goes on the handle's device, outside any colocation.
      this.initializer = within(g.nameScope("Assign"), (n) =>
        within(g.colocateWith(null, true), () =>
          applyOp(g, "AssignVariableOp", n, () => ({ inputs: [handle, guarded], attrs: { dtype }, device: handle.device }))));
      const cachingDevice = args.cachingDevice === undefined || args.cachingDevice === null ? null : cachingDeviceString(args.cachingDevice);
      [this.graphElement, this.cached] = inScope(g, "Read", () => {
        const value = readVariableOp(g, handle, dtype, shape, handle.device);
        // rv.py 1590-1600: the cached copy ignores the enclosing device and colocation scopes.
        const cached = cachingDevice === null ? null
          : within(g.colocateWith(null, true), () => readIdentity(g, value, cachingDevice, "Identity"));
        return [value, cached] as const;
      });
      this.initialValue = initial;
      this.varShape = shape;
      this.varDtype = dtype;
      g.addToCollections(collections, this);
    } finally {
      ns.exit();
      outer.exit();
    }
  }

  get dtype(): DType {
    return this.varDtype;
  }
  getShape(): TensorShape {
    return this.varShape;
  }
  /** rv.py 605-610: the cached value if any, else a new `ReadVariableOp` in the current scope. */
  value(): Tensor {
    return this.cached ?? readVariableOp(getDefaultGraph(), this.op.outputs[0]!, this.varDtype, this.varShape);
  }
  /** rv.py 618-633: `Read/ReadVariableOp`, then an `Identity` outside the `Read` scope. */
  readValue(): Tensor {
    const g = getDefaultGraph();
    const v = inScope(g, "Read", () => readVariableOp(g, this.op.outputs[0]!, this.varDtype, this.varShape));
    return readIdentity(g, v, "", "Identity");
  }
  protected refTensor(): Tensor {
    return this.readValue().op.inputs[0]!;
  }
  /** rv.py `is_initialized(name=None)`: `VarIsInitializedOp` in the current scope. */
  isInitialized(): Tensor {
    const g = getDefaultGraph();
    return applyOp(g, "VarIsInitializedOp", null, () => ({ inputs: [this.handle], dtypes: [bool], shapes: [SCALAR_SHAPE] })).outputs[0]!;
  }
  /** rv.py 771-790 `assign`: the value converted to the variable's dtype (`Const`), checked against its
   *  shape, an `AssignVariableOp`; the result reads lazily after it (an `_UnreadVariable`). */
  assign(value: unknown, name: string | null = null, readValue = true): UnreadVariable | Operation {
    const t = opServices().convertToTensor(value, this.varDtype, null);
    this.varShape.assertIsCompatibleWith(t.shape);
    return this.lazyRead(this.updateOp("AssignVariableOp", t, name), readValue);
  }
  /** rv.py 740-750 `assign_add`: `AssignAddVariableOp`, under the cached value's dependency if any. */
  assignAdd(delta: unknown, name: string | null = null, readValue = true): UnreadVariable | Operation {
    const op = within(this.assignDependencies(), () =>
      this.updateOp("AssignAddVariableOp", opServices().convertToTensor(delta, this.varDtype, null), name));
    return this.lazyRead(op, readValue);
  }
  /** rv.py 725-735 `assign_sub`: `AssignSubVariableOp`. */
  assignSub(delta: unknown, name: string | null = null, readValue = true): UnreadVariable | Operation {
    const op = within(this.assignDependencies(), () =>
      this.updateOp("AssignSubVariableOp", opServices().convertToTensor(delta, this.varDtype, null), name));
    return this.lazyRead(op, readValue);
  }
  /** rv.py 597-603 `count_up_to`: `ResourceCountUpTo` on the handle. */
  countUpTo(limit: number): Tensor {
    // op_def_library: the explicit T attr must be one ResourceCountUpTo allows.
    if (this.varDtype !== int32 && this.varDtype !== int64) throw tfError(OM.notAllowedType, "T", this.varDtype.name, "int32, int64");
    const g = getDefaultGraph();
    return applyOp(g, "ResourceCountUpTo", null, () => ({
      inputs: [this.op.outputs[0]!], attrs: { limit, T: this.varDtype }, dtypes: [this.varDtype], shapes: [SCALAR_SHAPE],
    })).outputs[0]!;
  }
  /** rv.py `_cached_value`: the caching device's copy, if any. */
  get cachedValue(): Tensor | null {
    return this.cached;
  }
  /** The handle (`v.handle`). */
  get handle(): Tensor {
    return this.op.outputs[0]!;
  }
  /** @internal A `ReadVariableOp` of this variable in the current scope. */
  readOp(): Tensor {
    return readVariableOp(getDefaultGraph(), this.handle, this.varDtype, this.varShape);
  }

  private updateOp(type: string, value: Tensor, name: string | null): Operation {
    return applyOp(getDefaultGraph(), type, name, () => ({ inputs: [this.handle, value], attrs: { dtype: this.varDtype } }));
  }
  // rv.py `_assign_dependencies`: assignments wait for the cached value's read.
  private assignDependencies() {
    return this.cached === null ? NO_SCOPE : getDefaultGraph().controlDependencies([this.cached]);
  }
  private lazyRead(op: Operation, readValue: boolean): UnreadVariable | Operation {
    return readValue ? new UnreadVariable(this, op) : op;
  }
  override asGraphElement(): Tensor {
    return this.graphElement;
  }
}

// A caching device may be a device string or a device function; tfscope models strings only.
function cachingDeviceString(device: unknown): string {
  if (device === undefined || device === null) return "";
  if (typeof device !== "string") throw new Unsupported("a caching_device given as a device function");
  return device;
}

function inScope<T>(g: Graph, name: string, body: () => T): T {
  const s = g.nameScope(name);
  s.enter();
  try {
    return body();
  } finally {
    s.exit();
  }
}

/** @internal gen_resource_variable_ops.read_variable_op: `ReadVariableOp` in the current scope. */
export function readVariableOp(g: Graph, handle: Tensor, dtype: DType, shape: TensorShape, device = ""): Tensor {
  return applyOp(g, "ReadVariableOp", null, () => ({ inputs: [handle], attrs: { dtype }, dtypes: [dtype], shapes: [shape], device }))
    .outputs[0]!;
}

// array_ops.identity: an Identity op; a ref input yields its base dtype.
function readIdentity(g: Graph, input: Tensor, device: string, name = "read"): Tensor {
  const base = input.dtype.baseDtype;
  return applyOp(g, "Identity", name, () => ({ inputs: [input], attrs: { T: base }, dtypes: [base], shapes: [input.shape], device }))
    .outputs[0]!;
}

// variables.py 1806-1834: a callable runs under `<n>/Initializer/`; its result, or a plain value, is
// converted as `initial_value` (a Tensor of the requested dtype passes through unchanged).
function initialValueTensor(value: unknown, fromFn: boolean, dtype: DType | null): Tensor {
  if (value === undefined || value === null) throw tfError(M.initialValueRequired);
  if (!fromFn) return opServices().convertToTensor(value, dtype, "initial_value");
  return inScope(getDefaultGraph(), "Initializer", () =>
    opServices().convertToTensor((value as () => unknown)(), dtype, "initial_value"),
  );
}

/**
 * variables.py 2678-2804 `_try_guard_against_uninitialized_dependencies`: unless the initial value's
 * graph has a cycle, every op on a path to a variable listed in GLOBAL_VARIABLES or LOCAL_VARIABLES is
 * copied as `<op name>_<scope>` (a RefSwitch as a Switch), with that variable's `initialized_value()` in
 * its place. The copy's name ends with the scope's `/`, so it is used verbatim.
 */
function guardUninitializedDependencies(scope: string, initial: Tensor): Tensor {
  if (hasCycle(initial.op, new Map())) return initial;
  return safeFromTensor(scope, initial, new Map());
}

function hasCycle(op: Operation, state: Map<string, "started" | "finished">): boolean {
  const s = state.get(op.name);
  if (s === "started") return true;
  if (s === "finished") return false;
  state.set(op.name, "started");
  for (const i of [...op.inputs.map((t) => t.op), ...op.controlInputs]) if (hasCycle(i, state)) return true;
  state.set(op.name, "finished");
  return false;
}

function safeFromTensor(scope: string, t: Tensor, cache: Map<string, Operation>): Tensor {
  let op = cache.get(t.op.name);
  if (op === undefined) {
    op = safeFromOp(scope, t.op, cache);
    cache.set(t.op.name, op);
  }
  return op.outputs[t.valueIndex]!;
}

function safeFromOp(scope: string, op: Operation, cache: Map<string, Operation>): Operation {
  if (["IsVariableInitialized", "VarIsInitializedOp", "ReadVariableOp", "If"].includes(op.type)) return op;
  if (op.type === "Variable" || op.type === "VariableV2" || op.type === "VarHandleOp") {
    return findInitializedValue(op)?.op ?? op;
  }
  let modified = false;
  const inputs = op.inputs.map((x) => {
    const y = safeFromTensor(scope, x, cache);
    if (y !== x) modified = true;
    return y;
  });
  if (!modified) return op;
  const type = op.type === "RefSwitch" ? "Switch" : op.type;
  // The C API infers the copy's output types from its (now non-ref) inputs.
  return op.graph.createOp({
    type,
    name: `${op.name}_${scope}`.replace(/:/g, "_"),
    inputs,
    attrs: op.attrs,
    dtypes: op.outputs.map((o) => (type !== op.type ? o.dtype.baseDtype : o.dtype)),
    shapes: op.outputs.map((o) => o.shape),
  });
}

// variables.py 2808-2830: the collected variable with this op's name, through its initialized_value();
// null when there is none (or it is no Variable, TF's AttributeError).
function findInitializedValue(op: Operation): Tensor | null {
  const names = [op.name, `${op.name}:0`];
  for (const key of [GLOBAL_VARIABLES, LOCAL_VARIABLES]) {
    for (const v of op.graph.getCollection(key)) {
      const n = (v as { name?: unknown } | null)?.name;
      if (typeof n === "string" && names.includes(n)) return v instanceof Variable ? v.initializedValue() : null;
    }
  }
  return null;
}

/** variables.py `validate_synchronization_aggregation_trainable`: trainable defaults to True, False
 *  under ON_READ synchronization. */
export function defaultTrainable(trainable: boolean | null | undefined, sync: Synchronization | undefined): boolean {
  return trainable ?? sync !== "ON_READ";
}

// variables.py 1766-1797: the collections check, then TRAINABLE_VARIABLES appended when trainable.
function resolveCollections(args: VariableArgs, trainable: boolean): unknown[] {
  const given = args.collections ?? [GLOBAL_VARIABLES];
  if (!Array.isArray(given)) {
    const d = pyDescriber();
    throw tfError(M.collectionsType, d.str(given), d.typeRepr(given));
  }
  let collections: unknown[] = given;
  if (args.constraint !== undefined && args.constraint !== null && !isCallable(args.constraint)) {
    throw tfError(M.constraintNotCallable);
  }
  if (trainable && !collections.includes(TRAINABLE_VARIABLES)) collections = [...collections, TRAINABLE_VARIABLES];
  return collections;
}

/** variable_scope.py `default_variable_creator`: resource when asked, else per the scope, else per
 *  the runtime default; eager always uses resource variables. */
export function defaultVariableCreator(args: VariableArgs): Variable | EagerVariable {
  let useResource = args.useResource ?? currentVariableScope().useResource ?? behavior().resourceVariables;
  useResource = useResource || executingEagerly();
  if (args.variableDef !== undefined && args.variableDef !== null) return fromVariableDef(args, useResource);
  const trainable = defaultTrainable(args.trainable, args.synchronization);
  if (args.initialValue === undefined || args.initialValue === null) throw tfError(M.initialValueRequired);
  const collections = resolveCollections(args, trainable);
  if (executingEagerly()) return new EagerVariable(args, trainable);
  const v = useResource ? new ResourceVariable(args, trainable, collections) : new RefVariable(args, trainable, collections);
  v.synchronization = args.synchronization ?? "AUTO";
  v.aggregation = args.aggregation === "ONLY_FIRST_TOWER" ? "ONLY_FIRST_REPLICA" : args.aggregation ?? "NONE";
  const rec = activeRecorder;
  if (rec !== null) rec.record({ kind: "variableCreated", graph: v.graph, name: v.op.name, opName: v.op.name, variable: v });
  return v;
}

// variables.py 1668-1673, rv.py 1386-1393: a VariableDef excludes an initial value; the shim's
// `variableDef` resolves the named elements (`_init_from_proto`) and calls `restoreVariable`.
function fromVariableDef(args: VariableArgs, useResource: boolean): Variable {
  if (args.initialValue !== undefined && args.initialValue !== null) throw tfError(M.variableDefAndInitialValue);
  if (useResource && executingEagerly()) throw tfError(M.variableDefEager);
  const v = args.variableDef!(useResource, args.importScope ?? null);
  if (!(v instanceof Variable)) throw new Unsupported("a variable_def restore that returns no variable");
  return v;
}

/** `_init_from_proto`'s construction once the elements are found: no op is created and no collection
 *  changes. */
export function restoreVariable(resource: boolean, parts: RestoredParts, trainable: boolean, sync: Synchronization,
  aggregation: Aggregation): Variable {
  const v = resource ? new ResourceVariable(parts, trainable, []) : new RefVariable(parts, trainable, []);
  v.synchronization = sync;
  v.aggregation = aggregation;
  return v;
}

// Graph-level, per-thread creator stacks (ops.py `_variable_creator_stack`), sorted by priority.
const creatorStacks = new WeakMap<Graph, Map<number, { priority: number; creator: VariableCreator }[]>>();

function creatorStack(g: Graph): { priority: number; creator: VariableCreator }[] {
  let byThread = creatorStacks.get(g);
  if (byThread === undefined) creatorStacks.set(g, (byThread = new Map()));
  const id = currentThreadId();
  let s = byThread.get(id);
  if (s === undefined) byThread.set(id, (s = []));
  return s;
}

/** An entry of `Graph._variable_creator_stack`: `(priority, creator)`. */
export interface CreatorEntry {
  readonly priority: number;
  readonly creator: VariableCreator;
}

/** `graph._variable_creator_stack` of this thread: the stack object itself (ops.py 2964-2985). */
export function creatorStackOf(g: Graph): readonly CreatorEntry[] {
  return creatorStack(g);
}
/** `graph._variable_creator_stack = stack` (ops.py 2987-2989). */
export function setCreatorStack(g: Graph, stack: readonly CreatorEntry[]): void {
  creatorStack(g);
  creatorStacks.get(g)!.set(currentThreadId(), stack as CreatorEntry[]);
}

/** `tf.variable_creator_scope(creator)`: creators run innermost first (within one priority). */
export function variableCreatorScope(creator: VariableCreator, priority = 100) {
  const g = getDefaultGraph();
  let old: { priority: number; creator: VariableCreator }[] | undefined;
  let next: typeof old;
  return {
    enter: (): void => {
      old = creatorStack(g);
      next = [...old, { priority, creator }].sort((a, b) => a.priority - b.priority);
      creatorStacks.get(g)!.set(currentThreadId(), next);
    },
    exit: (): void => {
      if (creatorStack(g) !== next) throw tfError(M.creatorNesting);
      creatorStacks.get(g)!.set(currentThreadId(), old!);
    },
  };
}

/** `tf.Variable(...)` / `VariableV1(...)`: through the creator stack to `defaultVariableCreator`. */
export function createVariable(args: VariableArgs): unknown {
  let previous: (a: VariableArgs) => unknown = defaultVariableCreator;
  for (const { creator } of creatorStack(getDefaultGraph())) {
    const inner = previous;
    previous = (a) => creator(inner, a);
  }
  return previous({ ...args, aggregation: args.aggregation ?? "NONE" });
}
