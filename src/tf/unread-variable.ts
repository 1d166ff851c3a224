/**
 * resource_variable_ops.py `_UnreadVariable` (1.15, 1800-1900): what a resource variable's `assign`,
 * `assign_add` and `assign_sub` return in graph mode. It reads the variable only after the assignment:
 * its graph element is a `ReadVariableOp` made at once under `control_dependencies([assign_op])`, and
 * every later read gets the same dependency. Its `name` and `op` are the assignment op's.
 */
import { getDefaultGraph } from "./context.js";
import type { DType } from "./dtypes.js";
import { tfError } from "./errors.js";
import { M } from "./messages.js";
import { type Graph, within } from "./graph.js";
import type { TensorShape } from "./shape.js";
import type { Operation, Tensor } from "./tensor.js";
import type { ResourceVariable } from "./variables.js";

export class UnreadVariable {
  readonly kind = "resource";
  private readonly graphElement: Tensor;

  constructor(readonly parent: ResourceVariable, readonly parentOp: Operation) {
    this.graphElement = this.value();
  }

  /** rv.py: `self._parent_op.name` (no `:0`). */
  get name(): string {
    return this.parentOp.name;
  }
  get op(): Operation {
    return this.parentOp;
  }
  get dtype(): DType {
    return this.parent.dtype;
  }
  get shape(): TensorShape {
    return this.parent.getShape();
  }
  getShape(): TensorShape {
    return this.parent.getShape();
  }
  get graph(): Graph {
    return this.parentOp.graph;
  }
  get device(): string {
    return this.parent.handle.device;
  }
  get trainable(): boolean {
    return this.parent.trainable;
  }

  /** `value()`/`read_value()`: a new `ReadVariableOp` that runs after the assignment. */
  value(): Tensor {
    return within(getDefaultGraph().controlDependencies([this.parentOp]), () => this.parent.readOp());
  }
  readValue(): Tensor {
    return this.value();
  }
  asGraphElement(): Tensor {
    return this.graphElement;
  }
  /** BaseResourceVariable `_dense_var_to_tensor`. */
  convertToTensor(dtype: DType | null, _name: string | null, asRef: boolean): Tensor {
    if (dtype !== null && !dtype.isCompatibleWith(this.dtype)) throw tfError(M.incompatibleConversion, dtype.name, this.dtype.name);
    return asRef ? this.value().op.inputs[0]! : this.value();
  }
  /** rv.py: further assignments chain after this one. */
  assign(value: unknown, name: string | null = null, readValue = true): UnreadVariable | Operation {
    return within(getDefaultGraph().controlDependencies([this.parentOp]), () => this.parent.assign(value, name, readValue));
  }
  assignAdd(delta: unknown, name: string | null = null, readValue = true): UnreadVariable | Operation {
    return within(getDefaultGraph().controlDependencies([this.parentOp]), () => this.parent.assignAdd(delta, name, readValue));
  }
  assignSub(delta: unknown, name: string | null = null, readValue = true): UnreadVariable | Operation {
    return within(getDefaultGraph().controlDependencies([this.parentOp]), () => this.parent.assignSub(delta, name, readValue));
  }
}
