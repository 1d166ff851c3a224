// tf.data in TF 1.15 graph mode: the nodes dataset_ops.py / iterator_ops.py add, the reprs and
// legacy output_* properties, the elements Session.run gives (the kernels under
// tensorflow/core/kernels/data/), and the errors at the end of a sequence and before initialization.
// Expected values: TF 1.15's source, as each case's comment says.
import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

const run = (source: string) => {
  const r = runTf(`import tensorflow as tf\n${source}`, { filename: "prog.py", profile: "1.15" });
  return r.stdout + (r.exception ? `${r.exception.type.split(".").pop()}: ${r.exception.message}` : "");
};
const opNames = "print([op.name for op in tf.get_default_graph().get_operations()])\n";

describe("Dataset.from_tensor_slices and a one-shot iterator", () => {
  const source = `slices = tf.data.Dataset.from_tensor_slices([[0, 1], [2, 3], [4, 5], [6, 7]])
it = slices.make_one_shot_iterator()
next_item = it.get_next()
`;

  it("adds the dataset, the iterator, its string handle and IteratorGetNext", () => {
    // normalize_element converts the list under "normalize_element" as component_0; the factory
    // function holds the options' datasets, so the graph gains OneShotIterator only; Iterator.__init__
    // makes the string handle.
    expect(run(source + opNames)).toBe(
      "['normalize_element/component_0', 'TensorSliceDataset', 'OneShotIterator', 'IteratorToStringHandle', 'IteratorGetNext']\n");
  });

  it("reprs the dataset as DatasetV2.__repr__ does, and the element tensor", () => {
    expect(run(source + "print(slices)\nprint(next_item)\nprint(slices.output_types, slices.output_shapes)\n")).toBe(
      "<DatasetV1Adapter shapes: (2,), types: tf.int32>\n" +
      'Tensor("IteratorGetNext:0", shape=(2,), dtype=int32)\n' +
      "<dtype: 'int32'> (2,)\n");
  });

  it("gives one row per run, then OutOfRangeError 'End of sequence' at the IteratorGetNext node", () => {
    // iterator_ops.cc IteratorGetNextOp: errors::OutOfRange("End of sequence").
    expect(run(source + `sess = tf.Session()
while True:
  try:
    print(sess.run(next_item))
  except tf.errors.OutOfRangeError:
    break
sess.run(next_item)
`)).toBe("[0 1]\n[2 3]\n[4 5]\n[6 7]\nOutOfRangeError: End of sequence\n\t [[node IteratorGetNext ]]");
  });

  it("has no initializer", () => {
    expect(run(source + "it.initializer\n")).toBe("ValueError: Iterator does not have an initializer.");
  });

  it("refuses a dataset over a stateful op, naming the node (function.py capture by value)", () => {
    expect(run("ds = tf.data.Dataset.from_tensor_slices(tf.random_normal([10, 3]))\nds.make_one_shot_iterator()\n")).toBe(
      "ValueError: Failed to create a one-shot iterator for a dataset. `Dataset.make_one_shot_iterator()` does not support " +
      "datasets that capture stateful objects, such as a `Variable` or `LookupTable`. In these cases, use " +
      "`Dataset.make_initializable_iterator()`. (Original error: Cannot capture a stateful node " +
      "(name:random_normal/RandomStandardNormal, type:RandomStandardNormal) by value.)");
  });
});

describe("make_initializable_iterator", () => {
  const source = `r = tf.constant([[1., 2.], [3., 4.], [5., 6.]])
dataset = tf.data.Dataset.from_tensor_slices(r)
iterator = dataset.make_initializable_iterator()
next_row = iterator.get_next()
sess = tf.Session()
`;

  it("applies the default options (OptimizeDataset, ModelDataset) before IteratorV2 and MakeIterator", () => {
    // dataset_ops.py _make_initializable_iterator: _apply_options() first; _OptimizeDataset's
    // convert_to_tensor(..., name="optimizations").
    expect(run(source + opNames + "print(iterator.initializer.type, iterator.initializer.colocation_groups())\n")).toBe(
      "['Const', 'TensorSliceDataset', 'optimizations', 'OptimizeDataset', 'ModelDataset', 'IteratorV2', 'MakeIterator', " +
      "'IteratorToStringHandle', 'IteratorGetNext']\nMakeIterator [b'loc:@IteratorV2']\n");
  });

  it("fails before the initializer runs, as IteratorResource::GetNext says", () => {
    expect(run(source + "sess.run(next_row)\n")).toBe(
      "FailedPreconditionError: GetNext() failed because the iterator has not been initialized. Ensure that you have run " +
      "the initializer operation for this iterator before getting the next element.\n\t [[node IteratorGetNext ]]");
  });

  it("starts over each time the initializer runs", () => {
    expect(run(source + `sess.run(iterator.initializer)
print(sess.run(next_row), sess.run(next_row))
sess.run(iterator.initializer)
print(sess.run(next_row))
`)).toBe("[1. 2.] [3. 4.]\n[1. 2.]\n");
  });

  it("reads a fed placeholder when the initializer runs", () => {
    expect(run(`x = tf.placeholder(tf.int64, [None])
it = tf.compat.v1.data.make_initializable_iterator(tf.data.Dataset.from_tensor_slices(x))
n = it.get_next()
with tf.Session() as sess:
    sess.run(it.initializer, feed_dict={x: [7, 8]})
    print(sess.run(n), sess.run(n))
`)).toBe("7 8\n");
  });
});

