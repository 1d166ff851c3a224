/**
 * array_ops.py and gen_array_ops: placeholders, identity, zeros/ones/fill, reshape, concat, stack,
 * transpose, expand_dims, squeeze, shape/size/rank, tile, gather — TF 1.15's default names and
 * shape functions (tensorflow/core/ops/array_ops.cc).
 */
import { executingEagerly } from "../context.js";
import * as d from "../dtypes.js";
import type { DType } from "../dtypes.js";
import { TFError, Unsupported, tfError } from "../errors.js";
import { M } from "../messages.js";
import { type TensorShape, asShape } from "../shape.js";
import { Tensor } from "../tensor.js";
import { type OpInput, constant, convertToTensor, plainTensorOf, pyValueOf, setPackOp, sourceOf } from "./convert.js";
import {
  concatShape, expandDimsShape, fillShape, gatherShape, packShape, reshapeShape, squeezeShape, tileShape, transposeShape,
} from "./array-shape-fns.js";
import { type Dims, mergeShape } from "./infer-context.js";
import { MATH_OPS, setRankOp, tensorOperator } from "./math.js";
import { arg, opDef, typeAttr } from "./op-def.js";
import { applyOp1 } from "./op-library.js";
import { OM } from "./op-messages.js";
import { type PyValue, pyBool, pyInt, pyStr } from "./pyvalue.js";
import { withNameScope } from "./scope.js";
import { scalarShape, unchangedShape } from "./shape-fns.js";
import * as T from "./type-sets.js";

const out = (typeAttrName = "T") => [{ name: "output", typeAttr: typeAttrName }];
const shapeAttrDims = (s: TensorShape): Dims => (s.dims === null ? null : s.dims.map((x) => x.value));

/** The array op registrations used here (tensorflow/core/ops/array_ops.cc). */
export const ARRAY_OPS = {
  Placeholder: opDef("Placeholder", [], out("dtype"), [
    { name: "dtype", kind: "type" }, { name: "shape", kind: "shape", default: asShape(null) },
  ], (c) => [shapeAttrDims(c.attr<TensorShape>("shape"))]),
  PlaceholderWithDefault: opDef("PlaceholderWithDefault", [arg("input", "dtype")], out("dtype"), [
    { name: "dtype", kind: "type" }, { name: "shape", kind: "shape" },
  ], (c) => {
    const s = shapeAttrDims(c.attr<TensorShape>("shape"));
    mergeShape(c.inputs[0]!, s);
    return [s];
  }),
  Identity: opDef("Identity", [arg("input")], out(), [typeAttr("T")], unchangedShape),
  Fill: opDef("Fill", [arg("dims", "index_type"), arg("value")], out(), [
    typeAttr("T"), typeAttr("index_type", T.INDEX_TYPES, d.int32),
  ], fillShape),
  Reshape: opDef("Reshape", [arg("tensor"), arg("shape", "Tshape")], out(), [
    typeAttr("T"), typeAttr("Tshape", T.INDEX_TYPES, d.int32),
  ], reshapeShape),
  Pack: opDef("Pack", [{ name: "values", typeAttr: "T", numberAttr: "N" }], out(), [
    { name: "N", kind: "int", minimum: 1 }, typeAttr("T"), { name: "axis", kind: "int", default: 0 },
  ], packShape),
  ConcatV2: opDef("ConcatV2", [{ name: "values", typeAttr: "T", numberAttr: "N" }, arg("axis", "Tidx")], out(), [
    { name: "N", kind: "int", minimum: 2 }, typeAttr("T"), typeAttr("Tidx", T.INDEX_TYPES, d.int32),
  ], concatShape),
  Transpose: opDef("Transpose", [arg("x"), arg("perm", "Tperm")], [{ name: "y", typeAttr: "T" }], [
    typeAttr("T"), typeAttr("Tperm", T.INDEX_TYPES, d.int32),
  ], transposeShape),
  ExpandDims: opDef("ExpandDims", [arg("input"), arg("dim", "Tdim")], out(), [
    typeAttr("T"), typeAttr("Tdim", T.INDEX_TYPES, d.int32),
  ], expandDimsShape),
  Squeeze: opDef("Squeeze", [arg("input")], out(), [
    typeAttr("T"), { name: "squeeze_dims", kind: "list(int)", default: [] },
  ], squeezeShape),
  Shape: opDef("Shape", [arg("input")], out("out_type"), [typeAttr("T"), typeAttr("out_type", T.INDEX_TYPES, d.int32)],
    (c) => [[c.inputs[0] === null ? null : c.inputs[0]!.length]]),
  Size: opDef("Size", [arg("input")], out("out_type"), [typeAttr("T"), typeAttr("out_type", T.INDEX_TYPES, d.int32)], scalarShape),
  Rank: opDef("Rank", [arg("input")], [{ name: "output", type: d.int32 }], [typeAttr("T")], scalarShape),
  Tile: opDef("Tile", [arg("input"), arg("multiples", "Tmultiples")], out(), [
    typeAttr("T"), typeAttr("Tmultiples", T.INDEX_TYPES, d.int32),
  ], tileShape),
  GatherV2: opDef("GatherV2", [arg("params", "Tparams"), arg("indices", "Tindices"), arg("axis", "Taxis")], out("Tparams"), [
    { name: "batch_dims", kind: "int", default: 0 }, typeAttr("Tparams"), typeAttr("Tindices", T.INDEX_TYPES),
    typeAttr("Taxis", T.INDEX_TYPES),
  ], gatherShape),
  ZerosLike: opDef("ZerosLike", [arg("x")], [{ name: "y", typeAttr: "T" }], [typeAttr("T")], unchangedShape),
} as const;

