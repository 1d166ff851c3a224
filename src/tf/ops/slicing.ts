/**
 * `tensor[...]` (array_ops.py `_slice_helper`, 658-748) and `tf.strided_slice`, with the StridedSlice
 * shape function (array_ops.cc) over ValidateStridedSliceOp (tensorflow/core/util/strided_slice_op.cc).
 */
import * as d from "../dtypes.js";
import { Unsupported, tfError } from "../errors.js";
import type { Tensor } from "../tensor.js";
import { type OpInput, convertToTensor, pyValueOf, sourceOf } from "./convert.js";
import { type Dim, type Dims, type InferContext, fail, mergeShape, withRank } from "./infer-context.js";
import { tensorOperator } from "./math.js";
import { arg, opDef, typeAttr } from "./op-def.js";
import { applyOp1 } from "./op-library.js";
import { OM } from "./op-messages.js";
import { type PyValue, pyInt, pyRepr } from "./pyvalue.js";
import { withNameScope } from "./scope.js";
import { sourceRepr } from "./tensor-source.js";
import * as T from "./type-sets.js";
import { stack } from "./array.js";

/** One item of a subscript: a slice, `...`, `tf.newaxis` (None), or an index. */
export type SliceItem =
  | { readonly kind: "slice"; readonly start: OpInput | null; readonly stop: OpInput | null; readonly step: OpInput | null }
  | { readonly kind: "ellipsis" }
  | { readonly kind: "newaxis" }
  | { readonly kind: "index"; readonly value: OpInput };

const MASK_ATTRS = ["begin_mask", "end_mask", "ellipsis_mask", "new_axis_mask", "shrink_axis_mask"] as const;

/** The StridedSlice registration (tensorflow/core/ops/array_ops.cc). */
export const STRIDED_SLICE = opDef("StridedSlice",
  [arg("input"), arg("begin", "Index"), arg("end", "Index"), arg("strides", "Index")],
  [{ name: "output", typeAttr: "T" }],
  [typeAttr("T"), typeAttr("Index", T.INDEX_TYPES), ...MASK_ATTRS.map((name) => ({ name, kind: "int" as const, default: 0 }))],
  stridedSliceShape);

function stridedSliceShape(c: InferContext): Dims[] {
  const input = c.inputs[0]!;
  let b = withRank(c.inputs[1]!, 1) as Dims;
  b = mergeShape(b, withRank(c.inputs[2]!, 1));
  b = mergeShape(b, withRank(c.inputs[3]!, 1));
  const sparseDims = b![0]!;
  const strides = c.inputTensor(3);
  if (input === null || sparseDims === null || strides === null) return [null];
  const begin = c.inputTensor(1);
  const end = c.inputTensor(2);
  const mask = (n: string) => c.attr<number>(n);
  return [validateStridedSlice(
    begin?.numbers() ?? null, end?.numbers() ?? null, strides.numbers(), input,
    mask("begin_mask"), mask("end_mask"), mask("ellipsis_mask"), mask("new_axis_mask"), mask("shrink_axis_mask"),
  )];
}

const NEW_AXIS = -1;
const SHRINK_AXIS = -2;

