import { describe, expect, it } from "vitest";
import { runOut as run } from "./run-tf.js";

describe("partitioned variables (partitioned_variables.py, variable_scope.py, variables.py)", () => {
  it("partitioners compute TF's shard counts", () => {
    // partitioned_variables_test.py: (4, 8, 16, 32) float32 with 32768 bytes per shard on axis 2 -> 2 shards;
    // [2048, 1024] with a 256K minimum slice -> 32 shards; fixed_size_partitioner(5) on 10 rows -> 5.
    const { out, r } = run(`import tensorflow as tf
from tensorflow.python.ops import partitioned_variables as pv
print(pv.variable_axis_size_partitioner(32768, axis=2)(tf.TensorShape([4, 8, 16, 32]), tf.float32))
print(pv.min_max_variable_partitioner(max_partitions=100, axis=0)(tf.TensorShape([2048, 1024]), tf.float32))
print(pv.fixed_size_partitioner(5)(shape=tf.TensorShape([10, 10])))
`);
    expect(r.exception).toBeUndefined();
    expect(out).toBe("[1, 1, 2, 1]\n[32, 1]\n[5, 1]\n");
  });

  it("create_partitioned_variables slices a tensor initializer per shard, with save specs and names", () => {
    // partitioned_variables_test.py testConstantInit / testName: specs "2 4 0,2:0,2", "2 4 0,2:2,2".
    const { out, r } = run(`import tensorflow as tf
from tensorflow.python.ops import partitioned_variables as pv
c = tf.constant([[1, 2, 3, 4], [5, 6, 7, 8]])
with tf.variable_scope("hi"):
    vs = pv.create_partitioned_variables([2, 4], [1, 2], c)
print([v.name for v in vs], [v._save_slice_info.spec for v in vs], vs[0].dtype.name)
print([op.name for op in tf.get_default_graph().get_operations() if "Slice" in op.name][:3])
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(s.run(tf.concat(vs, 1)))
`);
    expect(r.exception).toBeUndefined();
    expect(out).toBe([
      "['hi/PartitionedVariable/part_0:0', 'hi/PartitionedVariable/part_1:0'] ['2 4 0,2:0,2', '2 4 0,2:2,2'] int32_ref",
      "['hi/PartitionedVariable/part_0/PartitionedInitializer/Slice/begin', 'hi/PartitionedVariable/part_0/PartitionedInitializer/Slice/size', 'hi/PartitionedVariable/part_0/PartitionedInitializer/Slice']",
      "[[1 2 3 4]\n [5 6 7 8]]",
      "",
    ].join("\n"));
  });

  it("more slices than rows fail in _PartitionInfo as TF's ValueError", () => {
    const { r } = run(`import tensorflow as tf
from tensorflow.python.ops import partitioned_variables as pv
pv.create_partitioned_variables([10, 4], [11, 1], tf.zeros([10, 4]))
`);
    expect(r.exception).toMatchObject({
      type: "ValueError",
      message: "Expected 0 <= offset < shape but found offset=10, shape=10 for var_offset=[10, 0], full_shape=[10, 4]",
    });
  });

  it("as_tensor concatenates the shards outside control dependencies; PartitionedVariable(...) sorts by offset", () => {
    const { out, r } = run(`import tensorflow as tf
from tensorflow.python.ops import variables
v0 = tf.Variable([0]); v1 = tf.Variable([1])
v0._set_save_slice_info(variables.Variable.SaveSliceInfo(v0.name, [2], [0], [1]))
v1._set_save_slice_info(variables.Variable.SaveSliceInfo(v0.name, [2], [1], [1]))
p = variables.PartitionedVariable(name="two", shape=[2], dtype=v0.dtype, variable_list=[v1, v0], partitions=[2])
c = tf.constant(1.0)
with tf.control_dependencies([c]):
    t = p.as_tensor()
print(list(p) == [v0, v1], len(p), p.get_shape(), t.name, t.op.inputs[0].name, t.op.control_inputs)
`);
    expect(r.exception).toBeUndefined();
    expect(out).toBe("True 2 [2] two:0 two/ConcatPartitions/concat:0 []\n");
  });
});
