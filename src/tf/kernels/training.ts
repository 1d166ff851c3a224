/**
 * Kernels of the ops gradients and optimizers build (grad-ops.ts): BroadcastGradientArgs
 * (bcast.h's reduction indices), AddN (aggregate_ops.cc: a left fold, rounded to T at each add),
 * DynamicStitch, ReluGrad/SigmoidGrad/TanhGrad (cwise_ops_gradients.h) and (Resource)ApplyGradientDescent
 * (training_ops.cc: `var -= grad * lr`, the product rounded to T before the subtraction).
 */
import { coerce } from "../../numpy/dtype.js";
import { NDArray } from "../../numpy/ndarray.js";
import { TFError, Unsupported } from "../errors.js";
import { type KernelContext, registerKernel } from "./registry.js";
import { INEXACT, type RefValue } from "./values.js";
import { resourceEntry } from "./state.js";

const arr = (ctx: KernelContext, i: number) => ctx.inputs[i] as NDArray;

/** BCast's grad_x_reduce_idx / grad_y_reduce_idx for two shapes (bcast.h): the shorter is padded
 *  with 1s on the left; a dim where both are 1 is reduced on both sides. Null when incompatible. */
export function broadcastReductionIndices(x: readonly number[], y: readonly number[]): [number[], number[]] | null {
  const n = Math.max(x.length, y.length);
  const rx: number[] = [], ry: number[] = [];
  for (let i = 0; i < n; i++) {
    const xi = x[x.length - n + i] ?? 1, yi = y[y.length - n + i] ?? 1;
    if (xi === yi) {
      if (xi === 1) { rx.push(i); ry.push(i); }
    } else if (xi === 1) rx.push(i);
    else if (yi === 1) ry.push(i);
    else return null;
  }
  return [rx, ry];
}

registerKernel("BroadcastGradientArgs", {
  compute: (ctx) => {
    const s0 = arr(ctx, 0), s1 = arr(ctx, 1);
    const x = s0.numbers(), y = s1.numbers();
    const r = broadcastReductionIndices(x, y);
    if (r === null) throw new TFError("InvalidArgumentError", `Incompatible shapes: [${x.join(",")}] vs. [${y.join(",")}]`);
    return r.map((v) => new NDArray(s0.dtype, [v.length], v));
  },
});

registerKernel("AddN", {
  compute: (ctx) => {
    const xs = ctx.inputs as NDArray[];
    const first = xs[0]!;
    for (const x of xs) {
      if (x.shape.join(",") !== first.shape.join(",")) {
        throw new TFError("InvalidArgumentError",
          `Inputs to operation ${ctx.op.name} of type AddN must have the same size and shape.  Input 0: [${first.shape.join(",")}] != input ${xs.indexOf(x)}: [${x.shape.join(",")}]`);
      }
    }
    const vals = xs.map((x) => x.numbers());
    const out = vals[0]!.map((v, i) => {
      let s = v;
      for (let k = 1; k < vals.length; k++) s = coerce(first.dtype, s + vals[k]![i]!);
      return s;
    });
    return [new NDArray(first.dtype, first.shape, out)];
  },
});

registerKernel("DynamicStitch", {
  compute: (ctx) => {
    const n = ctx.inputs.length / 2;
    const idx = (ctx.inputs.slice(0, n) as NDArray[]).map((a) => a.numbers());
    const data = ctx.inputs.slice(n) as NDArray[];
    const rows = Math.max(-1, ...idx.flat()) + 1;
    const inner = data[0]!.shape.slice(idx[0]!.length === 0 ? 0 : (ctx.inputs[0] as NDArray).ndim);
    const width = inner.reduce((p, q) => p * q, 1);
    const out = new Array<number>(rows * width).fill(0);
    idx.forEach((ix, k) => {
      const dv = data[k]!.numbers();
      ix.forEach((r, j) => { for (let w = 0; w < width; w++) out[r * width + w] = dv[j * width + w]!; });
    });
    return [new NDArray(data[0]!.dtype, [rows, ...inner], out)];
  },
});

function elementwise(type: string, f: (a: number, b: number, dt: NDArray["dtype"]) => number): void {
  registerKernel(type, {
    compute: (ctx) => {
      const a = arr(ctx, 0), b = arr(ctx, 1);
      const av = a.numbers(), bv = b.numbers();
      return [new NDArray(a.dtype, a.shape, av.map((v, i) => coerce(a.dtype, f(v, bv[i]!, a.dtype))))];
    },
  });
}

