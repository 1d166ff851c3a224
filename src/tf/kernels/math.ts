/**
 * Element-wise math, comparisons, casts, reductions and matrix products (tensorflow/core/kernels
 * cwise_op_*.cc, reduction_ops*.cc, matmul_op.cc). Every op computes in its input dtype `T`:
 * values are evaluated in double precision and rounded once to T, which matches TF exactly for
 * + - * / and sqrt; transcendental functions and float32 sums/products of many terms can differ
 * from Eigen in the last bit.
 */
import { type DType as NpDType, coerce, isFloat } from "../../numpy/dtype.js";
import { astype, binary, broadcastIndex, tryBroadcastShapes, unary } from "../../numpy/elementwise.js";
import { matmul } from "../../numpy/linalg.js";
import { type Elem, NDArray, fromFunction } from "../../numpy/ndarray.js";
import { transpose } from "../../numpy/manipulation.js";
import { TFError, Unsupported } from "../errors.js";
import { numpyDTypeOf } from "../ops/tensor-proto.js";
import { eigenFold, rounded } from "./eigen-reduce.js";
import { type KernelContext, attr, registerKernel, typeAttr } from "./registry.js";

const arr = (ctx: KernelContext, i: number) => ctx.inputs[i] as NDArray;

function intDivCheck(dtype: NpDType, y: number): void {
  if (!isFloat(dtype) && y === 0) throw new TFError("InvalidArgumentError", "Integer division by zero");
}

type Binary = (x: number, y: number, dtype: NpDType) => number;

// Eigen evaluates these with its own vectorised approximations (pexp, plog, ptanh, prsqrt…) or libm,
// not always correctly rounded: float results may differ from TF's in the last bits.
const APPROXIMATE = new Set(["Rsqrt", "Exp", "Expm1", "Log", "Log1p", "Sin", "Cos", "Tan", "Tanh", "Sigmoid", "Elu", "Softplus", "Pow"]);

const BINARY: Record<string, Binary> = {
  Add: (x, y) => x + y,
  AddV2: (x, y) => x + y,
  Sub: (x, y) => x - y,
  Mul: (x, y) => x * y,
  RealDiv: (x, y) => x / y,
  // Div truncates for integers (cwise_op_div.cc uses safe_div with C++ semantics).
  Div: (x, y, d) => { intDivCheck(d, y); return isFloat(d) ? x / y : Math.trunc(x / y); },
  FloorDiv: (x, y, d) => { intDivCheck(d, y); return Math.floor(x / y); },
  FloorMod: (x, y, d) => { intDivCheck(d, y); const r = x % y; return r !== 0 && (r < 0) !== (y < 0) ? r + y : r; },
  TruncateMod: (x, y, d) => { intDivCheck(d, y); return x % y; },
  Maximum: (x, y) => (Number.isNaN(x) || Number.isNaN(y) ? NaN : Math.max(x, y)),
  Minimum: (x, y) => (Number.isNaN(x) || Number.isNaN(y) ? NaN : Math.min(x, y)),
  Pow: (x, y) => x ** y,
  // cwise_ops.h squared_difference: the difference is a T before it is squared.
  SquaredDifference: (x, y, d) => { const t = coerce(d, x - y); return t * t; },
  // cwise_ops.h div_no_nan: 0 where y is 0, x / y elsewhere.
  DivNoNan: (x, y) => (y === 0 ? 0 : x / y),
};

/** TensorShape::DebugString of a concrete shape: `[2,3]`, `[]`. */
export function shapeDebug(a: NDArray): string {
  return `[${a.shape.join(",")}]`;
}

/** The broadcast shape of the two inputs, with BCast's InvalidArgumentError. */
function bcast(a: NDArray, b: NDArray): number[] {
  const shape = tryBroadcastShapes(a.shape, b.shape);
  if (shape === null) throw new TFError("InvalidArgumentError", `Incompatible shapes: ${shapeDebug(a)} vs. ${shapeDebug(b)}`);
  return shape;
}

function broadcastBinary(ctx: KernelContext, out: NpDType, f: (x: number, y: number) => number): NDArray {
  const a = arr(ctx, 0), b = arr(ctx, 1);
  bcast(a, b);
  if (a.dtype === "bytes") throw new Unsupported(`${ctx.op.type} on string tensors`);
  return binary(a, b, out, f);
}

