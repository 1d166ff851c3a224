/**
 * numpy's memory model where a program sees it: basic indexes, reshape, ravel, .T and view() share
 * their base's memory; index arrays and masks copy; `a[i] = v` and `a op= b` write in place
 * (numpy 1.17 multiarray/mapping.c array_assign_subscript, shape.c, array_assign_array.c,
 * ctors.c setArrayFromSequence, umath in-place casting). Goldens were printed by numpy 1.26 where
 * 1.17 behaves the same; the 1.17-only texts are cited from its source.
 */
import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

const run = (source: string) => {
  const r = runTf(source, { filename: "prog.py", profile: "1.15" });
  if (r.unsupported) return r.stdout + `unsupported: ${r.unsupported.feature}`;
  return r.stdout + (r.exception ? `${r.exception.type}: ${r.exception.message}` : "");
};

/** Each expression's repr (or its exception as `Type: message`), one line each. */
function outcomes(setup: string, calls: string[]): string[] {
  const r = run(`import numpy as np
${setup}
def _t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
${calls.map((c) => `_t(lambda: ${c})`).join("\n")}
`);
  return r.trimEnd().split("\n");
}

describe("views share their base's memory", () => {
  it("writes through a slice, a reshape, .T, a view(), ravel and an iterated row reach the base", () => {
    expect(run(`import numpy as np
a = np.arange(6)
b = a[1:4]
b[0] = 100
print(a.tolist(), b.tolist(), b.base is a)
c = a.reshape(2, 3)
c[1, 2] = -1
print(a.tolist(), c.base is a)
t = c.T
t[0, 1] = 55
print(c.tolist(), t.base is a)
w = a.view()
w[0] = 7
r = a.ravel()
r[2] = 8
print(a.tolist(), w.base is a, r.base is a, a.base)
for row in c:
    row[0] = 0
print(a.tolist())
a[5] = 4
print(b.tolist(), c.tolist())
`)).toBe(
      "[0, 100, 2, 3, 4, 5] [100, 2, 3] True\n" +
      "[0, 100, 2, 3, 4, -1] True\n" +
      "[[0, 100, 2], [55, 4, -1]] True\n" +
      "[7, 100, 8, 55, 4, -1] True True None\n" +
      "[0, 100, 8, 0, 4, -1]\n" +
      "[100, 8, 0] [[0, 100, 8], [0, 4, 4]]\n",
    );
  });

  it("steps, negative steps, Ellipsis and newaxis make views; a reshape numpy cannot view copies", () => {
    expect(run(`import numpy as np
a = np.arange(12).reshape(3, 4).copy()
v = a[::2, 1::2]
v[...] = -1
print(a.tolist(), v.base is a)
a[::-1][0, 0] = 77
e = a[..., 1]
e[:] = 9
n = a[None, 1]
n[0, 0] = 42
print(a.tolist(), n.shape)
f = a.T.reshape(-1)
f[0] = 1000
print(a[0, 0], f.base is a, a.T.reshape(4, 3).base is a)
print(a.flatten().base is None, a[1:].reshape(-1).base is a, a[:, 1:3].reshape(6).base is a)
`)).toBe(
      "[[0, -1, 2, -1], [4, 5, 6, 7], [8, -1, 10, -1]] True\n" +
      "[[0, 9, 2, -1], [42, 9, 6, 7], [77, 9, 10, -1]] (1, 4)\n" +
      // _attempt_nocopy_reshape: .T of a C array only reshapes to a view along whole rows of the original.
      "0 False True\n" +
      "True True False\n",
    );
  });

  it("index arrays and masks copy", () => {
    expect(run(`import numpy as np
a = np.arange(6)
d = a[[0, 1]]
d[0] = 999
m = a[a > 2]
m[:] = 0
print(a.tolist(), d.tolist(), m.tolist(), d.base is None)
print(np.shares_memory(a, a[1:3]), np.shares_memory(a, d), np.shares_memory(a[::2], a[1::2]), np.may_share_memory(a[:3], a[3:]))
`)).toBe("[0, 1, 2, 3, 4, 5] [999, 1] [0, 0, 0] True\nTrue False False False\n");
  });
});

