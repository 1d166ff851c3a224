// Expected strings come from numpy 1.17's own test suite (numpy/core/tests/test_arrayprint.py)
// and docstrings, or are derived from its rules and checked with CPython's float formatting.
import { describe, expect, it } from "vitest";
import { array2string, arrayRepr, arrayStr } from "../../src/numpy/arrayprint.js";
import { type DType, fromFunction, fromNested, type Nested } from "../../src/numpy/ndarray.js";
import { DEFAULT_PRINT_OPTIONS, type PrintOptions } from "../../src/numpy/printoptions.js";

const arange = (n: number, dtype: DType = "int64", shape: number[] = [n]) => fromFunction(dtype, shape, (i) => i);
const f64 = (v: Nested) => fromNested(v, "float64");
const opts = (o: Partial<PrintOptions>): PrintOptions => ({ ...DEFAULT_PRINT_OPTIONS, ...o });

describe("repr of float arrays (test_float_spacing, test_sign_spacing)", () => {
  it("pads to a shared width with a trailing point", () => {
    expect(arrayRepr(f64([1, 2, 3]))).toBe("array([1., 2., 3.])");
    expect(arrayRepr(f64([1, 2, -10]))).toBe("array([  1.,   2., -10.])");
    expect(arrayRepr(f64(1))).toBe("array(1.)");
    expect(arrayRepr(f64(-10))).toBe("array(-10.)");
    expect(arrayRepr(f64([100, 2, -1]))).toBe("array([100.,   2.,  -1.])");
    expect(arrayRepr(f64([-100, 2, 1]))).toBe("array([-100.,    2.,    1.])");
    expect(arrayRepr(f64([0]))).toBe("array([0.])");
    expect(arrayRepr(f64([0, -0]))).toBe("array([ 0., -0.])");
    expect(arrayRepr(f64([1.234e9]))).toBe("array([1.234e+09])");
  });
  it("prints nan and inf in the column", () => {
    expect(arrayRepr(f64([NaN, Infinity]))).toBe("array([nan, inf])");
    expect(arrayRepr(f64([NaN, -Infinity]))).toBe("array([ nan, -inf])");
  });
  it("follows the sign option", () => {
    expect(arrayRepr(arange(4, "float64"), opts({ sign: " " }))).toBe("array([ 0.,  1.,  2.,  3.])");
    expect(arrayRepr(f64(1), opts({ sign: " " }))).toBe("array( 1.)");
    expect(arrayRepr(f64([1.234e9]), opts({ sign: " " }))).toBe("array([ 1.234e+09])");
    expect(arrayRepr(f64([0, -0]), opts({ sign: " " }))).toBe("array([ 0., -0.])");
    expect(arrayRepr(arange(4, "float64"), opts({ sign: "+" }))).toBe("array([+0., +1., +2., +3.])");
    expect(arrayRepr(f64(1), opts({ sign: "+" }))).toBe("array(+1.)");
    expect(arrayRepr(f64([1.234e9]), opts({ sign: "+" }))).toBe("array([+1.234e+09])");
  });
  it("uses a shared precision and 3-digit exponents when needed", () => {
    const p2 = opts({ precision: 2 });
    expect(arrayRepr(f64([Infinity, 100000, 1.1234]), p2)).toBe("array([     inf, 1.00e+05, 1.12e+00])");
    expect(arrayRepr(f64([Infinity, 100000, -1.1234]), p2)).toBe("array([      inf,  1.00e+05, -1.12e+00])");
    expect(arrayRepr(f64([Infinity, 1.1234, -1e120]), p2)).toBe("array([       inf,  1.12e+000, -1.00e+120])");
  });
});

