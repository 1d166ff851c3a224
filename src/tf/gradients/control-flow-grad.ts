/**
 * Gradients of a `tf.cond`'s Switch and Merge (ops/control_flow_grad.py 1.15, the CondContext cases) and
 * `control_flow_state.ZerosLikeOutsideLoop` (control_flow_state.py) for a branch Switch's missing output
 * gradient. The while-loop cases (WhileContext, grad_state) are refused by gradients.ts before any of
 * these run.
 */
import { getDefaultGraph } from "../context.js";
import { CondContext, merge, switchRefOrTensor } from "../cond-context.js";
import { Unsupported } from "../errors.js";
import { applyOp } from "../apply-op.js";
import { within } from "../graph.js";
import type { Operation, Tensor } from "../tensor.js";
import { fill, identity, shape } from "../ops/array.js";
import { constant } from "../ops/convert.js";
import { withNameScope } from "../ops/scope.js";
import { pyInt } from "../ops/pyvalue.js";
import { registerGradient } from "./registry.js";

function condContextOf(op: Operation): CondContext {
  const ctx = op._controlFlowContext;
  if (!(ctx instanceof CondContext)) throw new Unsupported(`gradients of a ${op.type} outside a tf.cond`);
  return ctx;
}

// control_flow_grad.py _SwitchGrad (CondContext): merge the branch's gradient with the zeros of the
// branch not taken; None when that one is None (the data is not trainable).
function switchGrad(op: Operation, grads: readonly (Tensor | null)[]): (Tensor | null)[] {
  const ctx = condContextOf(op);
  const zeroGrad = grads[1 - ctx.branch] ?? null;
  if (zeroGrad === null) {
    if (op.inputs[0]!.dtype.name === "resource") throw new Unsupported("the gradient of a tf.cond Switch of a resource");
    return [null, null];
  }
  return [merge(getDefaultGraph(), [grads[0]!, grads[1]!], "cond_grad"), null];
}
registerGradient(["Switch", "RefSwitch"], switchGrad);

// control_flow_grad.py _MergeGrad (CondContext): the gradient switched on the branch's predicate.
function mergeGrad(op: Operation, grads: readonly (Tensor | null)[]): (Tensor | null)[] {
  const ctx = condContextOf(op.inputs[0]!.op);
  const [f, t] = switchRefOrTensor(getDefaultGraph(), grads[0]!, ctx.pred, "cond_grad");
  return op.inputs.length === 2 ? [f, t] : [f, t, ...new Array<null>(op.inputs.length - 2).fill(null)];
}
registerGradient(["Merge", "RefMerge"], mergeGrad);

/** control_flow_state.py ZerosLikeOutsideLoop for a Switch in a cond branch: zeros of the data shape,
 *  made only on the branch not taken (`Switch`, its `Identity` pivot, `Shape`, `zeros` under it). */
export function switchZerosOutsideLoop(op: Operation, index: number): Tensor {
  const ctx = condContextOf(op);
  const g = getDefaultGraph();
  const val = op.outputs[index]!;
  // control_flow_ops.switch(op.inputs[0], pred): a plain Switch named by its own scope.
  const sw = within(g.nameScope("Switch"), (scope) => applyOp(g, "Switch", scope, () => {
    const data = op.inputs[0]!;
    return { inputs: [data, ctx.pred], attrs: { T: data.dtype.baseDtype }, dtypes: [data.dtype.baseDtype, data.dtype.baseDtype], shapes: [data.shape, data.shape] };
  }));
  const switchVal = sw.outputs[1 - ctx.branch]!;
  const pivot = identity(switchVal);
  const zerosShape = shape(switchVal, null, undefined, false);
  const deps = g.controlDependencies([pivot.op]);
  deps.enter();
  try {
    // array_ops.zeros(shape_tensor, dtype): Fill(shape, Const 0) under `zeros`.
    return withNameScope(null, "zeros", [zerosShape], (scope) =>
      fill(zerosShape, constant(pyInt(0), val.dtype.baseDtype), scope));
  } finally {
    deps.exit();
  }
}
