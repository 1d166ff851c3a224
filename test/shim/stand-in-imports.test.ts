import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

function run(code: string, profile?: "1.15" | "2" | "0.12") {
  let out = "";
  const r = runTf(code, { stdout: (s) => (out += s), stderr: () => {}, ...(profile ? { profile } : {}) });
  return { out, r };
}

describe("TF packages the pip package has and tfscope does not model", () => {
  it("tensorflow.examples.tutorials.mnist imports (TF 1.15 ships it); reading the data sets is the gap", () => {
    // tensorflow/python/debug/BUILD 476: the pip package's debug examples depend on input_data.
    const { out, r } = run(
      "import tensorflow as tf\nfrom tensorflow.examples.tutorials.mnist import input_data\nx = tf.constant(1, name='x')\nprint(x.name)\nmnist = input_data.read_data_sets('MNIST_data/', one_hot=True)\n",
    );
    expect(out).toBe("x:0\n");
    expect(r.unsupported).toEqual({
      feature: "module 'tensorflow.examples' (tensorflow.examples.tutorials.mnist.input_data.read_data_sets)",
      line: 5,
    });
  });

  it("tensorflow.keras imports under 1.15 and 2.x, and is no module of TF 0.12 (tf.keras arrived in 1.4)", () => {
    expect(run("from tensorflow.keras import layers\nprint('ok')\nlayers.Dense(3)\n").r.unsupported?.feature).toBe(
      "module 'tensorflow.keras' (tensorflow.keras.layers.Dense)",
    );
    expect(run("import tensorflow.keras as K\nK.backend\n", "2").r.unsupported?.feature).toBe("module 'tensorflow.keras' (tensorflow.keras.backend)");
    expect(run("from tensorflow.keras import layers\n", "0.12").r.exception).toMatchObject({
      type: "ModuleNotFoundError",
      message: "No module named 'tensorflow.keras'",
    });
  });

  it("the stand-in is not bound on the tensorflow module: tf.keras keeps its own refusal", () => {
    expect(run("import tensorflow as tf\nimport tensorflow.keras\ntf.keras.layers.Dense(3)\n").r.unsupported?.feature).toBe("tf.keras.layers.Dense");
  });
});
