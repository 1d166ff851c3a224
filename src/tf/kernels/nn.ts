/** Neural-network ops (bias_op.cc, softmax_op.cc, conv_ops.cc) in NHWC layout. */
import { coerce } from "../../numpy/dtype.js";
import { NDArray, fromFunction } from "../../numpy/ndarray.js";
import { TFError, Unsupported } from "../errors.js";
import { type KernelContext, attr, registerKernel } from "./registry.js";
import { eigenFold, rounded } from "./eigen-reduce.js";

const arr = (ctx: KernelContext, i: number) => ctx.inputs[i] as NDArray;

function requireNHWC(ctx: KernelContext): void {
  const format = ctx.op.attrs?.["data_format"];
  if (format !== undefined && format !== "NHWC") throw new Unsupported(`${ctx.op.type} with data_format ${String(format)}`);
}

registerKernel(["BiasAdd", "BiasAddV1"], {
  compute: (ctx) => {
    requireNHWC(ctx);
    const x = arr(ctx, 0), b = arr(ctx, 1);
    const c = x.shape[x.ndim - 1];
    if (b.size !== c) {
      throw new TFError("InvalidArgumentError",
        `Must provide as many biases as the last dimension of the input tensor: [${b.shape.join(",")}] vs. [${x.shape.join(",")}]`);
    }
    const xs = x.numbers(), bs = b.numbers();
    return [new NDArray(x.dtype, x.shape, xs.map((v, i) => coerce(x.dtype, v + bs[i % c])))];
  },
});

function softmax(log: boolean) {
  return (ctx: KernelContext) => {
    const x = arr(ctx, 0);
    const c = x.shape[x.ndim - 1], xs = x.numbers();
    const out = new Array<number>(xs.length);
    for (let r = 0; r < xs.length; r += c) {
      const row = xs.slice(r, r + c);
      const m = Math.max(...row);
      const sum = row.reduce((s, v) => s + Math.exp(v - m), 0);
      row.forEach((v, j) => { out[r + j] = log ? v - m - Math.log(sum) : Math.exp(v - m) / sum; });
    }
    return [new NDArray(x.dtype, x.shape, out.map((v) => coerce(x.dtype, v)))];
  };
}

// Eigen's vectorised exp/log: float results may differ from TF's in the last bits.
registerKernel("Softmax", { inexact: true, compute: softmax(false) });
registerKernel("LogSoftmax", { inexact: true, compute: softmax(true) });

/** Conv2D (NHWC input, HWIO filter) with SAME/VALID padding, strides and dilations. */
registerKernel("Conv2D", {
  inexact: true,
  compute: (ctx) => {
    requireNHWC(ctx);
    const x = arr(ctx, 0), f = arr(ctx, 1);
    const [n, h, w, cin] = x.shape, [fh, fw, fin, cout] = f.shape;
    if (cin !== fin) throw new Unsupported("grouped Conv2D (input depth differs from the filter's)");
    const [, sh, sw] = attr<number[]>(ctx.op, "strides");
    const [, dh, dw] = (ctx.op.attrs?.["dilations"] as number[] | undefined) ?? [1, 1, 1, 1];
    const padding = attr<string>(ctx.op, "padding");
    if (padding !== "SAME" && padding !== "VALID") throw new Unsupported(`Conv2D padding ${padding}`);
    const ekh = (fh - 1) * dh + 1, ekw = (fw - 1) * dw + 1;
    const oh = padding === "SAME" ? Math.ceil(h / sh) : Math.ceil((h - ekh + 1) / sh);
    const ow = padding === "SAME" ? Math.ceil(w / sw) : Math.ceil((w - ekw + 1) / sw);
    const padTop = padding === "SAME" ? Math.floor(Math.max((oh - 1) * sh + ekh - h, 0) / 2) : 0;
    const padLeft = padding === "SAME" ? Math.floor(Math.max((ow - 1) * sw + ekw - w, 0) / 2) : 0;
    const xs = x.numbers(), fs = f.numbers();
    return [fromFunction(x.dtype, [n, oh, ow, cout], (idx) => {
      const co = idx % cout, ox = Math.floor(idx / cout) % ow, oy = Math.floor(idx / (cout * ow)) % oh, b = Math.floor(idx / (cout * ow * oh));
      let s = 0;
      for (let ky = 0; ky < fh; ky++) {
        const iy = oy * sh + ky * dh - padTop;
        if (iy < 0 || iy >= h) continue;
        for (let kx = 0; kx < fw; kx++) {
          const ix = ox * sw + kx * dw - padLeft;
          if (ix < 0 || ix >= w) continue;
          for (let ci = 0; ci < cin; ci++) s += xs[((b * h + iy) * w + ix) * cin + ci] * fs[((ky * fw + kx) * cin + ci) * cout + co];
        }
      }
      return s;
    })];
  },
});

/** MaxPool (NHWC) over ksize windows; SAME padding ignores the padded cells as TF does. */
registerKernel("MaxPool", {
  compute: (ctx) => {
    requireNHWC(ctx);
    const x = arr(ctx, 0);
    const [n, h, w, c] = x.shape;
    const [kb, kh, kw, kc] = attr<number[]>(ctx.op, "ksize");
    const [sb, sh, sw, sc] = attr<number[]>(ctx.op, "strides");
    if (kb !== 1 || kc !== 1 || sb !== 1 || sc !== 1) throw new Unsupported("MaxPool over the batch or depth dimension");
    const padding = attr<string>(ctx.op, "padding");
    if (padding !== "SAME" && padding !== "VALID") throw new Unsupported(`MaxPool padding ${padding}`);
    const oh = padding === "SAME" ? Math.ceil(h / sh) : Math.ceil((h - kh + 1) / sh);
    const ow = padding === "SAME" ? Math.ceil(w / sw) : Math.ceil((w - kw + 1) / sw);
    const padTop = padding === "SAME" ? Math.floor(Math.max((oh - 1) * sh + kh - h, 0) / 2) : 0;
    const padLeft = padding === "SAME" ? Math.floor(Math.max((ow - 1) * sw + kw - w, 0) / 2) : 0;
    const xs = x.numbers();
    return [fromFunction(x.dtype, [n, oh, ow, c], (idx) => {
      const ch = idx % c, ox = Math.floor(idx / c) % ow, oy = Math.floor(idx / (c * ow)) % oh, b = Math.floor(idx / (c * ow * oh));
      let m = -Infinity;
      for (let ky = 0; ky < kh; ky++) {
        const iy = oy * sh + ky - padTop;
        if (iy < 0 || iy >= h) continue;
        for (let kx = 0; kx < kw; kx++) {
          const ix = ox * sw + kx - padLeft;
          if (ix >= 0 && ix < w) m = Math.max(m, xs[((b * h + iy) * w + ix) * c + ch]);
        }
      }
      return m;
    })];
  },
});

// l2loss_op.cc 36-46: (input.flat<T>().square() * T(0.5)).sum(), a full reduction in Eigen's order over
// the flat input (eigen-reduce.ts; its multi-threaded sharding of very large inputs is not modelled, as for Sum).
registerKernel("L2Loss", {
  compute: (ctx) => {
    const a = arr(ctx, 0);
    const dt = a.dtype;
    if (dt !== "float32" && dt !== "float64") throw new Unsupported(`L2Loss of ${dt}`);
    const halves = a.numbers().map((x) => coerce(dt, coerce(dt, x * x) * 0.5));
    return [new NDArray(dt, [], [coerce(dt, eigenFold(halves, 0, halves.length, 0, rounded(dt, (s, x) => s + x), dt, true))])];
  },
});
