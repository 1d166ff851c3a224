/**
 * The natives behind TFRecord files and tf.train.Example parsing, for Python (`_tf.tfrecord_open`,
 * `_tf.parse_single_example_op`...): thin bindings of src/tf/io/record-io.ts (PyRecordWriter /
 * PyRecordReader over the run's files), src/tf/io/tfrecord-dataset.ts and src/tf/ops/parsing.ts. The
 * Python over them is py/_tfrecord.py (tf_record.py, readers.py) and py/_tfparsing.py (parsing_ops.py).
 */
import { type ModuleBuilder, type PyValue, asList, asNumber, isNone, pyFloat } from "../python/index.js";
import { PyBytes } from "../python/objects/values.js";
import * as tf from "../tf/index.js";
import * as data from "../tf/data/index.js";
import { flushRecords, openRecordWriter, readRecords, writeRecord } from "../tf/io/record-io.js";
import * as ops from "../tf/ops/index.js";
import type { NativeKit } from "./native.js";

export function installRecordFunctions(k: NativeKit, m: ModuleBuilder): void {
  const { bridge } = k;
  const def = (name: string, names: string[], required: number, impl: (a: (PyValue | undefined)[]) => unknown) =>
    m.fn(name, k.bound(name, { names, required }, impl));
  const str = (v: PyValue | undefined) => k.str(v) ?? "";
  const bytes = (v: PyValue | undefined): Uint8Array => {
    if (!(v instanceof PyBytes)) throw new tf.Unsupported("a TFRecord record that is not bytes");
    return v.bytes;
  };
  const tensor = (v: PyValue | undefined): tf.Tensor => bridge.expect(v!, [tf.Tensor], "a parsing op");
  const config = (a: (PyValue | undefined)[], at: number): ops.ParseConfig => ({
    sparseKeys: asList(a[at]!).map((x) => str(x)),
    sparseTypes: asList(a[at + 1]!).map((t) => bridge.dtypeRequired(t)),
    denseKeys: asList(a[at + 2]!).map((x) => str(x)),
    denseShapes: asList(a[at + 3]!).map((s) => asList(s).map((x) => Number(k.intArg("parse_example", "dense_shapes", x)))),
  });

  // The float32 arithmetic of FloatList (protobuf stores C floats): packing, unpacking and rounding.
  // (The Python side hands Python floats.)
  const floats = (v: PyValue | undefined): number[] => asList(v!).map((x) => asNumber(x));
  def("float32_pack", ["values"], 1, (a) => {
    const xs = floats(a[0]);
    const out = new Uint8Array(xs.length * 4);
    const view = new DataView(out.buffer);
    xs.forEach((x, i) => view.setFloat32(i * 4, x, true));
    return new PyBytes(out);
  });
  def("float32_unpack", ["data"], 1, (a) => {
    const b = bytes(a[0]);
    const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
    return Array.from({ length: Math.floor(b.length / 4) }, (_, i) => pyFloat(view.getFloat32(i * 4, true)));
  });
  def("float32_round", ["value"], 1, (a) => pyFloat(Math.fround(asNumber(a[0]!))));
  // A protobuf map of 2+ entries iterates and serializes in its hash table's order, seeded per process
  // (C++ Map::Seed, upb's table seed): it differs from run to run.
  def("proto_map_order_random", [], 0, () => {
    k.randomUsed = true;
    return null;
  });
  def("tfrecord_open", ["path"], 1, (a) => openRecordWriter(str(a[0]), "tf.python_io.TFRecordWriter"));
  def("tfrecord_write", ["path", "record"], 2, (a) => writeRecord(str(a[0]), bytes(a[1])));
  def("tfrecord_flush", ["path"], 1, (a) => flushRecords(str(a[0])));
  def("tfrecord_read", ["path"], 1, (a) => readRecords(str(a[0]), "tf.python_io.tf_record_iterator").map((r) => new PyBytes(r)));
  def("data_tfrecord_flat_map", ["filenames", "types", "shapes"], 3, (a) =>
    data.tfRecordFlatMap(tensor(a[0]), {
      types: asList(a[1]!).map((t) => bridge.dtypeRequired(t)),
      shapes: asList(a[2]!).map((s) => (isNone(s) ? tf.unknownShape() : tf.asShape(asList(s).map((x) => (isNone(x) ? null : Number(x)))))),
    }));
  // (serialized, dense_defaults, sparse_keys, sparse_types, dense_keys, dense_shapes, name): the op's outputs.
  def("parse_single_example_op", ["serialized", "dense_defaults", "sparse_keys", "sparse_types", "dense_keys", "dense_shapes", "name"], 6,
    (a) => [...ops.parseSingleExample(tensor(a[0]), asList(a[1]!).map(tensor), config(a, 2), k.name(a[6])).outputs]);
  def("parse_example_op", ["serialized", "dense_defaults", "sparse_keys", "sparse_types", "dense_keys", "dense_shapes", "name"], 6, (a) => {
    const s = a[0]!;
    const serialized = bridge.engineOf(s) instanceof tf.Tensor ? (bridge.engineOf(s) as tf.Tensor) : bridge.describe(s);
    return [...ops.parseExample(serialized, asList(a[1]!).map(tensor), config(a, 2), k.name(a[6])).outputs];
  });
}
