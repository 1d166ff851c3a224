import { describe, expect, it } from "vitest";
import { runOut as run } from "./run-tf.js";

describe("a RefVariable's snapshot (v/read) shares the variable's buffer", () => {
  it("a consumer behind a control dependency on an assignment reads the assigned value", () => {
    // executor.cc PrepareInputs hands Identity the variable's tensor; Identity forwards the buffer, which
    // Assign updates in place (assign_op.h): x * y, run after assign_op, reads 2, 3, 4 (recorded 4.0, 6.0, 8.0).
    const { out, r } = run(`import tensorflow as tf
x = tf.constant(2, dtype=tf.float32)
y = tf.Variable(1, dtype=tf.float32)
assign_op = tf.assign(y, y + 1)
with tf.control_dependencies([assign_op]):
    new_value = x * y
with tf.Session() as sess:
    tf.global_variables_initializer().run()
    for _ in range(3):
        print(sess.run(new_value))
`);
    expect(r.exception).toBeUndefined();
    expect(out).toBe("4.0\n6.0\n8.0\n");
  });

  it("an uninitialized variable still fails at its read node", () => {
    const { r } = run("import tensorflow as tf\nz = tf.Variable(5.0)\nwith tf.Session() as sess:\n    sess.run(z * 2)\n");
    expect(r.exception?.message).toMatch(/^Attempting to use uninitialized value Variable\n\t \[\[node Variable\/read/);
  });
});
