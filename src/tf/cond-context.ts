/**
 * TF1 control flow's conditional (control_flow_ops.py 1.15: `cond` 1096-1280, `CondContext` 832-1050,
 * `switch`/`_SwitchRefOrTensor`/`merge` 286-401): the predicate through `Switch`, one CondContext per
 * branch that reroutes every outside tensor a branch op reads through a `Switch` of its own (named
 * `<op scope>/Switch`), a control edge from the pivot to input-less branch ops, and a `Merge` per output.
 * TF 1.15 builds this v1 form unless control flow v2 is enabled, which it is not by default.
 */
import { getDefaultGraph } from "./context.js";
import { int32 } from "./dtypes.js";
import { Unsupported, tfError } from "./errors.js";
import { type Graph, within } from "./graph.js";
import { M } from "./messages.js";
import { nameScope } from "./name-scope.js";
import { opServices } from "./services.js";
import { applyOp } from "./apply-op.js";
import { Operation, Tensor } from "./tensor.js";
import { TensorShape, unknownShape } from "./shape.js";

/** What every control flow context answers (ops.py `_control_flow_context`). */
export interface ControlFlowContext {
  readonly outer: ControlFlowContext | null;
  /** `_values`: the names of the tensors seen in the context. */
  readonly values: Set<string>;
  /** `AddOp`: called once an op made inside the context has its inputs. */
  addOp(op: Operation): void;
  /** `AddValue`: the tensor to use inside the context for `t`. */
  addValue(t: Tensor): Tensor;
  /** `AddInnerOp`: an op of an inner context. */
  addInnerOp(op: Operation): void;
  isCond(): boolean;
  /** `GetWhileContext`: the innermost enclosing while loop (itself for a loop), or null. */
  whileContext(): WhileLike | null;
  /** `GetControlPivot`. */
  controlPivot(): Tensor | null;
  /** `AddName`. */
  addName(name: string): void;
}

/** A while loop as the cond context sees it (while-context.ts). */
export interface WhileLike extends ControlFlowContext {
  readonly name: string;
}

/** control_flow_util.py `GetOutputContext`: an Exit's output lives in the loop's outer context. */
export function outputContext(op: Operation): ControlFlowContext | null {
  const ctx = op._controlFlowContext as ControlFlowContext | null;
  if (ctx !== null && (op.type === "Exit" || op.type === "RefExit")) return ctx.outer;
  return ctx;
}

/** control_flow_util.py `OpInContext`: the op's context is `ctx` or nested inside it. */
export function opInContext(op: Operation, ctx: ControlFlowContext): boolean {
  for (let c = op._controlFlowContext as ControlFlowContext | null; c !== null; c = c.outer) if (c === ctx) return true;
  return false;
}

/** cf.py 763-784 `_RemoveExternalControlEdges`: keeps the control inputs from `ctx`'s while loop. */
export function removeExternalControlEdges(ctx: ControlFlowContext, op: Operation): [Operation[], Operation[]] {
  const whileCtx = ctx.whileContext();
  const all = op.controlInputs;
  if (whileCtx === null) return [[...all], []];
  const internal = all.filter((x) => {
    const c = outputContext(x);
    return c !== null && c.whileContext() === whileCtx;
  });
  if (internal.length === all.length) return [internal, []];
  const external = all.filter((x) => !internal.includes(x));
  op._setControlInputs(internal);
  return [internal, external];
}

// `_SwitchRefOrTensor`: RefSwitch for a ref tensor, else Switch, colocated with the data alone.
export function switchRefOrTensor(g: Graph, data: Tensor, pred: Tensor, name = "Switch"): [Tensor, Tensor] {
  const op = within(g.colocateWith(data.op, true), () =>
    applyOp(g, data.dtype.isRef ? "RefSwitch" : "Switch", name, () => ({
      inputs: [data, pred], attrs: { T: data.dtype.baseDtype }, dtypes: [data.dtype, data.dtype], shapes: [data.shape, data.shape],
    })));
  return [op.outputs[0]!, op.outputs[1]!];
}

