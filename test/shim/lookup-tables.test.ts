// Lookup tables (lookup_ops.py: StaticHashTable, KeyValueTensorInitializer, tables_initializer) and the
// sparse ops the feature columns build (SparseTensor, sparse_tensor_to_dense, one_hot, gather_nd), against
// TF 1.15's Python and the kernels' definitions (core/kernels/lookup_table_op.h,
// initializable_lookup_table.cc, sparse_to_dense_op.cc, util/sparse/sparse_tensor.h, one_hot_op.cc).
import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

const run = (source: string) => {
  const r = runTf(source, { filename: "prog.py", profile: "1.15" });
  if (r.unsupported) return r.stdout + `unsupported: ${r.unsupported.feature}`;
  return r.stdout + (r.exception ? `${r.exception.type}: ${r.exception.message}` : "");
};

describe("tables_initializer (lookup_ops.py 66-84)", () => {
  it("is a NoOp named init_all_tables, grouping the TABLE_INITIALIZERS collection", () => {
    expect(run(`import tensorflow as tf
i = tf.tables_initializer()
print(i.name, i.type, i.control_inputs)
print(tf.initialize_all_tables().name, tf.initializers.tables_initializer is tf.tables_initializer)
`)).toBe("init_all_tables NoOp []\ninit_all_tables_1 True\n");
  });
});

describe("StaticHashTable (tf.lookup, v1)", () => {
  it("builds HashTableV2 and an import under key_value_init, looks up under <table>_Lookup", () => {
    expect(run(`import tensorflow as tf
t = tf.lookup.StaticHashTable(tf.lookup.KeyValueTensorInitializer(['a', 'b'], [7, 8]), -1)
print(type(t).__name__, t.name, t.key_dtype, t.value_dtype, t.resource_handle)
print(t.initializer.name, tf.get_collection(tf.GraphKeys.TABLE_INITIALIZERS))
o = t.lookup(tf.constant(['b', 'c', 'a']))
print(o, t.size())
with tf.Session() as s:
    s.run(t.initializer)
    print(s.run([o, t.size()]))
    # A second import of the same entries is no error (InitializableLookupTable::Initialize).
    s.run(tf.tables_initializer())
`)).toBe(`StaticHashTableV1 hash_table <dtype: 'string'> <dtype: 'int32'> Tensor("hash_table:0", shape=(), dtype=resource)
key_value_init/LookupTableImportV2 [<tf.Operation 'key_value_init/LookupTableImportV2' type=LookupTableImportV2>]
Tensor("hash_table_Lookup/LookupTableFindV2:0", shape=(3,), dtype=int32) Tensor("hash_table_Size/LookupTableSizeV2:0", shape=(), dtype=int64)
[array([ 8, -1,  7], dtype=int32), 2]
`);
  });

  it("fails a lookup before the import with the kernel's FailedPrecondition", () => {
    expect(run(`import tensorflow as tf
t = tf.lookup.StaticHashTable(tf.lookup.KeyValueTensorInitializer([1, 2], [3, 4]), 0)
with tf.Session() as s:
    s.run(t.lookup(tf.constant([1])))
`)).toBe("tensorflow.python.framework.errors_impl.FailedPreconditionError: Table not initialized.\n\t [[node hash_table_Lookup/LookupTableFindV2 ]]");
  });

  it("checks the keys' dtype when looking up and the initializer's against the table", () => {
    expect(run(`import tensorflow as tf
t = tf.lookup.StaticHashTable(tf.lookup.KeyValueTensorInitializer([1, 2], [3, 4]), 0)
t.lookup(tf.constant(['a']))
`)).toBe("TypeError: Signature mismatch. Keys must be dtype <dtype: 'int32'>, got <dtype: 'string'>.");
  });
});

