import { PyObject, PyType, builtinType, defMethod, typeName, typeOf, type PyValue } from "../objects/base.js";
import { IndexError, PyException, StopIteration, TypeError, pyErr } from "../objects/exceptions.js";
import { ArrayIter, PyIter, StrIter, tupleIter } from "../objects/iterators.js";
import { PyList, PyRange, PyTuple } from "../objects/values.js";
import { callMethod } from "./call.js";

const seqIterType = builtinType("iterator");
defMethod(seqIterType, "__iter__", (a) => a[0]!);

/** The old sequence protocol: iterate by `__getitem__(0), (1)...` until IndexError. */
class SeqIter extends PyIter {
  i = 0;
  constructor(
    readonly seq: PyValue,
    readonly getitem: PyValue,
  ) {
    super(seqIterType);
  }
  next(): PyValue | undefined {
    try {
      return callMethod(this.getitem, this.seq, [this.i++]);
    } catch (e) {
      if (e instanceof PyException && (e.cls.isSubtypeOf(IndexError) || e.cls.isSubtypeOf(StopIteration)))
        return undefined;
      throw e;
    }
  }
}

/** `iter(o)`. */
export function getIter(o: PyValue): PyValue {
  if (typeof o === "string") return new StrIter(o);
  if (o instanceof PyIter) return o;
  if (o instanceof PyObject) {
    const t = o.cls;
    if (t.builtin) {
      if (o instanceof PyList) return new ArrayIter(o.items);
      if (o instanceof PyTuple) return tupleIter(o.items);
      if (o instanceof PyRange) return callMethod(t.lookup("__iter__")!, o, []);
    }
    const f = t.lookup("__iter__");
    if (f !== undefined) {
      const it = callMethod(f, o, []);
      if (!(it instanceof PyIter) && typeOf(it).lookup("__next__") === undefined)
        throw pyErr(TypeError, `iter() returned non-iterator of type '${typeName(it)}'`);
      return it;
    }
    const g = t.lookup("__getitem__");
    if (g !== undefined && !(o instanceof PyType)) return new SeqIter(o, g);
  }
  throw pyErr(TypeError, `'${typeName(o)}' object is not iterable`);
}

/** The next item of iterator `it`, or undefined when it is exhausted. */
export function nextOf(it: PyValue): PyValue | undefined {
  if (it instanceof PyIter) return it.next();
  const f = typeOf(it).lookup("__next__");
  if (f === undefined) throw pyErr(TypeError, `'${typeName(it)}' object is not an iterator`);
  try {
    return callMethod(f, it, []);
  } catch (e) {
    if (e instanceof PyException && e.cls.isSubtypeOf(StopIteration)) return undefined;
    throw e;
  }
}

/** Runs `fn` on every item of a Python iterable; `fn` returning true stops early. */
export function forEach(o: PyValue, fn: (v: PyValue) => boolean | void): void {
  if (o instanceof PyList || o instanceof PyTuple) {
    const items = o.items;
    for (let i = 0; i < items.length; i++) if (fn(items[i]!)) return;
    return;
  }
  const it = getIter(o);
  for (let v = nextOf(it); v !== undefined; v = nextOf(it)) if (fn(v)) return;
}

/** The items of a Python iterable as a fresh JS array. */
export function toArray(o: PyValue): PyValue[] {
  if (o instanceof PyList || o instanceof PyTuple) return o.items.slice();
  if (typeof o === "string") return Array.from(o);
  const out: PyValue[] = [];
  const it = getIter(o);
  for (let v = nextOf(it); v !== undefined; v = nextOf(it)) out.push(v);
  return out;
}

/** The items of an iterable as a JS array that may be the object's own storage (do not mutate it). */
export function itemsOf(o: PyValue): readonly PyValue[] {
  if (o instanceof PyList || o instanceof PyTuple) return o.items;
  return toArray(o);
}

