// Expected values follow numpy 1.17's documented semantics (broadcasting, promotion, reductions,
// manipulation) and its error texts; arithmetic results are checked with CPython float math.
import { describe, expect, it } from "vitest";
import { allclose, arrayEqual } from "../../src/numpy/compare.js";
import { arange, full, linspace, ones, zeros } from "../../src/numpy/creation.js";
import { promote, resultTypeWithScalar } from "../../src/numpy/dtype.js";
import { astype, binary, broadcastShapes, broadcastTo } from "../../src/numpy/elementwise.js";
import { NumpyError } from "../../src/numpy/errors.js";
import { matmul } from "../../src/numpy/linalg.js";
import { getItem } from "../../src/numpy/indexing.js";
import { concatenate, expandDims, reshape, squeeze, stack, transpose } from "../../src/numpy/manipulation.js";
import { fromFunction, fromNested } from "../../src/numpy/ndarray.js";
import { arrayStr } from "../../src/numpy/arrayprint.js";
import { max, mean, min, prod, sum } from "../../src/numpy/reduce.js";

const errorOf = (f: () => unknown) => { try { f(); } catch (e) { return e as NumpyError; } throw new Error("no error"); };

describe("dtype promotion (np.result_type)", () => {
  it("follows numpy's lattice", () => {
    expect(promote("int32", "float32")).toBe("float64");
    expect(promote("int16", "float32")).toBe("float32");
    expect(promote("int8", "uint8")).toBe("int16");
    expect(promote("uint64", "int64")).toBe("float64");
    expect(promote("bool", "int8")).toBe("int8");
    expect(promote("float16", "float32")).toBe("float32");
    expect(promote("uint32", "int32")).toBe("int64");
  });
});

describe("element-wise", () => {
  it("broadcasts and rounds to the result dtype", () => {
    const a = fromNested([[1, 2, 3], [4, 5, 6]], "float32"), b = fromNested([0.1, 0.2, 0.3], "float32");
    const r = binary(a, b, "float32", (x, y) => x + y);
    expect(r.shape).toEqual([2, 3]);
    expect(r.data[0]).toBe(Math.fround(1 + Math.fround(0.1)));
    expect(broadcastShapes([2, 1, 3], [4, 1])).toEqual([2, 4, 3]);
    expect(broadcastTo(fromNested([1, 2]), [2, 2]).data).toEqual([1, 2, 1, 2]);
  });
  it("raises numpy's broadcast error", () => {
    const e = errorOf(() => broadcastShapes([2, 3], [4]));
    expect([e.pyType, e.message]).toEqual(["ValueError", "operands could not be broadcast together with shapes (2,3) (4,) "]);
  });
  it("casts floats to ints by truncation and wraps", () => {
    expect(astype(fromNested([1.7, -1.7, 300]), "int8").data).toEqual([1, -1, 44]);
    expect(astype(fromNested([0, 2]), "bool").data).toEqual([0, 1]);
  });
});

describe("reductions", () => {
  const a = fromNested([[1, 2, 3], [4, 5, 6]], "int32");
  it("sum/prod widen small ints; axis and keepdims", () => {
    const s = sum(a);
    expect([s.dtype, s.data]).toEqual(["int64", [21]]);
    expect(sum(a, 0).data).toEqual([5, 7, 9]);
    expect(sum(a, 1, true).shape).toEqual([2, 1]);
    expect(prod(a, -1).data).toEqual([6, 120]);
  });
  it("mean of ints is float64; max/min keep the dtype", () => {
    const m = mean(a, 0);
    expect([m.dtype, m.data]).toEqual(["float64", [2.5, 3.5, 4.5]]);
    expect(max(a, 1).data).toEqual([3, 6]);
    expect(min(a).data).toEqual([1]);
    expect(max(fromNested([1, NaN, 3])).data).toEqual([NaN]);
  });
  it("reports bad axes and empty max", () => {
    const e = errorOf(() => sum(a, 2));
    expect([e.pyType, e.message]).toEqual(["AxisError", "axis 2 is out of bounds for array of dimension 2"]);
    expect(errorOf(() => max(zeros([0]))).message).toBe("zero-size array to reduction operation maximum which has no identity");
  });
});

describe("manipulation", () => {
  const a = arange(6);
  it("reshapes with -1 and reports impossible shapes", () => {
    expect(reshape(a, [2, -1]).shape).toEqual([2, 3]);
    expect(errorOf(() => reshape(a, [4, -1])).message).toBe("cannot reshape array of size 6 into shape (4, -1)");
  });
  it("transposes, concatenates, stacks, expands and squeezes", () => {
    const m = reshape(a, [2, 3]);
    expect(transpose(m).data).toEqual([0, 3, 1, 4, 2, 5]);
    expect(concatenate([m, m], 1).shape).toEqual([2, 6]);
    expect(concatenate([m, m], 1).data).toEqual([0, 1, 2, 0, 1, 2, 3, 4, 5, 3, 4, 5]);
    expect(stack([a, a], 1).shape).toEqual([6, 2]);
    expect(expandDims(a, 0).shape).toEqual([1, 6]);
    expect(squeeze(reshape(a, [1, 6, 1])).shape).toEqual([6]);
  });
  it("multiplies matrices, vectors and batches", () => {
    const x = fromNested([[1, 2], [3, 4]]), y = fromNested([[5, 6], [7, 8]]);
    expect(matmul(x, y, "int64").data).toEqual([19, 22, 43, 50]);
    expect(matmul(x, fromNested([1, 1]), "int64").shape).toEqual([2]);
    expect(matmul(reshape(arange(8), [2, 2, 2]), x, "int64").shape).toEqual([2, 2, 2]);
  });
});

