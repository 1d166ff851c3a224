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
import { reshape, shape, stack } from "../ops/array.js";
import { sliceTensor } from "../ops/slicing.js";
import { type OpInput, constant } from "../ops/convert.js";
import { pyInt, pyTuple } from "../ops/pyvalue.js";
import { type Initializer, zerosInitializer } from "../ops/init.js";
import { tensorOperator } from "../ops/math.js";
import { biasAdd, conv2d as conv2dOp } from "../ops/nn.js";
import { conv1d, conv2dTranspose, conv3d } from "../ops/nn-conv.js";
import { OM } from "../ops/op-messages.js";
import { type Activation, type KernelBiasOptions, Layer } from "./base.js";

export interface ConvOptions extends KernelBiasOptions {
  /** One entry per spatial dimension (conv_utils.normalize_tuple already applied). */
  strides?: readonly number[];
  padding?: "valid" | "same";
  dataFormat?: "channels_last" | "channels_first";
  dilationRate?: readonly number[];
}

const CLASS_NAMES = ["", "Conv1D", "Conv2D", "Conv3D"] as const;

/** keras `Conv(rank, filters, kernel_size, ...)` as tf.layers' Conv1D/Conv2D/Conv3D. */
export class Conv extends Layer {
  readonly rank: number;
  readonly filters: number;
  readonly kernelSize: readonly number[];
  readonly strides: readonly number[];
  readonly padding: "valid" | "same";
  readonly dataFormat: "channels_last" | "channels_first";
  readonly dilationRate: readonly number[];
  readonly activation: Activation | null;
  readonly useBias: boolean;
  kernel: Variable | null = null;
  bias: Variable | null = null;
  private readonly o: ConvOptions;

  constructor(rank: 1 | 2 | 3, filters: number, kernelSize: readonly number[], o: ConvOptions = {}) {
    super(CLASS_NAMES[rank], o);
    this.rank = rank;
    this.filters = filters;
    this.kernelSize = kernelSize;
    this.strides = o.strides ?? Array<number>(rank).fill(1);
    this.padding = o.padding ?? "valid";
    this.dataFormat = o.dataFormat ?? "channels_last";
    this.dilationRate = o.dilationRate ?? Array<number>(rank).fill(1);
    this.activation = o.activation ?? null;
    this.useBias = o.useBias ?? true;
    this.o = o;
    this.inputSpec = { ndim: rank + 2 };
  }

  private get channelAxis(): number {
    return this.dataFormat === "channels_first" ? 1 : -1;
  }

  protected build(inputShape: TensorShape): void {
    const dims = inputShape.dims!;
    const axis = this.channelAxis;
    const channels = dims[axis < 0 ? dims.length + axis : axis]!.value;
    if (channels === null) throw tfError(OM.convChannels);
    const o = this.o;
    this.kernel = this.addWeight("kernel", [...this.kernelSize, channels, this.filters], o.kernelInitializer ?? null,
      { regularizer: o.kernelRegularizer, constraint: o.kernelConstraint });
    if (this.useBias) {
      this.bias = this.addWeight("bias", [this.filters], o.biasInitializer === undefined ? zerosInitializer() : o.biasInitializer,
        { regularizer: o.biasRegularizer, constraint: o.biasConstraint });
    }
    this.inputSpec = { ndim: this.rank + 2, axes: new Map([[axis, channels]]) };
    // nn_ops._WithSpaceToBatch converts the dilation rate while the layer builds; a rate above 1
    // goes through SpaceToBatchND, which tfscope does not build.
    if (this.dilationRate.some((r) => r < 1)) throw tfError({ type: "ValueError", text: "dilation_rate must be positive" });
    constant({ kind: "ndarray", array: new NDArray("int32", [this.rank], [...this.dilationRate]) }, d.int32, null, "dilation_rate");
    if (this.dilationRate.some((r) => r !== 1)) throw new Unsupported("a dilated convolution layer (nn_ops._WithSpaceToBatch's SpaceToBatchND)");
  }

  protected call(inputs: Tensor): Tensor {
    const first = this.dataFormat === "channels_first";
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
    return this.activation === null ? out : this.activation(out);
  }
}

