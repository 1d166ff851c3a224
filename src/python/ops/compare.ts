import { NotImplemented, PyFloat, typeName, typeOf, type PyType, type PyValue } from "../objects/base.js";
import { TypeError, pyErr } from "../objects/exceptions.js";
import { callMethod } from "./call.js";
import { truthy } from "./convert.js";

/** Rich comparison operators in CPython's order (Py_LT..Py_GE). */
export const enum Cmp {
  Lt,
  Le,
  Eq,
  Ne,
  Gt,
  Ge,
}
const NAMES = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
/** Each rich-comparison dunder with its operator, for types that define all six. */
export const RICH_COMPARISONS: readonly (readonly [string, Cmp])[] = NAMES.map((n, i) => [n, i as Cmp] as const);
const SWAPPED = [Cmp.Gt, Cmp.Ge, Cmp.Eq, Cmp.Ne, Cmp.Lt, Cmp.Le];
const SYMBOLS = ["<", "<=", "==", "!=", ">", ">="];

/** The numeric value of int, bool and float operands, or undefined for anything else. */
function num(v: PyValue): number | bigint | undefined {
  switch (typeof v) {
    case "number":
    case "bigint":
      return v;
    case "boolean":
      return v ? 1 : 0;
  }
  return v instanceof PyFloat ? v.v : undefined;
}

function applyOp(op: Cmp, a: number | bigint | string, b: number | bigint | string): boolean {
  switch (op) {
    case Cmp.Lt:
      return a < b;
    case Cmp.Le:
      return a <= b;
    case Cmp.Eq:
      // eslint-disable-next-line eqeqeq -- number/bigint mixes compare by value
      return a == b;
    case Cmp.Ne:
      // eslint-disable-next-line eqeqeq
      return a != b;
    case Cmp.Gt:
      return a > b;
    case Cmp.Ge:
      return a >= b;
  }
}

/** The comparison of two builtin values, or undefined when `a` and `b` are not both numbers or both
 * strings. Shared by the operators' fast path and the int/float/str methods. */
export function builtinCompare(a: PyValue, b: PyValue, op: Cmp): boolean | undefined {
  if (typeof a === "string") return typeof b === "string" ? applyOp(op, a, b) : undefined;
  const x = num(a);
  if (x === undefined) return undefined;
  const y = num(b);
  return y === undefined ? undefined : applyOp(op, x, y);
}

/** Lexicographic comparison of two sequences, as CPython's list/tuple richcompare. */
export function sequenceCompare(a: readonly PyValue[], b: readonly PyValue[], op: Cmp): PyValue {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && (a[i] === b[i] || pyEq(a[i]!, b[i]!))) i++;
  if (i < n) {
    if (op === Cmp.Eq) return false;
    if (op === Cmp.Ne) return true;
    return compare(a[i]!, b[i]!, op);
  }
  return applyOp(op, a.length, b.length);
}

function overrides(sub: PyType, sup: PyType, name: string): boolean {
  return sub !== sup && sub.isSubtypeOf(sup) && sub.lookup(name) !== sup.lookup(name);
}

/** `a op b` with CPython's protocol: the reflected method first when b's type is a subclass overriding
 * it, then a's method, then b's reflected; `==`/`!=` fall back to identity. */
export function compare(a: PyValue, b: PyValue, op: Cmp): PyValue {
  const fast = builtinCompare(a, b, op);
  if (fast !== undefined) return fast;
  const ta = typeOf(a);
  const tb = typeOf(b);
  const name = NAMES[op]!;
  const rop = SWAPPED[op]!;
  const rname = NAMES[rop]!;
  let triedReflected = false;
  if (overrides(tb, ta, rname)) {
    triedReflected = true;
    const r = callMethod(tb.lookup(rname)!, b, [a]);
    if (r !== NotImplemented) return r;
  }
  const f = ta.lookup(name);
  if (f !== undefined) {
    const r = callMethod(f, a, [b]);
    if (r !== NotImplemented) return r;
  }
  if (!triedReflected) {
    const g = tb.lookup(rname);
    if (g !== undefined) {
      const r = callMethod(g, b, [a]);
      if (r !== NotImplemented) return r;
    }
  }
  if (op === Cmp.Eq) return a === b;
  if (op === Cmp.Ne) return a !== b;
  throw pyErr(
    TypeError,
    `'${SYMBOLS[op]}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`,
  );
}

/** Equality as containers use it: identity first, then `==` made a bool. */
export function pyEq(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  if (typeof a === typeof b && typeof a !== "object") return false;
  const r = compare(a, b, Cmp.Eq);
  return typeof r === "boolean" ? r : truthy(r);
}

/** `a < b` made a bool, for sorting and min/max. */
export function pyLt(a: PyValue, b: PyValue): boolean {
  if (typeof a === "number" && typeof b === "number") return a < b;
  const r = compare(a, b, Cmp.Lt);
  return typeof r === "boolean" ? r : truthy(r);
}

