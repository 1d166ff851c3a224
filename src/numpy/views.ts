/**
 * numpy's views: arrays sharing their base's memory (numpy 1.17 multiarray/shape.c PyArray_Newshape,
 * _attempt_nocopy_reshape, PyArray_Ravel; mapping.c get_view_from_index; PyArray_Transpose), and
 * np.shares_memory / np.may_share_memory over tfscope's flat buffers.
 */
import { NDArray } from "./ndarray.js";

/** One axis of a basic index, resolved: an integer drops the axis, a range keeps it, newaxis adds one. */
export type BasicPick = { kind: "int"; at: number } | { kind: "range"; start: number; step: number; count: number } | { kind: "newaxis" };

/** The view `a[index]` for a resolved basic index (one pick per axis of `a`, plus newaxis picks). */
export function basicView(a: NDArray, picks: readonly BasicPick[]): NDArray {
  let offset = a.offset, axis = 0;
  const shape: number[] = [], layout: number[] = [];
  for (const p of picks) {
    if (p.kind === "newaxis") { shape.push(1); layout.push(0); continue; }
    const st = a.layout[axis]!;
    if (p.kind === "int") offset += p.at * st;
    else {
      if (p.count > 0) offset += p.start * st;
      shape.push(p.count);
      layout.push(st * p.step);
    }
    axis++;
  }
  return NDArray.view(a, shape, layout, offset);
}

/** `a.transpose(perm)`: always a view, the strides permuted. */
export function transposeView(a: NDArray, perm: readonly number[]): NDArray {
  return NDArray.view(a, perm.map((p) => a.shape[p]!), perm.map((p) => a.layout[p]!), a.offset);
}

/**
 * `a.reshape(shape)` (C order) for an already resolved shape: a view when numpy makes one (the array is
 * C-contiguous, has at most one element, or _attempt_nocopy_reshape finds strides), else a copy.
 */
export function reshapeView(a: NDArray, shape: readonly number[]): NDArray {
  if (a.size <= 1 || a.cContiguous) {
    const layout = new Array<number>(shape.length);
    let acc = 1;
    for (let i = shape.length - 1; i >= 0; i--) { layout[i] = acc; acc *= Math.max(shape[i]!, 1); }
    return NDArray.view(a, shape, layout, a.offset);
  }
  const strides = nocopyStrides(a, shape);
  if (strides !== null) return NDArray.view(a, shape, strides, a.offset);
  return new NDArray(a.dtype, [...shape], [...a.data]);
}

// numpy 1.17 shape.c _attempt_nocopy_reshape, C order.
function nocopyStrides(a: NDArray, newdims: readonly number[]): number[] | null {
  const olddims: number[] = [], oldstrides: number[] = [];
  a.shape.forEach((d, i) => { if (d !== 1) { olddims.push(d); oldstrides.push(a.layout[i]!); } });
  const newnd = newdims.length, oldnd = olddims.length;
  const newstrides = new Array<number>(newnd).fill(0);
  let oi = 0, oj = 1, ni = 0, nj = 1;
  while (ni < newnd && oi < oldnd) {
    let np = newdims[ni]!, op = olddims[oi]!;
    while (np !== op) {
      if (np < op) np *= newdims[nj++]!;
      else op *= olddims[oj++]!;
    }
    for (let ok = oi; ok < oj - 1; ok++) {
      if (oldstrides[ok] !== olddims[ok + 1]! * oldstrides[ok + 1]!) return null;
    }
    newstrides[nj - 1] = oldstrides[oj - 1]!;
    for (let nk = nj - 1; nk > ni; nk--) newstrides[nk - 1] = newstrides[nk]! * newdims[nk]!;
    ni = nj++;
    oi = oj++;
  }
  const last = ni >= 1 ? newstrides[ni - 1]! : 1;
  for (let nk = ni; nk < newnd; nk++) newstrides[nk] = last;
  return newstrides;
}

/** `a.ravel()` (order 'C'): a view of a C-contiguous array, else a copy (PyArray_Ravel). */
export function ravelView(a: NDArray): NDArray {
  if (a.cContiguous) return reshapeView(a, [a.size]);
  return new NDArray(a.dtype, [a.size], [...a.data]);
}

/** np.shares_memory: whether some element of `a` and some element of `b` are the same memory. */
export function sharesMemory(a: NDArray, b: NDArray): boolean {
  if (a.buffer !== b.buffer || a.size === 0 || b.size === 0) return false;
  const mine = new Set(a.positions());
  return b.positions().some((p) => mine.has(p));
}

/** np.may_share_memory: whether the memory extents of `a` and `b` overlap (numpy's bounds check). */
export function mayShareMemory(a: NDArray, b: NDArray): boolean {
  if (a.buffer !== b.buffer || a.size === 0 || b.size === 0) return false;
  const [alo, ahi] = extent(a), [blo, bhi] = extent(b);
  return alo <= bhi && blo <= ahi;
}

function extent(a: NDArray): [number, number] {
  let lo = a.offset, hi = a.offset;
  a.shape.forEach((d, i) => {
    const span = (d - 1) * a.layout[i]!;
    if (span < 0) lo += span; else hi += span;
  });
  return [lo, hi];
}