// array_ops.identity (a ref input gives its base dtype).
function identity(g: Graph, t: Tensor, name: string): Tensor {
  const base = t.dtype.baseDtype;
  return applyOp(g, "Identity", name, () => ({ inputs: [t], attrs: { T: base }, dtypes: [base], shapes: [t.shape] })).outputs[0]!;
}

/** One branch of a `cond`. */
export class CondContext implements ControlFlowContext {
  readonly outer: ControlFlowContext | null;
  readonly values = new Set<string>();
  private readonly external = new Map<string, Tensor>();

  constructor(private readonly g: Graph, readonly pred: Tensor, readonly pivot: Tensor, readonly branch: 0 | 1) {
    this.outer = g.controlFlowContext as ControlFlowContext | null;
    // cf.py 860-866: the predicate is seen (and external); the pivot belongs to the branch.
    this.values.add(pred.name);
    this.external.set(pred.name, pred);
    this.values.add(pivot.name);
    pivot.op._controlFlowContext = this;
  }

  isCond(): boolean {
    return true;
  }
  whileContext(): WhileLike | null {
    return this.outer === null ? null : this.outer.whileContext();
  }
  controlPivot(): Tensor {
    return this.pivot;
  }
  addName(name: string): void {
    this.values.add(name);
  }

  /** cf.py 935-972. */
  addValue(val: Tensor): Tensor {
    if (this.values.has(val.name)) return this.external.get(val.name) ?? val;
    let result = val;
    this.values.add(val.name);
    if (this.outer !== null) {
      result = this.outer.addValue(val);
      this.values.add(result.name);
      this.external.set(result.name, result);
    }
    const outer = this.outer;
    result = within(this.g.controlDependencies(null), () => {
      const r = switchRefOrTensor(this.g, result, this.pred)[this.branch];
      if (outer !== null) outer.addInnerOp(r.op);
      return r;
    });
    this.g.preventFetching(result.op);
    result.op._controlFlowContext = this;
    for (let c: ControlFlowContext | null = this; c !== null; c = c.outer) c.values.add(result.name);
    this.external.set(val.name, result);
    return result;
  }

  /** cf.py 974-1022 `_AddOpInternal`. */
  addOp(op: Operation): void {
    if (op.inputs.length === 0) {
      removeExternalControlEdges(this, op);
      if (!op.controlInputs.some((c) => opInContext(c, this))) op._addControlInput(this.pivot.op);
    } else {
      op.inputs.forEach((x, i) => {
        // cf.py 993: a while loop's Merge keeps its NextIteration input (the loop's own back edge).
        const real = op.type === "Merge" && x.op.type === "NextIteration" ? x : this.addValue(x);
        if (real !== x) op._updateInput(i, real);
      });
      removeExternalControlEdges(this, op);
    }
    for (let c: ControlFlowContext | null = this; c !== null; c = c.outer) for (const t of op.outputs) c.values.add(t.name);
    // cf.py 1025: ops inside a branch cannot be fetched (a loop's top-level Exit can).
    if (this.outer !== null || (op.type !== "Exit" && op.type !== "RefExit")) this.g.preventFetching(op);
    if (this.outer !== null) this.outer.addInnerOp(op);
  }

  addInnerOp(op: Operation): void {
    if (this.outer !== null) this.outer.addInnerOp(op);
  }

  /** cf.py 1024-1041 `_ProcessOutputTensor`: a branch result from outside gets its own Switch. */
  processOutput(val: Tensor): Tensor {
    if (!this.values.has(val.name)) {
      this.values.add(val.name);
      let real = val;
      if (this.outer !== null) {
        real = this.outer.addValue(val);
        this.values.add(real.name);
        this.external.set(real.name, real);
      }
      real = switchRefOrTensor(this.g, real, this.pred)[this.branch];
      this.external.set(val.name, real);
      return real;
    }
    return this.external.get(val.name) ?? val;
  }

  /** `Enter`/`Exit`: the graph's current context while the branch is built. */
  enter(): void {
    this.g.controlFlowContext = this;
  }
  exit(): void {
    this.g.controlFlowContext = this.outer;
  }
}

