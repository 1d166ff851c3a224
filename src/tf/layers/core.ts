/**
 * tf.layers' Dense (tensorflow/python/layers/core.py over keras/layers/core.py): `kernel`/`bias`
 * weights, MatMul + BiasAdd on rank-2 inputs.
 */
import { Unsupported, tfError } from "../errors.js";
import type { Tensor } from "../tensor.js";
import type { TensorShape } from "../shape.js";
import type { Variable } from "../variables.js";
import type { OpInput } from "../ops/convert.js";
import { type Initializer, zerosInitializer } from "../ops/init.js";
import { MATH_OPS, cast } from "../ops/math.js";
import { biasAdd } from "../ops/nn.js";
import { applyOp1 } from "../ops/op-library.js";
import { OM } from "../ops/op-messages.js";
import { type Activation, type KernelBiasOptions, Layer } from "./base.js";

export type DenseOptions = KernelBiasOptions;

/** `tf.layers.Dense(units, activation=None, use_bias=True, kernel_initializer=None,
 *  bias_initializer=zeros_initializer(), trainable=True, name=None)`. */
export class Dense extends Layer {
  readonly units: number;
  readonly activation: Activation | null;
  readonly useBias: boolean;
  kernel: Variable | null = null;
  bias: Variable | null = null;
  private readonly kernelInit: Initializer | null;
  private readonly biasInit: Initializer | null;
  private readonly o: DenseOptions;

  constructor(units: number, o: DenseOptions = {}) {
    super("Dense", o);
    this.units = Math.trunc(units);
    this.activation = o.activation ?? null;
    this.useBias = o.useBias ?? true;
    this.kernelInit = o.kernelInitializer ?? null;
    this.biasInit = o.biasInitializer === undefined ? zerosInitializer() : o.biasInitializer;
    this.inputSpec = { minNdim: 2 };
    this.o = o;
  }

  protected build(inputShape: TensorShape): void {
    const dtype = this.dtype!;
    if (!(dtype.isFloating || dtype.isComplex)) {
      throw tfError(OM.denseDtype, dtype);
    }
    const last = inputShape.dims![inputShape.dims!.length - 1]!.value;
    if (last === null) throw tfError(OM.denseLastDim);
    this.inputSpec = { minNdim: 2, axes: new Map([[-1, last]]) };
    const o = this.o;
    this.kernel = this.addWeight("kernel", [last, this.units], this.kernelInit, { regularizer: o.kernelRegularizer, constraint: o.kernelConstraint });
    if (this.useBias) {
      this.bias = this.addWeight("bias", [this.units], this.biasInit, { regularizer: o.biasRegularizer, constraint: o.biasConstraint });
    }
  }

  protected call(inputs: Tensor): Tensor {
    if ((inputs.shape.rank ?? 0) > 2) throw new Unsupported("tf.layers.Dense on inputs of rank > 2 (tensordot)");
    const x = cast(inputs, this.dtype!);
    let out = applyOp1(MATH_OPS.MatMul, null, { a: x, b: this.kernel! });
    if (this.useBias) out = biasAdd(out, this.bias!);
    return this.activation === null ? out : this.activation(out);
  }
}

/** `tf.layers.dense(inputs, units, ..., name=None, reuse=None)`: a Dense named and scoped by `name`. */
export function dense(inputs: OpInput, units: number, o: Omit<DenseOptions, "scope"> = {}): Tensor {
  return new Dense(units, { ...o, scope: o.name ?? null }).apply(inputs);
}

