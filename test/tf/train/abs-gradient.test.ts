/**
 * The gradient of Abs (math_grad.py 512-515 `_AbsGrad`: `grad * math_ops.sign(x)`) and tf.sign
 * (gen_math_ops.sign: op `Sign`, no scope of its own), as TF 1.15 names and computes them.
 */
import { describe, expect, it } from "vitest";
import { runTf } from "../../../src/shim/run.js";

const run = (source: string) => runTf(source, { filename: "prog.py", profile: "1.15" });

describe("the gradient of Abs", () => {
  it("is grad * sign(x): a Sign op, then the `*` operator's mul, under gradients/Abs_grad", () => {
    const r = run(`import tensorflow as tf
x = tf.Variable([3.0, -2.0, 0.0])
g, = tf.gradients(tf.reduce_sum(tf.abs(x)), x)
print(g.name, tf.sign(x).name)
print([o.name for o in tf.get_default_graph().get_operations() if o.name.startswith("gradients/Abs_grad")])
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(s.run(g))
`);
    // sign(0) is 0, so |x| contributes no gradient at 0.
    expect(r.stdout).toBe("gradients/Abs_grad/mul:0 Sign:0\n['gradients/Abs_grad/Sign', 'gradients/Abs_grad/mul']\n[ 1. -1.  0.]\n");
  });

  it("lets an optimizer minimise an absolute value", () => {
    const r = run(`import tensorflow as tf
x = tf.Variable(1.0)
step = tf.train.GradientDescentOptimizer(0.25).minimize(tf.abs(x))
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    for _ in range(3):
        s.run(step)
    print(s.run(x))
`);
    // 1.0 - 0.25 three times, each step's gradient sign(x) = 1 while x > 0.
    expect(r.stdout).toBe("0.25\n");
  });
});
