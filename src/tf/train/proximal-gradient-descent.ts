/**
 * `tf.train.ProximalGradientDescentOptimizer` (training/proximal_gradient_descent.py, TF 1.15): no slots;
 * `learning_rate`, `l1_regularization_strength`, `l2_regularization_strength` tensors (not cast to the
 * variable's dtype there either), ApplyProximalGradientDescent per variable.
 */
import { type OpInput, convertToTensor } from "../ops/convert.js";
import type { Operation, Tensor } from "../tensor.js";
import type { RefVariable } from "../variables.js";
import { applyProximalGradientDescent } from "../gradients/grad-ops.js";
import { Optimizer } from "./optimizer.js";

export class ProximalGradientDescentOptimizer extends Optimizer {
  private t: { lr: Tensor; l1: Tensor; l2: Tensor } | null = null;

  constructor(private readonly learningRate: OpInput, private readonly l1: OpInput, private readonly l2: OpInput, useLocking = false,
    name = "ProximalGradientDescent") {
    super(useLocking, name);
  }

  protected override prepare(): void {
    this.t = {
      lr: convertToTensor(this.learningRate, { name: "learning_rate" }),
      l1: convertToTensor(this.l1, { name: "l1_regularization_strength" }),
      l2: convertToTensor(this.l2, { name: "l2_regularization_strength" }),
    };
  }

  protected override applyDense(grad: Tensor, v: RefVariable): Operation {
    const t = this.t!;
    return applyProximalGradientDescent(v, t.lr, t.l1, t.l2, grad, this.useLocking);
  }
}
