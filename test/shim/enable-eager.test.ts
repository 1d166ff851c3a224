/**
 * `tf.enable_eager_execution()` under the TF 1.15 profile (ops.py 5713-5808): at program start it turns
 * eager execution on for the rest of the run; once the default graph has been used it is a ValueError;
 * a second call does nothing. Its options are not modelled, so they are refused by name.
 */
import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

function run(source: string) {
  const r = runTf(source, { filename: "prog.py", profile: "1.15" });
  return { stdout: r.stdout, last: r.stderr.trimEnd().split("\n").pop() ?? "", unsupported: r.unsupported?.feature };
}

describe("tf.enable_eager_execution under TF 1.15", () => {
  it("at program start runs ops eagerly, with eager variables", () => {
    const r = run(`import tensorflow as tf
print(tf.executing_eagerly())
tf.enable_eager_execution()
tf.enable_eager_execution()
print(tf.executing_eagerly())
a = tf.constant(2)
print(a + 3, (a * 3).numpy())
print(tf.Variable(1.0))
`);
    expect(r.stdout).toBe(
      "False\nTrue\ntf.Tensor(5, shape=(), dtype=int32) 6\n<tf.Variable 'Variable:0' shape=() dtype=float32, numpy=1.0>\n",
    );
  });

  it("is a ValueError once the default graph was used, and graph-only APIs refuse eager mode", () => {
    expect(run(`import tensorflow as tf\nc = tf.constant(1)\ntf.enable_eager_execution()\n`).last).toBe(
      "ValueError: tf.enable_eager_execution must be called at program startup.",
    );
    expect(run(`import tensorflow as tf\ntf.enable_eager_execution()\ntf.placeholder(tf.float32)\n`).last).toBe(
      "RuntimeError: tf.placeholder() is not compatible with eager execution.",
    );
  });

  it("refuses the options it does not model by name", () => {
    expect(run(`import tensorflow as tf\ntf.enable_eager_execution(device_policy=None, execution_mode="x")\n`).unsupported).toBe(
      "tf.enable_eager_execution(execution_mode=...)",
    );
  });
});
