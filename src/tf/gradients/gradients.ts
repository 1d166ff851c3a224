/**
 * `tf.gradients` (gradients_util.py `_GradientsHelper`, TF 1.15): the ops between `xs` and `ys`, visited
 * from the ys back in the order TF's queue visits them, each op's gradient function called inside
 * `name_scope(op.name + "_grad")` of the `gradients` scope, several gradients of one tensor summed by
 * one AddN, and `tuple` gating when `gate_gradients` is set (what Optimizer.compute_gradients asks).
 * While loops and function calls are not modelled (their gradients are refused by name).
 */
import * as d from "../dtypes.js";
import { executingEagerly, getDefaultGraph } from "../context.js";
import { TFError, Unsupported } from "../errors.js";
import { type OpInput, constant, convertToTensor } from "../ops/convert.js";
import { fill, identity, shape, zerosLike } from "../ops/array.js";
import { group } from "../ops/control.js";
import { pyInt } from "../ops/pyvalue.js";
import { withNameScope } from "../ops/scope.js";
import { shapeStr } from "../format.js";
import { Operation, Tensor } from "../tensor.js";
import { addNOp } from "./grad-ops.js";
import { gradientFunction } from "./registry.js";
import { ResourceVariable } from "../variables.js";
import "./math-grad.js";
import "./resource-grad.js";
import "./nn-grad.js";
import "./loss-math-grad.js";
import "./nn-xent-grad.js";
import "./unary-math-grad.js";
import "./array-grad.js";
import "./conv-pool-grad.js";
import "./prod-grad.js";
import "./fused-batch-norm-grad.js";
import { switchZerosOutsideLoop } from "./control-flow-grad.js";
import { CondContext } from "../cond-context.js";

export interface GradientsOptions {
  gradYs?: readonly (OpInput | null)[] | null;
  name?: string | null;
  colocateGradientsWithOps?: boolean;
  gateGradients?: boolean;
  /** AggregationMethod: 0 (ADD_N, DEFAULT); TREE (1) and ACCUMULATE_N (2) are refused. */
  aggregationMethod?: number | null;
  stopGradients?: readonly OpInput[];
  /** UnconnectedGradients: "none" (TF's default) or "zero". */
  unconnectedGradients?: "none" | "zero";
}

/** gradients_util.py `IsTrainable`: the dtypes that carry gradients. */
export function isTrainable(dt: d.DType): boolean {
  const b = dt.baseDtype;
  return b === d.float16 || b === d.float32 || b === d.float64 || b === d.complex64 || b === d.complex128
    || b === d.resource || b === d.variant || b === d.bfloat16;
}

/** The value `xs` entries are differentiated at: a RefVariable's ref, a ResourceVariable's handle
 *  (gradients_util.py: `x.handle if resource_variable_ops.is_resource_variable(x)`). */
function asX(x: OpInput): Tensor {
  const v = (x as { kind?: unknown }).kind === "tensor" ? (x as { value: unknown }).value : x;
  if (v instanceof ResourceVariable) return v.handle;
  return convertToTensor(x, { name: "x", asRef: true });
}

/** `control_flow_ops.tuple(tensors)`: every tensor behind one `group_deps` gate. */
export function gateTuple(tensors: readonly (Tensor | null)[]): (Tensor | null)[] {
  const present = tensors.filter((t): t is Tensor => t !== null);
  return withNameScope(null, "tuple", present, () => {
    const gating = [...new Set(present.map((t) => t.op))].sort((a, b) => a.id - b.id);
    if (gating.length === 0) throw new TFError("ValueError", "Must have at least one Tensor: " + "[]");
    const gate = group(gating)!;
    return tensors.map((t) => (t === null ? null : withDependencies([gate], t)));
  });
}

/** `control_flow_ops.with_dependencies(dependencies, output_tensor)`: an Identity gated on them. */
export function withDependencies(deps: readonly Operation[], t: Tensor): Tensor {
  return withNameScope(null, "control_dependency", [...deps.map((o) => o.outputs[0] ?? t), t], (scope) => {
    const cm = t.graph.controlDependencies(deps);
    cm.enter();
    try {
      return identity(t, scope);
    } finally {
      cm.exit();
    }
  });
}

/** Every consumer of every tensor, in creation order (what `tensor.consumers()` reads from the graph). */
function consumerMap(ops: readonly Operation[]): Map<Tensor, Operation[]> {
  const m = new Map<Tensor, Operation[]>();
  for (const op of ops) {
    for (const t of op.inputs) {
      let l = m.get(t);
      if (l === undefined) m.set(t, (l = []));
      if (!l.includes(op)) l.push(op);
    }
  }
  return m;
}

