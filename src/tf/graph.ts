/**
 * The TF graph (tensorflow/python/framework/ops.py `Graph`): the op registry, the case-insensitive
 * `names_in_use` counter shared by every thread, the per-thread name stack, collections, and
 * finalization. Variable stores and scope stores hang off a graph through WeakMaps in their own modules.
 */
import { type DeviceEntry, DM, applyColocation, applyDeviceFunctions, deviceEntry } from "./device.js";
import type { DType } from "./dtypes.js";
import { Unsupported, tfError } from "./errors.js";
import { M, pyStrRepr } from "./messages.js";
import { NamesInUse } from "./names-in-use.js";
import { NO_TENSORS, OpTable, type OutputSlot } from "./op-table.js";
import { activeRecorder } from "./recorder.js";
import { type TensorShape, unknownShape } from "./shape.js";
import { type Attrs, Operation, Tensor, pendingOutput } from "./tensor.js";
import { ThreadLocal } from "./threads.js";
import type { OpBody } from "./apply-op.js";

/** ops.py `_VALID_OP_NAME_REGEX`: node names, and scope names at the root. */
export const VALID_OP_NAME = /^[A-Za-z0-9.][A-Za-z0-9_.\-/]*$/;
/** ops.py `_VALID_SCOPE_NAME_REGEX`: scope names inside another scope. */
export const VALID_SCOPE_NAME = /^[A-Za-z0-9_.\-/]*$/;

/** What `Graph.createOp` needs; mirrors `Graph.create_op(op_type, inputs, dtypes, ..., name, attrs)`. */
export interface OpSpec {
  type: string;
  /** null/undefined → the op type; a name ending in `/` is used verbatim (minus the slash), without
   *  uniquifying or recording it; anything else goes through `uniqueName`. */
  name?: string | null;
  inputs?: readonly Tensor[];
  attrs?: Attrs | null;
  /** Output dtypes, one tensor each. */
  dtypes?: readonly DType[];
  /** Static output shapes, parallel to `dtypes`; missing entries are unknown. */
  shapes?: readonly (TensorShape | undefined)[];
  /** Extra control inputs besides those of enclosing `control_dependencies` blocks. */
  controlInputs?: readonly Operation[];
  /** A device merged over the device scopes, as `with ops.device(device):` around the op would. */
  device?: string;
  /** op_def_library `_MaybeColocateWith`: the ops of ref inputs the op is colocated with (their
   *  colocation replaces the device scopes for this op). */
  colocateWith?: readonly Operation[];
  /** false: the device scopes do not apply (`create_op(..., compute_device=False)`). */
  computeDevice?: boolean;
}

/** A context manager as the shim drives it: `enter()` on `with`, `exit()` always on leaving. */
export interface ContextManager<T> {
  enter(): T;
  exit(): void;
}

// control_flow_util.py `CheckInputFromValidContext`, installed by while-context.ts once a loop is built
// (before that no input can come from inside a loop).
let inputContextCheck: ((op: Operation) => void) | null = null;
/** @internal */
export function setInputContextCheck(check: (op: Operation) => void): void {
  inputContextCheck = check;
}

/** Runs `body` inside `cm` (a Python `with` block over an engine context manager). */
export function within<T, R>(cm: ContextManager<T>, body: (x: T) => R): R {
  const x = cm.enter();
  try {
    return body(x);
  } finally {
    cm.exit();
  }
}

/** A context manager that does nothing (ops.py `NullContextmanager`). */
export const NO_SCOPE: ContextManager<void> = { enter() {}, exit() {} };

/** `name_from_scope_name`: a scope string without its trailing slash. */
export function nameFromScopeName(name: string): string {
  return name.length > 0 && name.endsWith("/") ? name.slice(0, -1) : name;
}

let graphCounter = 0;

/** Numbers graphs from the first again, as a new process does (see resetIdentities in python/ops/hash.ts:
 * a start-up snapshot's warm-up run must leave no trace in a graph's repr). */
export function resetGraphCounter(): void {
  graphCounter = 0;
}
const NO_INPUTS = NO_TENSORS;

interface ControlController {
  readonly inputs: readonly Operation[];
  readonly seen: Set<Operation>;
}

// ops.py keeps both in `self._thread_local`; one record per thread keeps the hot path to one lookup.
interface ThreadState {
  nameStack: string | null;
  control: ControlController[];
  /** ops.py `_device_function_stack`, innermost last. */
  devices: DeviceEntry[];
  /** ops.py `_colocation_stack`, innermost last. */
  colocation: Operation[];
}