/** String kernels: Add concatenates (cwise_op_add_1.cc registers tstring), Equal/NotEqual compare bytes. */
function bytesBinary(ctx: KernelContext, out: NpDType, f: (x: Uint8Array, y: Uint8Array) => Elem): NDArray {
  const a = arr(ctx, 0), b = arr(ctx, 1);
  const shape = bcast(a, b);
  const ia = broadcastIndex(a.shape, shape), ib = broadcastIndex(b.shape, shape);
  const n = shape.reduce((p, q) => p * q, 1);
  const data: Elem[] = new Array(n);
  for (let i = 0; i < n; i++) {
    data[i] = f(a.data[ia === null ? i : ia[i]] as Uint8Array, b.data[ib === null ? i : ib[i]] as Uint8Array);
  }
  return new NDArray(out, shape, data);
}

const sameBytes = (x: Uint8Array, y: Uint8Array) => x.length === y.length && x.every((c, i) => c === y[i]);
const STRING_KERNELS: Record<string, (ctx: KernelContext) => NDArray> = {
  Add: (ctx) => bytesBinary(ctx, "bytes", (x, y) => { const r = new Uint8Array(x.length + y.length); r.set(x); r.set(y, x.length); return r; }),
  Equal: (ctx) => bytesBinary(ctx, "bool", (x, y) => (sameBytes(x, y) ? 1 : 0)),
  NotEqual: (ctx) => bytesBinary(ctx, "bool", (x, y) => (sameBytes(x, y) ? 0 : 1)),
};

function withStrings(type: string, numeric: (ctx: KernelContext) => NDArray) {
  const str = STRING_KERNELS[type];
  return (ctx: KernelContext) => [str !== undefined && arr(ctx, 0).dtype === "bytes" ? str(ctx) : numeric(ctx)];
}

for (const [type, f] of Object.entries(BINARY)) {
  registerKernel(type, {
    inexact: APPROXIMATE.has(type),
    compute: withStrings(type, (ctx) => {
      const d = arr(ctx, 0).dtype;
      return broadcastBinary(ctx, d, (x, y) => f(x, y, d));
    }),
  });
}

const COMPARE: Record<string, (x: number, y: number) => boolean> = {
  Equal: (x, y) => x === y,
  NotEqual: (x, y) => x !== y,
  Less: (x, y) => x < y,
  LessEqual: (x, y) => x <= y,
  Greater: (x, y) => x > y,
  GreaterEqual: (x, y) => x >= y,
  LogicalAnd: (x, y) => x !== 0 && y !== 0,
  LogicalOr: (x, y) => x !== 0 || y !== 0,
};

for (const [type, f] of Object.entries(COMPARE)) {
  const compute = withStrings(type, (ctx) => broadcastBinary(ctx, "bool", (x, y) => (f(x, y) ? 1 : 0)));
  registerKernel(type, { compute: (ctx) => clashResult(ctx) ?? compute(ctx) });
}

/** cwise_ops_common.cc BinaryOpState: with `incompatible_shape_error` false, shapes that do not
 *  broadcast give a scalar — true for NotEqual, false for Equal — instead of an error. */
function clashResult(ctx: KernelContext): readonly NDArray[] | null {
  if (ctx.op.attrs?.["incompatible_shape_error"] !== false) return null;
  if (tryBroadcastShapes(arr(ctx, 0).shape, arr(ctx, 1).shape) !== null) return null;
  return [new NDArray("bool", [], [ctx.op.type === "NotEqual" ? 1 : 0])];
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

const UNARY: Record<string, (x: number) => number> = {
  Neg: (x) => -x,
  Abs: Math.abs,
  Square: (x) => x * x,
  Sqrt: Math.sqrt,
  Rsqrt: (x) => 1 / Math.sqrt(x),
  Reciprocal: (x) => 1 / x,
  Inv: (x) => 1 / x,
  Exp: Math.exp,
  Expm1: Math.expm1,
  Log: Math.log,
  Log1p: Math.log1p,
  Sin: Math.sin,
  Cos: Math.cos,
  Tan: Math.tan,
  Tanh: Math.tanh,
  Sigmoid: sigmoid,
  Relu: (x) => (x > 0 ? x : 0),
  Relu6: (x) => Math.min(Math.max(x, 0), 6),
  Elu: (x) => (x > 0 ? x : Math.expm1(x)),
  Softplus: (x) => (x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x))),
  // softsign_op.h: features / (1 + |features|).
  Softsign: (x) => x / (1 + Math.abs(x)),
  Sign: (x) => (Number.isNaN(x) ? NaN : Math.sign(x)),
  Floor: Math.floor,
  Ceil: Math.ceil,
  // TF's Round is banker's rounding (round half to even).
  Round: (x) => { const f = Math.floor(x), r = x - f; return r > 0.5 || (r === 0.5 && f % 2 !== 0) ? f + 1 : f; },
  LogicalNot: (x) => (x === 0 ? 1 : 0),
};

