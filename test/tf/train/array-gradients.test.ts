/**
 * The gradients of array_grad.py (TF 1.15) for Transpose, ExpandDims, Squeeze, ConcatV2, Pack,
 * Unpack, Slice, StridedSlice, Tile, Pad and Split: the ops each builds, in TF's order and with TF's
 * names, and the values Session.run computes for them; tf.pad (Pad, PadV2).
 */
import { describe, expect, it } from "vitest";
import { runTf } from "../../../src/shim/run.js";

const run = (source: string) => runTf(source, { filename: "prog.py", profile: "1.15" });
const ops = (prefix: string) => `print([o.name for o in tf.get_default_graph().get_operations() if o.name.startswith("${prefix}")])`;
const head = `import tensorflow as tf
x = tf.Variable([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
def grad(y):
    g, = tf.gradients(y, x)
    return g
`;
const values = (n: number) => `with tf.Session() as s:
    s.run(tf.global_variables_initializer())
${Array.from({ length: n }, (_, i) => `    print(s.run(g${i}).tolist())`).join("\n")}
`;

describe("gradients of the reshaping ops", () => {
  it("Transpose: the gradient transposed by InvertPermutation(perm); ExpandDims, Squeeze: Reshape to Shape(x)", () => {
    const r = run(`${head}g0 = grad(tf.reduce_sum(tf.transpose(x) * [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]))
g1 = grad(tf.reduce_sum(tf.squeeze(tf.expand_dims(x, 0)) * 3.0))
print(g0.name, g1.name)
${ops("gradients/transpose_grad")}
${ops("gradients_1/ExpandDims_grad")}
${values(2)}`);
    expect(r.stdout).toBe("gradients/transpose_grad/transpose:0 gradients_1/ExpandDims_grad/Reshape:0\n"
      + "['gradients/transpose_grad/InvertPermutation', 'gradients/transpose_grad/transpose']\n"
      + "['gradients_1/ExpandDims_grad/Shape', 'gradients_1/ExpandDims_grad/Reshape']\n"
      + "[[1.0, 3.0, 5.0], [2.0, 4.0, 6.0]]\n[[3.0, 3.0, 3.0], [3.0, 3.0, 3.0]]\n");
  });

  it("Tile: the gradient reshaped to (multiple, dim) pairs and summed over the multiples", () => {
    const r = run(`${head}g0 = grad(tf.reduce_sum(tf.tile(x, [2, 3]) * tf.reshape(tf.range(4.0), [4, 1])))
${ops("gradients/Tile_grad")}
${values(1)}`);
    // array_grad.py 725-752; tiled row k has weight k: row r of x is tiled rows r and r + 2, over 3
    // column tiles: 3 * (r + (r + 2)) per element.
    expect(r.stdout).toBe("['gradients/Tile_grad/Shape', 'gradients/Tile_grad/stack', 'gradients/Tile_grad/transpose/perm', "
      + "'gradients/Tile_grad/transpose', 'gradients/Tile_grad/Reshape/shape', 'gradients/Tile_grad/Reshape', 'gradients/Tile_grad/Size', "
      + "'gradients/Tile_grad/range/start', 'gradients/Tile_grad/range/delta', 'gradients/Tile_grad/range', 'gradients/Tile_grad/Reshape_1', "
      + "'gradients/Tile_grad/Sum']\n[[6.0, 6.0, 6.0], [12.0, 12.0, 12.0]]\n");
  });
});

