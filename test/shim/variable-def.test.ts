/**
 * Variable.to_proto / from_proto / Variable(variable_def=..., import_scope=...): the VariableDef fields
 * variables.py (RefVariable.to_proto, _init_from_proto) and resource_variable_ops.py write and read, in
 * protobuf's text format (fields in number order: variable_name 1, initializer_name 2, snapshot_name 3,
 * is_resource 5, initial_value_name 6, trainable 7, synchronization 8, aggregation 9).
 */
import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

function run(source: string) {
  const r = runTf(source, { filename: "prog.py", profile: "1.15" });
  return { stdout: r.stdout, last: r.stderr.trimEnd().split("\n").pop() ?? "", unsupported: r.unsupported };
}

describe("VariableDef", () => {
  it("a RefVariable's proto names its VariableV2, Assign, read snapshot and initial value", () => {
    const r = run(`import tensorflow as tf
v = tf.Variable(1.0, name="v")
print(v.to_proto())
print(v.to_proto(export_scope="other"))
with tf.name_scope("s"):
    w = tf.Variable(2.0, name="w", trainable=False)
print(w.to_proto(export_scope="s"))
`);
    expect(r.stdout).toBe(`variable_name: "v:0"
initializer_name: "v/Assign"
snapshot_name: "v/read:0"
initial_value_name: "v/initial_value:0"
trainable: true

None
variable_name: "w:0"
initializer_name: "w/Assign"
snapshot_name: "w/read:0"
initial_value_name: "w/initial_value:0"

`);
  });

  it("a resource variable's proto is_resource, its snapshot the Read/ReadVariableOp, its aggregation by enum name", () => {
    const r = run(`import tensorflow as tf
r = tf.get_variable("r", [2], use_resource=True, aggregation=tf.VariableAggregation.SUM,
                    synchronization=tf.VariableSynchronization.ON_WRITE)
d = r.to_proto()
print(d)
print(d.is_resource, d.aggregation, d.HasField("save_slice_info_def"))
`);
    expect(r.stdout).toBe(`variable_name: "r:0"
initializer_name: "r/Assign"
snapshot_name: "r/Read/ReadVariableOp:0"
is_resource: true
initial_value_name: "r/Initializer/random_uniform:0"
trainable: true
synchronization: VARIABLE_SYNCHRONIZATION_ON_WRITE
aggregation: VARIABLE_AGGREGATION_SUM

True 1 False
`);
  });

  it("Variable(variable_def=...) rebuilds the variable over the same ops, creating none", () => {
    const r = run(`import tensorflow as tf
from tensorflow.python.ops import resource_variable_ops
v = tf.Variable(3.0, name="v", aggregation=tf.VariableAggregation.MEAN)
g = tf.get_default_graph()
n = len(g.get_operations())
v2 = tf.Variable(variable_def=v.to_proto())
print(v2.name, v2.op is v.op, v2.initializer is v.initializer, len(g.get_operations()) == n)
print(repr(v2.aggregation), v2.trainable, v2 in tf.global_variables())
r = resource_variable_ops.ResourceVariable(1.0, name="r")
r2 = resource_variable_ops.ResourceVariable.from_proto(r.to_proto())
print(type(r2).__name__, r2.handle is r.handle, r2.value().name)
with tf.Session() as sess:
    sess.run(r.initializer)
    print(sess.run(r2.initialized_value()))
`);
    // VariableAggregationV2(2): _init_from_proto validates the proto's int (variables.py 158); the
    // restored variable joins no collection (only _init_from_args adds it).
    expect(r.stdout).toBe(`v:0 True True True
<VariableAggregationV2.MEAN: 2> True False
ResourceVariable True ReadVariableOp:0
1.0
`);
  });

  it("checks what TF checks", () => {
    const both = run(`import tensorflow as tf
v = tf.Variable(1.0)
tf.Variable(2.0, variable_def=v.to_proto())
`);
    expect(both.last).toBe("ValueError: variable_def and initial_value are mutually exclusive.");
    const notResource = run(`import tensorflow as tf
from tensorflow.python.ops import resource_variable_ops
v = tf.Variable(1.0)
resource_variable_ops.ResourceVariable(variable_def=v.to_proto())
`);
    expect(notResource.last).toBe("ValueError: Trying to restore Variable as ResourceVariable.");
    // A legacy proto (no initial_value_name): initialized_value's cond has no false branch value.
    const legacy = run(`import tensorflow as tf
d = tf.Variable(1.0).to_proto()
d.ClearField("initial_value_name")
v = tf.Variable(variable_def=d)
print(v.initial_value, v.to_proto() == d)
v.initialized_value()
`);
    expect(legacy.stdout).toBe("None True\n");
    expect(legacy.last).toBe("ValueError: false_fn must have a return value.");
  });

  it("import_scope prefixes every name it looks up", () => {
    const r = run(`import tensorflow as tf
with tf.name_scope("imp"):
    v = tf.Variable(1.0, name="v")
d = v.to_proto(export_scope="imp")
print(d.variable_name)
print(tf.Variable(variable_def=d, import_scope="imp").name)
`);
    expect(r.stdout).toBe("v:0\nimp/v:0\n");
  });
});
