/** Reductions over axes: numpy's `sum`, `prod`, `mean`, `max`, `min`, with `axis` and `keepdims`. */
import { type DType, coerce, isFloat } from "./dtype.js";
import { normalizeAxes } from "./axes.js";
import { NumpyError } from "./errors.js";
import { type Elem, NDArray, stridesOf } from "./ndarray.js";
import { transpose } from "./manipulation.js";

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

/**
 * numpy's pairwise summation (loops.c.src `pairwise_sum_@TYPE@`): below 8 values one by one from 0,
 * up to 128 values in 8 interleaved accumulators combined as ((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7)),
 * else split in two halves at a multiple of 8. `r` rounds to the accumulation type.
 */
export function pairwiseSum(xs: readonly number[], start: number, n: number, r: (x: number) => number): number {
  if (n < 8) {
    let res = 0;
    for (let i = 0; i < n; i++) res = r(res + xs[start + i]);
    return res;
  }
  if (n <= 128) {
    const acc = xs.slice(start, start + 8);
    let i = 8;
    for (; i < n - (n % 8); i += 8) for (let j = 0; j < 8; j++) acc[j] = r(acc[j] + xs[start + i + j]);
    let res = r(r(r(acc[0] + acc[1]) + r(acc[2] + acc[3])) + r(r(acc[4] + acc[5]) + r(acc[6] + acc[7])));
    for (; i < n; i++) res = r(res + xs[start + i]);
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return r(pairwiseSum(xs, start, n2, r) + pairwiseSum(xs, start + n2, n - n2, r));
}

/**
 * `np.add.reduce` in numpy's order: each output starts at the identity 0; the trailing run of reduced
 * axes is contiguous and is summed pairwise per inner-loop call, each call holding at most 8192
 * values (the reduction iterator's buffer size — which is why np.mean's docstring example gives
 * 0.54999924); the other reduced axes add those partial sums one after another. float16
 * accumulates in float32 within a call.
 */
function floatSum(a: NDArray, axes: number[], out: DType): { values: number[]; count: number } {
  const acc: DType = out === "float16" ? "float32" : out;
  const r = (x: number) => coerce(acc, x);
  const nonUnit = [...a.shape.keys()].filter((i) => a.shape[i] !== 1);
  let block = 1, k = nonUnit.length - 1;
  for (; k >= 0 && axes.includes(nonUnit[k]); k--) block *= a.shape[nonUnit[k]];
  const chunk = 8192;
  const kept = [...a.shape.keys()].filter((i) => !axes.includes(i));
  const reduced = axes.slice().sort((x, y) => x - y);
  const moved = transpose(a, [...kept, ...reduced]).numbers().map((x) => coerce(out, x));
  const count = reduced.reduce((p, i) => p * a.shape[i], 1);
  const groups = kept.reduce((p, i) => p * a.shape[i], 1);
  const values: number[] = [];
  for (let g = 0; g < groups; g++) {
    let total = 0;
    for (let b = 0; b < count; b += block) {
      for (let c = 0; c < block; c += chunk) {
        total = coerce(out, r(total + pairwiseSum(moved, g * count + b + c, Math.min(chunk, block - c), r)));
      }
    }
    values.push(total);
  }
  return { values, count };
}

function floatReduction(a: NDArray, axis: number | readonly number[] | null, keepdims: boolean, out: DType, finish: (s: number, n: number) => number): NDArray {
  const axes = normalizeAxes(axis, a.ndim);
  const { values, count } = floatSum(a, axes, out);
  const shape = keepdims ? a.shape.map((d, i) => (axes.includes(i) ? 1 : d)) : a.shape.filter((_, i) => !axes.includes(i));
  return new NDArray(out, shape, values.map((v) => coerce(out, finish(v, count))));
}

export function sum(a: NDArray, axis: number | readonly number[] | null = null, keepdims = false, out = sumDType(a.dtype)): NDArray {
  if (isFloat(out)) return floatReduction(a, axis, keepdims, out, (s) => s);
  return reduce(a, axis, keepdims, out, 0, (s, x) => coerce(out, s + x));
}

export function prod(a: NDArray, axis: number | readonly number[] | null = null, keepdims = false, out = sumDType(a.dtype)): NDArray {
  return reduce(a, axis, keepdims, out, 1, (s, x) => coerce(out, s * x));
}

/**
 * numpy's mean: the float sum (integers summed as float64; float16 summed in float32) divided by the
 * count, rounded to the result dtype (float64 for integer inputs).
 */
export function mean(a: NDArray, axis: number | readonly number[] | null = null, keepdims = false): NDArray {
  const out: DType = isFloat(a.dtype) ? a.dtype : "float64";
  const sumType: DType = out === "float16" ? "float32" : out;
  const s = floatReduction(a, axis, keepdims, sumType, (v, n) => v / n);
  return out === sumType ? s : new NDArray(out, s.shape, s.numbers().map((v) => coerce(out, v)));
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