elementwise("ReluGrad", (g, x) => (x > 0 ? g : 0));
// relu_op_functor.h EluGradFunctor: outputs < 0 ? gradients * (outputs + 1) : gradients.
elementwise("EluGrad", (g, y, dt) => (y < 0 ? g * coerce(dt, y + 1) : g));
// softsign_op.h SoftsignGradFunctor: gradients / (1 + |features|)^2.
elementwise("SoftsignGrad", (g, x, dt) => { const t = coerce(dt, 1 + Math.abs(x)); return g / coerce(dt, t * t); });
// scalar_sigmoid_gradient_op: dy * y * (1 - y), left to right in T.
elementwise("SigmoidGrad", (y, dy, dt) => coerce(dt, dy * y) * coerce(dt, 1 - y));
// scalar_tanh_gradient_op: dy * (1 - y * y).
elementwise("TanhGrad", (y, dy, dt) => dy * coerce(dt, 1 - coerce(dt, y * y)));

// training_ops.cc ApplyGradientDescentOp (the ref and the resource kernels share it).
function gradientDescentStep(old: NDArray, alpha: NDArray, delta: NDArray): NDArray {
  if (old.shape.join(",") !== delta.shape.join(",")) {
    throw new TFError("InvalidArgumentError",
      `var and delta do not have the same shape[${old.shape.join(",")}] [${delta.shape.join(",")}]`);
  }
  const lr = alpha.numbers()[0]!, dv = delta.numbers();
  return new NDArray(old.dtype, old.shape, old.numbers().map((v, i) => coerce(old.dtype, v - coerce(old.dtype, dv[i]! * lr))));
}

registerKernel("ApplyGradientDescent", {
  refInputs: [0],
  compute: (ctx) => {
    const ref = ctx.inputs[0] as RefValue;
    ref.slot.value = gradientDescentStep(ref.slot.value!, arr(ctx, 1), arr(ctx, 2));
    ref.slot.taint |= ctx.taint;
    return [ref];
  },
});

registerKernel("ResourceApplyGradientDescent", {
  compute: (ctx) => {
    const entry = resourceEntry(ctx);
    entry.value = gradientDescentStep(entry.value, arr(ctx, 1), arr(ctx, 2));
    entry.taint |= ctx.taint;
    return [];
  },
});

/** BiasAddGrad (bias_op.cc), NHWC: the sum over every dim but the last, in T. */
registerKernel("BiasAddGrad", {
  inexact: true,
  compute: (ctx) => {
    const g = arr(ctx, 0);
    if (ctx.op.attrs?.["data_format"] === "NCHW") throw new Unsupported("BiasAddGrad with data_format NCHW");
    const c = g.shape[g.ndim - 1]!, v = g.numbers();
    const out = new Array<number>(c).fill(0);
    for (let i = 0; i < v.length; i++) out[i % c] = coerce(g.dtype, out[i % c]! + v[i]!);
    return [new NDArray(g.dtype, [c], out)];
  },
});

/** ApplyMomentum (training_ops.cc): accum = accum * momentum + grad; var -= accum * lr, or with
 *  Nesterov var -= grad * lr + accum * momentum * lr; each product and sum rounded to T. */
registerKernel("ApplyMomentum", {
  refInputs: [0, 1],
  compute: (ctx) => {
    const v = ctx.inputs[0] as RefValue, acc = ctx.inputs[1] as RefValue;
    const lr = arr(ctx, 2).numbers()[0]!, grad = arr(ctx, 3), mom = arr(ctx, 4).numbers()[0]!;
    const old = v.slot.value!, a = acc.slot.value!;
    const dt = old.dtype, r = (x: number) => coerce(dt, x);
    if (old.shape.join(",") !== grad.shape.join(",")) {
      throw new TFError("InvalidArgumentError", `var and grad do not have the same shape[${old.shape.join(",")}] [${grad.shape.join(",")}]`);
    }
    const g = grad.numbers(), av = a.numbers().map((x, i) => r(r(x * mom) + g[i]!));
    const nesterov = ctx.op.attrs?.["use_nesterov"] === true;
    const vv = old.numbers().map((x, i) => r(x - (nesterov ? r(r(g[i]! * lr) + r(r(av[i]! * mom) * lr)) : r(av[i]! * lr))));
    acc.slot.value = new NDArray(dt, a.shape, av);
    v.slot.value = new NDArray(dt, old.shape, vv);
    acc.slot.taint |= ctx.taint;
    v.slot.taint |= ctx.taint;
    return [v];
  },
});

/** ApplyAdam (training_ops.cc): alpha = lr * sqrt(1 - beta2^t) / (1 - beta1^t); m += (g - m) * (1 - beta1);
 *  v += (g^2 - v) * (1 - beta2); var -= m * alpha / (sqrt(v) + epsilon). Eigen's evaluation order of
 *  these expressions is followed as written, but not verified bit for bit: outputs are marked inexact. */
