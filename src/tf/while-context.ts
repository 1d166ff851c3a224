/**
 * TF1 control flow's loop (control_flow_ops.py 1.15: `WhileContext` 1404-2300, its `_BuildLoop`
 * 2097-2220 and `BuildLoop` 2222-2262; `_Enter`/`exit`/`_NextIteration` 201-284; the shape invariant
 * checks 449-616). The loop variables enter the frame through `Enter`, meet their next values in a
 * `Merge`, the predicate becomes `LoopCond`, each variable goes through a `Switch` whose true side
 * (through an `Identity`) feeds the body and whose false side leaves through `Exit`; the body's results
 * go back to the Merges through `NextIteration`. Tensors from outside that the loop reads enter through
 * constant `Enter`s (`AddValue`). The Python side (`_tfwhile.py`) handles the nest structures.
 */
import { type ControlFlowContext, outputContext, removeExternalControlEdges } from "./cond-context.js";
import { bool, int32 } from "./dtypes.js";
import { fixedArg, opDef } from "./ops/op-def.js";
import { withRank } from "./ops/infer-context.js";
import { applyOp as applyDefOp } from "./ops/op-library.js";
import { Unsupported, tfError } from "./errors.js";
import { type Graph, setInputContextCheck, within } from "./graph.js";
import { M } from "./messages.js";
import { applyOp } from "./apply-op.js";
import { opServices } from "./services.js";
import type { Operation, Tensor } from "./tensor.js";
import { TensorShape, unknownShape } from "./shape.js";
import { shapeStr } from "./format.js";

/** control_flow_util.py `IsLoopConstantEnter`. */
export function isLoopConstantEnter(op: Operation): boolean {
  return (op.type === "Enter" || op.type === "RefEnter") && op.getAttr("is_constant") === true;
}

// _ShapeLessThanOrEqual (cf.py 449).
function shapeLessThanOrEqual(a: TensorShape, b: TensorShape): boolean {
  if (b.dims === null) return true;
  if (a.dims === null || a.dims.length !== b.dims.length) return false;
  return b.dims.every((d, i) => d.value === null || a.dims![i]!.value === d.value);
}

/** The callbacks the Python side gives: flat tensors in, a flat list of results out. */
export interface LoopFns {
  /** `pred(*packed_vars)`: the predicate (a tensor or convertible value). */
  cond(vars: readonly Tensor[]): unknown;
  /** `body(*packed_vars)` after the structure checks: the flat results. */
  body(vars: readonly Tensor[]): readonly unknown[];
}

export interface LoopOptions {
  parallelIterations: number;
  backProp: boolean;
  swapMemory: boolean;
  maximumIterations: Tensor | null;
  /** The flat shape invariants (each the loop variable's own shape unless given). */
  shapeInvariants: readonly TensorShape[];
}

export class WhileContext implements ControlFlowContext {
  readonly outer: ControlFlowContext | null;
  /** The frame name: `unique_name("while_context")` in the loop's name scope. */
  readonly name: string;
  values = new Set<string>();
  private readonly external = new Map<string, Tensor>();
  pivotForPred: Tensor | null = null;
  pivotForBody: Tensor | null = null;
  /** The LoopCond output. */
  pivot: Tensor | null = null;
  loopEnters: Tensor[] = [];
  loopExits: Tensor[] = [];
  /** The loop Merge ops, in loop-variable order (their input 1 is the NextIteration). */
  merges: Operation[] = [];

  constructor(private readonly g: Graph, readonly options: LoopOptions) {
    this.outer = g.controlFlowContext as ControlFlowContext | null;
    this.name = g.uniqueName("while_context");
    setInputContextCheck(checkInputsFromValidContext);
  }

  isCond(): boolean {
    return false;
  }
  whileContext(): WhileContext {
    return this;
  }
  controlPivot(): Tensor | null {
    return this.pivotForBody ?? this.pivotForPred;
  }
  addName(name: string): void {
    this.values.add(name);
  }

