/**
 * Matrix factorisations over the last two axes: the reduced QR decomposition (TF's `Qr` kernel,
 * Eigen's HouseholderQR) and the determinant (`np.linalg.det`, LAPACK getrf: LU with partial
 * pivoting). Both work in float64 and round once to the output dtype, so float32 results can differ
 * from Eigen's and LAPACK's in the last bits; Q and R are unique only up to the signs of R's
 * diagonal, which every caller that compares values (init_ops.py's orthogonal initializers)
 * normalises away by multiplying Q by sign(diag(R)).
 */
import { type DType, coerce } from "./dtype.js";
import { type Elem, NDArray } from "./ndarray.js";

/** The batch of `rows x cols` matrices of `a`, each as a row-major float64 array. */
function matrices(a: NDArray): { batch: number[]; rows: number; cols: number; mats: Float64Array[] } {
  const rows = a.shape[a.ndim - 2]!, cols = a.shape[a.ndim - 1]!;
  const batch = a.shape.slice(0, -2);
  const n = batch.reduce((p, q) => p * q, 1);
  const x = a.numbers();
  const mats: Float64Array[] = [];
  for (let b = 0; b < n; b++) mats.push(Float64Array.from(x.slice(b * rows * cols, (b + 1) * rows * cols)));
  return { batch, rows, cols, mats };
}

/**
 * QR by Householder reflections. `full` gives Q as rows x rows and R as rows x cols; otherwise
 * (TF's `full_matrices=False`) Q is rows x p and R is p x cols with p = min(rows, cols).
 */
export function qr(a: NDArray, out: DType, full = false): [NDArray, NDArray] {
  const { batch, rows: m, cols: n, mats } = matrices(a);
  const p = Math.min(m, n);
  const qc = full ? m : p, rr = full ? m : p;
  const qData: Elem[] = [], rData: Elem[] = [];
  for (const A of mats) {
    const R = Float64Array.from(A);
    // Q accumulated as the product of the reflections applied to the identity.
    const Q = new Float64Array(m * m);
    for (let i = 0; i < m; i++) Q[i * m + i] = 1;
    const v = new Float64Array(m);
    for (let k = 0; k < p; k++) {
      let norm = 0;
      for (let i = k; i < m; i++) norm += R[i * n + k]! * R[i * n + k]!;
      norm = Math.sqrt(norm);
      if (norm === 0) continue;
      const alpha = R[k * n + k]! > 0 ? -norm : norm;
      let vnorm = 0;
      for (let i = k; i < m; i++) {
        v[i] = R[i * n + k]! - (i === k ? alpha : 0);
        vnorm += v[i]! * v[i]!;
      }
      if (vnorm === 0) continue;
      // R ← (I - 2vvᵀ/vᵀv) R on rows k.., and Q ← Q (I - 2vvᵀ/vᵀv).
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let i = k; i < m; i++) s += v[i]! * R[i * n + j]!;
        s = (2 * s) / vnorm;
        for (let i = k; i < m; i++) R[i * n + j] = R[i * n + j]! - s * v[i]!;
      }
      for (let i = 0; i < m; i++) {
        let s = 0;
        for (let j = k; j < m; j++) s += Q[i * m + j]! * v[j]!;
        s = (2 * s) / vnorm;
        for (let j = k; j < m; j++) Q[i * m + j] = Q[i * m + j]! - s * v[j]!;
      }
      for (let i = k + 1; i < m; i++) R[i * n + k] = 0;
    }
    for (let i = 0; i < m; i++) for (let j = 0; j < qc; j++) qData.push(coerce(out, Q[i * m + j]!));
    for (let i = 0; i < rr; i++) for (let j = 0; j < n; j++) rData.push(coerce(out, R[i * n + j]!));
  }
  return [new NDArray(out, [...batch, m, qc], qData), new NDArray(out, [...batch, rr, n], rData)];
}

/** `np.linalg.det` of each square matrix of the last two axes (LU with partial pivoting). */
export function det(a: NDArray, out: DType): NDArray {
  const { batch, rows: n, mats } = matrices(a);
  const data: Elem[] = mats.map((A) => {
    let d = 1;
    for (let k = 0; k < n; k++) {
      let piv = k;
      for (let i = k + 1; i < n; i++) if (Math.abs(A[i * n + k]!) > Math.abs(A[piv * n + k]!)) piv = i;
      if (A[piv * n + k] === 0) return coerce(out, 0);
      if (piv !== k) {
        for (let j = 0; j < n; j++) { const t = A[k * n + j]!; A[k * n + j] = A[piv * n + j]!; A[piv * n + j] = t; }
        d = -d;
      }
      d *= A[k * n + k]!;
      for (let i = k + 1; i < n; i++) {
        const f = A[i * n + k]! / A[k * n + k]!;
        for (let j = k; j < n; j++) A[i * n + j] = A[i * n + j]! - f * A[k * n + j]!;
      }
    }
    return coerce(out, d);
  });
  return new NDArray(out, batch, data);
}
