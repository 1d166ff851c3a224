// str.format and str.format_map, following CPython 3.11's Objects/stringlib/unicode_format.h:
// the template is parsed and evaluated field by field, so a lookup error in an early field wins
// over a syntax error in a later one, exactly as in CPython.

import { PyTextError } from "./errors.js";

/** How str.format reaches the interpreter's objects; `V` is the interpreter's object type. */
export interface StrFormatHost<V> {
  /** args[index], or undefined when out of range. Absent for format_map (no positional arguments). */
  positional?(index: number): V | undefined;
  /** kwargs[name] (or mapping[name] for format_map), or undefined when missing. */
  keyword(name: string): V | undefined;
  /** getattr(v, name), raising the interpreter's own AttributeError. */
  getAttr(v: V, name: string): V;
  /** v[key] (key is an int when the brackets hold only digits), raising the interpreter's errors. */
  getItem(v: V, key: number | string): V;
  /** `!r`, `!s`, `!a`: repr(v), str(v), ascii(v) as a Python str object. */
  convert(v: V, conversion: "r" | "s" | "a"): V;
  /** format(v, spec). */
  format(v: V, spec: string): string;
}

const SSIZE_MAX = 2n ** 63n - 1n;

/** The field-name integer: all digits (non-empty), else -1 (a string key). */
function fieldInteger(s: string): number {
  if (s === "" || !/^[0-9]+$/.test(s)) return -1;
  const n = BigInt(s);
  if (n > SSIZE_MAX) throw new PyTextError("ValueError", "Too many decimal digits in format string");
  return Number(n);
}

interface AutoNumber {
  state: "init" | "auto" | "manual";
  next: number;
}

interface Field {
  name: string;
  conversion: string;
  spec: string;
  specNeedsExpanding: boolean;
}

/**
 * template.format(*args, **kwargs) — or template.format_map(mapping) when `host.positional` is
 * absent. Throws PyTextError with CPython's messages (IndexError `Replacement index 1 out of range
 * for positional args tuple`; KeyError whose message is the missing name; the ValueErrors of the
 * template syntax); host callbacks may throw their own errors.
 */
export function strFormat<V>(template: string, host: StrFormatHost<V>): string {
  return build(template, host, 2, { state: "init", next: 0 });
}

function build<V>(template: string, host: StrFormatHost<V>, depth: number, auto: AutoNumber): string {
  if (depth <= 0) throw new PyTextError("ValueError", "Max string recursion exceeded");
  let out = "";
  let pos = 0;
  const end = template.length;
  while (pos < end) {
    const start = pos;
    let c = "";
    let markup = false;
    while (pos < end) {
      c = template[pos++]!;
      if (c === "{" || c === "}") {
        markup = true;
        break;
      }
    }
    const atEnd = pos >= end;
    let len = pos - start;
    if (markup && c === "}" && (atEnd || template[pos] !== "}")) {
      throw new PyTextError("ValueError", "Single '}' encountered in format string");
    }
    if (markup && atEnd && c === "{") throw new PyTextError("ValueError", "Single '{' encountered in format string");
    if (markup && !atEnd) {
      if (template[pos] === c) {
        pos++;
        markup = false;
      } else {
        len--;
      }
    }
    out += template.slice(start, start + len);
    if (!markup) continue;
    const parsed = parseField(template, pos);
    pos = parsed.end;
    out += renderField(parsed.field, host, depth, auto);
  }
  return out;
}

