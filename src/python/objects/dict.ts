import { NotImplemented, None, PyNativeFunction, PyObject, builtinType, defMethod, dictType, type PyType, type PyValue } from "./base.js";
import { argCount, exactlyOne, noArgs, noKwargs } from "./args.js";
import { PyClassMethod } from "./descriptors.js";
import { KeyError, PyException, RuntimeError, TypeError, ValueError, pyErr } from "./exceptions.js";
import type { Entry, HashTable } from "./hashtable.js";
import { PyIter, iteratorType } from "./iterators.js";
import { PyDict, PySet, pyTuple } from "./values.js";
import { getAttrOrUndefined } from "../ops/attr.js";
import { call } from "../ops/call.js";
import { pyEq } from "../ops/compare.js";
import { repr } from "../ops/convert.js";
import { getItem } from "../ops/items.js";
import { toArray } from "../ops/iter.js";

const D = (a: PyValue[]) => a[0] as PyDict;

/** Iterates a dict's table, failing as CPython does when the dict changes size meanwhile. */
class DictIter extends PyIter {
  private readonly it: Iterator<Entry>;
  private readonly size: number;
  constructor(
    cls: PyType,
    private readonly table: HashTable,
    private readonly pick: (e: Entry) => PyValue,
  ) {
    super(cls);
    this.it = table.entries();
    this.size = table.size;
  }
  next(): PyValue | undefined {
    if (this.table.size !== this.size) throw pyErr(RuntimeError, "dictionary changed size during iteration");
    const r = this.it.next();
    return r.done ? undefined : this.pick(r.value);
  }
}

const keyIterType = iteratorType("dict_keyiterator");
const valueIterType = iteratorType("dict_valueiterator");
const itemIterType = iteratorType("dict_itemiterator");
const pickKey = (e: Entry) => e.k;
const pickValue = (e: Entry) => e.v;
const pickItem = (e: Entry) => pyTuple([e.k, e.v]);

export function dictKeys(d: PyDict): PyIter {
  return new DictIter(keyIterType, d.table, pickKey);
}

/** `dict.keys()`, `.values()`, `.items()`: live views. */
class DictView extends PyObject {
  constructor(
    cls: PyType,
    readonly d: PyDict,
  ) {
    super(cls);
  }
}
const keysType = builtinType("dict_keys");
const valuesType = builtinType("dict_values");
const itemsType = builtinType("dict_items");
const views: [PyType, PyType, (e: Entry) => PyValue][] = [
  [keysType, keyIterType, pickKey],
  [valuesType, valueIterType, pickValue],
  [itemsType, itemIterType, pickItem],
];
for (const [vt, it, pick] of views) {
  const V = (a: PyValue[]) => (a[0] as DictView).d;
  defMethod(vt, "__iter__", (a) => new DictIter(it, V(a).table, pick));
  defMethod(vt, "__len__", (a) => V(a).table.size);
  defMethod(vt, "__repr__", (a) => `${vt.name}([${[...V(a).table.entries()].map((e) => repr(pick(e))).join(", ")}])`);
  defMethod(vt, "__reversed__", (a) => new DictIter(it, reversedTable(V(a).table), pick));
}
defMethod(keysType, "__contains__", (a) => (a[0] as DictView).d.table.find(a[1]!) !== undefined);
defMethod(valuesType, "__contains__", (a) => [...(a[0] as DictView).d.table.entries()].some((e) => pyEq(e.v, a[1]!)));
defMethod(itemsType, "__contains__", (a) => {
  const t = toArray(a[1]!);
  if (t.length !== 2) return false;
  const e = (a[0] as DictView).d.table.find(t[0]!);
  return e !== undefined && pyEq(e.v, t[1]!);
});
for (const vt of [keysType, itemsType]) {
  const asSet = (v: PyValue) => {
    const s = new PySet();
    for (const x of toArray(v)) s.table.set(x, x);
    return s;
  };
  const setOp = (name: string) => (a: PyValue[]) => call(getAttrOrUndefined(asSet(a[0]!), name)!, [asSet(a[1]!)]);
  defMethod(vt, "__and__", setOp("__and__"));
  defMethod(vt, "__or__", setOp("__or__"));
  defMethod(vt, "__sub__", setOp("__sub__"));
  defMethod(vt, "__xor__", setOp("__xor__"));
  defMethod(vt, "__eq__", (a) => pyEq(asSet(a[0]!), asSet(a[1]!)));
}

function reversedTable(t: HashTable): HashTable {
  const entries = [...t.entries()].reverse();
  return { size: t.size, entries: () => entries[Symbol.iterator]() } as unknown as HashTable;
}

