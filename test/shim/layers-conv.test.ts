// tf.layers convolutions through Python (layers/convolutional.py over keras Conv; nn_ops.py conv1d and
// Convolution; keras conv_utils' argument checks) — names, shapes, losses and messages as TF 1.15.
import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

const run = (source: string) => runTf(source, { filename: "prog.py", profile: "1.15" }).stdout;

describe("tf.layers convolutions", () => {
  it("Conv1D is ExpandDims/Conv2D/Squeeze under conv1d/conv1d (nn_ops.conv1d), then BiasAdd", () => {
    const out = run(`import tensorflow as tf
layer = tf.layers.Conv1D(32, 3, activation=tf.nn.relu)
y = layer.apply(tf.placeholder(tf.float32, (5, 3, 4)))
print(y.op.name, y.shape.as_list(), layer.kernel.shape.as_list())
print([op.name for op in tf.get_default_graph().get_operations() if op.name.startswith("conv1d/") and "kernel" not in op.name and "bias" not in op.name])
`);
    expect(out).toBe(
      "conv1d/Relu [5, 1, 32] [3, 4, 32]\n" +
      "['conv1d/dilation_rate', 'conv1d/conv1d/ExpandDims/dim', 'conv1d/conv1d/ExpandDims', 'conv1d/conv1d/ExpandDims_1/dim', " +
      "'conv1d/conv1d/ExpandDims_1', 'conv1d/conv1d', 'conv1d/conv1d/Squeeze', 'conv1d/BiasAdd', 'conv1d/Relu']\n",
    );
  });
  it("channels_first: a 1-D bias is reshaped and added (keras Conv.call); 3-D uses BiasAdd NCHW", () => {
    const out = run(`import tensorflow as tf
z = tf.layers.conv1d(tf.placeholder(tf.float32, (5, 4, 3)), 2, 3, data_format="channels_first")
print(z.op.name, z.shape.as_list())
v = tf.layers.conv3d(tf.placeholder(tf.float32, (5, 4, 6, 7, 9)), 32, 3, data_format="channels_first")
print(v.op.name, v.shape.as_list(), v.op.inputs[0].op.type)
`);
    expect(out).toBe("conv1d/add [5, 2, 1]\nconv3d/BiasAdd [5, 32, 4, 5, 7] Conv3D\n");
  });
  it("a kernel regularizer's loss is made under kernel/Regularizer and collected", () => {
    const out = run(`import tensorflow as tf
images = tf.placeholder(tf.float32, (5, 7, 9, 4))
w = tf.layers.Conv2D(32, [3, 3], kernel_regularizer=lambda x: 0.1 * tf.reduce_sum(x))
w.apply(images)
print([t.name for t in tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES)], [t.name for t in w.losses])
c = tf.layers.Conv2D(64, images.get_shape()[1:3], padding="same")
print(c.apply(images).shape, c.kernel.shape)
`);
    expect(out).toBe("['conv2d/kernel/Regularizer/mul:0'] ['conv2d/kernel/Regularizer/mul:0']\n(5, 7, 9, 64) (7, 9, 4, 64)\n");
  });
  it("refuses bad kernel sizes and data formats with conv_utils' messages", () => {
    const out = run(`import tensorflow as tf
images = tf.placeholder(tf.float32, (5, 7, 9, 4))
for kw in [dict(kernel_size=(1, 2, 3)), dict(kernel_size=3, data_format="invalid"), dict(kernel_size=3, strides=None)]:
    try:
        tf.layers.conv2d(images, 32, **kw)
    except ValueError as e:
        print(e)
`);
    expect(out).toBe(
      "The `kernel_size` argument must be a tuple of 2 integers. Received: (1, 2, 3)\n" +
      'The `data_format` argument must be one of "channels_first", "channels_last". Received: invalid\n' +
      "The `strides` argument must be a tuple of 2 integers. Received: None\n",
    );
  });
});

describe("tf.layers.Conv2DTranspose", () => {
  it("builds keras's output shape from Shape slices and Python arithmetic, then Conv2DBackpropInput", () => {
    const out = run(`import tensorflow as tf
layer = tf.layers.Conv2DTranspose(32, [3, 3], activation=tf.nn.relu)
out = layer.apply(tf.random_uniform((5, 7, 9, 4)))
print(out, layer.kernel.shape, out.op.inputs[0].op.inputs[0].op.type)
print([op.name for op in tf.get_default_graph().get_operations() if op.name.startswith("conv2d_transpose/") and "kernel" not in op.name and "bias" not in op.name and "strided_slice" not in op.name])
print(tf.layers.conv2d_transpose(tf.placeholder(tf.float32, (None, 4, 4, 2)), 3, 2, strides=2, padding="same"))
`);
    // valid padding: 7 * 1 + max(3 - 1, 0) = 9 and 9 + 2 = 11; same with stride 2: 4 * 2 = 8
    expect(out).toBe(
      'Tensor("conv2d_transpose/Relu:0", shape=(5, 9, 11, 32), dtype=float32) (3, 3, 32, 4) Conv2DBackpropInput\n' +
      "['conv2d_transpose/Shape', 'conv2d_transpose/mul/y', 'conv2d_transpose/mul', 'conv2d_transpose/add/y', 'conv2d_transpose/add', " +
      "'conv2d_transpose/mul_1/y', 'conv2d_transpose/mul_1', 'conv2d_transpose/add_1/y', 'conv2d_transpose/add_1', " +
      "'conv2d_transpose/stack/3', 'conv2d_transpose/stack', 'conv2d_transpose/conv2d_transpose', 'conv2d_transpose/BiasAdd', 'conv2d_transpose/Relu']\n" +
      'Tensor("conv2d_transpose_1/BiasAdd:0", shape=(?, 8, 8, 3), dtype=float32)\n',
    );
  });
});
