/**
 * math_ops.py and gen_math_ops: arithmetic, comparisons, casts, matmul and reductions, with TF 1.15's
 * default names (`Add`, `Mul`, `truediv`, `MatMul`, `Sum`...) and the Python operators on tensors
 * (`x + y` → `add` of type AddV2, reflected operands converted as `x`).
 */
import { currentProfile } from "../context.js";
import * as d from "../dtypes.js";
import type { DType } from "../dtypes.js";
import { TFError, Unsupported, tfError } from "../errors.js";
import type { Tensor } from "../tensor.js";
import { type OpInput, constant, convertToTensor, plainTensorOf, sourceOf } from "./convert.js";
import { type Dims, type InferContext, fail, withContext, withRank } from "./infer-context.js";
import { type OpDef, arg, opDef, typeAttr } from "./op-def.js";
import { applyOp1 } from "./op-library.js";
import { OM } from "./op-messages.js";
import { type PyValue, pyInt } from "./pyvalue.js";
import { withNameScope } from "./scope.js";
import { strCatNumber } from "../strcat.js";
import { sourceTypeName } from "./tensor-source.js";
import { batchMatMulV2Shape, broadcastBinaryShape, equalityShape, matMulShape, reductionShape, unchangedShape } from "./shape-fns.js";
import * as T from "./type-sets.js";

const binary = (name: string, allowed: readonly DType[]): OpDef =>
  opDef(name, [arg("x"), arg("y")], [{ name: "z", typeAttr: "T" }], [typeAttr("T", allowed)], broadcastBinaryShape);
const comparison = (name: string, allowed: readonly DType[], extra: boolean): OpDef =>
  opDef(name, [arg("x"), arg("y")], [{ name: "z", type: d.bool }],
    extra ? [typeAttr("T", allowed), { name: "incompatible_shape_error", kind: "bool", default: true }] : [typeAttr("T", allowed)],
    extra ? equalityShape : broadcastBinaryShape);
const unary = (name: string, allowed: readonly DType[]): OpDef =>
  opDef(name, [arg("x")], [{ name: "y", typeAttr: "T" }], [typeAttr("T", allowed)], unchangedShape);
const logical = (name: string): OpDef =>
  opDef(name, [{ name: "x", type: d.bool }, { name: "y", type: d.bool }], [{ name: "z", type: d.bool }], [], broadcastBinaryShape);
const reduction = (name: string): OpDef =>
  opDef(name, [arg("input"), arg("reduction_indices", "Tidx")], [{ name: "output", typeAttr: "T" }], [
    { name: "keep_dims", kind: "bool", default: false },
    typeAttr("T", T.NUMBER_TYPES),
    typeAttr("Tidx", T.INDEX_TYPES, d.int32),
  ], reductionShape);

/** math_ops.cc 1370-1385: All and Any reduce bools. */
const boolReduction = (name: string): OpDef =>
  opDef(name, [{ name: "input", type: d.bool }, arg("reduction_indices", "Tidx")], [{ name: "output", type: d.bool }], [
    { name: "keep_dims", kind: "bool", default: false },
    typeAttr("Tidx", T.INDEX_TYPES, d.int32),
  ], reductionShape);

