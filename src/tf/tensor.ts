/**
 * Operation and Tensor (tensorflow/python/framework/ops.py). Both are compact records: an op built by
 * Graph.createOp holds its name, type, wiring and attrs; a tensor is one output of an op and computes its
 * name (`op:0`) on demand.
 */
import type { DType } from "./dtypes.js";
import { tfError } from "./errors.js";
import { M } from "./messages.js";
import type { Graph } from "./graph.js";
import { type TensorShape, asShape, type ShapeLike } from "./shape.js";

/** Attribute values recorded on an op (TF's NodeDef attrs, e.g. `dtype`, `value`, `T`, `shape`). */
export type Attrs = Record<string, unknown>;

const NO_TENSORS: readonly Tensor[] = Object.freeze([]);
const NO_OPS: readonly Operation[] = Object.freeze([]);

/** An op's single output before anything asked for its Tensor: the dtype and static shape it will
 *  have. Immutable and shared by consecutive ops of the same kind (`pendingOutput`), so an op whose
 *  output is never read costs no Tensor (issue #13). */
export class PendingOutput {
  constructor(
    readonly dtype: DType,
    readonly shape: TensorShape,
  ) {}
}

// The last pending output made: most ops in a row have the same output dtype and shape object.
let lastPending: PendingOutput | null = null;

/** @internal The pending output of dtype `dtype` and shape `shape` (shared when the last one matches). */
export function pendingOutput(dtype: DType, shape: TensorShape): PendingOutput {
  const p = lastPending;
  if (p !== null && p.dtype === dtype && p.shape === shape) return p;
  return (lastPending = new PendingOutput(dtype, shape));
}

/** What few ops have: a device, control inputs, a control flow context. One record, made on the first
 *  such setting, keeps the op record small (issue #13). */
class OpExtra {
  device = "";
  controlInputs: readonly Operation[] = NO_OPS;
  controlFlowContext: unknown = null;
}

/** A node of the graph. Create through `Graph.createOp`, never directly. */
export class Operation {
  /** @internal The outputs; a single output stays a PendingOutput until its Tensor is asked for, then
   *  a Tensor without its array until `outputs` is read (most ops have one, and a Tensor and an array
   *  per op are most of a small op's memory, issue #13). */
  _outputs: readonly Tensor[] | Tensor | PendingOutput = NO_TENSORS;
  // The name is `_scope + _leaf`, joined on first read (most ops' names are never read while the
  // graph is built); `_scope` null: `_leaf` is the whole name.
  private _leaf: string;
  private _scope: string | null;
  private _extra: OpExtra | null = null;

  /** @internal */
  constructor(
    readonly graph: Graph,
    /** The name's scope part (`"a/b/"`), or null when `leaf` is the whole name. */
    scope: string | null,
    leaf: string,
    /** The op type, e.g. `AddV2`, `VariableV2`. */
    readonly type: string,
    readonly inputs: readonly Tensor[],
    /** Recorded attrs; null when none were given. */
    public attrs: Attrs | null,
    /** Creation index in the graph, starting at 1 like TF's `_id`. */
    readonly id: number,
  ) {
    this._scope = scope;
    this._leaf = leaf;
  }

  /** The final, unique node name, e.g. `foo/add_1`. */
  get name(): string {
    const scope = this._scope;
    if (scope === null) return this._leaf;
    const name = scope + this._leaf;
    this._leaf = name;
    this._scope = null;
    return name;
  }

  /** The device string (`""` when unset, as in TF); set by device scopes and colocation. */
  get device(): string {
    const x = this._extra;
    return x === null ? "" : x.device;
  }

  get outputs(): readonly Tensor[] {
    const o = this._outputs;
    if (o instanceof Tensor) {
      const all = [o];
      this._outputs = all;
      return all;
    }
    if (o instanceof PendingOutput) {
      const all = [new Tensor(this, 0, o.dtype, o.shape)];
      this._outputs = all;
      return all;
    }
    return o;
  }
  /** `op.values()`: the outputs. */
  values(): readonly Tensor[] {
    return this.outputs;
  }
  /** `op.outputs[0]` without making the outputs array; undefined for an op without outputs. */
  get firstOutput(): Tensor | undefined {
    const o = this._outputs;
    if (o instanceof Tensor) return o;
    if (o instanceof PendingOutput) {
      const t = new Tensor(this, 0, o.dtype, o.shape);
      this._outputs = t;
      return t;
    }
    return o[0];
  }
  get controlInputs(): readonly Operation[] {
    const x = this._extra;
    return x === null ? NO_OPS : x.controlInputs;
  }

  /** `op.get_attr(name)`; ValueError naming the op when it has no such attr (ops.py `get_attr`). */
  getAttr(name: string): unknown {
    if (this.attrs !== null && Object.prototype.hasOwnProperty.call(this.attrs, name)) return this.attrs[name];
    throw tfError(M.noAttr, this.name, name);
  }

  private extra(): OpExtra {
    return (this._extra ??= new OpExtra());
  }

  /** @internal TF's `_set_device_from_string`. */
  _setDevice(device: string): void {
    if (this._extra !== null || device !== "") this.extra().device = device;
  }
  /** @internal TF's `_set_attr`: attrs are copied on write, so ops created with shared attrs stay apart. */
  _setAttr(name: string, value: unknown): void {
    this.attrs = { ...(this.attrs ?? {}), [name]: value };
  }

  /** @internal ops.py `_control_flow_context`: the cond branch (or loop) the op was made in, or null. */
  get _controlFlowContext(): unknown {
    const x = this._extra;
    return x === null ? null : x.controlFlowContext;
  }
  set _controlFlowContext(ctx: unknown) {
    if (this._extra !== null || ctx !== null) this.extra().controlFlowContext = ctx;
  }

  /** @internal ops.py `_update_input`: a control flow context reroutes an input through its Switch. */
  _updateInput(index: number, t: Tensor): void {
    const xs = this.inputs.slice();
    xs[index] = t;
    (this as { inputs: readonly Tensor[] }).inputs = xs;
  }

  /** @internal Sets the control inputs at creation (the graph's control dependencies and extras). */
  _setControlInputs(ops: readonly Operation[]): void {
    if (this._extra !== null || ops.length > 0) this.extra().controlInputs = ops.length === 0 ? NO_OPS : ops;
  }

  /** @internal Adds a control input after creation (TF's `_add_control_input`). */
  _addControlInput(op: Operation): void {
    this.extra().controlInputs = [...this.controlInputs, op];
  }
}

/** One output of an Operation. */
export class Tensor {
  private _shape: TensorShape;
  /** @internal The host's object standing for this tensor and the host that made it (shim/bridge.ts:
   *  a field is cheaper than a WeakMap per tensor); the engine never reads them. */
  _face: object | null = null;
  /** @internal */ _faceOwner: object | null = null;

  /** @internal */
  constructor(
    readonly op: Operation,
    readonly valueIndex: number,
    readonly dtype: DType,
    shape: TensorShape,
  ) {
    this._shape = shape;
  }

  /** `op_name:index`, e.g. `add:0`. */
  get name(): string {
    return `${this.op.name}:${this.valueIndex}`;
  }
  get graph(): Graph {
    return this.op.graph;
  }
  get device(): string {
    return this.op.device;
  }
  get shape(): TensorShape {
    return this._shape;
  }
  getShape(): TensorShape {
    return this._shape;
  }
  /** `set_shape`: merges `shape` into the static shape (ValueError when incompatible, as TF). */
  setShape(shape: ShapeLike): void {
    this._shape = this._shape.mergeWith(asShape(shape));
  }
}