/** One TF graph. */
export class Graph {
  /** Distinguishes graphs in messages and repr (`<tensorflow.python.framework.ops.Graph object at …>`). */
  readonly uid = ++graphCounter;
  // Every op's record, in creation order (op-table.ts).
  private readonly table = new OpTable(this);
  // name → op, built on first lookup: creation never needs it unless a verbatim name was used.
  private index: Map<string, Operation> | null = null;
  // Names created through the trailing-slash path, which `names_in_use` does not know about.
  private verbatim: Set<string> | null = null;
  /** ops.py `_names_in_use`: shared by all threads. */
  private readonly namesInUse = new NamesInUse(this);
  private readonly collectionsMap = new Map<unknown, unknown[]>();
  private readonly local = new ThreadLocal<ThreadState>(() => ({ nameStack: "", control: [], devices: [], colocation: [] }));
  /** ops.py `_attr_scope_map`: attrs set on every new op that lacks them. */
  private attrScopeMap: ReadonlyMap<string, unknown> = new Map();
  private finalizedFlag = false;
  private checkedStack: string | null = null;
  private checkedStackValid = false;
  private checkedLeaf: string | null = null;
  private checkedLeafValid = false;
  private nextId = 0;
  /** ops.py `_control_flow_context`: the cond branch being built (cond-context.ts), or null. A plain
   *  graph attribute in TF, not per thread. */
  controlFlowContext: { addOp(op: Operation): void } | null = null;
  private unfetchable: Set<Operation> | null = null;
  private unfeedable: Set<Tensor> | null = null;
  /** The graph-level random seed (`tf.set_random_seed`), or null. */
  seed: number | null = null;
  /** ops.py `_building_function`: set on graphs that build functions, which `init_scope` lifts out of. */
  buildingFunction = false;

  /** ops.py `Graph.version`: the id of the last op created. */
  get version(): number {
    return this.nextId;
  }
  get finalized(): boolean {
    return this.finalizedFlag;
  }
  /** Makes the graph read-only; later op creation or collection changes raise RuntimeError. */
  finalize(): void {
    this.finalizedFlag = true;
  }
  /** @internal Test hook in TF (`_unsafe_unfinalize`). */
  unsafeUnfinalize(): void {
    this.finalizedFlag = false;
  }
  private checkNotFinalized(): void {
    if (this.finalizedFlag) throw tfError(M.graphFinalized);
  }

  /** The current thread's name stack: `""` at the root, null inside `name_scope(None)`/`name_scope("")`. */
  get nameStack(): string | null {
    return this.local.get().nameStack;
  }
  set nameStack(stack: string | null) {
    this.local.get().nameStack = stack;
  }
  /** `get_name_scope()`: the name stack (null inside `name_scope(None)`, as TF returns None). */
  getNameScope(): string | null {
    return this.local.get().nameStack;
  }

  /** ops.py `unique_name`: prefixes the name stack, then de-duplicates case-insensitively with TF's
   *  `name_N` loop; `markAsUsed=false` only computes the name. */
  uniqueName(name: string, markAsUsed = true): string {
    return this.unique(this.local.get().nameStack, name, markAsUsed);
  }

  private unique(stack: string | null, name: string, markAsUsed: boolean): string {
    return this.namesInUse.unique(stack, name, markAsUsed);
  }

  /** The count `names_in_use` holds for `name` (lower-cased), 0 when unused. For explanations and tests. */
  nameUseCount(name: string): number {
    return this.namesInUse.count(name);
  }

  /** `Graph.name_scope(name)`: the raw scope switch (validation, `None`/`""` → root, trailing `/` →
   *  absolute, otherwise `unique_name`). `enter()` yields the scope string (`"a/"`, or `""`). */
  nameScope(name: string | null): ContextManager<string> {
    return new GraphNameScope(this, name);
  }

  /** @internal The body of `name_scope(name)`'s entry: validates `name`, switches the name stack and
   *  returns the scope string; the caller restores the old stack on leaving. */
  enterNameScope(name: string | null): string {
    const local = this.local.get();
    const stack = local.nameStack;
    if (name) {
      // Inside a scope a name may start with `_`, `-` or `/`; at the root it must be a valid op name.
      if (!(stack ? VALID_SCOPE_NAME : VALID_OP_NAME).test(name)) throw tfError(M.invalidScopeName, name);
    }
    let next: string | null;
    if (!name) next = null;
    else if (name.endsWith("/")) next = name.slice(0, -1);
    else next = this.unique(stack, name, true);
    local.nameStack = next;
    const rec = activeRecorder;
    if (rec !== null) rec.record({ kind: "nameScope", graph: this, requested: name, got: next });
    return next === null ? "" : `${next}/`;
  }

