import type { Frame } from "../frame.js";
import { step } from "../limits.js";
import { None, type PyValue } from "../objects/base.js";
import type { Resumable } from "../objects/function.js";
import { getIter, nextOf } from "../ops/iter.js";
import { ArrayIter } from "../objects/iterators.js";
import { RangeIter } from "../objects/misc.js";
import { rt } from "../state.js";
import type * as A from "../ast.js";
import type { Ctx, E } from "./context.js";
import { compileExpr } from "./expressions.js";
import { fastSlot, intFused, intOp } from "./operands.js";
import { isTrue } from "./operators.js";
import { compileStore, type Store } from "./targets.js";

/**
 * A generator expression's body as a flat state machine: one iterator per `for` clause and the index of
 * the innermost clause running, so each `next` is a plain loop, with no JS generator (and no `yield*`
 * per nested clause) to resume. It behaves as the generator it replaces: nothing in a generator
 * expression can catch, so an exception thrown in at the paused `yield` leaves it, and the owner
 * (PyGenerator) marks it finished after any exception.
 */

export interface GenClause {
  /** The clause's iterable (null for the first clause: its iterator is the argument `.0`). */
  iter: E | null;
  store: Store;
  /** The local slot a plain-name target stores to directly, or -1 (store runs). */
  slot: number;
  ifs: E[];
  /** Per condition, its inline form (intFused) with its node for the traceback position, or null. */
  fused: ({ slot: number; k: number; code: number; node: A.Expr } | null)[];
}

/** Compiles one `for target in iter if cond...` clause of a comprehension or generator expression. */
export function compileClause(g: A.Comprehension, first: boolean, cx: Ctx): GenClause {
  return {
    iter: first ? null : compileExpr(g.iter, cx),
    store: compileStore(g.target, cx),
    slot: fastSlot(g.target, cx),
    ifs: g.ifs.map((c) => compileExpr(c, cx)),
    fused: g.ifs.map((c) => {
      const d = intFused(c, cx);
      return d && { ...d, node: c };
    }),
  };
}

/** Binds `x` to the clause's target. */
export function bindTarget(cf: Frame, c: GenClause, x: PyValue): void {
  if (c.slot >= 0) cf.l[c.slot] = x;
  else c.store(cf, x);
}

/** Whether every condition of the clause holds, each computed inline where intFused allows. */
export function conditionsHold(cf: Frame, c: GenClause): boolean {
  const ifs = c.ifs;
  for (let i = 0; i < ifs.length; i++) {
    const d = c.fused[i]!;
    if (d !== null) {
      const v = cf.l[d.slot];
      if (typeof v === "number") {
        cf.pos = d.node;
        const r = intOp(d.code, v, d.k);
        if (r !== undefined) {
          if (r === false || r === 0) return false;
          continue;
        }
      }
    }
    if (!isTrue(ifs[i]!(cf))) return false;
  }
  return true;
}

export class GenExprSteps implements Resumable {
  private readonly its: PyValue[];
  private level = 0;
  /** Reused for every result: PyGenerator reads it before resuming again. */
  private readonly out: { done: boolean; value: PyValue } = { done: false, value: None };

  constructor(
    private readonly cf: Frame,
    private readonly clauses: readonly GenClause[],
    private readonly elt: E,
  ) {
    this.its = new Array<PyValue>(clauses.length);
    this.its[0] = cf.l[0] as PyValue;
  }

  next(): IteratorResult<PyValue, PyValue> {
    const { cf, clauses, its, out, elt } = this;
    const last = clauses.length - 1;
    let lv = this.level;
    for (;;) {
      const it = its[lv]!;
      // nextOf(it) is it.next() for these iterators: called on a known class, V8 inlines it.
      const x = it instanceof ArrayIter ? it.next() : it instanceof RangeIter ? it.next() : nextOf(it);
      if (x === undefined) {
        if (lv === 0) {
          out.done = true;
          out.value = None;
          return out as IteratorResult<PyValue, PyValue>;
        }
        lv--;
        continue;
      }
      if (--rt.steps < 0) step();
      const c = clauses[lv]!;
      bindTarget(cf, c, x);
      if (!conditionsHold(cf, c)) continue;
      if (lv < last) {
        lv++;
        its[lv] = getIter(clauses[lv]!.iter!(cf));
        continue;
      }
      this.level = lv;
      out.value = elt(cf);
      return out as IteratorResult<PyValue, PyValue>;
    }
  }

  throw(e: unknown): IteratorResult<PyValue, PyValue> {
    throw e;
  }
}
