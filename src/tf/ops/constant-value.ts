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
  // Range over constants is the one folding the op wrappers themselves need
  // (math_ops._ReductionDims, array_ops.transpose).
  if (t.op.type === "Range") return foldRange(t);
  if (t.op.type === "ConcatV2") return foldConcat(t);
  if (t.op.type === "StridedSlice") return foldIndex(t);
  if (t.op.type === "Mul" || t.op.type === "AddV2" || t.op.type === "Add") return foldScalarArithmetic(t);
  const fold = FOLDERS.get(t.op.type);
  if (fold !== undefined) return fold(t, constantValue);
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

// `shape(x)[i]` (Keras's transposed convolutions): one element of a constant vector.
function foldIndex(t: Tensor): NDArray {
  const [v, b, e, st] = t.op.inputs.map(constantValue);
  const a = t.op.attrs!;
  const simple = a["shrink_axis_mask"] === 1 && !a["begin_mask"] && !a["end_mask"] && !a["ellipsis_mask"] && !a["new_axis_mask"];
  if (!v || !b || !e || !st || !simple || v.shape.length !== 1 || st.numbers()[0] !== 1) {
    throw new Unsupported("constant-folding a StridedSlice other than one element of a vector");
  }
  const n = v.numbers();
  const i = b.numbers()[0]!;
  return new NDArray(v.dtype, [], [n[i < 0 ? n.length + i : i]!]);
}

// Scalar integer Mul/Add over constants (the deconvolution lengths of Keras's transposed convolutions).
function foldScalarArithmetic(t: Tensor): NDArray {
  const [x, y] = t.op.inputs.map(constantValue);
  if (!x || !y || x.shape.length !== 0 || y.shape.length !== 0 || !t.dtype.isInteger) {
    throw new Unsupported(`constant-folding a ${t.op.type} other than of two integer scalars`);
  }
  const [p, q] = [x.numbers()[0]!, y.numbers()[0]!];
  return new NDArray(x.dtype, [], [t.op.type === "Mul" ? p * q : p + q]);
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
    case "StridedSlice":
      throw new Unsupported("a strided slice as a shape tensor");
    default: {
      const v = constantValue(t);
      if (v === null) return n === null ? null : new Array<number | null>(n).fill(null);
      return v.numbers().map((x) => {
        if (x < -1) throw new Unsupported("a shape tensor holding values below -1");
        return x === -1 ? null : x;
      });
    }
  }
}