describe("ndarray.__setitem__", () => {
  it("sets elements, rows, columns, masks and index arrays, broadcasting the value", () => {
    expect(run(`import numpy as np
x = np.zeros((2, 3), dtype=np.int32)
x[:, 0] = 1.9
x[1] = [4, 5, 6]
x[0, 1] += 3
print(x.tolist(), x.dtype)
a = np.arange(6)
a[a > 3] = 7
a[[0, 2]] = [10, 20]
a[[1, 1]] = [5, 6]
a[-1] = 9
print(a.tolist())
q = np.zeros((3, 2))
q[np.array([True, False, True])] = 8
q[1:3] = q[0:2]
print(q.tolist())
one_hot = np.zeros((3, 4))
for i, l in enumerate([1, 3, 0]):
    one_hot[i, l] = 1
print(one_hot.tolist())
`)).toBe("[[1, 3, 0], [4, 5, 6]] int32\n[10, 6, 20, 3, 7, 9]\n[[8.0, 8.0], [8.0, 8.0], [0.0, 0.0]]\n[[0.0, 1.0, 0.0, 0.0], [0.0, 0.0, 0.0, 1.0], [1.0, 0.0, 0.0, 0.0]]\n");
  });

  it("casts unsafely: floats truncate toward zero, bools take truthiness, small ints wrap", () => {
    expect(run(`import numpy as np
b = np.zeros(4, dtype=int)
b[0] = -1.7
b[1] = True
b[2:] = np.array([2.9, -3.9])
m = np.zeros(3, dtype=bool)
m[1] = 5
m[2] = 0.0
u = np.zeros(2, dtype=np.uint8)
u[0] = 300
f = np.zeros(2, dtype=np.float32)
f[0] = 0.1
print(b.tolist(), m.tolist(), u.tolist(), f[0] == np.float32(0.1))
`)).toBe("[-1, 1, 2, -3] [False, True, False] [44, 0] True\n");
  });

  it("raises numpy's errors", () => {
    expect(outcomes("b = np.zeros(4, dtype=int)\nx = np.zeros((2, 3))", [
      "b.__setitem__(0, float('nan'))",
      "b.__setitem__(0, float('inf'))",
      "b.__setitem__(0, [1, 2])",
      "b.__setitem__(7, 1)",
      "b.__setitem__([0, 9], 1)",
      "b.__setitem__(np.array([True, False]), 1)",
      "b.__setitem__(b == 0, [1, 2, 3])",
      "b.__setitem__([0, 2], [1, 2, 3])",
      "x.__setitem__((0, slice(None, 2)), np.array([1, 2, 3]))",
      "x.__setitem__(slice(None), np.ones((2, 2)))",
      "x.__setitem__(0, [1, 2])",
      "x.__setitem__(slice(None), [[1, 2, 3], [4, 5, 6], [7, 8, 9]])",
      "x.__setitem__(0, [[1, 2, 3]])",
    ])).toEqual([
      "ValueError: cannot convert float NaN to integer",
      "OverflowError: cannot convert float infinity to integer",
      "ValueError: setting an array element with a sequence.",
      "IndexError: index 7 is out of bounds for axis 0 with size 4",
      "IndexError: index 9 is out of bounds for axis 0 with size 4",
      "IndexError: boolean index did not match indexed array along dimension 0; dimension is 4 but corresponding boolean dimension is 2",
      "ValueError: NumPy boolean array indexing assignment cannot assign 3 input values to the 4 output values where the mask is true",
      "ValueError: shape mismatch: value array of shape (3,) could not be broadcast to indexing result of shape (2,)",
      // numpy 1.17 array_assign.c broadcast_strides + shape.c build_shape_string: `(3)`, not 1.26's `(3,)`.
      "ValueError: could not broadcast input array from shape (3) into shape (2)",
      "ValueError: could not broadcast input array from shape (2,2) into shape (2,3)",
      // 1.17 ctors.c setArrayFromSequence (numpy 1.26 words this as a broadcast error).
      "ValueError: cannot copy sequence with size 2 to array axis with dimension 3",
      "ValueError: cannot copy sequence with size 3 to array axis with dimension 2",
      "ValueError: setting an array element with a sequence.",
    ]);
  });

  it("refuses by name what tfscope does not model", () => {
    expect(run("import numpy as np\na = np.zeros(3)\na[0] = 'x'\n")).toBe("unsupported: numpy.ndarray item assignment of a str");
    expect(run("import numpy as np\na = np.zeros((2, 2))\na[[0, 1], None] = 1\n")).toBe("unsupported: numpy indexing mixing index arrays with numpy.newaxis");
    expect(run("import numpy as np\na = np.zeros(2, dtype=int)\na[0] = 2 ** 70\n")).toBe("unsupported: numpy.ndarray item assignment of an int outside int64");
    expect(run("import numpy as np\na = np.zeros(2)\na.resize(3)\n")).toBe("unsupported: numpy.ndarray.resize");
  });
});

