import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

/** Runs a program with TF installed; returns stdout and the last stderr line. */
function run(source: string, profile: "1.15" | "2" = "1.15") {
  const r = runTf(source, { filename: "prog.py", profile });
  const last = r.stderr.trimEnd().split("\n").pop() ?? "";
  return { stdout: r.stdout, last, exitCode: r.exitCode };
}

describe("tfscope run with TensorFlow 1.15", () => {
  it("names ops by name scope and variables by variable scope (vs.py: get_variable runs under name_scope(None))", () => {
    const r = run(`import tensorflow as tf
with tf.name_scope("ns"):
    with tf.variable_scope("vs"):
        v = tf.get_variable("v", [1])
        w = tf.Variable(1.0, name="w")
        x = v * 2.0
print(v.name, w.name, x.name, x.op.inputs[1].name)
`);
    expect(r.stdout).toBe("vs/v:0 ns/vs/w:0 ns/vs/mul:0 ns/vs/mul/y:0\n");
  });

  it("re-entering a variable scope by string opens a new name scope (foo_1) while variables stay foo/", () => {
    const r = run(`import tensorflow as tf
with tf.variable_scope("foo"):
    a = tf.constant(1.0, name="a")
with tf.variable_scope("foo", reuse=tf.AUTO_REUSE):
    b = tf.constant(1.0, name="a")
    v = tf.get_variable("v", [])
print(a.name, b.name, v.name, tf.get_variable_scope().reuse)
`);
    expect(r.stdout).toBe("foo/a:0 foo_1/a:0 foo/v:0 False\n");
  });

  it("tf.nn.conv2d is the op, tf.layers.conv2d the layer (two natives that once shared a name)", () => {
    const r = run(`import tensorflow as tf
x = tf.placeholder(tf.float32, [1, 5, 5, 1])
y = tf.nn.conv2d(x, tf.ones([3, 3, 1, 2]), strides=[1, 1, 1, 1], padding="SAME")
z = tf.layers.conv2d(x, 4, 3)
print(y.name, y.shape, z.shape)
`);
    // SAME padding keeps 5x5; the layer's default VALID padding gives 3x3 (nn_ops.py, convolutional.py).
    expect(r.stdout).toBe("Conv2D:0 (1, 5, 5, 2) (1, 3, 3, 4)\n");
  });

  it("raises E1 with the snippet's frames and E2 with TF's text", () => {
    const e1 = run(`import tensorflow as tf
v = tf.get_variable("v", [1])
tf.get_variable("v", [1])
`);
    expect(e1.exitCode).toBe(1);
    expect(e1.last).toBe('    v = tf.get_variable("v", [1])');
    const e2 = run(`import tensorflow as tf
with tf.variable_scope("s", reuse=True):
    tf.get_variable("v", [1])
`);
    expect(e2.last).toBe("ValueError: Variable s/v does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?");
  });

  it("prints reprs as TF 1.15 does", () => {
    const r = run(`import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 20], name="x")
v = tf.get_variable("v", [2, 3])
print(x)
print(repr(x))
print(v)
print(repr(x.op))
print(x.shape, repr(x.shape), x.shape[1], repr(x.shape[0]))
print(tf.float32, repr(tf.int32), v.dtype)
print(tf.AUTO_REUSE)
`);
    expect(r.stdout).toBe(`Tensor("x:0", shape=(?, 20), dtype=float32)
<tf.Tensor 'x:0' shape=(?, 20) dtype=float32>
<tf.Variable 'v:0' shape=(2, 3) dtype=float32_ref>
<tf.Operation 'x' type=Placeholder>
(?, 20) TensorShape([Dimension(None), Dimension(20)]) 20 Dimension(None)
<dtype: 'float32'> tf.int32 <dtype: 'float32_ref'>
_ReuseMode.AUTO_REUSE
`);
  });

  it("runs sessions: feeds, structures, numpy printing and uninitialized values", () => {
    const r = run(`import tensorflow as tf
import numpy as np
x = tf.placeholder(tf.float32, [None, 2])
y = tf.matmul(x, tf.constant([[1.0], [2.0]]))
v = tf.Variable([1, 2, 3], name="v")
with tf.Session() as sess:
    print(sess.run(y, feed_dict={x: [[1.0, 1.0], [0.5, 0.25]]}))
    out = sess.run({"a": tf.constant(3), "b": (tf.constant(1.5), tf.constant([True, False]))})
    print(out["a"], out["b"])
    try:
        sess.run(v)
    except tf.errors.FailedPreconditionError as e:
        print(type(e).__name__, str(e).splitlines()[0])
    sess.run(tf.global_variables_initializer())
    print(sess.run(v + 1))
`);
    // [[1,1]·[1,2]ᵀ, [.5,.25]·[1,2]ᵀ] = [[3], [1]]: whole floats print as "3." (numpy 1.17).
    expect(r.stdout).toBe(`[[3.]
 [1.]]
3 (1.5, array([ True, False]))
FailedPreconditionError Attempting to use uninitialized value v
[2 3 4]
`);
  });

  it("names legacy layers and templates as TF does", () => {
    const r = run(`import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 4])
a = tf.layers.dense(x, 3, activation=tf.nn.relu)
b = tf.layers.dense(x, 3, name="fc")
c = tf.layers.dense(x, 3, name="fc", reuse=True)
print(a.name, b.name, c.name)
print([v.name for v in tf.trainable_variables()])
t = tf.make_template("tpl", lambda u: u * tf.get_variable("w", []))
print(t(x).name, t(x).name)
`);
    expect(r.stdout).toBe(`dense/Relu:0 fc/BiasAdd:0 fc_1/BiasAdd:0
['dense/kernel:0', 'dense/bias:0', 'fc/kernel:0', 'fc/bias:0']
tpl/mul:0 tpl_1/mul:0
`);
  });

  it("uses Python operators: reflected constants are named x, comparisons are ops, == is identity", () => {
    const r = run(`import tensorflow as tf
t = tf.constant(2.0)
print((1.0 + t).op.inputs[0].name, (t < 3.0).name, t == t, t == tf.constant(2.0))
try:
    bool(t)
except TypeError as e:
    print(type(e).__name__, str(e).split(".")[0])
`);
    // ops.py 520-534 (1.15): outside autograph, _disallow_in_graph_mode raises OperatorNotAllowedInGraphError(TypeError).
    expect(r.stdout).toBe("add/x:0 Less:0 True False\nOperatorNotAllowedInGraphError using a `tf\n");
  });
});