describe("floatmode (test_floatmode)", () => {
  const x = fromNested([0.6104, 0.922, 0.457, 0.0906, 0.3733, 0.007244, 0.5933, 0.947, 0.2383, 0.4226], "float16");
  const y = f64([0.2918820979355541, 0.5064172631089138, 0.2848750619642916, 0.4342965294660567,
    0.7326538397312751, 0.3459503329096204, 0.0862072768214508, 0.39112753029631175]);
  const z = fromFunction("float16", [6], (i) => i / 10);
  const w = f64(Array.from({ length: 25 }, (_, i) => Number(`1e${i}`)));
  const w5 = f64([1, 1e5, 1e10, 1e15, 1e20]);
  const wp = f64([1.234e1, 1e2, 1e123]);

  it("unique", () => {
    const o = opts({ floatmode: "unique" });
    expect(arrayRepr(x, o)).toBe(
      "array([0.6104  , 0.922   , 0.457   , 0.0906  , 0.3733  , 0.007244,\n" +
      "       0.5933  , 0.947   , 0.2383  , 0.4226  ], dtype=float16)");
    expect(arrayRepr(y, o)).toBe(
      "array([0.2918820979355541 , 0.5064172631089138 , 0.2848750619642916 ,\n" +
      "       0.4342965294660567 , 0.7326538397312751 , 0.3459503329096204 ,\n" +
      "       0.0862072768214508 , 0.39112753029631175])");
    expect(arrayRepr(z, o)).toBe("array([0. , 0.1, 0.2, 0.3, 0.4, 0.5], dtype=float16)");
    expect(arrayRepr(w, o)).toBe(
      "array([1.e+00, 1.e+01, 1.e+02, 1.e+03, 1.e+04, 1.e+05, 1.e+06, 1.e+07,\n" +
      "       1.e+08, 1.e+09, 1.e+10, 1.e+11, 1.e+12, 1.e+13, 1.e+14, 1.e+15,\n" +
      "       1.e+16, 1.e+17, 1.e+18, 1.e+19, 1.e+20, 1.e+21, 1.e+22, 1.e+23,\n" +
      "       1.e+24])");
    expect(arrayRepr(wp, o)).toBe("array([1.234e+001, 1.000e+002, 1.000e+123])");
  });
  it("maxprec (the default)", () => {
    expect(arrayRepr(x)).toBe(
      "array([0.6104  , 0.922   , 0.457   , 0.0906  , 0.3733  , 0.007244,\n" +
      "       0.5933  , 0.947   , 0.2383  , 0.4226  ], dtype=float16)");
    expect(arrayRepr(y)).toBe(
      "array([0.2918821 , 0.50641726, 0.28487506, 0.43429653, 0.73265384,\n" +
      "       0.34595033, 0.08620728, 0.39112753])");
    expect(arrayRepr(z)).toBe("array([0. , 0.1, 0.2, 0.3, 0.4, 0.5], dtype=float16)");
    expect(arrayRepr(w5)).toBe("array([1.e+00, 1.e+05, 1.e+10, 1.e+15, 1.e+20])");
    expect(arrayRepr(wp)).toBe("array([1.234e+001, 1.000e+002, 1.000e+123])");
  });
  it("fixed", () => {
    const o = opts({ floatmode: "fixed", precision: 4 });
    expect(arrayRepr(x, o)).toBe(
      "array([0.6104, 0.9219, 0.4570, 0.0906, 0.3733, 0.0072, 0.5933, 0.9468,\n" +
      "       0.2383, 0.4226], dtype=float16)");
    expect(arrayRepr(y, o)).toBe("array([0.2919, 0.5064, 0.2849, 0.4343, 0.7327, 0.3460, 0.0862, 0.3911])");
    expect(arrayRepr(z, o)).toBe("array([0.0000, 0.1000, 0.2000, 0.3000, 0.3999, 0.5000], dtype=float16)");
    expect(arrayRepr(w5, o)).toBe("array([1.0000e+00, 1.0000e+05, 1.0000e+10, 1.0000e+15, 1.0000e+20])");
    expect(arrayRepr(wp, o)).toBe("array([1.2340e+001, 1.0000e+002, 1.0000e+123])");
    expect(arrayRepr(fromFunction("float64", [3], () => 0), o)).toBe("array([0.0000, 0.0000, 0.0000])");
    expect(arrayRepr(z, opts({ floatmode: "fixed", precision: 8 }))).toBe(
      "array([0.00000000, 0.09997559, 0.19995117, 0.30004883, 0.39990234,\n" +
      "       0.50000000], dtype=float16)");
  });
  it("maxprec_equal", () => {
    const o = opts({ floatmode: "maxprec_equal" });
    expect(arrayRepr(x, o)).toBe(
      "array([0.610352, 0.921875, 0.457031, 0.090576, 0.373291, 0.007244,\n" +
      "       0.593262, 0.946777, 0.238281, 0.422607], dtype=float16)");
    expect(arrayRepr(y, o)).toBe(
      "array([0.29188210, 0.50641726, 0.28487506, 0.43429653, 0.73265384,\n" +
      "       0.34595033, 0.08620728, 0.39112753])");
    expect(arrayRepr(z, o)).toBe("array([0.0, 0.1, 0.2, 0.3, 0.4, 0.5], dtype=float16)");
    expect(arrayRepr(w5, o)).toBe("array([1.e+00, 1.e+05, 1.e+10, 1.e+15, 1.e+20])");
  });
});

