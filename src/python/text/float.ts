// CPython's float <-> text conversions (Python/pystrtod.c, Objects/floatobject.c): shortest
// round-trip repr, correctly rounded fixed/exponent/general formatting, round(), float(str).
// Exact decimal expansions come from BigInt arithmetic, so every rounding is done on the exact
// binary value, half-even on exact ties, as David Gay's dtoa (which CPython uses) does.

import { PyTextError } from "./errors.js";
import { strRepr } from "./repr.js";
import { stripPyWhitespace, toAsciiDigits } from "./unicode.js";

/** Decimal digits `digits` with the decimal point `point` places from their left: value = 0.digits × 10^point. */
interface Decimal {
  digits: string;
  point: number;
}

const view = new DataView(new ArrayBuffer(8));

/** The exact decimal expansion of a finite non-negative double (no leading zeros; zero is "0", point 1). */
function exactDecimal(x: number): Decimal {
  if (x === 0) return { digits: "0", point: 1 };
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp2: number;
  if (biased === 0) {
    exp2 = -1074;
  } else {
    mantissa |= 1n << 52n;
    exp2 = biased - 1075;
  }
  if (exp2 >= 0) {
    const digits = (mantissa << BigInt(exp2)).toString();
    return { digits, point: digits.length };
  }
  // m / 2^k == m * 5^k / 10^k
  const k = -exp2;
  const digits = (mantissa * 5n ** BigInt(k)).toString();
  return trimLeadingZeros({ digits, point: digits.length - k });
}

function trimLeadingZeros(d: Decimal): Decimal {
  let i = 0;
  while (i < d.digits.length - 1 && d.digits[i] === "0") i++;
  return { digits: d.digits.slice(i), point: d.point - i };
}

/**
 * Keeps the first `n` digits (n may be <= 0 or past the end), rounding the rest away half-even.
 * The result has exactly max(n, 0) digits, or one digit "1" more in point when rounding carries
 * into a new place; a value rounded to nothing is digits "" (zero).
 */
function roundDigits(d: Decimal, n: number): Decimal {
  const { digits, point } = d;
  if (n >= digits.length) return { digits: digits + "0".repeat(n - digits.length), point };
  if (n < 0) return { digits: "", point: point - n };
  const kept = digits.slice(0, n);
  const first = digits.charCodeAt(n) - 48;
  let up = first > 5;
  if (first === 5) {
    const restNonZero = /[1-9]/.test(digits.slice(n + 1));
    const lastOdd = n > 0 && (digits.charCodeAt(n - 1) - 48) % 2 === 1;
    up = restNonZero || lastOdd;
  }
  if (!up) return { digits: kept, point };
  const bumped = (BigInt("1" + kept) + 1n).toString().slice(1);
  if (bumped.length === kept.length && !/^0*$/.test(bumped)) return { digits: bumped, point };
  // Carry out of the leading digit: 99.7 -> 100, or 0.5 at n=0 -> 1.
  return { digits: ("1" + bumped).slice(0, Math.max(n, 1)), point: point + 1 };
}

/** Shortest digits that round-trip, as CPython's repr finds them (mode 0 of dtoa). */
function shortestDecimal(x: number): Decimal {
  const s = x.toExponential();
  const e = s.indexOf("e");
  return { digits: s.slice(0, e).replace(".", ""), point: Number(s.slice(e + 1)) + 1 };
}

function exponentSuffix(exp: number): string {
  const abs = Math.abs(exp);
  return (exp < 0 ? "e-" : "e+") + (abs < 10 ? "0" + abs : String(abs));
}

/** `d.ddd` + exponent, padded with zeros to `minDigits` significant digits. */
function scientific(d: Decimal, minDigits: number, alt: boolean): string {
  const digits = d.digits.padEnd(minDigits, "0");
  let body = digits[0]!;
  if (digits.length > 1 || alt) body += ".";
  return body + digits.slice(1) + exponentSuffix(d.point - 1);
}

/** Integer part, then `minFrac` or more fraction digits. */
function positional(d: Decimal, minFrac: number, alt: boolean, addDot0: boolean): string {
  const { digits, point } = d;
  let intPart: string;
  let frac: string;
  if (point <= 0) {
    intPart = "0";
    frac = "0".repeat(-point) + digits;
  } else {
    intPart = digits.slice(0, point).padEnd(point, "0");
    frac = digits.slice(point);
  }
  frac = frac.padEnd(minFrac, "0");
  if (frac.length > 0) return intPart + "." + frac;
  if (addDot0) return intPart + ".0";
  return alt ? intPart + "." : intPart;
}

