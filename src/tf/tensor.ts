/**
 * Operation and Tensor (tensorflow/python/framework/ops.py). An op built by Graph.createOp is a row of
 * its graph's op table (op-table.ts: name, type, wiring, attrs, outputs); a tensor is one output of an
 * op and computes its name (`op:0`) on demand.
 */
import type { DType } from "./dtypes.js";
import { tfError } from "./errors.js";
import { M } from "./messages.js";
import type { Graph } from "./graph.js";
import type { OpChunk, OpExtra, OutputSlot } from "./op-table.js";
import { type TensorShape, asShape, type ShapeLike } from "./shape.js";

/** Attribute values recorded on an op (TF's NodeDef attrs, e.g. `dtype`, `value`, `T`, `shape`). */
export type Attrs = Record<string, unknown>;

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

/** A node of the graph. Create through `Graph.createOp`, never directly. The object is the op's
 *  identity only: its record is a row of its graph's op table (op-table.ts, issue #13). */
export class Operation {
  /** @internal */
  constructor(
    /** @internal The chunk of the graph's op table holding the op's record. */
    readonly _c: OpChunk,
    /** @internal The op's row in `_c`. */
    readonly _k: number,
  ) {}

  get graph(): Graph {
    return this._c.graph;
  }
  /** The op type, e.g. `AddV2`, `VariableV2`. */
  get type(): string {
    return this._c.typeAt(this._k);
  }
  get inputs(): readonly Tensor[] {
    return this._c.inputsAt(this._k);
  }
  /** Recorded attrs; null when none were given. */
  get attrs(): Attrs | null {
    return this._c.attrsAt(this._k);
  }
  set attrs(attrs: Attrs | null) {
    this._c.setAttrs(this._k, attrs);
  }
  /** Creation index in the graph, starting at 1 like TF's `_id`. */
  get id(): number {
    return this._c.idAt(this._k);
  }

  /** The final, unique node name, e.g. `foo/add_1`. The name is kept in two parts (its scope string,
   *  shared by the scope's ops, and its last part) and joined on first read (most ops' names are never
   *  read while the graph is built). */
  get name(): string {
    return this._c.nameAt(this._k);
  }

  /** The device string (`""` when unset, as in TF); set by device scopes and colocation. */
  get device(): string {
    const xs = this._c.extra;
    if (xs === null) return "";
    const x = xs[this._k];
    return x === undefined ? "" : x.device;
  }

  /** @internal The outputs as stored (op-table.ts `OutputSlot`). */
  get _outputs(): OutputSlot {
    return this._c.outputs[this._k]!;
  }
  set _outputs(o: OutputSlot) {
    this._c.outputs[this._k] = o;
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
    const xs = this._c.extra;
    if (xs === null) return NO_OPS;
    const x = xs[this._k];
    return x === undefined ? NO_OPS : x.controlInputs;
  }

  /** `op.get_attr(name)`; ValueError naming the op when it has no such attr (ops.py `get_attr`). */
  getAttr(name: string): unknown {
    const attrs = this.attrs;
    if (attrs !== null && Object.prototype.hasOwnProperty.call(attrs, name)) return attrs[name];
    throw tfError(M.noAttr, this.name, name);
  }

  private hasExtra(): boolean {
    const xs = this._c.extra;
    return xs !== null && xs[this._k] !== undefined;
  }
  private extra(): OpExtra {
    return this._c.extraAt(this._k);
  }

  /** @internal TF's `_set_device_from_string`. */
  _setDevice(device: string): void {
    if (device !== "" || this.hasExtra()) this.extra().device = device;
  }
  /** @internal TF's `_set_attr`: attrs are copied on write, so ops created with shared attrs stay apart. */
  _setAttr(name: string, value: unknown): void {
    this.attrs = { ...(this.attrs ?? {}), [name]: value };
  }

  /** @internal ops.py `_control_flow_context`: the cond branch (or loop) the op was made in, or null. */
  get _controlFlowContext(): unknown {
    const xs = this._c.extra;
    if (xs === null) return null;
    const x = xs[this._k];
    return x === undefined ? null : x.controlFlowContext;
  }
  set _controlFlowContext(ctx: unknown) {
    if (ctx !== null || this.hasExtra()) this.extra().controlFlowContext = ctx;
  }

  /** @internal ops.py `_update_input`: a control flow context reroutes an input through its Switch. */
  _updateInput(index: number, t: Tensor): void {
    const xs = this.inputs.slice();
    xs[index] = t;
    this._c.setInputs(this._k, xs);
  }

  /** @internal Sets the control inputs at creation (the graph's control dependencies and extras). */
  _setControlInputs(ops: readonly Operation[]): void {
    if (ops.length > 0 || this.hasExtra()) this.extra().controlInputs = ops.length === 0 ? NO_OPS : ops;
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
