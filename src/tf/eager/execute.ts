/**
 * Running one op eagerly. TF 2.x executes each op at once (execute.py `quick_execute`) and returns
 * EagerTensors; tfscope builds the op, exactly as the graph-mode wrapper would, in a private graph of
 * its own, with every eager input standing there as a Const of its value, runs that graph's kernels,
 * and hands back the op with EagerTensors for outputs. Op names play no part: eager ops have none.
 *
 * Eager TF reports failures from the C++ runtime (`InvalidArgumentError: ... [Op:AddV2]`), not with the
 * graph builder's Python messages, so any error raised while building or running the op is refused as
 * Unsupported rather than passed off as TF's.
 */
import type { NDArray } from "../../numpy/ndarray.js";
import { asDefault } from "../context.js";
import type { DType } from "../dtypes.js";
import { TFError, Unsupported } from "../errors.js";
import { Graph } from "../graph.js";
import { activeRecorder, setRecorder } from "../recorder.js";
import { Session } from "../session.js";
import { asShape } from "../shape.js";
import { type Operation, Tensor } from "../tensor.js";
import { INEXACT, RANDOM, type Taint } from "../kernels/values.js";
import { EagerTensor } from "./eager-tensor.js";

/** Swaps eager values for graph tensors of the private graph; returns what it was given otherwise. */
export type Localize = (x: unknown) => unknown;

/**
 * Builds an op with `build` in a fresh private graph (graph mode meanwhile) and runs it. `build`
 * receives `localize`, which turns an EagerTensor (or anything converting to one, like an eager
 * variable) into a Const of the private graph and leaves other values alone. `what` names the op
 * in Unsupported messages.
 */
export function executeEagerly(what: string, build: (localize: Localize) => Operation): Operation {
  return quietly(() => execute(what, build));
}

/**
 * Runs `fn` with the explain recorder detached: the private graph's ops and the graph-mode errors
 * that eager mode refuses are tfscope's machinery, not events of the user's program.
 */
export function quietly<T>(fn: () => T): T {
  const saved = activeRecorder;
  setRecorder(null);
  try {
    return fn();
  } finally {
    setRecorder(saved);
  }
}

function execute(what: string, build: (localize: Localize) => Operation): Operation {
  const graph = new Graph();
  let taint: Taint = 0;
  const localize: Localize = (x) => {
    const e = eagerValueOf(x);
    if (e === null) return x;
    taint |= e.taint;
    return constIn(graph, e.value, e.dtype);
  };
  const cm = asDefault(graph);
  cm.enter();
  let op: Operation;
  try {
    op = build(localize);
  } catch (e) {
    throw refuse(e, what);
  } finally {
    cm.exit();
  }
  if (op.graph !== graph) throw new Unsupported(`${what} in eager mode on a graph tensor`);
  const session = new Session({ graph });
  let values: (NDArray | null)[];
  try {
    values = session.runFlat(op.outputs);
  } catch (e) {
    throw refuse(e, what);
  }
  taint |= (session.nondeterministic ? RANDOM : 0) | (session.inexact ? INEXACT : 0);
  op._outputs = op.outputs.map((t, i) => new EagerTensor(op, i, t.dtype, values[i]!, taint));
  return op;
}

/** An eager tensor holding `value` (tf.constant in eager mode: constant_op.py `_constant_eager_impl`). */
export function eagerConstant(value: NDArray, dtype: DType): EagerTensor {
  const c = quietly(() => constIn(new Graph(), value, dtype).op);
  const t = new EagerTensor(c, 0, dtype, value, 0);
  c._outputs = [t];
  return t;
}

/** The EagerTensor behind `x` (itself, or an eager variable's value); null for a value that is no
 *  tensor at all. Graph tensors and graph variables cannot feed an eager op. */
function eagerValueOf(x: unknown): EagerTensor | null {
  if (x instanceof EagerTensor) return x;
  if (x instanceof Tensor) throw new Unsupported("a graph tensor as an input of an eager op");
  if (typeof x !== "object" || x === null || !("convertToTensor" in x)) return null;
  if ((x as { kind?: unknown }).kind !== "eager") throw new Unsupported("a graph variable as an input of an eager op");
  const v = (x as { convertToTensor(d: null): unknown }).convertToTensor(null);
  if (!(v instanceof EagerTensor)) throw new Unsupported("an eager variable whose value is not an eager tensor");
  return v;
}

function constIn(graph: Graph, value: NDArray, dtype: DType): Tensor {
  const op = graph.createOp({
    type: "Const",
    name: "Const",
    attrs: { value, dtype },
    dtypes: [dtype],
    shapes: [asShape([...value.shape])],
  });
  return op.outputs[0]!;
}

/** Runs `fn`, refusing as Unsupported any TFError it raises: the graph builder's wording, which eager
 *  TF does not use. */
export function refusingGraphErrors<T>(what: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw refuse(e, what);
  }
}

function refuse(e: unknown, what: string): unknown {
  if (e instanceof TFError) return new Unsupported(`the eager-mode error of ${what} (graph mode would say ${e.pyType}: ${e.message.split("\n")[0]})`);
  return e;
}
