// What dtypes_test.py and init_ops_test.py need of numpy, TF's dtypes and Python beyond the engine:
// numpy's record dtypes, complex types and finfo, linalg.det, var and integer index lists; TF's
// as_numpy_dtype for every numeric DType with its bfloat16 scalar; float.fromhex; unittest.mock;
// and type_call running the __init__ of the type __new__ returned. Expected values: python3 (CPython
// 3.11) for the Python parts, numpy 1.17's reprs, TF 1.15's dtypes.py for the rest.
import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

const run = (source: string) => {
  const r = runTf(source, { filename: "prog.py", profile: "1.15" });
  return r.stdout + (r.exception ? r.exception.message : "");
};

describe("Python", () => {
  it("float.fromhex rounds once to the nearest double (python3's values)", () => {
    expect(run(`for s in ["-0x1.FEp127", " 1.5p-2 ", "0x1p-1075", "0x3p-1076", "0x1.00000000000008p0", "inf"]:
    print(repr(float.fromhex(s)))
for bad in ["0x", "0x1p1024"]:
    try:
        float.fromhex(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
`)).toBe("-3.3895313892515355e+38\n0.328125\n0.0\n5e-324\n1.0\ninf\n"
      + "ValueError invalid hexadecimal floating-point string\nOverflowError hexadecimal value too large to represent as a float\n");
  });

  it("calling a class runs the __init__ of the subclass instance its __new__ returns", () => {
    expect(run(`class D(object):
    def __new__(cls, x):
        return object.__new__(S) if cls is D else object.__new__(cls)
    def __init__(self, x):
        print("D.__init__")
class S(D):
    def __init__(self, x):
        print("S.__init__")
print(type(D(1)).__name__)
`)).toBe("S.__init__\nS\n");
  });

  it("unittest.mock: wraps, call records and patch.object restore the attribute", () => {
    expect(run(`from unittest import mock
class A(object):
    def f(self, x):
        return x + 1
with mock.patch.object(A, "f", autospec=None, return_value=9) as m:
    print(A().f(1), m.call_count)
print(A().f(1))
w = mock.Mock(wraps=len)
print(w([1, 2]), w.call_args == mock.call([1, 2]))
`)).toBe("9 1\n2\n2 True\n");
  });
});

describe("numpy", () => {
  it("record dtypes compare and print as numpy's; finfo gives the float limits", () => {
    expect(run(`import numpy as np
d = np.dtype([("f1", np.uint), ("f2", np.int32)])
print(repr(d), d == np.bool_, np.dtype([("qint8", np.int8)]) == np.dtype([("qint8", np.int8)]))
print(repr(np.finfo(np.float32).max), np.finfo(np.float64).eps, np.finfo(np.float32).tiny)
`)).toBe("dtype([('f1', '<u8'), ('f2', '<i4')]) False True\n3.4028235e+38 2.220446049250313e-16 1.1754944e-38\n");
  });

  it("linalg.det, var, abs and integer index lists", () => {
    expect(run(`import numpy as np
a = np.array([[1., 2.], [3., 4.]], dtype=np.float32)
print(np.linalg.det(a), type(np.linalg.det(a)).__name__, np.var(a), np.var([1, 2, 3, 4]), np.var(a, axis=0))
print(np.abs(np.array([-1, 2])), np.arange(10.)[[0, -1]])
`)).toBe("-2.0 float32 1.25 1.25 [1. 1.]\n[1 2] [0. 9.]\n");
  });

  it("linalg.norm keeps float32, takes ints as float64; array reads a range as its ints (python3 + numpy)", () => {
    expect(run(`import numpy as np
n = np.linalg.norm(np.array([3., 4.], dtype=np.float32))
print(n, type(n).__name__, np.linalg.norm([[1, 2], [3, 4]]))
print(np.array(range(3)), np.array([range(2), range(2, 8, 3)]).tolist(), np.array(range(0, 10, 3)).dtype)
`)).toBe("5.0 float32 5.477225575051661\n[0 1 2] [[0, 1], [2, 5]] int64\n");
  });
});

describe("DType.as_numpy_dtype, min and max (dtypes.py _TF_TO_NP)", () => {
  it("records for the quantized types, numpy's complex types, TF's bfloat16 scalar", () => {
    expect(run(`import tensorflow as tf
for d in [tf.qint8, tf.quint16, tf.complex64, tf.bfloat16, tf.float16]:
    print(d.name, repr(d.as_numpy_dtype))
print(tf.bfloat16.min, tf.bfloat16.max == float.fromhex("0x1.FEp127"), tf.float16.max)
`)).toBe("qint8 dtype([('qint8', '|i1')])\nquint16 dtype([('quint16', '<u2')])\ncomplex64 <class 'numpy.complex64'>\n"
      + "bfloat16 <class 'bfloat16'>\nfloat16 <class 'numpy.float16'>\n-3.38953e+38 True 65500.0\n");
  });
});
