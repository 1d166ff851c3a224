/**
 * What TF's shape refiner knows of an input's value while inferring shapes
 * (tensorflow/core/common_runtime/shape_refiner.cc, eval_const_tensor.cc): the value of a constant
 * subgraph, and the partial shape a shape-vector input describes (ConstantPartialShape).
 */
import { NDArray } from "../../numpy/ndarray.js";
import { Unsupported } from "../errors.js";
import type { Operation, Tensor } from "../tensor.js";
import type { Dims } from "./infer-context.js";
import { EagerTensor } from "../eager/eager-tensor.js";

// Stateful ops stop constant folding (ExtractConstantSubgraph), as does PlaceholderWithDefault.
const STATEFUL = new Set([
  "VariableV2", "Variable", "VarHandleOp", "ReadVariableOp", "AssignVariableOp", "VarIsInitializedOp",
  "IsVariableInitialized", "RandomUniform", "RandomUniformInt", "RandomStandardNormal", "TruncatedNormal",
  "Assign", "AssignAdd", "AssignSub", "PlaceholderWithDefault",
  "HashTableV2", "LookupTableFindV2", "LookupTableImportV2", "LookupTableSizeV2", "TensorArrayV3",
]);

/** eval_const_tensor.cc TryToInferTensorOutputFromInputShapes: Shape, Rank and Size of known shapes. */
function inferFromShapes(op: Operation): NDArray | null {
  const dims = op.inputs[0]?.shape.dims ?? null;
  const known = dims !== null && dims.every((x) => x.value !== null);
  const out = op.outputs[0]!.dtype.name as "int32" | "int64";
  switch (op.type) {
    case "Shape": return known ? new NDArray(out, [dims!.length], dims!.map((x) => x.value!)) : null;
    case "Rank": return dims !== null ? new NDArray("int32", [], [dims.length]) : null;
    case "Size": return known ? new NDArray(out, [], [dims!.reduce((a, x) => a * x.value!, 1)]) : null;
    default: return null;
  }
}

/** ExtractConstantSubgraph's verdict: every path ends in a Const or an inferable Shape/Rank/Size. */
function isConstantGraph(op: Operation, seen = new Set<Operation>()): boolean {
  if (seen.has(op)) return true;
  seen.add(op);
  if (inferFromShapes(op) !== null) return true;
  if (STATEFUL.has(op.type)) return false;
  if (op.inputs.length === 0) return op.type === "Const";
  return op.inputs.every((t) => isConstantGraph(t.op, seen));
}

/**
 * The value of `t` when the shape refiner could compute it: a Const's value, a materialized
 * Shape/Rank/Size, or a Range over those; null when it depends on a placeholder or a stateful op.
 * Evaluating any other constant subgraph is not modelled: Unsupported.
 */
export function constantValue(t: Tensor): NDArray | null {
  // tensor_util.constant_value returns an EagerTensor's own value.
  if (t instanceof EagerTensor) return t.value;
  if (t.op.type === "Const") return t.op.attrs!["value"] as NDArray;
  const inferred = inferFromShapes(t.op);
  if (inferred !== null) return inferred;
  if (!isConstantGraph(t.op)) return null;
  // A registered folding (a kernel run on the constant inputs, as eval_const_tensor.cc runs it) first.
  const fold = FOLDERS.get(t.op.type);
  if (fold !== undefined) return fold(t, constantValue);
  // Range over constants is the one folding the op wrappers themselves need
  // (math_ops._ReductionDims, array_ops.transpose).
  if (t.op.type === "Range") return foldRange(t);
  if (t.op.type === "ConcatV2") return foldConcat(t);
  if (t.op.type === "StridedSlice") return foldIndex(t);
  if (t.op.type === "Mul" || t.op.type === "AddV2" || t.op.type === "Add" || t.op.type === "Sub") return foldScalarArithmetic(t);
  if (t.op.type === "Pack") return foldScalarPack(t);
  if (t.op.type === "Slice") return foldVectorSlice(t);
  if (t.op.type === "Prod") return foldVectorProd(t);
  throw new Unsupported(`constant-folding '${t.op.type}' during shape inference`);
}

/** Foldings other rooms register for the ops they build (gradients: BroadcastGradientArgs). */
const FOLDERS = new Map<string, (t: Tensor, value: (t: Tensor) => NDArray | null) => NDArray>();

