/**
 * Exact decimal digits of binary floats, as numpy 1.17's Dragon4 (numpy/core/src/multiarray/dragon4.c)
 * produces them: the exact expansion, correctly rounded (ties to even) at a cutoff, and the
 * shortest digits that read back to the same value of a given float dtype.
 */
import { type DType, coerce } from "./dtype.js";

/** A non-negative decimal `d0.d1d2… × 10^exp`; `digits` has no leading or trailing zeros ("0" for zero). */
export interface Decimal { digits: string; exp: number }

const ZERO: Decimal = { digits: "0", exp: 0 };
const view = new DataView(new ArrayBuffer(8));

/** The exact decimal value of |x| (x finite). Every double is a finite decimal. */
export function exactDecimal(x: number): Decimal {
  const a = Math.abs(x);
  if (a === 0) return ZERO;
  view.setFloat64(0, a);
  const hi = view.getUint32(0), lo = view.getUint32(4);
  const biased = hi >>> 20;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e2: number;
  if (biased === 0) e2 = -1074;
  else { mant |= 1n << 52n; e2 = biased - 1075; }
  let s: string;
  let pointShift: number;
  if (e2 >= 0) { s = (mant << BigInt(e2)).toString(); pointShift = 0; }
  else { s = (mant * 5n ** BigInt(-e2)).toString(); pointShift = e2; }
  return normalise(s, s.length - 1 + pointShift);
}

function normalise(s: string, exp: number): Decimal {
  let start = 0;
  while (start < s.length - 1 && s[start] === "0") { start++; exp--; }
  let end = s.length;
  while (end > start + 1 && s[end - 1] === "0") end--;
  const digits = s.slice(start, end);
  return digits === "0" ? ZERO : { digits, exp };
}

/** Adds one unit in the last place of a digit string, carrying into a new leading digit if needed. */
function increment(digits: string, exp: number): Decimal {
  const arr = digits.split("");
  let i = arr.length - 1;
  while (i >= 0 && arr[i] === "9") { arr[i] = "0"; i--; }
  if (i < 0) return normalise("1" + arr.join(""), exp + 1);
  arr[i] = String.fromCharCode(arr[i].charCodeAt(0) + 1);
  return normalise(arr.join(""), exp);
}

/** Truncation of `d` to the digits at powers of ten >= `cutoff`, and how the dropped tail compares with half a unit. */
function split(d: Decimal, cutoff: number): { kept: string; tail: -1 | 0 | 1 | "none" } {
  const n = d.exp - cutoff + 1;
  if (d.digits === "0") return { kept: "", tail: "none" };
  if (n >= d.digits.length) return { kept: d.digits, tail: "none" };
  if (n < 0) return { kept: "", tail: -1 };
  const kept = d.digits.slice(0, n);
  const first = d.digits[n];
  const more = d.digits.length > n + 1;
  const tail = first > "5" || (first === "5" && more) ? 1 : first === "5" ? 0 : -1;
  return { kept, tail };
}

function fromKept(kept: string, d: Decimal, cutoff: number, up: boolean): Decimal {
  if (kept === "") return up ? { digits: "1", exp: cutoff } : ZERO;
  const exp = d.exp;
  return up ? increment(kept, exp) : normalise(kept, exp);
}

/** `d` rounded to the nearest multiple of 10^cutoff, ties to the even digit (Dragon4's exact mode). */
export function roundAt(d: Decimal, cutoff: number): Decimal {
  const { kept, tail } = split(d, cutoff);
  if (tail === "none") return d;
  const lastOdd = kept !== "" && (kept.charCodeAt(kept.length - 1) & 1) === 1;
  return fromKept(kept, d, cutoff, tail === 1 || (tail === 0 && lastOdd));
}

function toNumber(d: Decimal): number {
  return Number(`${d.digits[0]}.${d.digits.slice(1) || "0"}e${d.exp}`);
}

const MAX_DIGITS: Partial<Record<DType, number>> = { float16: 5, float32: 9, float64: 17 };

/**
 * The shortest digits that read back as |x| in `dtype`; among equally short candidates inside the
 * rounding interval, the closer one, ties to even — Dragon4's unique mode. Reading back goes through
 * a double, so float16/float32 could in theory suffer double rounding for decimals lying within 2^-53
 * of a rounding midpoint.
 */
export function shortestDecimal(x: number, dtype: DType): Decimal {
  const a = Math.abs(x);
  const exact = exactDecimal(a);
  if (exact.digits === "0") return exact;
  const max = MAX_DIGITS[dtype] ?? 17;
  for (let p = 1; p < max && p < exact.digits.length; p++) {
    const cutoff = exact.exp - p + 1;
    const { kept, tail } = split(exact, cutoff);
    const down = fromKept(kept, exact, cutoff, false);
    const up = fromKept(kept, exact, cutoff, true);
    const downOk = down.digits !== "0" && coerce(dtype, toNumber(down)) === a;
    const upOk = coerce(dtype, toNumber(up)) === a;
    if (downOk && upOk) {
      const lastOdd = (kept.charCodeAt(kept.length - 1) & 1) === 1;
      return tail === 1 || (tail === 0 && lastOdd) ? up : down;
    }
    if (downOk) return down;
    if (upOk) return up;
  }
  return roundAt(exact, exact.exp - max + 1);
}
