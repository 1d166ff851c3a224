import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

const run = (code: string) => runTf(code, { stdout: () => {}, stderr: () => {} });

// nn_ops.py 1917-1926 (TF 1.15): conv2d(input, filter=None, strides=None, padding=None, ..., filters=None),
// then deprecation.deprecated_argument_lookup("filters", filters, "filter", filter).
describe("tf.nn.conv2d's TF 1.15 signature", () => {
  it("takes the filter as `filters` too", () => {
    const r = run("import tensorflow as tf\nprint(tf.nn.conv2d(tf.zeros([1, 4, 4, 1]), filters=tf.zeros([2, 2, 1, 1]), strides=1, padding='SAME'))\n");
    expect(r.stdout).toBe('Tensor("Conv2D:0", shape=(1, 4, 4, 1), dtype=float32)\n');
  });

  it("refuses both, with deprecated_argument_lookup's ValueError", () => {
    const r = run("import tensorflow as tf\nw = tf.zeros([2, 2, 1, 1])\ntf.nn.conv2d(tf.zeros([1, 4, 4, 1]), w, 1, 'SAME', filters=w)\n");
    expect(r.exception).toMatchObject({ type: "ValueError", message: "Cannot specify both 'filter' and 'filters'" });
  });
});
