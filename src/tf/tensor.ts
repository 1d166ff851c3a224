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

/** A node of the graph. Create through `Graph.createOp`, never directly. */
export class Operation {
  /** @internal The outputs; a single output stays without its array until `outputs` is read (most
   *  ops have one, and an array per op is a sixth of a small op's memory, issue #13). */
  _outputs: readonly Tensor[] | Tensor = NO_TENSORS;
  /** @internal */ _controlInputs: readonly Operation[];

  /** @internal */
  constructor(
    readonly graph: Graph,
    /** The final, unique node name, e.g. `foo/add_1`. */
    readonly name: string,
    /** The op type, e.g. `AddV2`, `VariableV2`. */
    readonly type: string,
    readonly inputs: readonly Tensor[],
    /** Recorded attrs; null when none were given. */
    public attrs: Attrs | null,
    controlInputs: readonly Operation[],
    /** The device string (`""` when unset, as in TF); set by device scopes and colocation. */
    public device: string,
    /** Creation index in the graph, starting at 1 like TF's `_id`. */
    readonly id: number,
  ) {
    this._controlInputs = controlInputs.length === 0 ? NO_OPS : controlInputs;
  }

  get outputs(): readonly Tensor[] {
    const o = this._outputs;
    if (!(o instanceof Tensor)) return o;
    const all = [o];
    this._outputs = all;
    return all;
  }
  /** `op.values()`: the outputs. */
  values(): readonly Tensor[] {
    return this.outputs;
  }
  /** `op.outputs[0]` without making the outputs array; undefined for an op without outputs. */
  get firstOutput(): Tensor | undefined {
    const o = this._outputs;
    return o instanceof Tensor ? o : o[0];
  }
  get controlInputs(): readonly Operation[] {
    return this._controlInputs;
  }

  /** `op.get_attr(name)`; ValueError naming the op when it has no such attr (ops.py `get_attr`). */
  getAttr(name: string): unknown {
    if (this.attrs !== null && Object.prototype.hasOwnProperty.call(this.attrs, name)) return this.attrs[name];
    throw tfError(M.noAttr, this.name, name);
  }

  /** @internal TF's `_set_device_from_string`. */
  _setDevice(device: string): void {
    this.device = device;
  }
  /** @internal TF's `_set_attr`: attrs are copied on write, so ops created with shared attrs stay apart. */
  _setAttr(name: string, value: unknown): void {
    this.attrs = { ...(this.attrs ?? {}), [name]: value };
  }

  /** @internal ops.py `_control_flow_context`: the cond branch (or loop) the op was made in, or null. */
  _controlFlowContext: unknown = null;

  /** @internal ops.py `_update_input`: a control flow context reroutes an input through its Switch. */
  _updateInput(index: number, t: Tensor): void {
    const xs = this.inputs.slice();
    xs[index] = t;
    (this as { inputs: readonly Tensor[] }).inputs = xs;
  }

  /** @internal Adds a control input after creation (TF's `_add_control_input`). */
  _addControlInput(op: Operation): void {
    this._controlInputs = [...this._controlInputs, op];
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