registerKernel("ApplyAdam", {
  refInputs: [0, 1, 2],
  inexact: true,
  compute: (ctx) => {
    const [vr, mr, vvr] = [0, 1, 2].map((i) => ctx.inputs[i] as RefValue) as [RefValue, RefValue, RefValue];
    const s = (i: number) => arr(ctx, i).numbers()[0]!;
    const [b1p, b2p, lr, b1, b2, eps] = [3, 4, 5, 6, 7, 8].map(s) as [number, number, number, number, number, number];
    const grad = arr(ctx, 9), old = vr.slot.value!;
    const dt = old.dtype, r = (x: number) => coerce(dt, x);
    if (old.shape.join(",") !== grad.shape.join(",")) {
      throw new TFError("InvalidArgumentError", `var and grad do not have the same shape[${old.shape.join(",")}] [${grad.shape.join(",")}]`);
    }
    const alpha = r(r(lr * r(Math.sqrt(r(1 - b2p)))) / r(1 - b1p));
    const g = grad.numbers();
    const m = mr.slot.value!.numbers().map((x, i) => r(x + r(r(g[i]! - x) * r(1 - b1))));
    const v = vvr.slot.value!.numbers().map((x, i) => r(x + r(r(r(g[i]! * g[i]!) - x) * r(1 - b2))));
    const w = old.numbers().map((x, i) => r(x - r(r(m[i]! * alpha) / r(r(Math.sqrt(v[i]!)) + eps))));
    mr.slot.value = new NDArray(dt, old.shape, m);
    vvr.slot.value = new NDArray(dt, old.shape, v);
    vr.slot.value = new NDArray(dt, old.shape, w);
    for (const ref of [vr, mr, vvr]) ref.slot.taint |= ctx.taint | INEXACT;
    return { outputs: [vr], taint: INEXACT };
  },
});

/** ApplyAdagrad (training_ops.cc): accum += grad^2; var -= grad * lr * rsqrt(accum). Eigen's rsqrt is
 *  not correctly rounded: outputs are marked inexact. */
registerKernel("ApplyAdagrad", {
  refInputs: [0, 1],
  inexact: true,
  compute: (ctx) => {
    const vr = ctx.inputs[0] as RefValue, ar = ctx.inputs[1] as RefValue;
    const lr = arr(ctx, 2).numbers()[0]!, grad = arr(ctx, 3), old = vr.slot.value!;
    const dt = old.dtype, r = (x: number) => coerce(dt, x);
    if (old.shape.join(",") !== grad.shape.join(",")) {
      throw new TFError("InvalidArgumentError", `var and grad do not have the same shape[${old.shape.join(",")}] [${grad.shape.join(",")}]`);
    }
    const g = grad.numbers();
    const acc = ar.slot.value!.numbers().map((x, i) => r(x + r(g[i]! * g[i]!)));
    const w = old.numbers().map((x, i) => r(x - r(r(g[i]! * lr) * r(1 / Math.sqrt(acc[i]!)))));
    ar.slot.value = new NDArray(dt, old.shape, acc);
    vr.slot.value = new NDArray(dt, old.shape, w);
    for (const ref of [vr, ar]) ref.slot.taint |= ctx.taint | INEXACT;
    return { outputs: [vr], taint: INEXACT };
  },
});

/** ApplyProximalGradientDescent (training_ops.cc): prox = var - grad * lr (in place); with l1 > 0
 *  var = sign(prox) * max(|prox| - lr * l1, 0) / (1 + l2 * lr), else var = prox / (1 + l2 * lr). */
registerKernel("ApplyProximalGradientDescent", {
  refInputs: [0],
  compute: (ctx) => {
    const vr = ctx.inputs[0] as RefValue;
    const [lr, l1, l2] = [1, 2, 3].map((i) => arr(ctx, i).numbers()[0]!) as [number, number, number];
    const delta = arr(ctx, 4), old = vr.slot.value!;
    const dt = old.dtype, r = (x: number) => coerce(dt, x);
    if (old.shape.join(",") !== delta.shape.join(",")) {
      throw new TFError("InvalidArgumentError", `var and delta do not have the same shape[${old.shape.join(",")}] [${delta.shape.join(",")}]`);
    }
    const d = delta.numbers(), denom = r(1 + r(l2 * lr)), shrink = r(lr * l1);
    const w = old.numbers().map((x, i) => {
      const prox = r(x - r(d[i]! * lr));
      return l1 > 0 ? r(r(Math.sign(prox) * r(Math.max(r(Math.abs(prox) - shrink), 0))) / denom) : r(prox / denom);
    });
    vr.slot.value = new NDArray(dt, old.shape, w);
    vr.slot.taint |= ctx.taint;
    return [vr];
  },
});
