/**
 * The loop of a list, set or dict comprehension with one `for` clause (`[x * x for x in r if x % 3]`,
 * the common case) written out flat: each item is taken, counted as a step, bound, tested and added in
 * one function per kind of comprehension, where the general loop (compileComprehension) goes through
 * a closure per level (`each`), per target and per sink. The same steps in the same order: next item,
 * one step of the budget, the target bound, each condition, then the element (a dict's key before its
 * value) evaluated and added.
 */
import type { Frame } from "../frame.js";
import { step } from "../limits.js";
import type { PyValue } from "../objects/base.js";
import type { PyDict, PySet } from "../objects/values.js";
import { nextOf } from "../ops/iter.js";
import { rt } from "../state.js";
import type { E } from "./context.js";
import { conditionsHold, type GenClause } from "./genexpr.js";

/** Runs a one-clause comprehension's loop over iterator `it`, adding to `acc`. */
export type OneClauseLoop = (cf: Frame, it: PyValue, acc: unknown) => void;

/** `[elt for target in it if ...]`: appends to the JS array `acc`. */
export function listLoop(c: GenClause, elt: E): OneClauseLoop {
  const slot = c.slot;
  const store = c.store;
  const tests = c.ifs.length !== 0;
  return (cf, it, acc) => {
    const out = acc as PyValue[];
    for (let x = nextOf(it); x !== undefined; x = nextOf(it)) {
      if (--rt.steps < 0) step();
      if (slot >= 0) cf.l[slot] = x;
      else store(cf, x);
      if (tests && !conditionsHold(cf, c)) continue;
      out.push(elt(cf));
    }
  };
}

/** `{elt for target in it if ...}`: adds to the set `acc`. */
export function setLoop(c: GenClause, elt: E): OneClauseLoop {
  const slot = c.slot;
  const store = c.store;
  const tests = c.ifs.length !== 0;
  return (cf, it, acc) => {
    const table = (acc as PySet).table;
    for (let x = nextOf(it); x !== undefined; x = nextOf(it)) {
      if (--rt.steps < 0) step();
      if (slot >= 0) cf.l[slot] = x;
      else store(cf, x);
      if (tests && !conditionsHold(cf, c)) continue;
      const v = elt(cf);
      table.set(v, v);
    }
  };
}

/** `{key: value for target in it if ...}`: sets in the dict `acc`, the key evaluated first. */
export function dictLoop(c: GenClause, key: E, value: E): OneClauseLoop {
  const slot = c.slot;
  const store = c.store;
  const tests = c.ifs.length !== 0;
  return (cf, it, acc) => {
    const table = (acc as PyDict).table;
    for (let x = nextOf(it); x !== undefined; x = nextOf(it)) {
      if (--rt.steps < 0) step();
      if (slot >= 0) cf.l[slot] = x;
      else store(cf, x);
      if (tests && !conditionsHold(cf, c)) continue;
      const k = key(cf);
      table.set(k, value(cf));
    }
  };
}
