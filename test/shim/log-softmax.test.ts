// tf.nn.log_softmax: one LogSoftmax op over the last axis (nn_ops.py `_softmax`, nn_ops.cc's
// registration) and its gradient (nn_grad.py `_LogSoftmaxGrad`: grad - reduce_sum(grad, -1,
// keepdims=True) * exp(output)). Values: the formulas in float64, rounded (the kernel is Eigen's
// vectorised exp/log, exact to the last float32 bits only).
import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

const run = (source: string) => {
  const r = runTf(source, { filename: "prog.py", profile: "1.15" });
  return r.stdout + (r.exception ? `${r.exception.type}: ${r.exception.message}` : "");
};

describe("tf.nn.log_softmax", () => {
  it("is one LogSoftmax op named after `name`, of the logits' shape", () => {
    expect(run(`import tensorflow as tf
print(tf.nn.log_softmax(tf.ones([2, 3])))
print(tf.nn.log_softmax([1., 2.], name="ls").op.inputs[0].name)
print(tf.nn.log_softmax(tf.ones([4]), axis=0).name)
`)).toBe('Tensor("LogSoftmax:0", shape=(2, 3), dtype=float32)\nConst:0\nLogSoftmax_1:0\n');
  });

  it("computes x - max - log(sum(exp(x - max))) per row, and differentiates as nn_grad.py does", () => {
    expect(run(`import tensorflow as tf
x = tf.constant([[1., 2., 3.], [1., 1., 1.]])
l = tf.nn.log_softmax(x)
g = tf.gradients(tf.reduce_sum(l * [[1., 0., 0.], [0., 1., 0.]]), x)[0]
print([o.name for o in tf.get_default_graph().get_operations() if "LogSoftmax_grad" in o.name])
with tf.Session() as s:
    v, dg = s.run([l, g])
print([[round(float(e), 5) for e in row] for row in v])
print([[round(float(e), 5) for e in row] for row in dg])
`)).toBe(
      "['gradients/LogSoftmax_grad/Exp', 'gradients/LogSoftmax_grad/Sum/reduction_indices', 'gradients/LogSoftmax_grad/Sum', " +
        "'gradients/LogSoftmax_grad/mul', 'gradients/LogSoftmax_grad/sub']\n" +
        "[[-2.40761, -1.40761, -0.40761], [-1.09861, -1.09861, -1.09861]]\n" +
        "[[0.90997, -0.24473, -0.66524], [-0.33333, 0.66667, -0.33333]]\n",
    );
  });

  it("refuses a scalar with the shape function's rank check", () => {
    expect(run(`import tensorflow as tf
tf.nn.log_softmax(tf.constant(1.0))
`)).toBe("ValueError: Shape must be at least rank 1 but is rank 0 for 'LogSoftmax' (op: 'LogSoftmax') with input shapes: [].");
  });
});
