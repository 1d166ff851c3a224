import {
  NotImplemented,
  PyFloat,
  bytearrayType,
  bytesType,
  dictType,
  frozensetType,
  listType,
  rangeType,
  setType,
  strType,
  tupleType,
  typeName,
  typeOf,
  type PyType,
  type PyValue,
} from "../objects/base.js";
import { OverflowError, TypeError, ValueError, ZeroDivisionError, pyErr, unsupported } from "../objects/exceptions.js";
import * as I from "../objects/intmath.js";
import { callMethod } from "./call.js";

/** Binary operators, indexed like their dunder names below. */
export const enum Op {
  Add,
  Sub,
  Mul,
  MatMul,
  TrueDiv,
  FloorDiv,
  Mod,
  Pow,
  LShift,
  RShift,
  And,
  Or,
  Xor,
}
const NAMES = ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor"];
export const DUNDER = NAMES.map((n) => `__${n}__`);
export const RDUNDER = NAMES.map((n) => `__r${n}__`);
export const IDUNDER = NAMES.map((n) => `__i${n}__`);
const SYMBOLS = ["+", "-", "*", "@", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^"];

type Int = I.Int;

function asInt(v: PyValue): Int | undefined {
  switch (typeof v) {
    case "number":
    case "bigint":
      return v;
    case "boolean":
      return v ? 1 : 0;
  }
  return undefined;
}

/** int op int. */
export function intBinary(op: Op, a: Int, b: Int): PyValue {
  switch (op) {
    case Op.Add:
      return I.intAdd(a, b);
    case Op.Sub:
      return I.intSub(a, b);
    case Op.Mul:
      return I.intMul(a, b);
    case Op.TrueDiv:
      return new PyFloat(I.intTrueDiv(a, b));
    case Op.FloorDiv:
      return I.intFloorDiv(a, b);
    case Op.Mod:
      return I.intMod(a, b);
    case Op.Pow:
      if (b < 0) return floatBinary(Op.Pow, I.intToFloat(a), I.intToFloat(b));
      return I.intPow(a, b);
    case Op.LShift:
      return I.intLshift(a, b);
    case Op.RShift:
      return I.intRshift(a, b);
    case Op.And:
      return I.intAnd(a, b);
    case Op.Or:
      return I.intOr(a, b);
    case Op.Xor:
      return I.intXor(a, b);
    default:
      return NotImplemented;
  }
}

/** CPython's float_floor_div / float_rem via float_divmod. */
function floatDivmod(x: number, y: number): [number, number] {
  let mod = x % y;
  let div = (x - mod) / y;
  // C's `if (mod)` and `if (div)`: a NaN is true there (so NaN propagates), false in JS.
  if (mod !== 0) {
    if (y < 0 !== mod < 0) {
      mod += y;
      div -= 1;
    }
  } else mod = y < 0 ? -0 : 0;
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else floordiv = x / y < 0 || Object.is(x / y, -0) ? -0 : 0;
  return [floordiv, mod];
}

export function floatDivmodChecked(x: number, y: number): [number, number] {
  if (y === 0) throw pyErr(ZeroDivisionError, "float divmod()");
  return floatDivmod(x, y);
}

/** float op float (ints already converted). */
export function floatBinary(op: Op, x: number, y: number): PyValue {
  switch (op) {
    case Op.Add:
      return new PyFloat(x + y);
    case Op.Sub:
      return new PyFloat(x - y);
    case Op.Mul:
      return new PyFloat(x * y);
    case Op.TrueDiv:
      if (y === 0) throw pyErr(ZeroDivisionError, "float division by zero");
      return new PyFloat(x / y);
    case Op.FloorDiv:
      if (y === 0) throw pyErr(ZeroDivisionError, "float floor division by zero");
      return new PyFloat(floatDivmod(x, y)[0]);
    case Op.Mod:
      if (y === 0) throw pyErr(ZeroDivisionError, "float modulo");
      return new PyFloat(floatDivmod(x, y)[1]);
    case Op.Pow: {
      if (x === 0 && y < 0) throw pyErr(ZeroDivisionError, "0.0 cannot be raised to a negative power");
      if (x < 0 && !Number.isInteger(y) && Number.isFinite(y))
        // CPython returns a complex number here (float_pow delegates to complex); tfscope has none.
        throw unsupported("complex numbers (a negative number raised to a fractional power)");
      const r = x ** y;
      if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y))
        throw pyErr(OverflowError, "(34, 'Numerical result out of range')");
      return new PyFloat(x === 1 || y === 0 ? 1 : r);
    }
    default:
      return NotImplemented;
  }
}