describe("in-place operators", () => {
  it("write into the array (and so into what shares its memory)", () => {
    expect(run(`import numpy as np
c = np.ones((2, 3))
alias = c
row = c[0]
c *= 2
c -= np.array([1, 2, 3])
c /= 2
c **= 2
print(c.tolist(), alias is c, row.tolist())
z = np.zeros(3, dtype=np.float32)
z += 0.2
u = np.array([1, 2], dtype=np.uint8)
u += 255
x = np.arange(6)
x[x > 3] *= 10
i = np.arange(3, dtype=np.int32)
i += np.int64(1)
print(z.dtype, z[0] == np.float32(0.2), u.tolist(), x.tolist(), i.tolist(), i.dtype)
`)).toBe("[[0.25, 0.0, 0.25], [0.25, 0.0, 0.25]] True [0.25, 0.0, 0.25]\nfloat32 True [0, 1] [0, 1, 2, 3, 40, 50] [1, 2, 3] int32\n");
  });

  it("refuse a result that does not cast back under 'same_kind', and shapes that do not fit", () => {
    expect(outcomes("a = np.arange(3)\nf = np.ones((2, 3))", [
      "a.__iadd__(1.5)",
      "a.__itruediv__(2)",
      "f.__iadd__(np.ones(4))",
      "f.__iadd__(np.ones((3, 2, 3)))",
    ])).toEqual([
      // numpy 1.17 _exceptions.py: _UFuncOutputCastingError, displayed as its base UFuncTypeError.
      "UFuncTypeError: Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'",
      // In 1.17 `/` is the ufunc true_divide (1.26 renamed it divide).
      "UFuncTypeError: Cannot cast ufunc 'true_divide' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'",
      "ValueError: operands could not be broadcast together with shapes (2,3) (4,) (2,3) ",
      "ValueError: non-broadcastable output operand with shape (2,3) doesn't match the broadcast shape (3,2,3)",
    ]);
    expect(run("import numpy as np\na = np.arange(3)\na += 0.5\n")).toBe(
      "numpy.core._exceptions.UFuncTypeError: Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'",
    );
  });
});

describe("index arrays (advanced indexing)", () => {
  it("broadcast together; their result stands where adjacent arrays stood, else first", () => {
    expect(outcomes("a = np.arange(24).reshape(2, 3, 4)\np = np.array([[0.1, 0.9], [0.8, 0.2], [0.3, 0.7]])", [
      "p[np.arange(3), [1, 0, 1]].tolist()",
      "a[:, [0, 2]].tolist()",
      "a[[1, 0], :, [0, 3]].tolist()",
      "a[0, :, [1, 2]].tolist()",
      "a[..., [3]].shape",
      "a[[0, 1], [1, 2]].tolist()",
      "a[:, [True, False, True]].shape",
      "a[[[0], [1]], [0, 2]].shape",
      "a[[0, 1], [0, 1, 2]]",
      "a[:, [5]]",
      "a[:, [1.5]]",
      "a[:, np.array([1.5])]",
      "a[[0, 1], :, 1].tolist()",
      "p[p[:, 0] > 0.2, 1].tolist()",
      "a[[]].shape"
    ])).toEqual([
      "[0.9, 0.8, 0.7]",
      "[[[0, 1, 2, 3], [8, 9, 10, 11]], [[12, 13, 14, 15], [20, 21, 22, 23]]]",
      "[[12, 16, 20], [3, 7, 11]]",
      "[[1, 5, 9], [2, 6, 10]]",
      "(2, 3, 1)",
      "[[4, 5, 6, 7], [20, 21, 22, 23]]",
      "(2, 2, 4)",
      "(2, 2, 4)",
      "IndexError: shape mismatch: indexing arrays could not be broadcast together with shapes (2,) (3,) ",
      "IndexError: index 5 is out of bounds for axis 1 with size 3",
      "IndexError: only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices",
      "IndexError: arrays used as indices must be of integer (or boolean) type",
      "[[1, 5, 9], [13, 17, 21]]",
      "[0.2, 0.7]",
      "(0, 3, 4)"
    ]);
  });

  it("assign through several index arrays, slices and masks", () => {
    expect(run(`import numpy as np
y = np.zeros((3, 4))
y[np.arange(3), [1, 3, 0]] = 1
print(y.tolist())
y[:, [0, 2]] = [[5, 6]]
y[[0, 2], 1:3] = -1
y[y[:, 0] > 1, 3] += 10
print(y.tolist())
for v in ([0, 1], [1, 2, 3]):
    try:
        y[np.arange(3), v] = 1
        y[:, [0, 2]] = v
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
`)).toBe(
      "[[0.0, 1.0, 0.0, 0.0], [0.0, 0.0, 0.0, 1.0], [1.0, 0.0, 0.0, 0.0]]\n" +
      "[[5.0, -1.0, -1.0, 10.0], [5.0, 0.0, 6.0, 11.0], [5.0, -1.0, -1.0, 10.0]]\n" +
      "IndexError: shape mismatch: indexing arrays could not be broadcast together with shapes (3,) (2,) \n" +
      "ValueError: shape mismatch: value array of shape (3,) could not be broadcast to indexing result of shape (3,2)\n",
    );
  });
});

