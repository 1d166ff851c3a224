import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";
import { runOut as run } from "./run-tf.js";

const OPS = `
def ops(prefix=""):
    for op in tf.get_default_graph().get_operations():
        if op.name.startswith(prefix):
            print(op.name, op.type, [t.name for t in op.inputs], [c.name for c in op.control_inputs])
`;

describe("tf.nn.moments and tf.nn.batch_normalization (nn_impl.py 1172-1234, 1375-1434)", () => {
  it("builds mean, StopGradient, SquaredDifference, variance and the Squeezes under `moments`", () => {
    const { out, r } = run(`import tensorflow as tf
${OPS}
x = tf.constant([[1., 2., 3.], [4., 6., 9.]], name="x")
m, v = tf.nn.moments(x, [0])
ops("moments")
m2, v2 = tf.nn.moments(x, [0, 1], keep_dims=True, name="mm")
print(m2, v2)
with tf.Session() as s:
    print(s.run([m, v]))
`);
    expect(r.exception).toBeUndefined();
    expect(out).toBe([
      "moments/mean/reduction_indices Const [] []",
      "moments/mean Mean ['x:0', 'moments/mean/reduction_indices:0'] []",
      "moments/StopGradient StopGradient ['moments/mean:0'] []",
      "moments/SquaredDifference SquaredDifference ['x:0', 'moments/StopGradient:0'] []",
      "moments/variance/reduction_indices Const [] []",
      "moments/variance Mean ['moments/SquaredDifference:0', 'moments/variance/reduction_indices:0'] []",
      "moments/Squeeze Squeeze ['moments/mean:0'] []",
      "moments/Squeeze_1 Squeeze ['moments/variance:0'] []",
      'Tensor("mm/mean:0", shape=(1, 1), dtype=float32) Tensor("mm/variance:0", shape=(1, 1), dtype=float32)',
      "[array([2.5, 4. , 6. ], dtype=float32), array([2.25, 4.  , 9.  ], dtype=float32)]",
      "",
    ].join("\n"));
  });

  it("refuses keep_dims together with keepdims as deprecated_argument_lookup does", () => {
    const { out } = run(`import tensorflow as tf
try:
    tf.nn.moments(tf.constant([1., 2.]), [0], keep_dims=True, keepdims=True)
except ValueError as e:
    print(e)
`);
    expect(out).toBe("Cannot specify both 'keep_dims' and 'keepdims'\n");
  });

  it("writes batchnorm as add, Rsqrt, mul, mul_1, mul_2, sub, add_1", () => {
    const { out, r } = run(`import tensorflow as tf
import numpy as np
${OPS}
x = tf.constant([[1., 2.], [3., 6.]], name="x")
m = tf.constant([2., 4.], name="m"); v = tf.constant([1., 4.], name="v")
y = tf.nn.batch_normalization(x, m, v, tf.constant([0., 1.], name="b"), tf.constant([1., 2.], name="g"), 1e-3)
ops("batchnorm")
z = tf.nn.batch_normalization(x, m, v, None, None, 0.5, name="bn")
ops("bn/")
with tf.Session() as s:
    print(np.round(s.run(z), 5))
`);
    expect(r.exception).toBeUndefined();
    expect(out).toBe([
      "batchnorm/add/y Const [] []",
      "batchnorm/add AddV2 ['v:0', 'batchnorm/add/y:0'] []",
      "batchnorm/Rsqrt Rsqrt ['batchnorm/add:0'] []",
      "batchnorm/mul Mul ['batchnorm/Rsqrt:0', 'g:0'] []",
      "batchnorm/mul_1 Mul ['x:0', 'batchnorm/mul:0'] []",
      "batchnorm/mul_2 Mul ['m:0', 'batchnorm/mul:0'] []",
      "batchnorm/sub Sub ['b:0', 'batchnorm/mul_2:0'] []",
      "batchnorm/add_1 AddV2 ['batchnorm/mul_1:0', 'batchnorm/sub:0'] []",
      // offset None: `-mean * inv` is Neg then mul.
      "bn/add/y Const [] []",
      "bn/add AddV2 ['v:0', 'bn/add/y:0'] []",
      "bn/Rsqrt Rsqrt ['bn/add:0'] []",
      "bn/mul Mul ['x:0', 'bn/Rsqrt:0'] []",
      "bn/Neg Neg ['m:0'] []",
      "bn/mul_1 Mul ['bn/Neg:0', 'bn/Rsqrt:0'] []",
      "bn/add_1 AddV2 ['bn/mul:0', 'bn/mul_1:0'] []",
      // (x - m) * rsqrt(v + 0.5): rsqrt(1.5) = 0.81649658, 2 * rsqrt(4.5) = 0.94280904.
      "[[-0.8165  -0.94281]",
      " [ 0.8165   0.94281]]",
      "",
    ].join("\n"));
  });
});

