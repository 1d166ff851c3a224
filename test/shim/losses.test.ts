// tf.losses (TF 1.15 ops/losses/losses_impl.py, util.py, weights_broadcast_ops.py). Op names follow
// from the scopes losses_impl.py opens (the inner compute_weighted_loss re-enters the loss's own scope,
// `_safe_mean` names its DivNoNan `value`, `_num_present` names its Sum after its scope); the values
// are float32 arithmetic as TF's kernels do it, computed with numpy float32 in the formulas'
// order (the reductions sum in row-major order).
import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

const run = (source: string, profile: "1.15" | "2" = "1.15") => {
  const r = runTf(source, { filename: "prog.py", profile });
  return r.stdout + (r.exception ? `${r.exception.type}: ${r.exception.message}` : "");
};

const DATA = `import tensorflow as tf
p = tf.constant([[0.1, 0.9], [0.8, 0.3], [0.45, 0.6]])
l = tf.constant([[0., 1.], [1., 0.], [1., 1.]])
w = tf.constant([[1.], [0.], [2.]])
`;

describe("mean_squared_error's graph (losses_impl.py 575-630, 137-214)", () => {
  it("builds SquaredDifference, the static broadcast checks, num_present and value under the loss's scope", () => {
    expect(run(`import tensorflow as tf
loss = tf.losses.mean_squared_error(labels=tf.zeros([4, 1]), predictions=tf.ones([4, 1]))
print(loss)
names = [op.name for op in tf.get_default_graph().get_operations() if op.name.startswith("mean_squared_error")]
for n in names:
    if n.split("/")[-1] in ("SquaredDifference", "weights", "static_scalar_check_success", "x", "Mul", "Sum", "Select",
                            "broadcast_weights", "num_present", "Sum_1", "value"):
        print(n, tf.get_default_graph().get_operation_by_name(n).type)
print(tf.get_collection(tf.GraphKeys.LOSSES) == [loss])
# compute_weighted_loss runs under control_dependencies of the scalar-weights check.
print([op.name for op in loss.op.inputs[0].op.inputs[1].op.control_inputs])
`)).toBe('Tensor("mean_squared_error/value:0", shape=(), dtype=float32)\n'
      + "mean_squared_error/SquaredDifference SquaredDifference\n"
      + "mean_squared_error/assert_broadcastable/weights Const\n"
      + "mean_squared_error/assert_broadcastable/static_scalar_check_success NoOp\n"
      // math_ops.cast(1.0, float32): the float converts as `x` under `Cast`, and needs no Cast op.
      + "mean_squared_error/Cast/x Const\n"
      + "mean_squared_error/Mul Mul\n"
      + "mean_squared_error/Sum Sum\n"
      + "mean_squared_error/num_present/Select Select\n"
      + "mean_squared_error/num_present/broadcast_weights/assert_broadcastable/static_scalar_check_success NoOp\n"
      + "mean_squared_error/num_present/broadcast_weights Mul\n"
      + "mean_squared_error/num_present Sum\n"
      + "mean_squared_error/Sum_1 Sum\n"
      + "mean_squared_error/value DivNoNan\n"
      + "True\n"
      + "['mean_squared_error/assert_broadcastable/static_scalar_check_success']\n");
  });

  it("names the loss after each reduction, and leaves it out of LOSSES for loss_collection=None", () => {
    expect(run(`import tensorflow as tf
R = tf.losses.Reduction
x = tf.ones([2, 3])
for r in (R.NONE, R.SUM, R.MEAN, R.SUM_OVER_BATCH_SIZE, R.SUM_BY_NONZERO_WEIGHTS):
    print(tf.losses.mean_squared_error(x, x, reduction=r, loss_collection=None).name)
print(tf.get_default_graph().get_operation_by_name("mean_squared_error_3/num_elements").type)
print(tf.losses.get_losses(), R.all(), R.SUM_OVER_NONZERO_WEIGHTS)
`)).toBe("mean_squared_error/Mul:0\nmean_squared_error_1/Sum:0\nmean_squared_error_2/value:0\nmean_squared_error_3/value:0\n"
      + "mean_squared_error_4/value:0\n"
      // array_ops.size of a fully defined shape folds to a Const named by the scope.
      + "Const\n"
      + "[] ('none', 'weighted_sum', 'weighted_mean', 'weighted_sum_over_batch_size', 'weighted_sum_by_nonzero_weights', "
      + "'weighted_sum_by_nonzero_weights') weighted_sum_by_nonzero_weights\n");
  });
});

