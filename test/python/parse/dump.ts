import type * as A from "../../../src/python/ast.js";

// CPython's ast has no positions on these records; our dump leaves them out to compare like for like.
const UNPOSITIONED = new Set(["arguments", "comprehension", "withitem", "Module"]);
const POS_KEYS = new Set(["kind", "line", "col", "endLine", "endCol"]);

/** Python's float repr for finite values: shortest digits, exponent form below 1e-4 and from 1e16. */
function floatRepr(x: number): string {
  const [mant, e] = x.toExponential().split("e") as [string, string];
  const exp = Number(e);
  if (exp < -4 || exp >= 16) return `${mant}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  const s = x.toFixed(Math.max(0, (mant.split(".")[1] ?? "").length - exp));
  return s.includes(".") ? s : s + ".0";
}

function constant(v: A.ConstValue): string {
  switch (v.type) {
    case "None":
    case "Ellipsis":
      return v.type;
    case "bool":
      return v.value ? "True" : "False";
    case "int":
      return `int:${v.value}`;
    case "float":
      return `float:${floatRepr(v.value)}`;
    case "complex":
      return `complex:${floatRepr(v.imag)}`;
    case "str":
      return JSON.stringify(v.value);
    case "bytes":
      return "b:" + Array.from(v.value, (b) => b.toString(16).padStart(2, "0")).join("");
  }
}

/** A compact dump in the format of the python3 script that recorded the expectations: node kinds
 * with fields sorted by name, Constant values tagged by type, `@line:col-endLine:endCol` with `pos`.
 * Booleans print as 1/0 because CPython's `simple` and `is_async` are ints. */
export function dump(n: unknown, pos: boolean): string {
  if (Array.isArray(n)) return "[" + n.map((x) => dump(x, pos)).join(", ") + "]";
  if (n === null) return "null";
  if (typeof n === "string") return JSON.stringify(n);
  if (typeof n === "boolean") return n ? "1" : "0";
  if (typeof n === "number") return String(n);
  const node = n as A.Node;
  let s: string;
  if (node.kind === "Constant") s = `Constant(${constant(node.value)})`;
  else {
    const fields = Object.keys(node)
      .filter((k) => !POS_KEYS.has(k))
      .sort();
    s = node.kind + "(" + fields.map((k) => `${k}=${field(k, (node as unknown as Record<string, unknown>)[k], pos)}`).join(", ") + ")";
  }
  if (pos && !UNPOSITIONED.has(node.kind)) s += `@${node.line}:${node.col}-${node.endLine}:${node.endCol}`;
  return s;
}

// Operators and contexts are singleton classes in CPython's ast; the script prints their bare names.
function field(key: string, v: unknown, pos: boolean): string {
  if (key === "op" || key === "ctx") return String(v);
  if (key === "ops") return "[" + (v as string[]).join(", ") + "]";
  return dump(v, pos);
}

/** Dumps a module's statements, space-separated. */
export function dumpModule(m: A.Module, pos = false): string {
  return m.body.map((s) => dump(s, pos)).join(" ");
}
