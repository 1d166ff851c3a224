/**
 * numpy's one-argument math ufuncs that tfscope models: `absolute` keeps the dtype (bool stays
 * bool), `sqrt` and `cbrt` compute in floating point: integers and bools take the smallest float
 * that holds them (numpy's type resolution: 8-bit → float16, 16-bit → float32, wider → float64).
 */
import { type DType, coerce } from "./dtype.js";
import { NumpyError } from "./errors.js";
import { unary } from "./elementwise.js";
import type { NDArray } from "./ndarray.js";

function floatFor(d: DType): DType {
  if (d.startsWith("float")) return d;
  if (d === "bool" || d === "int8" || d === "uint8") return "float16";
  if (d === "int16" || d === "uint16") return "float32";
  return "float64";
}

export function mathUnary(name: string, a: NDArray): NDArray {
  if (a.dtype === "bytes") throw new NumpyError("TypeError", `ufunc '${name}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''`);
  switch (name) {
    case "absolute": return unary(a, a.dtype, Math.abs);
    case "sqrt": { const out = floatFor(a.dtype); return unary(a, out, (x) => Math.sqrt(coerce(out, x))); }
    case "cbrt": { const out = floatFor(a.dtype); return unary(a, out, (x) => Math.cbrt(coerce(out, x))); }
  }
  throw new NumpyError("TfscopeUnsupported", `unsupported by tfscope: numpy.${name}`);
}
