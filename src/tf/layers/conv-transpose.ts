/**
 * tf.layers' transposed convolutions (tensorflow/python/layers/convolutional.py over
 * keras/layers/convolutional.py Conv2DTranspose and Conv3DTranspose): the output size of each spatial
 * dimension is computed with the ops of Python arithmetic on the input's `Shape` (conv_utils
 * deconv_output_length), stacked, and fed to Conv2DBackpropInput / Conv3DBackpropInputV2.
 */
import { Unsupported, tfError } from "../errors.js";
import { shapeStr } from "../format.js";
import type { TensorShape } from "../shape.js";
import type { Tensor } from "../tensor.js";
import type { Variable } from "../variables.js";
import { shape, stack } from "../ops/array.js";
import { sliceTensor } from "../ops/slicing.js";
import { pyInt } from "../ops/pyvalue.js";
import { tensorOperator } from "../ops/math.js";
import { biasAdd } from "../ops/nn.js";
import { conv2dTranspose, conv3dTranspose } from "../ops/nn-conv.js";
import { OM } from "../ops/op-messages.js";
import { ConvBase, type ConvOptions } from "./conv-base.js";

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

/** `tf.layers.Conv2DTranspose` (rank 2, through keras backend.conv2d_transpose) and
 *  `tf.layers.Conv3DTranspose` (rank 3, through nn.conv3d_transpose). */
export class ConvTranspose extends ConvBase {
  kernel: Variable | null = null;
  private readonly o: ConvOptions;

  constructor(rank: 2 | 3, filters: number, kernelSize: readonly number[], o: ConvOptions = {}) {
    super(rank === 2 ? "Conv2DTranspose" : "Conv3DTranspose", rank, filters, kernelSize, o);
    this.o = o;
  }

  protected build(inputShape: TensorShape): void {
    // keras backend._preprocess_conv2d_input asks a Keras session for GPUs before choosing NCHW or a
    // transpose (and that session initializes the graph's variables); tfscope has no such session.
    if (this.rank === 2 && this.channelsFirst) throw new Unsupported("Conv2DTranspose with channels_first (Keras asks its session for GPUs)");
    const [axis, channels] = this.channels(inputShape);
    if (channels === null) {
      // Conv2DTranspose's message ends at `None.`; Conv3DTranspose's names the shape.
      if (this.rank === 2) throw tfError(OM.convChannels);
      throw tfError({ type: "ValueError", text: `The channel dimension of the inputs should be defined, found None: ${shapeStr(inputShape)}` });
    }
    const o = this.o;
    this.inputSpec = { ndim: this.rank + 2, axes: new Map([[axis, channels]]) };
    this.kernel = this.addWeight("kernel", [...this.kernelSize, this.filters, channels], o.kernelInitializer ?? null,
      { regularizer: o.kernelRegularizer, constraint: o.kernelConstraint });
    this.addBias(o);
  }

  protected call(inputs: Tensor): Tensor {
    const s = shape(inputs);
    const at = (t: Tensor, i: number) => sliceTensor(t, [{ kind: "index", value: pyInt(i) }]);
    const first = this.channelsFirst;
    const spatialStart = first ? 2 : 1;
    const batch = at(s, 0);
    const spatial = this.kernelSize.map((_, i) => at(s, spatialStart + i));
    const lengths = spatial.map((x, i) => deconvLength(x, this.kernelSize[i]!, this.padding, this.strides[i]!));
    const outputShape = stack(first ? [batch, pyInt(this.filters), ...lengths] : [batch, ...lengths, pyInt(this.filters)]);
    const dims = inputs.shape.dims!.map((x) => x.value);
    const outSpatial = this.kernelSize.map((k, i) => deconvStatic(dims[spatialStart + i]!, k, this.padding, this.strides[i]!));
    let out: Tensor;
    if (this.rank === 2) {
      // backend.conv2d_transpose tests `output_shape[0] is None`: indexing the tensor makes a slice.
      at(outputShape, 0);
      out = conv2dTranspose(inputs, this.kernel!, outputShape, [1, ...this.strides, 1], this.padding.toUpperCase(), "NHWC");
    } else {
      const strides = first ? [1, 1, ...this.strides] : [1, ...this.strides, 1];
      out = conv3dTranspose(inputs, this.kernel!, outputShape, strides, this.padding.toUpperCase(), first ? "NCDHW" : "NDHWC");
    }
    // keras: `outputs.set_shape(self.compute_output_shape(inputs.shape))` in graph mode.
    out.setShape(first ? [dims[0]!, this.filters, ...outSpatial] : [dims[0]!, ...outSpatial, this.filters]);
    // keras passes convert_data_format(data_format, ndim=4) to bias_add for both ranks.
    if (this.useBias) out = biasAdd(out, this.bias!, first ? "NCHW" : "NHWC");
    return this.activate(out);
  }
}
