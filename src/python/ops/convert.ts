import { None, PyFloat, PyObject, PySingleton, typeName, typeOf, type PyValue } from "../objects/base.js";
import { TypeError, pyErr } from "../objects/exceptions.js";
import { PyDict, PyList, PySet, PyTuple } from "../objects/values.js";
import { floatRepr } from "../text/float.js";
import { strRepr } from "../text/repr.js";
import { DEFAULT_MAX_STR_DIGITS, intToDecimal } from "../text/int.js";
import { textCall } from "./text-errors.js";
import { callMethod } from "./call.js";
import { len } from "./items.js";

/** Python truth (`bool(v)`): __bool__, then __len__, else true. */
export function truthy(v: PyValue): boolean {
  switch (typeof v) {
    case "boolean":
      return v;
    case "number":
      return v !== 0;
    case "string":
      return v.length > 0;
    case "bigint":
      return v !== 0n;
  }
  if (v === None) return false;
  const t = v.cls;
  if (t.builtin) {
    if (v instanceof PyFloat) return v.v !== 0;
    if (v instanceof PyList || v instanceof PyTuple) return v.items.length > 0;
    if (v instanceof PyDict || v instanceof PySet) return v.table.size > 0;
  }
  const b = t.lookup("__bool__");
  if (b !== undefined) {
    const r = callMethod(b, v, []);
    if (typeof r !== "boolean") throw pyErr(TypeError, `__bool__ should return bool, returned ${typeName(r)}`);
    return r;
  }
  if (t.lookup("__len__") !== undefined) return len(v) !== 0;
  return true;
}

const reprActive = new Set<PyObject>();

/** A big int in decimal, refused past CPython's 4,300-digit limit as int.__repr__ refuses it. */
function bigDecimal(v: bigint): string {
  const s = String(v);
  return s.length > DEFAULT_MAX_STR_DIGITS ? textCall(() => intToDecimal(v)) : s;
}

/** `repr(v)`. Containers that contain themselves print `[...]`, as CPython's Py_ReprEnter arranges. */
export function repr(v: PyValue): string {
  switch (typeof v) {
    case "number":
      return String(v);
    case "bigint":
      return bigDecimal(v);
    case "string":
      return strRepr(v);
    case "boolean":
      return v ? "True" : "False";
  }
  if (v instanceof PyFloat) return floatRepr(v.v);
  if (v instanceof PySingleton) return v.text;
  const f = v.cls.lookup("__repr__")!;
  if (reprActive.has(v)) return v instanceof PyDict ? "{...}" : v instanceof PyList ? "[...]" : "(...)";
  reprActive.add(v);
  try {
    const r = callMethod(f, v, []);
    if (typeof r !== "string") throw pyErr(TypeError, `__repr__ returned non-string (type ${typeName(r)})`);
    return r;
  } finally {
    reprActive.delete(v);
  }
}

/** `str(v)`. */
export function str(v: PyValue): string {
  switch (typeof v) {
    case "string":
      return v;
    case "number":
      return String(v);
    case "bigint":
      return bigDecimal(v);
    case "boolean":
      return v ? "True" : "False";
  }
  if (v instanceof PyFloat) return floatRepr(v.v);
  const f = typeOf(v).lookup("__str__")!;
  const r = callMethod(f, v, []);
  if (typeof r !== "string") throw pyErr(TypeError, `__str__ returned non-string (type ${typeName(r)})`);
  return r;
}
