/**
 * Gradient functions of math_grad.py and array_grad.py (TF 1.15) for the ops tfscope models, building
 * the same ops in the same order, so their names (`Mul`, `Sum`, `Reshape_1`...) are TF's. Where TF
 * evaluates a shape computation once per graph and caches it (`_bcast_grad_args_cache`,
 * `_reduced_shape_cache`), the ops it builds on a cache miss are built here too and the values computed
 * directly.
 */
import * as d from "../dtypes.js";
import type { Graph } from "../graph.js";
import { getDefaultGraph } from "../context.js";
import { broadcastReductionIndices } from "../kernels/training.js";
import { type OpInput, constant } from "../ops/convert.js";
import { constantValue } from "../ops/constant-value.js";
import { fill, onesLike, reshape, shape, size, tile, zerosLike } from "../ops/array.js";
import { MATH_OPS, cast, cos, greater, log, maximum, pow, range, reduceProd, reduceSum, sign, sin, square, tensorNeg, tensorOperator, truediv } from "../ops/math.js";
import { applyOp1 } from "../ops/op-library.js";
import { type PyValue, pyFloat, pyInt, pyTuple } from "../ops/pyvalue.js";
import { type Operation, Tensor } from "../tensor.js";
import { GRAD_OPS, broadcastGradientArgs, dynamicStitch, reluGrad, select, sigmoidGrad, tanhGrad } from "./grad-ops.js";
import { type GradFn, notDifferentiable, registerGradient } from "./registry.js";

const ints = (xs: readonly number[]): PyValue => pyTuple(xs.map((x) => pyInt(x)));
/** `tensor._shape_tuple()`: null for an unknown rank, null entries for unknown dims. */
const shapeTuple = (t: Tensor): (number | null)[] | null => (t.shape.dims === null ? null : t.shape.dims.map((x) => x.value));
const fullyKnown = (s: (number | null)[] | null): s is number[] => s !== null && !s.includes(null);
const sameTuple = (a: readonly (number | null)[] | null, b: readonly (number | null)[] | null) =>
  a !== null && b !== null && a.length === b.length && a.every((x, i) => x === b[i]);

/** gen_math_ops.mul (`Mul`), not the `*` operator's `mul` scope. */
export const mul = (x: OpInput, y: OpInput): Tensor => applyOp1(MATH_OPS.Mul, null, { x, y });
const matMul = (a: OpInput, b: OpInput, ta = false, tb = false): Tensor =>
  applyOp1(MATH_OPS.MatMul, null, { a, b }, { transpose_a: ta, transpose_b: tb });

export function withControl<T>(deps: readonly (Tensor | Operation)[], body: () => T): T {
  const cm = getDefaultGraph().controlDependencies(deps);
  cm.enter();
  try {
    return body();
  } finally {
    cm.exit();
  }
}

const bcastCache = new WeakMap<Graph, Map<string, [number[], number[]]>>();
const reducedShapeCache = new WeakMap<Graph, Map<string, [number[], number[]]>>();

function graphCache<V>(m: WeakMap<Graph, Map<string, V>>): Map<string, V> {
  const g = getDefaultGraph();
  let c = m.get(g);
  if (c === undefined) m.set(g, (c = new Map()));
  return c;
}

export interface Side { shape: Tensor | PyValue; reduce: Tensor | PyValue; must: boolean }

