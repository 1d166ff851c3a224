/**
 * Gradients and a GradientDescent step on resource variables (TF 1.15): tf.gradients differentiates at
 * `v.handle` through ReadVariableOp's pass-through gradient (resource_variable_ops.py `_ReadGrad`), and
 * `_resource_apply_dense` is one ResourceApplyGradientDescent per variable, the rate cast to the
 * gradient's dtype (gradient_descent.py). Values are dyadic so float32 arithmetic is exact.
 */
import { describe, expect, it } from "vitest";
import { runTf } from "../../../src/shim/run.js";

function run(source: string) {
  const r = runTf(source, { filename: "prog.py", profile: "1.15" });
  return { stdout: r.stdout, last: r.stderr.trimEnd().split("\n").pop() ?? "", unsupported: r.unsupported };
}

describe("resource variables in training", () => {
  it("tf.gradients reaches a resource variable through its reads", () => {
    const r = run(`import tensorflow as tf
v = tf.get_variable("v", initializer=tf.constant([1.0, 2.0]), use_resource=True)
loss = tf.reduce_sum(v * v)
g, = tf.gradients(loss, [v])
print(g.name, g.shape, [op.type for op in tf.get_default_graph().get_operations() if op.name.startswith("gradients/ReadVariableOp")])
with tf.Session() as sess:
    sess.run(v.initializer)
    print(sess.run(g))
`);
    // Mul's gradient, two halves summed by AddN; the read itself adds no op.
    expect(r.stdout).toBe("gradients/AddN:0 (2,) []\n[2. 4.]\n");
  });

  it("GradientDescentOptimizer.minimize updates each variable with ResourceApplyGradientDescent (variables_test's zero-size step)", () => {
    const r = run(`import tensorflow as tf
a = tf.Variable(tf.zeros([0, 2]), use_resource=True)
b = tf.Variable(tf.ones([2, 2]), use_resource=True)
objective = tf.reduce_sum(b + tf.matmul(a, a, transpose_a=True))
step = tf.train.GradientDescentOptimizer(0.25).minimize(objective)
for op in tf.get_default_graph().get_operations():
    if op.type == "ResourceApplyGradientDescent":
        print(op.name, [i.name for i in op.inputs], op.get_attr("use_locking"))
print(step.name, step.type)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(step)
    print(sess.run(b))
`);
    // math_ops.cast of a float32 rate to float32 is the rate itself; compute_gradients gates each grad
    // function's outputs (GATE_OP), and `a`'s two reads in matmul(a, a) sum at the handle in one AddN.
    expect(r.stdout).toBe(`GradientDescent/update_Variable/ResourceApplyGradientDescent ['Variable:0', 'GradientDescent/learning_rate:0', 'gradients/AddN:0'] False
GradientDescent/update_Variable_1/ResourceApplyGradientDescent ['Variable_1:0', 'GradientDescent/learning_rate:0', 'gradients/add_grad/tuple/control_dependency:0'] False
GradientDescent NoOp
[[0.75 0.75]
 [0.75 0.75]]
`);
  });

  it("an optimizer with slots says unsupported for a resource variable", () => {
    const r = run(`import tensorflow as tf
v = tf.Variable(1.0, use_resource=True)
tf.train.MomentumOptimizer(0.1, 0.9).minimize(v * v)
`);
    expect(r.unsupported?.feature).toBe("tf.train optimizers other than GradientDescentOptimizer on a ResourceVariable");
  });
});
