import { None, type Kwargs, type PyValue } from "./objects/base.js";
import { argCount, bindNative, exactlyOne, noKwargs } from "./objects/args.js";
import { StopIteration, TypeError, ValueError, pyErr, PyException } from "./objects/exceptions.js";
import { JsIter, PyIter, iteratorType } from "./objects/iterators.js";
import { PyList, pyTuple } from "./objects/values.js";
import { sortItems } from "./objects/sequences.js";
import { intOf } from "./objects/numbers.js";
import { add } from "./ops/arith.js";
import { call, callMethod } from "./ops/call.js";
import { Cmp, compare, pyEq, pyLt } from "./ops/compare.js";
import { truthy } from "./ops/convert.js";
import { getIter, nextOf, toArray } from "./ops/iter.js";
import { bytearrayType, bytesType, strType, typeOf, typeName } from "./objects/base.js";
import { step } from "./limits.js";
import { rt } from "./state.js";

/** Builtins that consume or produce iterators: enumerate, zip, map, filter, reversed, sorted, min, max,
 * sum, any, all, iter, next. */
export function iterBuiltins(def: (name: string, fn: (a: PyValue[], kw: Kwargs) => PyValue) => void, set: (name: string, v: PyValue) => void): void {
  const lazyType = (name: string, make: (args: PyValue[], kw: Kwargs) => Iterator<PyValue>) => {
    const t = iteratorType(name);
    t.make = (_cls, args, kw) => new JsIter(t, make(args, kw));
    set(name, t);
    return t;
  };

  const enumerateType = iteratorType("enumerate");
  class Enumerate extends PyIter {
    constructor(
      private readonly src: PyValue,
      private i: PyValue,
    ) {
      super(enumerateType);
    }
    next(): PyValue | undefined {
      const x = nextOf(this.src);
      if (x === undefined) return undefined;
      const t = pyTuple([this.i, x]);
      this.i = add(this.i, 1);
      return t;
    }
  }
  enumerateType.make = (_cls, args, kw) => {
    const [it, start] = bindNative("enumerate", args, kw, ["iterable", "start"], 1);
    const i = start === undefined ? 0 : intOf(start);
    if (i === undefined) throw pyErr(TypeError, `'${typeName(start!)}' object cannot be interpreted as an integer`);
    return new Enumerate(getIter(it!), i);
  };
  set("enumerate", enumerateType);

  lazyType("zip", (args, kw) => {
    const strict = kw?.get("strict");
    // zip_new parses its keywords with PyArg_ParseTupleAndKeywords("|$p:zip"): the count, then the name.
    if (kw !== null && kw.size > 1) throw pyErr(TypeError, `zip() takes at most 1 keyword argument (${kw.size} given)`);
    if (kw !== null && kw.size === 1 && strict === undefined) throw pyErr(TypeError, `'${[...kw.keys()][0]}' is an invalid keyword argument for zip()`);
    const its = args.map(getIter);
    return (function* () {
      if (its.length === 0) return;
      for (;;) {
        const row: PyValue[] = [];
        for (let i = 0; i < its.length; i++) {
          const x = nextOf(its[i]!);
          if (x === undefined) {
            if (strict !== undefined && truthy(strict) && (i > 0 || its.slice(1).some((t) => nextOf(t) !== undefined)))
              throw pyErr(ValueError, i > 0 ? `zip() argument ${i + 1} is shorter than argument${i > 1 ? "s 1-" + i : " 1"}` : "zip() argument 2 is longer than argument 1");
            return;
          }
          row.push(x);
        }
        yield pyTuple(row);
      }
    })();
  });

  lazyType("map", (args, kw) => {
    noKwargs("map", kw);
    if (args.length < 2) throw pyErr(TypeError, "map() must have at least two arguments.");
    const fn = args[0]!;
    const its = args.slice(1).map(getIter);
    return (function* () {
      for (;;) {
        const row: PyValue[] = [];
        for (const it of its) {
          const x = nextOf(it);
          if (x === undefined) return;
          row.push(x);
        }
        yield call(fn, row);
      }
    })();
  });

  lazyType("filter", (args, kw) => {
    noKwargs("filter", kw);
    argCount("filter", args, 2, 2);
    const fn = args[0]!;
    const it = getIter(args[1]!);
    return (function* () {
      for (let x = nextOf(it); x !== undefined; x = nextOf(it)) if (truthy(fn === None ? x : call(fn, [x]))) yield x;
    })();
  });

  const reversedType = iteratorType("reversed");
  reversedType.make = (_cls, args, kw) => {
    const seq = exactlyOne("reversed", args, kw);
    const r = typeOf(seq).lookup("__reversed__");
    if (r !== undefined) return callMethod(r, seq, []);
    if (typeof seq !== "string" && typeOf(seq).lookup("__getitem__") === undefined)
      throw pyErr(TypeError, `'${typeName(seq)}' object is not reversible`);
    const items = toArray(seq);
    return new JsIter(reversedType, (function* () {
      for (let i = items.length - 1; i >= 0; i--) yield items[i]!;
    })());
  };
  set("reversed", reversedType);

  def("sorted", (a, kw) => {
    if (a.length !== 1) throw pyErr(TypeError, `sorted expected 1 argument, got ${a.length}`);
    const [key, reverse] = bindNative("sorted", [], kw, [], 0, ["key", "reverse"]);
    return new PyList(sortItems(toArray(a[0]!), key, reverse !== undefined && truthy(reverse)));
  });

  const minmax = (name: "min" | "max") => (a: PyValue[], kw: Kwargs) => {
    const [key, dflt] = bindNative(name, [], kw, [], 0, ["key", "default"]);
    if (a.length === 0) throw pyErr(TypeError, `${name} expected at least 1 argument, got 0`);
    let items: readonly PyValue[];
    if (a.length === 1) items = toArray(a[0]!);
    else {
      if (dflt !== undefined)
        throw pyErr(TypeError, `Cannot specify a default for ${name}() with multiple positional arguments`);
      items = a;
    }
    if (items.length === 0) {
      if (dflt !== undefined) return dflt;
      throw pyErr(ValueError, `${name}() arg is an empty sequence`);
    }
    const k = key === undefined || key === None ? null : key;
    let best = items[0]!;
    let bestKey = k ? call(k, [best]) : best;
    for (let i = 1; i < items.length; i++) {
      const v = items[i]!;
      const vk = k ? call(k, [v]) : v;
      // min_max in Python/bltinmodule.c: PyObject_RichCompareBool(item, best, Py_LT or Py_GT).
      if (truthy(compare(vk, bestKey, name === "max" ? Cmp.Gt : Cmp.Lt))) {
        best = v;
        bestKey = vk;
      }
    }
    return best;
  };
  def("min", minmax("min"));
  def("max", minmax("max"));

  def("sum", (a, kw) => {
    const [it, start] = bindNative("sum", a, kw, ["iterable", "start"], 1);
    // bltinmodule.c builtin_sum_impl: the iterable first, then the start's type (subclasses included).
    const src = getIter(it!);
    let acc: PyValue = start ?? 0;
    if (start !== undefined) {
      const t = typeOf(start);
      if (t.isSubtypeOf(strType)) throw pyErr(TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
      if (t.isSubtypeOf(bytesType)) throw pyErr(TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
      if (t.isSubtypeOf(bytearrayType)) throw pyErr(TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
    }
    for (let x = nextOf(src); x !== undefined; x = nextOf(src)) {
      if (--rt.steps < 0) step();
      acc = add(acc, x);
    }
    return acc;
  });
  def("any", (a, kw) => {
    const src = getIter(exactlyOne("any", a, kw));
    for (let x = nextOf(src); x !== undefined; x = nextOf(src)) if (truthy(x)) return true;
    return false;
  });
  def("all", (a, kw) => {
    const src = getIter(exactlyOne("all", a, kw));
    for (let x = nextOf(src); x !== undefined; x = nextOf(src)) if (!truthy(x)) return false;
    return true;
  });
  const callIterType = iteratorType("callable_iterator");
  def("iter", (a, kw) => {
    noKwargs("iter", kw);
    argCount("iter", a, 1, 2);
    if (a.length === 1) return getIter(a[0]!);
    const fn = a[0]!;
    const sentinel = a[1]!;
    return new JsIter(callIterType, (function* () {
      for (;;) {
        const v = call(fn, []);
        if (v === sentinel || pyEq(v, sentinel)) return;
        yield v;
      }
    })());
  });
  def("next", (a, kw) => {
    noKwargs("next", kw);
    argCount("next", a, 1, 2);
    const it = a[0]!;
    if (!(typeOf(it).lookup("__next__") !== undefined))
      throw pyErr(TypeError, `'${typeName(it)}' object is not an iterator`);
    const v = nextOf(it);
    if (v !== undefined) return v;
    if (a.length > 1) return a[1]!;
    const gen = it as { returnValue?: PyValue };
    throw new PyException(StopIteration, gen.returnValue !== undefined && gen.returnValue !== None ? [gen.returnValue] : []);
  });
}
