// The algorithms behind Python's str methods, as CPython 3.11 implements them
// (Objects/unicodeobject.c, Objects/stringlib/). Strings are JS strings; positions (arguments and
// results) count code points, as Python's do, so a character outside the BMP counts once.
// Callers pass None-able slice bounds as null, and out-of-range integers clamped to
// ±Number.MAX_SAFE_INTEGER. Case mappings use JavaScript's full Unicode mappings plus tables
// generated from CPython where the two differ.

import { PyTextError } from "./errors.js";
import { CASEFOLD_SPECIAL, TITLE_SPECIAL } from "./unicode-tables.js";
import { isAlphaChar, isDigitChar, isNumericChar, isPrintableChar, isSpace, decimalValue } from "./unicode.js";

// ---- slice bounds -------------------------------------------------------------------------

/** CPython's ADJUST_INDICES: [start, end) clamped to a string of length `len`, negatives from the end. */
export function adjustIndices(len: number, start: number | null, end: number | null): [number, number] {
  let s = start ?? 0;
  let e = end ?? len;
  if (e > len) e = len;
  else if (e < 0) e = Math.max(0, e + len);
  if (s < 0) s = Math.max(0, s + len);
  return [s, e];
}

const SURROGATE = /[\ud800-\udfff]/;

/**
 * Code point <-> code unit positions of `s`. Strings without surrogates (nearly all) map 1:1; the
 * others get a table of the code-unit offset of every code point.
 */
class Positions {
  private readonly units: number[] | null;
  readonly length: number;

  constructor(s: string) {
    if (!SURROGATE.test(s)) {
      this.units = null;
      this.length = s.length;
      return;
    }
    const units: number[] = [];
    let i = 0;
    for (const ch of s) {
      units.push(i);
      i += ch.length;
    }
    units.push(i);
    this.units = units;
    this.length = units.length - 1;
  }

  /** The code-unit offset of code point `cp` (0 <= cp <= length). */
  unit(cp: number): number {
    return this.units === null ? cp : this.units[cp]!;
  }

