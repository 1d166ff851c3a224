import { maskNoise } from "./noise.js";
import { createTwoFilesPatch } from "diff";

/**
 * Claimed and actual printed values agree: exactly (trimmed), once the claim's quotes are removed, or
 * as the same numbers in the same nesting when the claim writes a list (`[1.0, 4.0, 9.0]`) for
 * numpy's print (`[1. 4. 9.]`): pages state values, not numpy's spacing.
 */
export function sameValue(expected: string, actual: string): boolean {
  const e = expected.trim().replace(/^(['"])(.*)\1$/, "$2");
  const a = actual.trim();
  if (e === a || expected.trim() === a) return true;
  const shape = (t: string) => (/^[[\]\d\s.,eE+-]+$/.test(t) && /\[/.test(t) ? t.replace(/[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi, "#").replace(/[\s,]+/g, "") : null);
  const numbers = (t: string) => (t.match(/[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi) ?? []).map(Number);
  const [se, sa] = [shape(e), shape(a)];
  if (se === null || se !== sa) return false;
  const [ne, na] = [numbers(e), numbers(a)];
  return ne.length === na.length && ne.every((x, i) => x === na[i]);
}

/** Output compared line by line without trailing spaces or trailing blank lines (pages lose them). */
export function tidy(text: string): string {
  return text.split("\n").map((l) => l.trimEnd()).join("\n").replace(/\n+$/, "");
}

/**
 * numpy's array print without the padding numpy before 1.14 put inside brackets and between
 * columns (`[ 3.  7.]` is `[3. 7.]` since 1.14's new repr): pages written then show the same values.
 */
export function numpySpacing(text: string): string {
  return text.replace(/\[ +/g, "[").replace(/ +\]/g, "]").replace(/(\d\.?) {2,}(?=[-\d])/g, "$1 ");
}

const NUMBER = /[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi;

/**
 * The same text but for numbers an old print rounded: numpy before 1.14 gave `str()` of a float32
 * scalar as "%.6g" and of a float64 one as "%.12g" (scalartypes.c.src FLOATPREC_STR 6, DOUBLEPREC_STR
 * 12; a ".0" added to a whole number), as Python 2 gave `str()` of a float ("%.12g"); numpy 1.17 prints
 * the shortest repr (`49.53125` where the recording shows `49.5312`). Each claimed number must be the
 * actual one so rounded, and at least one must differ.
 */
/** Why numbers that differ in their last digits still hold (sameOldStrPrecision). */
export const OLD_STR_PRECISION = "the same values, rounded as str() printed them in numpy before 1.14 (6 or 12 significant digits) or Python 2";

export function sameOldStrPrecision(expected: string, actual: string): boolean {
  if (expected.replace(NUMBER, "#") !== actual.replace(NUMBER, "#")) return false;
  const xs = expected.match(NUMBER) ?? [];
  const ys = actual.match(NUMBER) ?? [];
  if (xs.length !== ys.length || xs.every((x, i) => x === ys[i])) return false;
  return xs.every((x, i) => {
    const y = ys[i]!;
    if (x === y) return true;
    if (!/[.eE]/.test(y)) return false;
    const v = Number(y);
    // A 6-digit str is a float32 scalar's: rounded from its exact float32 value, not from the shortest repr.
    return x === formatG(Math.fround(v), 6) || x === formatG(v, 12);
  });
}

/** C's "%.{p}g" of `v` (the exact binary value rounded half to even, as glibc does), with ".0" added
 * when it reads as a whole number (numpy's _fix_ascii_format). */
function formatG(v: number, p: number): string {
  if (!Number.isFinite(v)) return String(v);
  const a = Math.abs(v);
  if (a !== 0 && (a >= 1e21 || a < 1e-12)) return String(v); // beyond toFixed's exact digits: no match claimed
  // toFixed(100) is the exact decimal expansion of a double in this range.
  const [ip, fp] = a.toFixed(100).split(".") as [string, string];
  const all = ip + fp;
  const first = all.search(/[1-9]/);
  if (first < 0) return "0.0";
  let exp = ip.length - 1 - first;
  const digits = all.slice(first, first + p).padEnd(p, "0").split("").map(Number);
  const rest = all.slice(first + p);
  const up = rest[0]! > "5" || (rest[0] === "5" && (/[1-9]/.test(rest.slice(1)) || digits[p - 1]! % 2 === 1));
  if (up) {
    let i = p - 1;
    while (i >= 0 && digits[i] === 9) digits[i--] = 0;
    if (i < 0) {
      digits.unshift(1);
      digits.pop();
      exp++;
    } else digits[i]!++;
  }
  const sign = v < 0 ? "-" : "";
  let out: string;
  if (exp < -4 || exp >= p) {
    const mant = `${digits[0]}.${digits.slice(1).join("")}`.replace(/0+$/, "").replace(/\.$/, "");
    out = `${sign}${mant}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  } else {
    const d = digits.join("");
    const body = exp >= 0 ? `${d.slice(0, exp + 1)}.${d.slice(exp + 1)}` : `0.${"0".repeat(-exp - 1)}${d}`;
    out = sign + body.replace(/0+$/, "").replace(/\.$/, "");
  }
  return /^[-+]?\d+$/.test(out) ? `${out}.0` : out;
}

/**
 * The same text but for numbers that are one float32 value printed to other precisions: numpy before
 * 1.14 printed a float32 array with 8 significant digits (`[ 2.0999999]`), numpy 1.17 the shortest
 * repr that rounds back (`[2.1]`); both are the float32 nearest 2.1.
 */
export function sameFloat32Values(expected: string, actual: string): boolean {
  const e = numpySpacing(expected);
  const a = numpySpacing(actual);
  if (e.replace(NUMBER, "#") !== a.replace(NUMBER, "#")) return false;
  const xs = e.match(NUMBER) ?? [];
  const ys = a.match(NUMBER) ?? [];
  return xs.length > 0 && xs.length === ys.length && xs.every((x, i) => Math.fround(Number(x)) === Math.fround(Number(ys[i])));
}

/** Why numbers a little apart still hold (sameToFloat32). */
export const FLOAT32_APPROXIMATE =
  "the same values to float32 precision: TF computes them with Eigen's approximations (exp, log, tanh, sigmoid…), whose last bits tfscope does not reproduce";

/**
 * The same text, laid out alike (numpy's spacing and line wraps aside), with numbers that agree to
 * float32 precision (within 2e-6 of each other, relative: a few units in the last place), at least one
 * of them not to the digit. For runs whose floats came from approximate kernels (Outcome.inexact).
 */
export function sameToFloat32(expected: string, actual: string): boolean {
  const skeleton = (t: string) => t.replace(NUMBER, "#").replace(/\s+/g, " ").replace(/([[(]) /g, "$1").replace(/ ([\])])/g, "$1").trim();
  if (skeleton(expected) !== skeleton(actual)) return false;
  const xs = (expected.match(NUMBER) ?? []).map(Number);
  const ys = (actual.match(NUMBER) ?? []).map(Number);
  if (xs.length === 0 || xs.length !== ys.length) return false;
  return xs.every((x, i) => {
    const y = ys[i]!;
    return x === y || Math.abs(x - y) <= 2e-6 * Math.max(Math.abs(x), Math.abs(y));
  });
}

/**
 * The same lines but for dicts printed in another key order: a page written for Python before 3.7
 * (or 2) shows a dict's items in hash order, CPython 3.7+ in insertion order; the items are the same.
 */
export function sameDictItems(expected: string, actual: string): boolean {
  const e = tidy(expected).split("\n");
  const a = tidy(actual).split("\n");
  return e.length === a.length && e.some((l) => l.trim().startsWith("{")) && e.every((l, i) => l === a[i] || sameItems(l, a[i]!));
}

function sameItems(e: string, a: string): boolean {
  const items = (t: string) => {
    const m = /^\s*\{(.*)\}\s*$/.exec(t);
    return m ? topLevelItems(m[1]!).sort() : null;
  };
  const [x, y] = [items(e), items(a)];
  return x !== null && y !== null && x.length === y.length && x.every((v, i) => v === y[i]);
}

/** `k: v, k2: (1, 2)` split at the commas outside brackets and quotes, each item trimmed. */
function topLevelItems(body: string): string[] {
  const out: string[] = [];
  let depth = 0, quote = "", start = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quote) {
      if (ch === "\\") i++;
      else if (ch === quote) quote = "";
    } else if (ch === "'" || ch === '"') quote = ch;
    else if ("([{".includes(ch)) depth++;
    else if (")]}".includes(ch)) depth--;
    else if (ch === "," && depth === 0) {
      out.push(body.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(body.slice(start).trim());
  return out;
}

/** Each piece occurs in the text, in order and without overlapping. */
export function containsInOrder(text: string, pieces: string[]): boolean {
  let at = 0;
  for (const p of pieces) {
    const i = text.indexOf(p, at);
    if (i < 0) return false;
    at = i + p.length;
  }
  return true;
}

/** Whitespace runs collapsed, ends trimmed: how message fragments are compared. */
export function squash(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

// time.ctime() / datetime's ctime(): `Mon Dec  7 00:19:22 2026` (Modules/timemodule.c, _asctime).
const CTIME = /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d \d\d:\d\d:\d\d \d{4}\b/g;

/**
 * For output that depends on the run (random draws, clocks, the process id; nondeterministic goldens
 * and runs): the noise every run has masked first (an address's hex digits are not numbers), then
 * every number becomes `#`, a ctime date `<date>`, runs of spaces one space.
 */
export function maskNumbers(text: string): string {
  return maskNoise(text).text.replace(CTIME, "<date>").replace(/[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi, "#").replace(/ +/g, " ");
}

/** A unified diff (document → tfscope, or the file names given) of two texts, or "" when they are equal. */
export function unifiedDiff(expected: string, actual: string, names: [string, string] = ["document", "tfscope"]): string {
  if (expected === actual) return "";
  const nl = (t: string) => (t.endsWith("\n") ? t : t + "\n");
  const patch = createTwoFilesPatch(names[0], names[1], nl(expected), nl(actual), undefined, undefined, { context: 3 });
  // Drop the "=====" banner (and "Index:" when both names are the same) and the empty header fields `diff` appends after a tab.
  return patch.split("\n").slice(patch.startsWith("Index:") ? 2 : 1).map((l) => (/^(---|\+\+\+) /.test(l) ? l.replace(/\t.*$/, "") : l)).join("\n").replace(/\n$/, "");
}