describe("float32 arrays use float32's shortest digits", () => {
  it("prints 0.1 as 0.1", () => {
    expect(arrayRepr(fromNested([0.1, 0.2, 0.3], "float32"))).toBe("array([0.1, 0.2, 0.3], dtype=float32)");
    expect(arrayStr(fromNested([0.1, 0.25], "float32"))).toBe("[0.1  0.25]");
  });
  it("wraps the dtype onto its own line (test_dtype_linewidth_wrapping)", () => {
    const r = (n: number) => fromFunction("float32", [n], (i) => 10 + i);
    expect(arrayRepr(r(10))).toBe("array([10., 11., 12., 13., 14., 15., 16., 17., 18., 19.], dtype=float32)");
    expect(arrayRepr(r(13))).toBe(
      "array([10., 11., 12., 13., 14., 15., 16., 17., 18., 19., 20., 21., 22.],\n" +
      "      dtype=float32)");
  });
  it("rounds exact float32 values when scientific needs more digits than a value's shortest form", () => {
    // Exact value of float32(0.1) is 0.100000001490116…; unique=False prints it to the shared precision.
    expect(arrayRepr(fromNested([0.1, 1.23456789e-5], "float32"))).toBe(
      "array([1.0000000e-01, 1.2345679e-05], dtype=float32)");
  });
});

describe("integers, bools, bytes", () => {
  it("bools line up (test_bool_spacing)", () => {
    expect(arrayRepr(fromNested([true, true]))).toBe("array([ True,  True])");
    expect(arrayRepr(fromNested([true, false]))).toBe("array([ True, False])");
    expect(arrayRepr(fromNested([true]))).toBe("array([ True])");
    expect(arrayRepr(fromNested(true))).toBe("array(True)");
    expect(arrayRepr(fromNested(false))).toBe("array(False)");
    expect(arrayStr(fromNested([true, false]))).toBe("[ True False]");
  });
  it("ints right-align and show non-default dtypes", () => {
    expect(arrayRepr(arange(3))).toBe("array([0, 1, 2])");
    expect(arrayRepr(fromNested([1, 2, 3], "int8"))).toBe("array([1, 2, 3], dtype=int8)");
    expect(arrayStr(fromNested([[1, -20], [300, 4]], "int32"))).toBe("[[  1 -20]\n [300   4]]");
    expect(arrayRepr(fromNested([], "int32"))).toBe("array([], dtype=int32)");
    expect(arrayRepr(fromNested([], "float64"))).toBe("array([], dtype=float64)");
    expect(arrayRepr(fromFunction("float64", [0, 3], () => 0))).toBe("array([], shape=(0, 3), dtype=float64)");
  });
  it("bytes arrays print as object arrays of bytes", () => {
    expect(arrayStr(fromNested(["a", "b"]))).toBe("[b'a' b'b']");
    expect(arrayRepr(fromNested(["a", "bc"]))).toBe("array([b'a', b'bc'], dtype=object)");
    expect(arrayStr(fromNested(["it's", "\n"]))).toBe("[b\"it's\" b'\\n']");
  });
});

