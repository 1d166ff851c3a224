/**
 * The gradients of Sqrt, Reciprocal, Sign, Floor/Ceil/Round and Max/Min (math_grad.py, TF 1.15), the
 * ops they build (SqrtGrad, ReciprocalGrad, `_MinOrMaxGrad`'s reduced_shape and Equal/Cast/Sum) and
 * their values, and tf.floor, tf.ceil, tf.round, tf.rint, tf.rsqrt, tf.reciprocal.
 */
import { describe, expect, it } from "vitest";
import { runTf } from "../../../src/shim/run.js";

const run = (source: string) => runTf(source, { filename: "prog.py", profile: "1.15" });
const ops = (prefix: string) => `print([o.name for o in tf.get_default_graph().get_operations() if o.name.startswith("${prefix}")])`;

describe("the gradients of Sqrt and Reciprocal", () => {
  it("build one SqrtGrad / ReciprocalGrad of the op's output and the gradient", () => {
    const r = run(`import tensorflow as tf
x = tf.Variable([4.0, 9.0, 0.25, 3.0])
g, = tf.gradients(tf.sqrt(x), x)
h, = tf.gradients(tf.reciprocal(x), x)
print(g.name, h.name)
${ops("gradients")}
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(s.run(h))
`);
    // cwise_ops_gradients.h scalar_inverse_gradient_op: -(y * y) * dy in float32; y = 1/x.
    // python3: f(-(f(1/3)**2)) = -0.111111119389534 prints as -1.1111112e-01.
    expect(r.stdout).toBe("gradients/Sqrt_grad/SqrtGrad:0 gradients_1/Reciprocal_grad/ReciprocalGrad:0\n"
      + "['gradients/Shape', 'gradients/grad_ys_0', 'gradients/Fill', 'gradients/Sqrt_grad/SqrtGrad', "
      + "'gradients_1/Shape', 'gradients_1/grad_ys_0', 'gradients_1/Fill', 'gradients_1/Reciprocal_grad/ReciprocalGrad']\n"
      + "[-6.2500000e-02 -1.2345679e-02 -1.6000000e+01 -1.1111112e-01]\n");
  });

  it("lets an optimizer minimise a square root", () => {
    const r = run(`import tensorflow as tf
x = tf.Variable(4.0)
step = tf.train.GradientDescentOptimizer(1.0).minimize(tf.sqrt(x))
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    s.run(step)
    print(s.run(x))
`);
    // d sqrt(x)/dx at 4 is 0.5 / 2 = 0.25 (exact in float32): 4 - 0.25.
    expect(r.stdout).toBe("3.75\n");
  });
});

describe("the gradients TF defines as zero or None", () => {
  it("Sign: zeros of the input's shape; Floor, Ceil, Round, Rint: None", () => {
    const r = run(`import tensorflow as tf
x = tf.Variable([1.5, -2.0])
g, = tf.gradients(tf.sign(x), x)
print(g.name)
print(tf.gradients(tf.floor(x), x), tf.gradients(tf.ceil(x), x), tf.gradients(tf.round(x), x), tf.gradients(tf.rint(x), x))
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(s.run(g))
`);
    // math_grad.py 978-982 (zeros(shape(x), dtype=x.dtype): Fill of a Const shape) and 1651-1669.
    expect(r.stdout).toBe("gradients/Sign_grad/zeros:0\n[None] [None] [None] [None]\n[0. 0.]\n");
  });
});

describe("the gradient of Max and Min", () => {
  it("divides the gradient among the maxima of each reduced row, with _MinOrMaxGrad's ops", () => {
    const r = run(`import tensorflow as tf
m = tf.Variable([[1.0, 3.0, 3.0], [2.0, 0.5, 1.0]])
g, = tf.gradients(tf.reduce_max(m, axis=1), m)
print(g.name, g.shape)
${ops("gradients/Max_grad")}
k, = tf.gradients(tf.reduce_min(m), m)
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(s.run(g))
    print(s.run(k))
`);
    expect(r.stdout).toBe("gradients/Max_grad/mul:0 (2, 3)\n"
      + "['gradients/Max_grad/Shape', 'gradients/Max_grad/Size', 'gradients/Max_grad/add', 'gradients/Max_grad/mod', "
      + "'gradients/Max_grad/Shape_1', 'gradients/Max_grad/range/start', 'gradients/Max_grad/range/delta', 'gradients/Max_grad/range', "
      + "'gradients/Max_grad/Fill/value', 'gradients/Max_grad/Fill', 'gradients/Max_grad/DynamicStitch', 'gradients/Max_grad/Reshape', "
      + "'gradients/Max_grad/Reshape_1', 'gradients/Max_grad/Equal', 'gradients/Max_grad/Cast', 'gradients/Max_grad/Sum', "
      + "'gradients/Max_grad/Reshape_2', 'gradients/Max_grad/truediv', 'gradients/Max_grad/mul']\n"
      + "[[0.  0.5 0.5]\n [1.  0.  0. ]]\n[[0. 0. 0.]\n [0. 1. 0.]]\n");
  });
});