/** The math op registrations (tensorflow/core/ops/math_ops.cc). */
export const MATH_OPS = {
  Add: binary("Add", T.ADD_TYPES),
  AddV2: binary("AddV2", T.ADDV2_TYPES),
  Sub: binary("Sub", T.BINARY_MORE),
  Mul: binary("Mul", T.BINARY_MORE),
  RealDiv: binary("RealDiv", T.BINARY_MORE),
  FloorDiv: binary("FloorDiv", T.BINARY_MORE),
  FloorMod: binary("FloorMod", [d.int32, d.int64, d.bfloat16, d.float16, d.float32, d.float64]),
  Pow: binary("Pow", [d.bfloat16, d.float32, d.float16, d.float64, d.int32, d.int64, d.complex64, d.complex128]),
  Maximum: binary("Maximum", T.MAX_MIN_TYPES),
  Minimum: binary("Minimum", T.MAX_MIN_TYPES),
  Less: comparison("Less", T.REAL_NUMBER_TYPES, false),
  LessEqual: comparison("LessEqual", T.REAL_NUMBER_TYPES, false),
  Greater: comparison("Greater", T.REAL_NUMBER_TYPES, false),
  GreaterEqual: comparison("GreaterEqual", T.REAL_NUMBER_TYPES, false),
  Equal: comparison("Equal", T.EQUALITY_TYPES, true),
  NotEqual: comparison("NotEqual", T.EQUALITY_TYPES, true),
  LogicalAnd: logical("LogicalAnd"),
  LogicalOr: logical("LogicalOr"),
  LogicalNot: opDef("LogicalNot", [{ name: "x", type: d.bool }], [{ name: "y", type: d.bool }], [], unchangedShape),
  Neg: unary("Neg", T.UNARY_TYPES),
  Square: unary("Square", T.UNARY_TYPES),
  Abs: unary("Abs", [d.bfloat16, d.float16, d.float32, d.float64, d.int8, d.int16, d.int32, d.int64]),
  Sign: unary("Sign", T.UNARY_TYPES),
  Sqrt: unary("Sqrt", T.UNARY_COMPLEX_TYPES),
  Exp: unary("Exp", T.UNARY_COMPLEX_TYPES),
  Log: unary("Log", T.UNARY_COMPLEX_TYPES),
  Tanh: unary("Tanh", T.UNARY_COMPLEX_TYPES),
  Sigmoid: unary("Sigmoid", T.UNARY_COMPLEX_TYPES),
  Sin: unary("Sin", T.UNARY_COMPLEX_TYPES),
  Cos: unary("Cos", T.UNARY_COMPLEX_TYPES),
  Tan: unary("Tan", T.UNARY_COMPLEX_TYPES),
  Cast: opDef("Cast", [arg("x", "SrcT")], [{ name: "y", typeAttr: "DstT" }], [
    { name: "SrcT", kind: "type" }, { name: "DstT", kind: "type" }, { name: "Truncate", kind: "bool", default: false },
  ], unchangedShape),
  MatMul: opDef("MatMul", [arg("a"), arg("b")], [{ name: "product", typeAttr: "T" }], [
    { name: "transpose_a", kind: "bool", default: false },
    { name: "transpose_b", kind: "bool", default: false },
    typeAttr("T", [d.bfloat16, d.float16, d.float32, d.float64, d.int32, d.int64, d.complex64, d.complex128]),
  ], matMulShape),
  BatchMatMulV2: opDef("BatchMatMulV2", [arg("x"), arg("y")], [{ name: "output", typeAttr: "T" }], [
    typeAttr("T", [d.bfloat16, d.float16, d.float32, d.float64, d.int32, d.int64, d.complex64, d.complex128]),
    { name: "adj_x", kind: "bool", default: false },
    { name: "adj_y", kind: "bool", default: false },
  ], batchMatMulV2Shape),
  Sum: reduction("Sum"),
  Mean: reduction("Mean"),
  Prod: reduction("Prod"),
  Min: reduction("Min"),
  Max: reduction("Max"),
  All: boolReduction("All"),
  Any: boolReduction("Any"),
  Range: opDef("Range", [arg("start", "Tidx"), arg("limit", "Tidx"), arg("delta", "Tidx")], [{ name: "output", typeAttr: "Tidx" }],
    [typeAttr("Tidx", [d.bfloat16, d.float32, d.float64, d.int32, d.int64], d.int32)], rangeShape),
} as const;

/** math_ops.cc Range shape function: scalar inputs; the length when all three are constant. */
function rangeShape(c: InferContext): Dims[] {
  for (const [i, what] of [[0, "start"], [1, "limit"], [2, "delta"]] as const) {
    withContext(() => withRank(c.inputs[i]!, 0), ` for '${what}'`);
  }
  const [s, l, dl] = [c.inputTensor(0), c.inputTensor(1), c.inputTensor(2)];
  if (s === null || l === null || dl === null) return [[null]];
  return [[rangeSize(s.numbers()[0]!, l.numbers()[0]!, dl.numbers()[0]!, c.attr<DType>("Tidx"))]];
}