describe("tf.contrib (TF 1.x's LazyLoader) and contrib.lookup (contrib/lookup/lookup_ops.py)", () => {
  it("maps a vocabulary to ids, out-of-vocabulary keys to the default", () => {
    expect(run(`import tensorflow as tf
t = tf.contrib.lookup.index_table_from_tensor(mapping=tf.constant(["emerson", "lake", "palmer"]), default_value=-1)
ids = t.lookup(tf.constant(["emerson", "lake", "and", "palmer"]))
h = tf.contrib.lookup.HashTable(tf.contrib.lookup.KeyValueTensorInitializer(["a"], [1]), 0)
print(ids, [op.name for op in tf.get_default_graph().get_operations() if op.type == "HashTableV2"], h.init.name)
with tf.Session() as s:
    tf.tables_initializer().run()
    print(ids.eval(), s.run(h.lookup(tf.constant(["a", "b"]))))
`)).toBe('Tensor("hash_table_Lookup/LookupTableFindV2:0", shape=(4,), dtype=int64) '
      + "['string_to_index/hash_table/hash_table', 'hash_table'] key_value_init/LookupTableImportV2\n[ 0  1 -1  2] [1 0]\n");
  });

  it("refuses the rest of contrib by name; TF 2 has no tf.contrib", () => {
    expect(run("import tensorflow as tf\ntf.contrib.layers.fully_connected(tf.zeros([1, 2]), 3)\n")).toBe("unsupported: tf.contrib.layers.fully_connected");
    expect(run("import tensorflow as tf\ntf.contrib.lookup.MutableHashTable(tf.string, tf.int64, -1)\n")).toBe("unsupported: tf.contrib.lookup.MutableHashTable");
    const r = runTf("import tensorflow as tf\ntf.contrib\n", { profile: "2" });
    expect(r.exception?.message).toBe("module 'tensorflow' has no attribute 'contrib'");
  });
});

describe("SparseTensor and the ops over coordinates", () => {
  it("converts its parts under a SparseTensor scope and knows its shape from dense_shape", () => {
    expect(run(`import tensorflow as tf
sp = tf.SparseTensor([[0, 0], [1, 2]], [1, 2], [3, 4])
print(sp)
print(sp.shape, sp.dtype, sp.op.name)
d = tf.sparse_tensor_to_dense(sp)
print(d, [op.name for op in d.op.inputs[3].op.graph.get_operations()][-2:])
with tf.Session() as s:
    print(s.run(d).tolist())
`)).toBe('SparseTensor(indices=Tensor("SparseTensor/indices:0", shape=(2, 2), dtype=int64), values=Tensor("SparseTensor/values:0", shape=(2,), dtype=int32), '
      + 'dense_shape=Tensor("SparseTensor/dense_shape:0", shape=(2,), dtype=int64))\n'
      + "(3, 4) <dtype: 'int32'> SparseTensor/values\n"
      + `Tensor("SparseToDense:0", shape=(3, 4), dtype=int32) ['zeros', 'SparseToDense']\n`
      + "[[1, 0, 0, 0], [0, 0, 2, 0], [0, 0, 0, 0]]\n");
  });

  it("SparseToDense checks the indices' order (sparse_tensor.h IndexValid)", () => {
    expect(run(`import tensorflow as tf
d = tf.sparse_tensor_to_dense(tf.SparseTensor([[1, 0], [0, 0]], [1, 2], [2, 2]))
with tf.Session() as s:
    s.run(d)
`)).toBe("tensorflow.python.framework.errors_impl.InvalidArgumentError: indices[1] = [0,0] is out of order. Many sparse ops require sorted indices.\n"
      + "    Use `tf.sparse.reorder` to create a correctly ordered copy.\n\n\n\t [[node SparseToDense ]]");
  });

  it("one_hot and gather_nd: names, shapes and values", () => {
    expect(run(`import tensorflow as tf
oh = tf.one_hot([0, 2, -1], 3)
g = tf.gather_nd([[1, 2], [3, 4]], [[1, 0], [0, 1]])
print(oh, g, [op.name for op in tf.get_default_graph().get_operations() if op.name.startswith('one_hot/')])
with tf.Session() as s:
    print(s.run(oh).tolist(), s.run(g).tolist())
tf.gather_nd([1, 2], [[0, 0]])
`)).toBe('Tensor("one_hot:0", shape=(3, 3), dtype=float32) Tensor("GatherNd:0", shape=(2,), dtype=int32) '
      // No on/off values given: one_hot converts 1 and 0 as on_value/off_value, then the op converts indices and depth.
      + "['one_hot/on_value', 'one_hot/off_value', 'one_hot/indices', 'one_hot/depth']\n"
      + "[[1.0, 0.0, 0.0], [0.0, 0.0, 1.0], [0.0, 0.0, 0.0]] [3, 2]\n"
      + "ValueError: indices.shape[-1] must be <= params.rank, but saw indices shape: [1,2] and params shape: [2] for 'GatherNd_1' (op: 'GatherNd') with input shapes: [2], [1,2].");
  });
});