describe("loss values through Session.run", () => {
  it("computes each loss as TF's float32 kernels do, with weights that zero a row", () => {
    expect(run(`${DATA}
outs = [
  tf.losses.mean_squared_error(l, p, weights=w),
  tf.losses.absolute_difference(l, p, weights=w),
  tf.losses.huber_loss(l, p * 3, weights=w, delta=0.5),
  tf.losses.log_loss(l, p, weights=w),
  tf.losses.hinge_loss(l, p * 4 - 2, weights=w),
  tf.losses.cosine_distance(l, p, axis=1, weights=w),
  tf.losses.mean_pairwise_squared_error(l, p, weights=w),
  tf.losses.mean_squared_error(l, p, reduction=tf.losses.Reduction.SUM_OVER_BATCH_SIZE),
  tf.losses.mean_squared_error(l, p, reduction=tf.losses.Reduction.MEAN, weights=w),
  tf.losses.mean_squared_error(l, p, reduction=tf.losses.Reduction.SUM, weights=w),
]
print(outs[6].name)
with tf.Session() as s:
    for o in s.run(outs): print(o)
    print(s.run(tf.losses.mean_squared_error(l, p, reduction=tf.losses.Reduction.NONE, weights=w)))
`)).toBe("mean_pairwise_squared_error/value_2:0\n"
      + "0.23624998\n0.525\n0.36062497\n0.7073467\n0.9\n5.9604645e-08\n0.08499996\n0.10208333\n0.15749998\n0.94499993\n"
      + "[[0.01       0.01      ]\n [0.         0.        ]\n [0.605      0.31999996]]\n");
  });

  it("gives 0, not NaN, when every weight is zero (div_no_nan)", () => {
    expect(run(`${DATA}
with tf.Session() as s:
    print(s.run(tf.losses.absolute_difference(l, p, weights=0.)))
`)).toBe("0.0\n");
  });

  it("trains the r1 guide's linear model with GradientDescentOptimizer", () => {
    // low_level_intro.md's complete program, with a constant kernel instead of a random one; the
    // losses and predictions are numpy float32 replaying TF's forward and backward ops.
    expect(run(`import tensorflow as tf
x = tf.constant([[1], [2], [3], [4]], dtype=tf.float32)
y_true = tf.constant([[0], [-1], [-2], [-3]], dtype=tf.float32)
linear_model = tf.layers.Dense(units=1, kernel_initializer=tf.constant_initializer(0.5))
y_pred = linear_model(x)
loss = tf.losses.mean_squared_error(labels=y_true, predictions=y_pred)
train = tf.train.GradientDescentOptimizer(0.01).minimize(loss)
sess = tf.Session()
sess.run(tf.global_variables_initializer())
for i in range(4):
  _, loss_value = sess.run((train, loss))
  print(loss_value)
print(sess.run(y_pred))
g = tf.get_default_graph()
print([n for n in ("gradients/mean_squared_error/value_grad/DivNoNan", "gradients/mean_squared_error/SquaredDifference_grad/scalar",
                   "gradients/mean_squared_error/SquaredDifference_grad/mul_1", "gradients/mean_squared_error/SquaredDifference_grad/Neg")
       if g.get_operation_by_name(n)])
`)).toBe("10.375\n7.2908373\n5.1502533\n3.664401\n[[-0.2117742 ]\n [-0.2563355 ]\n [-0.30089676]\n [-0.34545803]]\n"
      + "['gradients/mean_squared_error/value_grad/DivNoNan', 'gradients/mean_squared_error/SquaredDifference_grad/scalar', "
      + "'gradients/mean_squared_error/SquaredDifference_grad/mul_1', 'gradients/mean_squared_error/SquaredDifference_grad/Neg']\n");
  });

  it("differentiates absolute_difference, hinge_loss and huber_loss (Abs, Relu, Minimum), keeping TF's signed zeros", () => {
    // d/dp of each weighted mean over the 4 present elements (rows 0 and 2): numpy float32 replaying
    // the gradient ops (grad * sign(x) for Abs; Neg then Mul for hinge's 1 - labels * logits).
    expect(run(`${DATA}
v = tf.Variable(p)
with tf.Session() as s:
    s.run(v.initializer)
    print(s.run(tf.gradients(tf.losses.absolute_difference(l, v, weights=w), v)[0]).tolist())
    print(s.run(tf.gradients(tf.losses.hinge_loss(l, v * 4 - 2, weights=w), v)[0]).tolist())
    # Both errors beyond delta: the gradient reaches them only through the linear part, delta * sign / 2.
    u = tf.Variable([2.0, -3.0])
    s.run(u.initializer)
    print(s.run(tf.gradients(tf.losses.huber_loss(tf.zeros([2]), u), u)[0]).tolist())
`)).toBe("[[0.25, -0.25], [-0.0, 0.0], [-0.5, -0.5]]\n"
      + "[[0.0, -0.0], [-0.0, 0.0], [-2.0, -2.0]]\n"
      + "[0.5, -0.5]\n");
  });
});

