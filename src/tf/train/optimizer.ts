/**
 * `tf.train.Optimizer` (training/optimizer.py, TF 1.15) in graph mode: compute_gradients (tf.gradients
 * of the loss at each variable's ref, gated per op by default), apply_gradients (slots made under
 * init_scope, then `name_scope(name or self._name)` with one `update_<var>` scope per variable, a
 * `group` named after the scope, or an AssignAdd of the global step gated on `update`), minimize.
 * Subclasses give `_prepare`, `_create_slots` and `_apply_dense`; resource variables only where a
 * subclass models `_resource_apply_dense` (GradientDescent, which has no slots).
 */
import * as d from "../dtypes.js";
import { getDefaultGraph } from "../context.js";
import { TFError, Unsupported } from "../errors.js";
import { GraphKeys } from "../graph-keys.js";
import { type OpInput, convertToTensor } from "../ops/convert.js";
import { group } from "../ops/control.js";
import { assignAdd } from "../ops/state.js";
import { withNameScope } from "../ops/scope.js";
import { dtypeRepr } from "../format.js";
import { Operation, Tensor } from "../tensor.js";
import { RefVariable, ResourceVariable, Variable } from "../variables.js";
import { gateTuple, gradients } from "../gradients/gradients.js";

export const GATE_NONE = 0, GATE_OP = 1, GATE_GRAPH = 2;

export type GradAndVar = readonly [Tensor | null, unknown];

export interface ComputeOptions {
  varList?: readonly unknown[] | null;
  gateGradients?: number;
  aggregationMethod?: number | null;
  colocateGradientsWithOps?: boolean;
  gradLoss?: OpInput | null;
}

// optimizer.py `_valid_dtypes` is a set of DTypes hashed by their enum: CPython iterates
// {float16(19), bfloat16(14), float32(1), float64(2)} as 1, 2, 19, 14.
const VALID_DTYPES = [d.float32, d.float64, d.float16, d.bfloat16];

/** `_get_processor(v).target()`: a RefVariable's ref; a ResourceVariable itself (tf.gradients takes its
 *  handle), for the optimizers that model `_resource_apply_dense`. */
function refTarget(v: unknown, resource: boolean): OpInput {
  if (v instanceof RefVariable) return convertToTensor(v, { asRef: true });
  if (v instanceof ResourceVariable) {
    if (!resource) throw new Unsupported("tf.train optimizers other than GradientDescentOptimizer on a ResourceVariable");
    return v;
  }
  if (v instanceof Variable) throw new Unsupported("tf.train optimizers on this kind of variable");
  if (v instanceof Tensor) throw new Unsupported("tf.train optimizers on a Tensor in var_list");
  throw new Unsupported("an object of an unsupported type in an optimizer's var_list (TF's NotImplementedError)");
}

export abstract class Optimizer {
  /** Slot variables by slot name, then by variable (`_slots`). */
  protected readonly slots = new Map<string, Map<Variable, Variable>>();

  constructor(readonly useLocking: boolean, readonly name: string) {
    if (!name) throw new TFError("ValueError", "Must specify the optimizer name");
  }

  assertValidDtypes(tensors: readonly { dtype: d.DType; name: string }[]): void {
    for (const t of tensors) {
      const dt = t.dtype.baseDtype;
      if (!VALID_DTYPES.includes(dt)) {
        throw new TFError("ValueError", `Invalid type ${dtypeRepr(dt)} for ${t.name}, expected: [${VALID_DTYPES.map(dtypeRepr).join(", ")}].`);
      }
    }
  }

  computeGradients(lossIn: OpInput, o: ComputeOptions = {}): GradAndVar[] {
    const gate = o.gateGradients ?? GATE_OP;
    if (gate !== GATE_NONE && gate !== GATE_OP && gate !== GATE_GRAPH) {
      throw new TFError("ValueError", `gate_gradients must be one of: Optimizer.GATE_NONE, Optimizer.GATE_OP, Optimizer.GATE_GRAPH.  Not ${gate}`);
    }
    const loss = convertToTensor(lossIn);
    this.assertValidDtypes([loss]);
    const gradLoss = o.gradLoss === undefined || o.gradLoss === null ? null : convertToTensor(o.gradLoss);
    if (gradLoss !== null) this.assertValidDtypes([gradLoss]);
    const g = getDefaultGraph();
    const varList = o.varList === undefined || o.varList === null
      ? [...g.getCollection(GraphKeys.TRAINABLE_VARIABLES), ...g.getCollection("trainable_resource_variables")]
      : [...o.varList];
    varList.push(...g.getCollection("streaming_model_ports"));
    const targets = varList.map((v) => refTarget(v, this.resourceApply));
    if (varList.length === 0) throw new TFError("ValueError", "No variables to optimize.");
    let grads = gradients([loss], targets, {
      gradYs: gradLoss === null ? null : [gradLoss],
      gateGradients: gate === GATE_OP,
      aggregationMethod: o.aggregationMethod ?? null,
      colocateGradientsWithOps: o.colocateGradientsWithOps ?? false,
    });
    if (gate === GATE_GRAPH) grads = gateTuple(grads);
    const out = grads.map((gr, i) => [gr, varList[i]] as const);
    this.assertValidDtypes(out.filter(([gr]) => gr !== null).map(([, v]) => v as Variable));
    return out;
  }

