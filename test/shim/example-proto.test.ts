// tf.train.Example and its parts (tensorflow/core/example/example.proto, feature.proto) with protobuf's
// behaviour: construction, the oneof, the message map, SerializeToString in proto3 wire format, parsing,
// and str() in text format. Expected bytes are derived from the field numbers (Example.features=1;
// Features.feature=1 as map entries key=1/value=2; Feature.bytes_list=1, float_list=2, int64_list=3;
// *List.value=1, FloatList and Int64List packed) and the wire format (tag = number<<3 | wire type, 2 =
// length-delimited); the text format is upb's and C++ TextFormat's (floats "%.6g", else "%.9g").
import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

const run = (source: string) => runTf(`import tensorflow as tf\n${source}`, { filename: "prog.py", profile: "1.15" });
const out = (source: string) => {
  const r = run(source);
  expect(r.exception).toBeUndefined();
  return r.stdout;
};
const refusal = (source: string) => run(source).unsupported?.feature;

describe("SerializeToString", () => {
  it("writes an Int64List feature's bytes, a negative value as a ten-byte varint", () => {
    expect(out(`ex = tf.train.Example(features=tf.train.Features(feature={
    'label': tf.train.Feature(int64_list=tf.train.Int64List(value=[1, -2]))}))
b = ex.SerializeToString()
print(b)
print(len(b), ex.ByteSize())
`)).toBe(
      // Int64List: 0a 0b | 01 | fe ff ff ff ff ff ff ff ff 01 (-2 as uint64) = 13 bytes; Feature: 1a 0d + 13 = 15;
      // map entry: 0a 05 "label" 12 0f + 15 = 24 (0x18); Features: 0a 18 + 24 = 26 (0x1a); Example: 0a 1a + 26 = 28.
      "b'\\n\\x1a\\n\\x18\\n\\x05label\\x12\\x0f\\x1a\\r\\n\\x0b\\x01\\xfe\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\x01'\n28 28\n");
  });

  it("packs a FloatList as little-endian float32s and writes each bytes value on its own", () => {
    expect(out(`print(tf.train.Feature(float_list=tf.train.FloatList(value=[0.1, 2.5])).SerializeToString())
print(tf.train.Feature(bytes_list=tf.train.BytesList(value=[b'ab\\x00"', b''])).SerializeToString())
print(tf.train.Feature(int64_list=tf.train.Int64List()).SerializeToString())
print(tf.train.Example().SerializeToString())
`)).toBe([
      // field 2 (12), 8 bytes: 0a 08 | cd cc cc 3d (float32 0.1) | 00 00 20 40 (2.5).
      "b'\\x12\\n\\n\\x08\\xcd\\xcc\\xcc=\\x00\\x00 @'",
      // field 1 (0a), 8 bytes: 0a 04 "ab\\0\\"" | 0a 00 (the empty value is still written).
      "b'\\n\\x08\\n\\x04ab\\x00\"\\n\\x00'",
      // A oneof member set, even empty, is present: 1a 00.
      "b'\\x1a\\x00'",
      "b''",
    ].join("\n") + "\n");
  });

  it("writes an entry's key and (empty) value for a feature only read through the map", () => {
    expect(out(`e = tf.train.Example()
e.features.feature['k']
print(e.SerializeToString())
print(e)
`)).toBe("b'\\n\\x07\\n\\x05\\n\\x01k\\x12\\x00'\nfeatures {\n  feature {\n    key: \"k\"\n    value {\n    }\n  }\n}\n\n");
  });

  it("marks the run nondeterministic when a map of two entries is serialized (a per-process hash order)", () => {
    const one = run("tf.train.Features(feature={'a': tf.train.Feature()}).SerializeToString()\n");
    expect(one.nondeterministic).toBe(false);
    const two = run("tf.train.Features(feature={'a': tf.train.Feature(), 'b': tf.train.Feature()}).SerializeToString()\n");
    expect(two.nondeterministic).toBe(true);
    // deterministic=True sorts the entries by key.
    const sorted = run(`print(tf.train.Features(feature={'b': tf.train.Feature(), 'a': tf.train.Feature()}).SerializeToString(deterministic=True))\n`);
    expect(sorted.nondeterministic).toBe(false);
    expect(sorted.stdout).toBe("b'\\n\\x05\\n\\x01a\\x12\\x00\\n\\x05\\n\\x01b\\x12\\x00'\n");
  });
});

describe("parsing and round trips", () => {
  it("FromString and ParseFromString read back what SerializeToString wrote; the last entry of a key wins", () => {
    expect(out(`ex = tf.train.Example(features=tf.train.Features(feature={
    'x': tf.train.Feature(float_list=tf.train.FloatList(value=[0.1, -3])),
    'y': tf.train.Feature(bytes_list=tf.train.BytesList(value=[b'\\xff'])),
}))
back = tf.train.Example.FromString(ex.SerializeToString())
print(back == ex, back.features.feature['x'].float_list.value, back.features.feature['y'].bytes_list.value)
e = tf.train.Example()
# two entries of key k: the first an Int64List, the second an empty Feature
print(e.ParseFromString(b'\\n\\x10\\n\\x07\\n\\x01k\\x12\\x02\\x1a\\x00\\n\\x05\\n\\x01k\\x12\\x00'))
print(e.features.feature['k'].WhichOneof('kind'), len(e.features.feature))
`)).toBe("True [0.10000000149011612, -3.0] [b'\\xff']\n18\nNone 1\n");
  });

  it("refuses bytes that do not parse (DecodeError is worded per implementation)", () => {
    expect(refusal("tf.train.Example.FromString(b'\\n\\x05ab')\n")).toBe("Example.ParseFromString of bytes that do not parse (protobuf's DecodeError)");
  });
});