/** math_ops.cc RangeSize: its checks in its order, and the length computed in T (ceil for floats). */
export function rangeSize(start: number, limit: number, delta: number, dtype: DType): number {
  const n = (x: number) => strCatNumber(x, dtype);
  if (start > limit && delta > 0) fail(`Requires start <= limit when delta > 0: ${n(start)}/${n(limit)}`);
  if (start < limit && delta < 0) fail(`Requires start >= limit when delta < 0: ${n(start)}/${n(limit)}`);
  if (delta === 0) fail("Requires delta != 0");
  if (dtype.isInteger) return Math.floor((Math.abs(limit - start) + Math.abs(delta) - 1) / Math.abs(delta));
  const inT = (x: number) => (dtype === d.float64 ? x : Math.fround(x));
  return Math.ceil(Math.abs(inT(inT(limit - start) / delta)));
}

// ---- generated wrappers: op name defaults to the op type ----

/** `tf.add`: gen_math_ops.add in 1.15. TF 2.10's math_ops.add (math_ops.py 3998-4004) opens
 *  `name_scope(name, "Add", [x])`, converts x, then y with x's dtype as a hint, and builds AddV2
 *  (Add only for strings). */
export function add(x: OpInput, y: OpInput, name: string | null = null): Tensor {
  if (currentProfile() !== "2") return applyOp1(MATH_OPS.Add, name, { x, y });
  return withNameScope(name, "Add", [x], (scope) => {
    const tx = convertToTensor(x, { name: "x" });
    const ty = convertToTensor(y, { preferredDtype: tx.dtype.baseDtype, name: "y" });
    return applyOp1(tx.dtype.baseDtype === d.string ? MATH_OPS.Add : MATH_OPS.AddV2, scope, { x: tx, y: ty });
  });
}
export const addV2 = (x: OpInput, y: OpInput, name: string | null = null): Tensor => applyOp1(MATH_OPS.AddV2, name, { x, y });
export const subtract = (x: OpInput, y: OpInput, name: string | null = null): Tensor => applyOp1(MATH_OPS.Sub, name, { x, y });
export const multiply = (x: OpInput, y: OpInput, name: string | null = null): Tensor => applyOp1(MATH_OPS.Mul, name, { x, y });
export const realdiv = (x: OpInput, y: OpInput, name: string | null = null): Tensor => applyOp1(MATH_OPS.RealDiv, name, { x, y });
export const floorDivOp = (x: OpInput, y: OpInput, name: string | null = null): Tensor => applyOp1(MATH_OPS.FloorDiv, name, { x, y });
export const floormod = (x: OpInput, y: OpInput, name: string | null = null): Tensor => applyOp1(MATH_OPS.FloorMod, name, { x, y });
export const maximum = (x: OpInput, y: OpInput, name: string | null = null): Tensor => applyOp1(MATH_OPS.Maximum, name, { x, y });
export const minimum = (x: OpInput, y: OpInput, name: string | null = null): Tensor => applyOp1(MATH_OPS.Minimum, name, { x, y });
export const less = (x: OpInput, y: OpInput, name: string | null = null): Tensor => applyOp1(MATH_OPS.Less, name, { x, y });
export const lessEqual = (x: OpInput, y: OpInput, name: string | null = null): Tensor => applyOp1(MATH_OPS.LessEqual, name, { x, y });
export const greater = (x: OpInput, y: OpInput, name: string | null = null): Tensor => applyOp1(MATH_OPS.Greater, name, { x, y });
export const greaterEqual = (x: OpInput, y: OpInput, name: string | null = null): Tensor => applyOp1(MATH_OPS.GreaterEqual, name, { x, y });
export const equal = (x: OpInput, y: OpInput, name: string | null = null): Tensor => applyOp1(MATH_OPS.Equal, name, { x, y });
export const notEqual = (x: OpInput, y: OpInput, name: string | null = null): Tensor => applyOp1(MATH_OPS.NotEqual, name, { x, y });
export const logicalAnd = (x: OpInput, y: OpInput, name: string | null = null): Tensor => applyOp1(MATH_OPS.LogicalAnd, name, { x, y });
export const logicalOr = (x: OpInput, y: OpInput, name: string | null = null): Tensor => applyOp1(MATH_OPS.LogicalOr, name, { x, y });
export const logicalNot = (x: OpInput, name: string | null = null): Tensor => applyOp1(MATH_OPS.LogicalNot, name, { x });
export const negative = (x: OpInput, name: string | null = null): Tensor => applyOp1(MATH_OPS.Neg, name, { x });
export const square = (x: OpInput, name: string | null = null): Tensor => applyOp1(MATH_OPS.Square, name, { x });
export const sqrt = (x: OpInput, name: string | null = null): Tensor => applyOp1(MATH_OPS.Sqrt, name, { x });
export const exp = (x: OpInput, name: string | null = null): Tensor => applyOp1(MATH_OPS.Exp, name, { x });
export const log = (x: OpInput, name: string | null = null): Tensor => applyOp1(MATH_OPS.Log, name, { x });
export const tanh = (x: OpInput, name: string | null = null): Tensor => applyOp1(MATH_OPS.Tanh, name, { x });
export const sin = (x: OpInput, name: string | null = null): Tensor => applyOp1(MATH_OPS.Sin, name, { x });
export const cos = (x: OpInput, name: string | null = null): Tensor => applyOp1(MATH_OPS.Cos, name, { x });
export const tan = (x: OpInput, name: string | null = null): Tensor => applyOp1(MATH_OPS.Tan, name, { x });
/** `tf.sign`: gen_math_ops.sign itself (math_ops.py imports it), no scope of its own. */
export const sign = (x: OpInput, name: string | null = null): Tensor => applyOp1(MATH_OPS.Sign, name, { x });