/** A branch function: the flat list of its results (tensors or convertible values), or null for None. */
export type BranchFn = () => readonly unknown[] | null;

/**
 * `tf.cond` (v1) after the Python-level argument checks: builds both branches and returns one Merge
 * output per result. `check` runs between the branches and the merges (the structure checks).
 */
export function cond(pred: unknown, trueFn: BranchFn, falseFn: BranchFn, name: string | null, check: () => void = () => {}): Tensor[] {
  const g = getDefaultGraph();
  const ns = nameScope(name, "cond", [pred]);
  ns.enter();
  try {
    const p = opServices().convertToTensor(pred, null, "pred");
    const sw = within(g.nameScope("Switch"), (scope) => applyOp(g, "Switch", scope, () => ({
      inputs: [p, p], attrs: { T: p.dtype.baseDtype }, dtypes: [p.dtype, p.dtype], shapes: [p.shape, p.shape],
    })));
    const [p2, p1] = [sw.outputs[0]!, sw.outputs[1]!];
    const pivot1 = identity(g, p1, "switch_t");
    const pivot2 = identity(g, p2, "switch_f");
    const predId = identity(g, p, "pred_id");
    const results: Tensor[][] = [];
    for (const [fn, pivot, branch, which] of [[trueFn, pivot1, 1, "true_fn"], [falseFn, pivot2, 0, "false_fn"]] as const) {
      const ctx = new CondContext(g, predId, pivot, branch);
      ctx.enter();
      try {
        const out = fn();
        if (out === null) throw tfError(M.condNoReturn, which);
        results.push(out.map((v) => {
          if (v instanceof Operation) {
            throw new Unsupported("a tf.cond branch returning an Operation (with_dependencies on the pivot)");
          }
          return ctx.processOutput(opServices().convertToTensor(v, null, null));
        }));
        // cf.py 749 `ExitResult`: the branch results are known to the enclosing context (a loop's Merge
        // then reads them without an Enter).
        if (ctx.outer !== null) for (const t of results[results.length - 1]!) ctx.outer.addName(t.name);
      } finally {
        ctx.exit();
      }
    }
    check();
    const [resT, resF] = results as [Tensor[], Tensor[]];
    if (resT.length === 0) throw tfError(M.condNoResults);
    resT.forEach((x, i) => {
      const y = resF[i]!;
      if (x.dtype.baseDtype !== y.dtype.baseDtype) throw tfError(M.condOutputTypes, x.dtype.name, y.dtype.name);
    });
    return resT.map((t, i) => merge(g, [resF[i]!, t]));
  } finally {
    ns.exit();
  }
}

// cf.py 365-401 `merge`: Merge (RefMerge when every input is a ref), output 0.
export function merge(g: Graph, inputs: Tensor[], name = "Merge"): Tensor {
  const allRef = inputs.every((t) => t.dtype.isRef);
  const dt = allRef ? inputs[0]!.dtype : inputs[0]!.dtype.baseDtype;
  return within(g.nameScope(name), (scope) => applyOp(g, allRef ? "RefMerge" : "Merge", scope, () => ({
    inputs, attrs: { T: dt.baseDtype, N: inputs.length }, dtypes: [dt, int32], shapes: [mergeShape(inputs), new TensorShape([])],
  }))).outputs[0]!;
}

// control_flow_ops.cc MergeShape: the first input's shape, with every dimension the inputs disagree on
// unknown; unknown altogether when a rank is unknown or the ranks differ.
function mergeShape(inputs: readonly Tensor[]): TensorShape {
  const first = inputs[0]!.shape.dims;
  if (first === null) return unknownShape();
  const out = first.map((d) => d.value);
  for (const t of inputs.slice(1)) {
    const dims = t.shape.dims;
    if (dims === null || dims.length !== out.length) return unknownShape();
    dims.forEach((d, i) => {
      if (d.value !== out[i]) out[i] = null;
    });
  }
  return new TensorShape(out);
}