describe("sigmoid_cross_entropy and tf.nn.sigmoid_cross_entropy_with_logits (nn_impl.py 112-191)", () => {
  it("builds logistic_loss as xentropy under the loss's scope, and smooths labels toward 1/2", () => {
    // Per element: max(x, 0) - x * z + log1p(exp(-|x|)), numpy float32; the mean over 4 elements.
    // (Logits of magnitude 0 and 0.5: there Eigen's log1p formula and the correctly rounded one agree.)
    // array_ops.zeros_like of a fully defined shape is a Const.
    expect(run(`import tensorflow as tf
x = tf.constant([[-0.5, 0.5], [0.0, 0.5]])
z = tf.constant([[0, 1], [1, 0]])
a = tf.losses.sigmoid_cross_entropy(z, x)
b = tf.losses.sigmoid_cross_entropy(z, x, label_smoothing=0.2)
g = tf.get_default_graph()
print(a.name, [op.type for op in g.get_operations() if op.name.startswith("sigmoid_cross_entropy_loss/xentropy")])
with tf.Session() as s:
    print(s.run(tf.nn.sigmoid_cross_entropy_with_logits(labels=tf.cast(z, tf.float32), logits=x)))
    print(s.run([a, b]))
`)).toBe("sigmoid_cross_entropy_loss/value:0 ['Const', 'GreaterEqual', 'Select', 'Neg', 'Select', 'Mul', 'Sub', 'Exp', 'Log1p', 'Add']\n"
      + "[[0.474077  0.474077 ]\n [0.6931472 0.974077 ]]\n[0.65384454, 0.6663445]\n");
  });

  it("takes only keyword arguments in TF 1, and checks the shapes", () => {
    expect(run("import tensorflow as tf\ntf.nn.sigmoid_cross_entropy_with_logits(tf.ones([2]), tf.ones([2]))\n"))
      .toBe("ValueError: Only call `sigmoid_cross_entropy_with_logits` with named arguments (labels=..., logits=..., ...)");
    expect(run("import tensorflow as tf\ntf.nn.sigmoid_cross_entropy_with_logits(labels=tf.ones([2]), logits=tf.ones([3]))\n"))
      .toBe("ValueError: logits and labels must have the same shape ((3,) vs (2,))");
  });
});