  /** `create_op`/`_create_op_internal`: names the op, validates the name, wires control dependencies,
   *  and records it. */
  createOp(spec: OpSpec): Operation {
    return this.createNamedOp(spec.type, spec.name ?? spec.type, spec, -1);
  }

  /** @internal `create_op(type, ..., name=scope)` inside the name scope `scope` just entered (the
   *  trailing-slash name), as op wrappers do (apply-op.ts). `freshSince` >= 0: the scope came from
   *  unique_name when the graph held that many ops. */
  createScopeOp(type: string, scope: string, body: OpBody, freshSince: number): Operation {
    return this.createNamedOp(type, scope, body, freshSince);
  }

  private createNamedOp(type: string, requested: string, spec: OpBody, freshSince: number): Operation {
    this.checkNotFinalized();
    const local = this.local.get();
    const stack = local.nameStack;
    const verbatim = requested.length > 0 && requested.endsWith("/");
    // A uniquified name stays in two parts (its scope string, shared by the scope's ops, and its last
    // part) until it is read. Inside the scope it names, a scope string is the name stack plus a slash:
    // the op's name is the stack string itself (no copy).
    let scope: string | null = null;
    let leaf: string;
    if (!verbatim) {
      const names = this.namesInUse;
      leaf = names.uniqueLeaf(stack, requested, true);
      if (names.scopeOut !== "") scope = names.scopeOut;
    } else {
      leaf = stack !== null && requested.length === stack.length + 1 && requested.startsWith(stack) ? stack : requested.slice(0, -1);
    }
    // `stack/requested[_N]` is a valid op name exactly when the stack is one and `requested` has only
    // the characters allowed after the first: the stack's verdict is kept while the stack stays.
    if (!(verbatim || !stack ? VALID_OP_NAME.test(scope === null ? leaf : scope + leaf) : this.validStack(stack) && this.validLeaf(requested))) {
      throw tfError(M.invalidNodeName, scope === null ? leaf : scope + leaf);
    }
    const id = ++this.nextId;
    // The C API rejects a name already taken. unique_name never repeats itself, so only a verbatim
    // (trailing-slash) name can collide, either now or with a later uniquified name.
    if (verbatim && !(freshSince >= 0 && this.unusedSince(leaf, freshSince))) {
      if (this.nodeIndex().has(leaf)) throw tfError(M.duplicateNodeName, leaf);
      (this.verbatim ??= new Set()).add(leaf);
    } else if (this.verbatim !== null) {
      // A uniquified name (or a fresh scope's) can still be one an earlier verbatim op took.
      const name = scope === null ? leaf : scope + leaf;
      if (this.verbatim.has(name)) throw tfError(M.duplicateNodeName, name);
    }
    const inputs = spec.inputs ?? NO_INPUTS;
    let attrs = spec.attrs ?? null;
    if (this.attrScopeMap.size > 0) {
      for (const [key, value] of this.attrScopeMap) {
        if (attrs === null || !Object.prototype.hasOwnProperty.call(attrs, key)) attrs = { ...(attrs ?? {}), [key]: value };
      }
    }
    const table = this.table;
    const chunk = table.nextChunk(id);
    const row = table.length - chunk.base;
    const op = new Operation(chunk, row);
    const dts = spec.dtypes;
    let outputs: OutputSlot = NO_INPUTS;
    if (dts !== undefined && dts.length > 0) {
      const shapes = spec.shapes;
      if (dts.length === 1) outputs = pendingOutput(dts[0]!, shapes?.[0] ?? unknownShape());
      else outputs = dts.map((dt, k) => new Tensor(op, k, dt, shapes?.[k] ?? unknownShape()));
    }
    table.add(chunk, row, op, id, scope, leaf, type, inputs, attrs, outputs);
    const control = local.control.length === 0 ? spec.controlInputs : this.controlInputsFor(local.control, inputs, spec.controlInputs);
    if (control !== undefined && control.length > 0) op._setControlInputs(control);
    // _create_op_helper: device functions, then colocation (which may override the device).
    const coloc = spec.colocateWith !== undefined && spec.colocateWith.length > 0 ? spec.colocateWith : null;
    if (spec.computeDevice !== false) {
      if (coloc === null && local.devices.length > 0) applyDeviceFunctions(local.devices, op);
      if (spec.device) applyDeviceFunctions([deviceEntry(spec.device)], op);
    }
    if (coloc !== null || local.colocation.length > 0) applyColocation(coloc === null ? local.colocation : [...local.colocation, ...coloc], op);
    if (this.index !== null) this.index.set(op.name, op);
    const ctl = local.control;
    for (let k = 0; k < ctl.length; k++) ctl[k]!.seen.add(op);
    const rec = activeRecorder;
    if (rec !== null) rec.record({ kind: "op", graph: this, op });
    // ops.py 1756/1789 `_control_flow_post_processing`: inside a cond branch the op joins the context,
    // which may add Switch ops (in the op's own name scope) and reroute its inputs.
    const flow = this.controlFlowContext;
    if (flow !== null) op._controlFlowContext = flow;
    if (inputContextCheck !== null) inputContextCheck(op);
    if (flow !== null) flow.addOp(op);
    return op;
  }