describe("gradients of joining and splitting", () => {
  it("ConcatV2: ConcatOffset of the inputs' shapes, one Slice per input (ShapeN when a shape is unknown)", () => {
    const r = run(`${head}g0 = grad(tf.reduce_sum(tf.concat([x, x * 2.0], 1)))
${ops("gradients/concat_grad")}
p = tf.placeholder(tf.float32, [None, 3])
h, = tf.gradients(tf.concat([p, p * 2.0], 0), p)
${ops("gradients_1/concat_1_grad")}
${values(1)}`);
    expect(r.stdout).toBe("['gradients/concat_grad/Rank', 'gradients/concat_grad/mod', 'gradients/concat_grad/Shape', "
      + "'gradients/concat_grad/Shape_1', 'gradients/concat_grad/ConcatOffset', 'gradients/concat_grad/Slice', 'gradients/concat_grad/Slice_1']\n"
      + "['gradients_1/concat_1_grad/Rank', 'gradients_1/concat_1_grad/mod', 'gradients_1/concat_1_grad/Shape', 'gradients_1/concat_1_grad/ShapeN', "
      + "'gradients_1/concat_1_grad/ConcatOffset', 'gradients_1/concat_1_grad/Slice', 'gradients_1/concat_1_grad/Slice_1']\n"
      + "[[3.0, 3.0, 3.0], [3.0, 3.0, 3.0]]\n");
  });

  it("Pack: Unpack named unstack; Unpack: stack; Split: concat", () => {
    const r = run(`${head}g0 = grad(tf.reduce_sum(tf.stack([x, x], axis=1) * [[[1.0]], [[2.0]]]))
g1 = grad(tf.reduce_sum(tf.unstack(x)[1] * 5.0))
g2 = grad(tf.reduce_sum(tf.split(x, 3, axis=1)[2] * 4.0))
print(g1.name, g2.name)
${ops("gradients/stack_grad")}
${values(3)}`);
    expect(r.stdout).toBe("gradients_1/unstack_grad/stack:0 gradients_2/split_grad/concat:0\n['gradients/stack_grad/unstack']\n"
      + "[[2.0, 2.0, 2.0], [4.0, 4.0, 4.0]]\n[[0.0, 0.0, 0.0], [5.0, 5.0, 5.0]]\n[[0.0, 0.0, 4.0], [0.0, 0.0, 4.0]]\n");
  });
});

describe("gradients of slicing and padding", () => {
  it("Slice: the gradient padded back; StridedSlice: StridedSliceGrad; Pad: the input's box sliced out", () => {
    const r = run(`${head}g0 = grad(tf.reduce_sum(tf.slice(x, [0, 1], [2, 2]) * 7.0))
g1 = grad(tf.reduce_sum(x[:, 1:] * 3.0) + tf.reduce_sum(x[1] * 10.0))
g2 = grad(tf.reduce_sum(tf.pad(x, [[1, 0], [2, 1]]) * tf.reshape(tf.range(18.0), [3, 6])))
${ops("gradients/Slice_grad")}
${ops("gradients_1/strided_slice_grad")}
${ops("gradients_2/Pad_grad")}
${values(3)}`);
    expect(r.stdout).toBe("['gradients/Slice_grad/Rank', 'gradients/Slice_grad/Shape', 'gradients/Slice_grad/stack/1', "
      + "'gradients/Slice_grad/stack', 'gradients/Slice_grad/Reshape', 'gradients/Slice_grad/Shape_1', 'gradients/Slice_grad/sub', "
      + "'gradients/Slice_grad/sub_1', 'gradients/Slice_grad/Reshape_1', 'gradients/Slice_grad/concat/axis', 'gradients/Slice_grad/concat', "
      + "'gradients/Slice_grad/Pad']\n"
      + "['gradients_1/strided_slice_grad/Shape', 'gradients_1/strided_slice_grad/StridedSliceGrad']\n"
      + "['gradients_2/Pad_grad/Rank', 'gradients_2/Pad_grad/stack/1', 'gradients_2/Pad_grad/stack', 'gradients_2/Pad_grad/Slice/begin', "
      + "'gradients_2/Pad_grad/Slice', 'gradients_2/Pad_grad/Reshape/shape', 'gradients_2/Pad_grad/Reshape', 'gradients_2/Pad_grad/Shape', "
      + "'gradients_2/Pad_grad/Slice_1']\n"
      + "[[0.0, 7.0, 7.0], [0.0, 7.0, 7.0]]\n[[0.0, 3.0, 3.0], [10.0, 13.0, 13.0]]\n[[8.0, 9.0, 10.0], [14.0, 15.0, 16.0]]\n");
  });

  it("tf.pad builds Pad for a zero constant_values, PadV2 otherwise, and refuses REFLECT by name", () => {
    const r = run(`import tensorflow as tf
t = tf.constant([[1, 2], [3, 4]])
a = tf.pad(t, [[0, 1], [1, 0]])
b = tf.pad(t, [[1, 1], [0, 0]], constant_values=9)
print(a.name, a.shape, b.name, b.shape)
with tf.Session() as s:
    print(s.run(a))
    print(s.run(b))
tf.pad(t, [[1, 1], [1, 1]], "REFLECT")
`);
    expect(r.stdout).toBe("Pad:0 (3, 3) PadV2:0 (4, 2)\n[[0 1 2]\n [0 3 4]\n [0 0 0]]\n[[9 9]\n [1 2]\n [3 4]\n [9 9]]\n");
    expect(r.unsupported?.feature).toBe('tf.pad(mode="REFLECT")');
  });
});
