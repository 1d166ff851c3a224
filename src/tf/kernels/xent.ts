/**
 * The fused cross-entropy kernels (xent_op.h, sparse_xent_op.h): per row, the logits less their max,
 * the sum of their exps, then the loss and the backprop (softmax minus labels), each step rounded to T
 * as Eigen evaluates it. exp and log are Eigen's approximations: float results may differ in the last bits.
 */
import { coerce } from "../../numpy/dtype.js";
import { NDArray } from "../../numpy/ndarray.js";
import { TFError } from "../errors.js";
import { summarizeValue } from "../ops/infer-context.js";
import { shapeDebug } from "./math.js";
import { type KernelContext, registerKernel } from "./registry.js";

const arr = (ctx: KernelContext, i: number) => ctx.inputs[i] as NDArray;

/** One row's shifted logits, exps and their sum, in T. */
function rowTerms(xs: readonly number[], r: number, c: number, t: NDArray["dtype"]) {
  let m = -Infinity;
  for (let j = 0; j < c; j++) m = Math.max(m, xs[r + j]!);
  const shifted: number[] = [], exps: number[] = [];
  let sum = 0;
  for (let j = 0; j < c; j++) {
    shifted.push(coerce(t, xs[r + j]! - m));
    exps.push(coerce(t, Math.exp(shifted[j]!)));
    sum = coerce(t, sum + exps[j]!);
  }
  return { shifted, exps, sum, logSum: coerce(t, Math.log(sum)) };
}

registerKernel("SoftmaxCrossEntropyWithLogits", {
  inexact: true,
  compute: (ctx) => {
    const logits = arr(ctx, 0), labels = arr(ctx, 1);
    // xent_op.cc: the kernel takes only equal shapes here (its broadcasting form is not modelled).
    if (logits.shape.join() !== labels.shape.join() || logits.ndim !== 2) {
      throw new TFError("InvalidArgumentError",
        `logits and labels must be broadcastable: logits_size=${shapeDebug(logits)} labels_size=${shapeDebug(labels)}`);
    }
    const t = logits.dtype, [n, c] = logits.shape as [number, number];
    const xs = logits.numbers(), ys = labels.numbers();
    const loss: number[] = [], back: number[] = [];
    for (let i = 0; i < n; i++) {
      const { shifted, exps, sum, logSum } = rowTerms(xs, i * c, c, t);
      let l = 0;
      for (let j = 0; j < c; j++) {
        const y = ys[i * c + j]!;
        l = coerce(t, l + coerce(t, y * coerce(t, logSum - shifted[j]!)));
        back.push(coerce(t, coerce(t, exps[j]! / sum) - y));
      }
      loss.push(l);
    }
    return [new NDArray(t, [n], loss), new NDArray(t, [n, c], back)];
  },
});

registerKernel("SparseSoftmaxCrossEntropyWithLogits", {
  inexact: true,
  compute: (ctx) => {
    const logits = arr(ctx, 0), labels = arr(ctx, 1);
    const t = logits.dtype, [n, c] = logits.shape as [number, number];
    if (n !== labels.shape[0]) {
      throw new TFError("InvalidArgumentError", "logits and labels must have the same first dimension, got logits shape "
        + `${shapeDebug(logits)} and labels shape ${shapeDebug(labels)}`);
    }
    if (c === 0) throw new TFError("InvalidArgumentError", `Must have at least one class, but got logits shape ${shapeDebug(logits)}`);
    const ys = labels.numbers();
    // sparse_xent_op.cc CheckInvalidLabelIndex (CPU): the smallest label if negative, else the largest.
    if (ys.length > 0) {
      const lo = Math.min(...ys), hi = Math.max(...ys);
      if (lo < 0 || hi >= c) {
        throw new TFError("InvalidArgumentError", `Received a label value of ${lo < 0 ? lo : hi} which is outside the valid range of [0, ${c}).  `
          + `Label values: ${summarizeValue(labels, labels.size)}`);
      }
    }
    const xs = logits.numbers();
    const loss: number[] = [], back: number[] = [];
    for (let i = 0; i < n; i++) {
      const { shifted, exps, sum, logSum } = rowTerms(xs, i * c, c, t);
      const k = ys[i]!;
      loss.push(coerce(t, logSum - shifted[k]!));
      for (let j = 0; j < c; j++) back.push(coerce(t, coerce(t, exps[j]! / sum) - (j === k ? 1 : 0)));
    }
    return [new NDArray(t, [n], loss), new NDArray(t, [n, c], back)];
  },
});
