/** `tf.train.AdagradOptimizer` (training/adagrad.py, TF 1.15): an `accumulator` slot `<var>/Adagrad` initialized to
 *  initial_accumulator_value, ApplyAdagrad per variable. */
import { TFError } from "../errors.js";
import { type OpInput, convertToTensor } from "../ops/convert.js";
import { constantInitializer } from "../ops/init.js";
import { cast } from "../ops/math.js";
import { pyFloat } from "../ops/pyvalue.js";
import type { Operation, Tensor } from "../tensor.js";
import type { RefVariable } from "../variables.js";
import { applyAdagrad } from "../gradients/grad-ops.js";
import { Optimizer } from "./optimizer.js";
import { createSlotWithInitializer } from "./slots.js";

export class AdagradOptimizer extends Optimizer {
  private lr: Tensor | null = null;

  /** `initialRepr`: Python's str() of the value, for the ValueError. */
  constructor(private readonly learningRate: () => OpInput, private readonly initial: number, initialRepr: string,
    useLocking = false, name = "Adagrad") {
    if (initial <= 0) throw new TFError("ValueError", `initial_accumulator_value must be positive: ${initialRepr}`);
    super(useLocking, name);
  }

  protected override createSlots(vars: readonly RefVariable[]): void {
    for (const v of vars) {
      const dtype = v.dtype.baseDtype;
      this.zerosSlot(v, "accumulator", () => createSlotWithInitializer(v, constantInitializer(pyFloat(this.initial), dtype), this.name));
    }
  }

  protected override prepare(): void {
    this.lr = convertToTensor(this.learningRate(), { name: "learning_rate" });
  }

  protected override applyDense(grad: Tensor, v: RefVariable): Operation {
    return applyAdagrad(v, this.getSlot(v, "accumulator")!, cast(this.lr!, v.dtype.baseDtype), grad, this.useLocking);
  }
}
