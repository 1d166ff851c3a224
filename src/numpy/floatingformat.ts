/**
 * numpy 1.17's FloatingFormat (numpy/core/arrayprint.py): one shared layout — positional or
 * scientific, digit count, left/right padding — chosen from all shown elements of a float array.
 */
import { type DType, coerce } from "./dtype.js";
import { type FloatFormatOptions, formatPositional, formatScientific } from "./floatformat.js";
import type { PrintOptions } from "./printoptions.js";

export type FloatFormatter = (x: number) => string;

export function floatingFormat(values: readonly number[], dtype: DType, opts: PrintOptions): FloatFormatter {
  const finite = values.filter((v) => Number.isFinite(v));
  const plus = opts.sign === "+";
  let precision = opts.floatmode === "unique" ? -1 : opts.precision;

  const nonZero = finite.filter((v) => v !== 0).map(Math.abs);
  let expFormat = false;
  if (nonZero.length > 0) {
    const max = Math.max(...nonZero), min = Math.min(...nonZero);
    // max/min are dtype scalars: their quotient is rounded to the dtype, then compared in float64.
    expFormat = max >= 1e8 || (!opts.suppress && (min < 0.0001 || coerce(dtype, max / min) > 1000));
  }

  let padLeft = 0, padRight = 0, unique = true;
  let trim: FloatFormatOptions["trim"] = ".";
  let expSize = -1;
  const firstPass: FloatFormatOptions = opts.floatmode === "fixed"
    ? { precision, unique: false, trim: "k", sign: plus }
    : { precision, unique: true, trim: ".", sign: plus };
  if (finite.length > 0 && expFormat) {
    const parts = finite.map((v) => {
      const [mant, exp] = formatScientific(v, dtype, firstPass).split("e");
      const [whole, frac] = mant.split(".");
      return { whole, frac, exp };
    });
    expSize = Math.max(...parts.map((p) => p.exp.length)) - 1;
    precision = Math.max(...parts.map((p) => p.frac.length));
    padLeft = Math.max(...parts.map((p) => p.whole.length));
    padRight = expSize + 2 + precision;
    unique = false;
    trim = "k";
  } else if (finite.length > 0) {
    const parts = finite.map((v) => formatPositional(v, dtype, firstPass).split("."));
    padLeft = Math.max(...parts.map((p) => p[0].length));
    padRight = Math.max(...parts.map((p) => p[1].length));
    if (opts.floatmode === "fixed" || opts.floatmode === "maxprec_equal") {
      precision = padRight;
      unique = false;
      trim = "k";
    }
  }
  if (opts.sign === " " && !finite.some((v) => v < 0 || Object.is(v, -0))) padLeft += 1;

  const nonFinite = values.filter((v) => !Number.isFinite(v));
  if (nonFinite.length > 0) {
    const negInf = opts.sign !== "-" || nonFinite.some((v) => v === -Infinity) ? 1 : 0;
    const offset = padRight + 1;
    padLeft = Math.max(padLeft, opts.nanstr.length - offset, opts.infstr.length + negInf - offset);
  }

  const o: FloatFormatOptions = { precision, unique, trim, sign: plus, padLeft, padRight, expDigits: expSize };
  return (x) => {
    if (Number.isNaN(x)) return pad((plus ? "+" : "") + opts.nanstr, padLeft + padRight + 1);
    if (!Number.isFinite(x)) return pad((x < 0 ? "-" : plus ? "+" : "") + opts.infstr, padLeft + padRight + 1);
    return expFormat ? formatScientific(x, dtype, o) : formatPositional(x, dtype, o);
  };
}

function pad(s: string, width: number): string {
  return s.padStart(width, " ");
}