describe("construction and access", () => {
  it("reads repeated values as protobuf's containers, floats as their float32 values", () => {
    expect(out(`import numpy as np
f = tf.train.Feature(float_list=tf.train.FloatList(value=[0.1, 2.5]))
print(f.float_list.value, f.WhichOneof('kind'), f.HasField('float_list'), f.HasField('int64_list'))
v = tf.train.Int64List(value=np.array([3, 4], dtype=np.int64)).value
print(v == [3, 4], len(v), v[0], type(v[0]).__name__)
print(tf.train.FloatList(value=[1, 2]).value)
# the last oneof member given wins
print(tf.train.Feature(int64_list=tf.train.Int64List(), float_list=tf.train.FloatList(value=[1])).WhichOneof('kind'))
print(tf.train.Example().features.feature.get('a'))
`)).toBe("[0.10000000149011612, 2.5] float_list True False\nTrue 2 3 int\n[1.0, 2.0]\nfloat_list\nNone\n");
  });

  it("sets the oneof when an unset member's list is first changed, and a read-only submessage stays absent", () => {
    expect(out(`import numpy as np
e = tf.train.Example()
e.features.feature['x'].float_list.value.extend(np.array([1.5, 2], dtype=np.float32))
print(e)
e5 = tf.train.Example()
e5.features
print(repr(str(e5)), e5.HasField('features'))
print(tf.train.Example() == tf.train.Example(features=tf.train.Features()))
print(tf.train.Example(features=tf.train.Features()))
`)).toBe([
      "features {", "  feature {", '    key: "x"', "    value {", "      float_list {", "        value: 1.5", "        value: 2",
      "      }", "    }", "  }", "}", "",
      "'' False",
      "False",
      "features {", "}", "", "",
    ].join("\n"));
  });

  it("prints text format: bytes C-escaped in octal, floats as upb and C++ print them", () => {
    expect(out(`print(tf.train.BytesList(value=[b'\\xff\\xc3\\xa9\\t\\r\\n\\'\\\\\\x7f']))
print(tf.train.FloatList(value=[float('nan'), -0.0, 1e-7, 123456789.0, 0.5, 100.0, 1e6, 1e20, float('inf'), 1/3]))
print(tf.train.Int64List(value=[2**63 - 1, -1]))
`)).toBe([
      "value: \"\\377\\303\\251\\t\\r\\n\\'\\\\\\177\"", "",
      // "%.6g" unless it does not read back as the same float32 (1/3: "0.333333" → "%.9g").
      "value: nan", "value: -0", "value: 1e-07", "value: 123456792", "value: 0.5", "value: 100", "value: 1e+06",
      "value: 1e+20", "value: inf", "value: 0.333333343", "",
      "value: 9223372036854775807", "value: -1", "", "",
    ].join("\n"));
  });

  it("names its classes as TF's generated modules do", () => {
    expect(out(`print(tf.train.Example, tf.train.Feature, tf.train.Int64List)
print(type(tf.train.Example().features.feature).__name__)
`)).toBe("<class 'tensorflow.core.example.example_pb2.Example'> <class 'tensorflow.core.example.feature_pb2.Feature'> " +
      "<class 'tensorflow.core.example.feature_pb2.Int64List'>\nMessageMapContainer\n");
  });

  it("raises protobuf's ValueError for a keyword that names no field", () => {
    expect(run("tf.train.Example(foo=1)\n").exception).toEqual(expect.objectContaining({
      type: "ValueError", message: 'Protocol message Example has no "foo" field.' }));
    expect(run("tf.train.Feature(ints=1)\n").exception?.message).toBe('Protocol message Feature has no "ints" field.');
  });

  it("refuses what protobuf's implementations word differently", () => {
    expect(refusal("tf.train.Int64List(value=[1.5])\n")).toBe("Int64List.value of a float (protobuf's TypeError)");
    expect(refusal("tf.train.BytesList(value=['s'])\n")).toBe("BytesList.value of a str (protobuf's TypeError)");
    expect(refusal("tf.train.Int64List(value=[True])\n")).toBe("Int64List.value of a bool (protobuf's implementations disagree)");
    expect(refusal("tf.train.Example().features = tf.train.Features()\n")).toBe("assigning Example.features (protobuf's AttributeError)");
    expect(refusal("f = tf.train.Features()\nf.feature['a'] = tf.train.Feature()\n")).toBe("Features.feature['a'] = ... (protobuf's ValueError)");
    expect(refusal("print(tf.train.Features(feature={'\u00e9': tf.train.Feature()}))\n")).toBe(
      "str() of a Features map key that is not ASCII (protobuf's implementations disagree)");
  });
});
