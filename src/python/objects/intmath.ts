import { OverflowError, ValueError, ZeroDivisionError, pyErr } from "./exceptions.js";

/**
 * Arbitrary-precision int arithmetic over the dual representation: JS numbers while the value is a safe
 * integer, bigint beyond. Every result is normalised back (a bigint in the safe range becomes a number;
 * -0 never appears), so `===` on two ints is Python's `==`.
 */
export type Int = number | bigint;

const MAX = Number.MAX_SAFE_INTEGER;

export function norm(b: bigint): Int {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

export function big(a: Int): bigint {
  return typeof a === "bigint" ? a : BigInt(a);
}

export function intAdd(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (r <= MAX && r >= -MAX) return r;
  }
  return norm(big(a) + big(b));
}

export function intSub(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (r <= MAX && r >= -MAX) return r;
  }
  return norm(big(a) - big(b));
}

export function intMul(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (r <= MAX && r >= -MAX) return r + 0;
  }
  return norm(big(a) * big(b));
}

export function intNeg(a: Int): Int {
  return typeof a === "number" ? 0 - a : norm(-a);
}

export function intFloorDiv(a: Int, b: Int): Int {
  if (b === 0) throw pyErr(ZeroDivisionError, "integer division or modulo by zero");
  if (typeof a === "number" && typeof b === "number" && a < 2 ** 52 && a > -(2 ** 52)) return Math.floor(a / b) + 0;
  const x = big(a);
  const y = big(b);
  let q = x / y;
  if (x % y !== 0n && x < 0n !== y < 0n) q -= 1n;
  return norm(q);
}

export function intMod(a: Int, b: Int): Int {
  if (b === 0) throw pyErr(ZeroDivisionError, "integer modulo by zero");
  if (typeof a === "number" && typeof b === "number") {
    const r = a % b;
    return r !== 0 && r < 0 !== b < 0 ? r + b : r + 0;
  }
  const y = big(b);
  const r = big(a) % y;
  return norm(r !== 0n && r < 0n !== y < 0n ? r + y : r);
}

/** int ** int for a non-negative exponent. */
export function intPow(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a ** b;
    if (Math.abs(r) < 2 ** 52) return r + 0;
  }
  if (typeof b === "bigint" || b > 1e7) {
    if (a === 0 || a === 1) return a;
    if (a === -1) return big(b) % 2n === 0n ? 1 : -1;
    throw pyErr(OverflowError, "exponent too large");
  }
  return norm(big(a) ** big(b));
}

export function intPowMod(a: Int, b: Int, m: Int): Int {
  if (m === 0) throw pyErr(ValueError, "pow() 3rd argument cannot be 0");
  let base = big(a);
  let e = big(b);
  const mod = big(m);
  const am = mod < 0n ? -mod : mod;
  base = ((base % am) + am) % am;
  if (e < 0n) {
    // Python 3.8+: a negative exponent means the modular inverse raised to -e.
    base = modInverse(base, am);
    e = -e;
  }
  let r = 1n;
  while (e > 0n) {
    if (e & 1n) r = (r * base) % am;
    base = (base * base) % am;
    e >>= 1n;
  }
  if (mod < 0n && r !== 0n) r += mod;
  return norm(r);
}

function modInverse(a: bigint, m: bigint): bigint {
  let [r0, r1] = [a, m];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) throw pyErr(ValueError, "base is not invertible for the given modulus");
  return ((s0 % m) + m) % m;
}

export function intTrueDiv(a: Int, b: Int): number {
  if (b === 0) throw pyErr(ZeroDivisionError, "division by zero");
  if (typeof a === "number" && typeof b === "number") return a / b;
  const r = Number(a) / Number(b);
  if (!Number.isFinite(r)) throw pyErr(OverflowError, "integer division result too large for a float");
  return r;
}

export function intLshift(a: Int, b: Int): Int {
  if (b < 0) throw pyErr(ValueError, "negative shift count");
  if (typeof a === "number" && typeof b === "number" && b < 53) {
    const r = a * 2 ** b;
    if (r <= MAX && r >= -MAX) return r;
  }
  if (big(b) > 100_000_000n) throw pyErr(OverflowError, "too many digits in integer");
  return norm(big(a) << big(b));
}

export function intRshift(a: Int, b: Int): Int {
  if (b < 0) throw pyErr(ValueError, "negative shift count");
  if (typeof a === "number") return typeof b === "number" && b < 64 ? Math.floor(a / 2 ** b) + 0 : a < 0 ? -1 : 0;
  return norm(a >> big(b));
}

function isInt32(a: Int): a is number {
  return typeof a === "number" && (a | 0) === a;
}

export function intAnd(a: Int, b: Int): Int {
  return isInt32(a) && isInt32(b) ? a & b : norm(big(a) & big(b));
}
export function intOr(a: Int, b: Int): Int {
  return isInt32(a) && isInt32(b) ? a | b : norm(big(a) | big(b));
}
export function intXor(a: Int, b: Int): Int {
  return isInt32(a) && isInt32(b) ? a ^ b : norm(big(a) ^ big(b));
}
export function intInvert(a: Int): Int {
  return intSub(intNeg(a), 1);
}

/** int → float, with CPython's OverflowError for ints beyond the float range. */
export function intToFloat(a: Int): number {
  if (typeof a === "number") return a;
  const r = Number(a);
  if (!Number.isFinite(r)) throw pyErr(OverflowError, "int too large to convert to float");
  return r;
}

export function intAbs(a: Int): Int {
  return typeof a === "number" ? Math.abs(a) : norm(a < 0n ? -a : a);
}
