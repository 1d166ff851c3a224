/** Kernels of Diag (diag_op.cc: zeros but out[i..., i...] = in[i...]) and Cross (cross_op.h:
 *  u2 * v3 - u3 * v2 ..., each product and difference rounded to T). */
import { coerce } from "../../numpy/dtype.js";
import { NDArray } from "../../numpy/ndarray.js";
import { TFError } from "../errors.js";
import { type KernelContext, registerKernel } from "./registry.js";

const arr = (ctx: KernelContext, i: number) => ctx.inputs[i] as NDArray;

registerKernel("Diag", {
  compute: (ctx) => {
    const x = arr(ctx, 0);
    if (x.ndim === 0) throw new TFError("InvalidArgumentError", "Input must be at least rank 1, got 0");
    const n = x.size;
    const out = new Array(n * n).fill(0);
    for (let i = 0; i < n; i++) out[i * n + i] = x.data[i];
    return [new NDArray(x.dtype, [...x.shape, ...x.shape], out)];
  },
});

registerKernel("Cross", {
  compute: (ctx) => {
    const a = arr(ctx, 0), b = arr(ctx, 1), dt = a.dtype;
    const sh = (x: NDArray) => `[${x.shape.join(",")}]`;
    if (sh(a) !== sh(b)) throw new TFError("InvalidArgumentError", `Both inputs must be of same shape: ${sh(a)} vs. ${sh(b)}`);
    if (a.ndim < 1) throw new TFError("InvalidArgumentError", `Input must be at least 1D${sh(a)}`);
    if (a.shape[a.ndim - 1] !== 3) throw new TFError("FailedPreconditionError", "Cross-products are only defined for 3-element vectors.");
    const u = a.numbers(), v = b.numbers();
    const out = new Array<number>(u.length);
    const m = (p: number, q: number) => coerce(dt, p * q);
    for (let r = 0; r < u.length; r += 3) {
      const [u1, u2, u3, v1, v2, v3] = [u[r]!, u[r + 1]!, u[r + 2]!, v[r]!, v[r + 1]!, v[r + 2]!];
      out[r] = coerce(dt, m(u2, v3) - m(u3, v2));
      out[r + 1] = coerce(dt, m(u3, v1) - m(u1, v3));
      out[r + 2] = coerce(dt, m(u1, v2) - m(u2, v1));
    }
    return [new NDArray(dt, a.shape, out)];
  },
});
