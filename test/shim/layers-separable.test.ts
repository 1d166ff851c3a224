// tf.layers' separable and 3-D transposed convolutions through Python, as TF 1.15 builds them:
// keras SeparableConv1D/2D.call over nn_impl.separable_conv2d (with_space_to_batch's Shape and
// dilation_rate, DepthwiseConv2dNative "depthwise", a Conv2D named after the scope), keras
// Conv3DTranspose.call over nn_ops.conv3d_transpose (Conv3DBackpropInputV2).
import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

const run = (source: string) => runTf(source, { filename: "prog.py", profile: "1.15" });

describe("tf.layers separable convolutions", () => {
  it("SeparableConv1D: ExpandDims of input and both kernels, separable_conv2d, BiasAdd, Squeeze", () => {
    const r = run(`import tensorflow as tf
layer = tf.layers.SeparableConv1D(32, 3, activation=tf.nn.relu)
y = layer.apply(tf.placeholder(tf.float32, (5, 9, 4)))
print(y.op.name, y.shape.as_list(), layer.depthwise_kernel.shape.as_list(), layer.pointwise_kernel.shape.as_list())
print([op.name for op in tf.get_default_graph().get_operations() if "kernel" not in op.name and "bias" not in op.name])
`);
    expect(r.stdout).toBe(
      "separable_conv1d/Relu [5, 7, 32] [3, 4, 1] [1, 4, 32]\n" +
      "['Placeholder', 'separable_conv1d/ExpandDims/dim', 'separable_conv1d/ExpandDims', 'separable_conv1d/ExpandDims_1/dim', " +
      "'separable_conv1d/ExpandDims_1', 'separable_conv1d/ExpandDims_2/dim', 'separable_conv1d/ExpandDims_2', " +
      "'separable_conv1d/separable_conv2d/Shape', 'separable_conv1d/separable_conv2d/dilation_rate', " +
      "'separable_conv1d/separable_conv2d/depthwise', 'separable_conv1d/separable_conv2d', 'separable_conv1d/BiasAdd', " +
      "'separable_conv1d/Squeeze', 'separable_conv1d/Relu']\n",
    );
  });
  it("separable_conv2d channels_first: DepthwiseConv2DNativeShape multiplies the depth; weights in build order", () => {
    const r = run(`import tensorflow as tf
img = tf.placeholder(tf.float32, (5, 4, 7, 9))
z = tf.layers.separable_conv2d(img, 8, 3, data_format="channels_first", depth_multiplier=2, strides=(2, 1), padding="same")
dw = z.op.inputs[0].op.inputs[0]
print(z.op.name, z.shape.as_list(), dw.op.name, dw.op.type, dw.op.get_attr("strides"), dw.shape)
print([v.name for v in tf.trainable_variables()], [v.shape.as_list() for v in tf.trainable_variables()])
try:
    tf.layers.SeparableConv1D(2, 3).kernel
except AttributeError as e:
    print(e)
`);
    expect(r.stdout).toBe(
      "separable_conv2d/BiasAdd [5, 8, 4, 9] separable_conv2d/separable_conv2d/depthwise DepthwiseConv2dNative [1, 1, 2, 1] (5, 8, 4, 9)\n" +
      "['separable_conv2d/depthwise_kernel:0', 'separable_conv2d/pointwise_kernel:0', 'separable_conv2d/bias:0'] " +
      "[[3, 3, 4, 2], [1, 1, 8, 8], [8]]\n" +
      "'SeparableConv1D' object has no attribute 'kernel'\n",
    );
  });
  it("a dilated separable convolution is refused by name, not built wrong", () => {
    const r = run(`import tensorflow as tf
tf.layers.separable_conv2d(tf.placeholder(tf.float32, (5, 7, 9, 4)), 8, 3, dilation_rate=2)
`);
    expect(r.unsupported?.feature).toBe("a dilated separable_conv2d (nn_ops.with_space_to_batch's SpaceToBatchND)");
  });
});

describe("tf.layers.Conv3DTranspose", () => {
  it("stacks keras's output shape and runs Conv3DBackpropInputV2 named after nn.conv3d_transpose's scope", () => {
    const r = run(`import tensorflow as tf
layer = tf.layers.Conv3DTranspose(4, [3, 3, 3], activation=tf.nn.relu)
y = layer.apply(tf.placeholder(tf.float32, (5, 5, 7, 9, 32)))
print(y.op.name, y.shape.as_list(), layer.kernel.shape.as_list(), y.op.inputs[0].op.inputs[0].op.name)
v = tf.layers.conv3d_transpose(tf.placeholder(tf.float32, (5, 32, 4, 6, 8)), 4, 3, strides=(2, 1, 1), padding="same", data_format="channels_first", use_bias=False)
print(v.op.name, v.op.type, v.shape.as_list(), v.op.get_attr("strides"), v.op.get_attr("data_format"))
`);
    // valid: d * 1 + max(3 - 1, 0); same: d * stride.
    expect(r.stdout).toBe(
      "conv3d_transpose/Relu [5, 7, 9, 11, 4] [3, 3, 3, 4, 32] conv3d_transpose/conv3d_transpose\n" +
      "conv3d_transpose_1/conv3d_transpose Conv3DBackpropInputV2 [5, 4, 8, 6, 8] [1, 1, 2, 1, 1] b'NCDHW'\n",
    );
  });
});
