/**
 * FusedBatchNormV3 and FusedBatchNormGradV3 on the CPU (kernels/fused_batch_norm_op.cc 1.15:
 * FusedBatchNorm<CPUDevice>, FusedBatchNormGrad<CPUDevice>, FusedBatchNormFreezeGrad<CPUDevice>), NHWC only
 * as there (NCHW is TF's InternalError). Each Eigen expression is rounded to float32 where it is
 * evaluated; Eigen's reduction order and rsqrt are not reproduced bit for bit, so outputs are inexact.
 */
import { NDArray } from "../../numpy/ndarray.js";
import { TFError, Unsupported } from "../errors.js";
import { type KernelContext, registerKernel } from "./registry.js";

const arr = (ctx: KernelContext, i: number) => ctx.inputs[i] as NDArray;
const f = Math.fround;
const dbg = (a: NDArray) => `[${a.shape.join(",")}]`;

function requireFloat32(ctx: KernelContext, x: NDArray): void {
  if (x.dtype !== "float32") throw new Unsupported(`${ctx.op.type} of ${x.dtype}`);
}

function requireNHWC(ctx: KernelContext, what: string): void {
  if (ctx.op.attrs?.["data_format"] === "NCHW") {
    throw new TFError("InternalError", `The CPU implementation of ${what} only supports NHWC tensor format for now.`);
  }
}

/** Per-channel sums over the rest of a [rest, depth] layout, accumulated in float32. */
function channelSums(values: readonly number[], depth: number): number[] {
  const out = new Array<number>(depth).fill(0);
  for (let i = 0; i < values.length; i++) out[i % depth] = f(out[i % depth]! + values[i]!);
  return out;
}

registerKernel("FusedBatchNormV3", {
  inexact: true,
  compute: (ctx) => {
    const [x, scale, offset, estMean, estVar] = [0, 1, 2, 3, 4].map((i) => arr(ctx, i)) as [NDArray, NDArray, NDArray, NDArray, NDArray];
    if (x.ndim !== 4) throw new TFError("InvalidArgumentError", `input must be 4-dimensional${dbg(x)}`);
    if (scale.ndim !== 1) throw new TFError("InvalidArgumentError", `scale must be 1-dimensional${dbg(scale)}`);
    if (offset.ndim !== 1) throw new TFError("InvalidArgumentError", `offset must be 1-dimensional${dbg(offset)}`);
    if (estMean.ndim !== 1) throw new TFError("InvalidArgumentError", `estimated_mean must be 1-dimensional${dbg(estMean)}`);
    if (estVar.ndim !== 1) throw new TFError("InvalidArgumentError", `estimated_variance must be 1-dimensional${dbg(estVar)}`);
    const training = ctx.op.attrs?.["is_training"] !== false;
    if (training && estMean.shape[0] !== 0) throw new TFError("InvalidArgumentError", `estimated_mean must be empty for training${dbg(estMean)}`);
    if (training && estVar.shape[0] !== 0) throw new TFError("InvalidArgumentError", `estimated_variance must be empty for training${dbg(estVar)}`);
    requireFloat32(ctx, x);
    requireNHWC(ctx, "FusedBatchNorm");
    const eps = f(Number(ctx.op.attrs?.["epsilon"] ?? 0.0001));
    const depth = x.shape[3]!, xs = x.numbers(), rest = xs.length / depth;
    const sc = scale.numbers(), off = offset.numbers();
    if (sc.length !== depth || off.length !== depth || (!training && (estMean.size !== depth || estVar.size !== depth))) {
      throw new Unsupported("FusedBatchNormV3 with statistics whose size is not the channel dim");
    }
    const restInv = f(1 / rest);
    const adjust = f(rest / (rest > 1 ? rest - 1 : 1));
    const mean = training ? channelSums(xs, depth).map((s) => f(s * restInv)) : estMean.numbers();
    const centered = xs.map((v, i) => f(v - mean[i % depth]!));
    const variance = training ? channelSums(centered.map((c) => f(c * c)), depth).map((s) => f(s * restInv)) : estVar.numbers();
    const factor = variance.map((v, c) => f(f(1 / Math.sqrt(f(v + eps))) * sc[c]!));
    const y = centered.map((c, i) => f(f(c * factor[i % depth]!) + off[i % depth]!));
    const vec = (v: readonly number[]) => new NDArray("float32", [depth], [...v]);
    // With is_training=False the CPU functor leaves batch_mean, batch_variance and the saved statistics
    // unwritten (whatever the allocator held); zeros stand for them.
    const zeros = new Array<number>(depth).fill(0);
    return [
      new NDArray(x.dtype, x.shape, y),
      vec(training ? mean : zeros),
      vec(training ? variance.map((v) => f(v * adjust)) : zeros),
      vec(training ? mean : zeros),
      vec(training ? variance : zeros),
      // CudnnBatchNormAllocatorInOutput (no GPU): a scalar 0 for reserve_space_3.
      new NDArray("float32", [], [0]),
    ];
  },
});