/** ValidateStridedSliceOp's final shape (strided_slice_op.cc 160-360). */
function validateStridedSlice(
  beginV: readonly number[] | null, endV: readonly number[] | null, stridesV: readonly number[], input: readonly Dim[],
  beginMaskSpec: number, endMaskSpec: number, ellipsisMask: number, newAxisMask: number, shrinkAxisMask: number,
): Dim[] {
  if (ellipsisMask && (ellipsisMask & (ellipsisMask - 1)) !== 0) fail("Multiple ellipses in slice spec not allowed");
  let sparseDims = stridesV.length;
  let sparseEllipsis = ellipsisMask;
  let addAfterEllipsis = 0;
  let seen = false;
  for (let i = 0; i < sparseDims; i++) {
    if (seen && ((1 << i) & newAxisMask) !== 0) addAfterEllipsis++;
    if ((1 << i) & ellipsisMask) seen = true;
  }
  if (!seen) {
    sparseEllipsis |= 1 << sparseDims;
    sparseDims++;
  }
  // BuildDenseSpec: expand the ellipsis, map sparse entries to input dimensions.
  const dims = input.length;
  const begin = new Array<number>(dims).fill(0), end = new Array<number>(dims).fill(0), strides = new Array<number>(dims).fill(0);
  let beginMask = 0, endMask = 0, shrink = 0;
  const gather: number[] = [];
  let full = 0;
  for (let i = 0; i < sparseDims; i++) {
    if ((1 << i) & sparseEllipsis) {
      const next = Math.min(dims - (sparseDims - i) + 1 + addAfterEllipsis, dims);
      for (; full < next; full++) {
        strides[full] = 1;
        beginMask |= 1 << full;
        endMask |= 1 << full;
        gather.push(full);
      }
    } else if ((1 << i) & newAxisMask) {
      gather.push(NEW_AXIS);
    } else {
      if (full === dims) fail(`Index out of range using input dim ${full}; input has only ${dims} dims`);
      if (beginV !== null) begin[full] = beginV[i]!;
      if (endV !== null) end[full] = endV[i]!;
      strides[full] = stridesV[i]!;
      if (beginMaskSpec & (1 << i)) beginMask |= 1 << full;
      if (endMaskSpec & (1 << i)) endMask |= 1 << full;
      if (shrinkAxisMask & (1 << i)) {
        gather.push(SHRINK_AXIS);
        shrink |= 1 << full;
      } else {
        gather.push(full);
      }
      full++;
    }
  }
  const valid = beginV !== null && endV !== null;
  const processing: Dim[] = [];
  for (let i = 0; i < dims; i++) {
    const stride = strides[i]!;
    const dim = input[i]!;
    if (stride === 0) fail(`strides[${i}] must be non-zero`);
    const shrinkI = (shrink & (1 << i)) !== 0;
    if (dim === null) {
      processing.push(shrinkI ? 1 : null);
      continue;
    }
    const masks = [beginMask & (1 << i), endMask & (1 << i)];
    const range = [stride > 0 ? 0 : -1, stride > 0 ? dim : dim - 1];
    const canonical = (x: number, c: number): number => {
      if (masks[c]) return stride > 0 ? range[c]! : range[(c + 1) & 1]!;
      const fwd = x < 0 ? dim + x : x;
      return fwd < range[0]! ? range[0]! : fwd > range[1]! ? range[1]! : fwd;
    };
    if (shrinkI && stride <= 0) fail("only stride 1 allowed on non-range indexing.");
    const bothMasked = masks[0] !== 0 && masks[1] !== 0;
    if (valid) {
      if (shrinkI) {
        const fwd = begin[i]! < 0 ? dim + begin[i]! : begin[i]!;
        begin[i] = fwd;
        end[i] = fwd + 1;
        if (fwd < 0 || fwd >= dim) fail(`slice index ${fwd} of dimension ${i} out of bounds.`);
      } else {
        begin[i] = canonical(begin[i]!, 0);
        end[i] = canonical(end[i]!, 1);
      }
    }
    let interval: number | null = null;
    if (valid) interval = end[i]! - begin[i]!;
    else if (shrinkI) interval = 1;
    else if (bothMasked) interval = stride < 0 ? -dim : dim;
    if (interval === null) processing.push(null);
    else if (interval === 0 || (interval < 0) !== (stride < 0)) processing.push(0);
    // C++ integer division and remainder truncate toward zero.
    else processing.push(Math.trunc(interval / stride) + (interval % stride !== 0 ? 1 : 0));
  }
  const out: Dim[] = [];
  for (const g of gather) {
    if (g >= 0) out.push(processing[g]!);
    else if (g === NEW_AXIS) out.push(1);
  }
  return out;
}