  /** The code-point index of code-unit offset `unit` (a code point boundary). */
  codePoint(unit: number): number {
    if (this.units === null) return unit;
    let lo = 0;
    let hi = this.units.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.units[mid]! < unit) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** The code-point length of s. */
function cpLength(s: string): number {
  return SURROGATE.test(s) ? Array.from(s).length : s.length;
}

/** The bounds of s[start:end] in code points and in code units, plus the positions map. */
function bounds(s: string, start: number | null, end: number | null): { b: number; e: number; ub: number; ue: number; pos: Positions } {
  const pos = new Positions(s);
  const [b, e] = adjustIndices(pos.length, start, end);
  return { b, e, ub: pos.unit(Math.min(b, pos.length)), ue: pos.unit(e), pos };
}

/** str.find(sub, start, end): lowest index of sub within s[start:end], or -1. */
export function find(s: string, sub: string, start: number | null = null, end: number | null = null): number {
  const { b, e, ub, ue, pos } = bounds(s, start, end);
  if (e - b < cpLength(sub)) return -1;
  const i = s.indexOf(sub, ub);
  return i >= 0 && i + sub.length <= ue ? pos.codePoint(i) : -1;
}

/** str.rfind(sub, start, end): highest index of sub within s[start:end], or -1. */
export function rfind(s: string, sub: string, start: number | null = null, end: number | null = null): number {
  const { b, e, ub, ue, pos } = bounds(s, start, end);
  if (e - b < cpLength(sub)) return -1;
  const i = s.lastIndexOf(sub, ue - sub.length);
  return i >= ub ? pos.codePoint(i) : -1;
}

/** str.index: find, or ValueError `substring not found`. */
export function index(s: string, sub: string, start: number | null = null, end: number | null = null): number {
  const i = find(s, sub, start, end);
  if (i < 0) throw new PyTextError("ValueError", "substring not found");
  return i;
}

/** str.rindex: rfind, or ValueError `substring not found`. */
export function rindex(s: string, sub: string, start: number | null = null, end: number | null = null): number {
  const i = rfind(s, sub, start, end);
  if (i < 0) throw new PyTextError("ValueError", "substring not found");
  return i;
}

/** str.count(sub, start, end): non-overlapping occurrences in s[start:end]. */
export function count(s: string, sub: string, start: number | null = null, end: number | null = null): number {
  const { b, e, ub, ue } = bounds(s, start, end);
  if (e - b < cpLength(sub)) return 0;
  if (sub.length === 0) return e - b + 1;
  let n = 0;
  for (let i = s.indexOf(sub, ub); i >= 0 && i + sub.length <= ue; i = s.indexOf(sub, i + sub.length)) n++;
  return n;
}

/** str.startswith for one prefix (the caller loops over a tuple). */
export function startsWith(s: string, prefix: string, start: number | null = null, end: number | null = null): boolean {
  const { b, e, ub } = bounds(s, start, end);
  if (e - cpLength(prefix) < b) return false;
  return s.startsWith(prefix, ub);
}

/** str.endswith for one suffix (the caller loops over a tuple). */
export function endsWith(s: string, suffix: string, start: number | null = null, end: number | null = null): boolean {
  const { b, e, ue } = bounds(s, start, end);
  if (e - cpLength(suffix) < b) return false;
  return s.startsWith(suffix, ue - suffix.length);
}

/** str.replace(old, new, count): count < 0 replaces all; an empty `old` inserts between characters. */
export function replace(s: string, old: string, repl: string, maxCount = -1): string {
  const limit = maxCount < 0 ? Infinity : maxCount;
  if (limit === 0) return s;
  if (old.length === 0) {
    const chars = Array.from(s);
    let out = "";
    let n = 0;
    for (const ch of chars) {
      if (n < limit) (out += repl), n++;
      out += ch;
    }
    return n < limit ? out + repl : out;
  }
  let out = "";
  let pos = 0;
  let n = 0;
  for (let i = s.indexOf(old); i >= 0 && n < limit; i = s.indexOf(old, pos), n++) {
    out += s.slice(pos, i) + repl;
    pos = i + old.length;
  }
  return out + s.slice(pos);
}

// ---- splitting ----------------------------------------------------------------------------

function emptySeparator(sep: string): void {
  if (sep.length === 0) throw new PyTextError("ValueError", "empty separator");
}

/** str.split(sep, maxsplit): sep null splits on runs of whitespace and drops empty ends. */
export function split(s: string, sep: string | null = null, maxsplit = -1): string[] {
  const limit = maxsplit < 0 ? Infinity : maxsplit;
  const out: string[] = [];
  if (sep === null) {
    let i = 0;
    const n = s.length;
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    while (i < n) {
      if (out.length >= limit) {
        out.push(s.slice(i));
        break;
      }
      let j = i;
      while (j < n && !isSpace(s.charCodeAt(j))) j++;
      out.push(s.slice(i, j));
      i = j;
      while (i < n && isSpace(s.charCodeAt(i))) i++;
    }
    return out;
  }
  emptySeparator(sep);
  let pos = 0;
  for (let i = s.indexOf(sep); i >= 0 && out.length < limit; i = s.indexOf(sep, pos)) {
    out.push(s.slice(pos, i));
    pos = i + sep.length;
  }
  out.push(s.slice(pos));
  return out;
}

/** str.rsplit(sep, maxsplit): like split, counting splits from the right. */
export function rsplit(s: string, sep: string | null = null, maxsplit = -1): string[] {
  const limit = maxsplit < 0 ? Infinity : maxsplit;
  const out: string[] = [];
  if (sep === null) {
    let i = s.length;
    while (i > 0 && isSpace(s.charCodeAt(i - 1))) i--;
    while (i > 0) {
      if (out.length >= limit) {
        out.push(s.slice(0, i));
        break;
      }
      let j = i;
      while (j > 0 && !isSpace(s.charCodeAt(j - 1))) j--;
      out.push(s.slice(j, i));
      i = j;
      while (i > 0 && isSpace(s.charCodeAt(i - 1))) i--;
    }
    return out.reverse();
  }
  emptySeparator(sep);
  let end = s.length;
  while (out.length < limit && end >= sep.length) {
    const i = s.lastIndexOf(sep, end - sep.length);
    if (i < 0) break;
    out.push(s.slice(i + sep.length, end));
    end = i;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

/** str.partition(sep): [before, sep, after], or [s, "", ""] when sep is absent. */
export function partition(s: string, sep: string): [string, string, string] {
  emptySeparator(sep);
  const i = s.indexOf(sep);
  return i < 0 ? [s, "", ""] : [s.slice(0, i), sep, s.slice(i + sep.length)];
}

/** str.rpartition(sep): split at the last sep, or ["", "", s]. */
export function rpartition(s: string, sep: string): [string, string, string] {
  emptySeparator(sep);
  const i = s.lastIndexOf(sep);
  return i < 0 ? ["", "", s] : [s.slice(0, i), sep, s.slice(i + sep.length)];
}

// Objects/unicodeobject.c: the line boundaries of str.splitlines (\r\n counts as one).
const LINE_BREAK = /\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]/g;

/** str.splitlines(keepends). */
export function splitlines(s: string, keepends = false): string[] {
  const out: string[] = [];
  let pos = 0;
  for (const m of s.matchAll(LINE_BREAK)) {
    const end = m.index! + m[0].length;
    out.push(s.slice(pos, keepends ? end : m.index));
    pos = end;
  }
  if (pos < s.length) out.push(s.slice(pos));
  return out;
}

// ---- stripping and padding ----------------------------------------------------------------

function stripWith(s: string, chars: string | null, left: boolean, right: boolean): string {
  const strip = chars === null ? (c: number) => isSpace(c) : (c: number) => chars.includes(String.fromCharCode(c));
  let b = 0;
  let e = s.length;
  if (left) while (b < e && strip(s.charCodeAt(b))) b++;
  if (right) while (e > b && strip(s.charCodeAt(e - 1))) e--;
  return s.slice(b, e);
}

/** str.strip(chars): chars null strips whitespace. */
export const strip = (s: string, chars: string | null = null): string => stripWith(s, chars, true, true);
/** str.lstrip(chars). */
export const lstrip = (s: string, chars: string | null = null): string => stripWith(s, chars, true, false);
/** str.rstrip(chars). */
export const rstrip = (s: string, chars: string | null = null): string => stripWith(s, chars, false, true);

function fillChar(fill: string): string {
  if (Array.from(fill).length !== 1) {
    throw new PyTextError("TypeError", "The fill character must be exactly one character long");
  }
  return fill;
}

/** str.center(width, fill), with CPython's odd-margin rule (extra fill goes left when width is odd). */
export function center(s: string, width: number, fill = " "): string {
  const f = fillChar(fill);
  const marg = width - cpLength(s);
  if (marg <= 0) return s;
  const left = (marg >> 1) + (marg & width & 1);
  return f.repeat(left) + s + f.repeat(marg - left);
}

/** str.ljust(width, fill). */
export function ljust(s: string, width: number, fill = " "): string {
  const f = fillChar(fill);
  return s + f.repeat(Math.max(0, width - cpLength(s)));
}

/** str.rjust(width, fill). */
export function rjust(s: string, width: number, fill = " "): string {
  const f = fillChar(fill);
  return f.repeat(Math.max(0, width - cpLength(s))) + s;
}

/** str.zfill(width): zeros after a leading sign. */
export function zfill(s: string, width: number): string {
  const n = width - cpLength(s);
  if (n <= 0) return s;
  if (s[0] === "+" || s[0] === "-") return s[0] + "0".repeat(n) + s.slice(1);
  return "0".repeat(n) + s;
}

/** str.expandtabs(tabsize): the column restarts after \n and \r. */
export function expandtabs(s: string, tabsize = 8): string {
  let out = "";
  let col = 0;
  for (const ch of s) {
    if (ch === "\t") {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        out += " ".repeat(n);
        col += n;
      }
    } else {
      out += ch;
      col = ch === "\n" || ch === "\r" ? 0 : col + 1;
    }
  }
  return out;
}

// ---- case -----------------------------------------------------------------------------------

const CASED = /^\p{Cased}$/u;
const UPPER = /^\p{Uppercase}$/u;
const LOWER = /^\p{Lowercase}$/u;
const TITLE = /^\p{Lt}$/u;
const CASE_IGNORABLE = /^\p{Case_Ignorable}$/u;

const isCased = (ch: string): boolean => CASED.test(ch);

function titleOf(ch: string): string {
  return TITLE_SPECIAL.get(ch.codePointAt(0)!) ?? ch.toUpperCase();
}

/**
 * Lower-cases chars[i] as CPython's lower_ucs4 does: a capital sigma becomes final sigma when a
 * cased letter precedes it and none follows (skipping case-ignorable characters).
 */
function lowerAt(chars: string[], i: number): string {
  const ch = chars[i]!;
  if (ch !== "\u03a3") return ch.toLowerCase();
  let j = i - 1;
  while (j >= 0 && CASE_IGNORABLE.test(chars[j]!)) j--;
  const before = j >= 0 && isCased(chars[j]!);
  let k = i + 1;
  while (k < chars.length && CASE_IGNORABLE.test(chars[k]!)) k++;
  const after = k < chars.length && isCased(chars[k]!);
  return before && !after ? "\u03c2" : "\u03c3";
}

/** str.lower(). */
export function lower(s: string): string {
  return s.toLowerCase();
}

/** str.upper(). */
export function upper(s: string): string {
  return s.toUpperCase();
}

/** str.title(): title-case after an uncased character, lower-case after a cased one. */
export function title(s: string): string {
  const chars = Array.from(s);
  let out = "";
  let previousCased = false;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    out += previousCased ? lowerAt(chars, i) : titleOf(ch);
    previousCased = isCased(ch);
  }
  return out;
}