// ---- Python wrappers in math_ops.py that open their own scope ----

/** `tf.logical_xor` (math_ops.py 1237-1266): `(x | y) & ~(x & y)`, the last op taking the name. */
export function logicalXor(x: OpInput, y: OpInput, name = "LogicalXor"): Tensor {
  return logicalAnd(logicalOr(x, y), logicalNot(logicalAnd(x, y)), name);
}

/** `tf.abs` (math_ops.py 247-279): complex inputs are unsupported. */
export function abs(x: OpInput, name: string | null = null): Tensor {
  return withNameScope(name, "Abs", [x], (scope) => {
    const t = convertToTensor(x, { name: "x" });
    if (t.dtype.isComplex) throw new Unsupported("tf.abs of a complex tensor");
    return applyOp1(MATH_OPS.Abs, scope, { x: t });
  });
}

/** `tf.sigmoid` (math_ops.py 3102-3121). */
export function sigmoid(x: OpInput, name: string | null = null): Tensor {
  return withNameScope(name, "Sigmoid", [x], (scope) => applyOp1(MATH_OPS.Sigmoid, scope, { x: convertToTensor(x, { name: "x" }) }));
}

/** `tf.pow` (math_ops.py 436-459): the scope lists only x, so y's graph is not consulted. */
export function pow(x: OpInput, y: OpInput, name: string | null = null): Tensor {
  return withNameScope(name, "Pow", [x], (scope) => applyOp1(MATH_OPS.Pow, scope, { x, y }));
}

/** `tf.cast` (math_ops.py 648-704): a tensor already of the target base dtype is returned as is. */
export function cast(x: OpInput, dtype: DType, name: string | null = null): Tensor {
  const base = dtype.baseDtype;
  const src = sourceOf(x);
  if (src !== null && isPlainTensor(src) && src.dtype === base) return src;
  // TF hands back the ResourceVariable object itself here, which is not a Tensor.
  if (src !== null && !isPlainTensor(src) && sourceTypeName(src) === "ResourceVariable" && src.dtype === base) {
    throw new Unsupported("tf.cast of a ResourceVariable to its own dtype");
  }
  return withNameScope(name, "Cast", [x], (scope) => {
    const t = convertToTensor(x, { name: "x" });
    if (t.dtype.baseDtype === base) return t;
    if (t.dtype.isComplex && base.isFloating) throw new Unsupported("casting complex to real");
    return applyOp1(MATH_OPS.Cast, scope, { x: t }, { DstT: base });
  });
}

function isPlainTensor(x: unknown): x is Tensor {
  return typeof x === "object" && x !== null && "valueIndex" in x;
}