  /** cf.py 1637-1691. */
  addValue(val: Tensor): Tensor {
    let result = val;
    if (!this.values.has(val.name) && val.op._controlFlowContext !== this) {
      this.values.add(val.name);
      if (this.outer !== null) result = this.outer.addValue(val);
      const outer = this.outer;
      const inner = result;
      const enter = within(this.g.controlDependencies(null), () => {
        const e = enterOp(this.g, inner, this.name, true, this.options.parallelIterations, true);
        this.g.preventFeeding(e);
        if (outer !== null) outer.addInnerOp(e.op);
        return e;
      });
      this.fixControlInputsAndContext([enter]);
      this.values.add(enter.name);
      this.external.set(val.name, enter);
      result = enter;
    } else {
      const actual = this.external.get(val.name);
      if (actual !== undefined) result = actual;
    }
    return result;
  }

  /** cf.py 1693-1765 (`AddOp` and `_AddOpInternal`; the gradient-context branch never applies here). */
  addOp(op: Operation): void {
    let external: Operation[];
    if (op.inputs.length === 0) {
      const [internal, ext] = removeExternalControlEdges(this, op);
      external = ext;
      if (internal.length === 0) op._addControlInput(this.controlPivot()!.op);
    } else {
      op.inputs.forEach((x, i) => {
        const real = this.addValue(x);
        if (real !== x) op._updateInput(i, real);
      });
      external = removeExternalControlEdges(this, op)[1];
      // _MaybeAddControlDependency: an op reading only loop invariants waits for the pivot.
      if (op.controlInputs.length === 0 && op.inputs.every((x) => isLoopConstantEnter(x.op))) {
        op._addControlInput(this.controlPivot()!.op);
      }
    }
    for (const x of op.outputs) this.values.add(x.name);
    if (external.length > 0) {
      // An identity inside the loop pulls each outside control input in as data (ops without
      // outputs are dropped, as TF drops them).
      const ids = within(this.g.controlDependencies(null), () => {
        this.enter();
        try {
          return external.filter((x) => x.outputs.length > 0).map((x) => identity(this.g, x.outputs[0]!).op);
        } finally {
          this.exit();
        }
      });
      for (const id of ids) op._addControlInput(id);
    }
    if (this.outer !== null || !isLoopExit(op)) {
      this.g.preventFetching(op);
      for (const x of op.outputs) this.g.preventFeeding(x);
    }
    if (this.outer !== null) this.outer.addInnerOp(op);
  }

  addInnerOp(op: Operation): void {
    if (this.outer !== null) this.outer.addInnerOp(op);
  }

  enter(): void {
    this.g.controlFlowContext = this;
  }
  exit(): void {
    this.g.controlFlowContext = this.outer;
  }

  // cf.py 2264-2294.
  private fixControlInputsAndContext(enters: readonly Tensor[]): void {
    for (const x of enters) {
      const inp = x.op.inputs[0]!.op;
      const outerWhile = this.outer === null ? null : this.outer.whileContext();
      const keep = this.g.controlDependenciesForInputs([inp]).filter((op) => {
        const opCtx = outputContext(op);
        for (let c = this.outer; c !== opCtx; c = c.outer) {
          if (c === null || c === outerWhile) return false;
        }
        return true;
      });
      x.op._controlFlowContext = this;
      for (const k of keep) x.op._addControlInput(k);
      this.g.recordOpSeenByControlDependencies(x.op);
    }
  }

  /**
   * `BuildLoop`/`_BuildLoop` over flat, converted loop variables; returns the Exit tensors. `fns.body`
   * gets the Identity outputs and returns the flat body results.
   */
  buildLoop(loopVars: readonly Tensor[], fns: LoopFns): Tensor[] {
    this.enter();
    try {
      return this.build(loopVars, fns);
    } finally {
      this.exit();
    }
  }

