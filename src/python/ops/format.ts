import { PyFloat, typeOf, typeName, type PyValue } from "../objects/base.js";
import { TypeError, pyErr } from "../objects/exceptions.js";
import { formatFloat, formatInt, formatStr } from "../text/format-spec.js";
import { callMethod } from "./call.js";
import { str } from "./convert.js";
import { textCall } from "./text-errors.js";

/** `format(v, spec)`: the builtin types' own formatting, else `type(v).__format__`. */
export function formatValue(v: PyValue, spec: string): PyValue {
  switch (typeof v) {
    case "string":
      return spec === "" ? v : textCall(() => formatStr(v, spec));
    case "number":
    case "bigint":
      return spec === "" ? String(v) : textCall(() => formatInt(v, spec));
    case "boolean":
      return spec === "" ? (v ? "True" : "False") : textCall(() => formatInt(v ? 1 : 0, spec, "bool"));
  }
  if (v instanceof PyFloat && v.cls.builtin) return textCall(() => formatFloat(v.v, spec));
  const f = typeOf(v).lookup("__format__");
  if (f === undefined) return objectFormat(v, spec);
  const r = callMethod(f, v, [spec]);
  if (typeof r !== "string") throw pyErr(TypeError, `__format__ must return a str, not ${typeName(r)}`);
  return r;
}

/** object.__format__: only the empty spec is allowed. */
export function objectFormat(v: PyValue, spec: string): string {
  if (spec !== "") throw pyErr(TypeError, `unsupported format string passed to ${typeOf(v).name}.__format__`);
  return str(v);
}
