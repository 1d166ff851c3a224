// tf.reduce_logsumexp as TF 1.15's math_ops.py builds it (1976-2033): under `ReduceLogSumExp`, a Max
// kept out of the gradient and zeroed where not finite (IsFinite, Select, StopGradient), then
// log(sum(exp(x - max))) + max with gen_math_ops' Sub and Add. Values: the formula in float64, rounded
// (Eigen's exp/log are exact to the last float32 bits only).
import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

const run = (source: string) => {
  const r = runTf(source, { filename: "prog.py", profile: "1.15" });
  return r.stdout + (r.exception ? `${r.exception.type}: ${r.exception.message}` : "");
};

describe("tf.reduce_logsumexp", () => {
  it("builds TF's ops in TF's order under its scope", () => {
    expect(run(`import tensorflow as tf
x = tf.constant([[1., 2., 3.], [1000., 1000., 1000.]])
r = tf.reduce_logsumexp(x)
print(r)
print([o.name for o in tf.get_default_graph().get_operations()][1:])
print(tf.reduce_logsumexp(x, axis=1), tf.reduce_logsumexp(x, 1, keep_dims=True, name="lse"))
`)).toBe(
      'Tensor("ReduceLogSumExp/Add:0", shape=(), dtype=float32)\n' +
        "['ReduceLogSumExp/Const', 'ReduceLogSumExp/Max', 'ReduceLogSumExp/IsFinite', 'ReduceLogSumExp/zeros_like', 'ReduceLogSumExp/Select', " +
        "'ReduceLogSumExp/StopGradient', 'ReduceLogSumExp/Sub', 'ReduceLogSumExp/Exp', 'ReduceLogSumExp/Const_1', 'ReduceLogSumExp/Sum', " +
        "'ReduceLogSumExp/Log', 'ReduceLogSumExp/Shape', 'ReduceLogSumExp/Reshape', 'ReduceLogSumExp/Add']\n" +
        'Tensor("ReduceLogSumExp_1/Add:0", shape=(2,), dtype=float32) Tensor("lse/Add:0", shape=(2, 1), dtype=float32)\n',
    );
  });

  it("is stable for large values, -inf for all -inf, and its gradient is the softmax", () => {
    expect(run(`import tensorflow as tf
x = tf.constant([[1., 2., 3.], [1000., 1000., 1000.]])
r = tf.reduce_logsumexp(x, axis=1)
with tf.Session() as s:
    v, g = s.run([r, tf.gradients(r, x)[0]])
    print([round(float(e), 4) for e in v], s.run(tf.reduce_logsumexp([-float("inf"), -float("inf")])))
    print([[round(float(e), 5) for e in row] for row in g])
`)).toBe("[3.4076, 1001.0986] -inf\n[[0.09003, 0.24473, 0.66524], [0.33333, 0.33333, 0.33333]]\n");
  });

  it("refuses an axis given twice, as deprecation.deprecated_argument_lookup does", () => {
    expect(run(`import tensorflow as tf
tf.reduce_logsumexp(tf.ones([2]), axis=0, reduction_indices=0)
`)).toBe("ValueError: Cannot specify both 'reduction_indices' and 'axis'");
  });
});
