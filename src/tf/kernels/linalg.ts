/**
 * Kernels of the ops in ops/linalg.ts (tensorflow/core/kernels qr_op_impl.h, diag_op.cc,
 * matrix_diag_op.cc, matrix_set_diag_op.cc, scatter_nd_op.cc, sequence_ops.cc LinSpaceOp).
 */
import { coerce } from "../../numpy/dtype.js";
import { type Elem, NDArray } from "../../numpy/ndarray.js";
import { qr } from "../../numpy/decompositions.js";
import { TFError, Unsupported } from "../errors.js";
import { shapeDebug } from "./math.js";
import { type KernelContext, attr, registerKernel } from "./registry.js";

const arr = (ctx: KernelContext, i: number) => ctx.inputs[i] as NDArray;

registerKernel("Qr", {
  // Eigen's Householder QR rounds differently, and its R's diagonal signs may differ from ours.
  inexact: true,
  compute: (ctx) => {
    const a = arr(ctx, 0);
    return qr(a, a.dtype, attr<boolean>(ctx.op, "full_matrices"));
  },
});

registerKernel("DiagPart", {
  compute: (ctx) => {
    const a = arr(ctx, 0), k = a.ndim / 2;
    const out = a.shape.slice(0, k);
    const n = out.reduce((p, q) => p * q, 1);
    for (let i = 0; i < k; i++) {
      if (a.shape[i] !== a.shape[i + k]) {
        throw new TFError("InvalidArgumentError", `Invalid shape ${shapeDebug(a)}: dimensions ${i} and ${i + k} do not match.`);
      }
    }
    // Element (i, i) of the flattened n x n matrix.
    return [new NDArray(a.dtype, out, Array.from({ length: n }, (_, i) => a.data[i * n + i]!))];
  },
});

/** The batch of `rows x cols` matrices with `diag` on their main diagonals and `base` elsewhere. */
function withDiagonal(base: (b: number, i: number, j: number) => Elem, diag: NDArray, rows: number, cols: number, batch: readonly number[]): NDArray {
  const nb = batch.reduce((p, q) => p * q, 1), p = Math.min(rows, cols);
  const data: Elem[] = [];
  for (let b = 0; b < nb; b++) {
    for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) data.push(i === j ? diag.data[b * p + i]! : base(b, i, j));
  }
  return new NDArray(diag.dtype, [...batch, rows, cols], data);
}

registerKernel("MatrixDiag", {
  compute: (ctx) => {
    const g = arr(ctx, 0), n = g.shape[g.ndim - 1]!;
    return [withDiagonal(() => coerce(g.dtype, 0), g, n, n, g.shape.slice(0, -1))];
  },
});

registerKernel("MatrixSetDiag", {
  compute: (ctx) => {
    const a = arr(ctx, 0), g = arr(ctx, 1);
    const rows = a.shape[a.ndim - 2]!, cols = a.shape[a.ndim - 1]!;
    const batch = a.shape.slice(0, -2);
    const want = [...batch, Math.min(rows, cols)];
    if (g.shape.length !== want.length || g.shape.some((x, i) => x !== want[i])) {
      throw new TFError("InvalidArgumentError",
        `must have diagonal.shape == input.shape[:-2] + min(input.shape[-2:]), but received input shape: ${shapeDebug(a)} and diagonal shape: ${shapeDebug(g)}`);
    }
    return [withDiagonal((b, i, j) => a.data[(b * rows + i) * cols + j]!, g, rows, cols, batch)];
  },
});

registerKernel("ScatterNd", {
  compute: (ctx) => {
    const idx = arr(ctx, 0), upd = arr(ctx, 1), shape = arr(ctx, 2).numbers();
    const depth = idx.shape[idx.ndim - 1]!;
    const slice = shape.slice(depth).reduce((p, q) => p * q, 1);
    const count = idx.size / Math.max(depth, 1);
    if (upd.size !== count * slice) throw new Unsupported("ScatterNd whose updates do not match indices.shape[:-1] + shape[depth:]");
    const size = shape.reduce((p, q) => p * q, 1);
    const out = new Array<number>(size).fill(0);
    const ix = idx.numbers(), ux = upd.numbers();
    for (let u = 0; u < count; u++) {
      let off = 0;
      for (let k = 0; k < depth; k++) {
        const v = ix[u * depth + k]!;
        if (v < 0 || v >= shape[k]!) {
          const where = Array.from({ length: depth }, (_, j) => ix[u * depth + j]).join(", ");
          throw new TFError("InvalidArgumentError", `indices[${u}] = [${where}] does not index into shape ${shapeDebug(new NDArray("int32", [shape.length], shape))}`);
        }
        off = off * shape[k]! + v;
      }
      // Duplicate indices add up (scatter_nd sums).
      for (let j = 0; j < slice; j++) out[off * slice + j] = coerce(upd.dtype, out[off * slice + j]! + ux[u * slice + j]!);
    }
    return [new NDArray(upd.dtype, shape, out)];
  },
});

registerKernel("LinSpace", {
  compute: (ctx) => {
    const dt = arr(ctx, 0).dtype;
    const [start, stop, num] = [0, 1, 2].map((i) => {
      const v = arr(ctx, i);
      if (v.ndim !== 0) throw new TFError("InvalidArgumentError", `${["start", "stop", "num"][i]} must be a scalar, not shape ${shapeDebug(v)}`);
      return v.numbers()[0]!;
    }) as [number, number, number];
    if (num <= 0) throw new TFError("InvalidArgumentError", `Requires num > 0: ${num}`);
    // In T: the step and every `start + step * i` round to T; the last value is `stop` exactly.
    const c = (x: number) => coerce(dt, x);
    const out: number[] = [c(start)];
    if (num > 1) {
      const step = c(c(stop - start) / (num - 1));
      for (let i = 1; i < num - 1; i++) out.push(c(start + c(step * i)));
      out.push(c(stop));
    }
    return [new NDArray(dt, [num], out)];
  },
});
