/** `tf.train.MomentumOptimizer` (training/momentum.py, TF 1.15): a `momentum` slot per variable, ApplyMomentum. */
import { type OpInput, convertToTensor } from "../ops/convert.js";
import { cast } from "../ops/math.js";
import type { Operation, Tensor } from "../tensor.js";
import type { RefVariable } from "../variables.js";
import { applyMomentum } from "../gradients/grad-ops.js";
import { Optimizer } from "./optimizer.js";
import { createZerosSlot } from "./slots.js";

export class MomentumOptimizer extends Optimizer {
  private lr: Tensor | null = null;
  private mom: Tensor | null = null;

  constructor(private readonly learningRate: () => OpInput, private readonly momentum: () => OpInput, useLocking = false,
    name = "Momentum", private readonly useNesterov = false) {
    super(useLocking, name);
  }

  protected override createSlots(vars: readonly RefVariable[]): void {
    for (const v of vars) this.zerosSlot(v, "momentum", () => createZerosSlot(v, this.name));
  }

  protected override prepare(): void {
    this.lr = convertToTensor(this.learningRate(), { name: "learning_rate" });
    this.mom = convertToTensor(this.momentum(), { name: "momentum" });
  }

  protected override applyDense(grad: Tensor, v: RefVariable): Operation {
    const base = v.dtype.baseDtype;
    return applyMomentum(v, this.getSlot(v, "momentum")!, cast(this.lr!, base), grad, cast(this.mom!, base), this.useLocking, this.useNesterov);
  }
}
