import type * as A from "../ast.js";
import type { PyValue } from "../objects/base.js";
import { AttrSite } from "../ops/sites.js";
import type { Ctx, E } from "./context.js";
import { compileExpr, constValue } from "./expressions.js";

/** Operand fusion: an operator whose operands are fast locals or literals reads them inline instead of
 * through their own closures, which saves two indirect calls per `n - 1` or `i < n`. The operand's
 * compiled closure still runs when a local is unbound, so it raises its usual UnboundLocalError. */

/** The slot of a function's plain local variable (not a cell), or -1. */
export function fastSlot(e: A.Expr, cx: Ctx): number {
  if (e.kind !== "Name") return -1;
  const b = cx.scope.binding(e.id);
  return b.kind === "fast" ? b.slot : -1;
}

/** The value of a literal operand (complex literals excluded: they are unsupported), or undefined. */
export function literal(e: A.Expr): PyValue | undefined {
  return e.kind === "Constant" && e.value.type !== "complex" ? constValue(e.value) : undefined;
}

/** Operators whose two-small-int case compileBinary computes inline; 0: none. Each gives exactly what
 * its function in operators.ts gives for two ints, or undefined where that function would go on to
 * its slow path. */
export const INT_ADD = 1;
export const INT_SUB = 2;
export const INT_MUL = 3;
export const INT_MOD = 4;
export const INT_AND = 5;
export const INT_LT = 6;
export const INT_LTE = 7;
export const INT_GT = 8;
export const INT_GTE = 9;
export const INT_EQ = 10;
export const INT_NE = 11;

const MAX = 9007199254740991;

/** An operation `n < 2` or `n - 1` (a fast local and an int literal) that a statement or call
 * evaluates inline while the local holds an int, or null. Otherwise (or when intOp gives undefined)
 * the caller runs the expression's own closure, which raises for an unbound local and computes other
 * values in full; evaluating the local and the literal twice has no effect to repeat. */
export function intFused(e: A.Expr, cx: Ctx): { slot: number; k: number; code: number } | null {
  let left: A.Expr;
  let right: A.Expr;
  let code: number;
  if (e.kind === "Compare" && e.ops.length === 1) {
    left = e.left;
    right = e.comparators[0]!;
    code = intCmpCode(e.ops[0]!);
  } else if (e.kind === "BinOp") {
    left = e.left;
    right = e.right;
    code = intBinCode(e.op);
  } else return null;
  const slot = fastSlot(left, cx);
  const k = literal(right);
  return slot >= 0 && typeof k === "number" && code !== 0 ? { slot, k, code } : null;
}

/** The intOp code of a binary operator, or 0. */
export function intBinCode(op: A.Operator): number {
  return op === "Add" ? INT_ADD : op === "Sub" ? INT_SUB : op === "Mult" ? INT_MUL : op === "Mod" ? INT_MOD : op === "BitAnd" ? INT_AND : 0;
}

const CMP_CODES: Partial<Record<A.CmpOp, number>> = { Lt: INT_LT, LtE: INT_LTE, Gt: INT_GT, GtE: INT_GTE, Eq: INT_EQ, NotEq: INT_NE };

/** The intOp code of a comparison, or 0. */
export function intCmpCode(op: A.CmpOp): number {
  return CMP_CODES[op] ?? 0;
}

/** `a op b` for two ints (JS numbers), or undefined when the result leaves the exact range. One
 * function, called at a fixed target, so V8 inlines it into every fused operator closure; the switch
 * then replaces an indirect call of the operator function. */
export function intOp(code: number, a: number, b: number): PyValue | undefined {
  switch (code) {
    case INT_ADD: {
      const r = a + b;
      return r <= MAX && r >= -MAX ? r : undefined;
    }
    case INT_SUB: {
      const r = a - b;
      return r <= MAX && r >= -MAX ? r : undefined;
    }
    case INT_MUL: {
      const r = a * b;
      return r <= MAX && r >= -MAX ? r + 0 : undefined;
    }
    case INT_MOD:
      return b > 0 && a >= 0 ? a % b : undefined;
    case INT_AND:
      return (a | 0) === a && (b | 0) === b ? a & b : undefined;
    case INT_LT:
      return a < b;
    case INT_LTE:
      return a <= b;
    case INT_GT:
      return a > b;
    case INT_GTE:
      return a >= b;
    case INT_EQ:
      return a === b;
    case INT_NE:
      return a !== b;
  }
  return undefined;
}

