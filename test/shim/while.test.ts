import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";
import { runOut as run } from "./run-tf.js";

const OPS = `
def ops(prefix=""):
    for op in tf.get_default_graph().get_operations():
        if op.name.startswith(prefix):
            print(op.name, op.type, [t.name for t in op.inputs], [c.name for c in op.control_inputs])
`;

describe("tf.while_loop: the graph (control_flow_ops.py 1.15 _BuildLoop)", () => {
  it("builds Enter, Merge, LoopCond, Switch, Identity, NextIteration and Exit in the while scope", () => {
    // _BuildLoop 2097-2220: enters under control_dependencies(None), merge([x, x]) whose input 1 becomes the
    // NextIteration, the predicate on the Merge outputs, switches on LoopCond, the body on the Identities;
    // constants get the pivot (Merge for the predicate, Identity for the body) as control input.
    const { out, r } = run(`import tensorflow as tf
${OPS}
i = tf.constant(0)
c = lambda i: tf.less(i, 10)
b = lambda i: tf.add(i, 1)
r = tf.while_loop(c, b, [i])
ops()
print(r)
print(r.op.inputs[0].op.inputs[0].op.inputs[0].op.get_attr("frame_name"), tf.get_default_graph().get_operation_by_name("while/Enter").get_attr("is_constant"))
with tf.Session() as s:
    print(s.run(r))
`);
    expect(r.exception).toBeUndefined();
    expect(out).toBe([
      "Const Const [] []",
      "while/Enter Enter ['Const:0'] []",
      "while/Merge Merge ['while/Enter:0', 'while/NextIteration:0'] []",
      "while/Less/y Const [] ['while/Merge']",
      "while/Less Less ['while/Merge:0', 'while/Less/y:0'] []",
      "while/LoopCond LoopCond ['while/Less:0'] []",
      "while/Switch Switch ['while/Merge:0', 'while/LoopCond:0'] []",
      "while/Identity Identity ['while/Switch:1'] []",
      "while/Add/y Const [] ['while/Identity']",
      "while/Add Add ['while/Identity:0', 'while/Add/y:0'] []",
      "while/NextIteration NextIteration ['while/Add:0'] []",
      "while/Exit Exit ['while/Switch:0'] []",
      'Tensor("while/Exit:0", shape=(), dtype=int32)',
      "b'while/while_context' False",
      "10",
      "",
    ].join("\n"));
  });

  it("reads an outside tensor through a constant Enter in the reading op's scope", () => {
    // WhileContext.AddValue 1637-1691: `_Enter(..., is_constant=True)` made while the op is created (in its
    // name scope); _MaybeAddControlDependency gives an op reading only loop invariants the pivot.
    const { out, r } = run(`import tensorflow as tf
${OPS}
x = tf.constant(2.0, name="x")
n = tf.constant(5, name="n")
k, acc = tf.while_loop(lambda k, acc: k < n, lambda k, acc: (k + 1, acc * x), (0, tf.constant(1.0)))
ops("while/Less")
ops("while/mul")
y = tf.while_loop(lambda v: v < 10.0, lambda v: v + x * x, [x])
ops("while_1/mul")
print(tf.get_default_graph().get_operation_by_name("while/Less/Enter").get_attr("is_constant"))
with tf.Session() as s:
    print(s.run([k, acc]), s.run(y))
`);
    expect(r.exception).toBeUndefined();
    expect(out).toBe([
      "while/Less Less ['while/Merge:0', 'while/Less/Enter:0'] []",
      "while/Less/Enter Enter ['n:0'] []",
      "while/mul Mul ['while/Identity_1:0', 'while/mul/Enter:0'] []",
      "while/mul/Enter Enter ['x:0'] []",
      "while_1/mul Mul ['while_1/mul/Enter:0', 'while_1/mul/Enter:0'] ['while_1/Identity']",
      "while_1/mul/Enter Enter ['x:0'] []",
      "True",
      "[5, 32.0] 10.0",
      "",
    ].join("\n"));
  });

  it("keeps the loop variables' structure: namedtuples, the single-tensor unpacking, return_same_structure", () => {
    // BuildLoop 2247-2262: the exits packed like the body's result; one exit unpacked unless return_same_structure.
    const { out, r } = run(`import tensorflow as tf
import collections
Pair = collections.namedtuple('Pair', 'j, k')
ijk_0 = (tf.constant(0), Pair(tf.constant(1), tf.constant(2)))
c = lambda i, p: i < 10
b = lambda i, p: (i + 1, Pair((p.j + p.k), (p.j - p.k)))
ijk_final = tf.while_loop(c, b, ijk_0)
print(ijk_final)
print(tf.while_loop(lambda i: i < 3, lambda i: [i + 1], [0], return_same_structure=True))
print(tf.while_loop(lambda i: i < 3, lambda i: (i + 1,), [0]))
with tf.Session() as s:
    i, p = s.run(ijk_final)
    print(i, p.j, p.k)
`);
    expect(r.exception).toBeUndefined();
    expect(out).toBe([
      "(<tf.Tensor 'while/Exit:0' shape=() dtype=int32>, Pair(j=<tf.Tensor 'while/Exit_1:0' shape=() dtype=int32>, k=<tf.Tensor 'while/Exit_2:0' shape=() dtype=int32>))",
      "[<tf.Tensor 'while_1/Exit:0' shape=() dtype=int32>]",
      'Tensor("while_2/Exit:0", shape=(), dtype=int32)',
      "10 32 64",
      "",
    ].join("\n"));
  });

  it("maximum_iterations ANDs a counter into the predicate and returns the loop variables", () => {
    // while_loop 2690-2706: `iteration_counter`, `i < maximum_iterations` and logical_and; result[1].
    const { out, r } = run(`import tensorflow as tf
${OPS}
r = tf.while_loop(lambda x: x < 100, lambda x: x * 2, [tf.constant(1)], maximum_iterations=3)
print(r)
ops("while/maximum")
ops("while/iteration")
ops("while/Less")
ops("while/LogicalAnd")
a, b = tf.while_loop(lambda x, y: x < 100, lambda x, y: (x * 2, y + 1), (1, 0), maximum_iterations=tf.constant(4, tf.int64))
with tf.Session() as s:
    print(s.run(r), s.run([a, b]))
`);
    expect(r.exception).toBeUndefined();
    expect(out).toBe([
      'Tensor("while/Exit_1:0", shape=(), dtype=int32)',
      "while/maximum_iterations Const [] []",
      "while/iteration_counter Const [] []",
      "while/Less Less ['while/Merge:0', 'while/Less/Enter:0'] []",
      "while/Less/Enter Enter ['while/maximum_iterations:0'] []",
      "while/Less_1/y Const [] ['while/Merge']",
      "while/Less_1 Less ['while/Merge_1:0', 'while/Less_1/y:0'] []",
      "while/LogicalAnd LogicalAnd ['while/Less:0', 'while/Less_1:0'] []",
      "8 [16, 4]",
      "",
    ].join("\n"));
  });

  it("shape invariants: TF's ValueErrors, and a less specific shape through the loop", () => {
    // _EnforceShapeInvariant (cf.py 562-588) and _SetShapeInvariants (530-559).
    const { out, r } = run(`import tensorflow as tf
i0 = tf.constant(0)
m0 = tf.ones([2, 2])
c = lambda i, m: i < 3
b = lambda i, m: [i + 1, tf.concat([m, m], axis=0)]
try:
    tf.while_loop(c, b, loop_vars=[i0, m0])
except ValueError as e:
    print(e)
try:
    tf.while_loop(c, b, loop_vars=[i0, m0], shape_invariants=[i0.get_shape(), tf.TensorShape([3, 2])])
except ValueError as e:
    print(e)
r = tf.while_loop(c, b, loop_vars=[i0, m0], shape_invariants=[i0.get_shape(), tf.TensorShape([None, 2])])
print(r[1])
with tf.Session() as s:
    print(s.run(r[1]).shape)
`);
    expect(r.exception).toBeUndefined();
    expect(out).toBe([
      "Input tensor 'ones:0' enters the loop with shape (2, 2), but has shape (4, 2) after one iteration. To allow the shape to vary across iterations, use the `shape_invariants` argument of tf.while_loop to specify a less-specific shape.",
      "The shape invariant specified for ones:0 is not compatible with the initial shape of the loop variable. It enters the loop with shape (2, 2), but the specified shape invariant is (3, 2).",
      'Tensor("while_2/Exit_1:0", shape=(?, 2), dtype=float32)',
      "(16, 2)",
      "",
    ].join("\n"));
  });

  it("raises TF's errors for bad arguments and bodies", () => {
    const msg = (code: string) => {
      const { r } = run(`import tensorflow as tf\n${code}\n`);
      return r.exception;
    };
    expect(msg("tf.while_loop(1, lambda i: i, [0])")).toMatchObject({ type: "TypeError", message: "cond must be callable." });
    expect(msg("tf.while_loop(lambda i: i < 1, 2, [0])")).toMatchObject({ type: "TypeError", message: "body must be callable." });
    expect(msg("tf.while_loop(lambda i: i < 1, lambda i: i, [0], parallel_iterations=0)"))
      .toMatchObject({ type: "TypeError", message: "parallel_iterations must be a positive integer." });
    expect(msg("tf.while_loop(lambda i: i < 1, lambda i: i, [])")).toMatchObject({ type: "ValueError", message: "No loop variables provided" });
    expect(msg("tf.while_loop(lambda i: i, lambda i: i, [0])"))
      .toMatchObject({ type: "TypeError", message: "Input 'input' of 'LoopCond' Op has type int32 that does not match expected type of bool." });
    expect(msg("tf.while_loop(lambda i: i < [1, 2], lambda i: i, [0])"))
      .toMatchObject({ type: "ValueError", message: "Shape must be rank 0 but is rank 1 for 'while/LoopCond' (op: 'LoopCond') with input shapes: [2]." });
    // util.cc 1000-1010 and 826-834: nest.assert_same_structure(list(packed_vars_for_body), list(body_result)).
    expect(msg("tf.while_loop(lambda i: i < 1, lambda i: (i, i), [tf.constant(0, name='z')])")).toMatchObject({
      type: "ValueError",
      message: "The two structures don't have the same nested structure.\n\n" +
        "First structure: type=list str=[<tf.Tensor 'while/Identity:0' shape=() dtype=int32>]\n\n" +
        "Second structure: type=list str=[<tf.Tensor 'while/Identity:0' shape=() dtype=int32>, <tf.Tensor 'while/Identity:0' shape=() dtype=int32>]\n\n" +
        "More specifically: The two structures don't have the same number of elements. " +
        "First structure: type=list str=[<tf.Tensor 'while/Identity:0' shape=() dtype=int32>]. " +
        "Second structure: type=list str=[<tf.Tensor 'while/Identity:0' shape=() dtype=int32>, <tf.Tensor 'while/Identity:0' shape=() dtype=int32>]",
    });
    expect(msg("tf.while_loop(lambda i: i < 1, lambda i: i, [0], maximum_iterations=[1, 2])"))
      .toMatchObject({ type: "ValueError", message: "maximum_iterations must be a scalar, saw shape: (2,)" });
  });
});

