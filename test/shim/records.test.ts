// TFRecord files and tf.train.Example parsing, as TF 1.15 does them: record framing (record_writer.cc,
// crc32c.h Mask), tf.python_io.TFRecordWriter / tf_record_iterator (lib/io/tf_record.py) over the files
// the run wrote, tf.data.TFRecordDataset (data/ops/readers.py), and parse_single_example / parse_example
// (ops/parsing_ops.py over example_proto_fast_parsing.cc), with TF's errors and the refusals.
import { describe, expect, it } from "vitest";
import { crc32c, frameRecord, maskedCrc32c, unframeRecords } from "../../src/tf/io/record-io.js";
import { runTf } from "../../src/shim/run.js";

const run = (source: string) => runTf(`import tensorflow as tf\n${source}`, { filename: "prog.py", profile: "1.15" });
const out = (source: string) => {
  const r = run(source);
  expect(r.exception).toBeUndefined();
  expect(r.unsupported).toBeUndefined();
  return r.stdout;
};
const refusal = (source: string) => run(source).unsupported?.feature;
const bytes = (s: string) => new TextEncoder().encode(s);

const EXAMPLES = `
path = '/tmp/data.tfrecord'
with tf.python_io.TFRecordWriter(path) as w:
    for i in range(3):
        w.write(tf.train.Example(features=tf.train.Features(feature={
            'x': tf.train.Feature(float_list=tf.train.FloatList(value=[i * 0.5, 1.0])),
            'y': tf.train.Feature(int64_list=tf.train.Int64List(value=[i])),
            'tags': tf.train.Feature(bytes_list=tf.train.BytesList(value=[b'a'] * i)),
        })).SerializeToString(deterministic=True))
`;

describe("record framing", () => {
  it("is CRC-32C (Castagnoli), masked as crc32c::Mask", () => {
    // The CRC-32C check value of "123456789" (RFC 3720 B.4).
    expect(crc32c(bytes("123456789"))).toBe(0xe3069283);
    // Mask(0) = 0 rotated + 0xa282ead8: the CRC of no bytes is 0.
    expect(maskedCrc32c(new Uint8Array(0))).toBe(0xa282ead8);
  });

  it("frames a record as length, masked crc(length), data, masked crc(data), all little-endian", () => {
    // len 3 as uint64; masked crc32c of those 8 bytes = 0x0e4999b0; "abc"; masked crc32c("abc") = 0x21f1576e.
    expect([...frameRecord(bytes("abc"))]).toEqual([3, 0, 0, 0, 0, 0, 0, 0, 176, 153, 73, 14, 97, 98, 99, 110, 87, 241, 33]);
    expect([...frameRecord(new Uint8Array(0))]).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 41, 3, 152, 7, 216, 234, 130, 162]);
    const two = new Uint8Array([...frameRecord(bytes("abc")), ...frameRecord(bytes(""))]);
    expect(unframeRecords(two).map((r) => new TextDecoder().decode(r))).toEqual(["abc", ""]);
    const torn = two.slice();
    torn[13] ^= 1;
    expect(() => unframeRecords(torn)).toThrow(/corrupted record at 0/);
  });
});

