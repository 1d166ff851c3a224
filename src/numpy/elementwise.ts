/**
 * Element-wise operations with numpy broadcasting. The caller chooses the result dtype (numpy's
 * promotion rules are `promote` and `resultTypeWithScalar` in dtype.ts; TF kernels use their input dtype).
 */
import { type DType, coerce } from "./dtype.js";
import { NumpyError, compactShape } from "./errors.js";
import { type Elem, NDArray, stridesOf } from "./ndarray.js";

/** The broadcast shape of several shapes, or null when they do not broadcast. */
export function tryBroadcastShapes(...shapes: (readonly number[])[]): number[] | null {
  const ndim = Math.max(0, ...shapes.map((s) => s.length));
  const out = new Array<number>(ndim).fill(1);
  for (const s of shapes) {
    for (let i = 0; i < s.length; i++) {
      const j = ndim - s.length + i;
      const d = s[i];
      if (out[j] === 1) out[j] = d;
      else if (d !== 1 && d !== out[j]) return null;
    }
  }
  return out;
}

/** numpy's broadcast shape; ValueError with numpy's message when the shapes do not broadcast. */
export function broadcastShapes(...shapes: (readonly number[])[]): number[] {
  const out = tryBroadcastShapes(...shapes);
  if (out === null) {
    throw new NumpyError("ValueError",
      `operands could not be broadcast together with shapes ${shapes.map(compactShape).join(" ")} `);
  }
  return out;
}

/** For each flat index of `shape`, the flat index into an array of `from` broadcast to it. */
export function broadcastIndex(from: readonly number[], shape: readonly number[]): Int32Array | null {
  if (from.length === shape.length && from.every((d, i) => d === shape[i])) return null;
  const n = shape.reduce((a, b) => a * b, 1);
  const idx = new Int32Array(n);
  const srcStrides = stridesOf(from);
  const off = shape.length - from.length;
  const eff = shape.map((_, j) => (j < off || from[j - off] === 1 ? 0 : srcStrides[j - off]));
  const counter = new Array<number>(shape.length).fill(0);
  let src = 0;
  for (let i = 0; i < n; i++) {
    idx[i] = src;
    for (let j = shape.length - 1; j >= 0; j--) {
      counter[j]++;
      src += eff[j];
      if (counter[j] < shape[j]) break;
      src -= eff[j] * counter[j];
      counter[j] = 0;
    }
  }
  return idx;
}

/** `a` broadcast to `shape` (materialised). */
export function broadcastTo(a: NDArray, shape: readonly number[]): NDArray {
  const target = broadcastShapes(a.shape, shape);
  if (target.length !== shape.length || target.some((d, i) => d !== shape[i])) {
    throw new NumpyError("ValueError",
      `operands could not be broadcast together with remapped shapes [original->remapped]: ${compactShape(a.shape)} and requested shape ${compactShape(shape)}`);
  }
  const idx = broadcastIndex(a.shape, shape);
  if (idx === null) return a;
  return new NDArray(a.dtype, [...shape], Array.from(idx, (k) => a.data[k]));
}

/** Applies `f` element-wise over `a` and `b` broadcast together; results are coerced to `out`. */
export function binary(a: NDArray, b: NDArray, out: DType, f: (x: number, y: number) => number): NDArray {
  const shape = broadcastShapes(a.shape, b.shape);
  const ia = broadcastIndex(a.shape, shape), ib = broadcastIndex(b.shape, shape);
  const xa = a.numbers(), xb = b.numbers();
  const n = shape.reduce((p, q) => p * q, 1);
  const data: Elem[] = new Array(n);
  for (let i = 0; i < n; i++) data[i] = coerce(out, f(xa[ia === null ? i : ia[i]], xb[ib === null ? i : ib[i]]));
  return new NDArray(out, shape, data);
}

/** Applies `f` to every element; results are coerced to `out`. */
export function unary(a: NDArray, out: DType, f: (x: number) => number): NDArray {
  return new NDArray(out, a.shape, a.numbers().map((x) => coerce(out, f(x))));
}

/** `a.astype(dtype)` for numeric and bool arrays (C casts: floats truncate toward zero into ints). */
export function astype(a: NDArray, dtype: DType): NDArray {
  if (a.dtype === dtype) return a;
  if (a.dtype === "bytes" || dtype === "bytes") {
    throw new NumpyError("TypeError", `cannot cast an array of ${a.dtype === "bytes" ? "object" : a.dtype} to ${dtype === "bytes" ? "object" : dtype}`);
  }
  return unary(a, dtype, (x) => x);
}
