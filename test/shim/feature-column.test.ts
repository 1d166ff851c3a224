// tf.feature_column's modelled subset and the v1 input_layer, against TF 1.15's
// tensorflow/python/feature_column/feature_column.py (_internal_input_layer, _LazyBuilder,
// _to_sparse_input_and_drop_ignore_values) and feature_column_v2.py (the column classes and their
// checks). Op names follow from the scopes those functions open; values from the kernels' definitions.
import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

const run = (source: string) => {
  const r = runTf(source, { filename: "prog.py", profile: "1.15" });
  if (r.unsupported) return r.stdout + `unsupported: ${r.unsupported.feature}`;
  return r.stdout + (r.exception ? `${r.exception.type}: ${r.exception.message}` : "");
};

// The r1 guide's example (guide/low_level_intro.md, "Feature columns").
const GUIDE = `import tensorflow as tf
features = {
    'sales' : [[5], [10], [8], [9]],
    'department': ['sports', 'sports', 'gardening', 'gardening']}
department_column = tf.feature_column.categorical_column_with_vocabulary_list(
        'department', ['sports', 'gardening'])
department_column = tf.feature_column.indicator_column(department_column)
columns = [tf.feature_column.numeric_column('sales'), department_column]
inputs = tf.feature_column.input_layer(features, columns)
`;

describe("the columns' reprs (collections.namedtuple, TF's class names)", () => {
  it("shows every field, defaults filled in as the constructors store them", () => {
    expect(run(`import tensorflow as tf
fc = tf.feature_column
print(fc.numeric_column('sales'))
# _check_shape makes an int shape a 1-tuple; check_default_value a tuple of that shape.
print(fc.numeric_column('p', shape=2, default_value=1))
print(fc.categorical_column_with_vocabulary_list('d', ['a', 'b']))
# np.array([3, 1]).dtype is int64: the inferred dtype.
print(fc.categorical_column_with_vocabulary_list('n', [3, 1]))
print(fc.indicator_column(fc.categorical_column_with_identity('i', 4)))
print(fc.indicator_column(fc.categorical_column_with_identity('i', 4)).name)
`)).toBe("NumericColumn(key='sales', shape=(1,), default_value=None, dtype=tf.float32, normalizer_fn=None)\n"
      + "NumericColumn(key='p', shape=(2,), default_value=(1, 1), dtype=tf.float32, normalizer_fn=None)\n"
      + "VocabularyListCategoricalColumn(key='d', vocabulary_list=('a', 'b'), dtype=tf.string, default_value=-1, num_oov_buckets=0)\n"
      + "VocabularyListCategoricalColumn(key='n', vocabulary_list=(3, 1), dtype=tf.int64, default_value=-1, num_oov_buckets=0)\n"
      + "IndicatorColumn(categorical_column=IdentityCategoricalColumn(key='i', number_buckets=4, default_value=None))\n"
      + "i_indicator\n");
  });

  it("raises the constructors' errors", () => {
    const fc = "import tensorflow as tf\nfc = tf.feature_column\n";
    expect(run(fc + "fc.categorical_column_with_vocabulary_list('n', ['a', 'a'])"))
      .toBe("ValueError: Duplicate keys in vocabulary_list ['a', 'a'], column_name: n");
    expect(run(fc + "fc.categorical_column_with_vocabulary_list('n', [])"))
      .toBe("ValueError: vocabulary_list [] must be non-empty, column_name: n");
    expect(run(fc + "fc.categorical_column_with_vocabulary_list('n', ['a'], default_value=0, num_oov_buckets=1)"))
      .toBe("ValueError: Can't specify both num_oov_buckets and default_value in n.");
    expect(run(fc + "fc.numeric_column('p', shape=0)"))
      .toBe("ValueError: shape dimensions must be greater than 0. shape: (0,), key: p");
    expect(run(fc + "fc.numeric_column('p', dtype=tf.string)"))
      .toBe("ValueError: dtype must be convertible to float. dtype: <dtype: 'string'>, key: p");
    expect(run(fc + "fc.numeric_column(1)")).toBe("ValueError: key must be a string. Got: type <class 'int'>. Given key: 1.");
    expect(run(fc + "fc.categorical_column_with_identity('i', 3, default_value=3)"))
      .toBe("ValueError: default_value 3 not in range [0, 3), column_name i");
  });
});

