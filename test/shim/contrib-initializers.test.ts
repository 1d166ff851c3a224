// tf.contrib.layers' initializers (contrib/layers/python/layers/initializers.py of TF 1.15), its l1/l2
// regularizers (regularizers.py) and tf.nn.l2_loss (nn_ops.cc L2Loss, l2loss_op.cc, nn_grad.py _L2LossGrad).
import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

const run = (source: string) => runTf(source, { filename: "prog.py", profile: "1.15" });
const err = (r: ReturnType<typeof run>): string =>
  r.exception ? `${r.exception.type}: ${r.exception.message}` : r.unsupported ? `unsupported: ${r.unsupported.feature}` : "";

describe("tf.contrib.layers initializers", () => {
  it("xavier_initializer draws random_uniform in ±sqrt(3 / ((fan_in + fan_out) / 2)) under the variable's Initializer scope", () => {
    const r = run(`import tensorflow as tf
w = tf.get_variable("w", [3, 4], initializer=tf.contrib.layers.xavier_initializer())
print([o.name + ":" + o.type for o in tf.get_default_graph().get_operations()])
g = tf.get_default_graph()
with tf.Session() as s:
    print(s.run(g.get_tensor_by_name("w/Initializer/random_uniform/min:0")), s.run(g.get_tensor_by_name("w/Initializer/random_uniform/max:0")))
`);
    expect(err(r)).toBe("");
    expect(r.stdout).toBe([
      "['w/Initializer/random_uniform/shape:Const', 'w/Initializer/random_uniform/min:Const', 'w/Initializer/random_uniform/max:Const', " +
        "'w/Initializer/random_uniform/RandomUniform:RandomUniform', 'w/Initializer/random_uniform/sub:Sub', 'w/Initializer/random_uniform/mul:Mul', " +
        "'w/Initializer/random_uniform:Add', 'w:VariableV2', 'w/Assign:Assign', 'w/read:Identity']",
      // initializers.py 122-145: fan_in 3, fan_out 4, FAN_AVG n = 3.5, limit = sqrt(3.0 * 1.0 / 3.5).
      "-0.9258201 0.9258201",
      "",
    ].join("\n"));
  });

  it("variance_scaling_initializer's default is truncated_normal with stddev sqrt(1.3 * 2 / fan_in); a kernel's fans take the receptive field", () => {
    const r = run(`import tensorflow as tf
b = tf.get_variable("b", [2, 3, 4, 5], initializer=tf.contrib.layers.variance_scaling_initializer())
c = tf.get_variable("c", [5], initializer=tf.contrib.layers.xavier_initializer(uniform=False))
k = tf.get_variable("k", [3, 3, 2, 4], initializer=tf.contrib.layers.xavier_initializer_conv2d())
o = tf.get_variable("o", [6, 2], initializer=tf.contrib.layers.variance_scaling_initializer(factor=1.0, mode="FAN_OUT", uniform=True))
print(sorted(set(op.type for op in tf.get_default_graph().get_operations() if op.name.startswith("b/Initializer"))))
g = tf.get_default_graph()
t = lambda n: g.get_tensor_by_name(n)
with tf.Session() as s:
    print(s.run([t("b/Initializer/truncated_normal/mean:0"), t("b/Initializer/truncated_normal/stddev:0"), t("c/Initializer/truncated_normal/stddev:0"),
                 t("k/Initializer/random_uniform/max:0"), t("o/Initializer/random_uniform/max:0")]))
`);
    expect(err(r)).toBe("");
    expect(r.stdout).toBe([
      "['Add', 'Const', 'Mul', 'TruncatedNormal']",
      // b: fan_in = 4 * 2 * 3 = 24, sqrt(2.6 / 24); c: a vector's fan_in = fan_out = 5, FAN_AVG 5, sqrt(1.3 / 5);
      // k: fan_in 2 * 9 = 18, fan_out 4 * 9 = 36, n 27, sqrt(3 / 27); o: FAN_OUT n = 2, sqrt(3 / 2).
      "[0.0, 0.3291403, 0.50990194, 0.33333334, 1.2247449]",
      "",
    ].join("\n"));
  });

  it("serves tf.layers as a kernel_initializer: the function is called under the kernel's Initializer scope", () => {
    // keras initializers.get keeps a callable as it is; base.py add_weight hands it to get_variable.
    const a = run(`import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 3])
y = tf.layers.dense(x, 4, kernel_initializer=tf.contrib.layers.xavier_initializer(seed=3))
print([o.name for o in tf.get_default_graph().get_operations() if o.name.startswith("dense/kernel/Initializer")][-1])
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(s.run(tf.trainable_variables()[0]).tolist())
`);
    const b = run(`import tensorflow as tf
w = tf.get_variable("w", [3, 4], initializer=tf.contrib.layers.xavier_initializer(seed=3))
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(s.run(w).tolist())
`);
    expect(err(a)).toBe("");
    expect(err(b)).toBe("");
    const [name, values] = a.stdout.split("\n");
    expect(name).toBe("dense/kernel/Initializer/random_uniform");
    expect(values).toBe(b.stdout.trimEnd());
  });

  it("draws what random_ops draws for the same seeds", () => {
    const a = run(`import tensorflow as tf
tf.set_random_seed(1)
w = tf.get_variable("w", [3, 4], initializer=tf.contrib.layers.xavier_initializer(seed=3))
v = tf.get_variable("v", [4], initializer=tf.contrib.layers.variance_scaling_initializer(seed=5))
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(s.run(w).tolist(), s.run(v).tolist())
`);
    const b = run(`import tensorflow as tf, math
tf.set_random_seed(1)
w = tf.random_uniform([3, 4], -math.sqrt(3.0 / 3.5), math.sqrt(3.0 / 3.5), seed=3)
v = tf.truncated_normal([4], 0.0, math.sqrt(1.3 * 2.0 / 4.0), seed=5)
with tf.Session() as s:
    print(s.run(w).tolist(), s.run(v).tolist())
`);
    expect(err(a)).toBe("");
    expect(err(b)).toBe("");
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).not.toBe("");
  });

  it("raises the source's TypeErrors for a non-float dtype and an unknown mode", () => {
    const r = run(`import tensorflow as tf
for f in (lambda: tf.contrib.layers.xavier_initializer(dtype=tf.int32),
          lambda: tf.contrib.layers.variance_scaling_initializer(mode="fan_in"),
          lambda: tf.contrib.layers.xavier_initializer()([2, 2], dtype=tf.int64)):
    try:
        f()
    except TypeError as e:
        print(repr(e))
print(tf.contrib.layers.xavier_initializer_conv2d is tf.contrib.layers.xavier_initializer, tf.contrib.layers.xavier_initializer.__module__)
`);
    expect(err(r)).toBe("");
    // initializers.py 111-114 and 119-120; the mode's TypeError carries the format string and the mode as two args.
    expect(r.stdout).toBe([
      "TypeError('Cannot create initializer for non-floating point type.')",
      "TypeError('Unknown mode %s [FAN_IN, FAN_OUT, FAN_AVG]', 'fan_in')",
      "TypeError('Cannot create initializer for non-floating point type.')",
      "True tensorflow.contrib.layers.python.layers.initializers",
      "",
    ].join("\n"));
  });

  it("refuses contrib.layers' other names by name", () => {
    const r = run(`import tensorflow as tf
tf.contrib.layers.fully_connected(tf.zeros([1, 2]), 3)
`);
    expect(r.unsupported?.feature).toBe("tf.contrib.layers.fully_connected");
  });
});