  // A name unique_name handed out when the graph held `since` ops is counted in names_in_use, so no
  // uniquified op before or after takes it; only an op made since (verbatim) or an earlier verbatim op
  // (checked by the caller) can hold it. Ops made since are few (an op's converted inputs).
  private unusedSince(name: string, since: number): boolean {
    const table = this.table;
    for (let k = since; k < table.length; k++) if (table.at(k).name === name) return false;
    return true;
  }

  private validStack(stack: string): boolean {
    if (stack !== this.checkedStack) {
      this.checkedStack = stack;
      this.checkedStackValid = VALID_OP_NAME.test(stack);
    }
    return this.checkedStackValid;
  }

  // VALID_SCOPE_NAME's verdict on the requested name, kept while the same name is asked for again.
  private validLeaf(requested: string): boolean {
    if (requested !== this.checkedLeaf) {
      this.checkedLeaf = requested;
      this.checkedLeafValid = VALID_SCOPE_NAME.test(requested);
    }
    return this.checkedLeafValid;
  }

  private controlInputsFor(stack: readonly ControlController[], inputs: readonly Tensor[], extra: readonly Operation[] | undefined): readonly Operation[] {
    // ops.py `_control_dependencies_for_inputs`: a controller whose block already produced one of the
    // inputs adds nothing; otherwise its ops are added unless they are already data inputs.
    const inputOps = inputs.map((t) => t.op);
    const ret: Operation[] = [];
    for (const c of stack) {
      if (inputOps.some((o) => c.seen.has(o))) continue;
      for (const o of c.inputs) if (!inputOps.includes(o)) ret.push(o);
    }
    if (extra !== undefined) ret.push(...extra);
    return ret;
  }

  /** ops.py `_control_dependencies_for_inputs`: the control inputs the current block gives an op reading `inputOps`. */
  controlDependenciesForInputs(inputOps: readonly Operation[]): Operation[] {
    const ret: Operation[] = [];
    for (const c of this.local.get().control) {
      if (inputOps.some((o) => c.seen.has(o))) continue;
      for (const o of c.inputs) if (!inputOps.includes(o)) ret.push(o);
    }
    return ret;
  }

  /** ops.py `_record_op_seen_by_control_dependencies`. */
  recordOpSeenByControlDependencies(op: Operation): void {
    for (const c of this.local.get().control) c.seen.add(op);
  }

  /** ops.py `prevent_fetching` / `prevent_feeding` (a control flow context's inner ops and tensors). */
  preventFetching(op: Operation): void {
    (this.unfetchable ??= new Set()).add(op);
  }
  preventFeeding(t: Tensor): void {
    (this.unfeedable ??= new Set()).add(t);
  }
  isFetchable(op: Operation): boolean {
    return this.unfetchable === null || !this.unfetchable.has(op);
  }
  isFeedable(t: Tensor): boolean {
    return this.unfeedable === null || !this.unfeedable.has(t);
  }

  /** `Graph.control_dependencies(control_inputs)`: ops created inside depend on `inputs`; null clears
   *  the enclosing dependencies for the block. */
  controlDependencies(inputs: readonly (Operation | Tensor)[] | null): ContextManager<void> {
    const ops = inputs === null ? null : inputs.map((x) => (x instanceof Tensor ? x.op : x));
    let saved: ControlController[] | undefined;
    let savedFlow: Graph["controlFlowContext"] = null;
    let controller: ControlController | undefined;
    return {
      enter: () => {
        const local = this.local.get();
        if (ops === null) {
          saved = local.control;
          local.control = [];
          // ops.py 4500-4503: clearing the dependencies also leaves any control flow context.
          savedFlow = this.controlFlowContext;
          this.controlFlowContext = null;
        }
        controller = { inputs: ops ?? [], seen: new Set() };
        local.control.push(controller);
      },
      exit: () => {
        const local = this.local.get();
        const at = local.control.lastIndexOf(controller!);
        if (at >= 0) local.control.splice(at, 1);
        if (saved !== undefined) {
          local.control = saved;
          this.controlFlowContext = savedFlow;
        }
      },
    };
  }

