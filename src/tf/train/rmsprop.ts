/**
 * `tf.train.RMSPropOptimizer` (training/rmsprop.py, TF 1.15): slots `rms` (ones, `<var>/RMSProp`), `mg` when
 * centered and `momentum` (zeros, the next `<var>/RMSProp_<n>`), made in that order; ApplyRMSProp or
 * ApplyCenteredRMSProp per variable on the hyperparameters cast to the variable's dtype.
 */
import { type OpInput, convertToTensor } from "../ops/convert.js";
import { onesInitializer } from "../ops/init.js";
import { cast } from "../ops/math.js";
import type { Operation, Tensor } from "../tensor.js";
import type { RefVariable } from "../variables.js";
import { applyCenteredRMSProp, applyRMSProp } from "../gradients/grad-ops.js";
import { Optimizer } from "./optimizer.js";
import { createSlotWithInitializer, createZerosSlot } from "./slots.js";

export interface RMSPropHyper {
  learningRate: () => OpInput;
  decay: () => OpInput;
  momentum: () => OpInput;
  epsilon: () => OpInput;
}

export class RMSPropOptimizer extends Optimizer {
  private t: { lr: Tensor; decay: Tensor; mom: Tensor; eps: Tensor } | null = null;

  constructor(private readonly h: RMSPropHyper, useLocking = false, private readonly centered = false, name = "RMSProp") {
    super(useLocking, name);
  }

  protected override createSlots(vars: readonly RefVariable[]): void {
    for (const v of vars) {
      // `_get_or_make_slot_with_initializer(v, ones_initializer(dtype), ...)` (slots.ts refuses a partial shape,
      // where TF would take ones_like(v)).
      this.zerosSlot(v, "rms", () => createSlotWithInitializer(v, onesInitializer(v.dtype.baseDtype), this.name));
      if (this.centered) this.zerosSlot(v, "mg", () => createZerosSlot(v, this.name));
      this.zerosSlot(v, "momentum", () => createZerosSlot(v, this.name));
    }
  }

  protected override prepare(): void {
    this.t = {
      lr: convertToTensor(this.h.learningRate(), { name: "learning_rate" }),
      decay: convertToTensor(this.h.decay(), { name: "decay" }),
      mom: convertToTensor(this.h.momentum(), { name: "momentum" }),
      eps: convertToTensor(this.h.epsilon(), { name: "epsilon" }),
    };
  }

  protected override applyDense(grad: Tensor, v: RefVariable): Operation {
    const base = v.dtype.baseDtype, t = this.t!;
    const rms = this.getSlot(v, "rms")!, mom = this.getSlot(v, "momentum")!;
    if (this.centered) {
      return applyCenteredRMSProp(v, this.getSlot(v, "mg")!, rms, mom, cast(t.lr, base), cast(t.decay, base), cast(t.mom, base),
        cast(t.eps, base), grad, this.useLocking);
    }
    return applyRMSProp(v, rms, mom, cast(t.lr, base), cast(t.decay, base), cast(t.mom, base), cast(t.eps, base), grad, this.useLocking);
  }
}