describe("transformations", () => {
  it("range, batch, repeat, skip and take compose as their kernels do", () => {
    // range_dataset_op.cc, batch_dataset_op.cc (a short last batch), repeat, skip, take.
    expect(run(`ds = tf.data.Dataset.range(10).batch(3).repeat(2).skip(1).take(5)
n = tf.compat.v1.data.make_one_shot_iterator(ds).get_next(name="nxt")
print(ds, n)
with tf.Session() as sess:
    for _ in range(5):
        print(sess.run(n))
`)).toBe('<DatasetV1Adapter shapes: (?,), types: tf.int64> Tensor("nxt:0", shape=(?,), dtype=int64)\n' +
      "[3 4 5]\n[6 7 8]\n[9]\n[0 1 2]\n[3 4 5]\n");
  });

  it("wraps each transformation's dataset, of TF's class, in a DatasetV1Adapter", () => {
    // DatasetV1.repeat etc.: DatasetV1Adapter(super().repeat(...)); dataset_ops.py's class names.
    expect(run(`d = tf.data.Dataset.range(6).repeat(2).batch(4).map(lambda x: x + 1).prefetch(1)
names = [type(d).__name__]
while hasattr(d, "_dataset") or hasattr(d, "_input_dataset"):
    d = d._dataset if hasattr(d, "_dataset") else d._input_dataset
    names.append(type(d).__name__)
print(names)
`)).toBe("['DatasetV1Adapter', 'PrefetchDataset', 'DatasetV1Adapter', 'MapDataset', 'DatasetV1Adapter', 'BatchDataset', " +
      "'DatasetV1Adapter', 'RepeatDataset', 'DatasetV1Adapter', 'RangeDataset']\n");
  });

  it("batch(drop_remainder=True) has a static batch size and drops the short batch", () => {
    expect(run(`ds = tf.data.Dataset.range(5).batch(2, drop_remainder=True)
n = ds.make_one_shot_iterator().get_next()
print(ds)
with tf.Session() as sess:
    print(sess.run(n), sess.run(n))
    sess.run(n)
`)).toBe("<DatasetV1Adapter shapes: (2,), types: tf.int64>\n[0 1] [2 3]\nOutOfRangeError: End of sequence\n\t [[node IteratorGetNext ]]");
  });

  it("names the op inputs count, batch_size, drop_remainder, start, stop, step", () => {
    expect(run("tf.data.Dataset.range(2, 8).batch(2).repeat().take(3)\n" + opNames)).toBe(
      "['start', 'stop', 'step', 'RangeDataset', 'batch_size', 'drop_remainder', 'BatchDatasetV2', 'count', 'RepeatDataset', " +
      "'count_1', 'TakeDataset']\n");
  });

  it("stacks rows, and refuses a batch size of zero when the dataset is made (batch_dataset_op.cc)", () => {
    expect(run(`ds = tf.data.Dataset.from_tensor_slices(tf.constant([[1, 2], [3, 4]])).batch(2)
ds2 = tf.data.Dataset.from_tensors([1, 2, 3]).batch(1)
print(ds2)
with tf.Session() as sess:
    print(sess.run(ds.make_one_shot_iterator().get_next()))
    sess.run(tf.data.Dataset.range(3).batch(0).make_initializable_iterator().initializer)
`)).toBe("<DatasetV1Adapter shapes: (?, 3), types: tf.int32>\n[[1 2]\n [3 4]]\n" +
      "InvalidArgumentError: Batch size must be greater than zero.\n\t [[node BatchDatasetV2_2 ]]");
  });
});

