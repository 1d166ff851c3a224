import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

function run(code: string): { out: string; r: ReturnType<typeof runTf> } {
  let out = "";
  const r = runTf(code, { stdout: (s) => (out += s), stderr: () => {} });
  return { out, r };
}

describe("Variable members from variables.py", () => {
  it("count_up_to returns the old value and stops at the limit with OutOfRangeError", () => {
    // count_up_to_op.cc: "Reached limit of <limit>", raised once the value is >= limit.
    const { out, r } = run(`import tensorflow as tf
v = tf.Variable(1)
c = v.count_up_to(3)
print(c.op.type, c.name, c.shape)
with tf.Session() as s:
    s.run(v.initializer)
    print(s.run(c), s.run(c), s.run(v))
    try:
        s.run(c)
    except tf.errors.OutOfRangeError as e:
        print(e.message.split("\\n")[0])
`);
    expect(r.exception).toBeUndefined();
    expect(out).toBe("CountUpTo CountUpTo:0 ()\n1 2 3\nReached limit of 3\n");
  });

  it("load feeds the initializer; _shared_name drops ':0'; a ref variable's _ref() is the VariableV2 output", () => {
    const { out, r } = run(`import tensorflow as tf
v = tf.Variable([1.0, 2.0], name="w")
print(v._shared_name, v._ref().name, v._ref().dtype.name, v._distribute_strategy)
with tf.Session() as s:
    v.load([5.0, 6.0], s)
    print(s.run(v))
`);
    expect(r.exception).toBeUndefined();
    expect(out).toBe("w w:0 float32_ref None\n[5. 6.]\n");
  });

  it("load without a session and no default session is TF's ValueError", () => {
    const { r } = run("import tensorflow as tf\nv = tf.Variable(1.0)\nv.load(2.0)\n");
    expect(r.exception).toMatchObject({
      type: "ValueError",
      message: "Either session argument should be provided or default session should be established",
    });
  });

  it("keeps synchronization and aggregation; V1 and V2 aggregation members compare and hash equal", () => {
    const { out, r } = run(`import tensorflow as tf
from tensorflow.python.ops import variables
v = tf.Variable(1.0, synchronization=tf.VariableSynchronization.NONE, aggregation=variables.VariableAggregationV2.SUM)
print(v.synchronization, v.aggregation)
print(variables.VariableAggregation.SUM == variables.VariableAggregationV2.SUM, variables.VariableAggregation.ONLY_FIRST_TOWER == variables.VariableAggregationV2.ONLY_FIRST_REPLICA)
print(hash(variables.VariableAggregation.MEAN) == hash(variables.VariableAggregationV2.MEAN), variables.VariableAggregation.SUM == variables.VariableAggregationV2.MEAN)
`);
    expect(r.exception).toBeUndefined();
    expect(out).toBe("VariableSynchronization.NONE VariableAggregation.SUM\nTrue True\nTrue False\n");
  });

  it("a constraint that is not callable is TF's ValueError", () => {
    const { r } = run("import tensorflow as tf\ntf.Variable(lambda: tf.constant(1.0), constraint=0)\n");
    expect(r.exception).toMatchObject({ type: "ValueError", message: "The `constraint` argument must be a callable." });
  });

  it("SaveSliceInfo.spec is '<full shape> <offset>,<size>:...'", () => {
    // variables.py 1329-1334.
    const { out } = run(`import tensorflow as tf
v = tf.Variable([[1.0]])
v._set_save_slice_info(tf.Variable.SaveSliceInfo("big", [10, 43], [2, 0], [1, 43]))
print(v._save_slice_info.spec, v._save_slice_info.full_name)
`);
    expect(out).toBe("10 43 2,1:0,43 big\n");
  });
});
