/**
 * `a[index] = value` as numpy 1.17 does it (multiarray/mapping.c array_assign_subscript): a full integer
 * index sets one element through the dtype's setitem (arraytypes.c.src @TYPE@_setitem); a basic index
 * copies into the view (arrayobject.c PyArray_CopyObject: ctors.c setArrayFromSequence for a sequence
 * of at least the view's dimensions, array_assign_array.c PyArray_AssignArray otherwise); a boolean mask
 * of the array's dimensions goes through array_assign_boolean_subscript; an integer index array (or a
 * smaller mask, made integer by nonzero) through the map iterator. Casting is numpy's 'unsafe' throughout.
 */
import { type DType, coerce, isInteger } from "./dtype.js";
import { broadcastIndex } from "./elementwise.js";
import { NumpyError } from "./errors.js";
import { type IndexItem, resolveBasic } from "./indexing.js";
import { type Elem, NDArray, markWritten } from "./ndarray.js";
import { basicView } from "./views.js";
import { fancyPlan } from "./fancy.js";

/**
 * The value assigned: `array` is an ndarray or numpy scalar (cast as arrays are cast); `python` is Python
 * data already made an array by numpy's inference, whose elements numpy converts one by one as Python
 * objects (int() of a float: NaN and infinity are errors there).
 */
export interface AssignValue { readonly kind: "array" | "python"; readonly array: NDArray }

// arrayobject/common.c build_shape_string: `(3)`, `(2,3)`, `()`.
function bareShape(shape: readonly number[]): string {
  return `(${shape.join(",")})`;
}

