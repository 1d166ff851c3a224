/**
 * numpy's sorting and searching along an axis (numpy 1.17, numpy/core/src/npysort): `sort` (NaN sorts
 * last), `argsort`, `argmax`/`argmin` (the first occurrence; a NaN is the extreme, as in numpy) and
 * `unique` (sorted distinct values of the flattened array).
 *
 * argsort's default kind is quicksort (introsort): it orders equal keys as its partitions leave them,
 * except that a run of at most 16 elements is insertion-sorted, which is stable. So the order is
 * known for ≤ 16 elements along the axis or for distinct keys; anything else is refused.
 */
import { normalizeAxes } from "./axes.js";
import { NumpyError } from "./errors.js";
import { NDArray, stridesOf } from "./ndarray.js";

/** numpy's SMALL_QUICKSORT: partitions this short are insertion-sorted (npysort/quicksort.c.src). */
const SMALL_QUICKSORT = 16;

/** numpy's sort order for numbers: NaN after everything (npysort_common.h FLOAT_LT). */
function lessThan(x: number, y: number): boolean {
  return x < y || (y !== y && x === x);
}

/** The lanes along `axis`: for each, the flat offsets of its elements in order. */
function lanes(a: NDArray, axis: number): number[][] {
  const n = a.shape[axis]!;
  const stride = stridesOf(a.shape)[axis]!;
  const out: number[][] = [];
  const outer = a.size / Math.max(n, 1);
  for (let k = 0; k < outer && n > 0; k++) {
    // The k-th lane starts at the k-th offset that has index 0 along `axis`.
    const before = Math.floor(k / stride), within = k % stride;
    const start = before * stride * n + within;
    out.push(Array.from({ length: n }, (_, i) => start + i * stride));
  }
  return out;
}

function numeric(a: NDArray, what: string): number[] {
  if (a.dtype === "bytes") throw new NumpyError("TfscopeUnsupported", `unsupported by tfscope: numpy.${what} of a bytes array`);
  return a.numbers();
}

/** A stable sort of a lane's positions by value (what numpy gives whenever the order is determined). */
function order(xs: readonly number[], lane: readonly number[]): number[] {
  const idx = lane.map((_, i) => i);
  return idx.sort((i, j) => (lessThan(xs[lane[i]!]!, xs[lane[j]!]!) ? -1 : lessThan(xs[lane[j]!]!, xs[lane[i]!]!) ? 1 : i - j));
}

/** `np.sort(a, axis)` (axis null: the flattened array). */
export function sort(a: NDArray, axis: number | null = -1): NDArray {
  const src = axis === null ? new NDArray(a.dtype, [a.size], a.data) : a;
  const ax = normalizeAxes(axis ?? 0, src.ndim)[0]!;
  const xs = numeric(src, "sort");
  const data = src.data.slice();
  for (const lane of lanes(src, ax)) {
    const o = order(xs, lane);
    o.forEach((from, i) => (data[lane[i]!] = xs[lane[from]!]!));
  }
  return new NDArray(src.dtype, src.shape, data);
}

/** `np.argsort(a, axis)`: with kind "stable"/"mergesort" (`stable`) always, with the default kind where
 * numpy's result is determined (see the header). */
export function argsort(a: NDArray, axis: number | null = -1, stable = false): NDArray {
  const src = axis === null ? new NDArray(a.dtype, [a.size], a.data) : a;
  const ax = normalizeAxes(axis ?? 0, src.ndim)[0]!;
  const xs = numeric(src, "argsort");
  const data = new Array<number>(src.size);
  for (const lane of lanes(src, ax)) {
    const o = order(xs, lane);
    if (!stable && lane.length > SMALL_QUICKSORT) {
      for (let i = 1; i < o.length; i++) {
        const p = xs[lane[o[i - 1]!]!]!, q = xs[lane[o[i]!]!]!;
        if (p === q || (p !== p && q !== q)) {
          throw new NumpyError("TfscopeUnsupported", "unsupported by tfscope: numpy.argsort of equal values in more than 16 elements (introsort's order)");
        }
      }
    }
    o.forEach((from, i) => (data[lane[i]!] = from));
  }
  return new NDArray("int64", src.shape, data);
}

/** `np.argmax` / `np.argmin` (axis null: index into the flattened array). */
export function argExtreme(a: NDArray, axis: number | null, kind: "max" | "min"): NDArray {
  const name = kind === "max" ? "argmax" : "argmin";
  const xs = numeric(a, name);
  if (a.size === 0) throw new NumpyError("ValueError", `attempt to get ${name} of an empty sequence`);
  const better = kind === "max" ? (x: number, m: number) => x > m : (x: number, m: number) => x < m;
  const pick = (lane: readonly number[]): number => {
    let best = 0;
    for (let i = 0; i < lane.length; i++) {
      const x = xs[lane[i]!]!;
      if (x !== x) return i; // the first NaN
      if (i > 0 && better(x, xs[lane[best]!]!)) best = i;
    }
    return best;
  };
  if (axis === null) return new NDArray("int64", [], [pick(xs.map((_, i) => i))]);
  const ax = normalizeAxes(axis, a.ndim)[0]!;
  const shape = a.shape.filter((_, i) => i !== ax);
  return new NDArray("int64", shape, lanes(a, ax).map(pick));
}

/** `np.unique(a)`: the sorted distinct values of the flattened array (NaNs each kept, as numpy 1.17 does). */
export function unique(a: NDArray): NDArray {
  const sorted = sort(new NDArray(a.dtype, [a.size], a.data), 0).numbers();
  const out = sorted.filter((x, i) => i === 0 || !(x === sorted[i - 1]));
  return new NDArray(a.dtype, [out.length], out);
}

/** numpy.random.shuffle's in-place permutation of the first axis, given the rows' new order. */
export function permuteRowsInPlace(a: NDArray, rows: readonly number[]): void {
  const n = a.shape[0] ?? 0;
  const inner = n === 0 ? 0 : a.size / n;
  const old = a.data.slice();
  const next = old.slice();
  rows.forEach((from, i) => {
    for (let j = 0; j < inner; j++) next[i * inner + j] = old[from * inner + j]!;
  });
  // Through the array's memory: a view (a slice being shuffled) writes into its base.
  a.writeAll(next);
}
