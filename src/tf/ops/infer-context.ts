/**
 * A model of TF's C++ shape inference context (tensorflow/core/framework/shape_inference.cc): the
 * rank and dimension checks op shape functions use, with their exact messages, and the context that
 * AttachContext appends when a check fails (" for 'add' (op: 'AddV2') with input shapes: [2], [3].").
 * Python turns that InvalidArgumentError into a ValueError (ops.py `_create_c_op`).
 */
import type { NDArray } from "../../numpy/ndarray.js";
import { TFError, Unsupported } from "../errors.js";
import { summarizeTensor } from "../kernels/summarize.js";

/** A dimension: its size, or null when unknown. */
export type Dim = number | null;
/** A shape: its dimensions, or null when even the rank is unknown. */
export type Dims = readonly Dim[] | null;

/** A failed shape check: the message before the context is attached. */
export class ShapeError extends Error {}

export function fail(message: string): never {
  throw new ShapeError(message);
}

/** TF_RETURN_WITH_CONTEXT_IF_ERROR: a failed check gets `\n\t<context>` appended (errors.h 64-84). */
export function withContext<T>(check: () => T, context: string): T {
  try {
    return check();
  } catch (e) {
    if (e instanceof ShapeError) fail(`${e.message}\n\t${context}`);
    throw e;
  }
}

/** `DebugString(shape)`: `[2,?]`, or `?` for an unknown rank. */
export function debugShape(s: Dims): string {
  return s === null ? "?" : `[${s.map((d) => (d === null ? "?" : String(d))).join(",")}]`;
}

/** What a shape function sees of one op: input shapes, attrs, and constant input values on request. */
export class InferContext {
  // Made on first use: most shape functions never read an input's value (issue #13: one context per op).
  private requestedTensor: Set<number> | null = null;
  private requestedPartial: Set<number> | null = null;
  /** Partial shapes read from shape tensors, by input index, for the error context. */
  private partials: Map<number, Dims> | null = null;

  constructor(
    readonly inputs: readonly Dims[],
    readonly attrs: Readonly<Record<string, unknown>>,
    /** The constant value of input i when TF's shape refiner could evaluate it, else null. */
    private readonly constantOf: (i: number) => NDArray | null,
    /** ShapeRefiner::ConstantPartialShape for input i. */
    private readonly partialShapeOf: (i: number) => Dims,
  ) {}

  attr<T>(name: string): T {
    return this.attrs[name] as T;
  }

  /** `input_tensor(i)`: the constant value, marking it as consulted. */
  inputTensor(i: number): NDArray | null {
    (this.requestedTensor ??= new Set()).add(i);
    return this.constantOf(i);
  }

  /** `MakeShapeFromShapeTensor(i)`: the shape a 1-D shape tensor describes (-1 → unknown dim). */
  makeShapeFromShapeTensor(i: number): Dims {
    withRank(this.inputs[i]!, 1);
    (this.requestedPartial ??= new Set()).add(i);
    const s = this.partialShapeOf(i);
    (this.partials ??= new Map()).set(i, s);
    return s;
  }

  /** AttachContext's suffix for a failure in op `name` of type `type`. */
  context(name: string, type: string): string {
    let ctx = ` for '${name}' (op: '${type}') with input shapes: ${this.inputs.map(debugShape).join(", ")}`;
    const tensors: string[] = [];
    const partial: string[] = [];
    for (let i = 0; i < this.inputs.length; i++) {
      const p = this.partials?.get(i);
      if (this.requestedPartial?.has(i) === true && p !== undefined && p !== null) {
        partial.push(`input[${i}] = ${debugShape(p)}`);
      } else if (this.requestedTensor?.has(i) === true) {
        const t = this.constantOf(i);
        if (t !== null) tensors.push(`input[${i}] = <${summarizeValue(t)}>`);
      }
    }
    if (tensors.length > 0) ctx += ` and with computed input tensors: ${tensors.join(", ")}`;
    if (partial.length > 0) ctx += ` and with input tensors computed as partial shapes: ${partial.join(",")}`;
    return ctx + ".";
  }
}

