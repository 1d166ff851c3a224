import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

const run = (code: string) => runTf(code, { stdout: () => {}, stderr: () => {} });

// variables.py (TF 1.15) defines sparse_read, scatter_sub and gather_nd on Variable/RefVariable.
describe("a Variable member TF has and tfscope lacks", () => {
  it("says unsupported by name", () => {
    for (const [call, feature] of [["v.sparse_read([0])", "Variable.sparse_read"], ["v.scatter_sub(None)", "Variable.scatter_sub"], ["v.gather_nd([0])", "Variable.gather_nd"]]) {
      const r = run(`import tensorflow as tf\nv = tf.Variable(1.0)\n${call}\n`);
      expect(r.unsupported?.feature, call).toBe(feature);
    }
  });

  it("while a name TF lacks is CPython's AttributeError", () => {
    const r = run("import tensorflow as tf\nv = tf.Variable(1.0)\nv.nonexistent\n");
    expect(r.exception).toMatchObject({ type: "AttributeError", message: "'RefVariable' object has no attribute 'nonexistent'" });
  });
});