  applyGradients(gradsAndVars: readonly GradAndVar[], globalStep: Variable | null = null, name: string | null = null): Operation {
    if (gradsAndVars.length === 0) throw new TFError("ValueError", "No variables provided.");
    const withGrad = gradsAndVars.filter(([gr]) => gr !== null);
    if (withGrad.length === 0) throw new Unsupported("apply_gradients with no gradient at all (TF's ValueError lists str() of each variable)");
    for (const [, v] of withGrad) refTarget(v, this.resourceApply);
    const vars = withGrad.map(([, v]) => v as RefVariable);
    // with ops.init_scope(): self._create_slots(var_list)
    const g = getDefaultGraph();
    const cm = g.controlDependencies(null);
    cm.enter();
    try {
      this.createSlots(vars);
    } finally {
      cm.exit();
    }
    return withNameScope(name, this.name, null, (scope) => {
      this.prepare();
      const updates: Operation[] = [];
      for (const [grad, v] of withGrad) {
        const rv = v as Variable;
        updates.push(withNameScope(`update_${rv.op.name}`, null, null, () =>
          rv instanceof ResourceVariable ? this.resourceApplyDense(grad!, rv) : this.applyDense(grad!, rv as RefVariable)));
      }
      let apply: Operation;
      if (globalStep === null) {
        apply = this.finish(updates, scope);
      } else {
        const deps = g.controlDependencies([this.finish(updates, "update")]);
        deps.enter();
        try {
          const r = assignAdd(globalStep, { kind: "int", value: 1n }, { name: scope });
          apply = r instanceof Tensor ? r.op : r;
        } finally {
          deps.exit();
        }
      }
      const trainOps = g.getCollectionRef(GraphKeys.TRAIN_OP);
      if (!trainOps.includes(apply)) trainOps.push(apply);
      return apply;
    });
  }

  minimize(loss: OpInput, globalStep: Variable | null, o: ComputeOptions & { name?: string | null }): Operation {
    const gv = this.computeGradients(loss, o);
    if (!gv.some(([gr]) => gr !== null)) {
      throw new Unsupported("minimize with no gradient for any variable (TF's ValueError lists str() of each variable)");
    }
    return this.applyGradients(gv, globalStep, o.name ?? null);
  }

  /** `get_slot(var, name)`. */
  getSlot(v: Variable, name: string): Variable | null {
    return this.slots.get(name)?.get(v) ?? null;
  }
  getSlotNames(): string[] {
    return [...this.slots.keys()].sort();
  }

  /** `_zeros_slot`: one slot variable per (slot name, variable), made once. */
  protected zerosSlot(v: Variable, slot: string, make: () => Variable): Variable {
    let named = this.slots.get(slot);
    if (named === undefined) this.slots.set(slot, (named = new Map()));
    let s = named.get(v);
    if (s === undefined) named.set(v, (s = make()));
    return s;
  }

  /** Whether `_resource_apply_dense` is modelled (slot variables of resource variables are not). */
  protected readonly resourceApply: boolean = false;
  protected resourceApplyDense(_grad: Tensor, _v: ResourceVariable): Operation {
    throw new Unsupported("_resource_apply_dense of this optimizer");
  }
  protected createSlots(_vars: readonly RefVariable[]): void {}
  protected prepare(): void {}
  protected abstract applyDense(grad: Tensor, v: RefVariable): Operation;
  /** `_finish`: `group(*update_ops, name=name_scope)`. */
  protected finish(updates: readonly Operation[], nameScope: string): Operation {
    return group(updates, nameScope)!;
  }
}
