/**
 * The gradients of nn_grad.py (TF 1.15) for MaxPool (MaxPoolGrad: the first maximum of a window takes
 * the gradient), AvgPool (AvgPoolGrad: GetBroadcastSize's box times 1/(rows*cols)), Conv2D (ShapeN, then
 * Conv2DBackpropInput and Conv2DBackpropFilter), Relu6 and LeakyRelu; tf.nn.max_pool, avg_pool,
 * max_pool2d, leaky_relu; and a small conv net trained by GradientDescentOptimizer.
 */
import { describe, expect, it } from "vitest";
import { runTf } from "../../../src/shim/run.js";

const run = (source: string) => runTf(source, { filename: "prog.py", profile: "1.15" });
const ops = (prefix: string) => `print([o.name for o in tf.get_default_graph().get_operations() if o.name.startswith("${prefix}")])`;
const image = `import tensorflow as tf
x = tf.Variable(tf.reshape(tf.constant([1., 5., 3., 5., 2., 0., 7., 7., 1., 4., 4., 2., 9., 1., 1., 9.]), [1, 4, 4, 1]))
`;

describe("the gradient of MaxPool", () => {
  it("gives each window's gradient to its first maximum in row-major order", () => {
    const r = run(`${image}m = tf.nn.max_pool(x, ksize=[1, 2, 2, 1], strides=[1, 2, 2, 1], padding="SAME")
g, = tf.gradients(tf.reduce_sum(m * [[[[1.], [2.]], [[3.], [4.]]]]), x)
print(m.name, g.name)
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(s.run(g)[0, :, :, 0])
`);
    // maxpooling_op.cc 153-160: `output_ref < input_ref` replaces, so of the two 7s the one at (1, 2) wins.
    expect(r.stdout).toBe("MaxPool:0 gradients/MaxPool_grad/MaxPoolGrad:0\n"
      + "[[0. 1. 0. 0.]\n [0. 0. 2. 0.]\n [0. 0. 0. 0.]\n [3. 0. 0. 4.]]\n");
  });
});

describe("the gradient of AvgPool", () => {
  it("is AvgPoolGrad of Shape(x): each window's gradient spread over its real cells", () => {
    const r = run(`${image}a = tf.nn.avg_pool(x, [1, 3, 3, 1], [1, 2, 2, 1], "SAME")
g, = tf.gradients(tf.reduce_sum(a), x)
${ops("gradients/AvgPool_grad")}
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(s.run(a)[0, :, :, 0])
    print(s.run(g)[0, :, :, 0])
`);
    // Windows of 9, 6, 6 and 4 real cells (SAME pads one row and column after): 27/9, 28/6, 20/6, 16/4.
    // python3, rounding each step to float32: f(f(f(f(1/9) + f(1/6)) + f(1/6)) + 0.25) = 0.694444477558136.
    expect(r.stdout).toBe("['gradients/AvgPool_grad/Shape', 'gradients/AvgPool_grad/AvgPoolGrad']\n"
      + "[[3.        4.6666665]\n [3.3333333 4.       ]]\n"
      + "[[0.11111111 0.11111111 0.2777778  0.16666667]\n [0.11111111 0.11111111 0.2777778  0.16666667]\n"
      + " [0.2777778  0.2777778  0.6944445  0.4166667 ]\n [0.16666667 0.16666667 0.4166667  0.25      ]]\n");
  });
});

describe("the gradient of Conv2D", () => {
  it("builds ShapeN, Conv2DBackpropInput and Conv2DBackpropFilter with the forward op's attrs", () => {
    const r = run(`${image}f = tf.Variable(tf.ones([2, 2, 1, 2]))
c = tf.nn.conv2d(x, f, strides=[1, 1, 1, 1], padding="SAME")
gx, gf = tf.gradients(tf.reduce_sum(c), [x, f])
${ops("gradients/Conv2D_grad")}
print(gx.shape, gf.shape, gx.op.get_attr("padding"), gf.op.get_attr("strides"))
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(s.run(gx)[0, :, :, 0])
    print(s.run(gf)[:, :, 0, 0])
`);
    // Each input cell feeds the outputs whose 2x2 window holds it, on 2 channels; each filter tap sees the
    // sum of the cells it reaches (SAME pads after): all 16 (61), without the last column, row, or both.
    expect(r.stdout).toBe("['gradients/Conv2D_grad/ShapeN', 'gradients/Conv2D_grad/Conv2DBackpropInput', 'gradients/Conv2D_grad/Conv2DBackpropFilter']\n"
      + "(1, 4, 4, 1) (2, 2, 1, 2) b'SAME' [1, 1, 1, 1]\n"
      + "[[2. 4. 4. 4.]\n [4. 8. 8. 8.]\n [4. 8. 8. 8.]\n [4. 8. 8. 8.]]\n[[61. 48.]\n [47. 35.]]\n");
  });
});

