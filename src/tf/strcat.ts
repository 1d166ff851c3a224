/**
 * How TF's `strings::StrCat` writes a number into a message (tensorflow/core/lib/strings/numbers.cc):
 * integers in decimal; a float by FloatToBuffer (`%.6g`, or `%.9g` when 6 digits do not read back as
 * the same float) and a double by DoubleToBuffer (`%.15g`, else `%.17g`).
 */
import type { DType } from "./dtypes.js";

/** C's `%.<p>g`. */
function formatG(x: number, p: number): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? "nan" : x > 0 ? "inf" : "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0" : "0";
  const exp = Number(x.toExponential(p - 1).split("e")[1]);
  if (exp < -4 || exp >= p) {
    const [m, e] = x.toExponential(p - 1).split("e");
    const mant = m!.includes(".") ? m!.replace(/0+$/, "").replace(/\.$/, "") : m!;
    const n = Number(e);
    return `${mant}e${n < 0 ? "-" : "+"}${String(Math.abs(n)).padStart(2, "0")}`;
  }
  const s = x.toFixed(Math.max(0, p - 1 - exp));
  return s.includes(".") ? s.replace(/0+$/, "").replace(/\.$/, "") : s;
}

/** `x` of `dtype` (a DType or its name: `float32`, `int64`...) as StrCat writes it. */
export function strCatNumber(x: number, dtype: DType | string): string {
  const name = typeof dtype === "string" ? dtype : dtype.name;
  if (name !== "float16" && name !== "bfloat16" && name !== "float32" && name !== "float64") return String(x);
  if (name === "float64") {
    const s = formatG(x, 15);
    return Number(s) === x ? s : formatG(x, 17);
  }
  const s = formatG(x, 6);
  return Math.fround(Number(s)) === x ? s : formatG(x, 9);
}