/** math_grad.py `SmartBroadcastGradientArgs`. */
export function smartBroadcastGradientArgs(x: Tensor, y: Tensor, grad: Tensor): [Side, Side] {
  const xs = shapeTuple(x), ys = shapeTuple(y), gs = shapeTuple(grad);
  if (!fullyKnown(xs) || !fullyKnown(ys)) {
    const sx = shape(x, null, d.int32, false), sy = shape(y, null, d.int32, false);
    const [rx, ry] = broadcastGradientArgs(sx, sy);
    return [{ shape: sx, reduce: rx, must: true }, { shape: sy, reduce: ry, must: true }];
  }
  const key = `${xs.join(",")}|${ys.join(",")}`;
  const cache = graphCache(bcastCache);
  let hit = cache.get(key);
  if (hit === undefined) {
    // TF builds the op and evaluates it as a constant (TF_TryEvaluateConstant).
    broadcastGradientArgs(ints(xs), ints(ys));
    const r = broadcastReductionIndices(xs, ys);
    if (r === null) throw new Error("broadcast shapes were checked when the op was built");
    cache.set(key, (hit = r));
  }
  return [
    { shape: ints(xs), reduce: ints(hit[0]), must: !sameTuple(xs, gs) },
    { shape: ints(ys), reduce: ints(hit[1]), must: !sameTuple(ys, gs) },
  ];
}

const asInput = (v: Tensor | PyValue): OpInput => v as OpInput;
export const reduceTo = (g: Tensor, s: Side): Tensor => reshape(reduceSum(g, { axis: asInput(s.reduce) }), asInput(s.shape));
export const shapesEqual = (x: Tensor, y: Tensor, g: Tensor) => {
  const xs = shapeTuple(x);
  return sameTuple(xs, shapeTuple(y)) && sameTuple(xs, shapeTuple(g)) && fullyKnown(xs);
};

const addGrad: GradFn = (op, [grad]) => {
  const [x, y] = op.inputs as [Tensor, Tensor];
  const g = grad!;
  if (shapesEqual(x, y, g)) return [g, g];
  const [sx, sy] = smartBroadcastGradientArgs(x, y, g);
  return [sx.must ? reduceTo(g, sx) : g, sy.must ? reduceTo(g, sy) : g];
};
registerGradient(["Add", "AddV2"], addGrad);

registerGradient("Sub", (op, [grad]) => {
  const [x, y] = op.inputs as [Tensor, Tensor];
  const g = grad!;
  if (shapesEqual(x, y, g)) return [g, tensorNeg(g)];
  const [sx, sy] = smartBroadcastGradientArgs(x, y, g);
  const gx = sx.must ? reduceTo(g, sx) : g;
  return [gx, sy.must ? reduceTo(tensorNeg(g), sy) : tensorNeg(g)];
});

registerGradient("Mul", (op, [grad]) => {
  const [x, y] = op.inputs as [Tensor, Tensor];
  const g = grad!;
  if (shapesEqual(x, y, g) && (g.dtype === d.int32 || g.dtype === d.float32)) return [mul(g, y), mul(g, x)];
  const [sx, sy] = smartBroadcastGradientArgs(x, y, g);
  const gx = sx.must ? reduceTo(mul(g, y), sx) : mul(g, y);
  return [gx, sy.must ? reduceTo(mul(x, g), sy) : mul(x, g)];
});

// forward_compatible(2019, 9, 14) is False in 1.15 (horizon 2019-08-21): the realdiv form.
registerGradient("RealDiv", (op, [grad]) => {
  const [x, y] = op.inputs as [Tensor, Tensor];
  const g = grad!;
  const sx = shape(x), sy = shape(y);
  const [rx, ry] = broadcastGradientArgs(sx, sy);
  const gx = reshape(reduceSum(realDiv(g, y), { axis: rx }), sx);
  const gy = reshape(reduceSum(tensorOperator("mul", g, realDiv(realDiv(tensorNeg(x), y), y)), { axis: ry }), sy);
  return [gx, gy];
});
const realDiv = (x: OpInput, y: OpInput): Tensor => applyOp1(MATH_OPS.RealDiv, null, { x, y });

