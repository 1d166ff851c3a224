import {
  None,
  NotImplemented,
  PyFloat,
  PyNativeFunction,
  PyObject,
  boolType,
  defMethod,
  floatType,
  intType,
  typeName,
  type PyValue,
} from "./base.js";
import { argCount, bindNative, noArgs } from "./args.js";
import { PyClassMethod, defGetSet } from "./descriptors.js";
import { OverflowError, PyException, TypeError, ValueError, ZeroDivisionError, pyErr, unsupported } from "./exceptions.js";
import * as I from "./intmath.js";
import { PyBytes, pyTuple } from "./values.js";
import { bytesRepr, strRepr } from "../text/repr.js";
import { DUNDER, Op, RDUNDER, floatDivmodChecked, negate, numericBinary } from "../ops/arith.js";
import { callMethod } from "../ops/call.js";
import { RICH_COMPARISONS, builtinCompare } from "../ops/compare.js";
import { truthy } from "../ops/convert.js";
import { formatValue } from "../ops/format.js";
import { pyHash } from "../ops/hash.js";
import { textCall } from "../ops/text-errors.js";
import { floatFromHex } from "../text/float-fromhex.js";
import { floatHex, floatRepr, floatToBigInt, parseFloatText, roundFloat, roundHalfEven } from "../text/float.js";
import { intToDecimal, parseIntText } from "../text/int.js";

/** An int operand as a JS int (bools become 0/1), or undefined. */
export function intOf(v: PyValue): I.Int | undefined {
  switch (typeof v) {
    case "number":
    case "bigint":
      return v;
    case "boolean":
      return v ? 1 : 0;
  }
  return undefined;
}

/** A float operand as a JS number (ints converted), or undefined. */
export function floatOf(v: PyValue): number | undefined {
  if (v instanceof PyFloat) return v.v;
  const i = intOf(v);
  return i === undefined ? undefined : I.intToFloat(i);
}

/** float → int by truncation (int(x), math.trunc). */
export function floatToInt(x: number): I.Int {
  if (Number.isSafeInteger(Math.trunc(x))) return Math.trunc(x) + 0;
  return I.norm(textCall(() => floatToBigInt(x)));
}

// ---- arithmetic and comparison dunders shared by int, bool and float

for (const t of [intType, floatType]) {
  // float has no bitwise dunders (float_as_number leaves nb_lshift..nb_or empty): 2.0 & 1 finds none.
  for (let op = Op.Add; op <= (t === floatType ? Op.Pow : Op.Xor); op++) {
    if (op === Op.MatMul) continue;
    const o = op;
    defMethod(t, DUNDER[o]!, (a) => numericBinary(o, a[0]!, a[1]!));
    defMethod(t, RDUNDER[o]!, (a) => numericBinary(o, a[1]!, a[0]!));
  }
  for (const [name, c] of RICH_COMPARISONS) defMethod(t, name, (a) => builtinCompare(a[0]!, a[1]!, c) ?? NotImplemented);
  defMethod(t, "__neg__", (a) => negate(a[0]!));
  defMethod(t, "__pos__", (a) => (t === floatType ? a[0]! : intOf(a[0]!)!));
  defMethod(t, "__abs__", (a) => (a[0] instanceof PyFloat ? new PyFloat(Math.abs(a[0].v)) : I.intAbs(intOf(a[0]!)!)));
  defMethod(t, "__bool__", (a) => truthy(a[0]!));
  defMethod(t, "__hash__", (a) => pyHash(a[0]!));
  defMethod(t, "__format__", (a) => formatValue(a[0]!, a[1] as string));
  defMethod(t, "__divmod__", (a) => divmod(a[0]!, a[1]!));
  defMethod(t, "__rdivmod__", (a) => divmod(a[1]!, a[0]!));
  defMethod(t, "__float__", (a) => new PyFloat(floatOf(a[0]!)!));
  defMethod(t, "__int__", (a) => (a[0] instanceof PyFloat ? floatToInt(a[0].v) : intOf(a[0]!)!));
  defMethod(t, "__trunc__", (a) => (a[0] instanceof PyFloat ? floatToInt(a[0].v) : intOf(a[0]!)!));
  defMethod(t, "conjugate", (a) => a[0]!);
  defGetSet(t, "real", (o) => (o instanceof PyFloat ? o : intOf(o)!));
  defGetSet(t, "imag", (o) => (o instanceof PyFloat ? new PyFloat(0) : 0));
}

/** `divmod(a, b)`. */
export function divmod(a: PyValue, b: PyValue): PyValue {
  const x = intOf(a);
  const y = intOf(b);
  if (x !== undefined && y !== undefined) {
    if (y === 0) throw pyErr(ZeroDivisionError, "integer division or modulo by zero");
    return pyTuple([I.intFloorDiv(x, y), I.intMod(x, y)]);
  }
  const fx = floatOf(a);
  const fy = floatOf(b);
  if (fx !== undefined && fy !== undefined) {
    const [q, r] = floatDivmodChecked(fx, fy);
    return pyTuple([new PyFloat(q), new PyFloat(r)]);
  }
  return NotImplemented;
}