/** `tf.matmul` (math_ops.py 2567-2736) for 2-D operands; batched or sparse forms are unsupported. */
export function matmul(
  a: OpInput,
  b: OpInput,
  opts: { transposeA?: boolean; transposeB?: boolean; adjointA?: boolean; adjointB?: boolean; name?: string | null } = {},
): Tensor {
  return withNameScope(opts.name ?? null, "MatMul", [a, b], (scope) => {
    if (opts.transposeA && opts.adjointA) throw tfError(OM.transposeAdjointA);
    if (opts.transposeB && opts.adjointB) throw tfError(OM.transposeAdjointB);
    const ta = convertToTensor(a, { name: "a" });
    const tb = convertToTensor(b, { name: "b" });
    if (ta.dtype === d.bfloat16 || tb.dtype === d.bfloat16) throw new Unsupported("bfloat16 matmul");
    // forward_compatible(2019, 4, 25) holds in 1.15: unknown or >2 rank on either side → BatchMatMulV2,
    // transposes turned into adjoints (conj() of a real tensor is the tensor itself).
    const ra = ta.shape.rank, rb = tb.shape.rank;
    if (ra === null || ra > 2 || rb === null || rb > 2) {
      const adjX = (opts.transposeA ?? false) || (opts.adjointA ?? false);
      const adjY = (opts.transposeB ?? false) || (opts.adjointB ?? false);
      if ((adjX && ta.dtype.isComplex) || (adjY && tb.dtype.isComplex)) throw new Unsupported("adjoint of complex matmul operands");
      return applyOp1(MATH_OPS.BatchMatMulV2, scope, { x: ta, y: tb }, { adj_x: adjX, adj_y: adjY });
    }
    const transA = (opts.transposeA ?? false) || (opts.adjointA ?? false);
    const transB = (opts.transposeB ?? false) || (opts.adjointB ?? false);
    if ((opts.adjointA && ta.dtype.isComplex) || (opts.adjointB && tb.dtype.isComplex)) throw new Unsupported("adjoint of complex matmul operands");
    return applyOp1(MATH_OPS.MatMul, scope, { a: ta, b: tb }, { transpose_a: transA, transpose_b: transB });
  });
}

/** math_ops.py `_TRUEDIV_TABLE`: int operands are cast before RealDiv; null means no cast. */
const TRUEDIV_CAST = new Map<DType, DType | null>([
  [d.uint8, d.float32], [d.int8, d.float32], [d.uint16, d.float32], [d.int16, d.float32],
  [d.int32, d.float64], [d.int64, d.float64],
  [d.bfloat16, null], [d.float16, null], [d.float32, null], [d.float64, null], [d.complex64, null], [d.complex128, null],
]);

/** math_ops.py `_truediv_python3`, which `x / y`, `tf.divide` and `tf.truediv` reach. */
export function truediv(x: OpInput, y: OpInput, name: string | null = null): Tensor {
  return withNameScope(name, "truediv", [x, y], (scope) => {
    let tx = convertToTensor(x, { name: "x" });
    let ty = convertToTensor(y, { name: "y" });
    const dx = tx.dtype.baseDtype, dy = ty.dtype.baseDtype;
    if (dx !== dy) throw tfError(OM.sameDtype, dx.repr(), dy.repr());
    const to = TRUEDIV_CAST.get(dx);
    if (to === undefined) throw tfError(OM.invalidTruedivDtype, dx.repr());
    if (to !== null) {
      tx = cast(tx, to);
      ty = cast(ty, to);
    }
    return realdiv(tx, ty, scope);
  });
}

/** math_ops.py `_div_python2` (`tf.div`): floor division for integers. */
export function div(x: OpInput, y: OpInput, name: string | null = null): Tensor {
  return withNameScope(name, "div", [x, y], (scope) => {
    const tx = convertToTensor(x, { name: "x" });
    const ty = convertToTensor(y, { name: "y", dtype: tx.dtype.baseDtype });
    const dx = tx.dtype.baseDtype, dy = ty.dtype.baseDtype;
    if (dx !== dy) throw tfError(OM.sameDtype, dx.repr(), dy.repr());
    return dx.isFloating || dx.isComplex ? realdiv(tx, ty, scope) : floorDivOp(tx, ty, scope);
  });
}