describe("tf.contrib.layers regularizers", () => {
  it("l2_regularizer: scale * l2_loss(w) named by its scope, in the variable's Regularizer scope", () => {
    const r = run(`import tensorflow as tf
v = tf.get_variable("v", [2], initializer=tf.constant_initializer([1.0, -3.0]), regularizer=tf.contrib.layers.l2_regularizer(0.1))
losses = tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES)
print(losses)
print([o.name + ":" + o.type for o in tf.get_default_graph().get_operations() if "Regularizer" in o.name])
l1 = tf.contrib.layers.l1_regularizer(0.5, scope="my_l1")(v)
print(l1)
with tf.Session() as s:
    s.run(v.initializer)
    print(s.run(losses), s.run(l1))
`);
    expect(err(r)).toBe("");
    expect(r.stdout).toBe([
      "[<tf.Tensor 'v/Regularizer/l2_regularizer:0' shape=() dtype=float32>]",
      "['v/Regularizer/l2_regularizer/scale:Const', 'v/Regularizer/l2_regularizer/L2Loss:L2Loss', 'v/Regularizer/l2_regularizer:Mul']",
      "Tensor(\"my_l1:0\", shape=(), dtype=float32)",
      // 0.1 * (1 + 9) / 2 = 0.5 in float32 (0.1f * 5 rounds to 0.5); 0.5 * (1 + 3) = 2.
      "[0.5] 2.0",
      "",
    ].join("\n"));
  });

  it("checks the scale as the source does; 0.0 logs at INFO and returns a function of one argument giving None", () => {
    const r = run(`import tensorflow as tf
tf.logging.set_verbosity(tf.logging.INFO)
for f in (lambda: tf.contrib.layers.l2_regularizer(1), lambda: tf.contrib.layers.l2_regularizer(-0.5),
          lambda: tf.contrib.layers.l1_regularizer(True), lambda: tf.contrib.layers.l1_regularizer(-1.5)):
    try:
        f()
    except ValueError as e:
        print(e)
print(tf.contrib.layers.l2_regularizer(0.0)(tf.zeros([2])))
`);
    expect(err(r)).toBe("");
    // regularizers.py 51-58 and 89-96 (l2's "less than 0" message ends in a period, l1's does not).
    expect(r.stdout).toBe([
      "scale cannot be an integer: 1",
      "Setting a scale less than 0 on a regularizer: -0.5.",
      "scale cannot be an integer: True",
      "Setting a scale less than 0 on a regularizer: -1.5",
      "None",
      "",
    ].join("\n"));
    // The first use of tf.contrib logs its LazyLoader warning (api_template_v1.__init__.py 81-90), then the INFO line.
    expect(r.stderr.startsWith("WARNING:tensorflow:\nThe TensorFlow contrib module will not be included in TensorFlow 2.0.\n")).toBe(true);
    expect(r.stderr.endsWith("please file an issue.\n\nINFO:tensorflow:Scale of 0 disables regularizer.\n")).toBe(true);
  });
});

