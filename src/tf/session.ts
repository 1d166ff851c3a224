/**
 * `tf.Session` (tensorflow/python/client/session.py) over an in-process executor: runs the part of
 * the graph the fetches need, with per-session variable state, feeds, TF's runtime errors, and a
 * flag telling callers when fetched values depend on random ops (whose digits cannot match TF's).
 */
import { NDArray } from "../numpy/ndarray.js";
import { currentProfile, getDefaultGraph } from "./context.js";
import { EagerTensor, eagerAttributeError } from "./eager/eager-tensor.js";
import { TFError, Unsupported } from "./errors.js";
import { operationRepr, operationStr, shapeStr, tensorRepr, tensorStr, variableRepr } from "./format.js";
import type { Graph } from "./graph.js";
import type { GraphElementSource } from "./inputs.js";
import "./kernels/index.js";
import { type KernelResult, type SessionState, kernelFor } from "./kernels/registry.js";
import { DEAD, INEXACT, RANDOM, type Taint, type Value, isHandle, isRef } from "./kernels/values.js";
import { isFloat } from "../numpy/dtype.js";
import { MAX_ELEMENTS, NumpyError, SizeLimit, sizeLimitFeature } from "../numpy/errors.js";
import { OpError, type SiteOf, attachNode, toOpError } from "./session-errors.js";
import { Operation, Tensor } from "./tensor.js";
import { Variable } from "./variables.js";
import type { ControlFlowContext } from "./cond-context.js";
import { type WhileContext, isLoopExit } from "./while-context.js";

/** What `Session.run` accepts as one fetch. */
export type FetchLeaf = Tensor | Operation | GraphElementSource;
/** A fetch structure: arrays stand for lists/tuples, Maps for dicts; results mirror it. */
export type Fetches = FetchLeaf | readonly Fetches[] | ReadonlyMap<unknown, Fetches>;
/** A fetched value: an array for a tensor, null (Python None) for an operation. */
export type FetchResult = NDArray | null | FetchResult[] | Map<unknown, FetchResult>;

export interface SessionOptions {
  graph?: Graph;
  /** The Python class, for messages that name it. */
  className?: "Session" | "InteractiveSession";
  /** Where an op was defined (`file:line`), for the `(defined at …)` part of runtime errors. */
  siteOf?: SiteOf;
}

/** A value computed during one run, with its taint. */
interface Computed { value: Value; taint: Taint }

export class Session {
  readonly graph: Graph;
  readonly className: "Session" | "InteractiveSession";
  private closedFlag = false;
  private readonly closeHooks: (() => void)[] = [];
  private readonly siteOf: SiteOf;
  private readonly state: SessionState = { slots: new Map(), resources: new Map(), generators: new Map(), counters: new Map() };
  /** True once any fetched value has depended on a random op: its digits are not TF's. */
  nondeterministic = false;
  /**
   * True once any fetched float value went through math whose last bits may differ from TF's
   * (transcendental functions, matrix products): compare its digits loosely.
   */
  inexact = false;
  /** How many fetched values came from approximate kernels: a snippet that fetched one prints inexact floats. */
  inexactFetches = 0;

  constructor(options: SessionOptions = {}) {
    this.graph = options.graph ?? getDefaultGraph();
    this.className = options.className ?? "Session";
    this.siteOf = options.siteOf ?? (() => null);
  }

  get closed(): boolean {
    return this.closedFlag;
  }

  /** `sess.close()`; runs the close hooks once (InteractiveSession leaves the default stack). */
  close(): void {
    this.closedFlag = true;
    const hooks = this.closeHooks.splice(0);
    for (const h of hooks) h();
  }

  /** Registers `hook` to run on the first `close()`. */
  onClose(hook: () => void): void {
    this.closeHooks.push(hook);
  }