/** `tf.floordiv` (math_ops.py 1155-1180). */
export function floordiv(x: OpInput, y: OpInput, name: string | null = null): Tensor {
  return withNameScope(name, "floordiv", [x, y], (scope) => floorDivOp(x, y, scope));
}

/** `tf.divide`: with a name, `_truediv_python3`; without, Python's `/`. */
export function divide(x: OpInput, y: OpInput, name: string | null = null): Tensor {
  if (name !== null) return truediv(x, y, name);
  if (isTensorLike(x)) return tensorOperator("truediv", x, y);
  if (isTensorLike(y)) return tensorOperator("truediv", y, x, true);
  throw new Unsupported("tf.divide of two Python values (plain Python division)");
}

function isTensorLike(v: OpInput): boolean {
  return sourceOf(v) !== null;
}

// ---- reductions (math_ops.py 1431-2200) ----

export interface ReduceOptions {
  axis?: OpInput | null;
  keepdims?: boolean | null;
  name?: string | null;
}

/** `_ReductionDims`: the axis, else all dims as an int32 Const (known rank) or `range(0, rank(x))`. */
function reductionDims(x: OpInput, axis: OpInput | null | undefined): OpInput {
  if (axis !== undefined && axis !== null) return axis;
  // common_shapes.rank: only a Tensor (not a variable) has a rank here.
  const rank = plainTensorOf(x)?.shape.rank ?? null;
  if (rank !== null) {
    const items: PyValue[] = [];
    for (let i = 0; i < rank; i++) items.push(pyInt(i));
    // np.arange(rank) is an int64 ndarray; make_tensor_proto casts it to the requested int32.
    return constant({ kind: "list", items }, d.int32);
  }
  return range(pyInt(0), rankOp(x));
}

function reduce(def: OpDef, x: OpInput, opts: ReduceOptions): Tensor {
  const keepdims = opts.keepdims ?? false;
  const out = applyOp1(def, opts.name ?? null, { input: x, reduction_indices: reductionDims(x, opts.axis) }, { keep_dims: keepdims });
  // _may_reduce_to_scalar
  if (!out.shape.isFullyDefined() && !keepdims && (opts.axis === undefined || opts.axis === null)) out.setShape([]);
  return out;
}

export const reduceSum = (x: OpInput, opts: ReduceOptions = {}): Tensor => reduce(MATH_OPS.Sum, x, opts);
export const reduceMean = (x: OpInput, opts: ReduceOptions = {}): Tensor => reduce(MATH_OPS.Mean, x, opts);
export const reduceProd = (x: OpInput, opts: ReduceOptions = {}): Tensor => reduce(MATH_OPS.Prod, x, opts);
export const reduceMin = (x: OpInput, opts: ReduceOptions = {}): Tensor => reduce(MATH_OPS.Min, x, opts);
export const reduceMax = (x: OpInput, opts: ReduceOptions = {}): Tensor => reduce(MATH_OPS.Max, x, opts);
/** math_ops.reduce_all_v1 / reduce_any_v1 (math_ops.py 2214, 2313): gen_math_ops._all / _any over _ReductionDims. */
export const reduceAll = (x: OpInput, opts: ReduceOptions = {}): Tensor => reduce(MATH_OPS.All, x, opts);
export const reduceAny = (x: OpInput, opts: ReduceOptions = {}): Tensor => reduce(MATH_OPS.Any, x, opts);

/** `tf.range(start, limit, delta=1, dtype=None, name="range")` (math_ops.py 1359-1428). */
export function range(start: OpInput, limit: OpInput | null = null, delta: OpInput = pyInt(1), dtype: DType | null = null, name = "range"): Tensor {
  if (limit === null) [start, limit] = [pyInt(0), start];
  const lim = limit;
  return withNameScope(name, "Range", [start, lim, delta], (scope) => {
    let ts = convertToTensor(start, { dtype, name: "start" });
    let tl = convertToTensor(lim, { dtype, name: "limit" });
    let td = convertToTensor(delta, { dtype, name: "delta" });
    if (dtype === null) {
      const order = [d.int32, d.int64, d.float32, d.float64];
      const idx = (t: Tensor): number => {
        const i = order.indexOf(t.dtype);
        if (i < 0) throw tfError(OM.rangeDtypes);
        return i;
      };
      const inferred = order[Math.max(idx(ts), idx(tl), idx(td))]!;
      ts = cast(ts, inferred);
      tl = cast(tl, inferred);
      td = cast(td, inferred);
    }
    return applyOp1(MATH_OPS.Range, scope, { start: ts, limit: tl, delta: td });
  });
}

