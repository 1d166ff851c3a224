/**
 * tf.layers.Dropout with a `training` tensor known only when run: keras's Dropout.call goes through
 * tf_utils.smart_cond, whose smart_constant_value is None for a placeholder, so TF 1.15 builds
 * control_flow_ops.cond in the layer's scope (`dropout/cond/...`): nn.dropout in the true branch, an
 * Identity in the false one.
 */
import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

describe("Dropout with a training placeholder", () => {
  it("builds a cond and runs the branch the feed selects", () => {
    const r = runTf(`import numpy as np
import tensorflow as tf
x = tf.ones((5, 5))
training = tf.placeholder(dtype="bool")
y = tf.layers.Dropout(0.5, seed=1).apply(x, training=training)
print(y.name, y.op.type, y.shape)
with tf.Session() as sess:
    on = sess.run(y, {training: True})
    print(on.min(), on.max(), sorted(set(on.flatten().tolist())))
    print(np.array_equal(sess.run(y, {training: False}), np.ones((5, 5))))
`, { filename: "prog.py", profile: "1.15" });
    // rate 0.5 keeps a value as x / 0.5 = 2.0 or drops it to 0.0.
    expect(r.stdout).toBe("dropout/cond/Merge:0 Merge (5, 5)\n0.0 2.0 [0.0, 2.0]\nTrue\n");
  });
});
