import type { Frame } from "../frame.js";
import { step } from "../limits.js";
import { None, type PyValue } from "../objects/base.js";
import type { Resumable } from "../objects/function.js";
import { truthy } from "../ops/convert.js";
import { getIter, nextOf } from "../ops/iter.js";
import { rt } from "../state.js";
import type { E } from "./context.js";
import type { Store } from "./targets.js";

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
  ifs: E[];
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
      const x = nextOf(its[lv]!);
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
      c.store(cf, x);
      let ok = true;
      for (let i = 0; i < c.ifs.length; i++)
        if (!truthy(c.ifs[i]!(cf))) {
          ok = false;
          break;
        }
      if (!ok) continue;
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
