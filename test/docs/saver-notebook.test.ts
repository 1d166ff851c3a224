// A notebook that saves a model in one cell and restores it in the next (as the yongyehuang tutorial
// does, without its kernel restart): the checker runs both in one kernel over the run's files, and the
// restore's INFO line is on stdout as TF's logger prints it in Jupyter (tf_logging.get_logger).
import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/docs/check.js";
import { tfSessionFactory } from "../../src/shim/session.js";

function notebook(cells: [string, number, string][]): string {
  return JSON.stringify({
    cells: cells.map(([src, count, out]) => ({
      cell_type: "code",
      execution_count: count,
      metadata: {},
      outputs: out ? [{ name: "stdout", output_type: "stream", text: [out] }] : [],
      source: [src],
    })),
    metadata: { kernelspec: { display_name: "Python 3", language: "python", name: "python3" } },
    nbformat: 4,
    nbformat_minor: 2,
  });
}

describe("a notebook that saves and restores a model", () => {
  it("holds the saved path, the restore's log line and the restored values", () => {
    const save = `import tensorflow as tf
v1 = tf.Variable([1.0, 2.3], name="v1")
v2 = tf.Variable(55.5, name="v2")
saver = tf.train.Saver()
sess = tf.Session()
sess.run(tf.global_variables_initializer())
print("Model saved in file: %s" % saver.save(sess, "../ckpt/test-model.ckpt", global_step=1))`;
    const restore = `sess.run(v1.assign([11.0, 16.3]))
saver.restore(sess, tf.train.latest_checkpoint("../ckpt"))
print(sess.run(v1))
print(sess.run(v2))`;
    const d = checkDocument("nb.ipynb", notebook([
      [save, 1, "Model saved in file: ../ckpt/test-model.ckpt-1\n"],
      [restore, 2, "INFO:tensorflow:Restoring parameters from ../ckpt/test-model.ckpt-1\n[1.  2.3]\n55.5\n"],
    ]), { sessionFactory: tfSessionFactory });
    expect(d.snippets.map((s) => [s.cell, s.status, s.claims.map((c) => c.verdict)])).toEqual([
      [1, "pass", ["holds"]],
      [2, "pass", ["holds"]],
    ]);
  });

  it("restores after a kernel restart from the files the cells above saved (a restart keeps the disk)", () => {
    // The recording saved in cell 1 (In [1]), restarted the kernel, and ran cell 2 as In [1] of the new
    // kernel: its graph is rebuilt there, and the checkpoint cell 1 wrote is still on disk.
    const save = `import tensorflow as tf
v = tf.Variable(3.5, name="v")
saver = tf.train.Saver()
sess = tf.Session()
sess.run(tf.global_variables_initializer())
print(saver.save(sess, "ckpt/model.ckpt"))`;
    const restore = `import tensorflow as tf
v = tf.Variable(0.0, name="v")
saver = tf.train.Saver()
sess = tf.Session()
saver.restore(sess, "ckpt/model.ckpt")
print(sess.run(v))`;
    const d = checkDocument("nb.ipynb", notebook([
      [save, 1, "ckpt/model.ckpt\n"],
      [restore, 1, "INFO:tensorflow:Restoring parameters from ckpt/model.ckpt\n3.5\n"],
    ]), { sessionFactory: tfSessionFactory });
    expect(d.snippets.map((s) => [s.cell, s.status, s.reading.name, s.claims.map((c) => c.verdict)])).toEqual([
      [1, "pass", "page", ["holds"]],
      [2, "pass", "restart", ["holds"]],
    ]);
  });
});
