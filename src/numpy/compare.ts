/** Whole-array comparisons: `np.allclose`, `np.isclose`, `np.array_equal`. */
import { broadcastIndex, broadcastShapes } from "./elementwise.js";
import type { NDArray } from "./ndarray.js";

/** `np.isclose` element test: |a - b| <= atol + rtol * |b|; infinities must match; NaN never matches. */
function close(x: number, y: number, rtol: number, atol: number): boolean {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return x === y;
  return Math.abs(x - y) <= atol + rtol * Math.abs(y);
}

/** `np.allclose(a, b, rtol=1e-05, atol=1e-08)`; the shapes must broadcast (ValueError otherwise). */
export function allclose(a: NDArray, b: NDArray, rtol = 1e-5, atol = 1e-8): boolean {
  const shape = broadcastShapes(a.shape, b.shape);
  const ia = broadcastIndex(a.shape, shape), ib = broadcastIndex(b.shape, shape);
  const xa = a.numbers(), xb = b.numbers();
  const n = shape.reduce((p, q) => p * q, 1);
  for (let i = 0; i < n; i++) {
    if (!close(xa[ia === null ? i : ia[i]], xb[ib === null ? i : ib[i]], rtol, atol)) return false;
  }
  return true;
}

/** `np.array_equal(a, b)`: same shape and equal elements (bytes compare by content). */
export function arrayEqual(a: NDArray, b: NDArray): boolean {
  if (a.ndim !== b.ndim || a.shape.some((d, i) => d !== b.shape[i])) return false;
  return a.data.every((x, i) => {
    const y = b.data[i];
    if (x instanceof Uint8Array || y instanceof Uint8Array) {
      return x instanceof Uint8Array && y instanceof Uint8Array && x.length === y.length && x.every((c, k) => c === y[k]);
    }
    return x === y;
  });
}
