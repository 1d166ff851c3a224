// printf-style `str % args`, following CPython 3.11's PyUnicode_Format (Objects/unicodeobject.c):
// the same argument walk (a tuple's items one by one, any other object once, a mapping for
// `%(key)s`), the same flags, and the same TypeError/ValueError messages.

import { PyTextError } from "./errors.js";
import { formatFloatParts, type FloatStyle } from "./float.js";

/** What `%` needs to know about the Python objects it formats; `V` is the interpreter's object type. */
export interface PercentHost<V> {
  str(v: V): string;
  repr(v: V): string;
  ascii(v: V): string;
  /** The Python type name of v, for error messages. */
  typeName(v: V): string;
  /** v's text if v is a str, else null. */
  asStr(v: V): string | null;
  /** v's value if v is an int (bool included), else null: `*` widths accept nothing else. */
  exactInt(v: V): bigint | null;
  /** operator.index(v) (`%x %o %X %c`), or null when v has no __index__. */
  index(v: V): bigint | null;
  /** int(v) for a number (`%d %i %u`: floats truncate), or null when v is not a number. */
  toInt(v: V): bigint | null;
  /** float(v) (`%e %f %g`), or null when v is not a real number. */
  toFloat(v: V): number | null;
  /** mapping[key] for `%(key)s`; raises the interpreter's own KeyError when missing. */
  getItem(mapping: V, key: string): V;
}

/**
 * The right operand of `%`: a tuple's items, or any other single object (`mapping` says whether it
 * supports `%(key)s`: it has __getitem__ and is neither a tuple nor a str).
 */
export type PercentArgs<V> = { kind: "tuple"; items: readonly V[] } | { kind: "single"; value: V; mapping: boolean };

const SSIZE_MAX = 2n ** 63n - 1n;

const enum Flag {
  LJust = 1,
  Sign = 2,
  Blank = 4,
  Alt = 8,
  Zero = 16,
}

/** `format % args`. Throws PyTextError with CPython's messages; host callbacks may throw their own errors. */
export function percentFormat<V>(format: string, args: PercentArgs<V>, host: PercentHost<V>): string {
  const items = args.kind === "tuple" ? args.items : [];
  let single: V | undefined = args.kind === "single" ? args.value : undefined;
  let arglen = args.kind === "tuple" ? items.length : -1;
  let argidx = args.kind === "tuple" ? 0 : -2;
  const dict = args.kind === "single" && args.mapping ? args.value : undefined;

  const nextArg = (): V => {
    // Objects/unicodeobject.c unicode_format_getnextarg: a non-tuple is one argument (argidx -2 -> -1).
    if (argidx < arglen) {
      argidx++;
      return arglen < 0 ? (single as V) : items[argidx - 1]!;
    }
    throw new PyTextError("TypeError", "not enough arguments for format string");
  };
  const starValue = (): bigint => {
    const v = host.exactInt(nextArg());
    if (v === null) throw new PyTextError("TypeError", "* wants int");
    if (v > SSIZE_MAX || v < -SSIZE_MAX - 1n) {
      throw new PyTextError("OverflowError", "Python int too large to convert to C ssize_t");
    }
    return v;
  };
  const readNumber = (what: "width" | "precision"): number => {
    let value = 0n;
    while (pos < format.length && format.charCodeAt(pos) >= 48 && format.charCodeAt(pos) <= 57) {
      value = value * 10n + BigInt(format.charCodeAt(pos++) - 48);
      if (value > SSIZE_MAX) throw new PyTextError("ValueError", `${what} too big`);
    }
    return Number(value);
  };

  let out = "";
  let pos = 0;
  while (pos < format.length) {
    const pct = format.indexOf("%", pos);
    if (pct < 0) {
      out += format.slice(pos);
      break;
    }
    out += format.slice(pos, pct);
    pos = pct + 1;
    if (format[pos] === "%") {
      out += "%";
      pos++;
      continue;
    }
    if (format[pos] === "(") {
      let depth = 1;
      const keyStart = ++pos;
      while (depth > 0 && pos < format.length) {
        if (format[pos] === "(") depth++;
        else if (format[pos] === ")") depth--;
        pos++;
      }
      if (depth > 0) throw new PyTextError("ValueError", "incomplete format key");
      if (dict === undefined) throw new PyTextError("TypeError", "format requires a mapping");
      single = host.getItem(dict, format.slice(keyStart, pos - 1));
      arglen = -1;
      argidx = -2;
    }
    let flags = 0;
    for (;; pos++) {
      const c = format[pos];
      if (c === "-") flags |= Flag.LJust;
      else if (c === "+") flags |= Flag.Sign;
      else if (c === " ") flags |= Flag.Blank;
      else if (c === "#") flags |= Flag.Alt;
      else if (c === "0") flags |= Flag.Zero;
      else break;
    }
    let width = -1;
    if (format[pos] === "*") {
      pos++;
      const w = starValue();
      if (w < 0n) flags |= Flag.LJust;
      width = Number(w < 0n ? -w : w);
    } else {
      const start = pos;
      const w = readNumber("width");
      if (pos > start) width = w;
    }
    let precision = -1;
    if (format[pos] === ".") {
      pos++;
      if (format[pos] === "*") {
        pos++;
        const p = starValue();
        precision = p < 0n ? 0 : Number(p);
      } else {
        precision = readNumber("precision");
      }
    }
    // Length modifiers are accepted and ignored, as in C's printf heritage.
    if (pos < format.length && "hlL".includes(format[pos]!)) pos++;
    if (pos >= format.length) throw new PyTextError("ValueError", "incomplete format");
    const ch = String.fromCodePoint(format.codePointAt(pos)!);
    const chIndex = Array.from(format.slice(0, pos)).length;
    pos += ch.length;
    const v = nextArg();
    out += convert(ch, chIndex, v, flags, width, precision, host);
  }
  if (argidx < arglen && dict === undefined) {
    throw new PyTextError("TypeError", "not all arguments converted during string formatting");
  }
  return out;
}