/** int/bool/float arithmetic, or NotImplemented when an operand is not a number. */
export function numericBinary(op: Op, a: PyValue, b: PyValue): PyValue {
  const ia = asInt(a);
  const ib = asInt(b);
  if (ia !== undefined && ib !== undefined) {
    if (typeof a === "boolean" && typeof b === "boolean") {
      if (op === Op.And) return a && b;
      if (op === Op.Or) return a || b;
      if (op === Op.Xor) return a !== b;
    }
    return intBinary(op, ia, ib);
  }
  if (op >= Op.LShift || op === Op.MatMul) return NotImplemented;
  // Both operands must be numbers before either converts: a big int beside a str is NotImplemented
  // (then the TypeError), not the conversion's OverflowError.
  if (!(a instanceof PyFloat || ia !== undefined) || !(b instanceof PyFloat || ib !== undefined)) return NotImplemented;
  const x = a instanceof PyFloat ? a.v : I.intToFloat(ia!);
  const y = b instanceof PyFloat ? b.v : I.intToFloat(ib!);
  return floatBinary(op, x, y);
}

/** `a op b` through __op__ / __rop__, with CPython's subclass-first rule and error messages. */
export function binary(op: Op, a: PyValue, b: PyValue, inplace = false): PyValue {
  const ta = typeOf(a);
  const tb = typeOf(b);
  const name = DUNDER[op]!;
  const rname = RDUNDER[op]!;
  let triedReflected = false;
  if (ta !== tb && tb.isSubtypeOf(ta)) {
    const rf = tb.lookup(rname);
    if (rf !== undefined && rf !== ta.lookup(rname)) {
      triedReflected = true;
      const r = callMethod(rf, b, [a]);
      if (r !== NotImplemented) return r;
    }
  }
  const f = ta.lookup(name);
  if (f !== undefined) {
    const r = callMethod(f, a, [b]);
    if (r !== NotImplemented) return r;
  }
  if (ta !== tb && !triedReflected) {
    const rf = tb.lookup(rname);
    if (rf !== undefined) {
      const r = callMethod(rf, b, [a]);
      if (r !== NotImplemented) return r;
    }
  }
  throw binaryError(op, a, b, inplace);
}

function binaryError(op: Op, a: PyValue, b: PyValue, inplace: boolean) {
  const ta = typeOf(a);
  // Objects/abstract.c PyNumber_Add: only the left operand's sq_concat is tried; bytes and bytearray
  // (bytes_concat, bytearray_concat) word it as "can't concat <right> to <left>".
  if (op === Op.Add && isRepeatable(ta)) {
    if (ta.isSubtypeOf(bytesType) || ta.isSubtypeOf(bytearrayType))
      return pyErr(TypeError, `can't concat ${typeName(b)} to ${ta.name}`);
    return pyErr(TypeError, `can only concatenate ${ta.name} (not "${typeName(b)}") to ${ta.name}`);
  }
  // PyNumber_Multiply tries the left operand's sq_repeat, then the right one's, and names the other operand.
  // PyNumber_InPlaceMultiply looks at the right operand only when the left has no sequence methods at all:
  // a set, dict or range on the left (sequence methods without sq_repeat) gives the plain `*=` error.
  if (op === Op.Mul) {
    const tb = typeOf(b);
    if (isRepeatable(ta)) return repeatError(b);
    if (isRepeatable(tb) && !(inplace && hasSequenceMethods(ta))) return repeatError(a);
  }
  // Objects/abstract.c binop_type_error: an augmented assignment names its own operator (`+=`, `**=`).
  const sym = inplace ? `${SYMBOLS[op]!.replace(" or pow()", "")}=` : SYMBOLS[op];
  return pyErr(TypeError, `unsupported operand type(s) for ${sym}: '${typeName(a)}' and '${typeName(b)}'`);
}