describe("tf.while_loop: contexts (control_flow_util.py CheckInputFromValidContext, session.py)", () => {
  // control_flow_ops_py_test.py ControlFlowContextCheckTest 4571-4695: the same graphs and messages.
  const PRELUDE = `import tensorflow as tf
def getWhileTensor():
    tensor = []
    def body(i):
        if not tensor:
            tensor.append(tf.constant(1))
        return i + tensor[0]
    tf.while_loop(lambda i: i < 10, body, [0])
    return tensor[0]
def getCondTensor():
    cond_tensor = []
    def true_fn():
        if not cond_tensor:
            cond_tensor.append(tf.constant(1))
        return cond_tensor[0]
    tf.cond(tf.less(1, 2), true_fn, lambda: tf.constant(0))
    return cond_tensor[0]
`;
  const err = (code: string) => run(PRELUDE + code).r.exception;

  it("refuses a loop tensor read outside its loop, as ControlFlowContextCheckTest expects", () => {
    expect(err("tf.add(1, getWhileTensor())")).toMatchObject({
      type: "ValueError", message: "Cannot use 'while/Const_1' as input to 'Add' because 'while/Const_1' is in a while loop. See info log for more details.",
    });
    expect(err("w = getWhileTensor()\ntf.cond(tf.less(1, 2), lambda: tf.add(1, w), lambda: tf.constant(0))")).toMatchObject({
      type: "ValueError", message: "Cannot use 'while/Const_1' as input to 'cond/Add' because 'while/Const_1' is in a while loop. See info log for more details.",
    });
    expect(err("w = getWhileTensor()\ntf.while_loop(lambda i: i < 10, lambda x: tf.add(1, w), [0])")).toMatchObject({
      type: "ValueError", message: "Cannot use 'while/Const_1' as input to 'while_1/Add' because they are in different while loops. See info log for more details.",
    });
    expect(err("w = getWhileTensor()\ntf.while_loop(lambda i: i < 10, lambda i: w, [0])")).toMatchObject({
      type: "ValueError", message: "Cannot use 'while/Const_1' as input to 'while_1/NextIteration' because they are in different while loops. See info log for more details.",
    });
    expect(err(`def true_fn():
    w = getWhileTensor()
    return tf.while_loop(lambda i: i < 3, lambda i: i + w, [0])
tf.cond(tf.less(1, 2), true_fn, lambda: tf.constant(0))`)).toMatchObject({
      type: "ValueError", message: "Cannot use 'cond/while/Const_1' as input to 'cond/while_1/add' because they are in different while loops. See info log for more details.",
    });
    expect(err("tf.add(1, getCondTensor())")).toBeUndefined();
  });

  it("runs nested loops, a loop in a cond in a loop, and a loop in an untaken branch", () => {
    const { out, r } = run(`${PRELUDE}
def body(i, s):
    c = tf.constant(1)
    return i + 1, s + tf.while_loop(lambda j: j < i, lambda j: j + c, [0])
print(tf.Session().run(tf.while_loop(lambda i, s: i < 5, body, [0, 0])))
def body2(i):
    ct = getCondTensor()
    return tf.cond(tf.less(1, 2), lambda: tf.while_loop(lambda j: j < i + 3, lambda j: j + ct, [i]), lambda: tf.constant(0))
print(tf.Session().run(tf.while_loop(lambda i: i < 5, body2, [0])))
p = tf.placeholder(tf.bool, [])
r3 = tf.cond(p, lambda: tf.while_loop(lambda i: i < 3, lambda i: i + 1, [tf.constant(0)]), lambda: tf.constant(-1))
with tf.Session() as s:
    print(s.run(r3, {p: True}), s.run(r3, {p: False}))
print(tf.get_default_graph().get_operation_by_name("while_1/cond_1/Merge").inputs[1].name)
`);
    expect(r.exception).toBeUndefined();
    // 0+1+2+3+4; then 0 → 3 → 6 (each inner loop counts from i while j < i + 3).
    expect(out).toBe("(5, 10)\n6\n3 -1\nwhile_1/cond_1/while/Exit:0\n");
  });

  it("a body's ops cannot be fetched or fed; ops in a cond branch cannot be fetched", () => {
    // session.py 498 `_assert_fetchable` (InaccessibleTensorError, errors_impl.py 49, a ValueError) and
    // 1157; WhileContext._AddOpInternal 1757 and CondContext._AddOpInternal 1025 prevent them.
    const { out, r } = run(`import tensorflow as tf
inner = []
def body(i):
    j = i + 1
    inner.append(j)
    return j
r = tf.while_loop(lambda i: i < 3, body, [tf.constant(0)])
sess = tf.Session()
try:
    sess.run(inner[0])
except ValueError as e:
    print(type(e).__name__, e)
try:
    sess.run(r, {inner[0]: 3})
except ValueError as e:
    print(e)
p = tf.placeholder(tf.bool)
c = tf.cond(p, lambda: tf.constant(1) + 1, lambda: tf.constant(2))
try:
    sess.run(c.op.inputs[1], {p: True})
except ValueError as e:
    print(type(e).__module__, e)
print(sess.run(r))
`);
    expect(r.exception).toBeUndefined();
    expect(out).toBe([
      "InaccessibleTensorError Operation 'while/add' has been marked as not fetchable. Typically this happens when it is defined in another function or code block. Use return values,explicit Python locals or TensorFlow collections to access it.",
      'Tensor Tensor("while/add:0", shape=(), dtype=int32) may not be fed.',
      "tensorflow.python.framework.errors_impl Operation 'cond/add' has been marked as not fetchable. Typically this happens when it is defined in another function or code block. Use return values,explicit Python locals or TensorFlow collections to access it.",
      "3",
      "",
    ].join("\n"));
  });

  it("runs stateful ops once per iteration and reads variables through RefEnter", () => {
    const { out, r } = run(`import tensorflow as tf
${OPS}
v = tf.Variable(0, name="v")
def body(i):
    with tf.control_dependencies([tf.assign_add(v, i)]):
        return i + 1
r = tf.while_loop(lambda i: i < 4, body, [tf.constant(0)])
ops("while/AssignAdd")
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(s.run(r), s.run(v))
    print(s.run(r), s.run(v))
`);
    expect(r.exception).toBeUndefined();
    expect(out).toBe([
      "while/AssignAdd AssignAdd ['while/AssignAdd/RefEnter:0', 'while/Identity:0'] []",
      "while/AssignAdd/RefEnter RefEnter ['v:0'] []",
      "4 6",
      "4 12",
      "",
    ].join("\n"));
  });

  it("refuses gradients through the loop by name", () => {
    const { r } = run(`import tensorflow as tf
x = tf.constant(2.0)
r = tf.while_loop(lambda i, y: i < 3, lambda i, y: (i + 1, y * x), [0, tf.constant(1.0)])
tf.gradients(r[1], x)
`);
    expect(r.unsupported?.feature).toMatch(/tf\.while_loop/);
  });
});

