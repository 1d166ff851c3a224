// tf.split with a number of splits (a Split op) or a list of sizes (a SplitV op: array_ops.split,
// array_ops.cc's shape functions, split_op.cc, split_v_op.cc), tf.unstack (an Unpack op: array_ops.py
// unstack, array_ops.cc, unpack_op.cc) and PartitionedVariable assignments that split a tensor into the shards
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

describe("split (Split)", () => {
  it("converts the number to a Const beside the op, and names the op's axis split/split_dim", () => {
    // array_ops.py 1684: convert_to_tensor(num_or_size_splits) runs first, whatever its kind.
    expect(run(`import tensorflow as tf
p = tf.split(tf.zeros([6, 4]), 3)
print(p[0].name, p[2].name, p[0].shape)
print([o.name for o in tf.get_default_graph().get_operations()])
q = tf.split(tf.zeros([6, 4]), 2, axis=-1, name="halves")
print(q[1].name, q[1].shape)
`)).toBe("split:0 split:2 (2, 4)\n['zeros', 'Const', 'split/split_dim', 'split']\nhalves:1 (6, 2)\n");
  });

  it("cuts along the axis in a session", () => {
    expect(run(`import tensorflow as tf
with tf.Session() as s:
    print([x.tolist() for x in s.run(tf.split(tf.reshape(tf.range(6), [2, 3]), 3, axis=1))])
`)).toBe("[[[0], [3]], [[1], [4]], [[2], [5]]]\n");
  });

  it("refuses an uneven split and an axis out of range with the shape function's messages", () => {
    // Divide's message, then TF_RETURN_WITH_CONTEXT_IF_ERROR's context, then AttachContext's.
    expect(run(`import tensorflow as tf
for axis in (0, 3):
    try:
        tf.split(tf.zeros([5, 4]), 2, axis=axis)
    except ValueError as e:
        print(e)
`)).toBe(
      "Dimension size must be evenly divisible by 2 but is 5\n\tNumber of ways to split should evenly divide the split dimension for 'split' (op: 'Split') with input shapes: [], [5,4] and with computed input tensors: input[0] = <0>.\n" +
        "Dimension size, given by scalar input 3 must be in range [-2, 2) for 'split_1' (op: 'Split') with input shapes: [], [5,4] and with computed input tensors: input[0] = <3>.\n",
    );
  });

  it("leaves an unknown split dimension unknown and checks it at run time (split_op.cc)", () => {
    expect(run(`import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 4])
print(tf.split(x, 2)[0].shape)
with tf.Session() as s:
    try:
        s.run(tf.split(x, 2, name="s"), {x: [[1, 2, 3, 4]] * 3})
    except tf.errors.InvalidArgumentError as e:
        print(e.message.splitlines()[0])
`)).toBe("(?, 4)\nNumber of ways to split should evenly divide the split dimension, but got split_dim 0 (size = 3) and num_split 2\n");
  });
});

describe("unstack (Unpack)", () => {
  it("infers num from the static shape and names the outputs unstack:i", () => {
    expect(run(`import tensorflow as tf
u = tf.unstack(tf.zeros([3, 4]))
print(len(u), u[0].name, u[2].shape)
v = tf.unstack(tf.zeros([3, 4]), axis=-1, name="cols")
print(len(v), v[3].name, v[3].shape)
with tf.Session() as s:
    print([x.tolist() for x in s.run(tf.unstack(tf.reshape(tf.range(6), [2, 3]), axis=1))])
`)).toBe("3 unstack:0 (4,)\n4 cols:3 (3,)\n[[0, 3], [1, 4], [2, 5]]\n");
  });

  it("raises array_ops.unstack's errors before any op, and the shape function's after", () => {
    expect(run(`import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 4])
for kw in ({"axis": 2}, {}, {"num": 3}):
    try:
        tf.unstack(x if not kw else tf.zeros([5, 4]), **kw)
    except ValueError as e:
        print(e)
print([o.type for o in tf.get_default_graph().get_operations()])
`)).toBe(
      "axis = 2 not in [-2, 2)\nCannot infer num from shape (?, 4)\nDimension must be 3 but is 5 for 'unstack' (op: 'Unpack') with input shapes: [5,4].\n" +
        "['Placeholder', 'Const', 'Const']\n",
    );
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