function repeatError(count: PyValue) {
  return pyErr(TypeError, `can't multiply sequence by non-int of type '${typeName(count)}'`);
}

/** The builtin types with sq_concat and sq_repeat. */
const REPEATABLE = [strType, listType, tupleType, bytesType, bytearrayType];
/** Builtin types with sequence methods (sq_contains...) but no sq_repeat; every class statement's type
 * has them too (a heap type's tp_as_sequence is always set, Objects/typeobject.c type_new_alloc). */
const SEQUENCE_ONLY = [setType, frozensetType, dictType, rangeType];
const DICT_VIEWS = new Set(["dict_keys", "dict_values", "dict_items"]);

function isRepeatable(t: PyType): boolean {
  return REPEATABLE.some((r) => t.isSubtypeOf(r));
}

function hasSequenceMethods(t: PyType): boolean {
  return !t.builtin || SEQUENCE_ONLY.some((r) => t.isSubtypeOf(r)) || DICT_VIEWS.has(t.name);
}

/** `a op= b`: __iop__ first, then the binary operator. */
export function inplace(op: Op, a: PyValue, b: PyValue): PyValue {
  if (typeof a === "number" && typeof b === "number") return arith(op, a, b, true);
  if (typeof a === "object") {
    const f = a.cls.lookup(IDUNDER[op]!);
    if (f !== undefined) {
      const r = callMethod(f, a, [b]);
      if (r !== NotImplemented) return r;
    }
  }
  return arith(op, a, b, true);
}

/** `a op b` with the numeric and str fast paths. */
export function arith(op: Op, a: PyValue, b: PyValue, inplace = false): PyValue {
  if (typeof a === "number" && typeof b === "number") {
    // int has no @: intBinary's NotImplemented becomes binary()'s TypeError.
    const r = intBinary(op, a, b);
    if (r !== NotImplemented) return r;
  }
  if (op === Op.Add && typeof a === "string" && typeof b === "string") return a + b;
  if (typeof a !== "object" || a instanceof PyFloat) {
    if (typeof b !== "object" || b instanceof PyFloat) {
      const r = numericBinary(op, a, b);
      if (r !== NotImplemented) return r;
    }
  }
  return binary(op, a, b, inplace);
}

export function add(a: PyValue, b: PyValue): PyValue {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (r <= 9007199254740991 && r >= -9007199254740991) return r;
  }
  return arith(Op.Add, a, b);
}

export function sub(a: PyValue, b: PyValue): PyValue {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (r <= 9007199254740991 && r >= -9007199254740991) return r;
  }
  return arith(Op.Sub, a, b);
}

/** Unary `-`, `+`, `~`. */
export function negate(a: PyValue): PyValue {
  if (typeof a === "number") return 0 - a;
  const i = asInt(a);
  if (i !== undefined) return I.intNeg(i);
  if (a instanceof PyFloat) return new PyFloat(-a.v);
  return unary(a, "__neg__", "-");
}

export function positive(a: PyValue): PyValue {
  const i = asInt(a);
  if (i !== undefined) return i;
  if (a instanceof PyFloat) return a;
  return unary(a, "__pos__", "+");
}

export function invert(a: PyValue): PyValue {
  const i = asInt(a);
  if (i !== undefined) return I.intInvert(i);
  return unary(a, "__invert__", "~");
}

function unary(a: PyValue, name: string, sym: string): PyValue {
  const f = typeOf(a).lookup(name);
  if (f !== undefined) return callMethod(f, a, []);
  throw pyErr(TypeError, `bad operand type for unary ${sym}: '${typeName(a)}'`);
}