  private build(loopVars: readonly Tensor[], fns: LoopFns): Tensor[] {
    const g = this.g;
    this.values = new Set(loopVars.map((x) => x.name));
    const realVars = this.outer === null ? loopVars : loopVars.map((x) => this.outer!.addValue(x));
    const outer = this.outer;
    const enterVars = within(g.controlDependencies(null), () => realVars.map((x) => {
      const e = enterOp(g, x, this.name, false, this.options.parallelIterations, false);
      g.preventFeeding(e);
      if (outer !== null) outer.addInnerOp(e.op);
      return e;
    }));
    let controlPivot: Tensor | null = null;
    for (let c = this.outer; c !== null && controlPivot === null; c = c.outer) controlPivot = c.controlPivot();
    if (controlPivot !== null) {
      for (const v of enterVars) if (isLoopConstantEnter(v.op.inputs[0]!.op)) v.op._addControlInput(controlPivot.op);
    }
    // _SetShapeInvariants.
    realVars.forEach((inp, i) => {
      const shape = this.options.shapeInvariants[i]!;
      if (!shapeLessThanOrEqual(inp.shape, shape)) {
        throw tfError(M.whileInvariantInitial, inp.name, shapeStr(inp.shape), shapeStr(shape));
      }
      enterVars[i]!.setShape(shape);
    });
    this.fixControlInputsAndContext(enterVars);
    this.values = new Set(enterVars.map((x) => x.name));
    this.loopEnters = enterVars;

    const mergeVars = enterVars.map((x) => merge(g, [x, x]));
    this.merges = mergeVars.map((m) => m.op);
    this.pivotForPred = mergeVars[0]!;
    const c = opServices().convertToTensor(fns.cond(mergeVars), null, null);
    this.pivot = loopCond(c);
    const switchVars = mergeVars.map((x) => switchOp(g, x, this.pivot!));
    const varsForBody = switchVars.map((s) => loopIdentity(g, s[1]));
    this.pivotForBody = varsForBody[0]!;
    const result = fns.body(varsForBody).map((v) => opServices().convertToTensor(v, null, null));
    if (mergeVars.length !== result.length) throw tfError(M.whileBodyCount, mergeVars.length, result.length);
    mergeVars.forEach((m, i) => {
      const v = result[i]!;
      if (v.dtype.baseDtype !== m.dtype.baseDtype) {
        // UpdateEdge (python_api.cc 58) accepts it; the graph fails later, in a message not modelled.
        throw new Unsupported(`a tf.while_loop body returning ${v.dtype.baseDtype.name} for a ${m.dtype.baseDtype.name} loop variable`);
      }
      const next = nextIteration(g, v);
      // _EnforceShapeInvariant (cf.py 562).
      if (!shapeLessThanOrEqual(next.shape, m.shape)) {
        const input = m.op.inputs[0]!.op.inputs[0]!;
        throw tfError(M.whileShapeChanged, input.name, shapeStr(input.shape), shapeStr(next.shape));
      }
      m.op._updateInput(1, next);
    });
    const exits = switchVars.map((s) => exitOp(g, s[0]));
    this.loopExits = exits;
    if (this.outer !== null) for (const x of exits) this.outer.addName(x.name);
    return exits;
  }
}

/** control_flow_util.py `IsLoopExit`. */
export function isLoopExit(op: Operation): boolean {
  return op.type === "Exit" || op.type === "RefExit";
}

// ---- the ops (gen_control_flow_ops; shapes from control_flow_ops.cc) ----

function enterOp(g: Graph, data: Tensor, frame: string, isConstant: boolean, parallel: number, useInputShape: boolean): Tensor {
  const ref = data.dtype.isRef;
  const shape = isConstant || ref || useInputShape ? data.shape : unknownShape();
  return applyOp(g, ref ? "RefEnter" : "Enter", null, () => ({
    inputs: [data],
    attrs: { T: data.dtype.baseDtype, frame_name: frame, is_constant: isConstant, parallel_iterations: parallel },
    dtypes: [data.dtype], shapes: [shape],
  })).outputs[0]!;
}

function exitOp(g: Graph, data: Tensor): Tensor {
  return applyOp(g, data.dtype.isRef ? "RefExit" : "Exit", null, () => ({
    inputs: [data], attrs: { T: data.dtype.baseDtype }, dtypes: [data.dtype], shapes: [data.shape],
  })).outputs[0]!;
}

