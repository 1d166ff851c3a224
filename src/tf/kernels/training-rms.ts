/**
 * The kernels of the optimizers that scale by a running mean square (training_ops.cc 1.15 CPU functors):
 * ApplyRMSProp, ApplyCenteredRMSProp and ApplyAdadelta, each Eigen expression rounded to T where it is
 * evaluated. RMSProp's sqrt is IEEE's (correctly rounded); Adadelta's rsqrt is Eigen's approximation,
 * so its outputs are inexact.
 */
import { coerce } from "../../numpy/dtype.js";
import { NDArray } from "../../numpy/ndarray.js";
import { TFError } from "../errors.js";
import { type KernelContext, registerKernel } from "./registry.js";
import { INEXACT, type RefValue } from "./values.js";

const scalar = (ctx: KernelContext, i: number) => (ctx.inputs[i] as NDArray).numbers()[0]!;

/** ApplyRMSPropOp::Compute's shape checks: each slot, then grad, against var. */
function checkShapes(vr: RefValue, slots: readonly [string, RefValue][], grad: NDArray): void {
  const dbg = (a: NDArray) => `[${a.shape.join(",")}]`;
  const v = vr.slot.value!;
  for (const [name, s] of slots) {
    if (s.slot.value!.shape.join(",") !== v.shape.join(",")) {
      throw new TFError("InvalidArgumentError", `var and ${name} do not have the same shape${dbg(v)} ${dbg(s.slot.value!)}`);
    }
  }
  if (grad.shape.join(",") !== v.shape.join(",")) {
    throw new TFError("InvalidArgumentError", `var and grad do not have the same shape${dbg(v)} ${dbg(grad)}`);
  }
}

function store(ctx: KernelContext, pairs: readonly [RefValue, number[]][], extraTaint = 0): void {
  for (const [ref, values] of pairs) {
    const old = ref.slot.value!;
    ref.slot.value = new NDArray(old.dtype, old.shape, values);
    ref.slot.taint |= ctx.taint | extraTaint;
  }
}

// ms += (grad^2 - ms) * (1 - rho); mom = mom * momentum + grad * lr / sqrt(ms + epsilon); var -= mom.
registerKernel("ApplyRMSProp", {
  refInputs: [0, 1, 2],
  compute: (ctx) => {
    const [vr, msr, momr] = [0, 1, 2].map((i) => ctx.inputs[i] as RefValue) as [RefValue, RefValue, RefValue];
    const [lr, rho, momentum, eps] = [3, 4, 5, 6].map((i) => scalar(ctx, i)) as [number, number, number, number];
    const grad = ctx.inputs[7] as NDArray;
    checkShapes(vr, [["ms", msr], ["mom", momr]], grad);
    const old = vr.slot.value!, dt = old.dtype, r = (x: number) => coerce(dt, x);
    const g = grad.numbers(), oneMinusRho = r(1 - rho);
    const ms = msr.slot.value!.numbers().map((x, i) => r(x + r(r(r(g[i]! * g[i]!) - x) * oneMinusRho)));
    const mom = momr.slot.value!.numbers().map((x, i) => r(r(x * momentum) + r(r(g[i]! * lr) / r(Math.sqrt(r(ms[i]! + eps))))));
    const w = old.numbers().map((x, i) => r(x - mom[i]!));
    store(ctx, [[msr, ms], [momr, mom], [vr, w]]);
    return [vr];
  },
});

// ms as above; mg += (grad - mg) * (1 - rho); mom = mom * momentum + grad * lr / sqrt(ms - mg^2 + epsilon); var -= mom.
registerKernel("ApplyCenteredRMSProp", {
  refInputs: [0, 1, 2, 3],
  compute: (ctx) => {
    const [vr, mgr, msr, momr] = [0, 1, 2, 3].map((i) => ctx.inputs[i] as RefValue) as [RefValue, RefValue, RefValue, RefValue];
    const [lr, rho, momentum, eps] = [4, 5, 6, 7].map((i) => scalar(ctx, i)) as [number, number, number, number];
    const grad = ctx.inputs[8] as NDArray;
    checkShapes(vr, [["mg", mgr], ["ms", msr], ["mom", momr]], grad);
    const old = vr.slot.value!, dt = old.dtype, r = (x: number) => coerce(dt, x);
    const g = grad.numbers(), oneMinusRho = r(1 - rho);
    const ms = msr.slot.value!.numbers().map((x, i) => r(x + r(r(r(g[i]! * g[i]!) - x) * oneMinusRho)));
    const mg = mgr.slot.value!.numbers().map((x, i) => r(x + r(r(g[i]! - x) * oneMinusRho)));
    const mom = momr.slot.value!.numbers().map((x, i) => {
      const denom = r(r(ms[i]! - r(mg[i]! * mg[i]!)) + eps);
      return r(r(x * momentum) + r(r(g[i]! * lr) / r(Math.sqrt(denom))));
    });
    const w = old.numbers().map((x, i) => r(x - mom[i]!));
    store(ctx, [[msr, ms], [mgr, mg], [momr, mom], [vr, w]]);
    return [vr];
  },
});

// accum = accum * rho + grad^2 * (1 - rho); update = sqrt(accum_update + eps) * rsqrt(accum + eps) * grad;
// var -= update * lr; accum_update = accum_update * rho + update^2 * (1 - rho).
registerKernel("ApplyAdadelta", {
  refInputs: [0, 1, 2],
  inexact: true,
  compute: (ctx) => {
    const [vr, ar, ur] = [0, 1, 2].map((i) => ctx.inputs[i] as RefValue) as [RefValue, RefValue, RefValue];
    const [lr, rho, eps] = [3, 4, 5].map((i) => scalar(ctx, i)) as [number, number, number];
    const grad = ctx.inputs[6] as NDArray;
    checkShapes(vr, [], grad);
    const old = vr.slot.value!, dt = old.dtype, r = (x: number) => coerce(dt, x);
    const g = grad.numbers(), oneMinusRho = r(1 - rho);
    const accum = ar.slot.value!.numbers().map((x, i) => r(r(x * rho) + r(r(g[i]! * g[i]!) * oneMinusRho)));
    const au = ur.slot.value!.numbers();
    const update = au.map((x, i) => r(r(r(Math.sqrt(r(x + eps))) * r(1 / Math.sqrt(r(accum[i]! + eps)))) * g[i]!));
    const w = old.numbers().map((x, i) => r(x - r(update[i]! * lr)));
    const au2 = au.map((x, i) => r(r(x * rho) + r(r(update[i]! * update[i]!) * oneMinusRho)));
    store(ctx, [[ar, accum], [vr, w], [ur, au2]], INEXACT);
    return { outputs: [vr], taint: INEXACT };
  },
});
