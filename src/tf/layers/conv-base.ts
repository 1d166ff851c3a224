/**
 * What keras's `Conv` base class gives every tf.layers convolution (plain, transposed, separable):
 * the normalized arguments, the channel axis of the data format, the `bias` weight and the activation.
 */
import type { TensorShape } from "../shape.js";
import type { Tensor } from "../tensor.js";
import type { Variable } from "../variables.js";
import { zerosInitializer } from "../ops/init.js";
import { type Activation, type KernelBiasOptions, Layer } from "./base.js";

export interface ConvOptions extends KernelBiasOptions {
  /** One entry per spatial dimension (conv_utils.normalize_tuple already applied). */
  strides?: readonly number[];
  padding?: "valid" | "same";
  dataFormat?: "channels_last" | "channels_first";
  dilationRate?: readonly number[];
}

/** keras `Conv.__init__`'s attributes, and the parts of `build`/`call` its subclasses share. */
export abstract class ConvBase extends Layer {
  readonly rank: number;
  readonly filters: number;
  readonly kernelSize: readonly number[];
  readonly strides: readonly number[];
  readonly padding: "valid" | "same";
  readonly dataFormat: "channels_last" | "channels_first";
  readonly dilationRate: readonly number[];
  readonly activation: Activation | null;
  readonly useBias: boolean;
  bias: Variable | null = null;

  protected constructor(className: string, rank: number, filters: number, kernelSize: readonly number[], o: ConvOptions) {
    super(className, o);
    this.rank = rank;
    this.filters = filters;
    this.kernelSize = kernelSize;
    this.strides = o.strides ?? Array<number>(rank).fill(1);
    this.padding = o.padding ?? "valid";
    this.dataFormat = o.dataFormat ?? "channels_last";
    this.dilationRate = o.dilationRate ?? Array<number>(rank).fill(1);
    this.activation = o.activation ?? null;
    this.useBias = o.useBias ?? true;
    this.inputSpec = { ndim: rank + 2 };
  }

  protected get channelsFirst(): boolean {
    return this.dataFormat === "channels_first";
  }

  /** keras build's `channel_axis` (1 or -1) and the input's channel count there (null if unknown). */
  protected channels(inputShape: TensorShape): [number, number | null] {
    const dims = inputShape.dims!;
    const axis = this.channelsFirst ? 1 : -1;
    return [axis, dims[axis < 0 ? dims.length + axis : axis]!.value];
  }

  /** The `bias` weight of shape (filters,) when use_bias, zeros unless told otherwise. */
  protected addBias(o: ConvOptions): void {
    if (!this.useBias) return;
    this.bias = this.addWeight("bias", [this.filters], o.biasInitializer === undefined ? zerosInitializer() : o.biasInitializer,
      { regularizer: o.biasRegularizer, constraint: o.biasConstraint });
  }

  protected activate(out: Tensor): Tensor {
    return this.activation === null ? out : this.activation(out);
  }
}
