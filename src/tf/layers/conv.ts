/**
 * tf.layers' convolutions (tensorflow/python/layers/convolutional.py over keras/layers/convolutional.py
 * `Conv`): Conv1D/2D/3D in channels_last or channels_first. The arguments arrive normalized (the shim
 * runs conv_utils' checks and their messages); the ops are nn_ops.Convolution's: a `dilation_rate`
 * constant while building, then conv1d (ExpandDims/Conv2D/Squeeze), Conv2D or Conv3D, then the bias.
 */
import * as d from "../dtypes.js";
import { Unsupported, tfError } from "../errors.js";
import type { TensorShape } from "../shape.js";
import type { Tensor } from "../tensor.js";
import type { Variable } from "../variables.js";
import { NDArray } from "../../numpy/ndarray.js";
import { reshape } from "../ops/array.js";
import { type OpInput, constant } from "../ops/convert.js";
import { pyInt, pyTuple } from "../ops/pyvalue.js";
import { tensorOperator } from "../ops/math.js";
import { biasAdd, conv2d as conv2dOp } from "../ops/nn.js";
import { conv1d, conv3d } from "../ops/nn-conv.js";
import { OM } from "../ops/op-messages.js";
import { ConvBase, type ConvOptions } from "./conv-base.js";

export type { ConvOptions };

const CLASS_NAMES = ["", "Conv1D", "Conv2D", "Conv3D"] as const;

/** keras `Conv(rank, filters, kernel_size, ...)` as tf.layers' Conv1D/Conv2D/Conv3D. */
export class Conv extends ConvBase {
  kernel: Variable | null = null;
  private readonly o: ConvOptions;

  constructor(rank: 1 | 2 | 3, filters: number, kernelSize: readonly number[], o: ConvOptions = {}) {
    super(CLASS_NAMES[rank], rank, filters, kernelSize, o);
    this.o = o;
  }

  protected build(inputShape: TensorShape): void {
    const [axis, channels] = this.channels(inputShape);
    if (channels === null) throw tfError(OM.convChannels);
    const o = this.o;
    this.kernel = this.addWeight("kernel", [...this.kernelSize, channels, this.filters], o.kernelInitializer ?? null,
      { regularizer: o.kernelRegularizer, constraint: o.kernelConstraint });
    this.addBias(o);
    this.inputSpec = { ndim: this.rank + 2, axes: new Map([[axis, channels]]) };
    // nn_ops._WithSpaceToBatch converts the dilation rate while the layer builds; a rate above 1
    // goes through SpaceToBatchND, which tfscope does not build.
    if (this.dilationRate.some((r) => r < 1)) throw tfError({ type: "ValueError", text: "dilation_rate must be positive" });
    constant({ kind: "ndarray", array: new NDArray("int32", [this.rank], [...this.dilationRate]) }, d.int32, null, "dilation_rate");
    if (this.dilationRate.some((r) => r !== 1)) throw new Unsupported("a dilated convolution layer (nn_ops._WithSpaceToBatch's SpaceToBatchND)");
  }

  protected call(inputs: Tensor): Tensor {
    const first = this.channelsFirst;
    const padding = this.padding.toUpperCase();
    let out: Tensor;
    if (this.rank === 1) {
      out = conv1d(inputs, this.kernel!, this.strides[0]!, padding, { dataFormat: first ? "NCW" : "NWC" });
    } else if (this.rank === 2) {
      const strides = first ? [1, 1, ...this.strides] : [1, ...this.strides, 1];
      out = conv2dOp(inputs, this.kernel!, { strides, padding, dataFormat: first ? "NCHW" : "NHWC" });
    } else {
      const strides = first ? [1, 1, ...this.strides] : [1, ...this.strides, 1];
      out = conv3d(inputs, this.kernel!, strides, padding, first ? "NCDHW" : "NDHWC");
    }
    if (this.useBias) {
      if (first && this.rank === 1) {
        // keras Conv.call: nn.bias_add does not take a 1-D NCW input; the bias is reshaped and added.
        out = tensorOperator("add", out, reshape(this.bias!, pyTuple([1, this.filters, 1].map(pyInt))));
      } else {
        out = biasAdd(out, this.bias!, first ? "NCHW" : "NHWC");
      }
    }
    return this.activate(out);
  }
}

/** The functional forms `tf.layers.conv1d/2d/3d(inputs, filters, kernel_size, ..., name=None, reuse=None)`. */
export function conv(rank: 1 | 2 | 3, inputs: OpInput, filters: number, kernelSize: readonly number[], o: Omit<ConvOptions, "scope"> = {}): Tensor {
  return new Conv(rank, filters, kernelSize, { ...o, scope: o.name ?? null }).apply(inputs);
}
