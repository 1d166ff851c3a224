/**
 * str/repr of numpy scalars and of Python bytes, as numpy 1.17 prints them
 * (numpy/core/src/multiarray/scalartypes.c.src: `format_@name@`, non-legacy mode).
 * In numpy 1.x, str and repr of a numpy scalar are the same text (e.g. `np.float32(0.5)` → `0.5`).
 */
import { type DType, isFloat } from "./dtype.js";
import type { Elem } from "./ndarray.js";
import { formatPositional, formatScientific } from "./floatformat.js";

/** Python's repr of a bytes object: b'…', switching to double quotes when only single quotes occur. */
export function bytesRepr(b: Uint8Array): string {
  const hasSingle = b.includes(0x27), hasDouble = b.includes(0x22);
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = "b" + quote;
  for (const c of b) {
    if (c === 0x5c) out += "\\\\";
    else if (c === 0x09) out += "\\t";
    else if (c === 0x0a) out += "\\n";
    else if (c === 0x0d) out += "\\r";
    else if (c < 0x20 || c >= 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (String.fromCharCode(c) === quote) out += "\\" + quote;
    else out += String.fromCharCode(c);
  }
  return out + quote;
}

/**
 * A float scalar's text: positional with shortest digits and at least one fraction digit when
 * 0 or 1e-4 <= |x| < 1e16, else scientific with shortest digits (`1e-05`, `1.5e+16`).
 */
export function floatScalarRepr(x: number, dtype: DType): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const a = Math.abs(x);
  if (a === 0 || (a >= 1e-4 && a < 1e16)) {
    return formatPositional(x, dtype, { precision: -1, unique: true, trim: "0" });
  }
  return formatScientific(x, dtype, { precision: -1, unique: true, trim: "-" });
}

/** str/repr of one element taken out of an array of `dtype` (what indexing or `Session.run` of a 0-d tensor gives). */
export function scalarRepr(e: Elem, dtype: DType): string {
  if (e instanceof Uint8Array) return bytesRepr(e);
  if (dtype === "bool") return e ? "True" : "False";
  if (isFloat(dtype)) return floatScalarRepr(e, dtype);
  return String(e);
}