const MAXSIZE = 2n ** 63n - 1n;

/** array_ops.py `_check_index`: ints, Dimensions and scalar int32/int64 tensors. */
function checkIndex(v: OpInput): void {
  const py = pyValueOf(v);
  if (py !== null) {
    if (py.kind === "int" || py.kind === "bool") return;
    throw tfError(OM.sliceIndexType, pyRepr(py));
  }
  // A tensor must be int32/int64 and not of known rank 1 (`idx.shape and len(idx.shape) == 1`).
  const src = sourceOf(v)!;
  const ok = src.dtype.baseDtype === d.int32 || src.dtype.baseDtype === d.int64;
  const rank = (src as { shape?: { rank: number | null } }).shape?.rank ?? null;
  if (!ok || rank === 1) throw tfError(OM.sliceIndexType, sourceRepr(src));
}

/** A slice bound that counts: not None and not sys.maxsize (Python 2's open slice end). */
function given(v: OpInput | null): v is OpInput {
  if (v === null) return false;
  const py = pyValueOf(v);
  return !(py !== null && py.kind === "int" && py.value === MAXSIZE);
}

/**
 * `tensor[spec]`: a StridedSlice named `strided_slice` whose begin/end/strides are stacked under
 * its scope (`strided_slice/stack`, `stack_1`, `stack_2`). A variable is read first.
 */
export function sliceTensor(tensor: OpInput, spec: readonly SliceItem[]): Tensor {
  const t = convertToTensor(tensor);
  const begin: OpInput[] = [], end: OpInput[] = [], strides: OpInput[] = [];
  const masks = { begin_mask: 0, end_mask: 0, ellipsis_mask: 0, new_axis_mask: 0, shrink_axis_mask: 0 };
  spec.forEach((s, index) => {
    const bit = 1 << index;
    if (s.kind === "slice") {
      if (given(s.start)) {
        checkIndex(s.start);
        begin.push(s.start);
      } else {
        begin.push(pyInt(0));
        masks.begin_mask |= bit;
      }
      if (given(s.stop)) {
        checkIndex(s.stop);
        end.push(s.stop);
      } else {
        end.push(pyInt(0));
        masks.end_mask |= bit;
      }
      if (s.step !== null) checkIndex(s.step);
      strides.push(s.step ?? pyInt(1));
    } else if (s.kind === "ellipsis" || s.kind === "newaxis") {
      begin.push(pyInt(0));
      end.push(pyInt(0));
      strides.push(pyInt(1));
      masks[s.kind === "ellipsis" ? "ellipsis_mask" : "new_axis_mask"] |= bit;
    } else {
      checkIndex(s.value);
      begin.push(s.value);
      end.push(plusOne(s.value));
      strides.push(pyInt(1));
      masks.shrink_axis_mask |= bit;
    }
  });
  return withNameScope(null, "strided_slice", [t, ...begin, ...end, ...strides], (scope) => {
    if (begin.length === 0) throw new Unsupported("an empty subscript");
    const [pb, pe, ps] = [stack(begin), stack(end), stack(strides)];
    if ([pb, pe, ps].some((x) => x.dtype === d.int64)) throw new Unsupported("int64 slice bounds (Cast to int64)");
    return applyOp1(STRIDED_SLICE, scope, { input: t, begin: pb, end: pe, strides: ps }, masks);
  });
}

/** `s + 1` for an index: Python arithmetic for ints, Tensor.__add__ (an `add` op) for tensors. */
function plusOne(v: OpInput): OpInput {
  const py = pyValueOf(v);
  if (py === null) return tensorOperator("add", v, pyInt(1));
  if (py.kind === "int") return pyInt(py.value + 1n);
  return pyInt(Number((py as PyValue & { value: boolean }).value) + 1);
}
