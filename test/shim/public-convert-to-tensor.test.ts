// tf.convert_to_tensor as TF's public API has it: TF 1.15's (value, dtype, name, preferred_dtype,
// dtype_hint) and TF 2's (value, dtype, dtype_hint, name) orders (ops.py convert_to_tensor and
// convert_to_tensor_v2); a numpy array becomes a Const named after `name`, a tensor is itself.
import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

const run = (source: string, profile: "1.15" | "2" = "1.15") => {
  const r = runTf(source, { filename: "prog.py", profile });
  return r.stdout + (r.exception ? `${r.exception.type}: ${r.exception.message}` : "");
};

describe("tf.convert_to_tensor", () => {
  it("makes a Const of a numpy array and passes a tensor through (TF 1.15)", () => {
    expect(run(`import numpy as np
import tensorflow as tf
d = tf.convert_to_tensor(np.array([[1., 2.], [3., 4.]]))
print(d)
c = tf.constant(1)
print(tf.convert_to_tensor(c) is c, tf.convert_to_tensor([1, 2], tf.float32, "v"))
`)).toBe('Tensor("Const:0", shape=(2, 2), dtype=float64)\nTrue Tensor("v:0", shape=(2,), dtype=float32)\n');
  });

  it("takes TF 2's order of arguments under the TF 2 profile", () => {
    expect(run(`import tensorflow as tf
print(tf.convert_to_tensor([1, 2], tf.float32, None, "v").dtype)
`, "2")).toBe("<dtype: 'float32'>\n");
  });
});

describe("tf.summary.merge_all", () => {
  it("is None when no summary op is in the collection (summary.py merge_all)", () => {
    expect(run(`import tensorflow as tf
print(tf.summary.merge_all())
`)).toBe("None\n");
  });
});
