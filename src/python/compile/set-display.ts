/**
 * Set displays (`{a, b, *c}`), built in the steps CPython 3.11's bytecode takes, since a set's
 * iteration order depends on them (objects/set-table.ts). Python/compile.c (starunpack_helper) turns a
 * display of three or more constants into BUILD_SET 0 + SET_UPDATE of a frozenset constant: the
 * frozenset is filled item by item (twice: see below), then merged into the new set. Other displays evaluate
 * their items and then hash them (BUILD_SET), so an unhashable item is reported only after every item
 * evaluated; from the first starred item on, or past 30 items, each is added as it is evaluated (SET_ADD),
 * and a starred item is merged as by set.update (SET_UPDATE). "Constant" is decided after
 * Python/ast_opt.c's folding, reproduced by `foldedValue`.
 */
import type * as A from "../ast.js";
import { PyBytes, PySet, PyTuple, pyTuple } from "../objects/values.js";
import { SetTable } from "../objects/set-table.js";
import { updateSet } from "../objects/set.js";
import type { PyValue } from "../objects/base.js";
import { arith, invert, negate, positive } from "../ops/arith.js";
import { getItem } from "../ops/items.js";
import { binOp, isTrue } from "./operators.js";
import { Op } from "../ops/arith.js";
import { compileExpr, constValue } from "./expressions.js";
import type { Ctx } from "./context.js";
import type { Frame } from "../frame.js";

type E = (f: Frame) => PyValue;

export function compileSetDisplay(elts: A.Expr[], cx: Ctx): E {
  if (elts.length > 2 && elts.every((el) => foldedValue(el) !== undefined)) {
    const items = elts.map((el) => foldedValue(el)!);
    return () => {
      // The compiler's frozenset, rebuilt from its own iteration order when the code object's
      // constants are merged (compile.c merge_consts_recursive), then merged into the new set.
      const first = new SetTable();
      for (const v of items) first.set(v, v);
      const frozen = new SetTable();
      for (const e of first.entries()) frozen.set(e.k, e.k);
      const s = new PySet();
      s.table.merge(frozen);
      return s;
    };
  }
  const parts = elts.map((el) => (el.kind === "Starred" ? { star: true, e: compileExpr(el.value, cx) } : { star: false, e: compileExpr(el, cx) }));
  // STACK_USE_GUIDELINE: past 30 items the display is built empty and filled item by item.
  const big = parts.length > STACK_USE_GUIDELINE;
  if (big || parts.some((p) => p.star)) {
    return (f) => {
      // BUILD_SET takes the items evaluated before the first star (none when big), so they are hashed
      // only once it is reached; then SET_UPDATE / SET_ADD as each item is evaluated.
      let s: PySet | null = big ? new PySet() : null;
      const pending: PyValue[] = [];
      for (const p of parts) {
        if (s === null && !p.star) {
          pending.push(p.e(f));
          continue;
        }
        if (s === null) {
          s = new PySet();
          for (const x of pending) s.table.set(x, x);
        }
        const v = p.e(f);
        if (p.star) updateSet(s.table, v);
        else s.table.set(v, v);
      }
      return s!;
    };
  }
  const es = parts.map((p) => p.e);
  return (f) => {
    const values = es.map((e) => e(f));
    const s = new PySet();
    for (const v of values) s.table.set(v, v);
    return s;
  };
}

/** Python/compile.c's STACK_USE_GUIDELINE: displays with more items are built item by item. */
export const STACK_USE_GUIDELINE = 30;

// Python/ast_opt.c's limits on what folding may build.
const MAX_INT_SIZE = 128;
const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;

const memo = new WeakMap<A.Expr, PyValue | null>();

/** The value CPython's AST optimizer folds `e` into, or undefined when it stays an expression. */
export function foldedValue(e: A.Expr): PyValue | undefined {
  let v = memo.get(e);
  if (v === undefined) {
    try {
      v = fold(e) ?? null;
    } catch {
      // The operation raises: ast_opt.c clears the error and leaves the expression alone.
      v = null;
    }
    memo.set(e, v);
  }
  return v ?? undefined;
}

function fold(e: A.Expr): PyValue | undefined {
  switch (e.kind) {
    case "Constant":
      return e.value.type === "complex" ? undefined : constValue(e.value);
    case "UnaryOp": {
      const o = foldedValue(e.operand);
      if (o === undefined) return undefined;
      if (e.op === "Not") return !isTrue(o);
      return e.op === "USub" ? negate(o) : e.op === "UAdd" ? positive(o) : invert(o);
    }
    case "Tuple": {
      if (e.elts.some((x) => x.kind === "Starred")) return undefined;
      const items = e.elts.map(foldedValue);
      return items.every((x) => x !== undefined) ? pyTuple(items as PyValue[]) : undefined;
    }
    case "Subscript": {
      if (e.slice.kind === "Slice") return undefined;
      const o = foldedValue(e.value);
      const k = foldedValue(e.slice);
      return o === undefined || k === undefined ? undefined : getItem(o, k);
    }
    case "BinOp": {
      const a = foldedValue(e.left);
      const b = foldedValue(e.right);
      if (a === undefined || b === undefined) return undefined;
      const op = binOp(e.op);
      return safe(op, a, b) ? arith(op, a, b) : undefined;
    }
    default:
      return undefined;
  }
}

function intOf(v: PyValue): bigint | undefined {
  if (typeof v === "number" || typeof v === "bigint") return BigInt(v);
  if (typeof v === "boolean") return v ? 1n : 0n;
  return undefined;
}

function bits(n: bigint): number {
  return (n < 0n ? -n : n).toString(2).length - (n === 0n ? 1 : 0);
}

function sizeOf(v: PyValue): { n: number; kind: "seq" | "str" } | undefined {
  if (typeof v === "string") return { n: [...v].length, kind: "str" };
  if (v instanceof PyBytes) return { n: v.bytes.length, kind: "str" };
  if (v instanceof PyTuple) return { n: v.items.length, kind: "seq" };
  return undefined;
}

/** ast_opt.c's safe_multiply, safe_power, safe_lshift and safe_mod: false where it does not fold. */
function safe(op: Op, a: PyValue, b: PyValue): boolean {
  const x = intOf(a);
  const y = intOf(b);
  switch (op) {
    case Op.Mul: {
      if (x !== undefined && y !== undefined) return x === 0n || y === 0n || bits(x) + bits(y) <= MAX_INT_SIZE;
      const [n, seq] = x !== undefined ? [x, sizeOf(b)] : [y, sizeOf(a)];
      if (n === undefined || seq === undefined || seq.n === 0) return true;
      const max = seq.kind === "str" ? MAX_STR_SIZE : MAX_COLLECTION_SIZE;
      return n >= 0n && n <= BigInt(Math.floor(max / seq.n));
    }
    case Op.Pow:
      return x === undefined || y === undefined || x === 0n || y <= 0n || bits(x) <= Math.floor(MAX_INT_SIZE / Number(y));
    case Op.LShift:
      return x === undefined || y === undefined || x === 0n || y === 0n || (y <= BigInt(MAX_INT_SIZE) && bits(x) <= MAX_INT_SIZE - Number(y));
    case Op.Mod:
      return !(typeof a === "string" || a instanceof PyBytes);
    default:
      return true;
  }
}
