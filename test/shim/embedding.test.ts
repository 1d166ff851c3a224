// tf.nn.embedding_lookup (tensorflow/python/ops/embedding_ops.py of TF 1.15, _embedding_lookup_and_transform
// 83-244 and embedding_lookup 247-318) for one params tensor or RefVariable.
import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

const run = (source: string) => runTf(source, { filename: "prog.py", profile: "1.15" });
const err = (r: ReturnType<typeof run>): string =>
  r.exception ? `${r.exception.type}: ${r.exception.message}` : r.unsupported ? `unsupported: ${r.unsupported.feature}` : "";

describe("tf.nn.embedding_lookup", () => {
  it("gathers from a variable's snapshot: GatherV2 named after the scope, colocated with the variable, then Identity", () => {
    const r = run(`import tensorflow as tf
emb = tf.Variable([[0.5, 1.5], [2.5, 3.5], [4.5, 5.5]], name="emb")
ids = tf.placeholder(tf.int32, [None])
e = tf.nn.embedding_lookup(emb, ids)
print(e)
for op in tf.get_default_graph().get_operations():
    if op.name.startswith("embedding_lookup"):
        print(op.name, op.type, [t.name for t in op.inputs], op.colocation_groups())
with tf.Session() as s:
    s.run(emb.initializer)
    print(s.run(e, {ids: [2, 0, 2]}).tolist())
`);
    expect(err(r)).toBe("");
    expect(r.stdout).toBe([
      'Tensor("embedding_lookup/Identity:0", shape=(?, 2), dtype=float32)',
      // ops.colocate_with(params[0]) covers gather_v2's axis constant and the GatherV2; the identity is outside it.
      "embedding_lookup/axis Const [] [b'loc:@emb']",
      "embedding_lookup GatherV2 ['emb/read:0', 'Placeholder:0', 'embedding_lookup/axis:0'] [b'loc:@emb']",
      "embedding_lookup/Identity Identity ['embedding_lookup:0'] [b'loc:@embedding_lookup/Identity']",
      "[[4.5, 5.5], [0.5, 1.5], [4.5, 5.5]]",
      "",
    ].join("\n"));
  });

  it("converts plain params and ids under the scope as params_0 and ids; the result is ids' shape + params' shape[1:]", () => {
    const r = run(`import tensorflow as tf, numpy as np
e = tf.nn.embedding_lookup(np.arange(6, dtype=np.float32).reshape(3, 2), [[0, 2], [1, 1]], name="look")
print(e)
print([(op.name, op.type) for op in tf.get_default_graph().get_operations()])
with tf.Session() as s:
    print(s.run(e).tolist())
    try:
        s.run(tf.nn.embedding_lookup(tf.zeros([3, 2]), [3]))
    except tf.errors.InvalidArgumentError as ex:
        print(ex.message.splitlines()[0])
`);
    expect(err(r)).toBe("");
    expect(r.stdout).toBe([
      'Tensor("look/Identity:0", shape=(2, 2, 2), dtype=float32)',
      "[('look/params_0', 'Const'), ('look/ids', 'Const'), ('look/axis', 'Const'), ('look', 'GatherV2'), ('look/Identity', 'Identity')]",
      "[[[0.0, 1.0], [4.0, 5.0]], [[2.0, 3.0], [2.0, 3.0]]]",
      // gather_op.cc: the out-of-range index's InvalidArgumentError.
      "indices[0] = 3 is not in [0, 3)",
      "",
    ].join("\n"));
  });

  it("raises embedding_ops.py's ValueErrors for no params", () => {
    const r = run(`import tensorflow as tf
for p in (None, [], ()):
    try:
        tf.nn.embedding_lookup(p, [0])
    except ValueError as e:
        print(e)
`);
    expect(err(r)).toBe("");
    expect(r.stdout).toBe("params must be specified\nNeed at least one param\nNeed at least one param\n");
  });

  it("refuses by name what it does not model: several partitions, max_norm, a ResourceVariable, training through the gather", () => {
    const cases: [string, string][] = [
      ["tf.nn.embedding_lookup([tf.zeros([2, 3]), tf.zeros([2, 3])], [1])", "tf.nn.embedding_lookup of 2 partitions (a list of params or a PartitionedVariable)"],
      ["tf.nn.embedding_lookup(tf.zeros([2, 3]), [1], max_norm=1.0)", "tf.nn.embedding_lookup(max_norm=...)"],
      ['tf.nn.embedding_lookup(tf.get_variable("r", [2, 3], use_resource=True), [1])', "tf.nn.embedding_lookup of a ResourceVariable (its sparse_read: ResourceGather)"],
      ["v = tf.Variable(tf.ones([2, 3]))\ntf.train.GradientDescentOptimizer(0.1).minimize(tf.reduce_sum(tf.nn.embedding_lookup(v, [1])))", "gradient of GatherV2"],
    ];
    for (const [code, feature] of cases) {
      const r = run(`import tensorflow as tf\n${code}\n`);
      expect(r.unsupported?.feature).toBe(feature);
    }
  });
});