/** `op(left, right)` with `node` as the traceback position, operands fused where they allow it. */
export function compileBinary(
  node: A.Expr,
  left: A.Expr,
  right: A.Expr,
  l: E,
  r: E,
  op: (a: PyValue, b: PyValue) => PyValue,
  cx: Ctx,
): E {
  const li = fastSlot(left, cx);
  const ri = fastSlot(right, cx);
  const rc = literal(right);
  if (li >= 0 && rc !== undefined)
    return (f) => {
      const a = (f.l[li] as PyValue | undefined) ?? l(f);
      f.pos = node;
      return op(a, rc);
    };
  if (li >= 0 && ri >= 0)
    return (f) => {
      const a = (f.l[li] as PyValue | undefined) ?? l(f);
      const b = (f.l[ri] as PyValue | undefined) ?? r(f);
      f.pos = node;
      return op(a, b);
    };
  const la = attrOperand(left, cx);
  const ra = attrOperand(right, cx);
  if (la !== null || ra !== null) return compileAttrBinary(node, la, ra, l, r, rc, op);
  if (rc !== undefined)
    return (f) => {
      const a = l(f);
      f.pos = node;
      return op(a, rc);
    };
  if (ri >= 0)
    return (f) => {
      const a = l(f);
      const b = (f.l[ri] as PyValue | undefined) ?? r(f);
      f.pos = node;
      return op(a, b);
    };
  return (f) => {
    const a = l(f);
    const b = r(f);
    f.pos = node;
    return op(a, b);
  };
}

/** An operand `x.name` whose object `x` is a plain local: its slot, the local's own closure (run when
 * it is unbound, to raise), the attribute's inline cache and the node for the traceback position. */
interface AttrOperand {
  slot: number;
  obj: E;
  site: AttrSite;
  node: A.Attribute;
}

function attrOperand(e: A.Expr, cx: Ctx): AttrOperand | null {
  if (e.kind !== "Attribute") return null;
  const slot = fastSlot(e.value, cx);
  return slot < 0 ? null : { slot, obj: compileExpr(e.value, cx), site: new AttrSite(e.attr), node: e };
}

/**
 * compileBinary where an operand is `x.name` of a plain local (`self.x * other.x`): the operand is read
 * in the operator's closure, through its attribute cache's `load` (one fixed target, which V8 inlines),
 * with the same steps as its Attribute closure: the local (or its closure, raising when unbound), the
 * position, the load.
 */
function compileAttrBinary(
  node: A.Expr,
  la: AttrOperand | null,
  ra: AttrOperand | null,
  l: E,
  r: E,
  rc: PyValue | undefined,
  op: (a: PyValue, b: PyValue) => PyValue,
): E {
  if (la !== null) {
    const { slot: ls, obj: lo, site: lsite, node: ln } = la;
    if (ra !== null) {
      const { slot: rs, obj: ro, site: rsite, node: rn } = ra;
      return (f) => {
        const x = (f.l[ls] as PyValue | undefined) ?? lo(f);
        f.pos = ln;
        const a = lsite.load(x);
        const y = (f.l[rs] as PyValue | undefined) ?? ro(f);
        f.pos = rn;
        const b = rsite.load(y);
        f.pos = node;
        return op(a, b);
      };
    }
    if (rc !== undefined)
      return (f) => {
        const x = (f.l[ls] as PyValue | undefined) ?? lo(f);
        f.pos = ln;
        const a = lsite.load(x);
        f.pos = node;
        return op(a, rc);
      };
    return (f) => {
      const x = (f.l[ls] as PyValue | undefined) ?? lo(f);
      f.pos = ln;
      const a = lsite.load(x);
      const b = r(f);
      f.pos = node;
      return op(a, b);
    };
  }
  const { slot: rs, obj: ro, site: rsite, node: rn } = ra!;
  return (f) => {
    const a = l(f);
    const y = (f.l[rs] as PyValue | undefined) ?? ro(f);
    f.pos = rn;
    const b = rsite.load(y);
    f.pos = node;
    return op(a, b);
  };
}