describe("tf.layers.batch_normalization (layers/normalization.py over keras BatchNormalizationBase, v1)", () => {
  it("makes gamma, beta, moving_mean, moving_variance and the cond_2/cond_3 updates for a training placeholder", () => {
    const { out, r } = run(`import tensorflow as tf
${OPS}
x = tf.placeholder(tf.float32, [None, 3]); is_train = tf.placeholder(tf.bool)
y = tf.layers.batch_normalization(x, training=is_train)
print(y)
print([v.name for v in tf.global_variables()])
print([v.name for v in tf.trainable_variables()])
print([op.name for op in tf.get_collection(tf.GraphKeys.UPDATE_OPS)])
print(tf.get_collection(tf.GraphKeys.MOVING_AVERAGE_VARIABLES))
ops("batch_normalization/cond_2")
`);
    expect(r.exception).toBeUndefined();
    // keras _assign_moving_average: name_scope AssignMovingAvg, decay = 1 - momentum, (var - value) * decay,
    // assign_sub named by the scope; smart_cond on a placeholder builds control_flow_ops.cond.
    expect(out).toBe([
      'Tensor("batch_normalization/batchnorm/add_1:0", shape=(?, 3), dtype=float32)',
      "['batch_normalization/gamma:0', 'batch_normalization/beta:0', 'batch_normalization/moving_mean:0', 'batch_normalization/moving_variance:0']",
      "['batch_normalization/gamma:0', 'batch_normalization/beta:0']",
      "['batch_normalization/cond_2/Merge', 'batch_normalization/cond_3/Merge']",
      "[]",
      "batch_normalization/cond_2/Switch Switch ['Placeholder_1:0', 'Placeholder_1:0'] []",
      "batch_normalization/cond_2/switch_t Identity ['batch_normalization/cond_2/Switch:1'] []",
      "batch_normalization/cond_2/switch_f Identity ['batch_normalization/cond_2/Switch:0'] []",
      "batch_normalization/cond_2/pred_id Identity ['Placeholder_1:0'] []",
      "batch_normalization/cond_2/AssignMovingAvg/decay Const [] ['batch_normalization/cond_2/switch_t']",
      "batch_normalization/cond_2/AssignMovingAvg/sub Sub ['batch_normalization/cond_2/AssignMovingAvg/sub/Switch:1', 'batch_normalization/cond_2/AssignMovingAvg/sub/Switch_1:1'] []",
      "batch_normalization/cond_2/AssignMovingAvg/sub/Switch Switch ['batch_normalization/moving_mean/read:0', 'batch_normalization/cond_2/pred_id:0'] []",
      "batch_normalization/cond_2/AssignMovingAvg/sub/Switch_1 Switch ['batch_normalization/cond/Merge:0', 'batch_normalization/cond_2/pred_id:0'] []",
      "batch_normalization/cond_2/AssignMovingAvg/mul Mul ['batch_normalization/cond_2/AssignMovingAvg/sub:0', 'batch_normalization/cond_2/AssignMovingAvg/decay:0'] []",
      "batch_normalization/cond_2/AssignMovingAvg AssignSub ['batch_normalization/cond_2/AssignMovingAvg/Switch:1', 'batch_normalization/cond_2/AssignMovingAvg/mul:0'] []",
      "batch_normalization/cond_2/AssignMovingAvg/Switch RefSwitch ['batch_normalization/moving_mean:0', 'batch_normalization/cond_2/pred_id:0'] []",
      "batch_normalization/cond_2/Switch_1 Switch ['batch_normalization/moving_mean/read:0', 'batch_normalization/cond_2/pred_id:0'] []",
      "batch_normalization/cond_2/Merge Merge ['batch_normalization/cond_2/Switch_1:0', 'batch_normalization/cond_2/AssignMovingAvg:0'] []",
      "",
    ].join("\n"));
  });

  it("updates the moving statistics by momentum 0.99 when run with the updates, and normalizes with them otherwise", () => {
    const { out, r } = run(`import tensorflow as tf
import numpy as np
x = tf.placeholder(tf.float32, [None, 3]); is_train = tf.placeholder(tf.bool)
y = tf.layers.batch_normalization(x, training=is_train)
upd = tf.get_collection(tf.GraphKeys.UPDATE_OPS)
data = [[1., 2., 3.], [3., 6., 10.]]
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    out = s.run(y, {x: data, is_train: True})
    print(np.abs(out + [[1., 1., 1.], [-1., -1., -1.]]).max() < 1e-3)
    s.run(upd, {x: data, is_train: True})
    print(s.run(tf.global_variables()[2:]))
    s.run(upd, {x: data, is_train: False})
    print(s.run(tf.global_variables()[2:]))
`);
    expect(r.exception).toBeUndefined();
    // batch mean [2, 4, 6.5], variance [1, 4, 12.25]; moving = moving - (moving - batch) * float32(1 - 0.99).
    expect(out).toBe([
      "True",
      "[array([0.02 , 0.04 , 0.065], dtype=float32), array([1.    , 1.03  , 1.1125], dtype=float32)]",
      "[array([0.02 , 0.04 , 0.065], dtype=float32), array([1.    , 1.03  , 1.1125], dtype=float32)]",
      "",
    ].join("\n"));
  });

  it("with training=False reads the moving statistics through Cast scopes and adds no update", () => {
    const { out, r } = run(`import tensorflow as tf
${OPS}
x = tf.placeholder(tf.float32, [None, 2], name="x")
y = tf.layers.batch_normalization(x, name="bn", center=False)
print([op.name for op in tf.get_collection(tf.GraphKeys.UPDATE_OPS)])
ops("bn/batchnorm")
print(tf.constant(0., name="bn/Cast").name)
`);
    expect(r.exception).toBeUndefined();
    // mean, variance, scale are variables: math_ops.cast opens Cast, Cast_1, Cast_2 and returns the reads.
    expect(out).toBe([
      "[]",
      "bn/batchnorm/add/y Const [] []",
      "bn/batchnorm/add AddV2 ['bn/moving_variance/read:0', 'bn/batchnorm/add/y:0'] []",
      "bn/batchnorm/Rsqrt Rsqrt ['bn/batchnorm/add:0'] []",
      "bn/batchnorm/mul Mul ['bn/batchnorm/Rsqrt:0', 'bn/gamma/read:0'] []",
      "bn/batchnorm/mul_1 Mul ['x:0', 'bn/batchnorm/mul:0'] []",
      "bn/batchnorm/Neg Neg ['bn/moving_mean/read:0'] []",
      "bn/batchnorm/mul_2 Mul ['bn/batchnorm/Neg:0', 'bn/batchnorm/mul:0'] []",
      "bn/batchnorm/add_1 AddV2 ['bn/batchnorm/mul_1:0', 'bn/batchnorm/mul_2:0'] []",
      "bn/Cast_3:0",
      "",
    ].join("\n"));
  });

  it("with training=True updates unconditionally (AssignMovingAvg, AssignMovingAvg_1)", () => {
    const { out, r } = run(`import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 2])
y = tf.layers.batch_normalization(x, training=True, momentum=0.9)
print([op.name for op in tf.get_collection(tf.GraphKeys.UPDATE_OPS)])
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    s.run(tf.get_collection(tf.GraphKeys.UPDATE_OPS), {x: [[0., 1.], [2., 5.]]})
    print(s.run(tf.global_variables()[2:]))
`);
    expect(r.exception).toBeUndefined();
    // mean [1, 3], variance [1, 4]; decay float32(1 - 0.9) = 0.1.
    expect(out).toBe([
      "['batch_normalization/AssignMovingAvg', 'batch_normalization/AssignMovingAvg_1']",
      "[array([0.1, 0.3], dtype=float32), array([1. , 1.3], dtype=float32)]",
      "",
    ].join("\n"));
  });

  it("trains through tf.cond: the gradient switches on the predicate and merges zeros of the other branch", () => {
    const { out, r } = run(`import tensorflow as tf
${OPS}
x = tf.placeholder(tf.float32, [None, 3]); is_train = tf.placeholder(tf.bool)
y = tf.layers.batch_normalization(x, training=is_train)
g = tf.gradients(tf.reduce_sum(y * y), [x])
ops("gradients/batch_normalization/cond/")
ops("gradients/Switch")
ops("gradients/Identity")
ops("gradients/zeros")
update_ops = tf.get_collection(tf.GraphKeys.UPDATE_OPS)
w = tf.Variable([[1., 0., 0.], [0., 2., 0.], [0., 0., 1.]], name="w")
loss = tf.reduce_mean(tf.square(tf.matmul(y, w) - 1.0))
with tf.control_dependencies(update_ops):
    train_op = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
print([c.name for c in train_op.control_inputs][:2])
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    s.run(train_op, {x: [[1., 2., 3.], [3., 6., 10.]], is_train: True})
    print(s.run(tf.global_variables()[2:4]))
`);
    expect(r.exception).toBeUndefined();
    // control_flow_grad.py _MergeGrad: _SwitchRefOrTensor(grad, pred_id, name="cond_grad"); _SwitchGrad: merge with
    // ZerosLikeOutsideLoop's zeros (a Switch of the data, an Identity pivot, Shape, zeros under the pivot).
    expect(out).toBe([
      "gradients/batch_normalization/cond/Merge_grad/cond_grad Switch ['gradients/batch_normalization/batchnorm/mul_2_grad/Mul:0', 'batch_normalization/cond/pred_id:0'] []",
      "gradients/batch_normalization/cond/Switch_1_grad/cond_grad Merge ['gradients/zeros:0', 'gradients/batch_normalization/cond/Merge_grad/cond_grad:1'] []",
      "gradients/Switch Switch ['batch_normalization/moments/Squeeze:0', 'batch_normalization/cond/pred_id:0'] []",
      "gradients/Switch_1 Switch ['batch_normalization/moments/Squeeze_1:0', 'batch_normalization/cond_1/pred_id:0'] []",
      "gradients/Identity Identity ['gradients/Switch:0'] []",
      "gradients/Identity_1 Identity ['gradients/Switch_1:0'] []",
      "gradients/zeros/Const Const [] ['gradients/Identity']",
      "gradients/zeros Fill ['gradients/Shape_1:0', 'gradients/zeros/Const:0'] []",
      "gradients/zeros_1/Const Const [] ['gradients/Identity_1']",
      "gradients/zeros_1 Fill ['gradients/Shape_2:0', 'gradients/zeros_1/Const:0'] []",
      "['batch_normalization/cond_2/Merge', 'batch_normalization/cond_3/Merge']",
      "[array([0.02 , 0.04 , 0.065], dtype=float32), array([1.    , 1.03  , 1.1125], dtype=float32)]",
      "",
    ].join("\n"));
  });

  it("checks axis as keras does and refuses renorm by name", () => {
    const { out } = run(`import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 3])
for kw in [dict(axis=2), dict(axis="a")]:
    try:
        tf.layers.batch_normalization(x, **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    tf.layers.batch_normalization(tf.placeholder(tf.float32, [None, None]))
except ValueError as e:
    print(e)
`);
    expect(out).toBe([
      "ValueError Invalid axis: 2",
      "TypeError axis must be int or list, type given: <class 'str'>",
      "('Input has undefined `axis` dimension. Input shape: ', TensorShape([Dimension(None), Dimension(None)]))",
      "",
    ].join("\n"));
    // A gap ends the program (no except clause in it may catch one): renorm on its own.
    const renorm = run("import tensorflow as tf\nx = tf.placeholder(tf.float32, [None, 3])\ntf.layers.batch_normalization(x, renorm=True)\n");
    expect(renorm.r.unsupported?.feature).toBe("tf.layers.BatchNormalization(renorm=...)");
  });
});