// ---- int

/** `int(x)` / `int(s, base)`. */
export function toInt(v: PyValue, base?: PyValue): I.Int {
  // int(b'12'): bytes are read as their latin-1 text, and quoted as bytes in the error (longobject.c).
  if (v instanceof PyBytes) {
    const text = String.fromCharCode(...v.bytes);
    try {
      return toInt(text, base);
    } catch (e) {
      if (e instanceof PyException && e.cls === ValueError && e.args[0] === `invalid literal for int() with base ${base === undefined ? 10 : String(intOf(base))}: ${strRepr(text).slice(0, 200)}`)
        throw pyErr(ValueError, `invalid literal for int() with base ${base === undefined ? 10 : String(intOf(base))}: ${bytesRepr(v.bytes).slice(0, 200)}`);
      throw e;
    }
  }
  if (base !== undefined) {
    // long_new_impl (Objects/longobject.c): the base is converted and range-checked before x's type.
    const b = intOf(base);
    if (b === undefined) throw pyErr(TypeError, `'${typeName(base)}' object cannot be interpreted as an integer`);
    if ((b !== 0 && b !== 0n && b < 2) || b > 36) throw pyErr(ValueError, "int() base must be >= 2 and <= 36, or 0");
    if (typeof v !== "string") throw pyErr(TypeError, "int() can't convert non-string with explicit base");
    return I.norm(textCall(() => parseIntText(v, Number(b))));
  }
  const i = intOf(v);
  if (i !== undefined) return i;
  if (typeof v === "string") return I.norm(textCall(() => parseIntText(v, 10)));
  if (v instanceof PyFloat) return floatToInt(v.v);
  if (v instanceof PyObject) {
    for (const m of ["__int__", "__index__", "__trunc__"]) {
      const f = v.cls.lookup(m);
      if (f === undefined) continue;
      const r = callMethod(f, v, []);
      const ri = intOf(r);
      if (ri === undefined) throw pyErr(TypeError, `${m} returned non-int (type ${typeName(r)})`);
      return ri;
    }
  }
  throw pyErr(
    TypeError,
    `int() argument must be a string, a bytes-like object or a real number, not '${typeName(v)}'`,
  );
}

intType.make = (cls, args, kw) => {
  if (cls !== intType) throw unsupported("subclasses of int");
  const [x, base] = bindNative("int", args, kw, ["x", "base"], 0);
  if (x === undefined) {
    if (base !== undefined) throw pyErr(TypeError, "int() missing string argument");
    return 0;
  }
  return toInt(x, base);
};
intType.one = (x) => toInt(x, undefined);
defMethod(intType, "__repr__", (a) => textCall(() => intToDecimal(intOf(a[0]!)!)));
defMethod(intType, "__str__", (a) => textCall(() => intToDecimal(intOf(a[0]!)!)));
defMethod(intType, "__index__", (a) => intOf(a[0]!)!);
defMethod(intType, "__invert__", (a) => I.intInvert(intOf(a[0]!)!));
defMethod(intType, "__floor__", (a) => intOf(a[0]!)!);
defMethod(intType, "__ceil__", (a) => intOf(a[0]!)!);
defMethod(intType, "__round__", (a) => {
  const n = intOf(a[0]!)!;
  const nd = a[1] === undefined ? undefined : intOf(a[1]);
  if (a[1] !== undefined && nd === undefined) throw pyErr(TypeError, `'${typeName(a[1])}' object cannot be interpreted as an integer`);
  if (nd === undefined || nd >= 0) return n;
  const p = I.intPow(10, I.intNeg(nd));
  const q = I.intFloorDiv(n, p);
  const r = I.intSub(n, I.intMul(q, p));
  const twice = I.intMul(r, 2);
  const up = twice > p || (twice === p && I.intMod(q, 2) === 1);
  return I.intMul(up ? I.intAdd(q, 1) : q, p);
});
defMethod(intType, "bit_length", (a, kw) => {
  noArgs("int.bit_length", a, kw);
  const n = I.intAbs(intOf(a[0]!)!);
  return n === 0 ? 0 : I.big(n).toString(2).length;
});
defMethod(intType, "bit_count", (a) => [...I.big(I.intAbs(intOf(a[0]!)!)).toString(2)].filter((c) => c === "1").length);
defMethod(intType, "as_integer_ratio", (a) => pyTuple([intOf(a[0]!)!, 1]));
defMethod(intType, "__getnewargs__", (a) => pyTuple([intOf(a[0]!)!]));
defGetSet(intType, "numerator", (o) => intOf(o)!);
defGetSet(intType, "denominator", () => 1);
defMethod(intType, "__pow__", (a) => {
  if (a.length > 2 && a[2] !== None) {
    const x = intOf(a[0]!);
    const y = intOf(a[1]!);
    const m = intOf(a[2]);
    if (x !== undefined && y !== undefined && m !== undefined) return I.intPowMod(x, y, m);
  }
  return numericBinary(Op.Pow, a[0]!, a[1]!);
});