function nextIteration(g: Graph, data: Tensor): Tensor {
  return applyOp(g, data.dtype.isRef ? "RefNextIteration" : "NextIteration", null, () => ({
    inputs: [data], attrs: { T: data.dtype.baseDtype }, dtypes: [data.dtype], shapes: [data.shape],
  })).outputs[0]!;
}

// control_flow_ops.cc 226: a bool input of rank 0 (op_def_library and the shape function say why not).
const LOOP_COND = opDef("LoopCond", [fixedArg("input", bool)], [{ name: "output", type: bool }], [], (c) => [withRank(c.inputs[0]!, 0)]);

function loopCond(c: Tensor): Tensor {
  return applyDefOp(LOOP_COND, "LoopCond", { input: c }).outputs[0]!;
}

// switch (cf.py 286): `name_scope(name, "Switch")`, colocated with the data (`_SwitchRefOrTensor`).
function switchOp(g: Graph, data: Tensor, pred: Tensor): [Tensor, Tensor] {
  const op = within(g.colocateWith(data.op, true), () => within(g.nameScope("Switch"), (scope) =>
    applyOp(g, data.dtype.isRef ? "RefSwitch" : "Switch", scope, () => ({
      inputs: [data, pred], attrs: { T: data.dtype.baseDtype }, dtypes: [data.dtype, data.dtype], shapes: [data.shape, data.shape],
    }))));
  return [op.outputs[0]!, op.outputs[1]!];
}

// array_ops.identity: a ref input is read (the output has the base dtype).
function identity(g: Graph, t: Tensor): Tensor {
  const dt = t.dtype.baseDtype;
  return applyOp(g, "Identity", null, () => ({ inputs: [t], attrs: { T: dt }, dtypes: [dt], shapes: [t.shape] })).outputs[0]!;
}

// cf.py 179 `_Identity`: RefIdentity keeps a ref loop variable a ref.
function loopIdentity(g: Graph, t: Tensor): Tensor {
  if (!t.dtype.isRef) return identity(g, t);
  return applyOp(g, "RefIdentity", null, () => ({ inputs: [t], attrs: { T: t.dtype.baseDtype }, dtypes: [t.dtype], shapes: [t.shape] })).outputs[0]!;
}

// merge([x, x]) (cf.py 365): both inputs the Enter until the back edge replaces input 1; the output
// keeps the Enter's shape (UpdateEdge does not rerun shape inference).
function merge(g: Graph, inputs: Tensor[]): Tensor {
  const allRef = inputs.every((t) => t.dtype.isRef);
  const dt = allRef ? inputs[0]!.dtype : inputs[0]!.dtype.baseDtype;
  return within(g.nameScope("Merge"), (scope) => applyOp(g, allRef ? "RefMerge" : "Merge", scope, () => ({
    inputs, attrs: { T: dt.baseDtype, N: inputs.length }, dtypes: [dt, int32], shapes: [inputs[0]!.shape, new TensorShape([])],
  }))).outputs[0]!;
}


// control_flow_util.py 266-363 `CheckInputFromValidContext` (the gradient-loop cases never arise here).
function checkInputsFromValidContext(op: Operation): void {
  const inputs = op.inputs;
  for (let i = 0; i < inputs.length; i++) {
    const inputOp = inputs[i]!.op;
    const inputCtx = outputContext(inputOp);
    if (inputCtx === null) continue;
    const opCtx = op._controlFlowContext as ControlFlowContext | null;
    if (opCtx === inputCtx) continue;
    const whileCtx = opCtx === null ? null : opCtx.whileContext();
    const inputWhile = inputCtx.whileContext();
    let valid = false;
    if (whileCtx === null) {
      valid = inputWhile === null || op.type === "Enter" || op.type === "RefEnter" || op.type === "Switch" || op.type === "RefSwitch";
    } else {
      for (let c: ControlFlowContext | null = whileCtx; ; c = c.outer) {
        if (c === inputWhile) { valid = true; break; }
        if (c === null) break;
      }
    }
    if (!valid) throw tfError(whileCtx !== null ? M.whileInputOtherLoop : M.whileInputInLoop, inputOp.name, op.name);
  }
}