export function gradients(ysIn: readonly OpInput[], xsIn: readonly OpInput[], o: GradientsOptions = {}): (Tensor | null)[] {
  if (executingEagerly()) {
    throw new TFError("RuntimeError", "tf.gradients is not supported when eager execution is enabled. Use tf.GradientTape instead.");
  }
  if (o.colocateGradientsWithOps === true) throw new Unsupported("tf.gradients(colocate_gradients_with_ops=True)");
  const agg = o.aggregationMethod ?? 0;
  if (agg !== 0 && agg !== 1 && agg !== 2) throw new TFError("ValueError", `Invalid aggregation_method specified ${agg}.`);
  if (agg !== 0) throw new Unsupported("tf.gradients(aggregation_method=EXPERIMENTAL_TREE or EXPERIMENTAL_ACCUMULATE_N)");
  const gradYsIn = o.gradYs ?? ysIn.map(() => null);
  const stopIn = o.stopGradients ?? [];
  const scopeValues = [...ysIn, ...xsIn, ...stopIn, ...gradYsIn.filter((g): g is OpInput => g !== null)];
  return withNameScope(o.name === undefined ? "gradients" : o.name, "gradients", scopeValues, () => {
    const graph = getDefaultGraph();
    graph.uniqueName("uid");
    const ys = ysIn.map((y) => convertToTensor(y, { name: "y" }));
    const xs = xsIn.map(asX);
    const gradYs = defaultGradYs(gradYsIn, ys);
    const stopOps = stopIn.map((s) => convertToTensor(s).op);

    const consumers = consumerMap(graph.getOperations());
    const toOps = ys.map((y) => y.op), fromOps = xs.map((x) => x.op);
    // _PendingCount: ops reachable from the xs through backpropagatable tensors...
    const reached = new Set<Operation>();
    const fwd: Operation[] = [...fromOps];
    while (fwd.length > 0) {
      const op = fwd.shift()!;
      if (reached.has(op)) continue;
      reached.add(op);
      for (const out of op.outputs) if (isTrainable(out.dtype)) fwd.push(...(consumers.get(out) ?? []));
    }
    const reachableTo = new Set(toOps.filter((op) => reached.has(op)));
    // ...that lie on a path back from the ys.
    const between = new Set<Operation>();
    const betweenList: Operation[] = [];
    const back: Operation[] = [...toOps];
    while (back.length > 0) {
      const op = back.shift()!;
      if (!reached.has(op)) continue;
      between.add(op);
      betweenList.push(op);
      reached.delete(op);
      for (const inp of op.inputs) back.push(inp.op);
    }
    for (const op of betweenList) {
      // The cond cases of control_flow_grad.py are modelled; a while loop's (Enter, Exit, grad_state) are not.
      if (op.type === "Enter" || op.type === "RefEnter" || op.type === "Exit" || op.type === "RefExit" || op.type === "NextIteration" ||
        op._controlFlowContext !== null && !(op._controlFlowContext instanceof CondContext) ||
        (op.type === "Switch" || op.type === "RefSwitch" || op.type === "Merge" || op.type === "RefMerge") && !inCond(op)) {
        throw new Unsupported("gradients through control flow (tf.while_loop)");
      }
    }
    const pending = new Map<Operation, number>();
    const count = (op: Operation) => pending.get(op) ?? 0;
    for (const op of betweenList) for (const x of op.inputs) if (between.has(x.op)) pending.set(x.op, count(x.op) + 1);

    const grads = new Map<Operation, (Tensor | null)[][]>();
    const setGrad = (t: Tensor, g: Tensor | null) => {
      let l = grads.get(t.op);
      if (l === undefined) grads.set(t.op, (l = t.op.outputs.map(() => [])));
      l[t.valueIndex]!.push(g);
    };
    ys.forEach((y, i) => setGrad(y, gradYs[i]!));

    const queue: Operation[] = [];
    const toSet = new Set<Operation>();
    for (const op of toOps) {
      if (count(op) === 0 && !toSet.has(op) && reachableTo.has(op)) {
        toSet.add(op);
        queue.push(op);
      }
    }
    // _StopOps: xs ops with no predecessor among the ops to differentiate, and the stop_gradients.
    const stop = new Set<Operation>(stopOps);
    for (const op of fromOps) if (!op.inputs.some((i) => count(i.op) > 0)) stop.add(op);

    while (queue.length > 0) {
      const op = queue.shift()!;
      const outGrads = aggregatedGrads(grads, op);
      const hasOutGrads = outGrads.some((g) => g !== null);
      let inGrads: (Tensor | null)[];
      const fn = hasOutGrads && !stop.has(op) ? gradientFunction(op) : null;
      if (fn !== null && hasOutGrads) {
        // control_flow_state.ZerosLikeOutsideLoop: a cond Switch's zeros come from the branch not taken.
        const full = outGrads.map((g, i) => (g === null && isTrainable(op.outputs[i]!.dtype)
          ? (op.type === "Switch" || op.type === "RefSwitch") && op._controlFlowContext instanceof CondContext
            ? switchZerosOutsideLoop(op, i) : zerosLike(op.outputs[i]!, null, null, false)
          : g));
        inGrads = withNameScope(op.name + "_grad", null, null, () => {
          let r = [...fn(op, full)];
          if (r.length !== op.inputs.length) {
            throw new TFError("ValueError", `Num gradients ${r.length} generated for op ${op.name} do not match num inputs ${op.inputs.length}`);
          }
          if (o.gateGradients === true && r.filter((g) => g !== null).length > 1) r = gateTuple(r);
          return r;
        });
      } else {
        inGrads = op.inputs.map(() => null);
      }
      op.inputs.forEach((tIn, i) => {
        const g = inGrads[i]!;
        if (g === null) return;
        if (tIn.dtype !== d.resource) {
          try {
            g.setShape(tIn.shape);
          } catch (e) {
            if (!(e instanceof TFError)) throw e;
            throw new TFError("ValueError",
              `Incompatible shapes between op input and calculated input gradient.  Forward operation: ${op.name}.  Input index: ${i}. ` +
              `Original input shape: ${shapeStr(tIn.shape)}.  Calculated input gradient shape: ${shapeStr(g.shape)}`);
          }
        }
        setGrad(tIn, g);
      });
      for (const x of op.inputs) {
        pending.set(x.op, count(x.op) - 1);
        if (count(x.op) === 0) queue.push(x.op);
      }
    }
    return xs.map((x) => {
      const l = grads.get(x.op);
      if (l === undefined) return o.unconnectedGradients === "zero" ? zerosLike(x) : null;
      const g = l[x.valueIndex]!;
      // Only reached when the x's own op was never visited: its gradients are still a list.
      return g.length === 0 ? null : g.length === 1 ? g[0]! : addNOp(g.filter((t): t is Tensor => t !== null));
    });
  });
}