describe("TFRecordWriter and tf_record_iterator", () => {
  it("read back the records written, once flushed or closed; the iterator is tf_record_iterator's generator", () => {
    const r = run(`w = tf.python_io.TFRecordWriter('/tmp/a.tfrecord')
w.write(b'abc')
w.flush()
print(list(tf.io.tf_record_iterator('/tmp/a.tfrecord')))
w.write(b'\\xc3\\xa9')
w.write(b'')
w.close()
it = tf.python_io.tf_record_iterator('/tmp/a.tfrecord')
print(repr(it).split(' at ')[0], list(it))
`);
    expect(r.stdout).toBe("[b'abc']\n<generator object tf_record_iterator [b'abc', b'\\xc3\\xa9', b'']\n");
    // deprecation.py: logged once, naming the caller's line.
    expect(r.stderr).toBe("WARNING:tensorflow:From prog.py:5: tf_record_iterator (from tensorflow.python.lib.io.tf_record) is " +
      "deprecated and will be removed in a future version.\nInstructions for updating:\nUse eager execution and: \n" +
      "`tf.data.TFRecordDataset(path)`\n");
  });

  it("raise NotFoundError where the run knows the file or its directory is absent", () => {
    const r = run(`import os
tf.python_io.TFRecordWriter('/tmp/gone').close()
it = tf.python_io.tf_record_iterator('/tmp/gone')
os.remove('/tmp/gone')
try:
    next(it)
except tf.errors.NotFoundError as e:
    print(e)
tf.python_io.TFRecordWriter('/tmp/gone/x.tfrecord')
`);
    // posix_file_system.cc: IOError(fname, errno) → "<fname>; No such file or directory".
    expect(r.stdout).toBe("/tmp/gone; No such file or directory\n");
    expect(r.exception).toEqual(expect.objectContaining({ type: "tensorflow.python.framework.errors_impl.NotFoundError", message: "/tmp/gone/x.tfrecord; No such file or directory" }));
  });

  it("a writer truncates the file it opens", () => {
    expect(out(`tf.python_io.TFRecordWriter('/tmp/t.rec').write(b'old')
w = tf.python_io.TFRecordWriter('/tmp/t.rec')
w.write(b'new')
w.close()
print(list(tf.python_io.tf_record_iterator('/tmp/t.rec')))
`)).toBe("[b'new']\n");
  });

  it("refuses what the run cannot know, and compression", () => {
    expect(refusal("list(tf.python_io.tf_record_iterator('/data/train.tfrecord'))\n")).toBe(
      "tf.python_io.tf_record_iterator of '/data/train.tfrecord' (the filesystem: a file this run did not write)");
    expect(refusal("w = tf.python_io.TFRecordWriter('/tmp/b')\nw.write(b'x')\nlist(tf.python_io.tf_record_iterator('/tmp/b'))\n")).toBe(
      "tf.python_io.tf_record_iterator of '/tmp/b' while its TFRecordWriter is neither flushed nor closed (what reached the file is the buffer's)");
    expect(refusal("tf.python_io.TFRecordWriter('/data/x.tfrecord')\n")).toBe(
      "tf.python_io.TFRecordWriter (the filesystem: whether directory '/data' exists)");
    expect(refusal("tf.python_io.TFRecordWriter('/tmp/z', options=tf.python_io.TFRecordOptions('GZIP'))\n")).toBe(
      "tf.python_io.TFRecordWriter with GZIP compression");
    expect(refusal("tf.python_io.TFRecordWriter('/tmp/z').write('text')\n")).toBe("TFRecordWriter.write of a str (SWIG's TypeError)");
    // TFRecordOptions.get_compression_type_string's ValueError.
    expect(run("tf.python_io.TFRecordWriter('/tmp/z', options='BZ2')\n").exception?.message).toBe('Not a valid compression_type: "BZ2"');
  });
});