export function registerConstantFolder(type: string, fold: (t: Tensor, value: (t: Tensor) => NDArray | null) => NDArray): void {
  FOLDERS.set(type, fold);
}

function foldRange(t: Tensor): NDArray {
  const [s, l, d] = t.op.inputs.map(constantValue);
  if (!s || !l || !d || !t.dtype.isInteger) throw new Unsupported("constant-folding a non-integer Range");
  const [start, limit, delta] = [s.numbers()[0]!, l.numbers()[0]!, d.numbers()[0]!];
  const out: number[] = [];
  for (let x = start; delta > 0 ? x < limit : x > limit; x += delta) out.push(x);
  return new NDArray(s.dtype, [out.length], out);
}

// ConcatV2 of constant vectors (tensordot's transpose permutation): their values end to end.
function foldConcat(t: Tensor): NDArray {
  const values = t.op.inputs.slice(0, -1).map(constantValue);
  if (values.some((v) => v === null || v.shape.length !== 1)) throw new Unsupported("constant-folding a ConcatV2 of other than vectors");
  const items = values.flatMap((v) => v!.numbers());
  return new NDArray(values[0]!.dtype, [items.length], items);
}

// `shape(x)[i]` (Keras's transposed convolutions) and `shape(x)[a:b]` (boolean_mask): one element or a
// unit-stride slice of a constant vector.
function foldIndex(t: Tensor): NDArray {
  const [v, b, e, st] = t.op.inputs.map(constantValue);
  const a = t.op.attrs!;
  const shrink = a["shrink_axis_mask"] === 1;
  const simple = (shrink ? !a["begin_mask"] && !a["end_mask"] : a["shrink_axis_mask"] === 0) && !a["ellipsis_mask"] && !a["new_axis_mask"];
  if (!v || !b || !e || !st || !simple || v.shape.length !== 1 || st.numbers()[0] !== 1) {
    throw new Unsupported("constant-folding a StridedSlice other than one element or a unit-stride slice of a vector");
  }
  const n = v.numbers();
  const i = b.numbers()[0]!;
  if (shrink) return new NDArray(v.dtype, [], [n[i < 0 ? n.length + i : i]!]);
  const items = unitSlice(t.op, n, i, e.numbers()[0]!);
  return new NDArray(v.dtype, [items.length], items);
}

// A unit-stride slice of a vector as StridedSlice's masks and Python's bounds read it: negative counts
// from the end, then clamped; a mask bit means "from the start" / "to the end".
function unitSlice<T>(op: Operation, items: readonly T[], begin: number, end: number): T[] {
  const clamp = (x: number) => Math.min(Math.max(x < 0 ? x + items.length : x, 0), items.length);
  const from = Number(op.attrs!["begin_mask"]) & 1 ? 0 : clamp(begin);
  const to = Number(op.attrs!["end_mask"]) & 1 ? items.length : clamp(end);
  return items.slice(from, Math.max(from, to));
}

// gen_math_ops.prod(shape(x)[a:b], [0]) (boolean_mask's leading size): the product of an integer vector.
function foldVectorProd(t: Tensor): NDArray {
  const [x, axes] = t.op.inputs.map(constantValue);
  const all = axes !== null && axes!.numbers().length === 1 && (axes!.numbers()[0] === 0 || axes!.numbers()[0] === -1);
  if (!x || !all || x.shape.length !== 1 || !t.dtype.isInteger || t.op.attrs!["keep_dims"]) {
    throw new Unsupported("constant-folding a Prod other than of a whole integer vector");
  }
  return new NDArray(x.dtype, [], [x.numbers().reduce((p, q) => p * q, 1)]);
}

// Scalar integer Mul/Add/Sub over constants (the deconvolution lengths of Keras's transposed convolutions,
// nn_ops._flatten_outer_dims' `rank - 1`).
function foldScalarArithmetic(t: Tensor): NDArray {
  const [x, y] = t.op.inputs.map(constantValue);
  if (!x || !y || x.shape.length !== 0 || y.shape.length !== 0 || !t.dtype.isInteger) {
    throw new Unsupported(`constant-folding a ${t.op.type} other than of two integer scalars`);
  }
  const [p, q] = [x.numbers()[0]!, y.numbers()[0]!];
  return new NDArray(x.dtype, [], [t.op.type === "Mul" ? p * q : t.op.type === "Sub" ? p - q : p + q]);
}

