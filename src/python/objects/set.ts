import { NotImplemented, None, defMethod, dictType, frozensetType, setType, type PyType, type PyValue } from "./base.js";
import { bindNative, exactlyOne, noArgs } from "./args.js";
import { KeyError, PyException } from "./exceptions.js";
import type { HashTable } from "./hashtable.js";
import { SetTable } from "./set-table.js";
import { JsIter, iteratorType } from "./iterators.js";
import { PyDict, PySet } from "./values.js";
import { repr } from "../ops/convert.js";
import { pyHash } from "../ops/hash.js";
import { forEach } from "../ops/iter.js";

const S = (a: PyValue[]) => a[0] as PySet;
const setIterType = iteratorType("set_iterator");

/** set_update_internal: a set is merged slot by slot, a dict's keys go in after one resize, any
 * other iterable item by item. */
export function updateSet(t: SetTable, v: PyValue): void {
  if (v instanceof PySet) t.merge(v.table);
  else if (v instanceof PyDict && v.cls === dictType) t.addDictKeys([...v.table.entries()].map((e) => e.k));
  else forEach(v, (x) => void t.set(x, x));
}

function fromIterable(v: PyValue | undefined, cls: PyType): PySet {
  const s = new PySet(new SetTable(), cls);
  if (v !== undefined) updateSet(s.table, v);
  return s;
}

/** A set holding the items of any iterable (sets' operator methods accept only sets). */
function tableOf(v: PyValue): SetTable {
  if (v instanceof PySet) return v.table;
  return fromIterable(v, setType).table;
}

setType.make = (cls, args, kw) => {
  const [it] = bindNative(cls.name, args, kw, ["iterable"], 0);
  return cls === setType ? fromIterable(it, setType) : new PySet(new SetTable(), cls);
};
frozensetType.make = (cls, args, kw) => {
  const [it] = bindNative("frozenset", args, kw, ["iterable"], 0);
  if (it instanceof PySet && it.cls === frozensetType && cls === frozensetType) return it;
  return fromIterable(it, cls);
};
defMethod(setType, "__init__", (a, kw) => {
  const [it] = bindNative("set", a, kw, ["iterable"], 0, [], 1);
  S(a).table.clear();
  if (it !== undefined) updateSet(S(a).table, it);
  return None;
});

function result(a: PyValue[], t: SetTable): PySet {
  return new PySet(t, S(a).cls.solid === frozensetType ? frozensetType : setType);
}

// The operations below follow Objects/setobject.c step by step: which table is copied, which one is
// iterated and which keys are added decide the result's slot order.
function union(a: SetTable, others: PyValue[]): SetTable {
  const t = a.copy();
  for (const o of others) updateSet(t, o);
  return t;
}
/** set_intersection: over a set, iterates the smaller of the two and adds its keys. */
function intersect(a: SetTable, o: PyValue): SetTable {
  if (o instanceof PySet && o.table === a) return a.copy();
  const t = new SetTable();
  if (o instanceof PySet) {
    const [big, small] = o.table.size > a.size ? [o.table, a] : [a, o.table];
    for (const [e, h] of small.hashedEntries()) if (big.find(e.k) !== undefined) t.addHashed(e.k, h);
    return t;
  }
  forEach(o, (x) => {
    if (a.find(x) !== undefined) t.set(x, x);
  });
  return t;
}
function intersection(a: SetTable, others: PyValue[]): SetTable {
  if (others.length === 0) return a.copy();
  let t = a;
  for (const o of others) t = intersect(t, o);
  return t;
}
/** set_difference_update_internal: discards the keys of `o`, then purges the dummies if many. */
function discardAll(t: SetTable, o: PyValue): void {
  if (o instanceof PySet && o.table === t) return t.clear();
  if (o instanceof PySet) for (const e of [...o.table.entries()]) t.delete(e.k);
  else forEach(o, (x) => void t.delete(x));
  t.purgeDummies();
}
/** set_difference: a copy minus `o` when `a` is over four times larger, else the keys of `a` not in `o`. */
function subtract(a: SetTable, o: PyValue): SetTable {
  const otherSize = o instanceof PySet ? o.table.size : o instanceof PyDict && o.cls === dictType ? o.table.size : -1;
  if (otherSize < 0 || a.size >> 2 > otherSize) {
    const t = a.copy();
    discardAll(t, o);
    return t;
  }
  const ot = (o as PySet | PyDict).table;
  const t = new SetTable();
  for (const [e, h] of a.hashedEntries()) if (ot.find(e.k) === undefined) t.addHashed(e.k, h);
  return t;
}
function difference(a: SetTable, others: PyValue[]): SetTable {
  if (others.length === 0) return a.copy();
  const t = subtract(a, others[0]!);
  for (const o of others.slice(1)) discardAll(t, o);
  return t;
}
/** set_symmetric_difference_update: each key of `o` is discarded from `t`, or added when absent. */
function toggleAll(t: SetTable, o: PyValue): void {
  if (o instanceof PySet && o.table === t) return t.clear();
  const ot = o instanceof PySet ? o.table : null;
  if (ot === null && o instanceof PyDict && o.cls === dictType) {
    for (const e of [...o.table.entries()]) if (t.delete(e.k) === undefined) t.set(e.k, e.k);
    return;
  }
  for (const [e, h] of [...(ot ?? tableOf(o)).hashedEntries()]) if (t.delete(e.k) === undefined) t.addHashed(e.k, h);
}
/** set_symmetric_difference: a new set of `o`'s keys, toggled by those of `a`. */
function symdiff(a: SetTable, o: PyValue): SetTable {
  const t = o instanceof PySet ? o.table.copy() : fromIterable(o, setType).table;
  toggleAll(t, new PySet(a));
  return t;
}
function subset(a: HashTable, b: HashTable): boolean {
  if (a.size > b.size) return false;
  for (const e of a.entries()) if (b.find(e.k) === undefined) return false;
  return true;
}