// _PowGrad with forward_compatible(2019, 9, 14) False: grad * y * pow(x, y - 1), and
// grad * z * log(x) where x > 0 (0 elsewhere).
registerGradient("Pow", (op, [grad]) => {
  const [x, y] = op.inputs as [Tensor, Tensor];
  const g = grad!;
  const [sx, sy] = smartBroadcastGradientArgs(x, y, g);
  let gx = tensorOperator("mul", tensorOperator("mul", g, y), pow(x, tensorOperator("sub", y, pyInt(1))));
  if (sx.must) gx = reduceTo(gx, sx);
  const z = op.outputs[0]!;
  const mask = greater(x, pyInt(0));
  const safeX = select(mask, x, onesLike(x));
  const logX = select(mask, log(safeX), zerosLike(x));
  let gy = tensorOperator("mul", tensorOperator("mul", g, z), logX);
  if (sy.must) gy = reduceTo(gy, sy);
  return [gx, gy];
});

registerGradient("Neg", (_op, [grad]) => [tensorNeg(grad!)]);

/** math_grad.py 512-515 `_AbsGrad`: `grad * math_ops.sign(x)`. */
registerGradient("Abs", (op, [grad]) => [tensorOperator("mul", grad!, sign(op.inputs[0]!))]);

registerGradient("Square", (op, [grad]) =>
  withControl([grad!], () => {
    const x = op.inputs[0]!;
    const two = constant(pyFloat(2.0), x.dtype);
    return [mul(grad!, mul(x, two))];
  }));

registerGradient("Exp", (op, [grad]) => {
  const y = op.outputs[0]!;
  return withControl([grad!], () => [tensorOperator("mul", grad!, y)]);
});

registerGradient("Log", (op, [grad]) => {
  const x = op.inputs[0]!;
  return withControl([grad!], () => [tensorOperator("mul", grad!, applyOp1(GRAD_OPS.Reciprocal, null, { x }))]);
});

// _SinGrad, _CosGrad, _TanGrad: under a control dependency on grad; conj() of a real x is x. _TanGrad
// multiplies secx2 * grad (forward_compatible(2019, 9, 14) is false at 1.15's 2019-08-21 horizon).
registerGradient("Sin", (op, [grad]) => withControl([grad!], () => [tensorOperator("mul", grad!, cos(op.inputs[0]!))]));
registerGradient("Cos", (op, [grad]) => withControl([grad!], () => {
  const neg = tensorNeg(grad!);
  return [tensorOperator("mul", neg, sin(op.inputs[0]!))];
}));
registerGradient("Tan", (op, [grad]) => withControl([grad!], () => {
  const secx = applyOp1(GRAD_OPS.Reciprocal, null, { x: cos(op.inputs[0]!) });
  const secx2 = square(secx);
  return [tensorOperator("mul", secx2, grad!)];
}));

registerGradient("Sigmoid", (op, [grad]) => withControl([grad!], () => [sigmoidGrad(op.outputs[0]!, grad!)]));
registerGradient("Tanh", (op, [grad]) => withControl([grad!], () => [tanhGrad(op.outputs[0]!, grad!)]));
registerGradient("Relu", (op, [grad]) => [reluGrad(grad!, op.outputs[0]!)]);

registerGradient("MatMul", (op, [grad]) => {
  const ta = op.getAttr("transpose_a") as boolean, tb = op.getAttr("transpose_b") as boolean;
  const [a, b] = op.inputs as [Tensor, Tensor];
  const g = grad!;
  if (!ta && !tb) return [matMul(g, b, false, true), matMul(a, g, true, false)];
  if (!ta && tb) return [matMul(g, b), matMul(g, a, true, false)];
  if (ta && !tb) return [matMul(b, g, false, true), matMul(a, g)];
  return [matMul(b, g, true, true), matMul(g, a, true, true)];
});

// _CastGrad: only between float and complex types.
const CAST_GRAD_TYPES = new Set([d.float16, d.float32, d.float64, d.bfloat16, d.complex64, d.complex128]);
registerGradient("Cast", (op, [grad]) => {
  const src = op.inputs[0]!.dtype.baseDtype;
  return [CAST_GRAD_TYPES.has(src) && CAST_GRAD_TYPES.has(grad!.dtype.baseDtype) ? cast(grad!, src) : null];
});

// array_grad.py
registerGradient(["Identity", "Snapshot"], (_op, [grad]) => [grad]);
registerGradient("Reshape", (op, [grad]) => [reshape(grad!, shape(op.inputs[0]!)), null]);

