// tf.layers Dense on rank > 2 (keras Dense.call → math_ops.tensordot's op names), Flatten and Dropout
// (not training) through Python, as TF 1.15 builds them.
import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

const run = (source: string) => runTf(source, { filename: "prog.py", profile: "1.15" }).stdout;
const opsUnder = (scope: string) =>
  `print([op.name for op in tf.get_default_graph().get_operations() if op.name.startswith("${scope}/") and "kernel" not in op.name and "bias" not in op.name])`;

describe("tf.layers core", () => {
  it("Dense on a fully defined rank-3 input: static Tensordot, values through Session.run", () => {
    const out = run(`import tensorflow as tf
import numpy as np
x = tf.constant(np.arange(24, dtype=np.float32).reshape(2, 3, 4))
y = tf.layers.dense(x, 2, kernel_initializer=tf.ones_initializer(), name="d")
print(y)
${opsUnder("d")}
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(s.run(y)[1].tolist())
`);
    expect(out).toBe(
      'Tensor("d/BiasAdd:0", shape=(2, 3, 2), dtype=float32)\n' +
      "['d/Tensordot/transpose/perm', 'd/Tensordot/transpose', 'd/Tensordot/Reshape/shape', 'd/Tensordot/Reshape', " +
      "'d/Tensordot/transpose_1/perm', 'd/Tensordot/transpose_1', 'd/Tensordot/Reshape_1/shape', 'd/Tensordot/Reshape_1', " +
      "'d/Tensordot/MatMul', 'd/Tensordot/shape', 'd/Tensordot', 'd/BiasAdd']\n" +
      // row sums of x[1] (12..23 by rows of 4) with a kernel of ones
      "[[54.0, 54.0], [70.0, 70.0], [86.0, 86.0]]\n",
    );
  });
  it("Dense on a rank-3 input with an unknown batch: the dynamic Tensordot path", () => {
    const out = run(`import tensorflow as tf
z = tf.layers.dense(tf.placeholder(tf.float32, [None, 3, 4]), 5, name="e")
print(z)
${opsUnder("e")}
`);
    expect(out).toBe(
      'Tensor("e/BiasAdd:0", shape=(?, 3, 5), dtype=float32)\n' +
      "['e/Tensordot/axes', 'e/Tensordot/free', 'e/Tensordot/Shape', 'e/Tensordot/GatherV2/axis', 'e/Tensordot/GatherV2', " +
      "'e/Tensordot/GatherV2_1/axis', 'e/Tensordot/GatherV2_1', 'e/Tensordot/Const', 'e/Tensordot/Prod', 'e/Tensordot/Const_1', " +
      "'e/Tensordot/Prod_1', 'e/Tensordot/concat/axis', 'e/Tensordot/concat', 'e/Tensordot/stack', 'e/Tensordot/transpose', " +
      "'e/Tensordot/Reshape', 'e/Tensordot/transpose_1/perm', 'e/Tensordot/transpose_1', 'e/Tensordot/Reshape_1/shape', " +
      "'e/Tensordot/Reshape_1', 'e/Tensordot/MatMul', 'e/Tensordot/Const_2', 'e/Tensordot/concat_1/axis', 'e/Tensordot/concat_1', " +
      "'e/Tensordot', 'e/BiasAdd']\n",
    );
  });
  it("Flatten keeps the batch dim (a strided slice of the shape when unknown) and moves channels_first", () => {
    const out = run(`import tensorflow as tf
import numpy as np
x = tf.placeholder(tf.float32, (None, 2, 3))
y = tf.layers.flatten(x, name="f")
print(y, [op.name for op in tf.get_default_graph().get_operations() if op.name.startswith("f/")])
a = np.arange(24, dtype=np.float32).reshape(1, 4, 3, 2)
p = tf.placeholder(tf.float32, (1, 2, 4, 3))
q = tf.layers.Flatten(data_format="channels_first")(p)
with tf.Session() as s:
    print(s.run(q, {p: np.transpose(a, [0, 3, 1, 2])}).tolist() == a.reshape(1, 24).tolist())
print(tf.layers.Flatten().compute_output_shape((None, 3, None)))
`);
    expect(out).toBe(
      "Tensor(\"f/Reshape:0\", shape=(?, 6), dtype=float32) ['f/Shape', 'f/strided_slice/stack', 'f/strided_slice/stack_1', " +
      "'f/strided_slice/stack_2', 'f/strided_slice', 'f/Reshape/shape/1', 'f/Reshape/shape', 'f/Reshape']\nTrue\n(?, ?)\n",
    );
  });
  it("Dropout outside training is an Identity; a training tensor builds smart_cond's cond", () => {
    const out = run(`import tensorflow as tf
dp = tf.layers.Dropout(0.5, name="dropout")
print(dp.apply(tf.ones(())).op.name, dp.rate, dp.noise_shape)
print(dp.apply(tf.ones(()), training=tf.placeholder(tf.bool)).op.name)
`);
    // base.py re-enters the layer's original name scope, so the second call's ops share `dropout/`.
    expect(out).toBe("dropout/Identity 0.5 None\ndropout/cond/Merge\n");
  });
  it("Dropout in training: keras's noise shape (Shape slices packed), then nn.dropout_v2's ops", () => {
    const out = run(`import tensorflow as tf
y = tf.layers.Dropout(0.5, noise_shape=[None, 1, None], seed=1).apply(tf.ones((5, 3, 2)), training=True)
print(y.op.name, y.shape)
print([op.name for op in tf.get_default_graph().get_operations() if "strided_slice" not in op.name][1:])
with tf.Session() as s:
    v = s.run(y)
# kept entries are scaled by 1 / (1 - 0.5); the mask is shared along the noise shape's unit axis
print(sorted(set(v.flatten().tolist())) in ([0.0, 2.0], [0.0], [2.0]), bool((v[:, 0, :] == v[:, 2, :]).all()))
`);
    expect(out).toBe(
      "dropout/dropout/mul_1 (5, 3, 2)\n" +
      "['dropout/Shape', 'dropout/packed/1', 'dropout/packed', 'dropout/dropout/rate', 'dropout/dropout/random_uniform/min', " +
      "'dropout/dropout/random_uniform/max', 'dropout/dropout/random_uniform/RandomUniform', 'dropout/dropout/random_uniform/sub', " +
      "'dropout/dropout/random_uniform/mul', 'dropout/dropout/random_uniform', 'dropout/dropout/sub/x', 'dropout/dropout/sub', " +
      "'dropout/dropout/truediv/x', 'dropout/dropout/truediv', 'dropout/dropout/GreaterEqual', 'dropout/dropout/mul', " +
      "'dropout/dropout/Cast', 'dropout/dropout/mul_1']\n" +
      "True True\n",
    );
  });
  it("an activity regularizer's loss is the output's loss over the batch size, under ActivityRegularizer", () => {
    const out = run(`import tensorflow as tf
d = tf.layers.Dense(2, name="my_dense", activity_regularizer=lambda t: tf.reduce_sum(t) * 1e-3)
d(tf.ones((5, 3)))
print([t.name for t in d.losses], d.losses == tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES))
print(d.losses[0].op.inputs[1].op.type, d.losses[0].op.inputs[1].op.inputs[0].op.name)
`);
    expect(out).toBe("['my_dense/ActivityRegularizer/truediv:0'] True\nCast my_dense/ActivityRegularizer/strided_slice\n");
  });
  it("tf.nn.dropout: rate checks and keep_prob's lookup as nn_ops.py words them", () => {
    const out = run(`import tensorflow as tf
x = tf.ones((4, 4))
for kw in [dict(rate=1.5), dict(), dict(keep_prob=0.5, rate=0.5), dict(keep_prob="a")]:
    try:
        tf.nn.dropout(x, **kw)
    except ValueError as e:
        print(e)
print(tf.nn.dropout(x, rate=0.0) is x, tf.nn.dropout(x, keep_prob=0.75).op.name)
`);
    expect(out).toBe(
      "rate must be a scalar tensor or a float in the range [0, 1), got 1.5\n" +
      "You must provide a rate to dropout.\n" +
      "Cannot specify both 'keep_prob' and 'rate'\n" +
      "keep_prob must be a floating point number or Tensor (got 'a')\n" +
      "True dropout_2/mul_1\n",
    );
  });

  // base.py _should_add_regularizer and keras _handle_weight_regularization: one loss per part, none on reuse.
  it("a partitioned weight's regularizer adds a loss per part under <name>/Regularizer, none when reused", () => {
    expect(run(`import tensorflow as tf
from tensorflow.python.layers import base as base_layers
from tensorflow.python.ops import partitioned_variables
for reuse in [False, True]:
    with tf.variable_scope(tf.get_variable_scope(), partitioner=partitioned_variables.fixed_size_partitioner(3), reuse=reuse):
        base_layers.Layer(name="my_layer").add_variable("w", [4, 4], initializer=tf.zeros_initializer(),
                                                      regularizer=lambda x: tf.reduce_sum(x) * 1e-3)
print([t.name for t in tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES)])
`)).toBe("['my_layer/w/Regularizer/mul:0', 'my_layer/w/Regularizer_1/mul:0', 'my_layer/w/Regularizer_2/mul:0']\n");
  });
});