  /** ops.py `_device_function_stack` of this thread: the stack object itself (init_scope lends an inner
   *  graph's stack to the graph it lifts into). */
  get deviceStack(): DeviceEntry[] {
    return this.local.get().devices;
  }
  set deviceStack(stack: DeviceEntry[]) {
    this.local.get().devices = stack;
  }

  /** `Graph.device(device_name_or_function)`: ops created inside get their device from it (merged
   *  with the outer scopes for a string or DeviceSpec; null hides the outer scopes). */
  device(device: Parameters<typeof deviceEntry>[0]): ContextManager<void> {
    const entry = deviceEntry(device);
    return {
      enter: () => {
        this.local.get().devices.push(entry);
      },
      exit: () => {
        const stack = this.local.get().devices;
        if (stack[stack.length - 1] !== entry) throw tfError(DM.badNesting);
        stack.pop();
      },
    };
  }

  /** `Graph.colocate_with(op, ignore_existing=False)`: ops created inside join `op`'s colocation
   *  group and take its device; the device scopes are reset meanwhile (ops.py 4227-4297). */
  colocateWith(op: Operation | null, ignoreExisting = false): ContextManager<void> {
    let savedDevices: DeviceEntry[] | undefined;
    let savedColocation: Operation[] | undefined;
    return {
      enter: () => {
        if (op === null && !ignoreExisting) throw tfError(DM.resetColocation);
        const local = this.local.get();
        savedDevices = local.devices;
        local.devices = [];
        if (ignoreExisting) {
          savedColocation = local.colocation;
          local.colocation = [];
        }
        if (op !== null) local.colocation.push(op);
      },
      exit: () => {
        const local = this.local.get();
        if (savedDevices !== undefined) local.devices = savedDevices;
        if (op !== null) local.colocation.pop();
        if (savedColocation !== undefined) local.colocation = savedColocation;
      },
    };
  }

  /** ops.py `_attr_scope(attr_map)`: attrs for every op created inside that does not set them. */
  attrScope(attrs: Readonly<Record<string, unknown>>): ContextManager<void> {
    let saved: ReadonlyMap<string, unknown> | undefined;
    return {
      enter: () => {
        saved = this.attrScopeMap;
        const next = new Map(saved);
        for (const [k, v] of Object.entries(attrs)) next.set(k, v);
        this.attrScopeMap = next;
      },
      exit: () => {
        if (saved !== undefined) this.attrScopeMap = saved;
      },
    };
  }

  private nodeIndex(): Map<string, Operation> {
    if (this.index === null) {
      this.index = new Map();
      const table = this.table;
      for (let k = 0; k < table.length; k++) {
        const op = table.at(k);
        this.index.set(op.name, op);
      }
    }
    return this.index;
  }

  /** Every op, in creation order (`get_operations()`). */
  getOperations(): readonly Operation[] {
    return this.table.list();
  }
  /** How many ops the graph holds (`len(get_operations())` without making the list). */
  get opCount(): number {
    return this.table.length;
  }
  /** The op named `name`, or undefined. */
  operationByName(name: string): Operation | undefined {
    return this.nodeIndex().get(name);
  }
  /** `get_operation_by_name` (ops.py `_as_graph_element_locked`, operations only). */
  getOperationByName(name: string): Operation {
    if (name.includes(":")) throw tfError(M.nameIsTensor, pyStrRepr(name), "Operation");
    const op = this.nodeIndex().get(name);
    if (op === undefined) throw tfError(M.noOperationNamed, pyStrRepr(name));
    return op;
  }
  /** `get_tensor_by_name("op:0")` (ops.py `_as_graph_element_locked`, tensors only). */
  getTensorByName(name: string): Tensor {
    if (!name.includes(":")) {
      throw tfError(this.nodeIndex().has(name) ? M.nameIsOperation : M.nameIsInvalidOperation, pyStrRepr(name), "Tensor");
    }
    const parts = name.split(":");
    // `op_name, out_n = name.split(":"); out_n = int(out_n)`; any failure is the generic message.
    if (parts.length !== 2 || !/^\s*[+-]?\d+\s*$/.test(parts[1]!)) throw tfError(M.tensorNameInvalid, pyStrRepr(name));
    const [opName, outN] = [parts[0]!, Number(parts[1]!.trim())];
    const op = this.nodeIndex().get(opName);
    if (op === undefined) throw tfError(M.tensorOpMissing, pyStrRepr(name), pyStrRepr(opName));
    // Python list indexing: negative indices count from the end.
    const t = op.outputs[outN < 0 ? op.outputs.length + outN : outN];
    if (t === undefined) throw tfError(M.tensorOutputMissing, pyStrRepr(name), pyStrRepr(opName), op.outputs.length);
    return t;
  }

