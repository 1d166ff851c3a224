/**
 * numpy 1.17 indexing `a[...]` for basic indices (integers, slices, None, Ellipsis), and for a single
 * boolean mask or integer index array. Basic indexing gives a view sharing `a`'s memory (views.ts), as
 * numpy's does; an index array copies.
 */
import { NumpyError } from "./errors.js";
import { type Elem, NDArray } from "./ndarray.js";
import { type BasicPick, basicView } from "./views.js";
import { fancyGet } from "./fancy.js";

export interface Slice { readonly start: number | null; readonly stop: number | null; readonly step: number | null }
export type IndexItem = number | Slice | "newaxis" | "ellipsis" | NDArray;

/** Python's `slice.indices(n)`: the concrete start/stop/step for a length-n axis. */
export function sliceIndices(s: Slice, n: number): [number, number, number] {
  const step = s.step ?? 1;
  if (step === 0) throw new NumpyError("ValueError", "slice step cannot be zero");
  const [lo, hi] = step > 0 ? [0, n] : [-1, n - 1];
  const norm = (x: number | null, dflt: number) => {
    if (x === null) return dflt;
    const v = x < 0 ? x + n : x;
    return Math.min(Math.max(v, lo), hi);
  };
  return [norm(s.start, step > 0 ? 0 : n - 1), norm(s.stop, step > 0 ? n : -1), step];
}

export function getItem(a: NDArray, index: readonly IndexItem[]): NDArray {
  if (index.length === 1 && index[0] instanceof NDArray) return maskOrTake(a, index[0]);
  if (index.some((x) => x instanceof NDArray)) return fancyGet(a, index);
  const picks = resolveBasic(a, index);
  const v = basicView(a, picks);
  // A full integer index gives a numpy scalar, a copy of the element; anything else is a view.
  return v.ndim === 0 && !index.includes("ellipsis") ? v.copy() : v;
}

/** A basic index (integers, slices, newaxis, one ellipsis) resolved against `a`'s shape, with numpy's errors. */
export function resolveBasic(a: NDArray, index: readonly IndexItem[]): BasicPick[] {
  const ellipses = index.filter((x) => x === "ellipsis").length;
  if (ellipses > 1) throw new NumpyError("IndexError", "an index can only have a single ellipsis ('...')");
  const consuming = index.filter((x) => x !== "newaxis" && x !== "ellipsis").length;
  if (consuming > a.ndim) throw new NumpyError("IndexError", "too many indices for array");
  const items: IndexItem[] = [];
  for (const x of index) {
    if (x === "ellipsis") for (let k = 0; k < a.ndim - consuming; k++) items.push({ start: null, stop: null, step: null });
    else items.push(x);
  }
  while (items.filter((x) => x !== "newaxis").length < a.ndim) items.push({ start: null, stop: null, step: null });
  const picks: BasicPick[] = [];
  let axis = 0;
  for (const x of items) {
    if (x === "newaxis") { picks.push({ kind: "newaxis" }); continue; }
    const n = a.shape[axis]!;
    if (typeof x === "number") {
      if (x < -n || x >= n) throw new NumpyError("IndexError", `index ${x} is out of bounds for axis ${axis} with size ${n}`);
      picks.push({ kind: "int", at: x < 0 ? x + n : x });
    } else {
      const [b, e, s] = sliceIndices(x as Slice, n);
      const count = s > 0 ? Math.max(0, Math.ceil((e - b) / s)) : Math.max(0, Math.ceil((b - e) / -s));
      picks.push({ kind: "range", start: b, step: s, count });
    }
    axis++;
  }
  return picks;
}

function maskOrTake(a: NDArray, idx: NDArray): NDArray {
  if (idx.dtype !== "bool") return take(a, idx);
  if (idx.ndim > a.ndim || idx.shape.some((d, i) => d !== a.shape[i])) {
    const i = idx.shape.findIndex((d, k) => d !== a.shape[k]);
    throw new NumpyError("IndexError",
      `boolean index did not match indexed array along dimension ${i}; dimension is ${a.shape[i]} but corresponding boolean dimension is ${idx.shape[i]}`);
  }
  const inner = a.shape.slice(idx.ndim).reduce((p, q) => p * q, 1);
  const data: Elem[] = [];
  idx.data.forEach((m, k) => { if (m) for (let j = 0; j < inner; j++) data.push(a.data[k * inner + j]); });
  return new NDArray(a.dtype, [data.length / inner, ...a.shape.slice(idx.ndim)], data);
}

/** `a[idx]` for one integer index array: rows of `a` along axis 0, in the shape of `idx`. */
function take(a: NDArray, idx: NDArray): NDArray {
  if (idx.dtype === "bytes" || idx.dtype.startsWith("float")) {
    throw new NumpyError("IndexError", "arrays used as indices must be of integer (or boolean) type");
  }
  if (a.ndim === 0) throw new NumpyError("IndexError", "too many indices for array");
  const n = a.shape[0]!, inner = a.size / Math.max(n, 1);
  const data: Elem[] = [];
  for (const i of idx.numbers()) {
    if (i < -n || i >= n) throw new NumpyError("IndexError", `index ${i} is out of bounds for axis 0 with size ${n}`);
    const r = i < 0 ? i + n : i;
    for (let j = 0; j < inner; j++) data.push(a.data[r * inner + j]!);
  }
  return new NDArray(a.dtype, [...idx.shape, ...a.shape.slice(1)], data);
}