describe("tf.layers.batch_normalization on 4-D inputs: FusedBatchNormV3 (keras _fused_batch_norm, v1 fused default)", () => {
  it("builds FusedBatchNormV3 in both branches of cond, momentum through cond_1, unconditional AssignMovingAvg updates", () => {
    const { out, r } = run(`import tensorflow as tf
${OPS}
x = tf.placeholder(tf.float32, [None, 2, 2, 3]); is_train = tf.placeholder(tf.bool)
y = tf.layers.batch_normalization(x, training=is_train)
print(y)
print([op.name for op in tf.get_collection(tf.GraphKeys.UPDATE_OPS)])
ops("batch_normalization/cond/FusedBatchNormV3")
ops("batch_normalization/cond_1/Const")
ops("batch_normalization/AssignMovingAvg/")
op = tf.get_default_graph().get_operation_by_name("batch_normalization/cond/FusedBatchNormV3")
print(op.get_attr("epsilon"), op.get_attr("is_training"), op.get_attr("data_format"), [t.shape for t in op.outputs])
`);
    expect(r.exception).toBeUndefined();
    expect(out).toBe([
      'Tensor("batch_normalization/cond/Merge:0", shape=(?, 2, 2, 3), dtype=float32)',
      "['batch_normalization/AssignMovingAvg', 'batch_normalization/AssignMovingAvg_1']",
      "batch_normalization/cond/FusedBatchNormV3 FusedBatchNormV3 ['batch_normalization/cond/FusedBatchNormV3/Switch:1', 'batch_normalization/cond/FusedBatchNormV3/Switch_1:1', 'batch_normalization/cond/FusedBatchNormV3/Switch_2:1', 'batch_normalization/cond/Const:0', 'batch_normalization/cond/Const_1:0'] []",
      "batch_normalization/cond/FusedBatchNormV3/Switch Switch ['Placeholder:0', 'batch_normalization/cond/pred_id:0'] []",
      "batch_normalization/cond/FusedBatchNormV3/Switch_1 Switch ['batch_normalization/gamma/read:0', 'batch_normalization/cond/pred_id:0'] []",
      "batch_normalization/cond/FusedBatchNormV3/Switch_2 Switch ['batch_normalization/beta/read:0', 'batch_normalization/cond/pred_id:0'] []",
      "batch_normalization/cond/FusedBatchNormV3_1 FusedBatchNormV3 ['batch_normalization/cond/FusedBatchNormV3_1/Switch:0', 'batch_normalization/cond/FusedBatchNormV3_1/Switch_1:0', 'batch_normalization/cond/FusedBatchNormV3_1/Switch_2:0', 'batch_normalization/cond/FusedBatchNormV3_1/Switch_3:0', 'batch_normalization/cond/FusedBatchNormV3_1/Switch_4:0'] []",
      "batch_normalization/cond/FusedBatchNormV3_1/Switch Switch ['Placeholder:0', 'batch_normalization/cond/pred_id:0'] []",
      "batch_normalization/cond/FusedBatchNormV3_1/Switch_1 Switch ['batch_normalization/gamma/read:0', 'batch_normalization/cond/pred_id:0'] []",
      "batch_normalization/cond/FusedBatchNormV3_1/Switch_2 Switch ['batch_normalization/beta/read:0', 'batch_normalization/cond/pred_id:0'] []",
      "batch_normalization/cond/FusedBatchNormV3_1/Switch_3 Switch ['batch_normalization/moving_mean/read:0', 'batch_normalization/cond/pred_id:0'] []",
      "batch_normalization/cond/FusedBatchNormV3_1/Switch_4 Switch ['batch_normalization/moving_variance/read:0', 'batch_normalization/cond/pred_id:0'] []",
      "batch_normalization/cond_1/Const Const [] ['batch_normalization/cond_1/switch_t']",
      "batch_normalization/cond_1/Const_1 Const [] ['batch_normalization/cond_1/switch_f']",
      // decay = convert_to_tensor(1.0 - momentum): momentum is cond_1's Merge, so a Sub named sub.
      "batch_normalization/AssignMovingAvg/sub/x Const [] []",
      "batch_normalization/AssignMovingAvg/sub Sub ['batch_normalization/AssignMovingAvg/sub/x:0', 'batch_normalization/cond_1/Merge:0'] []",
      "batch_normalization/AssignMovingAvg/sub_1 Sub ['batch_normalization/moving_mean/read:0', 'batch_normalization/cond/Merge_1:0'] []",
      "batch_normalization/AssignMovingAvg/mul Mul ['batch_normalization/AssignMovingAvg/sub_1:0', 'batch_normalization/AssignMovingAvg/sub:0'] []",
      // epsilon 1e-3 as a float attr (float32); FusedBatchNormV3Shape leaves reserve_space_3 unknown.
      "0.0010000000474974513 True b'NHWC' [TensorShape([Dimension(None), Dimension(2), Dimension(2), Dimension(3)]), TensorShape([Dimension(3)]), TensorShape([Dimension(3)]), TensorShape([Dimension(3)]), TensorShape([Dimension(3)]), TensorShape(None)]",
      "",
    ].join("\n"));
  });

  it("normalizes by the batch, updates the moving variance with Bessel's correction, and trains", () => {
    const { out, r } = run(`import tensorflow as tf
import numpy as np
x = tf.placeholder(tf.float32, [None, 2, 2, 3]); is_train = tf.placeholder(tf.bool)
y = tf.layers.batch_normalization(x, training=is_train, epsilon=0.25)
loss = tf.reduce_sum(y * tf.constant([1., 2., 3.]))
with tf.control_dependencies(tf.get_collection(tf.GraphKeys.UPDATE_OPS)):
    train = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
data = np.arange(24, dtype=np.float32).reshape(2, 2, 2, 3)
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(np.round(s.run(y, {x: data, is_train: True})[:, 0, 0, 0], 4))
    s.run(train, {x: data, is_train: True})
    mm, mv, b = s.run(["batch_normalization/moving_mean:0", "batch_normalization/moving_variance:0", "batch_normalization/beta:0"])
    print(mm, np.round(mv, 4), b)
    print(np.round(s.run(y, {x: data, is_train: False})[:, 0, 0, 0], 4))
`);
    expect(r.exception).toBeUndefined();
    // channel 0 holds 0, 3, ..., 21: mean 10.5, variance 47.25; y = (x - 10.5) / sqrt(47.5); the moving
    // variance takes 47.25 * 8 / 7 = 54 (fused_batch_norm_op.cc rest_size_adjust): 1 - (1 - 54) * 0.01.
    // beta's gradient is sum(dy) = 8 * [1, 2, 3].
    expect(out).toBe([
      "[-1.5235  0.2176]",
      // decay is 1.0 - float32(0.99) computed in float32 (momentum comes out of cond_1): 0.0099999905.
      "[0.1049999  0.11499989 0.12499988] [1.53 1.53 1.53] [-0.8 -1.6 -2.4]",
      // the moving statistics: (0 - 0.105) / sqrt(1.53 + 0.25) and (12 - 0.105) / sqrt(1.78), beta -0.8 added.
      "[-0.8787  8.1157]",
      "",
    ].join("\n"));
  });
});