describe("tf.data.TFRecordDataset", () => {
  it("builds readers.py's graph: the filenames flattened, sliced and flat-mapped", () => {
    expect(out(`ds = tf.data.TFRecordDataset(['a', 'b'])
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [t.name for t in op.inputs], op.get_attr('output_shapes') if 'Dataset' in op.type else '')
print(ds, ds.output_types, ds.output_shapes)
`)).toBe([
      "Const Const [] ",
      "flat_filenames/shape Const [] ",
      "flat_filenames Reshape ['Const:0', 'flat_filenames/shape:0'] ",
      "TensorSliceDataset TensorSliceDataset ['flat_filenames:0'] [TensorShape([])]",
      // The TFRecordDataset of each file lives in the flat_map function's library, not the graph.
      "FlatMapDataset FlatMapDataset ['TensorSliceDataset:0'] [TensorShape([])]",
      "<TFRecordDatasetV1 shapes: (), types: tf.string> <dtype: 'string'> ()",
    ].join("\n") + "\n");
  });

  it("reads the written records through map(parse_single_example), file after file", () => {
    expect(out(`${EXAMPLES}
def parse(r):
    f = tf.parse_single_example(r, {'x': tf.FixedLenFeature([2], tf.float32), 'y': tf.FixedLenFeature([], tf.int64)})
    return f['x'], f['y']
ds = tf.data.TFRecordDataset([path, path]).map(parse).batch(4)
print(ds)
nxt = ds.make_one_shot_iterator().get_next()
with tf.Session() as sess:
    print(sess.run(nxt))
    print(sess.run(nxt))
    try:
        sess.run(nxt)
    except tf.errors.OutOfRangeError:
        print('end')
`)).toBe([
      "<DatasetV1Adapter shapes: ((?, 2), (?,)), types: (tf.float32, tf.int64)>",
      "(array([[0. , 1. ],", "       [0.5, 1. ],", "       [1. , 1. ],", "       [0. , 1. ]], dtype=float32), array([0, 1, 2, 0]))",
      "(array([[0.5, 1. ],", "       [1. , 1. ]], dtype=float32), array([1, 2]))",
      "end",
    ].join("\n") + "\n");
  });

  it("fails at get_next with NotFoundError for a file the run removed, and refuses what it does not model", () => {
    const r = run(`import os
tf.python_io.TFRecordWriter('/tmp/r').close()
os.remove('/tmp/r')
nxt = tf.data.TFRecordDataset('/tmp/r').make_one_shot_iterator().get_next()
tf.Session().run(nxt)
`);
    expect(r.exception?.type).toBe("tensorflow.python.framework.errors_impl.NotFoundError");
    expect(r.exception?.message.split("\n")[0]).toBe("/tmp/r; No such file or directory");
    expect(refusal("tf.data.TFRecordDataset('f', buffer_size=1024)\n")).toBe("tf.data.TFRecordDataset(buffer_size=1024)");
    expect(refusal("tf.data.TFRecordDataset('f', num_parallel_reads=4)\n")).toBe("tf.data.TFRecordDataset(num_parallel_reads=4)");
    expect(refusal("ds = tf.data.TFRecordDataset('f').map(lambda r: tf.parse_single_example(r, {'v': tf.VarLenFeature(tf.int64)}))\n")).toBe(
      "a SparseTensor returned by a function passed to Dataset.map()");
  });
});