  /**
   * `sess.run(fetches, feed_dict)`. Feed values must already be arrays of the fed tensor's dtype
   * (session.py converts with `np.asarray(value, dtype=tensor.dtype.as_numpy_dtype)`).
   */
  run(fetches: Fetches, feeds: ReadonlyMap<Tensor, NDArray> = new Map()): FetchResult {
    const leaves: FetchLeaf[] = [];
    collectLeaves(fetches, leaves);
    const values = this.runFlat(leaves, feeds);
    let i = 0;
    const rebuild = (f: Fetches): FetchResult => {
      if (Array.isArray(f)) return f.map(rebuild);
      if (f instanceof Map) return new Map([...f].map(([k, v]) => [k, rebuild(v)]));
      return values[i++];
    };
    return rebuild(fetches);
  }

  /**
   * Runs a flat list of fetches; one result per fetch (null for operations). `opaque`: the engine's own
   * callers (a one-shot iterator's dataset factory) may fetch a resource or variant value as it is.
   */
  runFlat(fetches: readonly FetchLeaf[], feeds: ReadonlyMap<Tensor, NDArray> = new Map(), opaque = false): (NDArray | null)[] {
    if (this.closedFlag) throw new TFError("RuntimeError", "Attempted to use a closed Session.");
    if (this.graph.version === 0) {
      // session.py words it with two spaces after "empty." in 1.15, one in 2.10.
      const gap = tf2() ? " " : "  ";
      throw new TFError("RuntimeError", `The Session graph is empty.${gap}Add operations to the graph before calling run().`);
    }
    for (const [t, v] of feeds) checkFeed(t, v, this.graph);
    const elements = fetches.map((f) => resolve(f, this.graph));
    for (const e of elements) {
      const op = e instanceof Operation ? e : e.op;
      // session.py 498 `_assert_fetchable`: an op inside a tf.cond branch or a tf.while_loop body.
      if (!this.graph.isFetchable(op)) throw new TFError("InaccessibleTensorError", `Operation '${op.name}' has been marked as not fetchable. Typically this happens when it is defined in another function or code block. Use return values,explicit Python locals or TensorFlow collections to access it.`);
    }
    const tensorFetches: Tensor[] = [];
    for (const e of elements) {
      if (e instanceof Tensor && !feeds.has(e) && !tensorFetches.includes(e)) tensorFetches.push(e);
    }
    const run = new Run(this.state, feeds, elements);
    const out = new Map<Tensor, Computed>();
    try {
      // DirectSession runs targets and fetches in one step; we evaluate them in fetch order.
      for (const e of elements) {
        if (e instanceof Operation) run.op(e);
        else if (!feeds.has(e)) out.set(e, run.fetch(e, tensorFetches.indexOf(e)));
      }
    } catch (err) {
      if (err instanceof TFError && !(err instanceof OpError)) throw toOpError(err, this.graph, this.siteOf);
      throw err;
    }
    return elements.map((e) => {
      if (e instanceof Operation) return null;
      const fed = feeds.get(e);
      if (fed !== undefined) return fed;
      const c = out.get(e)!;
      // A resource handle or a DT_VARIANT dataset reaches Python as TF's own encodings: not modelled.
      if (!opaque && !(c.value instanceof NDArray)) throw new Unsupported(`fetching the ${e.dtype.name} tensor ${e.name} with Session.run`);
      if (c.taint & RANDOM) this.nondeterministic = true;
      if (c.taint & INEXACT) {
        this.inexact = true;
        this.inexactFetches++;
      }
      return c.value as NDArray;
    });
  }
}

function collectLeaves(f: Fetches, out: FetchLeaf[]): void {
  if (Array.isArray(f)) for (const x of f) collectLeaves(x, out);
  else if (f instanceof Map) for (const x of f.values()) collectLeaves(x, out);
  else out.push(f as FetchLeaf);
}

/** `Graph.as_graph_element`'s complaint about an element of another graph. */
function foreignElement(el: Tensor | Operation): string {
  return el instanceof Tensor
    ? `Tensor ${tensorStr(el)} is not an element of this graph.`
    : `Operation ${operationStr(el)} is not an element of this graph.`;
}