/** math_ops.py `reduced_shape(input_shape, axes)`: the ops it builds (a DynamicStitch). */
export function reducedShape(inputShape: OpInput, axes: OpInput): Tensor {
  const s = cast(inputShape, d.int32);
  let a = cast(axes, d.int32);
  const rank = size(s);
  a = tensorOperator("mod", tensorOperator("add", a, rank), rank);
  const axesShape = shape(a);
  return dynamicStitch([range(rank), a], [s, fill(axesShape, pyInt(1))]);
}

/** `_safe_shape_div(x, y)`: `x // maximum(y, 1)`. */
export function safeShapeDiv(x: OpInput, y: Tensor): Tensor {
  const m = maximum(y, pyInt(1));
  return x instanceof Tensor ? tensorOperator("floordiv", x, m) : tensorOperator("floordiv", m, x, true);
}

function sumGrad(op: Operation, grad: Tensor): Tensor {
  const input = op.inputs[0]!;
  const inShape = shapeTuple(input);
  if (inShape !== null) {
    const axesV = constantValue(op.inputs[1]!);
    if (axesV !== null) {
      const rank = inShape.length;
      const axes = axesV.numbers();
      // np.array_equal(axes, np.arange(rank)): same shape, same values.
      if (axesV.ndim === 1 && axes.length === rank && axes.every((v, i) => v === i)) {
        const g = reshape(grad, ints(new Array<number>(rank).fill(1)));
        const inputShape = fullyKnown(inShape) ? constant(ints(inShape), d.int32) : shape(input);
        return tile(g, inputShape);
      }
      if (fullyKnown(inShape)) {
        const key = `${inShape.join(",")}|${axes.join(",")}`;
        const cache = graphCache(reducedShapeCache);
        let hit = cache.get(key);
        if (hit === undefined) {
          const kept = reducedShape(ints(inShape), ints(axes));
          safeShapeDiv(ints(inShape), kept);
          const keptV = inShape.map((n, i) => (axes.some((a) => ((a % rank) + rank) % rank === i) ? 1 : n));
          cache.set(key, (hit = [keptV, inShape.map((n, i) => Math.floor(n / Math.max(keptV[i]!, 1)))]));
        }
        return tile(reshape(grad, ints(hit[0])), ints(hit[1]));
      }
    }
  }
  const inputShape = shape(input);
  const kept = reducedShape(inputShape, op.inputs[1]!);
  const scaling = safeShapeDiv(inputShape, kept);
  return tile(reshape(grad, kept), scaling);
}

registerGradient("Sum", (op, [grad]) => [sumGrad(op, grad!), null]);

registerGradient("Mean", (op, [grad]) => {
  const sum = sumGrad(op, grad!);
  const inS = shapeTuple(op.inputs[0]!), outS = shapeTuple(op.outputs[0]!);
  let factor: Tensor;
  if (fullyKnown(inS) && fullyKnown(outS)) {
    const prod = (s: number[]) => s.reduce((p, q) => p * q, 1);
    factor = constant(pyInt(Math.floor(prod(inS) / Math.max(prod(outS), 1))), sum.dtype);
  } else {
    const a = shape(op.inputs[0]!), b = shape(op.outputs[0]!);
    factor = safeShapeDiv(reduceProd(a), reduceProd(b));
  }
  return [truediv(sum, cast(factor, sum.dtype)), null];
});

notDifferentiable("Shape", "Size", "Rank", "ZerosLike", "OnesLike", "Range", "Less", "LessEqual", "Greater", "GreaterEqual",
  "Equal", "NotEqual", "LogicalAnd", "LogicalOr", "LogicalNot", "BroadcastGradientArgs", "RandomUniform",
  "RandomStandardNormal", "TruncatedNormal", "RandomUniformInt", "StopGradient");
registerGradient(["ArgMax", "ArgMin", "FloorDiv"], () => [null, null]);
