// DType and as_dtype as TF 1.15's dtypes.py defines them (src/shim/py/_tfdtypes.py), and types_pb2.
import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

/** Each expression's repr, or its exception as `Class: message`, one a line. */
function table(exprs: string[]): string {
  const r = runTf(`import tensorflow as tf
import numpy as np
from tensorflow.python.framework import dtypes
from tensorflow.core.framework import types_pb2
for f in [${exprs.map((e) => `lambda: ${e}`).join(", ")}]:
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__ + ": " + str(e))
`, { filename: "prog.py" });
  return r.stdout + r.stderr;
}

describe("DType (dtypes.py)", () => {
  it("is made from types.proto's enums, and as_dtype looks values up as _ANY_TO_TF does", () => {
    expect(table(["dtypes.DType(1)", "dtypes.DType(101)", "dtypes.DType(0)", "dtypes.DType(24)", "tf.as_dtype(float)",
      "tf.as_dtype(bool)", "tf.as_dtype(object)", "tf.as_dtype(True)", "tf.as_dtype(3.0)", "tf.as_dtype([1])",
      "tf.as_dtype((tf.int32, tf.float32))", "tf.as_dtype(np.float64)", "tf.as_dtype('float_ref')"])).toBe([
      "tf.float32",
      "tf.float32_ref",
      "TypeError: type_enum is not a valid types_pb2.DataType: 0",
      "TypeError: type_enum is not a valid types_pb2.DataType: 24",
      "tf.float32",
      "tf.bool",
      "tf.string",
      // _ANY_TO_TF is a dict keyed by enums: True and 3.0 hash and compare as 1 and 3.
      "tf.float32",
      "tf.int32",
      "TypeError: unhashable type: 'list'",
      "TypeError: Cannot convert value (tf.int32, tf.float32) to a TensorFlow DType.",
      "tf.float64",
      "tf.float32_ref",
      "",
    ].join("\n"));
  });

  it("has TF's real_dtype, min, max, __reduce__, hash and module tables", () => {
    expect(table(["tf.complex64.real_dtype", "tf.int32.real_dtype", "tf.int8.min", "tf.uint16.max", "tf.int64.min",
      "tf.float32.max", "tf.bool.min", "tf.qint8.max", "tf.float32.__reduce__()[1]", "hash(tf.int64)",
      "dtypes._TYPE_TO_STRING[119]", "dtypes.quint16_ref", "tf.float64.as_numpy_dtype is np.float64",
      "(types_pb2.DT_VARIANT, types_pb2.DataType.Name(14), len(types_pb2.DataType.values()))"])).toBe([
      "tf.float32",
      "tf.int32",
      "-128",
      "65535",
      "-9223372036854775808",
      // np.finfo(np.float32).max, a numpy float32.
      "3.4028235e+38",
      "TypeError: Cannot find minimum value of <dtype: 'bool'>.",
      "TypeError: Cannot find maximum value of <dtype: 'qint8'>.",
      "('float32',)",
      "9",
      "'float16_ref'",
      "tf.quint16_ref",
      "True",
      "(21, 'DT_BFLOAT16', 47)",
      "",
    ].join("\n"));
  });
});