/** session.py `_ElementFetchMapper`: the fetch's graph element, which must live in the session's graph. */
function resolve(leaf: FetchLeaf, graph: Graph): Tensor | Operation {
  // as_graph_element reads `obj.graph`, which an EagerTensor refuses (an AttributeError session.py
  // does not catch).
  if (leaf instanceof EagerTensor) throw eagerAttributeError("graph");
  // An eager variable's `_as_graph_element()` is None; TF's resulting TypeError quotes its str().
  if ((leaf as { kind?: unknown }).kind === "eager") throw new Unsupported("fetching an eager variable with Session.run");
  const el = leaf instanceof Tensor || leaf instanceof Operation ? leaf : leaf.asGraphElement();
  if (el.graph !== graph) {
    // 2.10 formats the fetch with str() in a reworded message (session.py 311).
    const why = foreignElement(el);
    throw new TFError("ValueError", tf2()
      ? `Argument \`fetch\` = ${fetchStr(leaf)} cannot be interpreted as a Tensor. (${why})`
      : `Fetch argument ${fetchRepr(leaf)} cannot be interpreted as a Tensor. (${why})`);
  }
  return el;
}

function fetchStr(leaf: FetchLeaf): string {
  if (leaf instanceof Tensor) return tensorStr(leaf);
  if (leaf instanceof Operation) return operationStr(leaf);
  return fetchRepr(leaf);
}

function tf2(): boolean {
  return currentProfile() === "2";
}

function fetchRepr(leaf: FetchLeaf): string {
  if (leaf instanceof Tensor) return tensorRepr(leaf);
  if (leaf instanceof Operation) return operationRepr(leaf);
  if (leaf instanceof Variable) return variableRepr(leaf);
  throw new Unsupported("the repr of this fetch argument");
}

function pyTuple(dims: readonly number[]): string {
  return dims.length === 1 ? `(${dims[0]},)` : `(${dims.join(", ")})`;
}

/** session.py's feed checks, before anything runs. */
function checkFeed(t: Tensor, v: NDArray, graph: Graph): void {
  // as_graph_element's failure, whatever it is, becomes this TypeError (session.py 1130-1136).
  if (t instanceof EagerTensor) throw new TFError("TypeError", `Cannot interpret feed_dict key as Tensor: ${eagerAttributeError("graph").message}`);
  if (t.graph !== graph) throw new TFError("TypeError", `Cannot interpret feed_dict key as Tensor: ${foreignElement(t)}`);
  const dims = t.shape.dims;
  const ok = dims === null || (dims.length === v.ndim && dims.every((d, i) => d.value === null || d.value === v.shape[i]));
  if (!ok) {
    // 1.15 formats the name and shape with %r, 2.10 (session.py 1166) with an f-string.
    const [name, shape] = tf2() ? [t.name, shapeStr(t.shape)] : [`'${t.name}'`, `'${shapeStr(t.shape)}'`];
    throw new TFError("ValueError", `Cannot feed value of shape ${pyTuple(v.shape)} for Tensor ${name}, which has shape ${shape}`);
  }
  // session.py 1157: a tensor a control flow context made (an Enter, an op inside a loop body).
  if (!graph.isFeedable(t)) throw new TFError("ValueError", `Tensor ${tensorStr(t)} may not be fed.`);
}

/** NodeDef input spelling of a tensor: `op` for output 0, `op:i` otherwise. */
function inputName(t: Tensor): string {
  return t.valueIndex === 0 ? t.op.name : `${t.op.name}:${t.valueIndex}`;
}

/** One `run` call: memoised op outputs over the pruned graph, one memo per loop frame and iteration. */
class Run {
  private readonly root: Frame = { ctx: null, parent: null, memo: new Map(), merges: null };
  private pruned: Set<Operation> | null = null;