describe("wrapping and summarising (TestArray2String)", () => {
  it("summarises 1-d and 2-d arrays over the threshold", () => {
    expect(arrayStr(arange(1001))).toBe("[   0    1    2 ...  998  999 1000]");
    expect(arrayRepr(arange(1001))).toBe("array([   0,    1,    2, ...,  998,  999, 1000])");
    const a = arange(1002, "int64", [2, 501]);
    expect(arrayStr(a)).toBe("[[   0    1    2 ...  498  499  500]\n [ 501  502  503 ...  999 1000 1001]]");
    expect(arrayRepr(a)).toBe(
      "array([[   0,    1,    2, ...,  498,  499,  500],\n" +
      "       [ 501,  502,  503, ...,  999, 1000, 1001]])");
    expect(arrayStr(arange(10000))).toBe("[   0    1    2 ... 9997 9998 9999]");
  });
  it("wraps at the line width", () => {
    expect(array2string(arange(3), " ", "", "", opts({ linewidth: 4 }))).toBe("[0\n 1\n 2]");
    const ones = fromFunction("int64", [6], () => 1);
    const s = (a: typeof ones, w: number) => array2string(a, "", "", "", opts({ linewidth: w }));
    expect(s(ones, 8)).toBe("[111111]");
    expect(s(ones, 7)).toBe("[11111\n 1]");
    expect(s(ones, 5)).toBe("[111\n 111]");
    const b = fromFunction("int64", [1, 1, 6], () => 1);
    expect(s(b, 12)).toBe("[[[111111]]]");
    expect(s(b, 9)).toBe("[[[111\n   111]]]");
    expect(s(b, 8)).toBe("[[[11\n   11\n   11]]]");
  });
  it("wraps reprs and strs (test_linewidth_repr, test_linewidth_str)", () => {
    const twos = (n: number) => fromFunction("int64", [n], () => 2);
    expect(arrayRepr(twos(7), opts({ linewidth: 17 }))).toBe("array([2, 2, 2,\n       2, 2, 2,\n       2])");
    expect(arrayRepr(twos(8), opts({ linewidth: 18 }))).toBe("array([2, 2, 2,\n       2, 2, 2,\n       2, 2])");
    expect(arrayStr(twos(18), opts({ linewidth: 18 }))).toBe("[2 2 2 2 2 2 2 2\n 2 2 2 2 2 2 2 2\n 2 2]");
  });
  it("separates blocks of higher rank with blank lines (test_edgeitems)", () => {
    const o = opts({ edgeitems: 1, threshold: 1 });
    expect(arrayRepr(arange(27, "int64", [3, 3, 3]), o)).toBe(
      "array([[[ 0, ...,  2],\n" +
      "        ...,\n" +
      "        [ 6, ...,  8]],\n" +
      "\n" +
      "       ...,\n" +
      "\n" +
      "       [[18, ..., 20],\n" +
      "        ...,\n" +
      "        [24, ..., 26]]])");
    expect(arrayRepr(fromFunction("float64", [3, 3, 1, 1], () => 0), o)).toBe(
      "array([[[[0.]],\n\n        ...,\n\n        [[0.]]],\n\n\n       ...,\n\n\n" +
      "       [[[0.]],\n\n        ...,\n\n        [[0.]]]])");
    expect(array2string(fromFunction("int64", [3], () => 0), " ", "", "", opts({ edgeitems: 1, threshold: 0 })))
      .toBe("[0 ... 0]");
  });
  it("prints a 3-d array without summarising", () => {
    expect(arrayStr(arange(8, "int64", [2, 2, 2]))).toBe("[[[0 1]\n  [2 3]]\n\n [[4 5]\n  [6 7]]]");
  });
});

describe("docstring examples", () => {
  it("array2string with a separator", () => {
    expect(array2string(f64([1e-16, 1, 2, 3]), ",", "", "", opts({ precision: 2, suppress: true }))).toBe("[0.,1.,2.,3.]");
  });
  it("suppress prints tiny values as zero", () => {
    expect(arrayRepr(f64([1e-6, 4e-7, 2, 3]), opts({ precision: 6, suppress: true }))).toBe(
      "array([0.000001, 0.      , 2.      , 3.      ])");
  });
  it("np.linspace(0, 10, 10) with precision=2, suppress=True, threshold=5", () => {
    const v = fromFunction("float64", [10], (i) => (i * 10) / 9);
    expect(arrayRepr(v, opts({ precision: 2, suppress: true, threshold: 5 }))).toBe(
      "array([ 0.  ,  1.11,  2.22, ...,  7.78,  8.89, 10.  ])");
  });
});
