import { NotImplemented, None, defMethod, frozensetType, setType, type PyType, type PyValue } from "./base.js";
import { bindNative, exactlyOne, noArgs } from "./args.js";
import { KeyError, PyException } from "./exceptions.js";
import { HashTable } from "./hashtable.js";
import { JsIter, iteratorType } from "./iterators.js";
import { PySet } from "./values.js";
import { repr } from "../ops/convert.js";
import { pyHash } from "../ops/hash.js";
import { forEach } from "../ops/iter.js";

const S = (a: PyValue[]) => a[0] as PySet;
const setIterType = iteratorType("set_iterator");

function fromIterable(v: PyValue | undefined, cls: PyType): PySet {
  const s = new PySet(new HashTable(), cls);
  if (v !== undefined) forEach(v, (x) => void s.table.set(x, x));
  return s;
}

/** A set holding the items of any iterable (sets' operator methods accept only sets). */
function tableOf(v: PyValue): HashTable {
  if (v instanceof PySet) return v.table;
  return fromIterable(v, setType).table;
}

setType.make = (cls, args, kw) => {
  const [it] = bindNative(cls.name, args, kw, ["iterable"], 0);
  return cls === setType ? fromIterable(it, setType) : new PySet(new HashTable(), cls);
};
frozensetType.make = (cls, args, kw) => {
  const [it] = bindNative("frozenset", args, kw, ["iterable"], 0);
  if (it instanceof PySet && it.cls === frozensetType && cls === frozensetType) return it;
  return fromIterable(it, cls);
};
defMethod(setType, "__init__", (a, kw) => {
  const [it] = bindNative("set", a, kw, ["iterable"], 0, [], 1);
  S(a).table.clear();
  if (it !== undefined) forEach(it, (x) => void S(a).table.set(x, x));
  return None;
});

function result(a: PyValue[], t: HashTable): PySet {
  return new PySet(t, S(a).cls.solid === frozensetType ? frozensetType : setType);
}

function union(a: HashTable, others: PyValue[]): HashTable {
  const t = a.copy();
  for (const o of others) for (const e of tableOf(o).entries()) t.set(e.k, e.k);
  return t;
}
function intersection(a: HashTable, others: PyValue[]): HashTable {
  let t = a.copy();
  for (const o of others) {
    const ot = tableOf(o);
    const n = new HashTable();
    for (const e of t.entries()) if (ot.find(e.k) !== undefined) n.set(e.k, e.k);
    t = n;
  }
  return t;
}
function difference(a: HashTable, others: PyValue[]): HashTable {
  const t = a.copy();
  for (const o of others) for (const e of tableOf(o).entries()) t.delete(e.k);
  return t;
}
function symdiff(a: HashTable, o: PyValue): HashTable {
  const ot = tableOf(o);
  const t = new HashTable();
  for (const e of a.entries()) if (ot.find(e.k) === undefined) t.set(e.k, e.k);
  for (const e of ot.entries()) if (a.find(e.k) === undefined) t.set(e.k, e.k);
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
  const binop = (fn: (x: HashTable, y: PyValue) => HashTable) => (a: PyValue[]) =>
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
  const t = S(a).table;
  const first = t.entries().next();
  if (first.done) throw new PyException(KeyError, ["pop from an empty set"]);
  t.delete(first.value.k);
  return first.value.k;
});
defMethod(setType, "clear", (a) => {
  S(a).table.clear();
  return None;
});
const inplace = (name: string, fn: (x: HashTable, ys: PyValue[]) => HashTable) => {
  defMethod(setType, name, (a) => {
    const s = S(a);
    s.table = fn(s.table, a.slice(1));
    return None;
  });
};
inplace("update", union);
inplace("intersection_update", intersection);
inplace("difference_update", difference);
inplace("symmetric_difference_update", (x, ys) => symdiff(x, ys[0]!));
for (const [name, fn] of [
  ["__ior__", union],
  ["__iand__", intersection],
  ["__isub__", difference],
  ["__ixor__", (x: HashTable, ys: PyValue[]) => symdiff(x, ys[0]!)],
] as const)
  defMethod(setType, name, (a) => {
    if (!(a[1] instanceof PySet)) return NotImplemented;
    S(a).table = fn(S(a).table, [a[1]]);
    return a[0]!;
  });