describe("parse_single_example", () => {
  it("builds ParseSingleExample under its name scope: sorted keys, the defaults' constants, TF's shapes", () => {
    expect(out(`s = tf.placeholder(tf.string, [])
p = tf.parse_single_example(s, {'y': tf.FixedLenFeature([], tf.int64), 'tags': tf.VarLenFeature(tf.string),
                                'z': tf.FixedLenFeature([1, 2], tf.float32, default_value=[7.0, 8.0])})
for op in tf.get_default_graph().get_operations()[1:]:
    print(op.name, op.type, [t.name for t in op.inputs], [str(t.shape) for t in op.outputs])
op = tf.get_default_graph().get_operation_by_name('ParseSingleExample/ParseSingleExample')
print(op.get_attr('sparse_keys'), op.get_attr('dense_keys'), op.get_attr('num_sparse'), op.get_attr('Tdense'))
print(sorted(p), p['tags'].values, p['y'])
`)).toBe([
      // _parse_single_example_v2_raw: a missing default is constant([]), a given one key_<name> reshaped to the shape.
      "ParseSingleExample/Const Const [] ['(0,)']",
      "ParseSingleExample/key_z Const [] ['(2,)']",
      "ParseSingleExample/Reshape/shape Const [] ['(2,)']",
      "ParseSingleExample/Reshape Reshape ['ParseSingleExample/key_z:0', 'ParseSingleExample/Reshape/shape:0'] ['(1, 2)']",
      // parsing_ops.cc: sparse indices [?,1], values [?], shapes [1]; dense outputs the dense shapes.
      "ParseSingleExample/ParseSingleExample ParseSingleExample ['Placeholder:0', 'ParseSingleExample/Const:0', " +
      "'ParseSingleExample/Reshape:0'] ['(?, 1)', '(?,)', '(1,)', '()', '(1, 2)']",
      "[b'tags'] [b'y', b'z'] 1 [tf.int64, tf.float32]",
      "['tags', 'y', 'z'] Tensor(\"ParseSingleExample/ParseSingleExample:1\", shape=(?,), dtype=string) " +
      "Tensor(\"ParseSingleExample/ParseSingleExample:3\", shape=(), dtype=int64)",
    ].join("\n") + "\n");
  });

  it("parses the values, a VarLenFeature as a SparseTensorValue, a missing feature as its default", () => {
    expect(out(`${EXAMPLES}
recs = list(tf.python_io.tf_record_iterator(path))
s = tf.placeholder(tf.string, [])
p = tf.parse_single_example(s, {'x': tf.FixedLenFeature([2], tf.float32), 'tags': tf.VarLenFeature(tf.string),
                                'w': tf.FixedLenFeature([], tf.int64, default_value=-1)})
with tf.Session() as sess:
    print(sess.run(p, {s: recs[2]}))
    print(sess.run(p['tags'], {s: recs[0]}))
`)).toBe([
      "{'tags': SparseTensorValue(indices=array([[0],", "       [1]]), values=array([b'a', b'a'], dtype=object), dense_shape=array([2])), " +
      "'w': -1, 'x': array([1., 1.], dtype=float32)}",
      "SparseTensorValue(indices=array([], shape=(0, 1), dtype=int64), values=array([], dtype=object), dense_shape=array([0]))",
    ].join("\n") + "\n");
  });

  it("fails with FastParseSingleExample's InvalidArgumentError texts", () => {
    const msg = (features: string, record = "recs[1]") => {
      const r = run(`${EXAMPLES}
recs = list(tf.python_io.tf_record_iterator(path))
p = tf.parse_single_example(recs[1], ${features})
tf.Session().run(p)
`);
      expect(r.exception?.type).toBe("tensorflow.python.framework.errors_impl.InvalidArgumentError");
      return r.exception!.message.split("\n")[0];
    };
    expect(msg("{'missing': tf.FixedLenFeature([], tf.float32)}")).toBe("Feature: missing (data type: float) is required but could not be found.");
    expect(msg("{'y': tf.FixedLenFeature([], tf.float32)}")).toBe("Key: y.  Data types don't match. Data type: int64 but expected type: float");
    expect(msg("{'x': tf.FixedLenFeature([3], tf.float32)}")).toBe("Key: x.  Can't parse serialized Example.");
    expect(msg("{'tags': tf.VarLenFeature(tf.int64)}")).toBe("Key: tags.  Data types don't match. Expected type: int64, Actual type: string");
  });

  it("raises parsing_ops.py's ValueErrors and the shape function's, and refuses what it does not model", () => {
    expect(run("tf.parse_single_example(b'', {})\n").exception?.message).toBe("Missing features.");
    expect(run("tf.parse_single_example(b'', {'a': tf.FixedLenFeature([None], tf.float32)})\n").exception?.message).toBe(
      "First dimension of shape for feature a unknown. Consider using FixedLenSequenceFeature.");
    expect(run("tf.parse_single_example(b'', {'a': 3})\n").exception?.message).toBe("Invalid feature a:3.");
    expect(run("tf.parse_single_example([b''], {'a': tf.VarLenFeature(tf.float32)})\n").exception?.message).toBe(
      "Shape must be rank 0 but is rank 1 for 'ParseSingleExample/ParseSingleExample' (op: 'ParseSingleExample') with input shapes: [1].");
    expect(refusal("tf.parse_single_example(b'', {'a': tf.FixedLenSequenceFeature([], tf.float32, allow_missing=True)})\n")).toBe(
      "tf.parse_single_example with a FixedLenSequenceFeature");
    expect(refusal("tf.parse_single_example(b'', {'a': tf.VarLenFeature(tf.int32)})\n")).toBe(
      "tf.parse_single_example of a int32 feature (the op's type check)");
    expect(refusal("tf.parse_single_example(b'', {'a': tf.VarLenFeature(tf.int64)}, example_names='e')\n")).toBe(
      "tf.parse_single_example(example_names=...) (the ParseExample path)");
    expect(refusal("tf.enable_eager_execution()\ntf.parse_single_example(b'', {'a': tf.VarLenFeature(tf.int64)})\n")).toBe(
      "tf.parse_single_example under eager execution");
  });
});

