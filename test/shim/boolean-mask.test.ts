// tf.where(condition), tf.boolean_mask and tf.report_uninitialized_variables, built as TF 1.15's
// array_ops.py and variables.py build them. Expected values: TF 1.15's source (op names follow from
// the name scopes array_ops.boolean_mask opens; the kernels' results from their definitions).
import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

const run = (source: string) => {
  const r = runTf(source, { filename: "prog.py", profile: "1.15" });
  return r.stdout + (r.exception ? r.exception.message : "");
};

describe("report_uninitialized_variables (variables.py 3333-3376)", () => {
  it("lists the names of the uninitialized variables, an empty string tensor without variables", () => {
    expect(run(`import tensorflow as tf
print(tf.report_uninitialized_variables())
v = tf.Variable([1, 2], name="v")
w = tf.Variable([3, 4], name="w")
u = tf.report_uninitialized_variables()
print(u.name, u.shape)
with tf.Session() as s:
    print(s.run(u))
    s.run(w.initializer)
    print(s.run(u))
    s.run(v.initializer)
    print(s.run(u).shape)
`)).toBe('Tensor("report_uninitialized_variables/Const:0", shape=(0,), dtype=string, device=/device:CPU:0)\n'
      + "report_uninitialized_variables_1/boolean_mask/GatherV2:0 (?,)\n[b'v' b'w']\n[b'v']\n(0,)\n");
  });
});

describe("boolean_mask and where (array_ops.py)", () => {
  it("builds Prod/Reshape/Where/Squeeze/GatherV2 under boolean_mask and gathers the true rows", () => {
    expect(run(`import tensorflow as tf
m = tf.boolean_mask([[1, 2], [3, 4], [5, 6]], [True, False, True])
names = [op.name for op in tf.get_default_graph().get_operations()]
# The gathered rows are as many as Where finds: unknown while building.
print(m.shape, [n for n in names if n.split("/")[-1] in ("Prod", "Where", "Squeeze", "GatherV2")])
w = tf.where([[True, False], [False, True]])
print(w.name, w.dtype.name, w.shape)
with tf.Session() as s:
    print(s.run(m).tolist(), s.run(w).tolist())
tf.boolean_mask([1, 2], True)
`)).toBe("(?, 2) ['boolean_mask/Prod', 'boolean_mask/Where', 'boolean_mask/Squeeze', 'boolean_mask/GatherV2']\n"
      + "Where:0 int64 (?, 2)\n[[1, 2], [5, 6]] [[0, 0], [1, 1]]\nmask cannot be scalar.");
  });
});