/** The functional forms `tf.layers.conv1d/2d/3d(inputs, filters, kernel_size, ..., name=None, reuse=None)`. */
export function conv(rank: 1 | 2 | 3, inputs: OpInput, filters: number, kernelSize: readonly number[], o: Omit<ConvOptions, "scope"> = {}): Tensor {
  return new Conv(rank, filters, kernelSize, { ...o, scope: o.name ?? null }).apply(inputs);
}

/** keras conv_utils.deconv_output_length without output padding or dilation, on a dim tensor (the ops
 *  `mul`/`add` of Python arithmetic) or a static dim. */
function deconvLength(x: Tensor, kernel: number, padding: "valid" | "same", stride: number): Tensor {
  const m = tensorOperator("mul", x, pyInt(stride));
  return padding === "valid" ? tensorOperator("add", m, pyInt(Math.max(kernel - stride, 0))) : m;
}
function deconvStatic(x: number | null, kernel: number, padding: "valid" | "same", stride: number): number | null {
  if (x === null) return null;
  return padding === "valid" ? x * stride + Math.max(kernel - stride, 0) : x * stride;
}

/** `tf.layers.Conv2DTranspose(filters, kernel_size, strides=(1, 1), padding='valid',
 *  data_format='channels_last', ...)` (keras Conv2DTranspose.call → backend.conv2d_transpose). */
export class Conv2DTranspose extends Layer {
  readonly filters: number;
  readonly kernelSize: readonly number[];
  readonly strides: readonly number[];
  readonly padding: "valid" | "same";
  readonly activation: Activation | null;
  readonly useBias: boolean;
  kernel: Variable | null = null;
  bias: Variable | null = null;
  private readonly o: ConvOptions;

  constructor(filters: number, kernelSize: readonly number[], o: ConvOptions = {}) {
    super("Conv2DTranspose", o);
    this.filters = filters;
    this.kernelSize = kernelSize;
    this.strides = o.strides ?? [1, 1];
    this.padding = o.padding ?? "valid";
    this.activation = o.activation ?? null;
    this.useBias = o.useBias ?? true;
    this.o = o;
    this.inputSpec = { ndim: 4 };
  }

  protected build(inputShape: TensorShape): void {
    // backend._preprocess_conv2d_input asks a Keras session for GPUs before choosing NCHW or a
    // transpose; tfscope has no such session.
    if (this.o.dataFormat === "channels_first") throw new Unsupported("Conv2DTranspose with channels_first (Keras asks its session for GPUs)");
    const channels = inputShape.dims![3]!.value;
    if (channels === null) throw tfError(OM.convChannels);
    const o = this.o;
    this.inputSpec = { ndim: 4, axes: new Map([[-1, channels]]) };
    this.kernel = this.addWeight("kernel", [...this.kernelSize, this.filters, channels], o.kernelInitializer ?? null,
      { regularizer: o.kernelRegularizer, constraint: o.kernelConstraint });
    if (this.useBias) {
      this.bias = this.addWeight("bias", [this.filters], o.biasInitializer === undefined ? zerosInitializer() : o.biasInitializer,
        { regularizer: o.biasRegularizer, constraint: o.biasConstraint });
    }
  }

  protected call(inputs: Tensor): Tensor {
    const s = shape(inputs);
    const at = (t: Tensor, i: number) => sliceTensor(t, [{ kind: "index", value: pyInt(i) }]);
    const [batch, height, width] = [at(s, 0), at(s, 1), at(s, 2)];
    const [kh, kw] = this.kernelSize as [number, number];
    const [sh, sw] = this.strides as [number, number];
    const outH = deconvLength(height, kh, this.padding, sh);
    const outW = deconvLength(width, kw, this.padding, sw);
    const outputShape = stack([batch, outH, outW, pyInt(this.filters)]);
    // backend.conv2d_transpose tests `output_shape[0] is None`: indexing the tensor makes a slice.
    at(outputShape, 0);
    let out = conv2dTranspose(inputs, this.kernel!, outputShape, [1, sh, sw, 1], this.padding.toUpperCase(), "NHWC");
    const dims = inputs.shape.dims!.map((x) => x.value);
    out.setShape([dims[0]!, deconvStatic(dims[1]!, kh, this.padding, sh), deconvStatic(dims[2]!, kw, this.padding, sw), this.filters]);
    if (this.useBias) out = biasAdd(out, this.bias!, "NHWC");
    return this.activation === null ? out : this.activation(out);
  }
}
