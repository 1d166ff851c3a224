import { NotImplemented, None, defMethod, listType, tupleType, type PyNativeFunction, type PyValue } from "./base.js";
import { argCount, bindNative, exactlyOne, noArgs, noKwargs } from "./args.js";
import { IndexError, OverflowError, TypeError, ValueError, pyErr } from "./exceptions.js";
import { ArrayIter, JsIter, iteratorType, tupleIter } from "./iterators.js";
import { intOf } from "./numbers.js";
import { asIndex, fitsSsize, seqIndex } from "./slice.js";
import { PyList, PyTuple, emptyTuple, pyTuple } from "./values.js";
import { checkCells, repeatCount } from "../limits.js";
import { call } from "../ops/call.js";
import { RICH_COMPARISONS, pyEq, pyLt, sequenceCompare } from "../ops/compare.js";
import { repr, truthy } from "../ops/convert.js";
import { pyHash } from "../ops/hash.js";
import { contains, getItem, setItem } from "../ops/items.js";
import { toArray } from "../ops/iter.js";

listType.make = (cls, args, kw) => {
  if (cls !== listType) return new PyList([], cls);
  // list_vectorcall: no keywords, then at most one positional (getargs.c's words).
  noKwargs("list", kw);
  argCount("list", args, 0, 1);
  return new PyList(args.length === 0 ? [] : toArray(args[0]!));
};
tupleType.make = (cls, args, kw) => {
  // tuple_new: keywords are refused unless a subclass has an __init__ of its own to take them.
  if (cls === tupleType || cls.lookup("__init__") === tupleType.lookup("__init__")) noKwargs("tuple", kw);
  argCount("tuple", args, 0, 1);
  const it = args[0];
  const items = it === undefined ? [] : it instanceof PyTuple && it.cls === tupleType && cls === tupleType ? null : toArray(it);
  if (items === null) return it!;
  return cls === tupleType ? pyTuple(items) : new PyTuple(items, cls);
};

const L = (a: PyValue[]) => a[0] as PyList;
const T = (a: PyValue[]) => a[0] as PyTuple;

defMethod(listType, "__init__", (a, kw) => {
  noKwargs("list", kw);
  argCount("list", a, 0, 1, 1);
  L(a).items = a.length < 2 ? [] : toArray(a[1]!);
  return None;
});
defMethod(listType, "append", (a) => {
  L(a).items.push(exactlyOne("list.append", a, null, 1));
  return None;
});
(listType.dict!.get("append") as PyNativeFunction).self1 = (o, v) => {
  (o as PyList).items.push(v);
  return None;
};
defMethod(listType, "extend", (a) => {
  const v = exactlyOne("list.extend", a, null, 1);
  const items = L(a).items;
  for (const x of toArray(v)) items.push(x);
  checkCells(items.length);
  return None;
});
defMethod(listType, "insert", (a) => {
  argCount("insert", a, 2, 2, 1);
  const items = L(a).items;
  let i = Number(ssizeArg(a[1]!));
  if (i < 0) i = Math.max(0, i + items.length);
  items.splice(Math.min(i, items.length), 0, a[2]!);
  return None;
});
defMethod(listType, "pop", (a) => {
  argCount("pop", a, 0, 1, 1);
  const items = L(a).items;
  // Argument Clinic converts the index before list_pop_impl looks at the list.
  const k = a.length < 2 ? -1 : ssizeArg(a[1]!);
  if (items.length === 0) throw pyErr(IndexError, "pop from empty list");
  if (a.length < 2) return items.pop()!;
  const i = seqIndex(k, items.length, "pop index");
  return items.splice(i, 1)[0]!;
});
defMethod(listType, "remove", (a) => {
  const v = exactlyOne("list.remove", a, null, 1);
  const items = L(a).items;
  for (let i = 0; i < items.length; i++)
    if (items[i] === v || pyEq(items[i]!, v)) {
      items.splice(i, 1);
      return None;
    }
  throw pyErr(ValueError, "list.remove(x): x not in list");
});
for (const t of [listType, tupleType]) {
  const seq = (a: PyValue[]) => (a[0] as PyList | PyTuple).items;
  defMethod(t, "index", (a) => {
    argCount("index", a, 1, 3, 1);
    const items = seq(a);
    const n = items.length;
    let st = a[2] === undefined ? 0 : Number(indexArg(a[2]));
    let en = a[3] === undefined ? n : Number(indexArg(a[3]));
    if (st < 0) st = Math.max(0, st + n);
    if (en < 0) en = Math.max(0, en + n);
    for (let i = st; i < Math.min(en, n); i++) if (items[i] === a[1] || pyEq(items[i]!, a[1]!)) return i;
    throw pyErr(ValueError, t === listType ? `${repr(a[1]!)} is not in list` : "tuple.index(x): x not in tuple");
  });
  defMethod(t, "count", (a) => {
    const v = exactlyOne(`${t.name}.count`, a, null, 1);
    let c = 0;
    for (const x of seq(a)) if (x === v || pyEq(x, v)) c++;
    return c;
  });
  defMethod(t, "__len__", (a) => seq(a).length);
  defMethod(t, "__getitem__", (a) => getItem(a[0]!, a[1]!));
  defMethod(t, "__contains__", (a) => contains(a[0]!, a[1]!));
  for (const [name, c] of RICH_COMPARISONS)
    defMethod(t, name, (a) => {
      const o = a[1]!;
      if (!(o instanceof (t === listType ? PyList : PyTuple))) return NotImplemented;
      return sequenceCompare(seq(a), (o as PyList).items, c);
    });
  defMethod(t, "__mul__", (a) => repeatItems(a[0] as PyList | PyTuple, a[1]!));
  defMethod(t, "__rmul__", (a) => repeatItems(a[0] as PyList | PyTuple, a[1]!));
}
defMethod(listType, "sort", (a, kw) => {
  const [key, reverse] = bindNative("sort", a, kw, [], 0, ["key", "reverse"], 1);
  const l = L(a);
  l.items = sortItems(l.items, key, reverse !== undefined && truthy(reverse));
  return None;
});