// ---- wrappers ----

/** `tf.placeholder(dtype, shape=None, name=None)`; RuntimeError E21 in eager mode. */
export function placeholder(dtype: DType, shape: TensorShape | null = null, name: string | null = null): Tensor {
  if (executingEagerly()) throw tfError(M.placeholderEager);
  return applyOp1(ARRAY_OPS.Placeholder, name, {}, { dtype, shape: shape ?? asShape(null) });
}

/** `tf.placeholder_with_default(input, shape, name=None)`. */
export function placeholderWithDefault(input: OpInput, shape: TensorShape, name: string | null = null): Tensor {
  return applyOp1(ARRAY_OPS.PlaceholderWithDefault, name, { input }, { shape });
}

export const identity = (input: OpInput, name: string | null = null): Tensor => applyOp1(ARRAY_OPS.Identity, name, { input });
export const fill = (dims: OpInput, value: OpInput, name: string | null = null): Tensor => applyOp1(ARRAY_OPS.Fill, name, { dims, value });
export const reshape = (tensor: OpInput, shape: OpInput, name: string | null = null): Tensor => applyOp1(ARRAY_OPS.Reshape, name, { tensor, shape });
export const tile = (input: OpInput, multiples: OpInput, name: string | null = null): Tensor => applyOp1(ARRAY_OPS.Tile, name, { input, multiples });

/** gen_array_ops.pack: one Pack op (no auto-packing shortcut). */
export function pack(values: readonly OpInput[], axis = 0, name: string | null = null): Tensor {
  return applyOp1(ARRAY_OPS.Pack, name, { values }, { axis });
}
setPackOp(pack);

/** The scalar `zeros`/`ones` fill in for a dtype (array_ops.py 2306-2313, 2540-2541); `ones` of
 *  strings uses 1, which then fails conversion exactly as in TF. */
function fillValue(dtype: DType, one: boolean): PyValue {
  if (dtype === d.bool) return pyBool(one);
  if (dtype === d.string && !one) return pyStr("");
  return pyInt(one ? 1 : 0);
}

function isConversionError(e: unknown): boolean {
  return e instanceof TFError && (e.pyType === "TypeError" || e.pyType === "ValueError");
}

/** The literal ints of a shape argument, or null when it is not a plain list of ints. */
function literalDims(shape: PyValue): number[] | null {
  if (shape.kind !== "list" && shape.kind !== "tuple") return null;
  if (!shape.items.every((x) => x.kind === "int")) return null;
  return shape.items.map((x) => Number((x as { value: bigint }).value));
}

/** Where TF's `except (TypeError, ValueError)` in zeros/ones takes over from a failed fast path. */
const CONVERT_INSTEAD = new Error("zeros/ones: fall back to convert_to_tensor(shape)");

function hasNoneDim(shape: PyValue): boolean {
  return (shape.kind === "list" || shape.kind === "tuple") && shape.items.every((x) => x.kind === "int" || x.kind === "none");
}