describe("iterating over a tensor (ops.py Tensor.__iter__)", () => {
  it("is refused in graph mode with OperatorNotAllowedInGraphError, a TypeError", () => {
    const r = run(`import tensorflow as tf
try:
    a, b = tf.constant([1, 2])
except TypeError as e:
    print(type(e).__module__, type(e).__name__, e)
`);
    expect(r.stdout).toBe(
      "tensorflow.python.framework.errors_impl OperatorNotAllowedInGraphError iterating over `tf.Tensor` is not allowed in Graph execution. Use Eager execution or decorate this function with @tf.function.\n",
    );
  });

  it("yields t[i] under eager execution, and refuses a scalar", () => {
    const r = run(`import tensorflow as tf
tf.enable_eager_execution()
for row in tf.constant([[1, 2], [3, 4]]):
    print(row.numpy().tolist())
try:
    iter(tf.constant(3)).__next__()
except TypeError as e:
    print(e)
`);
    expect(r.stdout).toBe("[1, 2]\n[3, 4]\nCannot iterate over a scalar tensor.\n");
  });
});

describe("tfscope run with the TF 2 profile", () => {
  it("has no tf.variable_scope at the top level, and graph mode after disable_eager_execution", () => {
    const r = run(`import tensorflow as tf
print(tf.executing_eagerly())
tf.compat.v1.disable_eager_execution()
with tf.compat.v1.variable_scope("s"):
    v = tf.compat.v1.get_variable("v", [2])
x = tf.compat.v1.placeholder(tf.float32, [None, 3])
print(v, x.shape)
tf.variable_scope
`, "2");
    expect(r.stdout).toBe("True\n<tf.Variable 's/v:0' shape=(2,) dtype=float32> (None, 3)\n");
    expect(r.last).toBe("AttributeError: module 'tensorflow' has no attribute 'variable_scope'");
  });

  it("runs eagerly by default: EagerTensor values and reprs, refused names, fresh variables", () => {
    const r = run(`import tensorflow as tf
a = tf.constant([1.0, 2.0])
b = a * 2 + 1
print(b)
print(repr(b))
print(b.numpy(), b.shape, a == a)
try:
    a.name
except AttributeError as e:
    print(e)
with tf.compat.v1.variable_scope("foo"):
    v = tf.compat.v1.get_variable("v", [2], initializer=tf.compat.v1.zeros_initializer())
print(v)
tf.compat.v1.placeholder(tf.float32)
`, "2");
    expect(r.stdout).toBe(`tf.Tensor([3. 5.], shape=(2,), dtype=float32)
<tf.Tensor: shape=(2,), dtype=float32, numpy=array([3., 5.], dtype=float32)>
[3. 5.] (2,) tf.Tensor([ True  True], shape=(2,), dtype=bool)
Tensor.name is undefined when eager execution is enabled.
<tf.Variable 'foo/v:0' shape=(2,) dtype=float32, numpy=array([0., 0.], dtype=float32)>
`);
    expect(r.last).toBe("RuntimeError: tf.placeholder() is not compatible with eager execution.");
  });
});