  constructor(
    private readonly state: SessionState,
    private readonly feeds: ReadonlyMap<Tensor, NDArray>,
    private readonly roots: readonly (Tensor | Operation)[],
  ) {}

  /** A fetched tensor through its `_retval_<op>_<out>_<index>` node, which dereferences refs. */
  fetch(t: Tensor, retvalIndex: number): Computed {
    const c = this.tensor(t, this.root);
    return this.deref(c, t, `_retval_${t.op.name}_${t.valueIndex}_${retvalIndex}`, false);
  }

  tensor(t: Tensor, from: Frame): Computed {
    const fed = this.feeds.get(t);
    if (fed !== undefined) return { value: fed, taint: 0 };
    return this.op(t.op, from)[t.valueIndex];
  }

  /** A ref input read as a value; the executor rejects uninitialized refs (executor.cc PrepareInputs). */
  private deref(c: Computed, t: Tensor, nodeName: string, allowUninitialized: boolean): Computed {
    if (c.value === DEAD || !isRef(c.value)) return c;
    const slot = c.value.slot;
    if (slot.value === null) {
      if (allowUninitialized) return c;
      throw attachNode(new TFError("FailedPreconditionError", `Attempting to use uninitialized value ${inputName(t)}`), nodeName);
    }
    const alias = c.value.alias;
    if (alias !== undefined && alias.size !== slot.value.size) {
      throw new Unsupported(`reading a variable's snapshot after an assignment changed its size (TF's snapshot keeps the old buffer), at ${nodeName}`);
    }
    return { value: slot.value, taint: slot.taint };
  }

  op(op: Operation, from: Frame = this.root): Computed[] {
    const frame = op._controlFlowContext === null ? this.root : frameOf(op, from);
    const memo = frame.memo.get(op);
    if (memo !== undefined) return memo;
    if (frame.merges !== null && frame.merges.has(op)) {
      // A loop Merge: this iteration's value, from the Enter (iteration 0) or the last NextIteration.
      const c = frame.merges.get(op)!;
      const result = [c, { value: scalarIndex(frame.iteration === 0 ? 0 : 1), taint: 0 }];
      frame.memo.set(op, result);
      return result;
    }
    if (isLoopExit(op)) {
      this.runLoop(op._controlFlowContext as WhileContext, frame);
      const r = frame.memo.get(op);
      if (r === undefined) throw new Error(`tfscope: the loop did not compute ${op.name}`);
      return r;
    }
    if (op.type === "Enter") {
      const snapshot = this.snapshotEnter(op, frame);
      if (snapshot !== null) return snapshot;
    }
    if (op.type === "Identity" && op.inputs[0]!.dtype.isRef) {
      const snapshot = this.refSnapshot(op, frame);
      if (snapshot !== null) return snapshot;
    }
    const kernel = kernelFor(op);
    let dead = false;
    for (const c of op.controlInputs) {
      if (this.fedPlaceholder(c)) continue;
      if (this.op(c, frame).some((x) => x.value === DEAD) && c.outputs.length > 0) dead = true;
    }
    // An Enter's input lives in the enclosing frame.
    const inputFrame = op.type === "Enter" || op.type === "RefEnter" ? frame.parent! : frame;
    const inputs: Computed[] = op.inputs.map((t, i) => {
      const c = this.tensor(t, inputFrame);
      if (kernel.refInputs?.includes(i)) {
        if (c.value !== DEAD && isRef(c.value) && c.value.slot.value === null && !kernel.allowsUninitialized) {
          throw attachNode(new TFError("FailedPreconditionError", `Attempting to use uninitialized value ${inputName(t)}`), op.name);
        }
        return c;
      }
      return this.deref(c, t, op.name, false);
    });
    let result: Computed[];
    if (op.type === "Merge" || op.type === "RefMerge") {
      const live = inputs.findIndex((c) => c.value !== DEAD);
      result = live < 0
        ? [{ value: DEAD, taint: 0 }, { value: DEAD, taint: 0 }]
        : [inputs[live], { value: scalarIndex(live), taint: 0 }];
    } else if (dead || inputs.some((c) => c.value === DEAD)) {
      result = op.outputs.map(() => ({ value: DEAD, taint: 0 }));
    } else {
      const taint = inputs.reduce((t, c) => t | c.taint, 0);
      let r: KernelResult | readonly Value[];
      checkStaticSizes(op);
      try {
        r = kernel.compute({ op, inputs: inputs.map((c) => c.value as Value), taint, state: this.state });
      } catch (err) {
        if (err instanceof TFError && !err.message.includes("\n\t [[")) throw attachNode(err, op.name);
        // A numpy-level failure inside a kernel means a runtime check whose TF message is not modelled.
        if (err instanceof SizeLimit) throw new Unsupported(`${sizeLimitFeature(err.elements)}, made by ${op.type} '${op.name}'`);
        if (err instanceof NumpyError) throw new Unsupported(`the runtime error of ${op.type} '${op.name}' (${err.message})`);
        throw err;
      }
      const res = Array.isArray(r) ? { outputs: r as readonly Value[] } : (r as KernelResult);
      const added = taint | (res.taint ?? 0);
      result = res.outputs.map((value) => {
        if (value === DEAD || isHandle(value)) return { value, taint: 0 };
        const inexact = kernel.inexact === true && value instanceof NDArray && isFloat(value.dtype) ? INEXACT : 0;
        return { value, taint: added | inexact };
      });
    }
    frame.memo.set(op, result);
    return result;
  }