describe("map and prefetch", () => {
  it("traces the function once into its own graph: the outer graph gains MapDataset only", () => {
    // MapDataset's function lives in the graph's library (StructuredFunctionWrapper, defun).
    expect(run(`ds = tf.data.Dataset.range(5).map(lambda x: x * 2).prefetch(2)
n = ds.make_one_shot_iterator().get_next()
print(ds, n)
` + opNames + `with tf.Session() as sess:
    print(sess.run(n), sess.run(n), sess.run(n))
`)).toBe('<DatasetV1Adapter shapes: (), types: tf.int64> Tensor("IteratorGetNext:0", shape=(), dtype=int64)\n' +
      "['start', 'stop', 'step', 'RangeDataset', 'MapDataset', 'buffer_size', 'PrefetchDataset', 'OneShotIterator', " +
      "'IteratorToStringHandle', 'IteratorGetNext']\n0 2 4\n");
  });

  it("unpacks a tuple element into arguments and takes a dict (or a list, as a tuple) back", () => {
    // dataset_ops.py _should_unpack_args (type(args) is tuple); a returned list becomes a tuple.
    expect(run(`ds = tf.data.Dataset.from_tensor_slices(([1., 2.], [3, 4])).map(lambda a, b: {"s": a * 2, "t": tf.cast(b, tf.float32) + a})
print(ds)
print(tf.data.Dataset.range(3).map(lambda x: [x, 1]))
it = ds.make_initializable_iterator()
e = it.get_next()
with tf.Session() as sess:
    sess.run(it.initializer)
    print(sess.run(e))
`)).toBe("<DatasetV1Adapter shapes: {s: (), t: ()}, types: {s: tf.float32, t: tf.float32}>\n" +
      "<DatasetV1Adapter shapes: ((), ()), types: (tf.int64, tf.int32)>\n{'s': 2.0, 't': 4.0}\n");
  });

  it("raises TF's TypeError for a function that returns None", () => {
    expect(run("tf.data.Dataset.range(3).map(lambda x: None)\n")).toBe(
      "TypeError: Unsupported return value from function passed to Dataset.map(): None.");
  });

  it("refuses what autograph would rewrite, captured tensors and stateful ops, by name", () => {
    const refused = (body: string) => run(body).replace(/^TfscopeUnsupported: unsupported by tfscope: /, "");
    expect(refused("tf.data.Dataset.range(3).map(lambda x: print(x))\n")).toBe(
      "print() of a tensor in a function passed to Dataset.map() (autograph runs it as a print op)");
    expect(refused("def f(x):\n    if x > 1:\n        return x\n    return -x\ntf.data.Dataset.range(3).map(f)\n")).toBe(
      "Python control flow over tensors in a function passed to Dataset.map() (autograph converts it)");
    expect(refused("c = tf.constant(3, tf.int64)\ntf.data.Dataset.range(3).map(lambda x: x + c)\n")).toBe(
      "a function passed to Dataset.map() that uses a tensor from outside it (a captured input)");
    expect(refused("tf.data.Dataset.range(3).map(lambda x: tf.random_uniform([]))\n")).toBe(
      "a function passed to Dataset.map() with a stateful op (RandomUniform)");
  });
});

describe("nested elements", () => {
  it("flattens tuples and dicts (sorted keys) and packs get_next's tensors back", () => {
    // data/util/nest.py: dict components in sorted key order; the dict keeps its own order.
    expect(run(`import numpy as np
ds = tf.data.Dataset.from_tensor_slices((np.array([1., 2.]), {"b": [[1], [2]], "a": ["x", "y"]}))
print(ds)
print(ds.output_types)
e = ds.make_one_shot_iterator().get_next()
print(e[1]["a"].name, e[1]["b"].name)
with tf.Session() as sess:
    print(sess.run(e))
`)).toBe("<DatasetV1Adapter shapes: ((), {b: (1,), a: ()}), types: (tf.float64, {b: tf.int32, a: tf.string})>\n" +
      "(tf.float64, {'b': tf.int32, 'a': tf.string})\nIteratorGetNext:1 IteratorGetNext:2\n" +
      "(1.0, {'b': array([1], dtype=int32), 'a': b'x'})\n");
  });

  it("raises TF's errors for a scalar and for components of different lengths", () => {
    expect(run("tf.data.Dataset.from_tensor_slices(3)\n")).toBe("ValueError: Unbatching a tensor is only supported for rank >= 1");
    expect(run("tf.data.Dataset.from_tensor_slices(([1, 2], [1, 2, 3]))\n")).toBe("ValueError: Dimensions 2 and 3 are not compatible");
    expect(run("tf.data.Dataset.range(1, 2, 3, 4)\n")).toBe("ValueError: Invalid arguments to RangeDataset: (1, 2, 3, 4)");
  });
});

describe("what tfscope does not model", () => {
  it("is refused by name", () => {
    expect(run("tf.data.Dataset.from_generator(lambda: iter([1]), tf.int64)\n")).toBe(
      "TfscopeUnsupported: unsupported by tfscope: tf.data.Dataset.from_generator");
    expect(run("tf.data.Dataset.range(3).map(lambda x: x, num_parallel_calls=2)\n")).toBe(
      "TfscopeUnsupported: unsupported by tfscope: tf.data.Dataset.map(num_parallel_calls=...)");
    expect(run("tf.data.TFRecordDataset('f', compression_type='GZIP')\n")).toBe(
      "TfscopeUnsupported: unsupported by tfscope: tf.data.TFRecordDataset(compression_type='GZIP')");
    // Fetching the dataset's variant or the iterator's resource handle: TF's encodings of them are not modelled.
    expect(run("ds = tf.data.Dataset.range(3)\ntf.Session().run(ds._variant_tensor)\n")).toBe(
      "TfscopeUnsupported: unsupported by tfscope: fetching the variant tensor RangeDataset:0 with Session.run");
    expect(run("it = tf.data.Dataset.range(3).make_one_shot_iterator()\ntf.Session().run(it._iterator_resource)\n")).toBe(
      "TfscopeUnsupported: unsupported by tfscope: fetching the resource tensor OneShotIterator:0 with Session.run");
  });
});
