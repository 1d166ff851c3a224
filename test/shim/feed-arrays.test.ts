import { describe, expect, it } from "vitest";
import { runOut as run } from "./run-tf.js";

describe("feed_dict values are np.asarray(value, dtype=placeholder dtype) (session.py _run)", () => {
  it("a list holding ndarrays feeds as numpy stacks it, cast to the placeholder's dtype", () => {
    // The cookbook's `feed_dict={x_data: [x_vals_test]}`: np.asarray([float64 array], dtype=float32), shape (1, 3).
    const { out, r } = run(
      "import tensorflow as tf\nimport numpy as np\nx = tf.placeholder(tf.float32, [1, None])\nwith tf.Session() as s:\n    v = s.run(x * 2, feed_dict={x: [np.array([0.5, 1.25, 3.0])]})\n    print(v, v.dtype, v.shape)\n",
    );
    expect(r.exception).toBeUndefined();
    expect(out).toBe("[[1.  2.5 6. ]] float32 (1, 3)\n");
  });

  it("the shape check still follows: a stacked value of the wrong rank is TF's ValueError", () => {
    const { r } = run("import tensorflow as tf\nimport numpy as np\nx = tf.placeholder(tf.float32, [None])\nwith tf.Session() as s:\n    s.run(x, feed_dict={x: [np.array([0.5, 1.0])]})\n");
    // session.py 1149: "Cannot feed value of shape %r for Tensor %r, which has shape %r"
    expect(r.exception).toMatchObject({ type: "ValueError", message: "Cannot feed value of shape (1, 2) for Tensor 'Placeholder:0', which has shape '(?,)'" });
  });
});
