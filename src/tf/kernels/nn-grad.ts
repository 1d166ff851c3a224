/**
 * Kernels of the pooling and convolution backprop ops, NHWC (CPU kernels reject other layouts):
 * AvgPool (pooling_ops_common.h SpatialAvgPool: each window summed in T in input order, then divided
 * by its count of real cells), AvgPoolGrad (avgpooling_op.cc: GetBroadcastSize's box, each gradient
 * times T(1.0 / (rows * cols)) added in T), MaxPoolGrad (maxpooling_op.cc
 * SpatialMaxPoolWithArgMaxHelper: the first maximum of a window in row-major order takes the
 * gradient, the sums in output order in T), and Conv2DBackpropInput/Filter (Eigen's contraction
 * order is not reproduced: inexact).
 */
import { coerce } from "../../numpy/dtype.js";
import { NDArray } from "../../numpy/ndarray.js";
import { TFError, Unsupported } from "../errors.js";
import { type KernelContext, attr, registerKernel } from "./registry.js";

const arr = (ctx: KernelContext, i: number) => ctx.inputs[i] as NDArray;

function requireNHWC(ctx: KernelContext): void {
  const format = ctx.op.attrs?.["data_format"];
  if (format !== undefined && format !== "NHWC") throw new Unsupported(`${ctx.op.type} with data_format ${String(format)}`);
}

/** GetWindowedOutputSize for one spatial dim: output size and the padding before it. */
function windowed(n: number, k: number, s: number, padding: string, dilation = 1): [number, number] {
  const ek = (k - 1) * dilation + 1;
  if (padding === "VALID") return [Math.floor((n - ek + s) / s), 0];
  if (padding !== "SAME") throw new Unsupported(`${padding} padding`);
  const out = Math.floor((n + s - 1) / s);
  return [out, Math.floor(Math.max((out - 1) * s + ek - n, 0) / 2)];
}

interface Pool { n: number; h: number; w: number; c: number; kh: number; kw: number; sh: number; sw: number; oh: number; ow: number; pt: number; pl: number }

function poolParams(ctx: KernelContext, inShape: readonly number[]): Pool {
  requireNHWC(ctx);
  const [n, h, w, c] = inShape as [number, number, number, number];
  const [kb, kh, kw, kc] = attr<number[]>(ctx.op, "ksize") as [number, number, number, number];
  const [sb, sh, sw, sc] = attr<number[]>(ctx.op, "strides") as [number, number, number, number];
  if (kb !== 1 || kc !== 1 || sb !== 1 || sc !== 1) throw new Unsupported(`${ctx.op.type} over the batch or depth dimension`);
  const padding = attr<string>(ctx.op, "padding");
  const [oh, pt] = windowed(h, kh, sh, padding), [ow, pl] = windowed(w, kw, sw, padding);
  return { n, h, w, c, kh, kw, sh, sw, oh, ow, pt, pl };
}

/** The real cells of output window (oy, ox): [iy, ix] in row-major order. */
function* cells(p: Pool, oy: number, ox: number): Generator<[number, number]> {
  for (let iy = oy * p.sh - p.pt; iy < oy * p.sh - p.pt + p.kh; iy++) {
    if (iy < 0 || iy >= p.h) continue;
    for (let ix = ox * p.sw - p.pl; ix < ox * p.sw - p.pl + p.kw; ix++) if (ix >= 0 && ix < p.w) yield [iy, ix];
  }
}

registerKernel("AvgPool", {
  compute: (ctx) => {
    const x = arr(ctx, 0), dt = x.dtype, p = poolParams(ctx, x.shape), xs = x.numbers();
    const out: number[] = [];
    for (let b = 0; b < p.n; b++) for (let oy = 0; oy < p.oh; oy++) for (let ox = 0; ox < p.ow; ox++) {
      for (let ch = 0; ch < p.c; ch++) {
        let s = 0, count = 0;
        for (const [iy, ix] of cells(p, oy, ox)) {
          s = coerce(dt, s + xs[((b * p.h + iy) * p.w + ix) * p.c + ch]!);
          count++;
        }
        out.push(coerce(dt, s / count));
      }
    }
    return [new NDArray(dt, [p.n, p.oh, p.ow, p.c], out)];
  },
});

