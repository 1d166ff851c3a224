/** `tf.train.GradientDescentOptimizer` (training/gradient_descent.py, TF 1.15): ApplyGradientDescent per variable. */
import { type OpInput, convertToTensor } from "../ops/convert.js";
import { cast } from "../ops/math.js";
import type { Operation, Tensor } from "../tensor.js";
import type { RefVariable, ResourceVariable } from "../variables.js";
import { applyGradientDescent, resourceApplyGradientDescent } from "../gradients/grad-ops.js";
import { Optimizer } from "./optimizer.js";

export class GradientDescentOptimizer extends Optimizer {
  private lrTensor: Tensor | null = null;

  /** `learningRate`: a Python number or a tensor; a callable is called by the shim before apply. */
  constructor(private readonly learningRate: () => OpInput, useLocking = false, name = "GradientDescent") {
    super(useLocking, name);
  }

  protected override prepare(): void {
    this.lrTensor = convertToTensor(this.learningRate(), { name: "learning_rate" });
  }

  protected override applyDense(grad: Tensor, v: RefVariable): Operation {
    return applyGradientDescent(v, cast(this.lrTensor!, v.dtype.baseDtype), grad, this.useLocking);
  }

  protected override readonly resourceApply = true;
  /** gradient_descent.py `_resource_apply_dense`: the rate cast to the gradient's dtype. */
  protected override resourceApplyDense(grad: Tensor, v: ResourceVariable): Operation {
    return resourceApplyGradientDescent(v.handle, cast(this.lrTensor!, grad.dtype.baseDtype), grad, this.useLocking);
  }
}
