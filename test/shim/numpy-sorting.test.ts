/**
 * numpy's sorting, rounding, clamping, joining and comparison functions and ndarray methods tfscope
 * models (src/numpy/sorting.ts, rounding.ts; src/shim/py/numpy/_sorting.py, _shape.py, _umath.py),
 * numpy.dot, and numpy.random.shuffle's draws. Each program's expected output is what numpy 1.26.4 printed for it
 * under CPython 3.11 (these functions and the legacy random stream are as in numpy 1.17, TF 1.15's).
 */
import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

const run = (source: string) => {
  const r = runTf(source, { filename: "prog.py", profile: "1.15" });
  if (r.unsupported) return r.stdout + `unsupported: ${r.unsupported.feature}`;
  return r.stdout + (r.exception ? `${r.exception.type}: ${r.exception.message}` : "");
};

describe("numpy functions readers' notebooks call", () => {
  it("sorts, searches, rounds, clips, stacks, rolls, meshes and compares as numpy does", () => {
    expect(run("import numpy as np\na = np.array([[3., 1., 2.], [0.5, np.nan, -1.]])\nprint(np.sort(a), np.sort(a, axis=0), np.sort(a, axis=None))\nprint(np.argsort([3, 1, 2]), np.argmax(a), np.argmax(a, axis=1), np.argmin([4, 2, 2, 9]), type(np.argmax([1, 2])))\nprint(np.unique([3, 1, 3, 2, 1]), np.unique([1, 1, 2], return_counts=True))\nprint(np.round(2.5), np.round([0.125, 1.5, 2.5, -0.5], 2), np.round(np.float32(1.23456), 3), np.around(1234.5678, -2))\nprint(np.ceil([1.2, -1.2]), np.floor(np.array([1.7], dtype=np.float32)), np.rint([0.5, 1.5]))\nprint(np.clip([1, 5, 10], 2, 8), np.clip(np.array([0.5, 2.5]), 1, 2), np.clip([1., np.nan], 0, 1))\nprint(np.nan_to_num([np.nan, np.inf, -np.inf, 1.]), np.nan_to_num(np.array([np.inf], dtype=np.float32)))\nprint(np.hstack([[1, 2], [3]]), np.vstack([[1, 2], [3, 4]]), np.column_stack(([1, 2], [3, 4])))\nprint(np.expand_dims(np.array([1, 2]), 0).shape, np.expand_dims(np.array([1, 2]), -1).shape, np.squeeze(np.zeros((1, 3, 1))).shape)\nprint(np.roll([1, 2, 3, 4], 1), np.roll(np.arange(6).reshape(2, 3), -1, axis=1), np.roll(np.arange(4).reshape(2, 2), 1))\nX, Y = np.meshgrid([1, 2, 3], [4, 5])\nprint(X, Y, np.meshgrid(np.array([1., 2.]), [0, 1], indexing='ij')[1])\nprint(np.c_[np.array([1, 2]), np.array([3, 4])], np.c_[[1., 2.], [[3, 4], [5, 6]]])\nprint(np.equal([1, 2], 2), np.maximum([1, 5], [3, 2]), np.minimum(2.5, [1, 3]), np.isnan([1., np.nan]), np.greater(3, 2))\nprint(np.max([1, 5, 3]), np.min(np.array([[1, 2], [0, 4]]), axis=0), a.argmax(), a.round(1), np.array([3, 1, 2]).argsort())\nb = np.array([3, 1, 2]); b.sort(); print(b, a.clip(0, 1))\nnp.random.seed(1)\nl = [1, 2, 3, 4, 5]; np.random.shuffle(l); print(l)\nm = np.arange(6).reshape(3, 2); np.random.shuffle(m); print(m)\nprint(round(2.675, 2), max(1, 2))\n")).toBe("[[ 1.   2.   3. ]\n [-1.   0.5  nan]] [[ 0.5  1.  -1. ]\n [ 3.   nan  2. ]] [-1.   0.5  1.   2.   3.   nan]\n[1 2 0] 4 [0 1] 1 <class 'numpy.int64'>\n[1 2 3] (array([1, 2]), array([2, 1]))\n2.0 [ 0.12  1.5   2.5  -0.5 ] 1.235 1200.0\n[ 2. -1.] [1.] [0. 2.]\n[2 5 8] [1. 2.] [ 1. nan]\n[ 0.00000000e+000  1.79769313e+308 -1.79769313e+308  1.00000000e+000] [3.4028235e+38]\n[1 2 3] [[1 2]\n [3 4]] [[1 3]\n [2 4]]\n(1, 2) (2, 1) (3,)\n[4 1 2 3] [[1 2 0]\n [4 5 3]] [[3 0]\n [1 2]]\n[[1 2 3]\n [1 2 3]] [[4 4 4]\n [5 5 5]] [[0 1]\n [0 1]]\n[[1 3]\n [2 4]] [[1. 3. 4.]\n [2. 5. 6.]]\n[False  True] [3 5] [1.  2.5] [False  True] True\n5 [0 2] 4 [[ 3.   1.   2. ]\n [ 0.5  nan -1. ]] [1 2 0]\n[1 2 3] [[1.  1.  1. ]\n [0.5 nan 0. ]]\n[3, 2, 5, 1, 4]\n[[0 1]\n [4 5]\n [2 3]]\n2.67 2\n");
  });

  it("raises numpy's errors and handles the edge cases numpy's way", () => {
    expect(run("import numpy as np\nfor f in (lambda: np.squeeze(np.zeros((2, 1)), axis=0), lambda: np.argmax([]), lambda: np.clip([1, 2], None, None),\n          lambda: np.meshgrid([1], [2], indexing='xx'), lambda: np.roll([1, 2], 1, axis=2)):\n    try:\n        f()\n    except Exception as e:\n        print(type(e).__name__, e)\nprint(np.roll([1, 2, 3], -4), np.roll([1, 2, 3], 3), np.argsort(np.array([2, 1, 2, 1] * 5), kind='stable'))\nprint(np.argsort([1., 1., 0., 1.]), np.unique(np.array([[2., 1.], [2., np.nan]])), np.sort([True, False]))\nprint(repr(np.round(np.array([1.005, 2.675], dtype=np.float32), 2)), repr(np.clip(np.arange(4), 0.5, 2)))\nprint(repr(np.nan_to_num(3)), repr(np.isinf(np.float32(1))), repr(np.ceil(np.array([1, 2], dtype=np.int8))))\n")).toBe("ValueError cannot select an axis to squeeze out which has size not equal to one\nValueError attempt to get argmax of an empty sequence\nValueError One of max or min must be given\nValueError Valid values for `indexing` are 'xy' and 'ij'.\nAxisError axis 2 is out of bounds for array of dimension 1\n[2 3 1] [1 2 3] [ 1  3  5  7  9 11 13 15 17 19  0  2  4  6  8 10 12 14 16 18]\n[2 0 1 3] [ 1.  2. nan] [False  True]\narray([1.  , 2.68], dtype=float32) array([0.5, 1. , 2. , 2. ])\n3 False array([1., 2.], dtype=float16)\n");
  });

  it("dot multiplies by a 0-d operand, sums products otherwise, and words misaligned shapes as numpy", () => {
    expect(run("import numpy as np\nX = np.ones((3, 1), dtype=np.float32)\nprint(np.dot(0.2, X).dtype, np.dot(X, 2).dtype, np.dot(2, 3), type(np.dot(2, 3)), np.dot(2.0, np.array([1, 2])).dtype, np.dot(np.float32(2), np.array([1., 2.])).dtype)\nprint(repr(np.dot([1, 2, 3], [4, 5, 6])), repr(np.dot([1., 2.], [[1, 2], [3, 4]])), repr(np.dot([[1, 2], [3, 4]], [1., 0.5])))\nfor a, b in (([1, 2, 3], [1, 2]), ([[1, 2, 3]], [[1, 2, 3]]), (np.ones((2, 3)), [1, 2])):\n    try:\n        np.dot(a, b)\n    except ValueError as e:\n        print(e)\nprint(np.dot(np.ones((2, 2, 3)), [1, 2, 3]))\nnp.random.seed(0)\nX = np.linspace(-1, 1, 5)[:, np.newaxis]\nprint(np.dot(0.200, X**2) + 0.300)\n")).toBe("float64 float64 6 <class 'numpy.int64'> float64 float64\n32 array([ 7., 10.]) array([2., 5.])\nshapes (3,) and (2,) not aligned: 3 (dim 0) != 2 (dim 0)\nshapes (1,3) and (1,3) not aligned: 3 (dim 1) != 1 (dim 0)\nshapes (2,3) and (2,) not aligned: 3 (dim 1) != 2 (dim 0)\n[[6. 6.]\n [6. 6.]]\n[[0.5 ]\n [0.35]\n [0.3 ]\n [0.35]\n [0.5 ]]\n");
  });

  it("takes numpy 1.17's parameters in numpy's order, and refuses values it does not model by name", () => {
    // numpy 1.26.4 prints the same for the first four lines; the refused calls give there: eye(3, 3, 1)'s
    // superdiagonal, 18, False and [0. 0.].
    expect(run("import numpy as np\na = np.array([[1, 0, 3], [4, 5, 6]])\nprint(a.sum(0), a.sum(axis=1, keepdims=True), np.sum(a, 0, np.float64), np.sum(a, dtype=np.float32), a.mean(1), np.mean(a, axis=0, keepdims=True))\nprint(np.all(a, axis=0), np.any(a > 4, axis=1), a.all(), np.all([[True, False]], keepdims=True), a.any(0))\nprint(np.max(a, 1), a.max(axis=0, keepdims=True), a.min(), np.prod(a, axis=1), np.eye(2, 3), np.ones((2,), dtype=int))\nprint(np.zeros_like(a, shape=(2,)), np.ones((2, 2)).dtype, a.astype(np.float32).dtype, a.reshape(3, 2), np.reshape(a, (3, 2)).shape)\n")).toBe("[5 5 9] [[ 4]\n [15]] [5. 5. 9.] 19.0 [1.33333333 5.        ] [[2.5 2.5 4.5]]\n[ True False  True] [False  True] False [[False]] [ True  True  True]\n[3 6] [[4 5 6]] 0 [  0 120] [[1. 0. 0.]\n [0. 1. 0.]] [1 1]\n[0 0] float64 float32 [[1 0]\n [3 4]\n [5 6]] (3, 2)\n");
    // Each refusal as its own program: a gap ends the program (no except clause in it may catch one).
    for (const [call, what] of [["np.eye(3, 3, 1)", "eye(k=...)"], ["a.sum(where=a > 1)", "sum(where=...)"], ["np.allclose([1.], [np.nan], equal_nan=True)", "allclose(equal_nan=...)"], ["np.zeros(2, order='F')", "zeros(order=...)"]])
      expect(run(`import numpy as np\na = np.array([[1, 0, 3], [4, 5, 6]])\nprint(${call})`), call).toBe(`unsupported: numpy.${what}`);
  });

  it("refuses an argsort whose order of equal keys only introsort knows", () => {
    // More than 16 elements with ties: numpy's quicksort (introsort) leaves equal keys in partition order.
    expect(run("import numpy as np\nprint(np.argsort([3, 1, 2]))\nnp.argsort(np.array([2, 1] * 10))")).toBe(
      "[1 2 0]\nunsupported: numpy.argsort of equal values in more than 16 elements (introsort's order)",
    );
  });
});