/** Whether every value is a small int, or every value a str: then `<` is a total order that runs no
 * Python code and cannot fail, and every stable sort gives timsort's result. */
function homogeneous(keys: readonly PyValue[]): "int" | "str" | null {
  const n = keys.length;
  if (n === 0) return null;
  const t = typeof keys[0];
  if (t !== "number" && t !== "string") return null;
  for (let i = 1; i < n; i++) if (typeof keys[i] !== t) return null;
  return t === "number" ? "int" : "str";
}

const intOrder = (a: number, b: number) => a - b;
const strOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** CPython's stable sort using only `<` (with decorate-sort-undecorate for key=). */
export function sortItems(items: PyValue[], key: PyValue | undefined, reverse: boolean): PyValue[] {
  const noKey = key === undefined || key === None;
  // Ints or strs sorted by themselves: equal ones are indistinguishable, so stability (and reverse's
  // keeping of equal items in their order) cannot show; JS's own sort compares as str/int `<` does.
  if (noKey) {
    const kind = homogeneous(items);
    if (kind !== null) {
      const out = items.slice();
      if (kind === "int") (out as number[]).sort(intOrder);
      else (out as string[]).sort(strOrder);
      if (reverse) out.reverse();
      return out;
    }
  }
  const keyed = items.map((v) => ({ k: noKey ? v : call(key!, [v]), v }));
  if (!noKey && homogeneous(keyed.map((e) => e.k)) !== null) {
    // Keys that are all ints or all strs: JS's sort is stable, as CPython's is; reverse keeps equal
    // keys in their order, as CPython's reverse-sort-reverse does.
    const order = typeof keyed[0]!.k === "number" ? intOrder : strOrder;
    const cmp = (x: { k: PyValue }, y: { k: PyValue }) => (order as (a: PyValue, b: PyValue) => number)(x.k, y.k);
    if (reverse) keyed.reverse();
    keyed.sort(cmp);
    if (reverse) keyed.reverse();
    return keyed.map((e) => e.v);
  }
  if (reverse) keyed.reverse();
  const lt = (x: { k: PyValue }, y: { k: PyValue }) => pyLt(x.k, y.k);
  const sorted = keyed.length < 64 ? binarySort(keyed, lt) : mergeSort(keyed, lt);
  if (reverse) sorted.reverse();
  return sorted.map((e) => e.v);
}

/**
 * Timsort on fewer than 64 items, as Objects/listobject.c runs it: count_run finds the leading run
 * (reversed when strictly descending), then binarysort inserts the rest one by one. The comparisons
 * come in CPython's order, so a list of incomparable items fails on the same pair as in CPython.
 */
