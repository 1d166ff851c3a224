// tf.matmul with an operand of rank > 2 or unknown rank: TF 1.15's math_ops.matmul builds BatchMatMulV2
// (forward_compatible(2019, 4, 25) holds: the horizon is 2019-08-21), transposes becoming adjoints.
// Shapes: common_shape_fns.cc BatchMatMulV2Shape; run-time checks: batch_matmul_op_impl.h.
import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

const run = (source: string) => {
  const r = runTf(source, { filename: "prog.py", profile: "1.15" });
  return r.stdout + (r.exception ? `${r.exception.type}: ${r.exception.message}` : "");
};

describe("batched tf.matmul (BatchMatMulV2)", () => {
  it("broadcasts batch dimensions, maps transpose_b to adj_y, and leaves an unknown rank unknown", () => {
    expect(run(`import tensorflow as tf
c = tf.matmul(tf.ones([2, 3, 4]), tf.ones([4, 5]))
print(c, c.op.type, c.op.get_attr("adj_x"), c.op.get_attr("adj_y"))
d = tf.matmul(tf.ones([2, 1, 3, 4]), tf.ones([5, 3, 4]), transpose_b=True)
print(d.shape, d.op.get_attr("adj_y"))
print(tf.matmul(tf.placeholder(tf.float32), tf.ones([4, 5])))
print(tf.ones([2, 3, 4]) @ tf.ones([2, 4, 6]))
`)).toBe(
      'Tensor("MatMul:0", shape=(2, 3, 5), dtype=float32) BatchMatMulV2 False False\n(2, 5, 3, 3) True\n' +
        // `x @ y` opens a `matmul` scope: names are uniquified case-insensitively (ops.py unique_name).
        'Tensor("MatMul_2:0", dtype=float32)\nTensor("matmul_3:0", shape=(2, 3, 6), dtype=float32)\n',
    );
  });

  it("refuses mismatched inner or batch dimensions with Merge's message", () => {
    expect(run(`import tensorflow as tf
for b in ([3, 5], [3, 4, 5]):
    try:
        tf.matmul(tf.ones([2, 3, 4]), tf.ones(b))
    except ValueError as e:
        print(e)
`)).toBe(
      "Dimensions must be equal, but are 4 and 3 for 'MatMul' (op: 'BatchMatMulV2') with input shapes: [2,3,4], [3,5].\n" +
        "Dimensions must be equal, but are 2 and 3 for 'MatMul_1' (op: 'BatchMatMulV2') with input shapes: [2,3,4], [3,4,5].\n",
    );
  });

  it("multiplies per batch in a session and checks fed shapes as the kernel does", () => {
    expect(run(`import tensorflow as tf
x = tf.placeholder(tf.float32)
with tf.Session() as s:
    print(s.run(tf.matmul(tf.reshape(tf.range(12.), [2, 2, 3]), tf.ones([3, 1]))).tolist())
    for feed, b in (([[[1., 2.]]], [4, 5]), ([[[1., 2., 3., 4.]]] * 3, [2, 4, 5])):
        try:
            s.run(tf.matmul(x, tf.ones(b)), {x: feed})
        except tf.errors.InvalidArgumentError as e:
            print(e.message.splitlines()[0])
`)).toBe(
      "[[[3.0], [12.0]], [[21.0], [30.0]]]\n" +
        "In[0] mismatch In[1] shape: 2 vs. 4: [1,1,2] [4,5] 0 0\n" +
        "In[0] and In[1] must have compatible batch dimensions: [3,1,4] vs. [2,4,5]\n",
    );
  });
});