function padText(body: string, flags: number, width: number): string {
  const n = width - Array.from(body).length;
  if (n <= 0) return body;
  return flags & Flag.LJust ? body + " ".repeat(n) : " ".repeat(n) + body;
}

function padNumber(sign: string, prefix: string, body: string, flags: number, width: number): string {
  const n = width - sign.length - prefix.length - body.length;
  if (n <= 0) return sign + prefix + body;
  if (flags & Flag.LJust) return sign + prefix + body + " ".repeat(n);
  if (flags & Flag.Zero) return sign + prefix + "0".repeat(n) + body;
  return " ".repeat(n) + sign + prefix + body;
}

function signOf(negative: boolean, flags: number): string {
  if (negative) return "-";
  return flags & Flag.Sign ? "+" : flags & Flag.Blank ? " " : "";
}

function truncate(s: string, precision: number): string {
  return precision < 0 ? s : Array.from(s).slice(0, precision).join("");
}

function convert<V>(ch: string, index: number, v: V, flags: number, width: number, precision: number, host: PercentHost<V>): string {
  switch (ch) {
    case "s":
      return padText(truncate(host.str(v), precision), flags, width);
    case "r":
      return padText(truncate(host.repr(v), precision), flags, width);
    case "a":
      return padText(truncate(host.ascii(v), precision), flags, width);
    case "c":
      return padText(charOf(v, host), flags, width);
    case "d":
    case "i":
    case "u":
    case "o":
    case "x":
    case "X": {
      const integral = ch === "o" || ch === "x" || ch === "X";
      const n = integral ? host.index(v) : host.toInt(v);
      if (n === null) {
        const need = integral ? "an integer" : "a real number";
        throw new PyTextError("TypeError", `%${ch} format: ${need} is required, not ${host.typeName(v)}`);
      }
      const abs = n < 0n ? -n : n;
      let digits = abs.toString(ch === "o" ? 8 : integral ? 16 : 10);
      if (ch === "X") digits = digits.toUpperCase();
      if (precision > digits.length) digits = digits.padStart(precision, "0");
      const prefix = flags & Flag.Alt && integral ? "0" + ch : "";
      return padNumber(signOf(n < 0n, flags), prefix, digits, flags, width);
    }
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G": {
      const x = host.toFloat(v);
      if (x === null) throw new PyTextError("TypeError", `must be real number, not ${host.typeName(v)}`);
      const style = ch.toLowerCase() as FloatStyle;
      const parts = formatFloatParts(x, style, precision < 0 ? 6 : precision, (flags & Flag.Alt) !== 0);
      const body = ch === style ? parts.body : parts.body.toUpperCase();
      return padNumber(signOf(parts.negative, flags), "", body, flags, width);
    }
    default: {
      const cp = ch.codePointAt(0)!;
      const shown = cp > 32 && cp < 127 ? ch : "?";
      throw new PyTextError(
        "ValueError",
        `unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${index}`,
      );
    }
  }
}

function charOf<V>(v: V, host: PercentHost<V>): string {
  const s = host.asStr(v);
  if (s !== null) {
    if (Array.from(s).length !== 1) throw new PyTextError("TypeError", "%c requires int or char");
    return s;
  }
  const n = host.index(v);
  if (n === null) throw new PyTextError("TypeError", "%c requires int or char");
  if (n < 0n || n > 0x10ffffn) throw new PyTextError("OverflowError", "%c arg not in range(0x110000)");
  return String.fromCodePoint(Number(n));
}