registerKernel("FusedBatchNormGradV3", {
  inexact: true,
  compute: (ctx) => {
    const [dy, x, scale, m, v] = [0, 1, 2, 3, 4].map((i) => arr(ctx, i)) as [NDArray, NDArray, NDArray, NDArray, NDArray];
    if (dy.ndim !== 4) throw new TFError("InvalidArgumentError", `input must be 4-dimensional${dbg(dy)}`);
    if (x.ndim !== 4) throw new TFError("InvalidArgumentError", `input must be 4-dimensional${dbg(x)}`);
    if (scale.ndim !== 1) throw new TFError("InvalidArgumentError", `scale must be 1-dimensional${dbg(scale)}`);
    if (m.ndim !== 1) throw new TFError("InvalidArgumentError", `saved mean must be 1-dimensional${dbg(m)}`);
    if (v.ndim !== 1) throw new TFError("InvalidArgumentError", `saved variance must be 1-dimensional${dbg(v)}`);
    requireFloat32(ctx, x);
    requireNHWC(ctx, "FusedBatchNormGrad");
    const training = ctx.op.attrs?.["is_training"] !== false;
    const eps = f(Number(ctx.op.attrs?.["epsilon"] ?? 0.0001));
    const depth = x.shape[3]!, xs = x.numbers(), g = dy.numbers(), rest = xs.length / depth;
    const sc = scale.numbers(), mean = m.numbers(), variance = v.numbers();
    const centered = xs.map((val, i) => f(val - mean[i % depth]!));
    const coef0 = variance.map((val) => f(1 / Math.sqrt(f(val + eps))));
    const offsetBackprop = channelSums(g, depth);
    let dx: number[], scaleBackprop: number[];
    if (training) {
      scaleBackprop = channelSums(g.map((val, i) => f(val * f(centered[i]! * coef0[i % depth]!))), depth);
      const restInv = f(1 / rest);
      const gCentered = g.map((val, i) => f(val - f(offsetBackprop[i % depth]! * restInv)));
      const gcMean = channelSums(g.map((val, i) => f(val * centered[i]!)), depth).map((s) => f(s / rest));
      const coef1 = sc.map((s, c) => f(s * coef0[c]!));
      const coef2 = coef0.map((c0, c) => f(f(c0 * c0) * gcMean[c]!));
      dx = gCentered.map((val, i) => f(coef1[i % depth]! * f(val - f(centered[i]! * coef2[i % depth]!))));
    } else {
      // FusedBatchNormFreezeGrad: dx = dy * scale * rsqrt(var + eps); dscale = sum(dy * (x - mean)) * rsqrt(var + eps).
      const scratch2 = channelSums(g.map((val, i) => f(val * centered[i]!)), depth);
      dx = g.map((val, i) => f(val * f(coef0[i % depth]! * sc[i % depth]!)));
      scaleBackprop = scratch2.map((s, c) => f(s * coef0[c]!));
    }
    return [
      new NDArray(x.dtype, x.shape, dx),
      new NDArray("float32", [depth], scaleBackprop),
      new NDArray("float32", [depth], offsetBackprop),
      new NDArray("float32", [], [0]),
      new NDArray("float32", [], [0]),
    ];
  },
});