/** dict.update / dict(...) argument handling: a mapping (keys()) or an iterable of pairs, then kwargs. */
export function dictUpdate(d: PyDict, arg: PyValue | undefined, kw: Map<string, PyValue> | null): void {
  if (arg !== undefined) {
    if (arg instanceof PyDict) for (const e of arg.table.entries()) d.table.set(e.k, e.v);
    else if (getAttrOrUndefined(arg, "keys") !== undefined) {
      for (const k of toArray(call(getAttrOrUndefined(arg, "keys")!, []))) d.table.set(k, getItem(arg, k));
    } else {
      let i = 0;
      for (const item of toArray(arg)) {
        let pair: PyValue[];
        try {
          pair = toArray(item);
        } catch (e) {
          if (e instanceof PyException && e.cls === TypeError)
            throw pyErr(TypeError, `cannot convert dictionary update sequence element #${i} to a sequence`);
          throw e;
        }
        if (pair.length !== 2)
          throw pyErr(ValueError, `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
        d.table.set(pair[0]!, pair[1]!);
        i++;
      }
    }
  }
  if (kw) for (const [k, v] of kw) d.table.set(k, v);
}

dictType.make = (cls, args, kw) => {
  const d = new PyDict(undefined, cls);
  if (cls === dictType) {
    argCount("dict", args, 0, 1);
    dictUpdate(d, args[0], kw);
  }
  return d;
};
defMethod(dictType, "__init__", (a, kw) => {
  argCount("dict", a, 0, 1, 1);
  dictUpdate(D(a), a[1], kw);
  return None;
});
defMethod(dictType, "keys", (a) => new DictView(keysType, D(a)));
defMethod(dictType, "values", (a) => new DictView(valuesType, D(a)));
defMethod(dictType, "items", (a) => new DictView(itemsType, D(a)));
defMethod(dictType, "get", (a) => {
  argCount("get", a, 1, 2, 1);
  const e = D(a).table.find(a[1]!);
  return e !== undefined ? e.v : (a[2] ?? None);
});
defMethod(dictType, "setdefault", (a) => {
  argCount("setdefault", a, 1, 2, 1);
  const t = D(a).table;
  const e = t.find(a[1]!);
  if (e !== undefined) return e.v;
  const v = a[2] ?? None;
  t.set(a[1]!, v);
  return v;
});
defMethod(dictType, "pop", (a) => {
  argCount("pop", a, 1, 2, 1);
  const e = D(a).table.delete(a[1]!);
  if (e !== undefined) return e.v;
  if (a.length > 2) return a[2]!;
  throw new PyException(KeyError, [a[1]!]);
});
defMethod(dictType, "popitem", (a) => {
  const t = D(a).table;
  const entries = [...t.entries()];
  const last = entries[entries.length - 1];
  if (last === undefined) throw new PyException(KeyError, ["popitem(): dictionary is empty"]);
  t.delete(last.k);
  return pyTuple([last.k, last.v]);
});
defMethod(dictType, "update", (a, kw) => {
  argCount("update", a, 0, 1, 1);
  dictUpdate(D(a), a[1], kw);
  return None;
});
defMethod(dictType, "clear", (a) => {
  D(a).table.clear();
  return None;
});
defMethod(dictType, "copy", (a) => {
  noArgs("dict.copy", a, null);
  return new PyDict(D(a).table.copy());
});
dictType.dict!.set(
  "fromkeys",
  new PyClassMethod(
    new PyNativeFunction("fromkeys", (a, kw) => {
      // dict_fromkeys (Argument Clinic, positional-only): keywords refused before the count.
      noKwargs("dict.fromkeys", kw);
      argCount("fromkeys", a, 1, 2, 1);
      const d = call(a[0]!, []) as PyDict;
      for (const k of toArray(a[1]!)) d.table.set(k, a[2] ?? None);
      return d;
    }),
  ),
);
defMethod(dictType, "__len__", (a) => D(a).table.size);
defMethod(dictType, "__getitem__", (a) => getItem(a[0]!, exactlyOne("__getitem__", a, null, 1)));
defMethod(dictType, "__setitem__", (a) => {
  D(a).table.set(a[1]!, a[2]!);
  return None;
});
defMethod(dictType, "__delitem__", (a) => {
  if (D(a).table.delete(a[1]!) === undefined) throw new PyException(KeyError, [a[1]!]);
  return None;
});
defMethod(dictType, "__contains__", (a) => D(a).table.find(a[1]!) !== undefined);
defMethod(dictType, "__iter__", (a) => dictKeys(D(a)));
defMethod(dictType, "__reversed__", (a) => new DictIter(keyIterType, reversedTable(D(a).table), pickKey));
defMethod(dictType, "__eq__", (a) => {
  const o = a[1];
  if (!(o instanceof PyDict)) return NotImplemented;
  const x = D(a).table;
  if (x.size !== o.table.size) return false;
  for (const e of x.entries()) {
    const f = o.table.find(e.k);
    if (f === undefined || !pyEq(e.v, f.v)) return false;
  }
  return true;
});
defMethod(dictType, "__ne__", (a) => {
  const o = a[1];
  if (!(o instanceof PyDict)) return NotImplemented;
  return !(call(dictType.dict!.get("__eq__")!, [a[0]!, o]) as boolean);
});
defMethod(dictType, "__or__", (a) => {
  if (!(a[1] instanceof PyDict)) return NotImplemented;
  const d = new PyDict(D(a).table.copy());
  dictUpdate(d, a[1], null);
  return d;
});
defMethod(dictType, "__ior__", (a) => {
  dictUpdate(D(a), a[1], null);
  return a[0]!;
});
defMethod(dictType, "__repr__", (a) => {
  const parts: string[] = [];
  for (const e of D(a).table.entries()) parts.push(`${repr(e.k)}: ${repr(e.v)}`);
  return `{${parts.join(", ")}}`;
});
dictType.dict!.set("__hash__", None);

