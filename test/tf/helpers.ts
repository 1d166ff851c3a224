/**
 * Test support: a `with` statement, a Python-float marker, and a minimal op catalogue that builds
 * exactly the ops TF 1.15 builds for constants, `random_uniform` (the glorot default initializer,
 * init_ops.py 487-533 → random_ops.py 236-246) and small `zeros` (array_ops.py 2293-2340), so the
 * engine's variable tests see TF's op names and order.
 */
import { expect } from "vitest";
import {
  within,
  TFError,
  type DType,
  type InitializerFn,
  type OpServices,
  Tensor,
  applyOp,
  asShape,
  bool,
  executingEagerly,
  float32,
  getDefaultGraph,
  installOpServices,
  int32,
  nameScope,
  resetRuntime,
  string,
} from "../../src/tf/index.js";

/** `with cm as x: body(x)` — exit runs even when body throws. */
export const withCm = within;

/** Expects `fn` to raise TF's `pyType` with exactly `message` (or a message matching it). */
export function raises(fn: () => unknown, pyType: string, message: string | RegExp): void {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(TFError);
    expect((e as TFError).pyType).toBe(pyType);
    if (typeof message === "string") expect((e as TFError).message).toBe(message);
    else expect((e as TFError).message).toMatch(message);
    return;
  }
  throw new Error("expected an exception");
}

/** A Python float (JS cannot tell `1.0` from `1`). */
export class PyFloat {
  constructor(readonly value: number) {}
}
export const f = (v: number) => new PyFloat(v);

type Value = number | PyFloat | boolean | string | Value[];

function inferDtype(v: Value): DType {
  if (Array.isArray(v)) return v.length === 0 ? float32 : inferDtype(v[0]!);
  if (v instanceof PyFloat) return float32;
  if (typeof v === "boolean") return bool;
  if (typeof v === "string") return string;
  return int32;
}

function shapeOf(v: Value): number[] {
  return Array.isArray(v) ? [v.length, ...(v.length > 0 ? shapeOf(v[0]!) : [])] : [];
}

/** In eager mode ops make values, not graph nodes: a stand-in with the dtype and shape. */
function eagerValue(dtype: DType, shape: readonly number[]): Tensor {
  return { dtype, shape: asShape([...shape]) } as unknown as Tensor;
}

/** `tf.constant(value, dtype, name)`: a Const created straight through create_op (constant_op.py). */
export function constant(value: Value, dtype: DType | null = null, name: string | null = null): Tensor {
  const dt = dtype ?? inferDtype(value);
  if (executingEagerly()) return eagerValue(dt, shapeOf(value));
  return getDefaultGraph().createOp({
    type: "Const",
    name: name ?? "Const",
    attrs: { value, dtype: dt },
    dtypes: [dt],
    shapes: [asShape(shapeOf(value))],
  }).outputs[0]!;
}

function binary(type: string, name: string, x: Tensor, y: Tensor): Tensor {
  return applyOp(getDefaultGraph(), type, name, () => ({ inputs: [x, y], attrs: { T: x.dtype }, dtypes: [x.dtype], shapes: [x.shape] }))
    .outputs[0]!;
}

/** `random_ops.random_uniform(shape, minval, maxval, dtype)` for float dtypes. */
export function randomUniform(shape: readonly number[], min: number, max: number, dtype: DType): Tensor {
  return withCm(nameScope(null, "random_uniform", []), (scope) => {
    const shapeT = constant([...shape], int32, "shape");
    const minT = constant(f(min), dtype, "min");
    const maxT = constant(f(max), dtype, "max");
    const g = getDefaultGraph();
    const rnd = applyOp(g, "RandomUniform", null, () => ({
      inputs: [shapeT],
      attrs: { dtype, seed: 0, seed2: 0 },
      dtypes: [dtype],
      shapes: [asShape([...shape])],
    })).outputs[0]!;
    const range = binary("Sub", "sub", maxT, minT);
    const scaled = applyOp(g, "Mul", "mul", () => ({ inputs: [rnd, range], attrs: { T: dtype }, dtypes: [dtype], shapes: [rnd.shape] }))
      .outputs[0]!;
    return applyOp(g, "Add", scope, () => ({ inputs: [scaled, minT], attrs: { T: dtype }, dtypes: [dtype], shapes: [rnd.shape] }))
      .outputs[0]!;
  });
}

/** Glorot uniform limit for a shape (init_ops.py `_compute_fans`, VarianceScaling fan_avg, scale 1). */
export function glorotLimit(shape: readonly number[]): number {
  let fanIn = 1;
  let fanOut = 1;
  if (shape.length === 1) fanIn = fanOut = shape[0]!;
  else if (shape.length === 2) [fanIn, fanOut] = [shape[0]!, shape[1]!];
  else if (shape.length > 2) {
    const receptive = shape.slice(0, -2).reduce((a, b) => a * b, 1);
    fanIn = shape[shape.length - 2]! * receptive;
    fanOut = shape[shape.length - 1]! * receptive;
  }
  return Math.sqrt(3 / Math.max(1, (fanIn + fanOut) / 2));
}

const glorot = (): InitializerFn => (shape, dtype) => {
  const s = shape ?? [];
  if (executingEagerly()) return eagerValue(dtype ?? float32, s);
  const l = glorotLimit(s);
  return randomUniform(s, -l, l, dtype ?? float32);
};

const zeros = (): InitializerFn => (shape, dtype) =>
  executingEagerly() ? eagerValue(dtype ?? float32, shape ?? []) : withCm(nameScope(null, "zeros", []), (scope) => {
    const dt = dtype ?? float32;
    return getDefaultGraph().createOp({ type: "Const", name: scope, attrs: { dtype: dt }, dtypes: [dt], shapes: [asShape([...(shape ?? [])])] })
      .outputs[0]!;
  });

/** The minimal catalogue above, as the engine's OpServices. */
export const testServices: OpServices = {
  convertToTensor(value, dtype, name) {
    if (value instanceof Tensor) {
      if (dtype !== null && dtype !== value.dtype.baseDtype) throw new Error("test converter: dtype mismatch");
      return value;
    }
    const conv = value as { convertToTensor?: (d: DType | null, n: string | null, r: boolean) => Tensor };
    if (typeof conv?.convertToTensor === "function") return conv.convertToTensor(dtype, name, false);
    return constant(value as Value, dtype, name);
  },
  glorotUniformInitializer: glorot,
  zerosInitializer: zeros,
};

/** A fresh TF 1.15 world with the test catalogue installed. */
export function freshTF(profile: "1.15" | "2" | "0.12" = "1.15"): void {
  resetRuntime(profile);
  installOpServices(testServices);
}

/** Names of every op in the default graph, in creation order. */
export function opNames(): string[] {
  return getDefaultGraph()
    .getOperations()
    .map((o) => o.name);
}