/** array_ops.py `zeros`/`ones` (2304-2352, 2532-2575). */
function filled(shape: OpInput, dtype: DType, name: string | null, kind: "zeros" | "ones"): Tensor {
  const base = dtype.baseDtype;
  const value = fillValue(base, kind === "ones");
  return withNameScope(name, kind, [shape], (scope) => {
    let shapeT = plainTensorOf(shape);
    if (shapeT === null) {
      const py = pyValueOf(shape);
      if (py === null) throw new Unsupported(`tf.${kind} with a variable as its shape`);
      try {
        const dims = literalDims(py) ?? (py.kind === "int" ? [Number(py.value)] : null);
        // np.prod fails on None (TypeError) and TensorShape refuses a partial shape (ValueError).
        if (dims === null && hasNoneDim(py)) throw CONVERT_INSTEAD;
        if (dims === null) throw new Unsupported(`tf.${kind} with a shape of ${py.kind} elements`);
        // A negative dimension fails inside _constant_if_small and TensorShape() with a ValueError.
        if (dims.some((x) => x < 0)) throw CONVERT_INSTEAD;
        // _constant_if_small: np.prod(shape) < 1000, through v1 constant (a scalar int shape fails there).
        if (py.kind !== "int" && dims.reduce((a, b) => a * b, 1) < 1000) {
          try {
            return constant(value, base, dims, scope);
          } catch (e) {
            if (!(e instanceof TFError && e.pyType === "TypeError")) throw e;
          }
        }
        // _tensor_shape_tensor_conversion_function(TensorShape(shape)).
        const big = dims.some((x) => x >= 2 ** 31);
        shapeT = constant({ kind: "list", items: dims.map((x) => pyInt(x)) }, big ? d.int64 : d.int32, null, "shape_as_tensor");
      } catch (e) {
        if (e !== CONVERT_INSTEAD && !isConversionError(e)) throw e;
        shapeT = convertToTensor(py, { dtype: d.int32 });
      }
    }
    if (shapeT.shape.rank === 0 || shapeT.shape.rank === null) shapeT = reshape(shapeT, { kind: "list", items: [pyInt(-1)] });
    return fill(shapeT, constant(value, base), scope);
  });
}

export const zeros = (shape: OpInput, dtype: DType = d.float32, name: string | null = null): Tensor => filled(shape, dtype, name, "zeros");
export const ones = (shape: OpInput, dtype: DType = d.float32, name: string | null = null): Tensor => filled(shape, dtype, name, "ones");

function dimsList(s: readonly number[]): PyValue {
  return { kind: "list", items: s.map((x) => pyInt(x)) };
}

/** `tf.zeros_like(tensor, dtype=None, name=None, optimize=True)` (array_ops.py 2427-2454). */
export function zerosLike(tensor: OpInput, dtype: DType | null = null, name: string | null = null, optimize = true): Tensor {
  return withNameScope(name, "zeros_like", [tensor], (scope) => {
    const t = convertToTensor(tensor, { name: "tensor" });
    if (optimize && t.shape.isFullyDefined() && t.dtype !== d.variant) {
      return zeros(dimsList(t.shape.asList() as number[]), dtype ?? t.dtype, scope);
    }
    if (dtype !== null && dtype !== t.dtype && dtype !== d.variant) return zeros(shape(t, null, d.int32, optimize), dtype, scope);
    return applyOp1(ARRAY_OPS.ZerosLike, scope, { x: t });
  });
}

/** `tf.ones_like(tensor, dtype=None, name=None, optimize=True)` (array_ops.py 2518-2529): always a Fill. */
export function onesLike(tensor: OpInput, dtype: DType | null = null, name: string | null = null, optimize = true): Tensor {
  return withNameScope(name, "ones_like", [tensor], (scope) => {
    const t = convertToTensor(tensor, { name: "tensor" });
    const ret = ones(shape(t, null, d.int32, optimize), dtype ?? t.dtype, scope);
    ret.setShape(t.shape);
    return ret;
  });
}

/** `tf.shape(input, name=None, out_type=tf.int32)`: a Const named `Shape` when fully defined. */
export function shape(input: OpInput, name: string | null = null, outType: DType = d.int32, optimize = true): Tensor {
  return withNameScope(name, "Shape", [input], (scope) => {
    const t = convertToTensor(input);
    if (optimize && t.shape.isFullyDefined()) return constant(dimsList(t.shape.asList() as number[]), outType, null, scope);
    return applyOp1(ARRAY_OPS.Shape, scope, { input: t }, { out_type: outType });
  });
}

/** `tf.size(input, name=None, out_type=tf.int32)`. */
export function size(input: OpInput, name: string | null = null, outType: DType = d.int32, optimize = true): Tensor {
  return withNameScope(name, "Size", [input], (scope) => {
    const t = convertToTensor(input);
    const dims = t.shape.dims;
    if (optimize) {
      const n = t.shape.numElements();
      if (n !== null) return constant(pyInt(n), outType, null, scope);
      if (dims !== null && dims.length > 0 && dims.some((x) => x.value === 0)) return constant(pyInt(0), outType, null, scope);
    }
    return applyOp1(ARRAY_OPS.Size, scope, { input: t }, { out_type: outType });
  });
}

