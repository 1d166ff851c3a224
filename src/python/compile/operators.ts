import type * as A from "../ast.js";
import { PyFloat, type PyValue } from "../objects/base.js";
import { Op, arith, inplace } from "../ops/arith.js";
import { Cmp, compare } from "../ops/compare.js";
import { truthy } from "../ops/convert.js";
import { contains } from "../ops/items.js";

/**
 * Operators as specialised JS functions: each first tries the common case inline (two small ints, two
 * floats, two strs) and otherwise defers to the full protocol in ops/. The fast paths must agree
 * exactly with the slow ones; they exist only to skip dispatch.
 */

const MAX = 9007199254740991;
type Bin = (a: PyValue, b: PyValue) => PyValue;

const BINOPS: Record<A.Operator, Op> = {
  Add: Op.Add,
  Sub: Op.Sub,
  Mult: Op.Mul,
  MatMult: Op.MatMul,
  Div: Op.TrueDiv,
  FloorDiv: Op.FloorDiv,
  Mod: Op.Mod,
  Pow: Op.Pow,
  LShift: Op.LShift,
  RShift: Op.RShift,
  BitOr: Op.Or,
  BitXor: Op.Xor,
  BitAnd: Op.And,
};

export function binOp(op: A.Operator): Op {
  return BINOPS[op];
}

/** `a op b` (inplace: `a op= b`, which tries __iop__ first for objects). */
export function binaryFunction(operator: A.Operator, isInplace: boolean): Bin {
  const op = BINOPS[operator];
  const slow: Bin = isInplace ? (a, b) => inplace(op, a, b) : (a, b) => arith(op, a, b);
  switch (op) {
    case Op.Add:
      return (a, b) => {
        if (typeof a === "number" && typeof b === "number") {
          const r = a + b;
          if (r <= MAX && r >= -MAX) return r;
        } else if (typeof a === "string" && typeof b === "string") return a + b;
        else if (a instanceof PyFloat && b instanceof PyFloat) return new PyFloat(a.v + b.v);
        return slow(a, b);
      };
    case Op.Sub:
      return (a, b) => {
        if (typeof a === "number" && typeof b === "number") {
          const r = a - b;
          if (r <= MAX && r >= -MAX) return r;
        } else if (a instanceof PyFloat && b instanceof PyFloat) return new PyFloat(a.v - b.v);
        return slow(a, b);
      };
    case Op.Mul:
      return (a, b) => {
        if (typeof a === "number" && typeof b === "number") {
          const r = a * b;
          if (r <= MAX && r >= -MAX) return r + 0;
        } else if (a instanceof PyFloat && b instanceof PyFloat) return new PyFloat(a.v * b.v);
        return slow(a, b);
      };
    case Op.TrueDiv:
      return (a, b) => {
        if (typeof a === "number" && typeof b === "number" && b !== 0) return new PyFloat(a / b);
        return slow(a, b);
      };
    case Op.Mod:
      return (a, b) => {
        if (typeof a === "number" && typeof b === "number" && b > 0 && a >= 0) return a % b;
        return slow(a, b);
      };
    case Op.FloorDiv:
      return (a, b) => {
        if (typeof a === "number" && typeof b === "number" && b > 0 && a >= 0 && a < 2 ** 52) return Math.floor(a / b);
        return slow(a, b);
      };
    case Op.And:
      return (a, b) => (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b ? a & b : slow(a, b));
    case Op.Or:
      return (a, b) => (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b ? a | b : slow(a, b));
    case Op.Xor:
      return (a, b) => (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b ? a ^ b : slow(a, b));
    default:
      return slow;
  }
}

/** A comparison operator as a function returning the Python result. */
export function compareFunction(op: A.CmpOp): Bin {
  switch (op) {
    case "Is":
      return (a, b) => a === b;
    case "IsNot":
      return (a, b) => a !== b;
    case "In":
      return (a, b) => contains(b, a);
    case "NotIn":
      return (a, b) => !contains(b, a);
    case "Eq":
      return (a, b) =>
        (typeof a === "number" && typeof b === "number") || (typeof a === "string" && typeof b === "string")
          ? a === b
          : compare(a, b, Cmp.Eq);
    case "NotEq":
      return (a, b) =>
        (typeof a === "number" && typeof b === "number") || (typeof a === "string" && typeof b === "string")
          ? a !== b
          : compare(a, b, Cmp.Ne);
    case "Lt":
      return (a, b) => (typeof a === "number" && typeof b === "number" ? a < b : compare(a, b, Cmp.Lt));
    case "LtE":
      return (a, b) => (typeof a === "number" && typeof b === "number" ? a <= b : compare(a, b, Cmp.Le));
    case "Gt":
      return (a, b) => (typeof a === "number" && typeof b === "number" ? a > b : compare(a, b, Cmp.Gt));
    case "GtE":
      return (a, b) => (typeof a === "number" && typeof b === "number" ? a >= b : compare(a, b, Cmp.Ge));
  }
}

/** Python truth with the bool fast path inline. */
export function isTrue(v: PyValue): boolean {
  return v === true ? true : v === false ? false : truthy(v);
}