describe("softmax_cross_entropy, sparse_softmax_cross_entropy and their tf.nn ops (nn_ops.py, xent_op.h)", () => {
  // One row of logits [0.5, 2.5, -1.0], true class 2: per xent_op.h, shifted = x - max, loss =
  // sum(labels * (log(sum(exp(shifted))) - shifted)), backprop = exp(shifted) / sum - labels, each step
  // in float32 (numpy float32 and the correctly rounded exp/log agree on this row).
  const XENT = `import tensorflow as tf
logits = tf.Variable([[0.5, 2.5, -1.0]])
onehot = tf.constant([[0., 0., 1.]])
`;

  it("builds TF's op names: Reshape_2 for the dense op's cost, xentropy/xentropy under the loss", () => {
    expect(run(`${XENT}
print(tf.nn.softmax_cross_entropy_with_logits_v2(labels=onehot, logits=logits).name)
print(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=[2], logits=logits).name)
print(tf.nn.softmax_cross_entropy_with_logits(labels=onehot, logits=logits).name)
a = tf.losses.softmax_cross_entropy(onehot, logits)
b = tf.losses.sparse_softmax_cross_entropy([2], logits)
names = [op.name for op in tf.get_default_graph().get_operations()]
print(a.name, b.name, [n for n in names if n.endswith("xentropy") or n.endswith("labels_stop_gradient")])
`)).toBe("softmax_cross_entropy_with_logits/Reshape_2:0\n"
      + "SparseSoftmaxCrossEntropyWithLogits/SparseSoftmaxCrossEntropyWithLogits:0\n"
      // The v1 form opens `softmax_cross_entropy_with_logits_sg` and hands its scope to the helper as the name.
      + "softmax_cross_entropy_with_logits_sg/Reshape_2:0\n"
      + "softmax_cross_entropy_loss/value:0 sparse_softmax_cross_entropy_loss/value:0 "
      + "['softmax_cross_entropy_with_logits_sg/labels_stop_gradient', 'softmax_cross_entropy_loss/labels_stop_gradient', "
      + "'softmax_cross_entropy_loss/xentropy', 'sparse_softmax_cross_entropy_loss/xentropy/xentropy']\n");
  });

  it("computes the losses and trains through the fused ops' backprop", () => {
    expect(run(`${XENT}
a = tf.losses.softmax_cross_entropy(onehot, logits)
b = tf.losses.sparse_softmax_cross_entropy([2], logits)
with tf.Session() as s:
    s.run(logits.initializer)
    print(s.run([a, b]))
    print(s.run(tf.gradients(b, logits)[0]).tolist())
    print(s.run(tf.gradients(a, logits)[0]).tolist())
`)).toBe("[3.6531782, 3.6531782]\n[[0.1161145269870758, 0.8579767942428589, -0.9740913510322571]]\n"
      + "[[0.1161145269870758, 0.8579767942428589, -0.9740913510322571]]\n");
  });

  it("raises TF's messages: label out of range (CPU kernel), rank mismatch, sentinel", () => {
    expect(run(`${XENT}
with tf.Session() as s:
    s.run(logits.initializer)
    s.run(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=[5], logits=logits))
`)).toBe("tensorflow.python.framework.errors_impl.InvalidArgumentError: Received a label value of 5 which is outside the valid range of [0, 3).  Label values: 5\n"
      + "\t [[node SparseSoftmaxCrossEntropyWithLogits/SparseSoftmaxCrossEntropyWithLogits ]]");
    expect(run(`${XENT}tf.nn.sparse_softmax_cross_entropy_with_logits(labels=[[2]], logits=logits)\n`))
      .toBe("ValueError: Rank mismatch: Rank of labels (received 2) should equal rank of logits minus 1 (received 2).");
    expect(run(`${XENT}tf.nn.softmax_cross_entropy_with_logits_v2(onehot, logits, 0)\n`))
      .toMatch(/^tfscope.TfscopeUnsupported: unsupported by tfscope: tf.nn.softmax_cross_entropy_with_logits\(axis=...\)/);
  });
});

