/**
 * numpy's rounding and clamping (numpy 1.17): `rint`/`ceil`/`floor` (floats keep their dtype, integers
 * go to float64 or the smallest float holding them as for other float ufuncs), `round`/`around` with
 * decimals (multiarray/calculation.c PyArray_Round: multiply by 10**decimals in the array's dtype,
 * rint, divide back), `isnan`/`isinf`/`isfinite`, `nan_to_num` and `clip` with scalar bounds.
 */
import { type DType, coerce, isFloat, isInteger } from "./dtype.js";
import { unary } from "./elementwise.js";
import { NumpyError } from "./errors.js";
import { NDArray } from "./ndarray.js";

/** Round half to even, as C's rint in the default rounding mode. */
export function rintNumber(x: number): number {
  if (!Number.isFinite(x)) return x;
  const r = Math.round(x);
  // Math.round rounds halves up; a tie goes to the even neighbour instead.
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r === 0 && x < 0 ? -0 : r;
}

/** The float dtype a float ufunc gives for an input dtype (bool/int8/uint8 → float16, 16-bit → float32). */
function floatFor(d: DType): DType {
  if (isFloat(d)) return d;
  if (d === "bool" || d === "int8" || d === "uint8") return "float16";
  if (d === "int16" || d === "uint16") return "float32";
  return "float64";
}

function numericOnly(a: NDArray, name: string): void {
  if (a.dtype === "bytes") throw new NumpyError("TypeError", `ufunc '${name}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''`);
}

/** `np.rint`, `np.ceil`, `np.floor`. */
export function roundingUfunc(name: "rint" | "ceil" | "floor", a: NDArray): NDArray {
  numericOnly(a, name);
  const out = floatFor(a.dtype);
  const f = name === "rint" ? rintNumber : name === "ceil" ? Math.ceil : Math.floor;
  return unary(a, out, (x) => f(coerce(out, x)));
}

/** `np.isnan`, `np.isinf`, `np.isfinite`: bool arrays. */
export function classify(name: "isnan" | "isinf" | "isfinite", a: NDArray): NDArray {
  numericOnly(a, name);
  const f = name === "isnan" ? Number.isNaN : name === "isinf" ? (x: number) => x === Infinity || x === -Infinity : Number.isFinite;
  return unary(a, "bool", (x) => (f(x) ? 1 : 0));
}

/** `np.round(a, decimals)` / `np.around`. */
export function roundDecimals(a: NDArray, decimals: number): NDArray {
  numericOnly(a, "rint");
  if (a.dtype === "bool" || isInteger(a.dtype)) {
    if (decimals >= 0) return new NDArray(a.dtype, a.shape, a.data.slice());
    throw new NumpyError("TfscopeUnsupported", "unsupported by tfscope: numpy.round of integers to negative decimals");
  }
  const d = a.dtype;
  // The factor is a Python float, cast to the array's dtype by the multiply (a scalar does not upcast).
  const f = coerce(d, 10 ** Math.abs(decimals));
  return unary(a, d, (x) => {
    const scaled = coerce(d, decimals >= 0 ? x * f : x / f);
    const r = rintNumber(scaled);
    return decimals >= 0 ? r / f : r * f;
  });
}

/** finfo(dtype).max for the float dtypes. */
const FLOAT_MAX: Partial<Record<DType, number>> = { float16: 65504, float32: 3.4028234663852886e38, float64: Number.MAX_VALUE };

/** `np.nan_to_num(x)`: NaN → 0, ±inf → ±finfo(dtype).max; integers and bools unchanged. */
export function nanToNum(a: NDArray): NDArray {
  numericOnly(a, "nan_to_num");
  const max = FLOAT_MAX[a.dtype];
  if (max === undefined) return new NDArray(a.dtype, a.shape, a.data.slice());
  return unary(a, a.dtype, (x) => (x !== x ? 0 : x === Infinity ? max : x === -Infinity ? -max : x));
}

/** `np.clip(a, lo, hi)` with scalar (or null) bounds, in dtype `out`; NaN stays NaN. */
export function clip(a: NDArray, lo: number | null, hi: number | null, out: DType): NDArray {
  numericOnly(a, "clip");
  return unary(a, out, (x) => {
    if (x !== x) return x;
    let y = coerce(out, x);
    if (lo !== null && y < coerce(out, lo)) y = coerce(out, lo);
    if (hi !== null && y > coerce(out, hi)) y = coerce(out, hi);
    return y;
  });
}