/** str.capitalize(): the first character title-cased (Python 3.8+), the rest lower-cased. */
export function capitalize(s: string): string {
  const chars = Array.from(s);
  if (chars.length === 0) return s;
  let out = titleOf(chars[0]!);
  for (let i = 1; i < chars.length; i++) out += lowerAt(chars, i);
  return out;
}

/** str.swapcase(). */
export function swapcase(s: string): string {
  const chars = Array.from(s);
  let out = "";
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    out += UPPER.test(ch) ? lowerAt(chars, i) : LOWER.test(ch) ? ch.toUpperCase() : ch;
  }
  return out;
}

/** str.casefold(). */
export function casefold(s: string): string {
  let out = "";
  for (const ch of s) out += CASEFOLD_SPECIAL.get(ch.codePointAt(0)!) ?? ch.toLowerCase();
  return out;
}

// ---- predicates -----------------------------------------------------------------------------

function every(s: string, test: (ch: string) => boolean): boolean {
  if (s.length === 0) return false;
  for (const ch of s) if (!test(ch)) return false;
  return true;
}

const cp = (ch: string): number => ch.codePointAt(0)!;

/** str.isspace(). */
export const isspace = (s: string): boolean => every(s, (ch) => isSpace(cp(ch)));
/** str.isalpha(). */
export const isalpha = (s: string): boolean => every(s, isAlphaChar);
/** str.isdecimal(). */
export const isdecimal = (s: string): boolean => every(s, (ch) => decimalValue(cp(ch)) >= 0);
/** str.isdigit(). */
export const isdigit = (s: string): boolean => every(s, (ch) => isDigitChar(cp(ch)));
/** str.isnumeric(). */
export const isnumeric = (s: string): boolean => every(s, (ch) => isNumericChar(cp(ch)));
/** str.isalnum(): every character is alphabetic or numeric. */
export const isalnum = (s: string): boolean => every(s, (ch) => isAlphaChar(ch) || isNumericChar(cp(ch)));
/** str.isascii() (true for ""). */
export const isascii = (s: string): boolean => /^[\x00-\x7f]*$/.test(s);
/** str.isprintable() (true for ""). */
export const isprintable = (s: string): boolean => s.length === 0 || every(s, isPrintableChar);

const IDENTIFIER = /^[\p{XID_Start}_][\p{XID_Continue}]*$/u;
/** str.isidentifier(): XID_Start or "_", then XID_Continue characters. */
export const isidentifier = (s: string): boolean => IDENTIFIER.test(s);

/** str.isupper(): some cased character and no lower-case or title-case one. */
export function isupper(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    if (LOWER.test(ch) || TITLE.test(ch)) return false;
    if (UPPER.test(ch)) cased = true;
  }
  return cased;
}

/** str.islower(): some cased character and no upper-case or title-case one. */
export function islower(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    if (UPPER.test(ch) || TITLE.test(ch)) return false;
    if (LOWER.test(ch)) cased = true;
  }
  return cased;
}

/** str.istitle(): upper/title-case only after uncased characters, lower-case only after cased ones. */
export function istitle(s: string): boolean {
  let cased = false;
  let previousCased = false;
  for (const ch of s) {
    if (UPPER.test(ch) || TITLE.test(ch)) {
      if (previousCased) return false;
      previousCased = cased = true;
    } else if (LOWER.test(ch)) {
      if (!previousCased) return false;
      previousCased = cased = true;
    } else {
      previousCased = false;
    }
  }
  return cased;
}
