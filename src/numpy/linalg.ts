/** Matrix products (numpy's `matmul` for 1-d, 2-d and batched operands). */
import { type DType, coerce } from "./dtype.js";
import { NumpyError } from "./errors.js";
import { broadcastShapes } from "./elementwise.js";
import { type Elem, NDArray } from "./ndarray.js";

/**
 * `np.matmul(a, b)` with the result in `out`. By default products accumulate in float64 and are
 * rounded once (BLAS accumulates float32 in its own order, so float32 results can differ in the last
 * digit); `stepwise` instead rounds every product and partial sum to `out`, in order of the inner index.
 */
export function matmul(a: NDArray, b: NDArray, out: DType, stepwise = false): NDArray {
  if (a.ndim === 0 || b.ndim === 0) {
    throw new NumpyError("ValueError", "matmul: Input operand does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)");
  }
  const A = a.ndim === 1 ? new NDArray(a.dtype, [1, a.shape[0]], a.data) : a;
  const B = b.ndim === 1 ? new NDArray(b.dtype, [b.shape[0], 1], b.data) : b;
  const [n, k] = A.shape.slice(-2), [k2, m] = B.shape.slice(-2);
  if (k !== k2) {
    throw new NumpyError("ValueError",
      `matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size ${k2} is different from ${k})`);
  }
  const batch = broadcastShapes(A.shape.slice(0, -2), B.shape.slice(0, -2));
  const nb = batch.reduce((p, q) => p * q, 1);
  const batchIndex = (shape: readonly number[], i: number): number => {
    let idx = 0, mul = 1, rest = i;
    for (let d = batch.length - 1; d >= 0; d--) {
      const pos = rest % batch[d];
      rest = Math.floor(rest / batch[d]);
      const j = d - (batch.length - shape.length);
      if (j >= 0) { idx += (shape[j] === 1 ? 0 : pos) * mul; mul *= shape[j]; }
    }
    return idx;
  };
  const xa = A.numbers(), xb = B.numbers();
  const data: Elem[] = new Array(nb * n * m);
  for (let bi = 0; bi < nb; bi++) {
    const oa = batchIndex(A.shape.slice(0, -2), bi) * n * k, ob = batchIndex(B.shape.slice(0, -2), bi) * k * m;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < m; j++) {
        let s = 0;
        for (let t = 0; t < k; t++) {
          const p = xa[oa + i * k + t] * xb[ob + t * m + j];
          s = stepwise ? coerce(out, s + coerce(out, p)) : s + p;
        }
        data[bi * n * m + i * m + j] = coerce(out, s);
      }
    }
  }
  let shape = [...batch, n, m];
  if (a.ndim === 1) shape = [...batch, m];
  if (b.ndim === 1) shape = a.ndim === 1 ? [...batch] : [...batch, n];
  return new NDArray(out, shape, data);
}