for (const [type, f] of Object.entries(UNARY)) {
  registerKernel(type, { inexact: APPROXIMATE.has(type), compute: (ctx) => { const a = arr(ctx, 0); return [unary(a, a.dtype, f)]; } });
}

// cwise_op_isfinite.cc: std::isfinite of each element.
registerKernel("IsFinite", {
  compute: (ctx) => { const a = arr(ctx, 0); return [new NDArray("bool", a.shape, a.numbers().map((v) => (Number.isFinite(v) ? 1 : 0)))]; },
});

registerKernel("Cast", {
  compute: (ctx) => {
    const a = arr(ctx, 0), to = numpyDTypeOf(typeAttr(ctx.op, "DstT"));
    if (a.dtype !== to && (a.dtype === "bytes" || to === "bytes")) throw new Unsupported("Cast to or from string");
    return [astype(a, to)];
  },
});

/** The reduction axes from the `reduction_indices` input, with TF's range check. */
function reductionAxes(ctx: KernelContext): number[] {
  const a = arr(ctx, 0), idx = arr(ctx, 1);
  return idx.numbers().map((ax) => {
    if (ax < -a.ndim || ax >= a.ndim) {
      throw new TFError("InvalidArgumentError", `Invalid reduction dimension (${ax} for input with ${a.ndim} dimension(s)`);
    }
    return ax < 0 ? ax + a.ndim : ax;
  }).filter((ax, i, all) => all.indexOf(ax) === i);
}

/**
 * A TF reduction: the kept axes of the input become the outputs, each folding its reduced values
 * in TF's order (eigen-reduce.ts). `finish` maps the fold and the count (Mean divides).
 */
function reduction(identity: number | null, step: (acc: number, x: number) => number, finish?: (acc: number, n: number) => number) {
  return (ctx: KernelContext) => {
    const a = arr(ctx, 0);
    const keep = Boolean(ctx.op.attrs?.["keep_dims"] ?? false);
    const d = a.dtype;
    const axes = reductionAxes(ctx);
    const kept = [...a.shape.keys()].filter((i) => !axes.includes(i));
    const reducedAxes = [...a.shape.keys()].filter((i) => axes.includes(i));
    const moved = transpose(a, [...kept, ...reducedAxes]).numbers();
    const n = reducedAxes.reduce((p, i) => p * a.shape[i], 1);
    const groups = kept.reduce((p, i) => p * a.shape[i], 1);
    // Eigen's lane-wise path needs the reduced values contiguous: the reduced axes are the trailing ones.
    const nonUnit = [...a.shape.keys()].filter((i) => a.shape[i] !== 1);
    const contiguous = nonUnit.every((i, k) => !axes.includes(i) || nonUnit.slice(k).every((j) => axes.includes(j)));
    const f = rounded(d, step);
    const out: number[] = [];
    for (let g = 0; g < groups; g++) {
      if (identity === null && n === 0) throw new Unsupported(`${ctx.op.type} over an empty axis`);
      const v = identity === null
        ? eigenFold(moved, g * n + 1, n - 1, moved[g * n], f, d, false)
        : eigenFold(moved, g * n, n, identity, f, d, contiguous);
      out.push(coerce(d, finish === undefined ? v : finish(v, n)));
    }
    const shape = keep ? a.shape.map((s, i) => (axes.includes(i) ? 1 : s)) : kept.map((i) => a.shape[i]);
    return [new NDArray(d, shape, out)];
  };
}

registerKernel("Sum", { compute: reduction(0, (s, x) => s + x) });
registerKernel("Prod", { compute: reduction(1, (s, x) => s * x) });
// Mean is the sum divided by the count in the input type: integer means truncate.
registerKernel("Mean", { compute: (ctx) => reduction(0, (s, x) => s + x, (s, n) => {
  const d = arr(ctx, 0).dtype;
  return isFloat(d) ? s / n : Math.trunc(s / n);
})(ctx) });
registerKernel("Max", { compute: reduction(null, (m, x) => (Number.isNaN(m) || Number.isNaN(x) ? NaN : Math.max(m, x))) });
registerKernel("Min", { compute: reduction(null, (m, x) => (Number.isNaN(m) || Number.isNaN(x) ? NaN : Math.min(m, x))) });
registerKernel("All", { compute: reduction(1, (s, x) => (s !== 0 && x !== 0 ? 1 : 0)) });
registerKernel("Any", { compute: reduction(0, (s, x) => (s !== 0 || x !== 0 ? 1 : 0)) });