describe("tf.nn.fused_batch_norm (nn_impl.py 1438-1518)", () => {
  it("checks mean and variance, builds FusedBatchNormV3 and, like the CPU kernel, refuses NCHW when run", () => {
    const r = runTf(`import tensorflow as tf
x = tf.ones([1, 3, 2, 2])
try:
    tf.nn.fused_batch_norm(x, [1., 1., 1.], [0., 0., 0.], mean=[0., 0., 0.])
except ValueError as e:
    print(e)
y, m, v = tf.nn.fused_batch_norm(x, [1., 1., 1.], [0., 0., 0.], data_format="NCHW")
print(y, m, v)
print(y.op.get_attr("epsilon"))
with tf.Session() as s:
    s.run(y)
`, { stdout: () => {}, stderr: () => {} });
    expect(r.stdout).toBe([
      "Both 'mean' and 'variance' must be None if is_training is True.",
      'Tensor("FusedBatchNormV3:0", shape=(1, 3, 2, 2), dtype=float32) Tensor("FusedBatchNormV3:1", shape=(3,), dtype=float32) Tensor("FusedBatchNormV3:2", shape=(3,), dtype=float32)',
      "0.0010000000474974513",
      "",
    ].join("\n"));
    // fused_batch_norm_op.cc FusedBatchNorm<CPUDevice>: errors::Internal for any format but NHWC.
    expect(r.exception?.type).toBe("tensorflow.python.framework.errors_impl.InternalError");
    expect(r.exception?.message).toContain("The CPU implementation of FusedBatchNorm only supports NHWC tensor format for now.");
  });
});
