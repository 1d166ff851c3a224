/**
 * Issue #12's "Why": every call real TF 1.15 tutorials make (by frequency) that tfscope once lacked, called
 * once. Each is modelled (the program runs) or refused as tfscope's own `unsupported: <what>` naming the
 * API, never an AttributeError, a NameError or an internal error (TF has every one of these names).
 */
import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

// [case, a word the unsupported feature must name, program after `import numpy as np; import tensorflow as tf`]
const CALLS: [string, string, string][] = [
  ["optimizers", "Optimizer", "v = tf.Variable(1.0)\nloss = v * v\nfor o in [tf.train.GradientDescentOptimizer(0.1), tf.train.MomentumOptimizer(0.1, 0.9), tf.train.AdamOptimizer(), tf.train.AdagradOptimizer(0.1), tf.train.RMSPropOptimizer(0.1)]:\n    o.minimize(loss)"],
  ["saver", "Saver", "v = tf.Variable(1.0)\nsaver = tf.train.Saver()"],
  ["replica_device_setter", "replica_device_setter", "with tf.device(tf.train.replica_device_setter(ps_tasks=2)):\n    v = tf.Variable(1.0)"],
  ["np_ceil", "ceil", "print(np.ceil(np.array([1.2, -0.5])))"],
  ["add_n", "add_n", "print(tf.add_n([tf.constant(1.0), tf.constant(2.0)]))"],
  ["batched_matmul", "matmul", "print(tf.matmul(tf.ones([2, 3, 4]), tf.ones([2, 4, 5])))"],
  ["unstack", "unstack", "print(tf.unstack(tf.ones([3, 2])))"],
  ["while_loop", "while_loop", "r = tf.while_loop(lambda i: i < 10, lambda i: i + 1, [tf.constant(0)])"],
  ["dense_rank3", "dense", "print(tf.layers.dense(tf.ones([2, 3, 4]), 5))"],
  ["tf_data", "tf\\.data", "ds = tf.data.Dataset.from_tensor_slices([1, 2, 3])"],
  ["tf_device", "device", "with tf.device(\"/cpu:0\"):\n    c = tf.constant(1.0)\nprint(c.device)"],
  ["summary_scalar", "summary", "print(tf.summary.scalar(\"loss\", tf.constant(1.0)))"],
  ["tf_Print", "Print", "print(tf.Print(tf.constant(1.0), [tf.constant(2.0)]))"],
  ["py_func", "py_func", "print(tf.py_func(lambda x: x * 2, [tf.constant(1.0)], tf.float32))"],
  ["cond", "cond", "print(tf.cond(tf.constant(True), lambda: tf.constant(1), lambda: tf.constant(2)))"],
  ["where", "where", "print(tf.where(tf.constant([True, False]), tf.ones([2]), tf.zeros([2])))"],
  ["TensorArray", "TensorArray", "ta = tf.TensorArray(tf.float32, size=2)"],
  ["initialized_value", "initialized_value", "v = tf.Variable(1.0)\nw = tf.Variable(v.initialized_value() * 2)\nprint(w)"],
  ["RunOptions", "RunOptions", "with tf.Session() as s:\n    print(s.run(tf.constant(1), options=tf.RunOptions(trace_level=tf.RunOptions.FULL_TRACE)))"],
  ["gradients", "gradients", "x = tf.constant(2.0)\nprint(tf.gradients(x * x, x))"],
  ["split", "split", "print(tf.split(tf.ones([4, 2]), 2))"],
  ["DeviceSpec", "DeviceSpec", "print(tf.DeviceSpec(job=\"ps\", task=1).to_string())"],
  ["assert_equal", "assert_equal", "print(tf.assert_equal(tf.constant(1), tf.constant(1)))"],
  ["softmax_xent", "softmax_cross_entropy_with_logits", "print(tf.nn.softmax_cross_entropy_with_logits(labels=tf.ones([2, 3]), logits=tf.ones([2, 3])))"],
  ["log_softmax", "log_softmax", "print(tf.nn.log_softmax(tf.ones([2, 3])))"],
  ["reduce_logsumexp", "reduce_logsumexp", "print(tf.reduce_logsumexp(tf.ones([2, 3])))"],
  ["contrib", "tf\\.contrib", "print(tf.contrib.layers.xavier_initializer())"],
  ["estimator", "estimator", "e = tf.estimator.Estimator(model_fn=lambda features, labels, mode: None)"],
];

describe("the tutorial calls of issue #12", () => {
  for (const [name, word, body] of CALLS) {
    it(name, () => {
      const r = runTf(`import numpy as np\nimport tensorflow as tf\n${body}\n`, { filename: "prog.py", profile: "1.15", stdout: () => {}, stderr: () => {} });
      if (r.unsupported !== undefined) {
        expect(r.unsupported.feature).toMatch(new RegExp(word));
      } else {
        expect(r.exception, JSON.stringify(r.exception)).toBeUndefined();
      }
    });
  }
});
