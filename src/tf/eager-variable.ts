/**
 * A resource variable created in eager mode (TF 2.x profile; resource_variable_ops.py 1509-1611 with
 * `_in_graph_mode` False). No graph ops exist: the name is the eager name-scope prefix plus `:0`, never
 * uniquified, and the variable joins no collection. Its value is whatever the op catalogue's eager
 * conversion returned; the shim prints it (the `numpy=` part of the repr).
 */
import { tfError } from "./errors.js";
import type { DType } from "./dtypes.js";
import { M } from "./messages.js";
import { nameScope } from "./name-scope.js";
import { isCallable, opServices } from "./services.js";
import { type TensorShape, asShape } from "./shape.js";
import { shapeStr } from "./format.js";
import type { VariableArgs } from "./variables.js";

/** What an eager value must expose. */
interface EagerValue {
  readonly dtype: DType;
  readonly shape: TensorShape;
}

/** An eager ResourceVariable. */
export class EagerVariable {
  readonly kind = "eager";
  /** `v.name`: e.g. `foo/v:0`. */
  readonly name: string;
  readonly dtype: DType;
  readonly trainable: boolean;
  readonly constraint: unknown;
  /** The converted initial value (an eager tensor of the op catalogue). */
  readonly initialValue: unknown;
  private readonly varShape: TensorShape;

  /** @internal Use `createVariable`. */
  constructor(args: VariableArgs, trainable: boolean) {
    const fromFn = isCallable(args.initialValue);
    const ns = nameScope(args.name ?? null, "Variable", fromFn ? [] : [args.initialValue]);
    const scope = ns.enter();
    try {
      const init = nameScope("Initializer");
      init.enter();
      let value: unknown;
      try {
        value = opServices().convertToTensor(fromFn ? (args.initialValue as () => unknown)() : args.initialValue, args.dtype ?? null, "initial_value");
      } finally {
        init.exit();
      }
      const v = value as EagerValue;
      let shape = v.shape;
      if (args.shape !== undefined && args.shape !== null) {
        const wanted = asShape(args.shape);
        if (!shape.isCompatibleWith(wanted)) throw tfError(M.resourceShapeIncompatible, shapeStr(shape), shapeStr(wanted));
        shape = wanted;
      }
      this.name = `${scope.endsWith("/") ? scope.slice(0, -1) : scope}:0`;
      this.dtype = v.dtype.baseDtype;
      this.varShape = shape;
      this.initialValue = value;
      this.trainable = trainable;
      this.constraint = args.constraint ?? null;
    } finally {
      ns.exit();
    }
  }

  getShape(): TensorShape {
    return this.varShape;
  }
  /** Tensor conversion (`_dense_var_to_tensor`): the current value, here the initial one (eager
   *  assignment is not modelled). */
  convertToTensor(dtype: DType | null): unknown {
    if (dtype !== null && !dtype.isCompatibleWith(this.dtype)) throw tfError(M.incompatibleConversion, dtype.name, this.dtype.name);
    return this.initialValue;
  }
  get shape(): TensorShape {
    return this.varShape;
  }
}