/** The presentation types of float formatting, after `%`, `n`, upper case and "no type" are mapped. */
export type FloatStyle = "e" | "f" | "g" | "r";

/**
 * Formats |x| as CPython's PyOS_double_to_string does (without the sign, which is returned apart so
 * callers can apply sign options): style "r" is repr (shortest round-trip digits; precision ignored),
 * "e"/"f"/"g" are the printf styles with `precision`. `alt` is the `#` flag; `addDot0` appends ".0"
 * to an integral positional result (str() and format's "no type"). inf and nan come out as
 * "inf"/"nan".
 */
export function formatFloatParts(
  x: number,
  style: FloatStyle,
  precision: number,
  alt = false,
  addDot0 = false,
): { negative: boolean; body: string } {
  const negative = x < 0 || Object.is(x, -0);
  const ax = Math.abs(x);
  if (Number.isNaN(x)) return { negative: false, body: "nan" };
  if (ax === Infinity) return { negative, body: "inf" };
  switch (style) {
    case "r": {
      const d = shortestDecimal(ax);
      // Python/pystrtod.c: repr switches to exponent form when decpt <= -4 or decpt > 16.
      if (d.point <= -4 || d.point > 16) return { negative, body: scientific(d, 0, alt) };
      return { negative, body: positional(d, 0, alt, true) };
    }
    case "e":
      return { negative, body: scientific(roundDigits(exactDecimal(ax), precision + 1), precision + 1, alt) };
    case "f": {
      // Fast path: unless |x|·10^p can end in exactly .5 (which needs |x|·2^(p+1) integral), no
      // tie-breaking rule matters, and JS's toFixed is correctly rounded like dtoa.
      if (precision <= 100 && ax < 1e21 && !Number.isInteger(ax * 2 ** (precision + 1))) {
        const body = ax.toFixed(precision);
        return { negative, body: alt && precision === 0 ? body + "." : body };
      }
      const exact = exactDecimal(ax);
      return { negative, body: positional(roundDigits(exact, exact.point + precision), precision, alt, false) };
    }
    case "g": {
      const p = precision === 0 ? 1 : precision;
      const d = roundDigits(exactDecimal(ax), p);
      const rounded = alt ? d : { digits: d.digits.replace(/0+$/, "") || "0", point: d.point };
      // Python/pystrtod.c: with add_dot_0 ("no type" plus a precision) the switch comes one place earlier.
      if (d.point <= -4 || d.point > (addDot0 ? p - 1 : p)) return { negative, body: scientific(rounded, alt ? p : 0, alt) };
      return { negative, body: positional(rounded, alt ? p - d.point : 0, alt, addDot0) };
    }
  }
}

function signed(parts: { negative: boolean; body: string }): string {
  return parts.negative ? "-" + parts.body : parts.body;
}

/** repr(x) and str(x) of a Python float: `1.0`, `1e+16`, `1e-05`, `-0.0`, `inf`, `nan`. */
export function floatRepr(x: number): string {
  return signed(formatFloatParts(x, "r", 0));
}

/** str(x) of a Python float; identical to repr in Python 3. */
export const floatStr = floatRepr;

// Objects/floatobject.c: beyond these ndigits, round() returns x unchanged / a signed zero.
const NDIGITS_MAX = 323;
const NDIGITS_MIN = -308;

/**
 * round(x, ndigits) for a float: the correctly rounded (half-even on exact ties) decimal value,
 * converted back to the nearest double, as CPython's double_round does. OverflowError
 * `rounded value too large to represent` when the result leaves the double range.
 */
export function roundFloat(x: number, ndigits: number): number {
  if (ndigits > NDIGITS_MAX) return x;
  if (ndigits < NDIGITS_MIN) return 0 * x;
  if (x === 0 || !Number.isFinite(x)) return x;
  const ax = Math.abs(x);
  if (ndigits >= 0 && ndigits <= 100 && ax < 1e21 && !Number.isInteger(ax * 2 ** (ndigits + 1))) {
    // No exact tie is possible (see formatFloatParts): the nearest double to toFixed's text.
    const value = Number(ax.toFixed(ndigits));
    return x < 0 ? -value : value;
  }
  const exact = exactDecimal(ax);
  const d = roundDigits(exact, exact.point + ndigits);
  const value = d.digits === "" ? 0 : Number(`0.${d.digits}e${d.point}`);
  if (value === Infinity) throw new PyTextError("OverflowError", "rounded value too large to represent");
  return x < 0 ? -value : value;
}

/** round(x) with no ndigits: the nearest integer, half to even (returned as an integral double). */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x - r) === 0.5 ? 2 * Math.round(x / 2) : r;
}