// common.c convert_shape_to_string: `(3,)`, `(2,3)`.
function tupleShape(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(",")})`;
}

/** One element converted to `dtype`: numpy's unsafe cast, or Python's int()/float()/bool() for Python data. */
function convert(x: Elem, from: DType, to: DType, python: boolean): Elem {
  if (to === "bytes" || from === "bytes") {
    throw new NumpyError("TfscopeUnsupported", "unsupported by tfscope: numpy.ndarray item assignment between strings and numbers");
  }
  const v = x as number;
  if (to === "bool") return v !== 0 ? 1 : 0;
  if (python && isInteger(to) && !Number.isFinite(v)) {
    if (Number.isNaN(v)) throw new NumpyError("ValueError", "cannot convert float NaN to integer");
    throw new NumpyError("OverflowError", "cannot convert float infinity to integer");
  }
  return coerce(to, v);
}

function writeAt(a: NDArray, positions: readonly number[], values: readonly Elem[]): void {
  for (let i = 0; i < positions.length; i++) a.buffer[positions[i]!] = values[i]!;
  markWritten();
}

/** `value` cast to `a`'s dtype and broadcast to `shape` (C order), or null when it does not broadcast. */
function spread(a: NDArray, v: AssignValue, shape: readonly number[]): Elem[] | null {
  let vs = [...v.array.shape];
  // PyArray_AssignArray: "strip away unit dimensions from the left of 'src'".
  while (vs.length > shape.length && vs[0] === 1) vs = vs.slice(1);
  if (vs.length > shape.length) return null;
  const off = shape.length - vs.length;
  if (vs.some((d, i) => d !== 1 && d !== shape[off + i])) return null;
  const src = v.array.data;
  const conv = src.map((x) => convert(x, v.array.dtype, a.dtype, v.kind === "python"));
  const map = broadcastIndex(vs, shape);
  const n = shape.reduce((p, q) => p * q, 1);
  const out: Elem[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = conv[map === null ? i : map[i]!]!;
  return out;
}

/** `a[index] = value`. */
export function setItem(a: NDArray, index: readonly IndexItem[], value: AssignValue): void {
  const arrays = index.filter((x) => x instanceof NDArray) as NDArray[];
  if (arrays.length === 0) return setBasic(a, index, value);
  const idx = arrays[0]!;
  // prepare_index: one boolean array of the array's dimensions and size is a boolean index.
  if (index.length === 1 && idx.dtype === "bool" && idx.ndim === a.ndim && idx.size === a.size) return setMask(a, idx, value);
  return setFancy(a, index, value);
}

function setBasic(a: NDArray, index: readonly IndexItem[], value: AssignValue): void {
  const picks = resolveBasic(a, index);
  const dest = basicView(a, picks);
  const fullInteger = picks.every((p) => p.kind === "int") && !index.includes("ellipsis");
  if (fullInteger) {
    // @TYPE@_setitem: one Python object converted by int()/float(); a sequence (anything but a size-1
    // array) is "setting an array element with a sequence."
    const v = value.array;
    if ((value.kind === "python" && v.ndim > 0) || v.size !== 1) {
      throw new NumpyError("ValueError", "setting an array element with a sequence.");
    }
    writeAt(a, [dest.offset], [convert(v.data[0]!, v.dtype, a.dtype, true)]);
    return;
  }
  const v = value.array;
  if (value.kind === "python" && v.ndim > 0 && v.ndim >= dest.ndim) {
    // ctors.c setArrayFromSequence: each axis of the sequence is the view's length or 1, outermost first;
    // deeper nesting than the view reaches @TYPE@_setitem with a sequence.
    for (let d = 0; d < dest.ndim; d++) {
      if (v.shape[d] !== dest.shape[d] && v.shape[d] !== 1) {
        throw new NumpyError("ValueError", `cannot copy sequence with size ${v.shape[d]} to array axis with dimension ${dest.shape[d]}`);
      }
      if (dest.shape[d] === 0) return;
    }
    if (v.ndim > dest.ndim) throw new NumpyError("ValueError", "setting an array element with a sequence.");
  }
  const vals = spread(a, value, dest.shape);
  if (vals === null) {
    let vs = [...v.shape];
    while (vs.length > dest.ndim && vs[0] === 1) vs = vs.slice(1);
    throw new NumpyError("ValueError", `could not broadcast input array from shape ${bareShape(vs)} into shape ${bareShape(dest.shape)}`);
  }
  writeAt(a, dest.positions(), vals);
}

function setMask(a: NDArray, mask: NDArray, value: AssignValue): void {
  if (mask.shape.some((d, i) => d !== a.shape[i])) {
    const i = mask.shape.findIndex((d, k) => d !== a.shape[k]);
    throw new NumpyError("IndexError",
      `boolean index did not match indexed array along dimension ${i}; dimension is ${a.shape[i]} but corresponding boolean dimension is ${mask.shape[i]}`);
  }
  const v = value.array;
  // array_assign_boolean_subscript: a 0-d or 1-d input of one value or one per true element.
  if (v.ndim > 1) {
    throw new NumpyError("TypeError", `NumPy boolean array indexing assignment requires a 0 or 1-dimensional input, input has ${v.ndim} dimensions`);
  }
  const all = a.positions();
  const positions = all.filter((_, i) => mask.data[i] !== 0);
  if (v.ndim > 0 && v.shape[0] !== 1 && v.shape[0] !== positions.length) {
    throw new NumpyError("ValueError",
      `NumPy boolean array indexing assignment cannot assign ${v.shape[0]} input values to the ${positions.length} output values where the mask is true`);
  }
  const conv = v.data.map((x) => convert(x, v.dtype, a.dtype, value.kind === "python"));
  writeAt(a, positions, positions.map((_, i) => conv[v.ndim > 0 && v.shape[0] !== 1 ? i : 0]!));
}

/** Index arrays (and masks of fewer dimensions, as their nonzero indices): the map iterator's scatter. */
function setFancy(a: NDArray, index: readonly IndexItem[], value: AssignValue): void {
  const plan = fancyPlan(a, index);
  const vals = spread(a, value, plan.shape);
  if (vals === null) {
    throw new NumpyError("ValueError",
      `shape mismatch: value array of shape ${tupleShape(value.array.shape)} could not be broadcast to indexing result of shape ${tupleShape(plan.shape)}`);
  }
  // Repeated indexes: the last write stays, as numpy's iteration order leaves it.
  writeAt(a, plan.positions, vals);
}