describe("tf.nn.l2_loss", () => {
  it("is one L2Loss op (a scalar), sum(t ** 2) / 2 in Eigen's order; its gradient is t * grad", () => {
    const r = run(`import tensorflow as tf
x = tf.Variable([[1.0, 2.0], [3.0, -4.0]])
l = tf.nn.l2_loss(x, name="loss")
g = tf.gradients(l, x)[0]
print(l, g)
with tf.Session() as s:
    s.run(x.initializer)
    print(s.run([l, g]))
    print(s.run(tf.nn.l2_loss(tf.constant([0.1] * 20))))
try:
    tf.nn.l2_loss(tf.constant([1, 2]))
except TypeError as e:
    print(e)
`);
    expect(err(r)).toBe("");
    expect(r.stdout).toBe([
      'Tensor("loss:0", shape=(), dtype=float32) Tensor("gradients/loss_grad/mul:0", shape=(2, 2), dtype=float32)',
      "[15.0, array([[ 1.,  2.],",
      "       [ 3., -4.]], dtype=float32)]",
      // 20 halves of 0.1f²: 16 in 8 lanes, a tail of 4, tail + predux(lanes) = 0.10000000894 (float32).
      "0.10000001",
      "Value passed to parameter 't' has DataType int32 not in list of allowed values: float16, bfloat16, float32, float64",
      "",
    ].join("\n"));
  });
});