  // subgraph.cc 95-104: feeding a Placeholder moves its outgoing control edges to the feed node.
  private fedPlaceholder(op: Operation): boolean {
    return (op.type === "Placeholder" || op.type === "PlaceholderV2") && this.feeds.has(op.outputs[0]!);
  }

  // A RefVariable's snapshot (`v/read`, an Identity of its ref): the executor hands the Identity the
  // variable's tensor itself (executor.cc PrepareInputs derefs the ref edge, failing on an uninitialized
  // value at this node), and Identity forwards that buffer, which Assign/AssignAdd update in place
  // (assign_op.h, dense_update_functor). So a consumer sees the variable's value when the consumer runs:
  // `with tf.control_dependencies([assign]): y = x * v` reads v after the assignment. The snapshot is
  // the ref, marked as the alias, and each consumer reads the slot when it runs (deref).
  private refSnapshot(op: Operation, frame: Frame): Computed[] | null {
    if (this.feeds.has(op.outputs[0]!)) return null;
    for (const c of op.controlInputs) if (!this.fedPlaceholder(c) && this.op(c, frame).some((x) => x.value === DEAD)) return null;
    const t = op.inputs[0]!;
    const ref = this.tensor(t, frame);
    if (ref.value === DEAD || !isRef(ref.value)) return null;
    const now = this.deref(ref, t, op.name, false);
    if (!(now.value instanceof NDArray)) return null;
    const result = [{ value: { kind: "ref" as const, slot: ref.value.slot, alias: ref.value.alias ?? now.value }, taint: 0 }];
    frame.memo.set(op, result);
    return result;
  }

  // The snapshot entering a loop: the Enter passes the aliasing ref on (refSnapshot).
  private snapshotEnter(op: Operation, frame: Frame): Computed[] | null {
    const t = op.inputs[0]!;
    if (t.op.type !== "Identity" || this.feeds.has(t) || !t.op.inputs[0]!.dtype.isRef) return null;
    for (const c of op.controlInputs) if (!this.fedPlaceholder(c) && this.op(c, frame).some((x) => x.value === DEAD)) return null;
    const snap = this.tensor(t, frame.parent!);
    if (snap.value === DEAD || !isRef(snap.value)) return null;
    const result = [snap];
    frame.memo.set(op, result);
    return result;
  }