registerKernel("MaxPoolGrad", {
  compute: (ctx) => {
    const x = arr(ctx, 0), g = arr(ctx, 2), dt = g.dtype, p = poolParams(ctx, x.shape);
    if (g.shape.join(",") !== [p.n, p.oh, p.ow, p.c].join(",")) {
      throw new TFError("InvalidArgumentError", `Expected grad shape to be [${[p.n, p.oh, p.ow, p.c].join(",")}], but got [${g.shape.join(",")}]`);
    }
    const xs = x.numbers(), gs = g.numbers();
    const out = new Array<number>(x.size).fill(0);
    let o = 0;
    for (let b = 0; b < p.n; b++) for (let oy = 0; oy < p.oh; oy++) for (let ox = 0; ox < p.ow; ox++) {
      for (let ch = 0; ch < p.c; ch++, o++) {
        let best = -1;
        for (const [iy, ix] of cells(p, oy, ox)) {
          const i = ((b * p.h + iy) * p.w + ix) * p.c + ch;
          // `output_ref < input_ref || out_arg_max_ref == kInvalidMaxPoolingIndex`: ties keep the first.
          if (best < 0 || xs[best]! < xs[i]!) best = i;
        }
        out[best] = coerce(dt, out[best]! + gs[o]!);
      }
    }
    return [new NDArray(dt, x.shape, out)];
  },
});

/** avgpooling_op.cc GetBroadcastSize. */
function broadcastSize(index: number, inSize: number, k: number, stride: number, pad: number): [number, number] {
  if (index * stride > inSize) throw new TFError("InvalidArgumentError", "index * stride must be less than or equal to input size");
  let bindex = index * stride, bsize = k;
  if (bindex < pad) {
    bsize = k + bindex - pad;
    bindex = 0;
  } else {
    bindex -= pad;
  }
  if (bindex + k > inSize) bsize = Math.min(inSize - bindex, k);
  return [bindex, bsize];
}

registerKernel("AvgPoolGrad", {
  compute: (ctx) => {
    const shape = arr(ctx, 0).numbers(), g = arr(ctx, 1), dt = g.dtype;
    if (shape.length !== 4) throw new TFError("InvalidArgumentError", `orig_input_shape must have 4 elements`);
    const p = poolParams(ctx, shape);
    const gs = g.numbers();
    const out = new Array<number>(shape.reduce((a, b) => a * b, 1)).fill(0);
    const [gh, gw] = [g.shape[1]!, g.shape[2]!];
    for (let b = 0; b < p.n; b++) for (let r = 0; r < gh; r++) {
      const [ri, rs] = broadcastSize(r, p.h, p.kh, p.sh, p.pt);
      for (let c = 0; c < gw; c++) {
        const [ci, cs] = broadcastSize(c, p.w, p.kw, p.sw, p.pl);
        const coeff = coerce(dt, 1.0 / (rs * cs));
        const oi = (b * gh + r) * gw + c;
        for (let y = ri; y < ri + rs; y++) for (let xx = ci; xx < ci + cs; xx++) {
          const ii = (b * p.h + y) * p.w + xx;
          for (let ch = 0; ch < p.c; ch++) out[ii * p.c + ch] = coerce(dt, out[ii * p.c + ch]! + coerce(dt, gs[oi * p.c + ch]! * coeff));
        }
      }
    }
    return [new NDArray(dt, shape, out)];
  },
});

interface Conv { n: number; h: number; w: number; cin: number; fh: number; fw: number; cout: number; sh: number; sw: number; dh: number; dw: number; oh: number; ow: number; pt: number; pl: number }

