import { describe, expect, it } from "vitest";
import { runOut as run } from "./run-tf.js";

const OPS = `
def ops():
    for op in tf.get_default_graph().get_operations():
        print(op.name, op.type, [t.name for t in op.inputs], [c.name for c in op.control_inputs])
`;

describe("tf.cond (control_flow_ops.py v1)", () => {
  it("builds Switch, switch_t/switch_f/pred_id, a Switch per outside input and a Merge", () => {
    // cond 1183-1270: `switch(pred, pred)`, the pivots, then each branch; an outside tensor an op reads gets
    // `_SwitchRefOrTensor` in the op's own scope (AddValue), an input-less op a control edge from the pivot.
    const { out, r } = run(`import tensorflow as tf
${OPS}
x = tf.constant(3, name="x")
r = tf.cond(x < 5, lambda: x + 1, lambda: tf.constant(0))
ops()
print(r)
with tf.Session() as s:
    print(s.run(r))
`);
    expect(r.exception).toBeUndefined();
    expect(out).toBe([
      "x Const [] []",
      "Less/y Const [] []",
      "Less Less ['x:0', 'Less/y:0'] []",
      "cond/Switch Switch ['Less:0', 'Less:0'] []",
      "cond/switch_t Identity ['cond/Switch:1'] []",
      "cond/switch_f Identity ['cond/Switch:0'] []",
      "cond/pred_id Identity ['Less:0'] []",
      "cond/add/y Const [] ['cond/switch_t']",
      "cond/add AddV2 ['cond/add/Switch:1', 'cond/add/y:0'] []",
      "cond/add/Switch Switch ['x:0', 'cond/pred_id:0'] []",
      "cond/Const Const [] ['cond/switch_f']",
      "cond/Merge Merge ['cond/Const:0', 'cond/add:0'] []",
      'Tensor("cond/Merge:0", shape=(), dtype=int32)',
      "4",
      "",
    ].join("\n"));
  });

  it("refuses a Python bool predicate and branches of different dtypes as TF does", () => {
    const a = run("import tensorflow as tf\ntf.cond(True, lambda: 1, lambda: 2)\n").r;
    expect(a.exception).toMatchObject({ type: "TypeError", message: "pred must not be a Python bool" });
    const b = run("import tensorflow as tf\ntf.cond(tf.constant(True), lambda: tf.constant(1), lambda: tf.constant(1.0))\n").r;
    expect(b.exception).toMatchObject({ type: "ValueError", message: "Outputs of true_fn and false_fn must have the same type: int32, float32" });
    const c = run("import tensorflow as tf\ntf.cond(tf.constant(True), lambda: None, lambda: 1)\n").r;
    expect(c.exception).toMatchObject({ type: "ValueError", message: "true_fn must have a return value." });
  });

  it("a variable initialized inside a branch from a branch tensor is refused", () => {
    // variables.py 1830-1836: the message quotes the variable's name scope.
    const { r } = run(`import tensorflow as tf
tf.cond(tf.constant(True), lambda: tf.Variable(tf.constant(1.0), name="v").read_value(), lambda: tf.constant(2.0))
`);
    expect(r.exception).toMatchObject({ type: "ValueError", message: expect.stringMatching(/^Initializer for variable cond\/v\/ is from inside a control-flow construct/) });
  });
});

describe("Variable.initialized_value (variables.py 522-544)", () => {
  it("is a cond on IsVariableInitialized; a variable built from it gets the guarded copies named <op>_<scope>", () => {
    // _try_guard_against_uninitialized_dependencies: the path to the variable is copied as `<name>_w`
    // (RefSwitch becomes Switch), the variable replaced by a new initialized_value() in the scope `w/`.
    const { out, r } = run(`import tensorflow as tf
${OPS}
v = tf.Variable([1.0, 2.0], name="v")
iv = v.initialized_value()
w = tf.Variable(iv * 2, name="w")
ops()
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(s.run([v, w, iv]))
`);
    expect(r.exception).toBeUndefined();
    expect(out).toBe([
      "v/initial_value Const [] []",
      "v VariableV2 [] []",
      "v/Assign Assign ['v:0', 'v/initial_value:0'] []",
      "v/read Identity ['v:0'] []",
      "IsVariableInitialized IsVariableInitialized ['v:0'] []",
      "cond/Switch Switch ['IsVariableInitialized:0', 'IsVariableInitialized:0'] []",
      "cond/switch_t Identity ['cond/Switch:1'] []",
      "cond/switch_f Identity ['cond/Switch:0'] []",
      "cond/pred_id Identity ['IsVariableInitialized:0'] []",
      "cond/read Identity ['cond/read/Switch:1'] []",
      "cond/read/Switch RefSwitch ['v:0', 'cond/pred_id:0'] []",
      "cond/Switch_1 Switch ['v/initial_value:0', 'cond/pred_id:0'] []",
      "cond/Merge Merge ['cond/Switch_1:0', 'cond/read:0'] []",
      "mul/y Const [] []",
      "mul Mul ['cond/Merge:0', 'mul/y:0'] []",
      "w VariableV2 [] []",
      "w/IsVariableInitialized IsVariableInitialized ['v:0'] []",
      "w/cond/Switch Switch ['w/IsVariableInitialized:0', 'w/IsVariableInitialized:0'] []",
      "w/cond/switch_t Identity ['w/cond/Switch:1'] []",
      "w/cond/switch_f Identity ['w/cond/Switch:0'] []",
      "w/cond/pred_id Identity ['w/IsVariableInitialized:0'] []",
      "w/cond/read Identity ['w/cond/read/Switch:1'] []",
      "w/cond/read/Switch RefSwitch ['v:0', 'w/cond/pred_id:0'] []",
      "w/cond/Switch_1 Switch ['v/initial_value:0', 'w/cond/pred_id:0'] []",
      "w/cond/Merge Merge ['w/cond/Switch_1:0', 'w/cond/read:0'] []",
      "cond/read/Switch_w Switch ['w/cond/Merge:0', 'cond/pred_id:0'] []",
      "cond/read_w Identity ['cond/read/Switch_w:1'] []",
      "cond/Merge_w Merge ['cond/Switch_1:0', 'cond/read_w:0'] []",
      "mul_w Mul ['cond/Merge_w:0', 'mul/y:0'] []",
      "w/Assign Assign ['w:0', 'mul_w:0'] []",
      "w/read Identity ['w:0'] []",
      "[array([1., 2.], dtype=float32), array([2., 4.], dtype=float32), array([1., 2.], dtype=float32)]",
      "",
    ].join("\n"));
  });

  it("reads the initial value when the variable is not initialized, without failing", () => {
    const { out, r } = run(`import tensorflow as tf
v = tf.Variable([3.0], name="v")
with tf.Session() as s:
    print(s.run(v.initialized_value()))
    s.run(v.assign([7.0]))
    print(s.run(v.initialized_value()))
`);
    expect(r.exception).toBeUndefined();
    expect(out).toBe("[3.]\n[7.]\n");
  });
});
