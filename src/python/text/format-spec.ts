// The format-spec mini-language of format() and str.format() for int, float and str, following
// CPython 3.11's Python/formatter_unicode.c: the same parse, the same validation order and
// messages, the same number layout (sign, prefix, zero padding that is itself grouped).

import { PyTextError } from "./errors.js";
import { formatFloatParts, type FloatStyle } from "./float.js";
import { intToDecimal } from "./int.js";

/** A parsed `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`. */
export interface FormatSpec {
  fill: string;
  /** The explicit or default alignment; `=` also when the `0` flag chose it for numbers. */
  align: "<" | ">" | "^" | "=";
  sign: "+" | "-" | " " | "";
  /** `z`: negative zero becomes positive after rounding (floats only). */
  noNegZero: boolean;
  alternate: boolean;
  /** -1 when absent. */
  width: number;
  /** `,`, `_` (every three digits) or `_4` (every four, for b/o/x/X), or "" for none. */
  grouping: "," | "_" | "_4" | "";
  /** -1 when absent. */
  precision: number;
  /** The presentation type, or "" for none. */
  type: string;
}

// Objects/stringlib: the largest width a JS string can hold is far below CPython's Py_ssize_t limit;
// beyond it CPython would fail allocating, so we report MemoryError rather than crash.
const MAX_WIDTH = 1 << 28;
const SSIZE_MAX = 2n ** 63n - 1n;
const INT_MAX = 2 ** 31 - 1;

function charName(c: string): string {
  const cp = c.codePointAt(0)!;
  return cp > 32 && cp < 128 ? c : `\\x${cp.toString(16)}`;
}

function readInteger(spec: string, pos: number): { value: number; end: number } {
  let end = pos;
  let value = 0n;
  while (end < spec.length && spec.charCodeAt(end) >= 48 && spec.charCodeAt(end) <= 57) {
    value = value * 10n + BigInt(spec.charCodeAt(end) - 48);
    if (value > SSIZE_MAX) throw new PyTextError("ValueError", "Too many decimal digits in format string");
    end++;
  }
  return { value: end === pos ? -1 : Number(value), end };
}

const isAlign = (c: string | undefined): c is FormatSpec["align"] => c === "<" || c === ">" || c === "^" || c === "=";

/**
 * Parses `spec` for an object of Python type `typeName` whose format uses `defaultType` ("d" for
 * int, "" for float, "s" for str) and `defaultAlign` (">" for numbers, "<" for str). Throws the
 * ValueErrors of CPython's parse_internal_render_format_spec.
 */
export function parseFormatSpec(spec: string, typeName: string, defaultType: string, defaultAlign: "<" | ">"): Readonly<FormatSpec> {
  // Programs format with the same few specs over and over: parse each once.
  const key = `${defaultType}${defaultAlign}${typeName}\0${spec}`;
  let parsed = specCache.get(key);
  if (parsed === undefined) {
    if (specCache.size >= SPEC_CACHE_LIMIT) specCache.clear();
    parsed = Object.freeze(parseSpec(spec, typeName, defaultType, defaultAlign));
    specCache.set(key, parsed);
  }
  return parsed;
}

const specCache = new Map<string, Readonly<FormatSpec>>();
const SPEC_CACHE_LIMIT = 1024;