/**
 * int(x) for a float (truncation toward zero), with CPython's errors for inf
 * (`OverflowError: cannot convert float infinity to integer`) and nan
 * (`ValueError: cannot convert float NaN to integer`).
 */
export function floatToBigInt(x: number): bigint {
  if (Number.isNaN(x)) throw new PyTextError("ValueError", "cannot convert float NaN to integer");
  if (!Number.isFinite(x)) throw new PyTextError("OverflowError", "cannot convert float infinity to integer");
  return BigInt(Math.trunc(x));
}

const FLOAT_SYNTAX = /^[+-]?(?:(?:\d(?:_?\d)*)?\.\d(?:_?\d)*|\d(?:_?\d)*\.?)(?:[eE][+-]?\d(?:_?\d)*)?$/;
const SPECIAL = /^([+-]?)(inf|infinity|nan)$/i;

/**
 * float(s) for a str: surrounding whitespace, underscores between digits, any Unicode decimal
 * digits, `inf`/`infinity`/`nan` in any case with a sign. ValueError
 * `could not convert string to float: '<s as given>'` otherwise.
 */
export function parseFloatText(s: string): number {
  const t = toAsciiDigits(stripPyWhitespace(s));
  const special = SPECIAL.exec(t);
  if (special) {
    const v = special[2]!.toLowerCase() === "nan" ? NaN : Infinity;
    return special[1] === "-" ? -v : v;
  }
  if (!FLOAT_SYNTAX.test(t)) {
    throw new PyTextError("ValueError", `could not convert string to float: ${strRepr(s)}`);
  }
  return Number(t.replace(/_/g, ""));
}

/** float.hex(x): `0x1.8000000000000p+0` style, exactly as CPython prints it. */
export function floatHex(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  if (x === 0) return sign + "0x0.0p+0";
  view.setFloat64(0, Math.abs(x));
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const frac = ((BigInt(hi & 0xfffff) << 32n) | BigInt(lo)).toString(16).padStart(13, "0");
  const lead = biased === 0 ? "0" : "1";
  const exp = biased === 0 ? -1022 : biased - 1023;
  return `${sign}0x${lead}.${frac}p${exp < 0 ? "-" : "+"}${Math.abs(exp)}`;
}

const HEX_FLOAT = /^([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?[0-9]+))?$/i;

/** 2^k, exactly, for -1074 <= k <= 1023. */
const pow2 = (k: number): number => Math.pow(2, k);

/**
 * float.fromhex(s): `[sign]['0x']hexdigits['.'hexdigits]['p'exponent]` or inf/infinity/nan, with
 * surrounding whitespace; correctly rounded (half-even), as Objects/floatobject.c float_fromhex.
 */
export function floatFromHex(s: string): number {
  const t = stripPyWhitespace(s);
  const special = SPECIAL.exec(t);
  if (special) {
    const v = special[2]!.toLowerCase() === "nan" ? NaN : Infinity;
    return special[1] === "-" ? -v : v;
  }
  const m = HEX_FLOAT.exec(t);
  const intDigits = m?.[2] ?? "";
  const fracDigits = m?.[3] ?? "";
  if (!m || intDigits.length + fracDigits.length === 0) {
    throw new PyTextError("ValueError", "invalid hexadecimal floating-point string");
  }
  const sign = m[1] === "-" ? -1 : 1;
  const mantissa = BigInt("0x" + (intDigits + fracDigits || "0"));
  if (mantissa === 0n) return sign * 0;
  const exp2 = Number(m[4] ?? "0") - 4 * fracDigits.length;
  const bits = mantissa.toString(2).length;
  const top = bits - 1 + exp2;
  const tooLarge = () => new PyTextError("OverflowError", "hexadecimal value too large to represent as a float");
  if (top > 1023) throw tooLarge();
  // Significant bits the result can hold: 53, fewer for subnormals (none below 2^-1075).
  const keep = top >= -1022 ? 53 : 53 - (-1022 - top);
  if (keep <= 0 && !(keep === 0 && mantissa > 1n << BigInt(bits - 1))) return sign * 0;
  let q = mantissa;
  let k = exp2;
  const shift = bits - Math.max(keep, 0);
  if (shift > 0) {
    const rem = mantissa & ((1n << BigInt(shift)) - 1n);
    const half = 1n << BigInt(shift - 1);
    q = mantissa >> BigInt(shift);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
    k += shift;
  }
  // Two exact power-of-two steps keep the intermediate value normal.
  const first = Math.max(Math.min(k, 900), -900);
  const value = Number(q) * pow2(first) * pow2(k - first);
  if (value === Infinity) throw tooLarge();
  return sign * value;
}
