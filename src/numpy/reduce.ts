/** Reductions over axes: numpy's `sum`, `prod`, `mean`, `max`, `min`, with `axis` and `keepdims`. */
import { type DType, coerce } from "./dtype.js";
import { NumpyError } from "./errors.js";
import { type Elem, NDArray, stridesOf } from "./ndarray.js";

/** Normalises an axis argument (null = all axes); AxisError text as numpy 1.17 words it. */
export function normalizeAxes(axis: number | readonly number[] | null, ndim: number): number[] {
  if (axis === null) return Array.from({ length: ndim }, (_, i) => i);
  const list = typeof axis === "number" ? [axis] : [...axis];
  const out = list.map((ax) => {
    if (ax < -ndim || ax >= ndim) {
      throw new NumpyError("AxisError", `axis ${ax} is out of bounds for array of dimension ${ndim}`);
    }
    return ax < 0 ? ax + ndim : ax;
  });
  if (new Set(out).size !== out.length) throw new NumpyError("ValueError", "duplicate value in 'axis'");
  return out;
}

/**
 * Folds the elements along `axes` with `step`, starting each group at `init` (null: at its first
 * element); `finish` maps the folded value and the group size to the result. With `keepdims` the
 * reduced axes stay with length 1.
 */
export function reduce(
  a: NDArray, axis: number | readonly number[] | null, keepdims: boolean, out: DType,
  init: number | null, step: (acc: number, x: number) => number, finish: (acc: number, count: number) => number = (x) => x,
): NDArray {
  const axes = normalizeAxes(axis, a.ndim);
  const reduced = new Set(axes);
  const outShapeKeep = a.shape.map((d, i) => (reduced.has(i) ? 1 : d));
  const outShape = keepdims ? outShapeKeep : a.shape.filter((_, i) => !reduced.has(i));
  const outSize = outShapeKeep.reduce((p, q) => p * q, 1);
  const outStrides = stridesOf(outShapeKeep);
  const acc = new Array<number>(outSize).fill(init ?? 0);
  const started = new Array<boolean>(outSize).fill(init !== null);
  const count = axes.reduce((p, ax) => p * a.shape[ax], 1);
  const xs = a.numbers();
  const inStrides = stridesOf(a.shape);
  for (let i = 0; i < xs.length; i++) {
    let o = 0;
    for (let d = 0; d < a.ndim; d++) {
      if (!reduced.has(d)) o += Math.floor(i / inStrides[d]) % a.shape[d] * outStrides[d];
    }
    acc[o] = started[o] ? step(acc[o], xs[i]) : xs[i];
    started[o] = true;
  }
  const data: Elem[] = acc.map((v) => coerce(out, finish(v, count)));
  return new NDArray(out, outShape, data);
}

/** The dtype numpy's sum/prod give: bool and small ints widen to the platform int (int64; uint64 for uints). */
export function sumDType(d: DType): DType {
  if (d === "bool" || d === "int8" || d === "int16" || d === "int32") return "int64";
  if (d === "uint8" || d === "uint16" || d === "uint32") return "uint64";
  return d;
}

export function sum(a: NDArray, axis: number | readonly number[] | null = null, keepdims = false, out = sumDType(a.dtype)): NDArray {
  return reduce(a, axis, keepdims, out, 0, (s, x) => coerce(out, s + x));
}

export function prod(a: NDArray, axis: number | readonly number[] | null = null, keepdims = false, out = sumDType(a.dtype)): NDArray {
  return reduce(a, axis, keepdims, out, 1, (s, x) => coerce(out, s * x));
}

/** numpy's mean: integer inputs average in float64; float inputs keep their dtype. */
export function mean(a: NDArray, axis: number | readonly number[] | null = null, keepdims = false): NDArray {
  const out: DType = a.dtype.startsWith("float") ? a.dtype : "float64";
  // numpy accumulates float16 in float32 and divides in the input precision.
  const accT: DType = out === "float16" ? "float32" : out;
  return reduce(a, axis, keepdims, out, 0, (s, x) => coerce(accT, s + x), (s, n) => s / n);
}

function extremum(a: NDArray, axis: number | readonly number[] | null, keepdims: boolean, name: string, pick: (m: number, x: number) => number): NDArray {
  const axes = normalizeAxes(axis, a.ndim);
  if (a.size === 0) {
    throw new NumpyError("ValueError", `zero-size array to reduction operation ${name} which has no identity`);
  }
  return reduce(a, axes, keepdims, a.dtype, null, pick);
}

// numpy's maximum/minimum propagate NaN.
export function max(a: NDArray, axis: number | readonly number[] | null = null, keepdims = false): NDArray {
  return extremum(a, axis, keepdims, "maximum", (m, x) => (Number.isNaN(m) || x > m || Number.isNaN(x) ? (Number.isNaN(m) ? m : x) : m));
}

export function min(a: NDArray, axis: number | readonly number[] | null = null, keepdims = false): NDArray {
  return extremum(a, axis, keepdims, "minimum", (m, x) => (Number.isNaN(m) || x < m || Number.isNaN(x) ? (Number.isNaN(m) ? m : x) : m));
}
