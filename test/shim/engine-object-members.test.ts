import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

const run = (code: string) => {
  let out = "";
  const r = runTf(code, { stdout: (s) => (out += s), stderr: () => {} });
  return { ...r, out };
};

// TF 1.15's API golden (tensorflow.-operation.pbtxt) lists node_def and op_def as Operation members.
describe("an Operation or Tensor member TF has and tfscope lacks", () => {
  it("says unsupported by name", () => {
    for (const [code, feature] of [["x.op.node_def", "Operation.node_def"], ["x.op.op_def", "Operation.op_def"], ["x.op.traceback", "Operation.traceback"]]) {
      const r = run(`import tensorflow as tf\nx = tf.placeholder(tf.float32, name="x")\n${code}\n`);
      expect(r.unsupported?.feature, code).toBe(feature);
    }
  });

  it("while a name TF lacks is CPython's AttributeError", () => {
    const r = run('import tensorflow as tf\nx = tf.placeholder(tf.float32, name="x")\nx.op.nonexistent\n');
    expect(r.exception).toMatchObject({ type: "AttributeError", message: "'Operation' object has no attribute 'nonexistent'" });
    const t = run('import tensorflow as tf\nx = tf.placeholder(tf.float32, name="x")\nx.nonexistent\n');
    expect(t.exception).toMatchObject({ type: "AttributeError", message: "'Tensor' object has no attribute 'nonexistent'" });
  });
});

// session.py `_do_call`: the op named in the message's `[[node x]]` is found in the graph and passed
// to the error's constructor as `op`, with that op's node_def.
describe("a Session.run error", () => {
  it("carries the op its message names", () => {
    const r = run(
      'import tensorflow as tf\nx = tf.placeholder(tf.float32, name="x")\nwith tf.Session() as s:\n' +
        "    try:\n        s.run(x * 2)\n    except tf.errors.InvalidArgumentError as e:\n" +
        "        print(e.op.name, e.op.type, e.error_code)\n        e.node_def\n",
    );
    expect(r.out).toBe("x Placeholder 3\n");
    expect(r.unsupported?.feature).toBe("Operation.node_def");
  });
});
