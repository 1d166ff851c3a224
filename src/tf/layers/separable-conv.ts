/**
 * tf.layers' SeparableConv1D/SeparableConv2D (tensorflow/python/layers/convolutional.py over
 * keras/layers/convolutional.py `SeparableConv`): a `depthwise_kernel`, a `pointwise_kernel` and a
 * bias, applied by nn.separable_conv2d; the 1-D form adds a unit spatial dimension around it
 * (ExpandDims of the input and both kernels, Squeeze after the bias).
 */
import { tfError } from "../errors.js";
import type { TensorShape } from "../shape.js";
import type { Tensor } from "../tensor.js";
import type { Variable } from "../variables.js";
import { expandDims, squeeze } from "../ops/array.js";
import { pyInt } from "../ops/pyvalue.js";
import type { InitializerFn } from "../services.js";
import { biasAdd } from "../ops/nn.js";
import { separableConv2d } from "../ops/nn-separable.js";
import { OM } from "../ops/op-messages.js";
import type { Regularizer } from "./base.js";
import { ConvBase, type ConvOptions } from "./conv-base.js";

export interface SeparableConvOptions extends Omit<ConvOptions, "kernelInitializer" | "kernelRegularizer" | "kernelConstraint"> {
  depthMultiplier?: number;
  depthwiseInitializer?: InitializerFn | null;
  pointwiseInitializer?: InitializerFn | null;
  depthwiseRegularizer?: Regularizer | null;
  pointwiseRegularizer?: Regularizer | null;
  depthwiseConstraint?: unknown;
  pointwiseConstraint?: unknown;
}

/** keras `SeparableConv(rank, filters, kernel_size, ...)` for rank 1 and 2. */
export class SeparableConv extends ConvBase {
  readonly depthMultiplier: number;
  depthwiseKernel: Variable | null = null;
  pointwiseKernel: Variable | null = null;
  private readonly o: SeparableConvOptions;

  constructor(rank: 1 | 2, filters: number, kernelSize: readonly number[], o: SeparableConvOptions = {}) {
    super(rank === 1 ? "SeparableConv1D" : "SeparableConv2D", rank, filters, kernelSize, o);
    this.depthMultiplier = o.depthMultiplier ?? 1;
    this.o = o;
  }

  protected build(inputShape: TensorShape): void {
    const [axis, inputDim] = this.channels(inputShape);
    if (inputDim === null) throw tfError(OM.convChannels);
    this.inputSpec = { ndim: this.rank + 2, axes: new Map([[axis, inputDim]]) };
    const o = this.o;
    this.depthwiseKernel = this.addWeight("depthwise_kernel", [...this.kernelSize, inputDim, this.depthMultiplier],
      o.depthwiseInitializer ?? null, { regularizer: o.depthwiseRegularizer, constraint: o.depthwiseConstraint });
    this.pointwiseKernel = this.addWeight("pointwise_kernel", [...Array<number>(this.rank).fill(1), this.depthMultiplier * inputDim, this.filters],
      o.pointwiseInitializer ?? null, { regularizer: o.pointwiseRegularizer, constraint: o.pointwiseConstraint });
    this.addBias(o);
  }

  protected call(inputs: Tensor): Tensor {
    const format = this.channelsFirst ? "NCHW" : "NHWC";
    const padding = this.padding.toUpperCase();
    let out: Tensor;
    if (this.rank === 1) {
      // keras SeparableConv1D.call: the stride is repeated over the inserted unit dimension.
      const s = this.strides[0]!;
      const strides = this.channelsFirst ? [1, 1, s, s] : [1, s, s, 1];
      const start = this.channelsFirst ? 2 : 1;
      const x = expandDims(inputs, pyInt(start));
      const dw = expandDims(this.depthwiseKernel!, pyInt(0));
      const pw = expandDims(this.pointwiseKernel!, pyInt(0));
      out = separableConv2d(x, dw, pw, strides, padding, { rate: [1, ...this.dilationRate], dataFormat: format });
      if (this.useBias) out = biasAdd(out, this.bias!, format);
      out = squeeze(out, [start]);
    } else {
      const strides = this.channelsFirst ? [1, 1, ...this.strides] : [1, ...this.strides, 1];
      out = separableConv2d(inputs, this.depthwiseKernel!, this.pointwiseKernel!, strides, padding, { rate: this.dilationRate, dataFormat: format });
      if (this.useBias) out = biasAdd(out, this.bias!, format);
    }
    return this.activate(out);
  }
}