describe("the gradient of Prod", () => {
  it("multiplies the exclusive cumprods from both sides (zeros handled), the shape ops on /cpu:0", () => {
    const r = run(`import tensorflow as tf
x = tf.Variable([[1.0, 2.0, 3.0], [4.0, 0.0, 6.0]])
g, = tf.gradients(tf.reduce_sum(tf.reduce_prod(x, axis=1) * [1.0, 10.0]), x)
print(g)
ops = [o for o in tf.get_default_graph().get_operations() if o.name.startswith("gradients/Prod_grad")]
print([o.name[20:] for o in ops])
print(sorted(set(o.device for o in ops)), [o.name[20:] for o in ops if o.device])
h, = tf.gradients(tf.reduce_prod(x), x)
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(s.run(g).tolist(), s.run(h).tolist())
`);
    // math_grad.py 254-299. Row 1 holds a zero: only the zero's gradient is non-zero (4 * 6 * 10).
    expect(r.stdout).toBe("Tensor(\"gradients/Prod_grad/Reshape_4:0\", shape=(2, 3), dtype=float32)\n"
      + "['Shape', 'Reshape/shape', 'Reshape', 'Size', 'add', 'mod', 'Shape_1', 'range/start', 'range/delta', 'range', 'Fill/value', "
      + "'Fill', 'DynamicStitch', 'Maximum/y', 'Maximum', 'floordiv', 'Reshape_1', 'Tile', 'Rank', 'add_1', 'mod_1', 'range_1/start', "
      + "'range_1/delta', 'range_1', 'ListDiff', 'concat/axis', 'concat', 'GatherV2/axis', 'GatherV2', 'Const', 'Prod', 'GatherV2_1/axis', "
      + "'GatherV2_1', 'Const_1', 'Prod_1', 'transpose', 'Shape_2', 'Reshape_2/shape', 'Reshape_2', 'Cumprod/axis', 'Cumprod', "
      + "'Cumprod_1/axis', 'Cumprod_1', 'mul', 'Reshape_3', 'InvertPermutation', 'transpose_1', 'mul_1', 'Reshape_4']\n"
      + "['', '/device:CPU:0'] ['Rank', 'add_1', 'mod_1', 'range_1/start', 'range_1/delta', 'range_1', 'ListDiff', 'concat/axis', "
      + "'concat', 'GatherV2/axis', 'GatherV2', 'Const', 'Prod', 'GatherV2_1/axis', 'GatherV2_1', 'Const_1', 'Prod_1']\n"
      + "[[6.0, 3.0, 2.0], [0.0, 240.0, 0.0]] [[0.0, 0.0, 0.0], [0.0, 144.0, 0.0]]\n");
  });
});

describe("tf.floor, tf.ceil, tf.round, tf.rint, tf.rsqrt, tf.reciprocal", () => {
  it("build their ops, round half to even, and return an integer tensor from tf.round unchanged", () => {
    const r = run(`import tensorflow as tf
x = tf.constant([0.5, 1.5, 2.5, -0.5, -1.7])
print(tf.floor(x).name, tf.ceil(x).name, tf.round(x).name, tf.rint(x).name, tf.rsqrt(x).name, tf.reciprocal(x).name)
i = tf.constant([1, 2])
print(tf.round(i) is i, tf.round(3))
with tf.Session() as s:
    print(s.run(tf.round(x)))
    print(s.run(tf.rint(x)))
    print(s.run(tf.floor(x)), s.run(tf.ceil(x)))
`);
    // cwise_ops.h scalar_round_op_google gives +0 for -0.5; std::rint gives -0.
    expect(r.stdout).toBe("Floor:0 Ceil:0 Round:0 Rint:0 Rsqrt:0 Reciprocal:0\nTrue Tensor(\"x:0\", shape=(), dtype=int32)\n"
      + "[ 0.  2.  2.  0. -2.]\n[ 0.  2.  2. -0. -2.]\n[ 0.  1.  2. -1. -2.] [ 1.  2.  3. -0. -1.]\n");
  });
});
