// Dataset.shuffle in TF 1.15 graph mode: the nodes dataset_ops.py ShuffleDataset adds (buffer_size,
// data/util/random_seed.py get_seed's `seed` and `seed2` Select), and the orders Session.run gives.
// The orders come from the kernel checked against TF's own kernel tests (test/tf/data/
// shuffle-kernel.test.ts) with the seeds framework/random_seed.py get_seed gives: (87654321, op seed)
// without a graph seed; without any seed TF seeds from the OS and the run is nondeterministic.
import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

const runR = (source: string) => runTf(`import tensorflow as tf\n${source}`, { filename: "prog.py", profile: "1.15" });
const run = (source: string) => {
  const r = runR(source);
  return r.stdout + (r.exception ? `${r.exception.type.split(".").pop()}: ${r.exception.message}` : "");
};

describe("Dataset.shuffle", () => {
  it("adds buffer_size, seed, the seed2 Select and ShuffleDataset with reshuffle_each_iteration", () => {
    expect(run(`ds = tf.data.Dataset.range(10).shuffle(4, seed=42)
print([op.name for op in tf.get_default_graph().get_operations()])
op = ds._variant_tensor.op
print(op.type, [t.name for t in op.inputs], op.get_attr("reshuffle_each_iteration"), type(ds).__name__)
print(tf.get_default_graph().get_operation_by_name("seed2").type)
print(tf.data.Dataset.range(3).shuffle(2, reshuffle_each_iteration=False)._variant_tensor.op.get_attr("reshuffle_each_iteration"))
`)).toBe([
      "['start', 'stop', 'step', 'RangeDataset', 'buffer_size', 'seed', 'seed2/Const', 'seed2/Equal/y', 'seed2/Equal', " +
        "'seed2/Equal_1/y', 'seed2/Equal_1', 'seed2/LogicalAnd', 'seed2/Const_1', 'seed2', 'ShuffleDataset']",
      "ShuffleDataset ['RangeDataset:0', 'buffer_size:0', 'seed:0', 'seed2:0'] True DatasetV1Adapter",
      // data/util/random_seed.py: array_ops.where(..., name=scope) is a Select named by the scope.
      "Select",
      "False",
      "",
    ].join("\n"));
  });

  it("without a seed makes two constants and an order that is a random draw", () => {
    const r = runR(`ds = tf.data.Dataset.range(5).shuffle(5)
print([op.name for op in tf.get_default_graph().get_operations()])
n = ds.make_one_shot_iterator().get_next()
with tf.Session() as sess:
    print(sorted(sess.run(n) for _ in range(5)))
`);
    expect(r.stdout).toBe("['start', 'stop', 'step', 'RangeDataset', 'buffer_size', 'seed', 'seed2', 'ShuffleDataset']\n[0, 1, 2, 3, 4]\n");
    expect(r.nondeterministic).toBe(true);
  });

  it("with a seed gives the kernel's order; an initializer run starts it again; repeat reshuffles", () => {
    const r = runR(`ds = tf.data.Dataset.range(10).shuffle(4, seed=42)
it = ds.make_initializable_iterator()
n = it.get_next()
fused = tf.data.Dataset.range(5).shuffle(5, seed=1).repeat(2).make_one_shot_iterator().get_next()
batched = tf.data.Dataset.range(5).shuffle(5, seed=1).batch(5).repeat(2).make_one_shot_iterator().get_next()
fixed = tf.data.Dataset.range(5).shuffle(5, seed=1, reshuffle_each_iteration=False).repeat(2).make_one_shot_iterator().get_next()
with tf.Session() as sess:
    for _ in range(2):
        sess.run(it.initializer)
        print([sess.run(n) for _ in range(10)])
    print([sess.run(fused) for _ in range(10)])
    print([list(sess.run(batched)) for _ in range(2)])
    print([sess.run(fixed) for _ in range(10)])
`);
    expect(r.exception).toBeUndefined();
    expect(r.nondeterministic).toBe(false);
    expect(r.stdout).toBe([
      "[1, 4, 2, 3, 5, 0, 6, 8, 7, 9]",
      // MakeIterator gives the iterator a fresh resource manager: the seed generator starts over.
      "[1, 4, 2, 3, 5, 0, 6, 8, 7, 9]",
      // shuffle().repeat() is fused (shuffle_and_repeat_fusion): one generator over both epochs.
      "[2, 4, 0, 3, 1, 4, 3, 0, 2, 1]",
      // Not fused: each epoch's shuffle iterator draws new seeds from the RandomSeedGenerator.
      "[[0, 4, 3, 1, 2], [3, 1, 0, 4, 2]]",
      // reshuffle_each_iteration=False: not fused, the same seeds each epoch.
      "[2, 4, 0, 3, 1, 2, 4, 0, 3, 1]",
      "",
    ].join("\n"));
  });

  it("raises the kernel's errors", () => {
    expect(run("n = tf.data.Dataset.range(3).shuffle(0).make_one_shot_iterator().get_next()\ntf.Session().run(n)\n"))
      .toContain("buffer_size must be greater than zero.");
    expect(run("n = tf.data.Dataset.range(3).shuffle(2, seed=1).repeat(0).make_one_shot_iterator().get_next()\ntf.Session().run(n)\n"))
      .toContain("count must be greater than zero or equal to -1.");
  });
});