function binarySort<T>(a: T[], lt: (x: T, y: T) => boolean): T[] {
  const n = a.length;
  if (n < 2) return a;
  let run = 2;
  if (lt(a[1]!, a[0]!)) {
    while (run < n && lt(a[run]!, a[run - 1]!)) run++;
    const head = a.slice(0, run).reverse();
    a = head.concat(a.slice(run));
  } else while (run < n && !lt(a[run]!, a[run - 1]!)) run++;
  for (let start = run; start < n; start++) {
    const pivot = a[start]!;
    let l = 0;
    let r = start;
    do {
      const p = l + ((r - l) >> 1);
      if (lt(pivot, a[p]!)) r = p;
      else l = p + 1;
    } while (l < r);
    a.splice(start, 1);
    a.splice(l, 0, pivot);
  }
  return a;
}

/** A stable merge sort asking only "is right < left?", as CPython's timsort does when merging. */
function mergeSort<T>(a: T[], lt: (x: T, y: T) => boolean): T[] {
  if (a.length <= 1) return a;
  const mid = a.length >> 1;
  const l = mergeSort(a.slice(0, mid), lt);
  const r = mergeSort(a.slice(mid), lt);
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < l.length && j < r.length) out.push(lt(r[j]!, l[i]!) ? r[j++]! : l[i++]!);
  while (i < l.length) out.push(l[i++]!);
  while (j < r.length) out.push(r[j++]!);
  return out;
}

defMethod(listType, "reverse", (a) => {
  noArgs("list.reverse", a, null);
  L(a).items.reverse();
  return None;
});
defMethod(listType, "clear", (a) => {
  L(a).items.length = 0;
  return None;
});
defMethod(listType, "copy", (a) => {
  noArgs("list.copy", a, null);
  return new PyList(L(a).items.slice());
});
defMethod(listType, "__setitem__", (a) => {
  setItem(a[0]!, a[1]!, a[2]!);
  return None;
});
defMethod(listType, "__delitem__", (a) => {
  setItem(a[0]!, a[1]!, undefined);
  return None;
});
defMethod(listType, "__iter__", (a) => new ArrayIter(L(a).items));
const reversedType = iteratorType("list_reverseiterator");
defMethod(listType, "__reversed__", (a) => {
  const items = L(a).items;
  return new JsIter(reversedType, (function* () {
    for (let i = items.length - 1; i >= 0; i--) if (i < items.length) yield items[i]!;
  })());
});
defMethod(listType, "__add__", (a) => {
  const o = a[1];
  if (!(o instanceof PyList)) return NotImplemented;
  return new PyList([...L(a).items, ...o.items]);
});
defMethod(listType, "__iadd__", (a) => {
  const items = L(a).items;
  for (const x of toArray(a[1]!)) items.push(x);
  return a[0]!;
});
defMethod(listType, "__imul__", (a) => {
  const l = L(a);
  const r = repeatItems(l, a[1]!);
  if (r === NotImplemented) return r;
  l.items = (r as PyList).items;
  return l;
});
defMethod(listType, "__repr__", (a) => `[${L(a).items.map(repr).join(", ")}]`);
listType.dict!.set("__hash__", None);

defMethod(tupleType, "__iter__", (a) => tupleIter(T(a).items));
defMethod(tupleType, "__add__", (a) => {
  const o = a[1];
  if (!(o instanceof PyTuple)) return NotImplemented;
  return pyTuple([...T(a).items, ...o.items]);
});
defMethod(tupleType, "__hash__", (a) => pyHash(new PyTuple(T(a).items)));
defMethod(tupleType, "__repr__", (a) => {
  const items = T(a).items;
  if (items.length === 1) return `(${repr(items[0]!)},)`;
  return `(${items.map(repr).join(", ")})`;
});
defMethod(tupleType, "__getnewargs__", (a) => pyTuple([new PyTuple(T(a).items)]));

function indexArg(v: PyValue): number | bigint {
  const i = asIndex(v);
  if (i === undefined) throw pyErr(TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  return i;
}

/** A Py_ssize_t argument of Argument Clinic (list.pop, list.insert). */
function ssizeArg(v: PyValue): number | bigint {
  const i = indexArg(v);
  if (!fitsSsize(i)) throw pyErr(OverflowError, "Python int too large to convert to C ssize_t");
  return i;
}

function typeNameOf(v: PyValue): string {
  return typeof v === "object" ? v.cls.name : typeof v === "string" ? "str" : "int";
}

function repeatItems(s: PyList | PyTuple, n: PyValue): PyValue {
  const k = intOf(n) ?? asIndex(n);
  if (k === undefined) return NotImplemented;
  const items = s.items;
  const count = repeatCount(k);
  checkCells(items.length * count);
  const out: PyValue[] = [];
  for (let i = 0; i < count; i++) for (const x of items) out.push(x);
  return s instanceof PyList ? new PyList(out) : out.length ? pyTuple(out) : emptyTuple;
}
