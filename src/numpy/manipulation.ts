/** Shape manipulation: reshape, transpose, concatenate, stack, expand_dims, squeeze. */
import { NumpyError } from "./errors.js";
import { type Elem, NDArray, stridesOf } from "./ndarray.js";
import { normalizeAxes } from "./axes.js";
import { reshapeView, transposeView } from "./views.js";

/** Fills in one -1 dimension; ValueError with numpy's texts when the sizes do not match. */
export function resolveShape(size: number, shape: readonly number[]): number[] {
  const unknown = shape.filter((d) => d === -1).length;
  if (unknown > 1) throw new NumpyError("ValueError", "can only specify one unknown dimension");
  const known = shape.reduce((p, d) => (d === -1 ? p : p * d), 1);
  const out = [...shape];
  if (unknown === 1) {
    if (known === 0 || size % known !== 0) {
      throw new NumpyError("ValueError", `cannot reshape array of size ${size} into shape ${pyShape(shape)}`);
    }
    out[out.indexOf(-1)] = size / known;
  } else if (known !== size) {
    throw new NumpyError("ValueError", `cannot reshape array of size ${size} into shape ${pyShape(shape)}`);
  }
  return out;
}

// numpy prints the requested shape as a Python tuple here.
function pyShape(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
}

/** `a.reshape(shape)`: a view where numpy makes one (views.ts reshapeView), else a copy. */
export function reshape(a: NDArray, shape: readonly number[]): NDArray {
  return reshapeView(a, resolveShape(a.size, shape));
}

/** `np.transpose(a, perm)`; without `perm` the axes are reversed. A view, as numpy's is. */
export function transpose(a: NDArray, perm?: readonly number[]): NDArray {
  const p = perm === undefined ? a.shape.map((_, i) => a.ndim - 1 - i) : normalizeAxes(perm, a.ndim);
  if (p.length !== a.ndim) throw new NumpyError("ValueError", "axes don't match array");
  return transposeView(a, p);
}

/** `np.concatenate(arrays, axis)`; the arrays must already share a dtype. */
export function concatenate(arrays: readonly NDArray[], axis = 0): NDArray {
  if (arrays.length === 0) throw new NumpyError("ValueError", "need at least one array to concatenate");
  const first = arrays[0];
  if (first.ndim === 0) throw new NumpyError("ValueError", "zero-dimensional arrays cannot be concatenated");
  const [ax] = normalizeAxes(axis, first.ndim);
  arrays.forEach((b, k) => {
    if (b.ndim !== first.ndim) {
      throw new NumpyError("ValueError",
        `all the input arrays must have same number of dimensions, but the array at index 0 has ${first.ndim} dimension(s) and the array at index ${k} has ${b.ndim} dimension(s)`);
    }
    b.shape.forEach((d, i) => {
      if (i !== ax && d !== first.shape[i]) {
        throw new NumpyError("ValueError",
          `all the input array dimensions for the concatenation axis must match exactly, but along dimension ${i}, the array at index 0 has size ${first.shape[i]} and the array at index ${k} has size ${d}`);
      }
    });
  });
  const outer = first.shape.slice(0, ax).reduce((p, q) => p * q, 1);
  const inner = first.shape.slice(ax + 1).reduce((p, q) => p * q, 1);
  const data: Elem[] = [];
  for (let o = 0; o < outer; o++) {
    for (const b of arrays) {
      const chunk = b.shape[ax] * inner;
      for (let i = 0; i < chunk; i++) data.push(b.data[o * chunk + i]);
    }
  }
  const shape = [...first.shape];
  shape[ax] = arrays.reduce((s, b) => s + b.shape[ax], 0);
  return new NDArray(first.dtype, shape, data);
}

/** `np.expand_dims(a, axis)`: axis counts positions in the result. */
export function expandDims(a: NDArray, axis: number): NDArray {
  const [ax] = normalizeAxes(axis, a.ndim + 1);
  const shape = [...a.shape];
  shape.splice(ax, 0, 1);
  return new NDArray(a.dtype, shape, a.data);
}

/** `np.stack(arrays, axis)`: all shapes must be equal. */
export function stack(arrays: readonly NDArray[], axis = 0): NDArray {
  if (arrays.length === 0) throw new NumpyError("ValueError", "need at least one array to stack");
  const s0 = arrays[0].shape;
  if (arrays.some((b) => b.ndim !== s0.length || b.shape.some((d, i) => d !== s0[i]))) {
    throw new NumpyError("ValueError", "all input arrays must have the same shape");
  }
  const [ax] = normalizeAxes(axis, s0.length + 1);
  return concatenate(arrays.map((b) => expandDims(b, ax)), ax);
}

/** `np.squeeze(a, axis)`: drops length-1 axes (all of them without `axis`). */
export function squeeze(a: NDArray, axis: number | readonly number[] | null = null): NDArray {
  const axes = axis === null ? a.shape.flatMap((d, i) => (d === 1 ? [i] : [])) : normalizeAxes(axis, a.ndim);
  for (const ax of axes) {
    if (a.shape[ax] !== 1) throw new NumpyError("ValueError", "cannot select an axis to squeeze out which has size not equal to one");
  }
  return new NDArray(a.dtype, a.shape.filter((_, i) => !axes.includes(i)), a.data);
}

/** Repeats `a` along each axis `multiples[i]` times. */
export function tile(a: NDArray, multiples: readonly number[]): NDArray {
  if (multiples.length !== a.ndim) throw new RangeError("tile: one multiple per axis is required");
  const shape = a.shape.map((d, i) => d * multiples[i]);
  const n = shape.reduce((p, q) => p * q, 1);
  const outStrides = stridesOf(shape), inStrides = stridesOf(a.shape);
  const data: Elem[] = new Array(n);
  for (let i = 0; i < n; i++) {
    let src = 0;
    for (let d = 0; d < shape.length; d++) src += (Math.floor(i / outStrides[d]) % shape[d] % a.shape[d]) * inStrides[d];
    data[i] = a.data[src];
  }
  return new NDArray(a.dtype, shape, data);
}

/**
 * `np.repeat(a, repeats, axis)` (numpy 1.17 PyArray_Repeat): each element along `axis` repeated
 * `counts[i]` times, one count for all when a single one is given; without an axis, of the flattened
 * array. Counts are non-negative and one or as many as the axis is long (the caller refuses others).
 */
export function repeat(a: NDArray, counts: readonly number[], axis: number | null): NDArray {
  const x = axis === null ? new NDArray(a.dtype, [a.size], a.data) : a;
  const [ax] = normalizeAxes(axis ?? 0, x.ndim);
  const n = x.shape[ax]!;
  const each = (i: number) => (counts.length === 1 ? counts[0]! : counts[i]!);
  const outer = x.shape.slice(0, ax).reduce((p, q) => p * q, 1);
  const inner = x.shape.slice(ax + 1).reduce((p, q) => p * q, 1);
  let total = 0;
  for (let i = 0; i < n; i++) total += each(i);
  const data: Elem[] = [];
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < n; i++) {
      const start = (o * n + i) * inner;
      for (let r = 0; r < each(i); r++) for (let j = 0; j < inner; j++) data.push(x.data[start + j]!);
    }
  }
  return new NDArray(a.dtype, x.shape.map((d, i) => (i === ax ? total : d)), data);
}