  /**
   * Runs the loop `w` in `outer` until its LoopCond is false (executor.cc's frames, one iteration at a
   * time): each iteration computes the predicate and, while it holds, the NextIteration values the
   * pruned graph needs; the last iteration's Switch false outputs leave through the Exits.
   */
  private runLoop(w: WhileContext, outer: Frame): void {
    const pruned = this.prunedOps();
    const merges = w.merges.filter((m) => pruned.has(m));
    let frame: Frame = { ctx: w, parent: outer, memo: new Map(), merges: new Map(), iteration: 0 };
    for (const m of merges) frame.merges!.set(m, this.tensor(m.inputs[0]!, frame));
    for (let k = 1; ; k++) {
      const pred = this.tensor(w.pivot!, frame);
      if (pred.value !== DEAD && (pred.value as NDArray).numbers()[0] !== 0) {
        if (k > MAX_ITERATIONS) throw new Unsupported(`a tf.while_loop running more than ${MAX_ITERATIONS} iterations`);
        const next = new Map<Operation, Computed>();
        for (const m of merges) next.set(m, this.tensor(m.inputs[1]!, frame));
        frame = { ctx: w, parent: outer, memo: new Map(), merges: next, iteration: k };
        continue;
      }
      for (const e of w.loopExits) {
        if (!pruned.has(e.op)) continue;
        outer.memo.set(e.op, [pred.value === DEAD ? { value: DEAD, taint: 0 } : this.tensor(e.op.inputs[0]!, frame)]);
      }
      return;
    }
  }

  // DirectSession's pruning: the ops the fetches and targets need, feeds cutting the graph.
  private prunedOps(): Set<Operation> {
    if (this.pruned !== null) return this.pruned;
    const seen = new Set<Operation>();
    const stack = this.roots.filter((r) => !(r instanceof Tensor && this.feeds.has(r))).map((r) => (r instanceof Tensor ? r.op : r));
    while (stack.length > 0) {
      const op = stack.pop()!;
      if (seen.has(op)) continue;
      seen.add(op);
      for (const t of op.inputs) if (!this.feeds.has(t)) stack.push(t.op);
      for (const c of op.controlInputs) if (!this.fedPlaceholder(c)) stack.push(c);
    }
    return (this.pruned = seen);
  }
}

/** A loop frame at one iteration (or the root frame): its memo, and the loop Merges' values. */
interface Frame {
  readonly ctx: WhileContext | null;
  readonly parent: Frame | null;
  readonly memo: Map<Operation, Computed[]>;
  readonly merges: Map<Operation, Computed> | null;
  readonly iteration?: number;
}

const MAX_ITERATIONS = 1_000_000;

// The frame an op's outputs live in: the innermost frame of `from`'s chain running the op's loop (an
// Exit's outputs live in the loop's enclosing frame).
function frameOf(op: Operation, from: Frame): Frame {
  const ctx = op._controlFlowContext as ControlFlowContext;
  const w = isLoopExit(op) ? (ctx.outer === null ? null : ctx.outer.whileContext()) : ctx.whileContext();
  for (let f: Frame | null = from; f !== null; f = f.parent) if (f.ctx === w) return f;
  throw new Unsupported(`reading ${op.name} outside the tf.while_loop that makes it`);
}

function scalarIndex(i: number): NDArray {
  return new NDArray("int32", [], [i]);
}

export { OpError };

/** An op whose output's static shape is past tfscope's array bound is not run: allocating it could end the process. */
function checkStaticSizes(op: Operation): void {
  for (const t of op.outputs) {
    const dims = t.shape.dims;
    if (dims === null) continue;
    let n = 1;
    for (const d of dims) n *= d.value ?? 0;
    if (n > MAX_ELEMENTS) throw new Unsupported(`${sizeLimitFeature(n)}, made by ${op.type} '${op.name}'`);
  }
}
