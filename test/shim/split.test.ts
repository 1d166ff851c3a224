// tf.split with a list of sizes (a SplitV op: array_ops.split, array_ops.cc's shape function,
// split_v_op.cc) and PartitionedVariable assignments that split a tensor into the shards
// (variables.py _apply_assign_fn). Expected values: TF 1.15's source.
import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

const run = (source: string) => {
  const r = runTf(source, { filename: "prog.py", profile: "1.15" });
  return r.stdout + (r.exception ? r.exception.message : "");
};

describe("split (SplitV)", () => {
  it("names the shards split:i, infers a -1 size, and cuts along the axis", () => {
    expect(run(`import tensorflow as tf
a, b = tf.split(tf.reshape(tf.range(12.), [3, 4]), [1, -1], axis=1)
print(a.name, a.shape, b.name, b.shape)
c = tf.split([1, 2, 3], [2, 1])
with tf.Session() as s:
    print(s.run(a).tolist(), s.run(b).tolist(), [x.tolist() for x in s.run(c)])
`)).toBe("split:0 (3, 1) split:1 (3, 3)\n[[0.0], [4.0], [8.0]] [[1.0, 2.0, 3.0], [5.0, 6.0, 7.0], [9.0, 10.0, 11.0]] [[1, 2], [3]]\n");
  });
});

describe("PartitionedVariable.assign of a tensor", () => {
  it("splits the value by the shards' sizes along the partition axis", () => {
    expect(run(`import tensorflow as tf
v0 = tf.Variable([0.0], name="v0")
v1 = tf.Variable([1.0, 2.0], name="v1")
v0._set_save_slice_info(tf.Variable.SaveSliceInfo(v0.name, [3], [0], [1]))
v1._set_save_slice_info(tf.Variable.SaveSliceInfo(v1.name, [3], [1], [2]))
from tensorflow.python.ops import variables
pv = variables.PartitionedVariable(name="pv", shape=[3], dtype=tf.float32, variable_list=[v0, v1], partitions=[2])
ops = pv.assign(tf.constant([7.0, 8.0, 9.0]))
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print([x.tolist() for x in s.run(ops)])
`)).toBe("[[7.0], [8.0, 9.0]]\n");
  });
});
