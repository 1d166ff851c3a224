import { PyObject, builtinType, defMethod, type PyType, type PyValue } from "./base.js";
import { PyException, StopIteration } from "./exceptions.js";

/**
 * Builtin iterators. Each is a JS object whose `next()` returns the next item or undefined when
 * exhausted, so `for` loops and builtins never go through Python-level StopIteration.
 */
export abstract class PyIter extends PyObject {
  abstract next(): PyValue | undefined;
}

/** A builtin iterator type with `__iter__` and `__next__`, as CPython's list_iterator and friends. */
export function iteratorType(name: string, module = "builtins"): PyType {
  const t = builtinType(name, undefined, module);
  defMethod(t, "__iter__", (a) => a[0]!);
  defMethod(t, "__next__", (a) => {
    const v = (a[0] as PyIter).next();
    if (v === undefined) throw new PyException(StopIteration, []);
    return v;
  });
  return t;
}

const arrayIterType = iteratorType("list_iterator");
const tupleIterType = iteratorType("tuple_iterator");
const strIterType = iteratorType("str_ascii_iterator");

/** Iterates a JS array that may grow or shrink meanwhile (list iteration re-checks the length). */
export class ArrayIter extends PyIter {
  declare i: number;
  declare readonly items: readonly PyValue[];
  constructor(items: readonly PyValue[], cls: PyType = arrayIterType) {
    super(cls);
    this.i = 0;
    (this as { items: readonly PyValue[] }).items = items;
  }
  next(): PyValue | undefined {
    return this.i < this.items.length ? this.items[this.i++] : undefined;
  }
}

export function tupleIter(items: readonly PyValue[]): ArrayIter {
  return new ArrayIter(items, tupleIterType);
}

/** Iterates a str by code point. */
export class StrIter extends PyIter {
  i = 0;
  constructor(readonly s: string) {
    super(strIterType);
  }
  next(): PyValue | undefined {
    const s = this.s;
    if (this.i >= s.length) return undefined;
    const cp = s.codePointAt(this.i)!;
    const ch = String.fromCodePoint(cp);
    this.i += ch.length;
    return ch;
  }
}

/** Adapts a JS iterable to a Python iterator of the given type (dict views, itertools...). */
export class JsIter extends PyIter {
  constructor(
    cls: PyType,
    readonly it: Iterator<PyValue>,
  ) {
    super(cls);
  }
  next(): PyValue | undefined {
    const r = this.it.next();
    return r.done ? undefined : r.value;
  }
}
