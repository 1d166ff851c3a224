// tf.where(condition), tf.where(condition, x, y) (a Select op: math_ops.cc's shape function,
// cwise_op_select.cc), tf.boolean_mask and tf.report_uninitialized_variables, built as TF 1.15's
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

describe("tf.where(condition, x, y): a Select op", () => {
  it("names it Select, converts x under its scope, and picks elements, rows or a whole input", () => {
    expect(run(`import tensorflow as tf
w = tf.where(tf.constant([True, False, True]), [1, 2, 3], [10, 20, 30])
print(w.name, w.op.inputs[1].name, w.shape)
m = tf.where([True, False], tf.ones([2, 3]), tf.zeros([2, 3]), name="pick")
s = tf.where(True, tf.ones([2]), tf.zeros([2]))
with tf.Session() as sess:
    print([a.tolist() for a in sess.run([w, m, s])])
`)).toBe("Select:0 Select/t:0 (3,)\n[[1, 20, 3], [[1.0, 1.0, 1.0], [0.0, 0.0, 0.0]], [1.0, 1.0]]\n");
  });

  it("refuses a condition that fits neither rule with Merge's message", () => {
    // A vector condition merges with the first dimension; any other rank merges with the whole shape.
    expect(run(`import tensorflow as tf
for c, shape in (([True, False, True], [2]), ([[True]], [2, 2])):
    try:
        tf.where(c, tf.ones(shape), tf.zeros(shape))
    except ValueError as e:
        print(e)
`)).toBe(
      "Dimension 0 in both shapes must be equal, but are 3 and 2. Shapes are [3] and [2]. for 'Select' (op: 'Select') with input shapes: [3], [2], [2].\n" +
        "Dimension 0 in both shapes must be equal, but are 2 and 1. Shapes are [2,2] and [1,1]. for 'Select_1' (op: 'Select') with input shapes: [1,1], [2,2], [2,2].\n",
    );
  });

  it("checks a fed condition in the kernel", () => {
    expect(run(`import tensorflow as tf
p = tf.placeholder(tf.bool)
with tf.Session() as sess:
    for shape in ([2], [2, 3]):
        try:
            sess.run(tf.where(p, tf.ones(shape), tf.zeros(shape)), {p: [True, False, True]})
        except tf.errors.InvalidArgumentError as e:
            print(e.message.splitlines()[0])
`)).toBe(
      "Inputs to operation Select of type Select must have the same size and shape.  Input 0: [3] != input 1: [2]\n" +
        "Number of batches of 'then' must match size of 'cond', but saw: 2 vs. 3\n",
    );
  });
});
