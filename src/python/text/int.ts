// int <-> text as CPython 3.11 does it (Objects/longobject.c), including the integer string
// conversion length limitation of CPython 3.11.7 (sys.set_int_max_str_digits, default 4300).

import { PyTextError } from "./errors.js";
import { strRepr } from "./repr.js";
import { stripPyWhitespace, toAsciiDigits } from "./unicode.js";

/** CPython 3.11's default for sys.get_int_max_str_digits(); 0 disables the limit. */
export const DEFAULT_MAX_STR_DIGITS = 4300;

const LIMIT_HINT = "use sys.set_int_max_str_digits() to increase the limit";

/**
 * str(n) in base 10, raising CPython's ValueError when the result would have more than
 * `maxDigits` digits (0 = no limit).
 */
export function intToDecimal(n: bigint | number, maxDigits = DEFAULT_MAX_STR_DIGITS): string {
  const s = n.toString();
  const digits = s.length - (s.startsWith("-") ? 1 : 0);
  if (maxDigits > 0 && digits > maxDigits) {
    throw new PyTextError("ValueError", `Exceeds the limit (${maxDigits} digits) for integer string conversion; ${LIMIT_HINT}`);
  }
  return s;
}

const PREFIX: Record<number, string> = { 2: "0b", 8: "0o", 16: "0x" };

/** hex(n), oct(n), bin(n): the sign, then `0x`/`0o`/`0b`, then lower-case digits. */
export function intToPrefixed(n: bigint | number, base: 2 | 8 | 16): string {
  const b = BigInt(n);
  const abs = b < 0n ? -b : b;
  return (b < 0n ? "-" : "") + PREFIX[base] + abs.toString(base);
}

function invalidLiteral(s: string, base: number): PyTextError {
  // Objects/longobject.c formats the text with %.200R.
  return new PyTextError("ValueError", `invalid literal for int() with base ${base}: ${strRepr(s).slice(0, 200)}`);
}

/**
 * int(s, base) for a str: whitespace around, a sign, a base prefix (required to match when
 * base is 2, 8 or 16 and given, chosen by it when base is 0), single underscores between digits or
 * after the prefix, any Unicode decimal digits. Base 0 rejects leading zeros in a non-zero decimal
 * ("010"). Errors are CPython's ValueErrors.
 */
export function parseIntText(s: string, base: number, maxDigits = DEFAULT_MAX_STR_DIGITS): bigint {
  if (base !== 0 && (base < 2 || base > 36)) {
    throw new PyTextError("ValueError", "int() base must be >= 2 and <= 36, or 0");
  }
  let t = toAsciiDigits(stripPyWhitespace(s)).replace(/[A-Z]/g, (c) => c.toLowerCase());
  let negative = false;
  if (t.startsWith("+") || t.startsWith("-")) {
    negative = t.startsWith("-");
    t = t.slice(1);
  }
  let effective = base;
  let prefixed = false;
  const prefix = t.slice(0, 2);
  const prefixBase = prefix === "0x" ? 16 : prefix === "0o" ? 8 : prefix === "0b" ? 2 : 0;
  if (prefixBase !== 0 && (base === 0 || base === prefixBase)) {
    effective = prefixBase;
    prefixed = true;
    t = t.slice(2);
  } else if (base === 0) {
    effective = 10;
  }
  // A prefix may be followed by one underscore ("0x_ff"); otherwise underscores only separate digits.
  const body = prefixed && t.startsWith("_") ? t.slice(1) : t;
  if (body === "" || body.startsWith("_") || body.endsWith("_") || body.includes("__")) throw invalidLiteral(s, base);
  const digits = body.replace(/_/g, "");
  for (const ch of digits) {
    const v = parseInt(ch, 36);
    if (Number.isNaN(v) || v >= effective) throw invalidLiteral(s, base);
  }
  if (base === 0 && !prefixed && digits.length > 1 && digits.startsWith("0") && /[1-9]/.test(digits)) {
    throw invalidLiteral(s, base);
  }
  // The limit applies only to bases that are not powers of two (Objects/longobject.c).
  if (maxDigits > 0 && (effective & (effective - 1)) !== 0 && digits.length > maxDigits) {
    throw new PyTextError(
      "ValueError",
      `Exceeds the limit (${maxDigits} digits) for integer string conversion: value has ${digits.length} digits; ${LIMIT_HINT}`,
    );
  }
  const value = effective === 10 ? BigInt(digits) : parseBigIntInBase(digits, effective);
  return negative ? -value : value;
}

function parseBigIntInBase(digits: string, base: number): bigint {
  if (base === 16 || base === 8 || base === 2) return BigInt(PREFIX[base] + digits);
  const b = BigInt(base);
  let value = 0n;
  for (const ch of digits) value = value * b + BigInt(parseInt(ch, 36));
  return value;
}
