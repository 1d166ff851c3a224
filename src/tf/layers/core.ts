/**
 * tf.layers' Dense, Flatten and Dropout (tensorflow/python/layers/core.py over keras/layers/core.py):
 * Dense's `kernel`/`bias` weights with MatMul + BiasAdd (tensordot above rank 2).
 */
import { Tensor } from "../tensor.js";
import type { TensorShape } from "../shape.js";
import type { Variable } from "../variables.js";
import { type OpInput, convertToTensor, pyValueOf, sourceOf } from "../ops/convert.js";
import * as d from "../dtypes.js";
import { Unsupported, tfError } from "../errors.js";
import { dropout } from "../ops/nn-dropout.js";
import { identity, reshape, shape, transpose } from "../ops/array.js";
import { type PyValue, pyFloat, pyInt, pyList, pyTensor, pyTuple } from "../ops/pyvalue.js";
import { sliceTensor } from "../ops/slicing.js";
import { zerosInitializer } from "../ops/init.js";
import type { InitializerFn } from "../services.js";
import { MATH_OPS, cast } from "../ops/math.js";
import { biasAdd } from "../ops/nn.js";
import { applyOp1 } from "../ops/op-library.js";
import { tensordot } from "../ops/tensordot.js";
import { OM } from "../ops/op-messages.js";
import { type Activation, type KernelBiasOptions, Layer, type LayerOptions, type Training } from "./base.js";
import { cond } from "../cond-context.js";

export type DenseOptions = KernelBiasOptions;

/** `tf.layers.Dense(units, activation=None, use_bias=True, kernel_initializer=None,
 *  bias_initializer=zeros_initializer(), trainable=True, name=None)`. */
export class Dense extends Layer {
  readonly units: number;
  readonly activation: Activation | null;
  readonly useBias: boolean;
  kernel: Variable | null = null;
  bias: Variable | null = null;
  private readonly kernelInit: InitializerFn | null;
  private readonly biasInit: InitializerFn | null;
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
    // keras Dense.build: `dtypes.as_dtype(self.dtype or K.floatx())` (build may come before any call).
    const dtype = this.dtype ?? d.float32;
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
    const rank = inputs.shape.rank ?? 0;
    let out: Tensor;
    if (rank > 2) {
      // keras core.py Dense.call: tensordot over the last axis, then the static shape is set.
      out = tensordot(inputs, this.kernel!, [rank - 1], [0]);
      out.setShape([...inputs.shape.dims!.slice(0, -1).map((x) => x.value), this.units]);
    } else {
      out = applyOp1(MATH_OPS.MatMul, null, { a: cast(inputs, this.dtype!), b: this.kernel! });
    }
    if (this.useBias) out = biasAdd(out, this.bias!);
    return this.activation === null ? out : this.activation(out);
  }
}

/** `tf.layers.dense(inputs, units, ..., name=None, reuse=None)`: a Dense named and scoped by `name`. */
export function dense(inputs: OpInput, units: number, o: Omit<DenseOptions, "scope"> = {}): Tensor {
  return new Dense(units, { ...o, scope: o.name ?? null }).apply(inputs);
}


/** `tf.layers.Flatten(data_format='channels_last')` (keras core.py Flatten): channels_first inputs
 *  move the channels last first; the batch dim stays, the rest becomes one. */
export class Flatten extends Layer {
  readonly dataFormat: "channels_last" | "channels_first";

  constructor(dataFormat: "channels_last" | "channels_first" = "channels_last", o: LayerOptions = {}) {
    super("Flatten", o);
    this.dataFormat = dataFormat;
    this.inputSpec = { minNdim: 1 };
  }

  protected build(): void {}

  protected call(inputs: Tensor): Tensor {
    let x = inputs;
    const rank = x.shape.rank;
    if (this.dataFormat === "channels_first" && rank !== null && rank > 1) {
      const perm = [0, ...Array.from({ length: rank - 2 }, (_, i) => i + 2), 1];
      x = transpose(x, pyList(perm.map(pyInt)));
    }
    // `dimension_value(inputs.shape[0]) or array_ops.shape(inputs)[0]`: 0 and None both take the tensor.
    const first = x.shape.dims?.[0]?.value ?? null;
    const batch: OpInput = first ? pyInt(first) : sliceTensor(shape(x), [{ kind: "index", value: pyInt(0) }]);
    const out = reshape(x, pyTuple([pyValueOf(batch) ?? { kind: "tensor", value: sourceOf(batch)! }, pyInt(-1)]));
    out.setShape(flattenShape(x.shape));
    return out;
  }
}

/** keras Flatten.compute_output_shape: `[batch, prod(rest)]`, None when any of the rest is unknown. */
export function flattenShape(s: TensorShape): (number | null)[] {
  const dims = (s.dims ?? []).map((x) => x.value);
  const rest = dims.slice(1);
  return [dims[0] ?? null, rest.every((x) => x) ? rest.reduce((p: number, x) => p * x!, 1) : null];
}

export interface DropoutOptions extends LayerOptions {
  /** A Python number or a tensor, handed to nn.dropout as is. */
  rate?: OpInput;
  /** The Python noise_shape: a list of ints and Nones (None takes the input's dim). */
  noiseShape?: OpInput | null;
  seed?: number | null;
}

/** `tf.layers.Dropout(rate=0.5, noise_shape=None, seed=None)` (keras core.py Dropout.call): when
 *  training, nn.dropout with keras's noise shape; otherwise smart_cond's false branch, an Identity. */
export class Dropout extends Layer {
  readonly rate: OpInput;
  readonly noiseShape: OpInput | null;
  readonly seed: number | null;

  constructor(o: DropoutOptions = {}) {
    super("Dropout", o);
    this.rate = o.rate ?? pyFloat(0.5);
    this.noiseShape = o.noiseShape ?? null;
    this.seed = o.seed ?? null;
  }

  protected build(): void {}

  protected call(inputs: Tensor, training: Training = false): Tensor {
    const dropped = () => dropout(inputs, this.rate, { noiseShape: this.kerasNoiseShape(inputs), seed: this.seed });
    // smart_cond: a predicate only known when run builds control_flow_ops.cond (`<layer>/cond/...`).
    if (training instanceof Tensor) return cond(training, () => [dropped()], () => [identity(inputs)], null)[0]!;
    return training ? dropped() : identity(inputs);
  }

  /** keras Dropout._get_noise_shape: a None takes `shape(inputs)[i]`; the list becomes a tensor. */
  private kerasNoiseShape(inputs: Tensor): Tensor | null {
    if (this.noiseShape === null) return null;
    const py = pyValueOf(this.noiseShape);
    if (py === null || (py.kind !== "list" && py.kind !== "tuple")) throw new Unsupported("tf.layers.Dropout with a noise_shape that is not a list or tuple");
    const concrete = shape(inputs);
    const items = py.items.map((v, i): PyValue => (v.kind === "none" ? pyTensor(sliceTensor(concrete, [{ kind: "index", value: pyInt(i) }])) : v));
    return convertToTensor(pyList(items));
  }
}