// ---- bool

boolType.make = (cls, args, kw) => {
  // Objects/boolobject.c bool_new: no keywords, PyArg_UnpackTuple's wording for the count.
  if (kw && kw.size > 0) throw pyErr(TypeError, "bool() takes no keyword arguments");
  if (args.length > 1) throw pyErr(TypeError, `bool expected at most 1 argument, got ${args.length}`);
  const x = args[0];
  return x === undefined ? false : truthy(x);
};
defMethod(boolType, "__repr__", (a) => (a[0] ? "True" : "False"));
defMethod(boolType, "__str__", (a) => (a[0] ? "True" : "False"));

// ---- float

/** `float(x)`. */
export function toFloat(v: PyValue): number {
  if (v instanceof PyFloat) return v.v;
  const i = intOf(v);
  if (i !== undefined) return I.intToFloat(i);
  if (typeof v === "string") return textCall(() => parseFloatText(v));
  if (v instanceof PyObject) {
    for (const m of ["__float__", "__index__"]) {
      const f = v.cls.lookup(m);
      if (f === undefined) continue;
      const r = callMethod(f, v, []);
      const x = floatOf(r);
      if (x === undefined) throw pyErr(TypeError, `${m} returned non-float (type ${typeName(r)})`);
      return x;
    }
  }
  throw pyErr(TypeError, `float() argument must be a string or a real number, not '${typeName(v)}'`);
}

floatType.make = (cls, args, kw) => {
  if (cls !== floatType) throw unsupported("subclasses of float");
  argCount("float", args, 0, 1);
  if (kw !== null && kw.size) throw pyErr(TypeError, "float() takes no keyword arguments");
  return new PyFloat(args.length ? toFloat(args[0]!) : 0);
};
floatType.one = (x) => new PyFloat(toFloat(x));
const fv = (a: PyValue[]) => (a[0] as PyFloat).v;
defMethod(floatType, "__repr__", (a) => floatRepr(fv(a)));
defMethod(floatType, "__str__", (a) => floatRepr(fv(a)));
defMethod(floatType, "is_integer", (a) => Number.isInteger(fv(a)));
defMethod(floatType, "hex", (a) => floatHex(fv(a)));
floatType.dict!.set("fromhex", new PyClassMethod(new PyNativeFunction("fromhex", (a) => {
  argCount("fromhex", a, 1, 1, 1);
  if (typeof a[1] !== "string") throw pyErr(TypeError, `bad argument type for built-in operation`);
  const r = floatFromHex(a[1]);
  if ("error" in r) {
    throw r.error === "overflow"
      ? pyErr(OverflowError, "hexadecimal value too large to represent as a float")
      : pyErr(ValueError, "invalid hexadecimal floating-point string");
  }
  if (a[0] !== floatType) throw unsupported("float.fromhex on a subclass of float");
  return new PyFloat(r.value);
})));
defMethod(floatType, "__floor__", (a) => floatToInt(Math.floor(fv(a))));
defMethod(floatType, "__ceil__", (a) => floatToInt(Math.ceil(fv(a))));
defMethod(floatType, "__round__", (a) => {
  const x = fv(a);
  if (a[1] === undefined || a[1] === None) return floatToInt(roundHalfEven(x));
  const nd = intOf(a[1]);
  if (nd === undefined) throw pyErr(TypeError, `'${typeName(a[1])}' object cannot be interpreted as an integer`);
  return new PyFloat(textCall(() => roundFloat(x, Number(nd))));
});
defMethod(floatType, "as_integer_ratio", (a) => {
  const x = fv(a);
  if (!Number.isFinite(x))
    throw Number.isNaN(x)
      ? pyErr(ValueError, "cannot convert NaN to integer ratio")
      : pyErr(OverflowError, "cannot convert Infinity to integer ratio");
  let num = x;
  let den = 1n;
  while (!Number.isInteger(num)) {
    num *= 2;
    den *= 2n;
  }
  let n = BigInt(num);
  let g = gcd(n < 0n ? -n : n, den);
  if (g === 0n) g = 1n;
  n /= g;
  return pyTuple([I.norm(n), I.norm(den / g)]);
});

function gcd(a: bigint, b: bigint): bigint {
  while (b) [a, b] = [b, a % b];
  return a;
}