describe("input_layer (feature_column.py 172-231)", () => {
  it("builds each column under input_layer/<column name>, columns sorted by name, then concat", () => {
    expect(run(GUIDE + `print(inputs)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
`)).toBe(`Tensor("input_layer/concat:0", shape=(4, 3), dtype=float32)
input_layer/department_indicator/Const Const
input_layer/department_indicator/ExpandDims/dim Const
input_layer/department_indicator/ExpandDims ExpandDims
input_layer/department_indicator/to_sparse_input/ignore_value/x Const
input_layer/department_indicator/to_sparse_input/NotEqual NotEqual
input_layer/department_indicator/to_sparse_input/indices Where
input_layer/department_indicator/to_sparse_input/values GatherNd
input_layer/department_indicator/to_sparse_input/dense_shape Const
input_layer/department_indicator/department_lookup/Const Const
input_layer/department_indicator/department_lookup/Size Const
input_layer/department_indicator/department_lookup/range/start Const
input_layer/department_indicator/department_lookup/range/delta Const
input_layer/department_indicator/department_lookup/range Range
input_layer/department_indicator/department_lookup/Cast Cast
input_layer/department_indicator/department_lookup/hash_table/Const Const
input_layer/department_indicator/department_lookup/hash_table/hash_table HashTableV2
input_layer/department_indicator/department_lookup/hash_table/table_init/LookupTableImportV2 LookupTableImportV2
input_layer/department_indicator/hash_table_Lookup/LookupTableFindV2 LookupTableFindV2
input_layer/department_indicator/SparseToDense/default_value Const
input_layer/department_indicator/SparseToDense SparseToDense
input_layer/department_indicator/one_hot/Const Const
input_layer/department_indicator/one_hot/Const_1 Const
input_layer/department_indicator/one_hot/depth Const
input_layer/department_indicator/one_hot/on_value Const
input_layer/department_indicator/one_hot/off_value Const
input_layer/department_indicator/one_hot OneHot
input_layer/department_indicator/Sum/reduction_indices Const
input_layer/department_indicator/Sum Sum
input_layer/department_indicator/Shape Const
input_layer/department_indicator/strided_slice/stack Const
input_layer/department_indicator/strided_slice/stack_1 Const
input_layer/department_indicator/strided_slice/stack_2 Const
input_layer/department_indicator/strided_slice StridedSlice
input_layer/department_indicator/Reshape/shape/1 Const
input_layer/department_indicator/Reshape/shape Pack
input_layer/department_indicator/Reshape Reshape
input_layer/sales/Const Const
input_layer/sales/Cast Cast
input_layer/sales/Shape Const
input_layer/sales/strided_slice/stack Const
input_layer/sales/strided_slice/stack_1 Const
input_layer/sales/strided_slice/stack_2 Const
input_layer/sales/strided_slice StridedSlice
input_layer/sales/Reshape/shape/1 Const
input_layer/sales/Reshape/shape Pack
input_layer/sales/Reshape Reshape
input_layer/concat/axis Const
input_layer/concat ConcatV2
`);
  });

  it("gives the guide's values once the tables are initialized, and TF's error before", () => {
    expect(run(GUIDE + `sess = tf.Session()
try:
    sess.run(inputs)
except tf.errors.FailedPreconditionError as e:
    print(e.message)
var_init = tf.global_variables_initializer()
table_init = tf.tables_initializer()
print(table_init.name, table_init.type, [i.name for i in table_init.control_inputs])
print(sess.run((var_init, table_init)))
print(sess.run(inputs))
`)).toBe("Table not initialized.\n\t [[node input_layer/department_indicator/hash_table_Lookup/LookupTableFindV2 ]]\n"
      + "init_all_tables NoOp ['input_layer/department_indicator/department_lookup/hash_table/table_init/LookupTableImportV2']\n"
      + "(None, None)\n"
      + "[[ 1.  0.  5.]\n [ 1.  0. 10.]\n [ 0.  1.  8.]\n [ 0.  1.  9.]]\n");
  });

  it("drops -1 from integer features, casts them to int64, and gives out-of-vocabulary ids no hot bit", () => {
    expect(run(`import tensorflow as tf
fc = tf.feature_column
c = fc.categorical_column_with_vocabulary_list('n', [3, 1, 2])
f = {'n': [[1, 7], [2, -1]], 'p': [[1., 2.], [3., 4.]]}
x = fc.input_layer(f, [fc.indicator_column(c), fc.numeric_column('p', shape=2, normalizer_fn=lambda t: t * 2)])
print([op.name for op in tf.get_default_graph().get_operations() if op.type in ('Cast', 'Mul')])
with tf.Session() as s:
    s.run(tf.tables_initializer())
    print(s.run(x))
`)).toBe("['input_layer/n_indicator/Cast', 'input_layer/n_indicator/n_lookup/Cast', 'input_layer/n_indicator/n_lookup/hash_table/Cast', 'input_layer/p/mul']\n"
      + "[[0. 1. 0. 2. 4.]\n [0. 0. 1. 6. 8.]]\n");
  });

  it("gives an identity column's out-of-range ids its default (where_v2 over out_of_range)", () => {
    expect(run(`import tensorflow as tf
fc = tf.feature_column
p = tf.placeholder(tf.int32, [None, 2])
x = fc.input_layer({'i': p}, [fc.indicator_column(fc.categorical_column_with_identity('i', 4, default_value=0))])
print(x, [op.name for op in tf.get_default_graph().get_operations() if op.type in ('LogicalOr', 'Fill', 'SelectV2', 'Identity')])
with tf.Session() as s:
    print(s.run(x, {p: [[1, 5], [3, -1]]}))
`)).toBe('Tensor("input_layer/concat/concat:0", shape=(?, 4), dtype=float32) '
      // One column: array_ops.concat's degenerate case, an identity named "concat" under the "concat" scope.
      + "['input_layer/i_indicator/out_of_range', 'input_layer/i_indicator/default_values', 'input_layer/i_indicator/SelectV2', 'input_layer/concat/concat']\n"
      + "[[1. 1. 0. 0.]\n [0. 0. 0. 1.]]\n");
  });

  it("refuses what is not a dense column, duplicates, rank-0 features and an empty list", () => {
    const fc = "import tensorflow as tf\nfc = tf.feature_column\n";
    expect(run(fc + "fc.input_layer({'a': ['x']}, [fc.categorical_column_with_vocabulary_list('a', ['x'])])"))
      .toBe("ValueError: Items of feature_columns must be a _DenseColumn. You can wrap a categorical column with an embedding_column or indicator_column. "
        + "Given: VocabularyListCategoricalColumn(key='a', vocabulary_list=('x',), dtype=tf.string, default_value=-1, num_oov_buckets=0)");
    expect(run(fc + "fc.input_layer({'a': [1.]}, [fc.numeric_column('a'), fc.numeric_column('a')])"))
      .toBe("ValueError: Duplicate feature column name found for columns: NumericColumn(key='a', shape=(1,), default_value=None, dtype=tf.float32, normalizer_fn=None) "
        + "and NumericColumn(key='a', shape=(1,), default_value=None, dtype=tf.float32, normalizer_fn=None). This usually means that these columns refer to same base feature. "
        + "Either one must be discarded or a duplicated but renamed item must be inserted in features dict.");
    expect(run(fc + "fc.input_layer({'a': 1.}, [fc.numeric_column('a')])"))
      .toBe('ValueError: Feature (key: a) cannot have rank 0. Given: Tensor("input_layer/a/Const:0", shape=(), dtype=float32)');
    expect(run(fc + "fc.input_layer({'a': [1.]}, [fc.numeric_column('b')])")).toBe("ValueError: Feature b is not in features dictionary.");
    expect(run(fc + "fc.input_layer({}, [])")).toBe("ValueError: feature_columns must not be empty.");
  });

  it("says unsupported, by name, for what it does not model", () => {
    const fc = "import tensorflow as tf\nfc = tf.feature_column\nc = fc.categorical_column_with_vocabulary_list('a', ['x'], num_oov_buckets=2)\n";
    expect(run(fc + "fc.embedding_column(c, 3)")).toBe("unsupported: tf.feature_column.embedding_column");
    expect(run(fc + "fc.input_layer({'i': [[1]]}, [fc.indicator_column(fc.categorical_column_with_identity('i', 2))])"))
      .toBe("unsupported: tf.feature_column.categorical_column_with_identity(default_value=None) in input_layer");
    expect(run(fc + "fc.input_layer({'a': ['x']}, [fc.indicator_column(c)])"))
      .toBe("unsupported: tf.feature_column.categorical_column_with_vocabulary_list(num_oov_buckets=...) in input_layer");
  });
});