function convParams(ctx: KernelContext, x: readonly number[], f: readonly number[]): Conv {
  requireNHWC(ctx);
  const [n, h, w, cin] = x as [number, number, number, number];
  const [fh, fw, fin, cout] = f as [number, number, number, number];
  if (cin !== fin) throw new Unsupported(`grouped ${ctx.op.type} (input depth differs from the filter's)`);
  const [, sh, sw] = attr<number[]>(ctx.op, "strides") as [number, number, number];
  const [, dh, dw] = ((ctx.op.attrs?.["dilations"] as number[] | undefined) ?? [1, 1, 1, 1]) as [number, number, number];
  const padding = attr<string>(ctx.op, "padding");
  const [oh, pt] = windowed(h, fh, sh, padding, dh), [ow, pl] = windowed(w, fw, sw, padding, dw);
  return { n, h, w, cin, fh, fw, cout, sh, sw, dh, dw, oh, ow, pt, pl };
}

/** Each (input cell, filter tap, output cell) the convolution pairs, for the two backprops. */
function forEachTap(p: Conv, f: (xi: number, fi: number, gi: number) => void): void {
  for (let b = 0; b < p.n; b++) for (let oy = 0; oy < p.oh; oy++) for (let ox = 0; ox < p.ow; ox++) {
    for (let ky = 0; ky < p.fh; ky++) {
      const iy = oy * p.sh + ky * p.dh - p.pt;
      if (iy < 0 || iy >= p.h) continue;
      for (let kx = 0; kx < p.fw; kx++) {
        const ix = ox * p.sw + kx * p.dw - p.pl;
        if (ix < 0 || ix >= p.w) continue;
        for (let ci = 0; ci < p.cin; ci++) for (let co = 0; co < p.cout; co++) {
          f(((b * p.h + iy) * p.w + ix) * p.cin + ci, ((ky * p.fw + kx) * p.cin + ci) * p.cout + co, ((b * p.oh + oy) * p.ow + ox) * p.cout + co);
        }
      }
    }
  }
}

function checkBackprop(ctx: KernelContext, p: Conv, g: NDArray): void {
  const want = [p.n, p.oh, p.ow, p.cout];
  if (g.shape.join(",") !== want.join(",")) {
    throw new TFError("InvalidArgumentError", `${ctx.op.type}: Size of out_backprop doesn't match computed: actual = ${g.shape[1]}, computed = ${p.oh}`);
  }
}

registerKernel("Conv2DBackpropInput", {
  inexact: true,
  compute: (ctx) => {
    const sizes = arr(ctx, 0).numbers(), f = arr(ctx, 1), g = arr(ctx, 2);
    const p = convParams(ctx, sizes, f.shape);
    checkBackprop(ctx, p, g);
    const fs = f.numbers(), gs = g.numbers();
    const out = new Array<number>(sizes.reduce((a, b) => a * b, 1)).fill(0);
    forEachTap(p, (xi, fi, gi) => { out[xi] = out[xi]! + fs[fi]! * gs[gi]!; });
    return [new NDArray(g.dtype, sizes, out.map((v) => coerce(g.dtype, v)))];
  },
});

registerKernel("Conv2DBackpropFilter", {
  inexact: true,
  compute: (ctx) => {
    const x = arr(ctx, 0), sizes = arr(ctx, 1).numbers(), g = arr(ctx, 2);
    const p = convParams(ctx, x.shape, sizes);
    checkBackprop(ctx, p, g);
    const xs = x.numbers(), gs = g.numbers();
    const out = new Array<number>(sizes.reduce((a, b) => a * b, 1)).fill(0);
    forEachTap(p, (xi, fi, gi) => { out[fi] = out[fi]! + xs[xi]! * gs[gi]!; });
    return [new NDArray(g.dtype, sizes, out.map((v) => coerce(g.dtype, v)))];
  },
});
