// Character classes as CPython defines them (Objects/unicodectype.c). Where JavaScript's Unicode
// property escapes agree with CPython's database they are used; the rest is tabulated in
// unicode-tables.ts, generated from CPython itself.

import { DECIMAL_ZEROS, DIGIT_ONLY_RANGES, NUMERIC_ONLY_RANGES, SPACE_RANGES } from "./unicode-tables.js";

function inRanges(ranges: readonly number[], cp: number): boolean {
  let lo = 0;
  let hi = ranges.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < ranges[2 * mid]!) hi = mid - 1;
    else if (cp > ranges[2 * mid + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Whether code point `cp` is whitespace for str.isspace(), str.split() and str.strip(). */
export function isSpace(cp: number): boolean {
  if (cp < 128) return cp === 32 || (cp >= 9 && cp <= 13) || (cp >= 28 && cp <= 31);
  return inRanges(SPACE_RANGES, cp);
}

/** The value 0-9 of a Unicode decimal digit (str.isdecimal), or -1. */
export function decimalValue(cp: number): number {
  if (cp >= 48 && cp <= 57) return cp - 48;
  if (cp < 128) return -1;
  let lo = 0;
  let hi = DECIMAL_ZEROS.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const zero = DECIMAL_ZEROS[mid]!;
    if (cp < zero) hi = mid - 1;
    else if (cp > zero + 9) lo = mid + 1;
    else return cp - zero;
  }
  return -1;
}

/** str.isdigit() for one character: decimal digits plus superscripts, circled digits and the like. */
export function isDigitChar(cp: number): boolean {
  return decimalValue(cp) >= 0 || inRanges(DIGIT_ONLY_RANGES, cp);
}

/** str.isnumeric() for one character. */
export function isNumericChar(cp: number): boolean {
  return isDigitChar(cp) || inRanges(NUMERIC_ONLY_RANGES, cp);
}

const ALPHA = /^\p{L}$/u;
/** str.isalpha() for one character: general categories Lu, Ll, Lt, Lm, Lo. */
export function isAlphaChar(ch: string): boolean {
  return ALPHA.test(ch);
}

// Objects/unicodectype.c: printable means not in categories Cc Cf Cs Co Cn Zl Zp Zs, except space.
const NON_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;
/** str.isprintable() for one character; also decides which characters repr() escapes. */
export function isPrintableChar(ch: string): boolean {
  return ch === " " || !NON_PRINTABLE.test(ch);
}

/** Replaces every Unicode decimal digit with its ASCII digit, as int() and float() do before parsing. */
export function toAsciiDigits(s: string): string {
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  let out = "";
  for (const ch of s) {
    const v = decimalValue(ch.codePointAt(0)!);
    out += v >= 0 ? String.fromCharCode(48 + v) : ch;
  }
  return out;
}

/** s with leading and trailing Python whitespace removed (str.strip() with no argument). */
export function stripPyWhitespace(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isSpace(s.charCodeAt(start))) start++;
  while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
  return s.slice(start, end);
}
