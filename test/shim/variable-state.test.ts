import { describe, expect, it } from "vitest";
import { runOut as run } from "./run-tf.js";

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

  it("variables.Variable (the V2 class) makes resource variables; tf.Variable is VariableV1", () => {
    // variables.py VariableMetaclass.__call__: Variable -> _variable_v2_call -> ResourceVariable.
    const { out, r } = run(`import tensorflow as tf
from tensorflow.python.ops import variables
v = variables.Variable(0.0)
w = tf.Variable(0.0)
print(type(v).__name__, v.op.type, type(w).__name__, w.dtype.name, tf.Variable is variables.VariableV1, isinstance(v, tf.Variable))
`);
    expect(r.exception).toBeUndefined();
    expect(out).toBe("ResourceVariable VarHandleOp RefVariable float32_ref True True\n");
  });

  it("a resource assign_add returns an _UnreadVariable that reads after the assignment", () => {
    // rv.py _lazy_read / _UnreadVariable: name and op are the AssignAddVariableOp's; its graph element is a
    // ReadVariableOp under control_dependencies([assign op]).
    const { out, r } = run(`import tensorflow as tf
v = tf.Variable(1.0, use_resource=True)
a = v.assign_add(2.0)
print(type(a).__name__, a.name, a.op.type, repr(a))
rd = tf.get_default_graph().get_operation_by_name("ReadVariableOp")
print([c.name for c in rd.control_inputs], [t.name for t in a.op.inputs])
b = v.assign(5.0, read_value=False)
print(b.type, b.name)
with tf.Session() as s:
    s.run(v.initializer)
    print(s.run(a), s.run(a), s.run(v))
    print(s.run(b), s.run(v))
    v.count_up_to(6)
`);
    // ResourceCountUpTo's T is {int32, int64}: op_def_library refuses float32.
    expect(r.exception).toMatchObject({ type: "TypeError", message: "Value passed to parameter 'T' has DataType float32 not in list of allowed values: int32, int64" });
    expect(out).toBe([
      "_UnreadVariable AssignAddVariableOp AssignAddVariableOp <tf.Variable 'AssignAddVariableOp' shape=() dtype=float32>",
      "['AssignAddVariableOp'] ['Variable:0', 'Const:0']",
      "AssignVariableOp AssignVariableOp",
      "3.0 5.0 5.0",
      "None 5.0",
      "",
    ].join("\n"));
  });
});
