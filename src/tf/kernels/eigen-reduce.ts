/**
 * The summation order of TF 1.15's CPU reductions, so float sums round as TF's do. TF's Sum/Prod/Mean
 * run Eigen's InnerMostDimReducer (unsupported/Eigen/CXX11/src/Tensor/TensorReduction.h) when the
 * reduced values are contiguous: 8 float32 lanes (4 float64 lanes; the AVX packets the pip wheels
 * use) accumulated side by side, the leftover tail summed separately, then `tail + predux(lanes)`;
 * above 1024 packets the range is halved recursively on a packet boundary. Other reductions
 * accumulate each output sequentially. Mean is that sum divided by the count in the input type
 * (reduction_ops_common.h's MeanReducer specialisation). Eigen's multi-threaded sharding of very
 * large full reductions is not modelled.
 */
import { type DType as NpDType, coerce } from "../../numpy/dtype.js";

export type Combine = (a: number, b: number) => number;

const LEAF = 1024;

function lanesFor(d: NpDType): number {
  return d === "float32" ? 8 : d === "float64" ? 4 : 1;
}

/** predux: pairwise folding of the packet as Eigen's SSE/AVX code does (halves, then lanes 0 and 1). */
function predux(lanes: number[], f: Combine): number {
  let v = lanes;
  while (v.length > 2) {
    const half = v.length / 2;
    v = v.slice(0, half).map((x, i) => f(x, v[half + i]));
  }
  return v.length === 2 ? f(v[0], v[1]) : v[0];
}

function innerMost(xs: readonly number[], first: number, n: number, identity: number, f: Combine, p: number): number {
  if (n > p * LEAF) {
    const split = p * Math.ceil((first + Math.ceil(n / 2)) / p);
    const left = Math.min(split - first, n);
    let acc = f(identity, innerMost(xs, first, left, identity, f, p));
    if (left < n) acc = f(acc, innerMost(xs, split, n - left, identity, f, p));
    return acc;
  }
  const vec = Math.floor(n / p) * p;
  const lanes = new Array<number>(p).fill(identity);
  for (let j = 0; j < vec; j += p) for (let k = 0; k < p; k++) lanes[k] = f(lanes[k], xs[first + j + k]);
  let acc = identity;
  for (let j = vec; j < n; j++) acc = f(acc, xs[first + j]);
  // finalizeBoth: the tail, then the folded packet (an identity packet when there were no full packets).
  return f(acc, predux(lanes, f));
}

/**
 * Folds `xs[first .. first+n)` as TF does: lane-wise when `contiguous` (and the dtype is vectorised),
 * else one value after another. `f` must already round to the dtype.
 */
export function eigenFold(xs: readonly number[], first: number, n: number, identity: number, f: Combine, d: NpDType, contiguous: boolean): number {
  const p = lanesFor(d);
  if (!contiguous || p === 1) {
    let acc = identity;
    for (let j = 0; j < n; j++) acc = f(acc, xs[first + j]);
    return acc;
  }
  return innerMost(xs, first, n, identity, f, p);
}

/** `f` with the result rounded to `d`. */
export function rounded(d: NpDType, f: Combine): Combine {
  return (a, b) => coerce(d, f(a, b));
}