function argReduce(better: (x: number, best: number) => boolean) {
  return (ctx: KernelContext) => {
    const a = arr(ctx, 0);
    let ax = arr(ctx, 1).numbers()[0];
    if (ax < -a.ndim || ax >= a.ndim) {
      throw new TFError("InvalidArgumentError", `Expected dimension in the range [${-a.ndim}, ${a.ndim}), but got ${ax}`);
    }
    if (ax < 0) ax += a.ndim;
    const out = numpyDTypeOf(typeAttr(ctx.op, "output_type"));
    const moved = transpose(a, [...a.shape.keys()].filter((i) => i !== ax).concat([ax]));
    const n = a.shape[ax], xs = moved.numbers();
    const shape = a.shape.filter((_, i) => i !== ax);
    return [fromFunction(out, shape, (g) => {
      let best = 0;
      for (let i = 1; i < n; i++) if (better(xs[g * n + i], xs[g * n + best])) best = i;
      return best;
    })];
  };
}

registerKernel("ArgMax", { compute: argReduce((x, b) => x > b) });
registerKernel("ArgMin", { compute: argReduce((x, b) => x < b) });

// Eigen's GEBP kernel accumulates float products in the float type, in inner-index order for small
// operands but in its own blocked and interleaved order for larger ones: we accumulate stepwise in
// order, and flag float results as possibly differing in the last bits.
registerKernel("MatMul", {
  inexact: true,
  compute: (ctx) => {
    const a = arr(ctx, 0), b = arr(ctx, 1);
    [a, b].forEach((m, i) => {
      if (m.ndim !== 2) {
        throw new TFError("InvalidArgumentError", `In[${i}] is not a matrix. Instead it has shape ${shapeDebug(m)}`);
      }
    });
    const ta = attr<boolean>(ctx.op, "transpose_a"), tb = attr<boolean>(ctx.op, "transpose_b");
    if (a.shape[ta ? 0 : 1] !== b.shape[tb ? 1 : 0]) {
      // matmul_op.cc reports the operands as given, before transposition.
      throw new TFError("InvalidArgumentError", `Matrix size-incompatible: In[0]: ${shapeDebug(a)}, In[1]: ${shapeDebug(b)}`);
    }
    return [matmul(ta ? transpose(a) : a, tb ? transpose(b) : b, a.dtype, true)];
  },
});

// batch_matmul_op_impl.h BaseBatchMatMulOp with BatchMatMulV2Op's checks: batch dimensions broadcast
// (MatMulBCast), the adjoints swap the last two dimensions.
registerKernel("BatchMatMulV2", {
  inexact: true,
  compute: (ctx) => {
    const swap = (x: NDArray) => transpose(x, [...x.shape.keys()].map((i) => (i === x.ndim - 2 ? x.ndim - 1 : i === x.ndim - 1 ? x.ndim - 2 : i)));
    let a = arr(ctx, 0), b = arr(ctx, 1);
    const sh = (x: NDArray) => `[${x.shape.join(",")}]`;
    if (a.ndim < 2) throw new TFError("InvalidArgumentError", `In[0] ndims must be >= 2: ${a.ndim}`);
    if (b.ndim < 2) throw new TFError("InvalidArgumentError", `In[1] ndims must be >= 2: ${b.ndim}`);
    if (tryBroadcastShapes(a.shape.slice(0, -2), b.shape.slice(0, -2)) === null) {
      throw new TFError("InvalidArgumentError", `In[0] and In[1] must have compatible batch dimensions: ${sh(a)} vs. ${sh(b)}`);
    }
    const adjX = Boolean(ctx.op.attrs?.["adj_x"]), adjY = Boolean(ctx.op.attrs?.["adj_y"]);
    const d1 = a.shape[a.ndim - (adjX ? 2 : 1)]!, d2 = b.shape[b.ndim - (adjY ? 1 : 2)]!;
    if (d1 !== d2) {
      // StrCat prints the bools as 0 and 1.
      throw new TFError("InvalidArgumentError", `In[0] mismatch In[1] shape: ${d1} vs. ${d2}: ${sh(a)} ${sh(b)} ${adjX ? 1 : 0} ${adjY ? 1 : 0}`);
    }
    if (adjX) a = swap(a);
    if (adjY) b = swap(b);
    return [matmul(a, b, a.dtype, true)];
  },
});
