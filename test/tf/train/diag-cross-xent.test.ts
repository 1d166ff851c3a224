/**
 * tf.diag (Diag) and tf.cross (Cross) with their gradients (array_grad.py 322-329: Diag and DiagPart
 * are each other's; math_grad.py 1809-1813 _CrossGrad), and tf.nn.weighted_cross_entropy_with_logits
 * (nn_impl.py 244-374) op by op.
 */
import { describe, expect, it } from "vitest";
import { runTf } from "../../../src/shim/run.js";

const run = (source: string) => runTf(source, { filename: "prog.py", profile: "1.15" });

describe("tf.diag and tf.cross", () => {
  it("build Diag and Cross, compute them, and differentiate them", () => {
    const r = run(`import tensorflow as tf
v = tf.Variable([1.0, 2.0, 3.0])
d = tf.diag(v)
g, = tf.gradients(tf.reduce_sum(d * [[1., 2., 3.], [4., 5., 6.], [7., 8., 9.]]), v)
a = tf.Variable([[1.0, 2.0, 3.0]])
c = tf.cross(a, tf.constant([[4.0, 5.0, 6.5]]))
ga, = tf.gradients(tf.reduce_sum(c * [[1.0, 10.0, 100.0]]), a)
m = tf.Variable([[1.0, 2.0], [3.0, 4.0]])
h, = tf.gradients(tf.reduce_sum(tf.diag_part(m) * [5.0, 7.0]), m)
print(d, c)
print(g.name, ga.name, h.name)
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(s.run(d).tolist(), s.run(g).tolist())
    print(s.run(c).tolist(), s.run(ga).tolist())
    print(s.run(h).tolist(), s.run(tf.diag(tf.constant([[1, 2], [3, 4]]))).shape)
`);
    // cross(a, b) = [2*6.5 - 3*5, 3*4 - 1*6.5, 1*5 - 2*4]; its gradient for a is cross(b, grad).
    expect(r.stdout).toBe("Tensor(\"Diag:0\", shape=(3, 3), dtype=float32) Tensor(\"Cross:0\", shape=(1, 3), dtype=float32)\n"
      + "gradients/Diag_grad/DiagPart:0 gradients_1/Cross_grad/Cross:0 gradients_2/DiagPart_grad/Diag:0\n"
      + "[[1.0, 0.0, 0.0], [0.0, 2.0, 0.0], [0.0, 0.0, 3.0]] [1.0, 5.0, 9.0]\n"
      + "[[-2.0, 5.5, -3.0]] [[435.0, -393.5, 35.0]]\n[[5.0, 0.0], [0.0, 7.0]] (2, 2, 2, 2)\n");
  });
});

describe("tf.nn.weighted_cross_entropy_with_logits", () => {
  it("builds nn_impl.py's ops under logistic_loss and computes the weighted loss", () => {
    const r = run(`import tensorflow as tf
lg = tf.Variable([0.5, -1.0, 2.0])
w = tf.nn.weighted_cross_entropy_with_logits(labels=tf.constant([1.0, 0.0, 1.0]), logits=lg, pos_weight=2.0)
print(w)
print([o.name for o in tf.get_default_graph().get_operations() if o.name.startswith("logistic_loss")])
try:
    tf.nn.weighted_cross_entropy_with_logits(labels=[1.0], targets=[1.0], logits=[1.0], pos_weight=1.0)
except ValueError as e:
    print(e)
`);
    expect(r.stdout).toBe("Tensor(\"logistic_loss:0\", shape=(3,), dtype=float32)\n"
      + "['logistic_loss/mul/x', 'logistic_loss/mul', 'logistic_loss/add/x', 'logistic_loss/add', 'logistic_loss/sub/x', "
      + "'logistic_loss/sub', 'logistic_loss/mul_1', 'logistic_loss/Abs', 'logistic_loss/Neg', 'logistic_loss/Exp', 'logistic_loss/Log1p', "
      + "'logistic_loss/Neg_1', 'logistic_loss/Relu', 'logistic_loss/add_1', 'logistic_loss/mul_2', 'logistic_loss']\n"
      + "Cannot specify both 'targets' and 'labels'\n");
  });
});
