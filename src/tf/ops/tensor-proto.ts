/**
 * tensor_util.make_tensor_proto: turns a Python value into a Const's element type and value,
 * with numpy's type discovery for nested lists and TF's preference for 32-bit types.
 */
import { type DType as NpDType, coerce } from "../../numpy/dtype.js";
import { type Elem, NDArray } from "../../numpy/ndarray.js";
import * as dt from "../dtypes.js";
import type { DType } from "../dtypes.js";
import { Unsupported, tfError } from "../errors.js";
import { OM } from "./op-messages.js";
import { type PyValue, pyRepr, pyTypeName, pyTypeRepr } from "./pyvalue.js";

/** A Const's payload: its TF dtype and its value (already shaped as the op's output). */
export interface TensorValue {
  readonly dtype: DType;
  readonly value: NDArray;
}

/** How a requested `shape` is enforced (constant_op.py: v1 `constant` vs conversion's v2 `constant`). */
export interface ShapeRule {
  readonly verifyShape: boolean;
  readonly allowBroadcast: boolean;
}

const TF_TO_NP = new Map<DType, NpDType>([
  [dt.float16, "float16"], [dt.float32, "float32"], [dt.float64, "float64"],
  [dt.int8, "int8"], [dt.int16, "int16"], [dt.int32, "int32"], [dt.int64, "int64"],
  [dt.uint8, "uint8"], [dt.uint16, "uint16"], [dt.uint32, "uint32"], [dt.uint64, "uint64"],
  [dt.bool, "bool"], [dt.string, "bytes"],
]);
const NP_TO_TF = new Map<NpDType, DType>([...TF_TO_NP].map(([t, n]) => [n, t]));

/** The numpy dtype holding values of `dtype`; Unsupported for types the numpy room lacks. */
export function numpyDTypeOf(dtype: DType): NpDType {
  const np = TF_TO_NP.get(dtype.baseDtype);
  if (np === undefined) throw new Unsupported(`tensors of dtype ${dtype.name}`);
  return np;
}

/** The TF dtype of a numpy dtype (dtypes.as_dtype of an ndarray's dtype). */
export function tfDTypeOf(np: NpDType): DType {
  return NP_TO_TF.get(np)!;
}

/** make_tensor_proto(values, dtype, shape, verify_shape, allow_broadcast). */
export function makeTensorValue(
  values: PyValue,
  dtype: DType | null,
  shape: readonly number[] | null,
  rule: ShapeRule,
): TensorValue {
  if (dtype !== null && !dtype.isNumpyCompatible) throw new Unsupported(`constants of dtype ${dtype.name}`);
  const npDt = dtype === null ? null : numpyDTypeOf(dtype);
  let arr: NDArray;
  if (values.kind === "ndarray") {
    arr = npDt === null ? values.array : astype(values.array, npDt);
  } else {
    if (values.kind === "none") throw tfError(OM.noneValues);
    if (shape !== null && shape.reduce((a, b) => a * b, 1) === 0) {
      arr = new NDArray(npDt ?? "float64", [...shape], []);
    } else {
      assertCompatible(values, dtype);
      arr = npArray(values, npDt);
    }
    // python/numpy default to 64-bit types; TF prefers 32-bit ones when nothing was asked for.
    if (dtype === null && arr.dtype === "float64") arr = astype(arr, "float32");
    else if (dtype === null && arr.dtype === "int64" && arr.numbers().every(fitsInt32)) arr = astype(arr, "int32");
  }
  const tfDt = tfDTypeOf(arr.dtype);
  if (dtype !== null && dtype.baseDtype !== tfDt) {
    throw tfError(OM.incompatibleTypes, dtype, arr.dtype, pyRepr(values));
  }
  return { dtype: tfDt, value: shape === null ? arr : fitToShape(arr, shape, rule) };
}

function fitsInt32(x: number): boolean {
  return x >= -2147483648 && x <= 2147483647;
}

function astype(a: NDArray, to: NpDType): NDArray {
  if (a.dtype === to) return a;
  if (to === "bytes" || a.dtype === "bytes") throw new Unsupported(`casting a numpy ${a.dtype} array to ${to}`);
  return new NDArray(to, a.shape, a.numbers().map((x) => coerce(to, x)));
}

function tupleStr(dims: readonly number[]): string {
  return dims.length === 1 ? `(${dims[0]},)` : `(${dims.join(", ")})`;
}

function fitToShape(arr: NDArray, shape: readonly number[], rule: ShapeRule): NDArray {
  const want = shape.reduce((a, b) => a * b, 1);
  if (rule.allowBroadcast) {
    const isScalarLike = arr.shape.length === 0 || (arr.shape.length === 1 && arr.shape[0] === 1);
    if (!isScalarLike && arr.size !== want) {
      throw tfError(OM.expectedShape, tupleStr(shape), tupleStr(arr.shape));
    }
  } else {
    const same = arr.shape.length === shape.length && arr.shape.every((d, i) => d === shape[i]);
    if (rule.verifyShape && !same) {
      throw tfError(OM.expectedShape, tupleStr(shape), tupleStr(arr.shape));
    }
    if (arr.size > want) {
      throw tfError(OM.tooManyElements, want, arr.size);
    }
  }
  // Tensor::FromProto repeats the last value to fill the shape, or zero-fills when there is none
  // (tensorflow/core/framework/tensor.cc FromProtoField).
  const data: Elem[] = new Array(want);
  const zero: Elem = arr.dtype === "bytes" ? new Uint8Array(0) : 0;
  for (let i = 0; i < want; i++) data[i] = arr.size === 0 ? zero : arr.data[Math.min(i, arr.size - 1)]!;
  return new NDArray(arr.dtype, [...shape], data);
}