describe("creation and comparison", () => {
  it("builds ranges", () => {
    expect(arange(0, 1, 0.25).data).toEqual([0, 0.25, 0.5, 0.75]);
    expect(arange(3).dtype).toBe("int64");
    expect(linspace(0, 1, 5).data).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(full([2], 7, "int32").data).toEqual([7, 7]);
    expect(ones([2], "float32").dtype).toBe("float32");
  });
  it("allclose and array_equal", () => {
    expect(allclose(fromNested([1, 2]), fromNested([1 + 1e-9, 2]))).toBe(true);
    expect(allclose(fromNested([1e10, 1e-7]), fromNested([1.00001e10, 1e-8]))).toBe(false);
    expect(allclose(fromNested([Infinity]), fromNested([Infinity]))).toBe(true);
    expect(allclose(fromNested([NaN]), fromNested([NaN]))).toBe(false);
    expect(arrayEqual(fromNested([1, 2]), fromNested([1, 2]))).toBe(true);
    expect(arrayEqual(fromNested([1, 2]), fromNested([[1, 2]]))).toBe(false);
  });
});

describe("indexing", () => {
  const m = reshape(arange(12), [3, 4]);
  const sl = (start: number | null, stop: number | null, step: number | null = null) => ({ start, stop, step });
  it("takes ints, slices, None and Ellipsis", () => {
    expect(getItem(m, [1]).data).toEqual([4, 5, 6, 7]);
    expect(getItem(m, [-1, -1]).shape).toEqual([]);
    expect(getItem(m, [-1, -1]).data).toEqual([11]);
    expect(getItem(m, [sl(null, null), 1]).data).toEqual([1, 5, 9]);
    expect(getItem(m, [sl(null, null, -1)]).data.slice(0, 4)).toEqual([8, 9, 10, 11]);
    expect(getItem(m, ["newaxis", 0]).shape).toEqual([1, 4]);
    expect(getItem(m, ["ellipsis", 0]).data).toEqual([0, 4, 8]);
    expect(getItem(m, [sl(1, 100)]).shape).toEqual([2, 4]);
  });
  it("masks with booleans and raises numpy's IndexErrors", () => {
    const mask = fromNested([true, false, true]);
    expect(getItem(m, [mask]).shape).toEqual([2, 4]);
    expect(errorOf(() => getItem(m, [3])).message).toBe("index 3 is out of bounds for axis 0 with size 3");
    expect(errorOf(() => getItem(m, [0, 0, 0])).message).toBe("too many indices for array");
    expect(errorOf(() => getItem(m, [sl(null, null, 0)])).message).toBe("slice step cannot be zero");
  });
});

describe("value-based casting with Python scalars", () => {
  it("keeps small array types when the scalar fits", () => {
    expect(resultTypeWithScalar("float32", { kind: "float", value: 2 })).toBe("float32");
    expect(resultTypeWithScalar("int8", { kind: "int", value: 1000 })).toBe("int16");
    expect(resultTypeWithScalar("uint8", { kind: "int", value: -1 })).toBe("int16");
    expect(resultTypeWithScalar("int32", { kind: "float", value: 1.5 })).toBe("float64");
    expect(resultTypeWithScalar("int32", { kind: "int", value: 1 })).toBe("int32");
    expect(resultTypeWithScalar("bool", { kind: "int", value: 1 })).toBe("int64");
    expect(resultTypeWithScalar("float16", { kind: "float", value: 1e6 })).toBe("float32");
    expect(resultTypeWithScalar("int8", { kind: "int", value: 200 })).toBe("int16");
    expect(resultTypeWithScalar("uint8", { kind: "int", value: 200 })).toBe("uint8");
  });
});

describe("arange's fill rule", () => {
  it("extrapolates from the first two values as numpy's fill does", () => {
    // delta = (0.1 + 0.3) - 0.1 = 0.30000000000000004 in float64 (CPython), so element 2 is 0.1 + 2 * delta.
    const a = arange(0.1, 1.2, 0.3);
    expect(a.data).toEqual([0.1, 0.4, 0.1 + 2 * ((0.1 + 0.3) - 0.1), 0.1 + 3 * ((0.1 + 0.3) - 0.1)]);
  });
});

describe("numpy's summation order", () => {
  it("sums float32 pairwise (np.mean docstring: 0.54999924)", () => {
    const n = 512 * 512;
    const a = fromFunction("float32", [2, n], (i) => (i < n ? 1 : 0.1));
    const m = mean(a);
    expect(m.dtype).toBe("float32");
    expect(arrayStr(m)).toBe("0.54999924");
    // Summed in float64 the same values give 0.55000000074505806 (the docstring's dtype=np.float64 case).
    expect(mean(astype(a, "float64")).data[0]).toBe(0.55000000074505806);
  });
});