describe("tf.while_loop under eager execution and other profiles", () => {
  it("runs the body as a Python loop under tf.enable_eager_execution() (cf.py 2710-2740)", () => {
    const { out, r } = run(`import tensorflow as tf
tf.enable_eager_execution()
print(tf.while_loop(lambda i: i < 10, lambda i: i + 1, [tf.constant(0)]))
i, s = tf.while_loop(lambda i, s: i < 4, lambda i, s: (i + 1, s + i), [0, 0])
print(i.numpy(), s.numpy())
print(tf.while_loop(lambda i: i < 10, lambda i: i * 2, [1], maximum_iterations=2).numpy())
print(type(tf.while_loop(lambda i: i < 10, lambda i: [i + 1], [0])).__name__)
`);
    expect(r.exception).toBeUndefined();
    expect(out).toBe("tf.Tensor(10, shape=(), dtype=int32)\n4 6\n4\nlist\n");
  });

  it("is refused under the TF 2 profile, whose while_loop is not 1.15's", () => {
    const r = runTf("import tensorflow as tf\ntf.while_loop(lambda i: i < 3, lambda i: i + 1, [0])\n", { profile: "2", stdout: () => {}, stderr: () => {} });
    expect(r.unsupported?.feature).toBe("tf.while_loop under the TF 2 profile");
  });
});