for (const t of [setType, frozensetType]) {
  defMethod(t, "union", (a) => result(a, union(S(a).table, a.slice(1))));
  defMethod(t, "intersection", (a) => result(a, intersection(S(a).table, a.slice(1))));
  defMethod(t, "difference", (a) => result(a, difference(S(a).table, a.slice(1))));
  defMethod(t, "symmetric_difference", (a) => result(a, symdiff(S(a).table, exactlyOne(`${t.name}.symmetric_difference`, a, null, 1))));
  defMethod(t, "issubset", (a) => subset(S(a).table, tableOf(exactlyOne(`${t.name}.issubset`, a, null, 1))));
  defMethod(t, "issuperset", (a) => subset(tableOf(exactlyOne(`${t.name}.issuperset`, a, null, 1)), S(a).table));
  defMethod(t, "isdisjoint", (a) => intersection(S(a).table, [a[1]!]).size === 0);
  defMethod(t, "copy", (a) => {
    noArgs(`${t.name}.copy`, a, null);
    return result(a, S(a).table.copy());
  });
  defMethod(t, "__len__", (a) => S(a).table.size);
  defMethod(t, "__contains__", (a) => S(a).table.find(a[1]!) !== undefined);
  defMethod(t, "__iter__", (a) => {
    const table = S(a).table;
    return new JsIter(setIterType, (function* () {
      for (const e of table.entries()) yield e.k;
    })());
  });
  const binop = (fn: (x: SetTable, y: PyValue) => SetTable) => (a: PyValue[]) =>
    a[1] instanceof PySet ? result(a, fn(S(a).table, a[1])) : NotImplemented;
  defMethod(t, "__or__", binop((x, y) => union(x, [y])));
  defMethod(t, "__and__", binop((x, y) => intersection(x, [y])));
  defMethod(t, "__sub__", binop((x, y) => difference(x, [y])));
  defMethod(t, "__xor__", binop(symdiff));
  defMethod(t, "__ror__", binop((x, y) => union(x, [y])));
  defMethod(t, "__rand__", binop((x, y) => intersection(x, [y])));
  defMethod(t, "__rxor__", binop(symdiff));
  const cmp = (fn: (x: HashTable, y: HashTable) => boolean) => (a: PyValue[]) =>
    a[1] instanceof PySet ? fn(S(a).table, a[1].table) : NotImplemented;
  defMethod(t, "__eq__", cmp((x, y) => x.size === y.size && subset(x, y)));
  defMethod(t, "__ne__", cmp((x, y) => !(x.size === y.size && subset(x, y))));
  defMethod(t, "__le__", cmp(subset));
  defMethod(t, "__lt__", cmp((x, y) => x.size < y.size && subset(x, y)));
  defMethod(t, "__ge__", cmp((x, y) => subset(y, x)));
  defMethod(t, "__gt__", cmp((x, y) => y.size < x.size && subset(y, x)));
  defMethod(t, "__repr__", (a) => {
    const s = S(a);
    const items = [...s.table.entries()].map((e) => repr(e.k));
    const name = s.cls.name;
    if (items.length === 0) return `${name}()`;
    return s.cls === setType ? `{${items.join(", ")}}` : `${name}({${items.join(", ")}})`;
  });
}
defMethod(frozensetType, "__hash__", (a) => pyHash(S(a)));
setType.dict!.set("__hash__", None);

defMethod(setType, "add", (a) => {
  const v = exactlyOne("set.add", a, null, 1);
  S(a).table.set(v, v);
  return None;
});
defMethod(setType, "remove", (a) => {
  const v = exactlyOne("set.remove", a, null, 1);
  if (S(a).table.delete(v) === undefined) throw new PyException(KeyError, [v]);
  return None;
});
defMethod(setType, "discard", (a) => {
  S(a).table.delete(exactlyOne("set.discard", a, null, 1));
  return None;
});
defMethod(setType, "pop", (a) => {
  const k = S(a).table.pop();
  if (k === undefined) throw new PyException(KeyError, ["pop from an empty set"]);
  return k;
});
defMethod(setType, "clear", (a) => {
  S(a).table.clear();
  return None;
});
const inplace = (name: string, fn: (x: SetTable, ys: PyValue[]) => void) => {
  defMethod(setType, name, (a) => {
    fn(S(a).table, a.slice(1));
    return None;
  });
};
const updateAll = (t: SetTable, ys: PyValue[]) => ys.forEach((y) => updateSet(t, y));
// intersection_update computes a new table and swaps it in (set_swap_bodies).
const intersectInPlace = (t: SetTable, ys: PyValue[]) => t.takeBody(intersection(t, ys));
const discardEach = (t: SetTable, ys: PyValue[]) => ys.forEach((y) => discardAll(t, y));
const toggleFirst = (t: SetTable, ys: PyValue[]) => toggleAll(t, ys[0]!);
inplace("update", updateAll);
inplace("intersection_update", intersectInPlace);
inplace("difference_update", discardEach);
inplace("symmetric_difference_update", toggleFirst);
for (const [name, fn] of [
  ["__ior__", updateAll],
  ["__iand__", intersectInPlace],
  ["__isub__", discardEach],
  ["__ixor__", toggleFirst],
] as const)
  defMethod(setType, name, (a) => {
    if (!(a[1] instanceof PySet)) return NotImplemented;
    fn(S(a).table, [a[1]]);
    return a[0]!;
  });
