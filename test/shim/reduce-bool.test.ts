// tf.reduce_all / tf.reduce_any (math_ops.py 2214 reduce_all_v1, 2313 reduce_any_v1 of TF 1.15): the All and
// Any ops (math_ops.cc 1370-1385: `input: bool`, keep_dims, Tidx) over _ReductionDims' constant axes.
import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

const run = (source: string) => runTf(source, { filename: "prog.py", profile: "1.15" });

describe("tf.reduce_all and tf.reduce_any", () => {
  it("build All and Any, reduce over every axis by default, and take axis and keepdims", () => {
    const r = run(`import tensorflow as tf
b = tf.constant([[True, False], [True, True]])
a = tf.reduce_all(b)
n = tf.reduce_any(b, axis=1, keepdims=True, name="anyrow")
print(a, n, [t.name for t in a.op.inputs])
with tf.Session() as s:
    print(s.run([a, tf.reduce_all(b, 0), tf.reduce_any(tf.logical_not(b)), n]))
try:
    tf.reduce_all(tf.constant([1, 2]))
except TypeError as e:
    print(e)
`);
    expect(r.exception).toBeUndefined();
    expect(r.stdout).toBe([
      "Tensor(\"All:0\", shape=(), dtype=bool) Tensor(\"anyrow:0\", shape=(2, 1), dtype=bool) ['Const:0', 'Const_1:0']",
      "[False, array([ True, False]), True, array([[ True],",
      "       [ True]])]",
      // op_def_library.py's ValueError branch for a fixed-type input: the observed dtype, then the expected one.
      "Input 'input' of 'All' Op has type int32 that does not match expected type of bool.",
      "",
    ].join("\n"));
  });
});
