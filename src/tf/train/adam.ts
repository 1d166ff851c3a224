/**
 * `tf.train.AdamOptimizer` (training/adam.py, TF 1.15): non-slot variables `beta1_power`/`beta2_power`
 * (made once per graph, next to the first variable by name), slots `<var>/Adam` (m) and `<var>/Adam_1`
 * (v), ApplyAdam per variable, and `_finish` multiplying the powers by beta1/beta2 (`Adam/mul`,
 * `Adam/Assign`...) under control dependencies on the updates.
 */
import type { Graph } from "../graph.js";
import { getDefaultGraph } from "../context.js";
import { type OpInput, convertToTensor } from "../ops/convert.js";
import { cast, tensorOperator } from "../ops/math.js";
import { group } from "../ops/control.js";
import type { Operation, Tensor } from "../tensor.js";
import { type RefVariable, type Variable, createVariable } from "../variables.js";
import { applyAdam } from "../gradients/grad-ops.js";
import { Optimizer } from "./optimizer.js";
import { createZerosSlot } from "./slots.js";

export interface AdamHyper {
  learningRate: () => OpInput;
  beta1: () => OpInput;
  beta2: () => OpInput;
  epsilon: () => OpInput;
  /** The Python floats beta1 and beta2 as given (the powers' initial values). */
  beta1Value: OpInput;
  beta2Value: OpInput;
}

export class AdamOptimizer extends Optimizer {
  private readonly nonSlot = new Map<string, Map<Graph, Variable>>();
  private t: { lr: Tensor; b1: Tensor; b2: Tensor; eps: Tensor } | null = null;

  constructor(private readonly h: AdamHyper, useLocking = false, name = "Adam") {
    super(useLocking, name);
  }

  private powers(): [Variable, Variable] {
    const g = getDefaultGraph();
    return [this.nonSlot.get("beta1_power")!.get(g)!, this.nonSlot.get("beta2_power")!.get(g)!];
  }

  /** `_create_non_slot_variable`: `variable(initial_value, name=name, trainable=False)`, once per graph. */
  private nonSlotVariable(initial: OpInput, name: string, graph: Graph): void {
    let byGraph = this.nonSlot.get(name);
    if (byGraph === undefined) this.nonSlot.set(name, (byGraph = new Map()));
    if (!byGraph.has(graph)) byGraph.set(graph, createVariable({ initialValue: initial, name, trainable: false, useResource: false }) as Variable);
  }

  protected override createSlots(vars: readonly RefVariable[]): void {
    const first = [...vars].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))[0]!;
    this.nonSlotVariable(this.h.beta1Value, "beta1_power", first.graph);
    this.nonSlotVariable(this.h.beta2Value, "beta2_power", first.graph);
    for (const v of vars) {
      this.zerosSlot(v, "m", () => createZerosSlot(v, this.name));
      this.zerosSlot(v, "v", () => createZerosSlot(v, this.name + "_1"));
    }
  }

  protected override prepare(): void {
    this.t = {
      lr: convertToTensor(this.h.learningRate(), { name: "learning_rate" }),
      b1: convertToTensor(this.h.beta1(), { name: "beta1" }),
      b2: convertToTensor(this.h.beta2(), { name: "beta2" }),
      eps: convertToTensor(this.h.epsilon(), { name: "epsilon" }),
    };
  }

  protected override applyDense(grad: Tensor, v: RefVariable): Operation {
    const base = v.dtype.baseDtype, t = this.t!;
    const [p1, p2] = this.powers();
    return applyAdam(v, this.getSlot(v, "m")!, this.getSlot(v, "v")!, cast(p1, base), cast(p2, base), cast(t.lr, base),
      cast(t.b1, base), cast(t.b2, base), cast(t.eps, base), grad, this.useLocking);
  }

  protected override finish(updates: readonly Operation[], nameScope: string): Operation {
    const g = getDefaultGraph();
    const cm = g.controlDependencies(updates);
    cm.enter();
    let u1: Tensor | Operation, u2: Tensor | Operation;
    try {
      const [p1, p2] = this.powers() as [RefVariable, RefVariable];
      u1 = p1.assign(tensorOperator("mul", p1, this.t!.b1), null);
      u2 = p2.assign(tensorOperator("mul", p2, this.t!.b2), null);
    } finally {
      cm.exit();
    }
    return group([...updates, u1, u2], nameScope)!;
  }
}