/** A Switch or Merge of a `tf.cond` outside any while loop (a Merge's context is its first input's). */
function inCond(op: Operation): boolean {
  const ctx = op.type === "Merge" || op.type === "RefMerge" ? op.inputs[0]!.op._controlFlowContext : op._controlFlowContext;
  if (!(ctx instanceof CondContext)) return false;
  for (let c: unknown = ctx; c !== null && c !== undefined; c = (c as CondContext).outer) if (!(c instanceof CondContext)) return false;
  return true;
}

/** `_AggregatedGrads` with ADD_N: one AddN (`_MultiDeviceAddN` over one device) per tensor with several. */
function aggregatedGrads(grads: Map<Operation, (Tensor | null)[][]>, op: Operation): (Tensor | null)[] {
  const l = grads.get(op) ?? op.outputs.map(() => []);
  const out = l.map((gs) => {
    const present = gs.filter((g): g is Tensor => g !== null);
    if (gs.length === 0) return null;
    if (gs.length < 2) return gs[0]!;
    if (new Set(present.map((t) => t.device)).size > 1) throw new Unsupported("aggregating gradients from several devices");
    return addNOp(present);
  });
  // Later reads (the xs) see the aggregated value, as TF's list is replaced in place.
  grads.set(op, out.map((g) => (g === null ? [] : [g])));
  return out;
}

/** `_DefaultGradYs`: `Fill(Shape(y), grad_ys_<i>)` for a missing one, else `Identity` named `grad_ys_<i>`. */
function defaultGradYs(gradYs: readonly (OpInput | null)[], ys: readonly Tensor[]): Tensor[] {
  if (gradYs.length !== ys.length) throw new TFError("ValueError", `Passed ${gradYs.length} grad_ys for ${ys.length} ys`);
  const converted = gradYs.map((g) => (g === null ? null : convertToTensor(g, { name: "grad_y" })));
  return ys.map((y, i) => {
    const g = converted[i]!;
    if (g === null) {
      if (y.dtype.isComplex) throw new TFError("TypeError", `Gradients of complex tensors must set grad_ys (y.dtype = ${y.dtype.repr()})`);
      return fill(shape(y), constant(pyInt(1), y.dtype, null, `grad_ys_${i}`));
    }
    if ((y.dtype.isFloating || y.dtype.isInteger) && !g.dtype.isFloating && !g.dtype.isInteger) {
      throw new Unsupported("a non-numeric grad_ys for a real tensor (TF's TypeError shows the tensor)");
    }
    if (!y.dtype.isFloating && !y.dtype.isInteger) throw new Unsupported(`tf.gradients of a ${y.dtype.name} tensor`);
    return identity(g, `grad_ys_${i}`);
  });
}