function parseSpec(spec: string, typeName: string, defaultType: string, defaultAlign: "<" | ">"): FormatSpec {
  const chars = Array.from(spec);
  let pos = 0;
  const f: FormatSpec = { fill: " ", align: defaultAlign, sign: "", noNegZero: false, alternate: false, width: -1, grouping: "", precision: -1, type: defaultType };
  let fillSpecified = false;
  let alignSpecified = false;
  if (chars.length >= 2 && isAlign(chars[1])) {
    f.fill = chars[0]!;
    f.align = chars[1];
    fillSpecified = alignSpecified = true;
    pos = 2;
  } else if (isAlign(chars[0])) {
    f.align = chars[0];
    alignSpecified = true;
    pos = 1;
  }
  // From here on only ASCII is meaningful, so index the remaining code points as a string.
  const rest = chars.slice(pos).join("");
  pos = 0;
  const at = (i: number) => rest[i];
  if (at(pos) === "+" || at(pos) === "-" || at(pos) === " ") f.sign = at(pos++) as FormatSpec["sign"];
  if (at(pos) === "z") (f.noNegZero = true), pos++;
  if (at(pos) === "#") (f.alternate = true), pos++;
  if (!fillSpecified && at(pos) === "0") {
    f.fill = "0";
    if (!alignSpecified && defaultAlign === ">") f.align = "=";
    pos++;
  }
  const width = readInteger(rest, pos);
  f.width = width.value;
  pos = width.end;
  if (at(pos) === ",") (f.grouping = ","), pos++;
  if (at(pos) === "_") {
    if (f.grouping !== "") throw new PyTextError("ValueError", "Cannot specify both ',' and '_'.");
    f.grouping = "_";
    pos++;
  }
  if (at(pos) === "," && f.grouping === "_") throw new PyTextError("ValueError", "Cannot specify both ',' and '_'.");
  if (at(pos) === ".") {
    const precision = readInteger(rest, pos + 1);
    if (precision.value < 0) throw new PyTextError("ValueError", "Format specifier missing precision");
    f.precision = precision.value;
    pos = precision.end;
  }
  const left = Array.from(rest.slice(pos));
  if (left.length > 1) {
    throw new PyTextError("ValueError", `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  }
  if (left.length === 1) f.type = left[0]!;
  if (f.grouping !== "") {
    const t = f.type;
    const underscoreOk = "boxX".includes(t) && t.length === 1 && f.grouping === "_";
    if (underscoreOk) f.grouping = "_4";
    else if (!["d", "e", "f", "g", "E", "G", "%", "F", ""].includes(t)) {
      throw new PyTextError("ValueError", `Cannot specify '${f.grouping}' with '${charName(t)}'.`);
    }
  }
  return f;
}

function unknownCode(type: string, typeName: string): PyTextError {
  return new PyTextError("ValueError", `Unknown format code '${charName(type)}' for object of type '${typeName}'`);
}

function pad(body: string, f: Readonly<FormatSpec>): string {
  const len = Array.from(body).length;
  if (f.width <= len) return body;
  if (f.width > MAX_WIDTH) throw new PyTextError("MemoryError", "");
  const n = f.width - len;
  if (f.align === "<") return body + f.fill.repeat(n);
  if (f.align === ">") return f.fill.repeat(n) + body;
  const leftN = n >> 1;
  return f.fill.repeat(leftN) + body + f.fill.repeat(n - leftN);
}

/**
 * The digits with separators every `group` digits from the right, extended with zeros (that are
 * themselves grouped) to at least `minWidth` characters: CPython's _PyUnicode_InsertThousandsGrouping.
 */
function groupDigits(digits: string, minWidth: number, sep: string, group: number): string {
  if (sep === "") return digits.padStart(minWidth, "0");
  const parts: string[] = [];
  let remaining = digits.length;
  let min = minWidth;
  for (;;) {
    const l = Math.min(group, Math.max(remaining, min, 1));
    const nChars = Math.max(0, Math.min(remaining, l));
    parts.push("0".repeat(Math.max(0, l - remaining)) + digits.slice(remaining - nChars, remaining));
    remaining -= nChars;
    min -= group;
    if (remaining <= 0 && min <= 0) break;
    min -= sep.length;
  }
  return parts.reverse().join(sep);
}

/** Lays out sign + prefix + grouped leading digits + remainder, then pads (formatter_unicode.c fill_number). */
function layoutNumber(sign: string, prefix: string, digits: string, remainder: string, f: Readonly<FormatSpec>): string {
  const sep = f.grouping === "," ? "," : f.grouping === "" ? "" : "_";
  const group = f.grouping === "_4" ? 4 : 3;
  const zeroFill = f.fill === "0" && f.align === "=";
  const fixed = sign.length + prefix.length + Array.from(remainder).length;
  // A number with no leading digits (inf, nan) is not grouped and gets ordinary padding.
  const minWidth = zeroFill && digits !== "" ? Math.max(0, f.width - fixed) : 0;
  if (minWidth > MAX_WIDTH) throw new PyTextError("MemoryError", "");
  const grouped = digits === "" ? "" : groupDigits(digits, minWidth, sep, group);
  if (f.align !== "=") return pad(sign + prefix + grouped + remainder, f);
  const len = fixed + grouped.length;
  if (f.width <= len) return sign + prefix + grouped + remainder;
  if (f.width > MAX_WIDTH) throw new PyTextError("MemoryError", "");
  return sign + prefix + f.fill.repeat(f.width - len) + grouped + remainder;
}

function signFor(negative: boolean, f: Readonly<FormatSpec>): string {
  if (negative) return "-";
  return f.sign === "+" ? "+" : f.sign === " " ? " " : "";
}

/**
 * format(n, spec) for an int (`typeName` is "int" or a subclass such as "bool"; `str` is the
 * object's str(), used for an empty spec). Float presentation types convert to float first.
 */
export function formatInt(n: bigint | number, spec: string, typeName = "int", str?: string): string {
  if (spec === "") return str ?? intToDecimal(n);
  const f = parseFormatSpec(spec, typeName, "d", ">");
  const t = f.type;
  if ("eEfFgG%".includes(t) && t.length === 1) {
    const x = Number(n);
    if (!Number.isFinite(x)) throw new PyTextError("OverflowError", "int too large to convert to float");
    return formatFloatWithSpec(x, f);
  }
  if (!(t.length === 1 && "bcdoxXn".includes(t))) throw unknownCode(t, typeName);
  if (f.precision !== -1) throw new PyTextError("ValueError", "Precision not allowed in integer format specifier");
  if (f.noNegZero) throw new PyTextError("ValueError", "Negative zero coercion (z) not allowed in integer format specifier");
  const big = BigInt(n);
  if (t === "c") {
    if (f.sign !== "") throw new PyTextError("ValueError", "Sign not allowed with integer format specifier 'c'");
    if (f.alternate) throw new PyTextError("ValueError", "Alternate form (#) not allowed with integer format specifier 'c'");
    // PyLong_AsLong fails first for values outside a C long.
    if (big < -(2n ** 63n) || big >= 2n ** 63n) throw new PyTextError("OverflowError", "Python int too large to convert to C long");
    if (big < 0n || big > 0x10ffffn) throw new PyTextError("OverflowError", "%c arg not in range(0x110000)");
    return layoutNumber("", "", "", String.fromCodePoint(Number(big)), { ...f, grouping: "" });
  }
  const negative = big < 0n;
  const abs = negative ? -big : big;
  const base = t === "b" ? 2 : t === "o" ? 8 : t === "x" || t === "X" ? 16 : 10;
  let digits = base === 10 ? intToDecimal(abs) : abs.toString(base);
  if (t === "X") digits = digits.toUpperCase();
  const prefix = f.alternate && base !== 10 ? "0" + (t === "X" ? "X" : t) : "";
  return layoutNumber(signFor(negative, f), prefix, digits, "", f);
}

/** format(x, spec) for a float (`str` is its str(), used for an empty spec). */
export function formatFloat(x: number, spec: string, typeName = "float", str?: string): string {
  if (spec === "") return str ?? formatFloatWithSpec(x, parseFormatSpec("", typeName, "", ">"));
  const f = parseFormatSpec(spec, typeName, "", ">");
  if (!(f.type === "" || (f.type.length === 1 && "eEfFgGn%".includes(f.type)))) throw unknownCode(f.type, typeName);
  return formatFloatWithSpec(x, f);
}

function formatFloatWithSpec(x: number, f: Readonly<FormatSpec>): string {
  if (f.precision > INT_MAX) throw new PyTextError("ValueError", "precision too big");
  let style: FloatStyle;
  let precision = f.precision;
  let addDot0 = false;
  let value = x;
  const t = f.type;
  if (t === "") {
    // Python/formatter_unicode.c: no type is repr without a precision, else 'g' keeping a ".0".
    addDot0 = true;
    style = precision < 0 ? "r" : "g";
  } else if (t === "%") {
    style = "f";
    value = x * 100;
  } else if (t === "n") {
    style = "g";
  } else {
    style = t.toLowerCase() as FloatStyle;
  }
  if (precision < 0) precision = 6;
  const parts = formatFloatParts(value, style, precision, f.alternate, addDot0);
  let body = parts.body;
  let negative = parts.negative;
  if (f.noNegZero && negative && /^[0.]*(e[+-]\d+)?$/.test(body)) negative = false;
  if (t === "E" || t === "F" || t === "G") body = body.toUpperCase();
  const lead = /^\d*/.exec(body)![0];
  return layoutNumber(signFor(negative, f), "", lead, body.slice(lead.length) + (t === "%" ? "%" : ""), f);
}

/** format(s, spec) for a str. */
export function formatStr(s: string, spec: string, typeName = "str"): string {
  if (spec === "") return s;
  const f = parseFormatSpec(spec, typeName, "s", "<");
  if (f.type !== "s") throw unknownCode(f.type, typeName);
  if (f.sign === " ") throw new PyTextError("ValueError", "Space not allowed in string format specifier");
  if (f.sign !== "") throw new PyTextError("ValueError", "Sign not allowed in string format specifier");
  if (f.noNegZero) throw new PyTextError("ValueError", "Negative zero coercion (z) not allowed in string format specifier");
  if (f.alternate) throw new PyTextError("ValueError", "Alternate form (#) not allowed in string format specifier");
  if (f.align === "=") throw new PyTextError("ValueError", "'=' alignment not allowed in string format specifier");
  const body = f.precision >= 0 ? Array.from(s).slice(0, f.precision).join("") : s;
  return pad(body, f);
}