function parseField(t: string, from: number): { field: Field; end: number } {
  let pos = from;
  const end = t.length;
  let c = "";
  let terminated = false;
  scan: while (pos < end) {
    c = t[pos++]!;
    switch (c) {
      case "{":
        throw new PyTextError("ValueError", "unexpected '{' in field name");
      case "[":
        while (pos < end && t[pos] !== "]") pos++;
        continue;
      case "}":
      case ":":
      case "!":
        terminated = true;
        break scan;
    }
  }
  const name = t.slice(from, pos - 1);
  const field: Field = { name, conversion: "", spec: "", specNeedsExpanding: false };
  if (terminated && (c === "!" || c === ":")) {
    if (c === "!") {
      if (pos >= end) throw new PyTextError("ValueError", "end of string while looking for conversion specifier");
      field.conversion = String.fromCodePoint(t.codePointAt(pos)!);
      pos += field.conversion.length;
      if (pos < end) {
        const next = t[pos++];
        if (next === "}") return { field, end: pos };
        if (next !== ":") throw new PyTextError("ValueError", "expected ':' after conversion specifier");
      }
    }
    const specStart = pos;
    let count = 1;
    while (pos < end) {
      const d = t[pos++];
      if (d === "{") {
        field.specNeedsExpanding = true;
        count++;
      } else if (d === "}" && --count === 0) {
        field.spec = t.slice(specStart, pos - 1);
        return { field, end: pos };
      }
    }
    throw new PyTextError("ValueError", "unmatched '{' in format spec");
  }
  if (!terminated) throw new PyTextError("ValueError", "expected '}' before end of string");
  return { field, end: pos };
}

function renderField<V>(field: Field, host: StrFormatHost<V>, depth: number, auto: AutoNumber): string {
  let obj = fieldObject(field.name, host, auto);
  if (field.conversion !== "") {
    const conv = field.conversion;
    if (conv !== "r" && conv !== "s" && conv !== "a") {
      const cp = conv.codePointAt(0)!;
      const shown = cp > 32 && cp < 127 ? conv : `\\x${cp.toString(16)}`;
      throw new PyTextError("ValueError", `Unknown conversion specifier ${shown}`);
    }
    obj = host.convert(obj, conv);
  }
  const spec = field.specNeedsExpanding ? build(field.spec, host, depth - 1, auto) : field.spec;
  return host.format(obj, spec);
}

function fieldObject<V>(name: string, host: StrFormatHost<V>, auto: AutoNumber): V {
  let i = 0;
  while (i < name.length && name[i] !== "." && name[i] !== "[") i++;
  const first = name.slice(0, i);
  let index = fieldInteger(first);
  const empty = first === "";
  if (empty || index !== -1) {
    if (auto.state === "init") auto.state = empty ? "auto" : "manual";
    if (auto.state === "manual" && empty) {
      throw new PyTextError("ValueError", "cannot switch from manual field specification to automatic field numbering");
    }
    if (auto.state === "auto" && !empty) {
      throw new PyTextError("ValueError", "cannot switch from automatic field numbering to manual field specification");
    }
    if (empty) index = auto.next++;
  }
  let obj: V;
  if (index === -1) {
    const v = host.keyword(first);
    if (v === undefined) throw new PyTextError("KeyError", first);
    obj = v;
  } else {
    if (!host.positional) throw new PyTextError("ValueError", "Format string contains positional fields");
    const v = host.positional(index);
    if (v === undefined) {
      throw new PyTextError("IndexError", `Replacement index ${index} out of range for positional args tuple`);
    }
    obj = v;
  }
  // The rest: .attr and [key] parts, parsed lazily so earlier lookups raise first.
  while (i < name.length) {
    const c = name[i++];
    let part: string;
    if (c === ".") {
      const s = i;
      while (i < name.length && name[i] !== "." && name[i] !== "[") i++;
      part = name.slice(s, i);
      if (part === "") throw new PyTextError("ValueError", "Empty attribute in format string");
      obj = host.getAttr(obj, part);
    } else if (c === "[") {
      const s = i;
      while (i < name.length && name[i] !== "]") i++;
      if (i >= name.length) throw new PyTextError("ValueError", "Missing ']' in format string");
      part = name.slice(s, i++);
      if (part === "") throw new PyTextError("ValueError", "Empty attribute in format string");
      const key = fieldInteger(part);
      obj = host.getItem(obj, key === -1 ? part : key);
    } else {
      throw new PyTextError("ValueError", "Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return obj;
}