/** Runs a shape function, turning a failed check into the ValueError Python raises. */
export function runShapeFn(ctx: InferContext, fn: (c: InferContext) => Dims[], name: string, type: string): Dims[] {
  try {
    return fn(ctx);
  } catch (e) {
    if (e instanceof ShapeError) throw new TFError("ValueError", e.message + ctx.context(name, type));
    throw e;
  }
}

/** Tensor::SummarizeValue(max) (256 for the integer tensors shape functions read; tensor.cc PrintOneDim). */
export function summarizeValue(t: NDArray, max = 256): string {
  if (!/^(u?int|float)/.test(t.dtype)) throw new Unsupported(`printing a ${t.dtype} tensor in a shape error`);
  return summarizeTensor(t, max);
}

// ---- InferenceContext's checks (shape_inference.cc 365-640) ----

export function rankOf(s: Dims): number | null {
  return s === null ? null : s.length;
}

/** `WithRank`: an unknown rank becomes `rank` unknown dims. */
export function withRank(s: Dims, rank: number): readonly Dim[] {
  if (s === null) return new Array<Dim>(rank).fill(null);
  if (s.length !== rank) fail(`Shape must be rank ${rank} but is rank ${s.length}`);
  return s;
}

export function withRankAtLeast(s: Dims, rank: number): Dims {
  if (s !== null && s.length < rank) fail(`Shape must be at least rank ${rank} but is rank ${s.length}`);
  return s;
}

export function withRankAtMost(s: Dims, rank: number): Dims {
  if (s !== null && s.length > rank) fail(`Shape must be at most rank ${rank} but is rank ${s.length}`);
  return s;
}

/** `WithValue` for a dimension. */
export function withValue(d: Dim, value: number): Dim {
  if (d !== null && d !== value) fail(`Dimension must be ${value} but is ${d}`);
  return value;
}

/** `Merge` of two dimensions. */
export function mergeDim(a: Dim, b: Dim): Dim {
  if (b === null) return a;
  if (a === null) return b;
  if (a !== b) fail(`Dimensions must be equal, but are ${a} and ${b}`);
  return a;
}

/** `Merge` of two shapes. */
export function mergeShape(a: Dims, b: Dims): Dims {
  if (b === null) return a;
  if (a === null) return b;
  if (a.length !== b.length) fail(`Shapes must be equal rank, but are ${a.length} and ${b.length}`);
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!, y = b[i]!;
    if (x !== null && y !== null && x !== y) {
      fail(`Dimension ${i} in both shapes must be equal, but are ${x} and ${y}. Shapes are ${debugShape(a)} and ${debugShape(b)}.`);
    }
  }
  return a.map((x, i) => x ?? b[i]!);
}

/** `Add` of two dimensions. */
export function addDim(a: Dim, b: Dim): Dim {
  return a === null || b === null ? null : a + b;
}

/** `Subshape(s, start, end)` with stride 1 (shape_inference.cc 636-690); `end` omitted is "to the end". */
export function subshape(s: Dims, start: number, end?: number): Dims {
  if (s === null) return null;
  const rank = s.length;
  let lo = Math.min(start, rank);
  let hi = end === undefined ? rank : Math.min(end, rank);
  if (lo < 0) {
    lo += rank;
    if (lo < 0) fail(`Subshape start out of bounds: ${start}, for shape with rank ${rank}`);
  }
  if (hi < 0) {
    hi += rank;
    if (hi < 0) fail(`Subshape end out of bounds: ${end}, for shape with rank ${rank}`);
  }
  if (lo > hi) {
    fail(`Subshape must have computed start <= end, but is ${lo} and ${hi} (computed from start ${start} and end ${end ?? "9223372036854775807"} over shape with rank ${rank})`);
  }
  return s.slice(lo, hi);
}

/** Number of elements, or null when some dimension is unknown. */
export function numElements(s: Dims): number | null {
  if (s === null) return null;
  let n = 1;
  for (const d of s) {
    if (d === null) return null;
    n *= d;
  }
  return n;
}
