/**
 * numpy 1.17's `dragon4_positional` / `dragon4_scientific` (numpy/core/src/multiarray/dragon4.c,
 * FormatPositional and FormatScientific): one finite float to text, with numpy's trim modes and padding.
 */
import type { DType } from "./dtype.js";
import { type Decimal, exactDecimal, roundAt, shortestDecimal } from "./decimal.js";

/**
 * numpy's trim modes: 'k' keeps trailing zeros, '.' trims zeros but keeps the point,
 * '0' trims zeros but leaves one after the point, '-' trims zeros and the point.
 */
export type Trim = "k" | "." | "0" | "-";

export interface FloatFormatOptions {
  /** Fraction digits (positional) or digits after the first (scientific); -1 for none. */
  precision: number;
  /** Shortest round-trip digits (Dragon4 unique mode) rather than the exact expansion. */
  unique: boolean;
  trim: Trim;
  /** Always print a sign ('+' for non-negative values). */
  sign?: boolean;
  padLeft?: number;
  padRight?: number;
  /** Minimum exponent digits (scientific; -1 means numpy's default of 2). */
  expDigits?: number;
}

function digitsFor(x: number, dtype: DType, o: FloatFormatOptions, cutoffOf: (d: Decimal) => number): Decimal {
  if (o.unique) {
    const short = shortestDecimal(x, dtype);
    if (o.precision < 0) return short;
    const cutoff = cutoffOf(short);
    // Unique digits win when they fit before the cutoff; otherwise Dragon4 stops there and rounds the exact value.
    if (short.exp - short.digits.length + 1 >= cutoff) return short;
    return roundAt(exactDecimal(x), cutoffOf(exactDecimal(x)));
  }
  const exact = exactDecimal(x);
  return roundAt(exact, cutoffOf(exact));
}

function signOf(x: number, o: FloatFormatOptions): string {
  if (x < 0 || Object.is(x, -0)) return "-";
  return o.sign ? "+" : "";
}

/** Applies the trim mode to fraction digits, as FormatPositional/FormatScientific finish their output. */
function finishFraction(frac: string, o: FloatFormatOptions): { text: string; count: number } {
  let f = frac;
  if (o.trim === "0" && f === "") f = "0";
  else if (o.trim === "k" && !o.unique && o.precision > f.length) f = f.padEnd(o.precision, "0");
  if (o.precision >= 0 && o.trim !== "k" && f.length > 0) {
    f = f.replace(/0+$/, "");
    if (o.trim === "0" && f === "") f = "0";
  }
  // The point is only omitted in '-' mode when no digit followed it before trimming (dragon4.c does so).
  const point = frac === "" && o.trim === "-" ? "" : ".";
  return { text: point + f, count: f.length };
}

/** numpy's `dragon4_positional(x, ..., fractional=True)`. */
export function formatPositional(x: number, dtype: DType, o: FloatFormatOptions): string {
  const d = digitsFor(x, dtype, o, () => -o.precision);
  let whole: string, frac: string;
  if (d.digits === "0") { whole = "0"; frac = ""; }
  else if (d.exp >= 0) {
    whole = d.digits.slice(0, d.exp + 1).padEnd(d.exp + 1, "0");
    frac = d.digits.slice(d.exp + 1);
  } else {
    whole = "0";
    frac = "0".repeat(-d.exp - 1) + d.digits;
  }
  const fin = finishFraction(frac, o);
  let text = fin.text;
  const padRight = o.padRight ?? -1;
  if (padRight >= fin.count) {
    if (o.trim === "-" && fin.count === 0) text += " ";
    text += " ".repeat(padRight - fin.count);
  }
  const head = signOf(x, o) + whole;
  return head.padStart(o.padLeft ?? 0, " ") + text;
}

/** numpy's `dragon4_scientific`. */
export function formatScientific(x: number, dtype: DType, o: FloatFormatOptions): string {
  const d = digitsFor(x, dtype, o, (v) => v.exp - o.precision);
  const sign = signOf(x, o);
  const lead = " ".repeat(Math.max(0, (o.padLeft ?? 0) - 1 - sign.length));
  const fin = finishFraction(d.digits.slice(1), o);
  const e = d.digits === "0" ? 0 : d.exp;
  const minDigits = o.expDigits === undefined || o.expDigits < 0 ? 2 : Math.min(o.expDigits, 5);
  const expText = (e < 0 ? "-" : "+") + String(Math.abs(e)).padStart(minDigits, "0");
  return lead + sign + d.digits[0] + fin.text + "e" + expText;
}
