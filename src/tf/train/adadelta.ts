/**
 * `tf.train.AdadeltaOptimizer` (training/adadelta.py, TF 1.15): zeros slots `accum` (`<var>/Adadelta`) and
 * `accum_update` (`<var>/Adadelta_1`), hyperparameter tensors `lr`, `rho`, `epsilon`, ApplyAdadelta per variable.
 */
import { type OpInput, convertToTensor } from "../ops/convert.js";
import { cast } from "../ops/math.js";
import type { Operation, Tensor } from "../tensor.js";
import type { RefVariable } from "../variables.js";
import { applyAdadelta } from "../gradients/grad-ops.js";
import { Optimizer } from "./optimizer.js";
import { createZerosSlot } from "./slots.js";

export interface AdadeltaHyper {
  learningRate: () => OpInput;
  rho: () => OpInput;
  epsilon: () => OpInput;
}

export class AdadeltaOptimizer extends Optimizer {
  private t: { lr: Tensor; rho: Tensor; eps: Tensor } | null = null;

  constructor(private readonly h: AdadeltaHyper, useLocking = false, name = "Adadelta") {
    super(useLocking, name);
  }

  protected override createSlots(vars: readonly RefVariable[]): void {
    for (const v of vars) {
      this.zerosSlot(v, "accum", () => createZerosSlot(v, this.name));
      this.zerosSlot(v, "accum_update", () => createZerosSlot(v, this.name));
    }
  }

  protected override prepare(): void {
    this.t = {
      lr: convertToTensor(this.h.learningRate(), { name: "lr" }),
      rho: convertToTensor(this.h.rho(), { name: "rho" }),
      eps: convertToTensor(this.h.epsilon(), { name: "epsilon" }),
    };
  }

  protected override applyDense(grad: Tensor, v: RefVariable): Operation {
    const base = v.dtype.baseDtype, t = this.t!;
    return applyAdadelta(v, this.getSlot(v, "accum")!, this.getSlot(v, "accum_update")!, cast(t.lr, base), cast(t.rho, base),
      cast(t.eps, base), grad, this.useLocking);
  }
}
