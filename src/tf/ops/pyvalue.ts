/**
 * Python values as the op catalogue receives them from the shim. The engine knows nothing of the
 * interpreter, so the shim describes each argument with one of these shapes; conversion to tensors
 * (tensor_util.make_tensor_proto, ops.convert_to_tensor) needs exactly this much of Python.
 */
import type { NDArray } from "../../numpy/ndarray.js";
import { Unsupported } from "../errors.js";
import { pyStrRepr } from "../messages.js";
import { type TensorSource, sourceRepr, sourceStr, sourceTypeName } from "./tensor-source.js";

/** A Python value handed to an op: scalars, sequences, numpy arrays, tensors or anything else. */
export type PyValue =
  | { readonly kind: "int"; readonly value: bigint }
  | { readonly kind: "float"; readonly value: number }
  | { readonly kind: "bool"; readonly value: boolean }
  /** `repr` is Python's repr of the string (quotes and escapes), used in TF's messages. */
  | { readonly kind: "str"; readonly value: string; readonly repr: string }
  | { readonly kind: "bytes"; readonly value: Uint8Array; readonly repr: string }
  | { readonly kind: "none" }
  | { readonly kind: "list" | "tuple"; readonly items: readonly PyValue[] }
  /**
   * A numpy array, or a numpy scalar (`scalar: true`, held as a 0-d array); `repr` is numpy's repr,
   * needed only in messages.
   */
  | { readonly kind: "ndarray"; readonly array: NDArray; readonly scalar?: boolean; readonly repr?: string }
  /** A Tensor, or an object TF converts through a registered function (a Variable). */
  | { readonly kind: "tensor"; readonly value: TensorSource }
  /** Anything else: `typeName` is `type(x).__name__`, `typeRepr` is `str(type(x))`. */
  | { readonly kind: "object"; readonly typeName: string; readonly typeRepr: string; readonly repr: string };

/** A Python list or tuple. */
export type PySequence = Extract<PyValue, { kind: "list" | "tuple" }>;

export const pyInt = (v: number | bigint): PyValue => ({ kind: "int", value: BigInt(v) });
export const pyFloat = (v: number): PyValue => ({ kind: "float", value: v });
export const pyBool = (v: boolean): PyValue => ({ kind: "bool", value: v });
export const pyNone: PyValue = { kind: "none" };
export const pyList = (items: readonly PyValue[]): PyValue => ({ kind: "list", items });
export const pyTuple = (items: readonly PyValue[]): PyValue => ({ kind: "tuple", items });
export const pyStr = (v: string): PyValue => ({ kind: "str", value: v, repr: pyStrRepr(v) });
export const pyTensor = (t: TensorSource): PyValue => ({ kind: "tensor", value: t });

/** CPython's float repr: shortest round-trip digits, exponent form outside 1e-4 <= |x| < 1e16. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const [mant, expStr] = x.toExponential().split("e");
  const exp = Number(expStr);
  const neg = mant.startsWith("-");
  const digits = mant.replace("-", "").replace(".", "");
  let body: string;
  if (exp < -4 || exp >= 16) {
    const frac = digits.slice(1);
    body = `${digits[0]}${frac ? "." + frac : ""}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  } else if (exp < 0) {
    body = `0.${"0".repeat(-exp - 1)}${digits}`;
  } else if (digits.length <= exp + 1) {
    body = `${digits}${"0".repeat(exp + 1 - digits.length)}.0`;
  } else {
    body = `${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
  }
  return neg ? `-${body}` : body;
}

/** Python's `repr(value)` (which is also `str(value)` for everything but str and bytes). */
export function pyRepr(v: PyValue): string {
  switch (v.kind) {
    case "int": return v.value.toString();
    case "float": return floatRepr(v.value);
    case "bool": return v.value ? "True" : "False";
    case "none": return "None";
    case "str": case "bytes": case "object": return v.repr;
    case "list": return `[${v.items.map(pyRepr).join(", ")}]`;
    case "tuple":
      return v.items.length === 1 ? `(${pyRepr(v.items[0])},)` : `(${v.items.map(pyRepr).join(", ")})`;
    case "ndarray":
      if (v.repr === undefined) throw new Error("an ndarray in a TF message needs its numpy repr");
      return v.repr;
    case "tensor": return sourceRepr(v.value);
  }
}

/** Python's `str(value)`: the text of a str, `Tensor(...)` for a tensor, otherwise the repr. */
export function pyStrOf(v: PyValue): string {
  if (v.kind === "str") return v.value;
  if (v.kind === "tensor") return sourceStr(v.value);
  return pyRepr(v);
}

/** Python's `type(value).__name__`. */
export function pyTypeName(v: PyValue): string {
  switch (v.kind) {
    case "none": return "NoneType";
    case "ndarray": return v.scalar === true ? npScalarTypeName(v.array.dtype) : "ndarray";
    case "tensor": return sourceTypeName(v.value);
    case "object": return v.typeName;
    default: return v.kind;
  }
}

/** Python's `str(type(value))`, e.g. `<class 'list'>`. */
export function pyTypeRepr(v: PyValue): string {
  switch (v.kind) {
    case "object": return v.typeRepr;
    case "ndarray": return `<class 'numpy.${pyTypeName(v)}'>`;
    // The module path of TF's classes differs between source and pip installs (tensorflow_core).
    case "tensor": throw new Unsupported("the type repr of a tensor in a message");
    default: return `<class '${pyTypeName(v)}'>`;
  }
}

function npScalarTypeName(dtype: string): string {
  return dtype === "bytes" ? "bytes_" : dtype === "bool" ? "bool_" : dtype;
}