// A Slice of a constant integer vector (nn_ops._flatten_outer_dims' last dimension of a shape).
function foldVectorSlice(t: Tensor): NDArray {
  const [x, b, n] = t.op.inputs.map(constantValue);
  if (!x || !b || !n || x.shape.length !== 1 || !t.dtype.isInteger) throw new Unsupported("constant-folding a Slice other than of an integer vector");
  const begin = b.numbers()[0]!, size = n.numbers()[0]!;
  const xs = x.numbers().slice(begin, size === -1 ? undefined : begin + size);
  return new NDArray(x.dtype, [xs.length], xs);
}

// A Pack of integer scalars along axis 0 (a list holding a tensor, autopacked: nn_ops._flatten_outer_dims'
// `[rank - 1]`).
function foldScalarPack(t: Tensor): NDArray {
  const xs = t.op.inputs.map(constantValue);
  if (xs.some((x) => !x || x.shape.length !== 0) || !t.dtype.isInteger || Number(t.op.attrs!["axis"] ?? 0) !== 0) {
    throw new Unsupported("constant-folding a Pack other than of integer scalars");
  }
  return new NDArray(xs[0]!.dtype, [xs.length], xs.map((x) => x!.numbers()[0]!));
}

/** ShapeRefiner::ConstantPartialShape: the shape a 1-D shape tensor describes, as far as known. */
export function partialShapeOf(t: Tensor): Dims {
  const src = t.shape.dims;
  if (src !== null && src.length === 0) {
    const v = constantValue(t);
    if (v !== null && v.numbers()[0] === -1) return null;
    throw new Unsupported("a scalar shape tensor other than the constant -1");
  }
  if (src !== null && src.length !== 1) throw new Unsupported(`a rank-${src.length} shape tensor`);
  const n = src === null ? null : src[0]!.value;
  if (n === 0) return [];
  const op = t.op;
  switch (op.type) {
    case "Shape": {
      const d = op.inputs[0]!.shape.dims;
      return d === null ? null : d.map((x) => x.value);
    }
    case "ShapeN": {
      // shape_refiner.cc 521-522: the shape of the ShapeN input this output describes.
      const d = op.inputs[t.valueIndex]!.shape.dims;
      return d === null ? null : d.map((x) => x.value);
    }
    case "Pack":
      // EvaluateConstantIntScalarEdge per element: unknown when it cannot be evaluated.
      return op.inputs.map((x) => {
        const v = x.shape.dims?.length === 0 ? constantValue(x) : null;
        const s = v === null ? null : v.numbers()[0]!;
        return s === null || s < 0 ? null : s;
      });
    case "ConcatV2": {
      const out: (number | null)[] = [];
      for (const x of op.inputs.slice(0, -1)) {
        const p = partialShapeOf(x);
        if (p === null) return null;
        out.push(...p);
      }
      return out;
    }
    case "StridedSlice": {
      // shape_refiner.cc PartialStridedSliceShape: a unit-stride slice of a Shape op slices its partial
      // shape; other slices (of a Const: array_ops.shape folds a known shape) are evaluated below.
      const [b, e, st] = op.inputs.slice(1).map(constantValue);
      const a = op.attrs!;
      const simple = !a["shrink_axis_mask"] && !a["ellipsis_mask"] && !a["new_axis_mask"] && st?.numbers()[0] === 1;
      if (op.inputs[0]!.op.type === "Shape" && b && e && simple) {
        const whole = partialShapeOf(op.inputs[0]!);
        return whole === null ? null : unitSlice(op, whole, b.numbers()[0]!, e.numbers()[0]!);
      }
      if (op.inputs[0]!.op.type !== "Const") throw new Unsupported("a strided slice as a shape tensor");
      return evaluated(t, n);
    }
    default:
      return evaluated(t, n);
  }
}

// EvaluateConstantTensorForEdge then MakeShapeFromTensor: -1 is an unknown dimension.
function evaluated(t: Tensor, n: number | null): Dims {
  const v = constantValue(t);
  if (v === null) return n === null ? null : new Array<number | null>(n).fill(null);
  return v.numbers().map((x) => {
    if (x < -1) throw new Unsupported("a shape tensor holding values below -1");
    return x === -1 ? null : x;
  });
}