// Set by array.ts (array_ops.rank) to avoid an import cycle.
let rankOp: (x: OpInput) => Tensor = () => {
  throw new Error("array ops not loaded");
};
/** @internal */
export function setRankOp(fn: (x: OpInput) => Tensor): void {
  rankOp = fn;
}

// ---- Python operators on tensors (math_ops.py 884-940, 1224-1275) ----

/** The binary operators TF overrides on Tensor, by their dunder stem. */
export type BinaryOperator =
  | "add" | "sub" | "mul" | "truediv" | "floordiv" | "mod" | "pow" | "matmul"
  | "and" | "or" | "xor";

const OPERATOR_FN: Record<BinaryOperator, (x: Tensor, y: Tensor, name: string) => Tensor> = {
  // _add_dispatch: forward_compatible(2019, 6, 25) holds in 1.15, so AddV2 except for strings.
  add: (x, y, n) => (x.dtype === d.string ? add(x, y, n) : addV2(x, y, n)),
  sub: (x, y, n) => subtract(x, y, n),
  mul: (x, y, n) => multiply(x, y, n),
  truediv: (x, y, n) => truediv(x, y, n),
  floordiv: (x, y, n) => floordiv(x, y, n),
  mod: (x, y, n) => floormod(x, y, n),
  pow: (x, y, n) => pow(x, y, n),
  matmul: (x, y, n) => matmul(x, y, { name: n }),
  and: (x, y, n) => logicalAnd(x, y, n),
  or: (x, y, n) => logicalOr(x, y, n),
  xor: (x, y, n) => logicalXor(x, y, n),
};

/**
 * Thrown where TF's operator wrapper returns NotImplemented: the right operand failed to convert
 * with a TypeError and its type defines the reflected operator, which Python then tries.
 */
export class ReturnNotImplemented extends Error {
  constructor(readonly op: BinaryOperator) {
    super(`NotImplemented from Tensor.__${op}__`);
  }
}

/**
 * `tensor <op> other` (`reflected`: `other <op> tensor`, i.e. `__r<op>__` on `self`). A variable acts
 * through its value, read before the wrapper's scope opens (variables.py `_OverloadOperator`). The
 * wrapper opens `name_scope(None, op)`; a non-tensor right operand is converted as `y` with the
 * left's dtype as a hint, a reflected left operand as `x` with the tensor's dtype required.
 * `otherHasReflected` says whether `type(other)` defines `__r<op>__` (math_ops.py 896-912).
 */
export function tensorOperator(op: BinaryOperator, self: OpInput, other: OpInput, reflected = false, otherHasReflected = false): Tensor {
  const selfT = convertToTensor(self);
  return withNameScope(null, op, [selfT, other], (scope) => {
    if (reflected) {
      const x = convertToTensor(other, { dtype: selfT.dtype.baseDtype, name: "x" });
      return OPERATOR_FN[op](x, selfT, scope);
    }
    let y = plainTensorOf(other);
    if (y === null) {
      try {
        y = convertToTensor(other, { preferredDtype: selfT.dtype.baseDtype, name: "y" });
      } catch (e) {
        if (otherHasReflected && e instanceof TFError && e.pyType === "TypeError") throw new ReturnNotImplemented(op);
        throw e;
      }
    }
    return OPERATOR_FN[op](selfT, y, scope);
  });
}

/** Unary `-tensor` (gen_math_ops.neg: op `Neg`). */
export const tensorNeg = (x: OpInput): Tensor => negative(x);
/** `abs(tensor)` (math_ops.abs: op `Abs`). */
export const tensorAbs = (x: OpInput): Tensor => abs(x);
/** `~tensor` (gen_math_ops.logical_not). */
export const tensorInvert = (x: OpInput): Tensor => logicalNot(x);