describe("fill, copy and copyto", () => {
  it("fill and copyto write in place; copy owns new memory", () => {
    expect(outcomes("s = np.arange(5)\nz = np.ones(3)\nz[1:].fill(4)\nc = z.copy()\nc[0] = 9\nd = np.copy(z)\nnp.copyto(s, 7)", [
      "z", "c.base", "d is z", "s",
      "np.copyto(s, 1.5)",
      "np.copyto(s, np.ones(2))",
      "np.copyto(s, np.ones(2, dtype=int))",
      "np.copyto(z, np.int64(3)) or z",
    ])).toEqual([
      "array([1., 4., 4.])", "None", "False", "array([7, 7, 7, 7, 7])",
      "TypeError: Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'same_kind'",
      // numpy 1.17 array_assign_array.c says "scalar" for an array too (1.26: "array data").
      "TypeError: Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'same_kind'",
      "ValueError: could not broadcast input array from shape (2) into shape (5)",
      "array([3., 3., 3.])",
    ]);
  });
});

describe("arrays TF hands out or takes in are their own memory", () => {
  it("a fetched value can be written; a constant made from an array keeps the array's old values", () => {
    expect(run(`import tensorflow as tf
import numpy as np
t = tf.constant([1., 2., 3.])
a = np.array([1., 2.])
c = tf.constant(a)
a[0] = 100.
x = tf.placeholder(tf.float32, [2])
with tf.Session() as sess:
    v = sess.run(t)
    v[0] = 5
    fed = sess.run(x, feed_dict={x: a})
    fed[1] = -1
    print(v, sess.run(t), sess.run(c), a)
`)).toBe("[5. 2. 3.] [1. 2. 3.] [1. 2.] [100.   2.]\n");
  });
});

describe("numpy 1.17 names", () => {
  it("np.square, np.append, ndarray.dot and the builtin aliases", () => {
    expect(outcomes("", [
      "np.square([1, 2, 3])", "np.square(2.5)", "np.square(np.array([1.5], dtype=np.float32))",
      "np.append([1, 2], [[3, 4]])", "np.append(np.array([1, 2]), 3.5)", "np.append([[1, 2]], [[3, 4]], axis=0)",
      "np.array([[1, 2], [3, 4]]).dot([1, 1])",
      "(np.float, np.int, np.bool, np.object, np.str, np.long, np.unicode)",
      "np.zeros(2, dtype=np.float).dtype",
    ])).toEqual([
      "array([1, 4, 9])", "6.25", "array([2.25], dtype=float32)",
      "array([1, 2, 3, 4])", "array([1. , 2. , 3.5])", "array([[1, 2],\n       [3, 4]])",
      "array([3, 7])",
      "(<class 'float'>, <class 'int'>, <class 'bool'>, <class 'object'>, <class 'str'>, <class 'int'>, <class 'str'>)",
      "dtype('float64')",
    ].flatMap((s) => s.split("\n")));
  });

  it("numpy.random imports as a module, the same functions as np.random", () => {
    expect(run(`import numpy as np
import numpy.random
import numpy.random as npr
from numpy.random import randn, seed
print(npr is np.random, numpy.random is np.random)
seed(0)
x = randn()
np.random.seed(0)
print(x == np.random.randn())
`)).toBe("True True\nTrue\n");
  });
});
