// tf.nn functions through Python: tf.nn.conv2d is the op wrapper (nn_ops.py conv2d → Conv2D), not the
// layer function of the same short name.
import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

const run = (source: string) => runTf(source, { filename: "prog.py", profile: "1.15" });

describe("tf.nn", () => {
  it("conv2d builds Conv2D with the SAME shape and computes it", () => {
    const r = run(`import tensorflow as tf
import numpy as np
x = tf.placeholder(tf.float32, [1, 4, 4, 1])
y = tf.nn.conv2d(x, tf.ones([2, 2, 1, 1]), strides=[1, 1, 1, 1], padding="SAME")
print(y)
with tf.Session() as s:
    print(s.run(y, {x: np.arange(16, dtype=np.float32).reshape(1, 4, 4, 1)})[0, :, 0, 0])
`);
    // SAME with an even window pads after: the last row sums rows 3 and the zero row.
    expect(r.stdout).toBe('Tensor("Conv2D:0", shape=(1, 4, 4, 1), dtype=float32)\n[10. 26. 42. 25.]\n');
  });
});