describe("checks and messages (losses_impl.py, weights_broadcast_ops.py 60-135)", () => {
  it("refuses None inputs by argument name", () => {
    expect(run("import tensorflow as tf\ntf.losses.mean_squared_error(None, tf.ones([2]))\n")).toBe("ValueError: labels must not be None.");
    expect(run("import tensorflow as tf\ntf.losses.hinge_loss(tf.ones([2]), None)\n")).toBe("ValueError: logits must not be None.");
  });

  it("raises TensorShape's incompatibility for predictions and labels of other shapes", () => {
    expect(run("import tensorflow as tf\ntf.losses.mean_squared_error(tf.ones([4]), tf.ones([4, 1]))\n"))
      .toBe("ValueError: Shapes (4, 1) and (4,) are incompatible");
  });

  it("rejects weights of another rank, and a dimension that is neither 1 nor the values'", () => {
    expect(run("import tensorflow as tf\ntf.losses.mean_squared_error(tf.ones([4, 1]), tf.ones([4, 1]), weights=tf.ones([4]))\n"))
      .toBe("ValueError: weights can not be broadcast to values. values.rank=2. weights.rank=1. values.shape=(4, 1). weights.shape=(4,).");
    // The static shapes are numpy arrays from tensor_util.constant_value: `[4 1]`.
    expect(run("import tensorflow as tf\ntf.losses.mean_squared_error(tf.ones([4, 1]), tf.ones([4, 1]), weights=tf.ones([3, 1]))\n"))
      .toBe("ValueError: weights can not be broadcast to values. Mismatch at dim 0. values.shape=[4 1] weights.shape=[3 1].");
  });

  it("validates the reduction and cosine_distance's axis", () => {
    expect(run("import tensorflow as tf\ntf.losses.compute_weighted_loss(tf.ones([2]), reduction='mean')\n"))
      .toBe("ValueError: Invalid Reduction Key mean.");
    expect(run("import tensorflow as tf\ntf.losses.cosine_distance(tf.ones([2]), tf.ones([2]))\n")).toBe("ValueError: You must specify 'axis'.");
    expect(run("import tensorflow as tf\ntf.losses.cosine_distance(tf.ones([2]), tf.ones([2]), axis=0, dim=0)\n"))
      .toBe("ValueError: Cannot specify both 'dim' and 'axis'");
  });

  it("refuses weights whose broadcast TF checks only at run time", () => {
    expect(run(`import tensorflow as tf
tf.losses.mean_squared_error(tf.ones([2, 3]), tf.ones([2, 3]), weights=tf.placeholder(tf.float32, [None, 3]))
`)).toMatch(/^tfscope.TfscopeUnsupported: unsupported by tfscope: tf.losses weights whose broadcast needs a run-time check/);
  });
});

describe("the loss collections (losses/util.py)", () => {
  it("sums LOSSES and REGULARIZATION_LOSSES into total_loss, and a constant 0 without regularizers", () => {
    expect(run(`import tensorflow as tf
a = tf.losses.absolute_difference(tf.zeros([2]), tf.ones([2]))
tf.losses.add_loss(tf.constant(2.0, name="extra"))
print([t.name for t in tf.losses.get_losses()])
print(tf.losses.get_regularization_loss().name, tf.losses.get_regularization_losses())
tf.add_to_collection(tf.GraphKeys.REGULARIZATION_LOSSES, tf.constant(0.5, name="reg"))
total = tf.losses.get_total_loss()
print(total.name, total.op.type, tf.losses.get_regularization_loss().name)
with tf.Session() as s:
    print(s.run(total), s.run(tf.losses.get_total_loss(add_regularization_losses=False, name="t")))
`)).toBe("['absolute_difference/value:0', 'extra:0']\nConst:0 []\ntotal_loss:0 AddN total_regularization_loss:0\n3.5 3.0\n");
  });
});

describe("profiles", () => {
  it("tf.compat.v1.losses under TF 2 is TF 1's module, eager: no collection", () => {
    expect(run(`import tensorflow as tf
loss = tf.compat.v1.losses.mean_squared_error([[0.], [1.]], [[1.], [1.]])
print(float(loss), tf.compat.v1.losses.Reduction.SUM)
`, "2")).toBe("0.5 weighted_sum\n");
  });
});