describe("tf.while_loop: TF's own tests (control_flow_ops_py_test.py ControlFlowTest)", () => {
  it("a RefVariable's snapshot read in the loop sees its in-place assignments (testWhileCondWithControl_1, 2382)", () => {
    // assign_op.h copies into the variable's buffer, which the snapshot `v/read` (an Identity of the
    // ref) shares: each iteration squares the current value, 2 → 65536.
    const { out, r } = run(`import tensorflow as tf
v = tf.get_variable("v", [], initializer=tf.constant_initializer(2))
i0 = tf.constant(0)
with tf.control_dependencies([i0]):
    def loop_body(i):
        some_cond = tf.cond(tf.constant(True), lambda: tf.assign(v, tf.square(v)), lambda: v)
        with tf.control_dependencies([some_cond]):
            return i + 1
r = tf.while_loop(lambda i: i < 4, loop_body, (i0,))
w = tf.Variable(1.0)
def body(i):
    with tf.control_dependencies([tf.assign(w, w * 3.0)]):
        return i + 1
r2 = tf.while_loop(lambda i: i < 3, body, [0])
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(s.run(r), s.run(v))
    print(s.run(r2), s.run(w))
`);
    expect(r.exception).toBeUndefined();
    expect(out).toBe("4 65536.0\n3 27.0\n");
  });

  it("a control dependency on a fed placeholder is met by the feed (testWhileWithControl_3, 2332; subgraph.cc 95)", () => {
    const { out, r } = run(`import tensorflow as tf
b = tf.placeholder(tf.bool)
c = tf.constant(1)
x0 = tf.constant(0)
with tf.control_dependencies([b]):
    r = tf.while_loop(lambda x: x < 10, lambda x: x + c, [x0])
print(tf.get_default_graph().get_operation_by_name("while/Enter").control_inputs[0].name)
def body(x):
    with tf.control_dependencies([b]):
        return x + c
r2 = tf.while_loop(lambda x: x < 10, body, [x0])
with tf.Session() as s:
    print(s.run(r, {b: True}), s.run(r2, {b: True}))
g = tf.get_default_graph()
print(g.is_fetchable(r), g.is_fetchable(g.get_operation_by_name("while/Identity")), g.is_feedable(g.get_tensor_by_name("while/Enter:0")))
`);
    expect(r.exception).toBeUndefined();
    expect(out).toBe("Placeholder\n10 10\nTrue False False\n");
  });
});