/** `tf.rank(input, name=None)`. */
export function rank(input: OpInput, name: string | null = null, optimize = true): Tensor {
  return withNameScope(name, "Rank", [input], (scope) => {
    const t = convertToTensor(input);
    const r = t.shape.rank;
    if (optimize && r !== null) return constant(pyInt(r), d.int32, null, scope);
    return applyOp1(ARRAY_OPS.Rank, scope, { input: t });
  });
}
setRankOp((x) => rank(x));

/** `tf.concat(values, axis, name="concat")` (array_ops.py 1328-1421). */
export function concat(values: readonly OpInput[], axis: OpInput, name = "concat"): Tensor {
  if (values.length === 1) {
    return withNameScope(name, null, null, () => {
      const a = convertToTensor(axis, { name: "concat_dim", dtype: d.int32 });
      a.shape.assertHasRank(0);
      return identity(values[0]!, name);
    });
  }
  return applyOp1(ARRAY_OPS.ConcatV2, name, { values, axis });
}

/** `tf.stack(values, axis=0, name="stack")` (array_ops.py 1101-1155). */
export function stack(values: readonly OpInput[], axis = 0, name = "stack"): Tensor {
  const list: PyValue = { kind: "list", items: values.map((v) => pyValueOf(v) ?? { kind: "tensor", value: sourceOf(v)! }) };
  if (axis === 0) {
    try {
      return convertToTensor(list, { name });
    } catch (e) {
      if (!isConversionError(e)) throw e;
    }
  }
  const first = convertToTensor(values[0]!, { name });
  const r = first.shape.rank;
  if (r !== null) {
    const n = r + 1;
    if (axis < -n || axis >= n) throw tfError(OM.stackAxis, axis, -n, n);
  }
  return pack(values, axis, name);
}

/** `tf.transpose(a, perm=None, name="transpose")` (array_ops.py 1773-1865). */
export function transpose(a: OpInput, perm: OpInput | null = null, name = "transpose"): Tensor {
  return withNameScope(name, "transpose", [a], (scope) => {
    if (perm !== null) return applyOp1(ARRAY_OPS.Transpose, scope, { x: a, perm });
    const t = convertToTensor(a, { name: "a" });
    const r = t.shape.rank;
    let p: OpInput;
    if (!r) {
      const rk = applyOp1(ARRAY_OPS.Rank, null, { input: t });
      p = tensorOperator("sub", tensorOperator("sub", rk, pyInt(1)), rangeGen(rk));
    } else {
      p = { kind: "list", items: Array.from({ length: r }, (_, i) => pyInt(r - 1 - i)) };
    }
    const ret = applyOp1(ARRAY_OPS.Transpose, scope, { x: t, perm: p });
    const inDims = ret.op.inputs[0]!.shape.dims;
    if (inDims !== null) ret.setShape([...inDims].reverse());
    return ret;
  });
}

/** gen_math_ops._range(0, rank, 1): the bare Range op, no dtype inference. */
function rangeGen(limit: Tensor): Tensor {
  return applyOp1(MATH_OPS.Range, null, { start: pyInt(0), limit, delta: pyInt(1) });
}

/** `tf.expand_dims(input, axis=None, name=None, dim=None)` (array_ops.py 214-270). */
export function expandDims(input: OpInput, axis: OpInput | null, name: string | null = null): Tensor {
  if (axis === null) throw tfError(OM.expandDimsAxis);
  return applyOp1(ARRAY_OPS.ExpandDims, name, { input, dim: axis });
}

/** `tf.squeeze(input, axis=None, name=None)`: a scalar axis becomes a one-element list. */
export function squeeze(input: OpInput, axis: number | readonly number[] | null = null, name: string | null = null): Tensor {
  const dims = axis === null ? [] : typeof axis === "number" ? [axis] : axis;
  return applyOp1(ARRAY_OPS.Squeeze, name, { input }, { squeeze_dims: dims });
}

/** `tf.gather(params, indices, axis=None, name=None)` on tensors (variables use sparse_read). */
export function gather(params: OpInput, indices: OpInput, axis: number | null = null, name: string | null = null): Tensor {
  const p = plainTensorOf(params);
  if (p === null && sourceOf(params) !== null) throw new Unsupported("tf.gather on a variable (sparse_read)");
  const ax = axis ?? 0;
  return applyOp1(ARRAY_OPS.GatherV2, name, { params, indices, axis: pyInt(ax) });
}