describe("parse_example", () => {
  it("builds ParseExample with its keys and names converted inside the op's scope", () => {
    expect(out(`p = tf.io.parse_example([b'', b''], {'a': tf.VarLenFeature(tf.float32), 'b': tf.FixedLenFeature([2], tf.int64, default_value=[1, 2])})
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [str(t.shape) for t in op.outputs])
with tf.Session() as s:
    print(s.run(p))
`)).toBe([
      "ParseExample/key_b Const ['(2,)']",
      "ParseExample/Reshape/shape Const ['(1,)']",
      "ParseExample/Reshape Reshape ['(2,)']",
      // op_def_library converts the list inputs as <arg>_<i>.
      "ParseExample/ParseExample/serialized Const ['(2,)']",
      "ParseExample/ParseExample/names Const ['(0,)']",
      "ParseExample/ParseExample/sparse_keys_0 Const ['()']",
      "ParseExample/ParseExample/dense_keys_0 Const ['()']",
      "ParseExample/ParseExample ParseExample ['(?, 2)', '(?,)', '(2,)', '(2, 2)']",
      "{'a': SparseTensorValue(indices=array([], shape=(0, 2), dtype=int64), values=array([], dtype=float32), dense_shape=array([2, 0])), " +
      "'b': array([[1, 2],", "       [1, 2]])}",
    ].join("\n") + "\n");
  });

  it("parses a batch: sparse indices (example, position), dense_shape (batch, longest); FastParseExample's errors", () => {
    const r = run(`${EXAMPLES}
recs = list(tf.python_io.tf_record_iterator(path))
p = tf.parse_example(recs, {'tags': tf.VarLenFeature(tf.string), 'y': tf.FixedLenFeature([], tf.int64)})
with tf.Session() as s:
    print(s.run(p))
tf.Session().run(tf.parse_example(recs, {'x': tf.FixedLenFeature([3], tf.float32)}))
`);
    expect(r.stdout).toBe([
      "{'tags': SparseTensorValue(indices=array([[1, 0],", "       [2, 0],", "       [2, 1]]), values=array([b'a', b'a', b'a'], dtype=object), " +
      "dense_shape=array([3, 2])), 'y': array([0, 1, 2])}",
    ].join("\n") + "\n");
    expect(r.exception?.type).toBe("tensorflow.python.framework.errors_impl.InvalidArgumentError");
    expect(r.exception?.message.split("\n")[0]).toBe(
      "Name: <unknown>, Key: x, Index: 0.  Number of float values != expected.  Values size: 2 but output shape: [3]");
    expect(run("tf.parse_example(b'', {'a': tf.VarLenFeature(tf.float32)})\n").exception?.message).toBe(
      "Shape must be rank 1 but is rank 0 for 'ParseExample/ParseExample' (op: 'ParseExample') with input shapes: [], [0], [].");
  });
});