/** Leaves of a nested list/tuple in nest.flatten order. */
function flatten(v: PyValue, out: PyValue[] = []): PyValue[] {
  if (v.kind === "list" || v.kind === "tuple") for (const x of v.items) flatten(x, out);
  else out.push(v);
  return out;
}

/** tensor_util._AssertCompatible: every leaf must be an instance of the dtype's Python types. */
function assertCompatible(values: PyValue, dtype: DType | null): void {
  for (const leaf of flatten(values)) {
    if (dtype === null) {
      if (leaf.kind === "tensor") throw tfError(OM.listOfTensors);
      continue;
    }
    if (!leafMatches(leaf, dtype)) {
      throw tfError(OM.expectedDtype, dtype.name, pyRepr(leaf), pyTypeName(leaf));
    }
  }
}

// compat.py: integral_types = (numbers.Integral, np.integer); real_types adds floats; Python's bool
// is an int, so it passes the int and float checks too.
function leafMatches(leaf: PyValue, dtype: DType): boolean {
  const k = leaf.kind;
  const npKind = k === "ndarray" && leaf.scalar === true ? leaf.array.dtype : null;
  const npInt = npKind !== null && /^u?int/.test(npKind);
  if (dtype.isBool) return k === "bool";
  if (dtype.isInteger) return k === "int" || k === "bool" || npInt;
  if (dtype.isFloating) return k === "int" || k === "bool" || k === "float" || npInt || npKind?.startsWith("float") === true;
  if (dtype === dt.string) return k === "str" || k === "bytes";
  throw new Unsupported(`constants of dtype ${dtype.name}`);
}

/** numpy's shape discovery: the longest prefix over which every level is equally long sequences. */
function discoverShape(v: PyValue): number[] {
  const shape: number[] = [];
  let level: PyValue[] = [v];
  for (;;) {
    if (!level.every((x) => x.kind === "list" || x.kind === "tuple")) return shape;
    const lens = level.map((x) => (x as { items: readonly PyValue[] }).items.length);
    if (!lens.every((n) => n === lens[0])) return shape;
    shape.push(lens[0]!);
    level = level.flatMap((x) => [...(x as { items: readonly PyValue[] }).items]);
    if (lens[0] === 0) return shape;
  }
}

/** tensor_util._GetDenseDimensions: lengths along the first elements. */
function denseDimensions(v: PyValue): number[] {
  if (v.kind !== "list" && v.kind !== "tuple") return [];
  if (v.items.length === 0) return [0];
  return [v.items.length, ...denseDimensions(v.items[0]!)];
}

function pyListStr(dims: readonly number[]): string {
  return `[${dims.join(", ")}]`;
}

/** `np.array(values, dtype=np_dt)` followed by make_tensor_proto's density and string checks. */
function npArray(values: PyValue, npDt: NpDType | null): NDArray {
  const shape = discoverShape(values);
  const dense = denseDimensions(values);
  const ragged = shape.length !== dense.length || shape.some((d, i) => d !== dense[i]);
  if (ragged && npDt !== null) throw tfError(OM.sequenceElement);
  const leaves = ragged ? [] : flatten(values);
  if (leaves.some((l) => l.kind === "ndarray")) throw new Unsupported("numpy arrays inside a list passed to a tensor");
  const target = npDt ?? (ragged ? "object" : inferNpDType(leaves));
  if (ragged) {
    throw tfError(OM.notDense, pyRepr(values), pyListStr(shape), pyListStr(dense));
  }
  if (target === "object" || target === "bytes") {
    // make_tensor_proto converts the original leaves with compat.as_bytes (_FlattenToStrings).
    if (!leaves.every((l) => l.kind === "str" || l.kind === "bytes")) {
      throw tfError(OM.failedToConvert, pyTypeRepr(values), pyRepr(values));
    }
    return new NDArray("bytes", shape, leaves.map((l) => (l.kind === "str" ? new TextEncoder().encode(l.value) : (l as { value: Uint8Array }).value)));
  }
  return new NDArray(target, shape, leaves.map((l) => coerce(target, leafNumber(l, target))));
}

function leafNumber(l: PyValue, target: NpDType): number {
  switch (l.kind) {
    case "bool": return l.value ? 1 : 0;
    case "float": return l.value;
    case "int": {
      const lim = target === "float16" || target === "float32" || target === "float64" ? null : 2n ** 63n;
      if (lim !== null && (l.value >= lim || l.value < -lim)) throw new Unsupported(`the integer ${l.value} in a ${target} tensor`);
      return Number(l.value);
    }
    default: throw new Unsupported(`a ${pyTypeName(l)} element in a ${target} tensor`);
  }
}

/** numpy's dtype for a list of Python scalars; "object" where numpy would fall back to objects. */
function inferNpDType(leaves: readonly PyValue[]): NpDType | "object" {
  if (leaves.length === 0) return "float64";
  // numpy stringifies numbers mixed with str, giving a str array TF then rejects element-wise.
  if (leaves.some((l) => l.kind === "str" || l.kind === "bytes")) return "bytes";
  if (leaves.some((l) => l.kind !== "int" && l.kind !== "float" && l.kind !== "bool")) return "object";
  if (leaves.every((l) => l.kind === "bool")) return "bool";
  if (leaves.some((l) => l.kind === "float")) return "float64";
  const big = leaves.some((l) => l.kind === "int" && (l.value >= 2n ** 63n || l.value < -(2n ** 63n)));
  if (big) throw new Unsupported("integers beyond int64 in a tensor");
  return "int64";
}