  // ---- collections (ops.py 3870-3977) ----

  /** `add_to_collection`: appends, duplicates allowed. */
  addToCollection(key: unknown, value: unknown): void {
    this.checkNotFinalized();
    const list = this.collectionsMap.get(key);
    if (list === undefined) this.collectionsMap.set(key, [value]);
    else list.push(value);
  }
  /** `add_to_collections`: a string is one key; otherwise duplicate keys are added once. */
  addToCollections(keys: string | Iterable<unknown>, value: unknown): void {
    const unique = typeof keys === "string" ? [keys] : new Set(keys);
    for (const k of unique) this.addToCollection(k, value);
  }
  /** `get_collection_ref`: the live list, created empty if missing. */
  getCollectionRef(key: unknown): unknown[] {
    let list = this.collectionsMap.get(key);
    if (list === undefined) {
      list = [];
      this.collectionsMap.set(key, list);
    }
    return list;
  }
  /** `get_collection(key, scope)`: a copy; with `scope`, only items with a string `name` that the
   *  scope pattern matches at the start (Python `re.match`). `match` lets the caller supply Python
   *  regex semantics; by default a pattern without regex syntax is a plain prefix test and anything
   *  else is compiled as a JavaScript regex anchored at the start. */
  getCollection(key: unknown, scope?: string | null, match?: (name: string) => boolean): unknown[] {
    const list = this.collectionsMap.get(key);
    if (list === undefined) return [];
    if (scope === undefined || scope === null) return list.slice();
    const test = match ?? scopeMatcher(scope);
    return list.filter((item) => {
      const name = (item as { name?: unknown } | null)?.name;
      return typeof name === "string" && test(name);
    });
  }
  /** The first item of a collection without creating it (how TF finds its own stores). */
  firstInCollection(key: unknown): unknown {
    return this.collectionsMap.get(key)?.[0];
  }
  /** `get_all_collection_keys`: only the string keys, in creation order. */
  getAllCollectionKeys(): string[] {
    return [...this.collectionsMap.keys()].filter((k): k is string => typeof k === "string");
  }
  /** `collections`: every key. */
  get collections(): unknown[] {
    return [...this.collectionsMap.keys()];
  }
  clearCollection(key: unknown): void {
    this.checkNotFinalized();
    this.collectionsMap.delete(key);
  }
}

/** A `re.match(scope, name)` test; patterns without regex metacharacters are a plain prefix test. */
export function scopeMatcher(scope: string): (name: string) => boolean {
  if (!/[\\^$.|?*+()[\]{}]/.test(scope)) return (name) => name.startsWith(scope);
  let re: RegExp;
  try {
    re = new RegExp(scope, "y");
  } catch {
    throw new Unsupported(`the collection scope pattern ${pyStrRepr(scope)} (Python regex syntax JavaScript rejects)`);
  }
  return (name) => {
    re.lastIndex = 0;
    return re.test(name);
  };
}

// Graph.name_scope is a generator context manager: entering it twice fails as CPython's contextlib
// does, and exiting after it finished does nothing.
class GraphNameScope implements ContextManager<string> {
  private old: string | null = "";
  private state: "fresh" | "entered" | "done" = "fresh";

  constructor(
    private readonly graph: Graph,
    private readonly name: string | null,
  ) {}

  enter(): string {
    if (this.state !== "fresh") throw tfError(M.generatorReentered);
    this.state = "done";
    this.old = this.graph.nameStack;
    const scope = this.graph.enterNameScope(this.name);
    this.state = "entered";
    return scope;
  }

  exit(): void {
    if (this.state !== "entered") return;
    this.state = "done";
    this.graph.nameStack = this.old;
  }
}