describe("the gradient of a transposed convolution (Conv2DBackpropInput)", () => {
  it("is Conv2DBackpropFilter for the filter and a forward Conv2D for the input", () => {
    const r = run(`import tensorflow as tf
x = tf.Variable(tf.reshape(tf.range(8.0), [1, 2, 2, 2]))
y = tf.layers.conv2d_transpose(x, 1, 2, strides=2, kernel_initializer=tf.ones_initializer(), use_bias=False)
gx, gk = tf.gradients(tf.reduce_sum(y * tf.reshape(tf.range(16.0), [1, 4, 4, 1])), [x, tf.trainable_variables()[1]])
print(gx.name, gk.name)
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(s.run(gx)[0].tolist())
    print(s.run(gk)[:, :, 0, :].tolist())
`);
    // nn_grad.py 32-66. Output cell (r, c) has weight 4r + c; input cell (i, j) feeds the 2x2 block at
    // (2i, 2j) on both channels; filter tap (ky, kx) pairs x[i, j] with weight 4(2i + ky) + 2j + kx.
    expect(r.stdout).toBe("gradients/conv2d_transpose/conv2d_transpose_grad/Conv2D:0 gradients/conv2d_transpose/conv2d_transpose_grad/Conv2DBackpropFilter:0\n"
      + "[[[10.0, 10.0], [18.0, 18.0]], [[42.0, 42.0], [50.0, 50.0]]]\n"
      + "[[[96.0, 116.0], [108.0, 132.0]], [[144.0, 180.0], [156.0, 196.0]]]\n");
  });
});

describe("the gradients of Relu6 and LeakyRelu", () => {
  it("pass the gradient strictly inside (0, 6), and alpha of it where the features are not positive", () => {
    const r = run(`${image}g6, = tf.gradients(tf.reduce_sum(tf.nn.relu6(x - 2.0)), x)
l = tf.nn.leaky_relu(x - 4.0, alpha=0.1)
gl, = tf.gradients(tf.reduce_sum(l), x)
print(g6.name, l.name, gl.name)
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(s.run(g6)[0, :, :, 0])
    print(s.run(gl)[0, :, :, 0])
`);
    // relu_op_functor.h: Relu6Grad keeps 0 < features < 6 (features are the outputs); LeakyReluGrad
    // features > 0 ? g : g * alpha.
    expect(r.stdout).toBe("gradients/Relu6_grad/Relu6Grad:0 LeakyRelu:0 gradients_1/LeakyRelu_grad/LeakyReluGrad:0\n"
      + "[[0. 1. 1. 1.]\n [0. 0. 1. 1.]\n [0. 1. 1. 0.]\n [0. 0. 0. 0.]]\n"
      + "[[0.1 1.  0.1 1. ]\n [0.1 0.1 1.  1. ]\n [0.1 0.1 0.1 0.1]\n [1.  0.1 0.1 1. ]]\n");
  });
});

describe("pooling in tf.nn and tf.layers", () => {
  it("names the ops as TF does and gives the pooled shapes", () => {
    const r = run(`import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 28, 28, 3])
print(tf.nn.max_pool(x, 2, 2, "VALID").name, tf.nn.max_pool2d(x, 2, 2, "VALID").name, tf.nn.avg_pool2d(x, 3, 2, "SAME", name="ap").name)
p1 = tf.layers.max_pooling2d(x, 2, 2)
p2 = tf.layers.average_pooling2d(p1, pool_size=[2, 2], strides=2, padding="same")
layer = tf.layers.MaxPooling2D(2, 2, name="pool")
p3 = layer(p2)
print(p1)
print(p2)
print(p3, layer.name, type(layer).__name__)
try:
    tf.layers.max_pooling2d(x, 2, None)
except ValueError as e:
    print(e)
try:
    tf.nn.max_pool(x, [1, 0, 2, 1], 1, "SAME")
except ValueError as e:
    print(e)
`);
    // nn_ops.py max_pool (scope MaxPool), max_pool2d (MaxPool2d), avg_pool (AvgPool); keras Pooling2D.call.
    expect(r.stdout).toBe("MaxPool:0 MaxPool2d:0 ap:0\n"
      + "Tensor(\"max_pooling2d/MaxPool:0\", shape=(?, 14, 14, 3), dtype=float32)\n"
      + "Tensor(\"average_pooling2d/AvgPool:0\", shape=(?, 7, 7, 3), dtype=float32)\n"
      + "Tensor(\"pool/MaxPool:0\", shape=(?, 3, 3, 3), dtype=float32) pool MaxPooling2D\n"
      + "Argument `strides` must not be None.\nksize cannot be zero.\n");
  });

  it("trains a conv net (conv2d, max_pool, avg_pool, relu, dense) with GradientDescentOptimizer", () => {
    const r = run(`import tensorflow as tf
x = tf.constant([[[[float((i * 7 + j * 3) % 5)] for j in range(6)] for i in range(6)]])
w = tf.Variable(tf.constant(0.1, shape=[3, 3, 1, 2]))
h = tf.nn.relu(tf.nn.conv2d(x, w, [1, 1, 1, 1], "SAME"))
p = tf.nn.avg_pool(tf.nn.max_pool(h, [1, 2, 2, 1], [1, 2, 2, 1], "VALID"), [1, 3, 3, 1], [1, 3, 3, 1], "VALID")
loss = tf.reduce_sum(tf.square(p - 1.0))
step = tf.train.GradientDescentOptimizer(0.01).minimize(loss)
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    before = s.run(loss)
    for _ in range(5):
        s.run(step)
    after = s.run(loss)
    print(before > after, after < 1.0)
`);
    expect(r.stdout).toBe("True True\n");
  });
});
