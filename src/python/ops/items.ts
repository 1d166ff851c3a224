import { None, PyObject, PyType, dictType, listType, typeName, type PyValue } from "../objects/base.js";
import { KeyError, PyException, TypeError, ValueError, pyErr, unsupported } from "../objects/exceptions.js";
import { asIndex, seqIndex, sliceArray } from "../objects/slice.js";
import { PyDict, PyList, PyRange, PySet, PySlice, PyTuple, pyTuple } from "../objects/values.js";
import { getAttr } from "./attr.js";
import { call, callMethod } from "./call.js";
import { pyEq } from "./compare.js";
import { truthy } from "./convert.js";
import { getIter, nextOf } from "./iter.js";

const SURROGATE = /[\uD800-\uDFFF]/;

/** Python strs count code points; JS strings count UTF-16 units. They differ only for characters
 * outside the BMP (emoji), so the slow path runs only for strings that contain a surrogate. */
function codePoints(s: string): string[] | null {
  return SURROGATE.test(s) ? Array.from(s) : null;
}

/** `len(o)`. */
export function len(o: PyValue): number {
  if (typeof o === "string") return codePoints(o)?.length ?? o.length;
  if (o instanceof PyObject) {
    if (o.cls.builtin) {
      if (o instanceof PyList || o instanceof PyTuple) return o.items.length;
      if (o instanceof PyDict || o instanceof PySet) return o.table.size;
      if (o instanceof PyRange) return o.length;
    }
    const f = o.cls.lookup("__len__");
    if (f !== undefined) {
      const r = callMethod(f, o, []);
      const n = asIndex(r);
      if (n === undefined) throw pyErr(TypeError, `'${typeName(r)}' object cannot be interpreted as an integer`);
      if (n < 0) throw pyErr(ValueError, "__len__() should return >= 0");
      return Number(n);
    }
  }
  throw pyErr(TypeError, `object of type '${typeName(o)}' has no len()`);
}

function indexError(what: string, k: PyValue): PyException {
  return pyErr(TypeError, `${what} indices must be integers or slices, not ${typeName(k)}`);
}

/** `o[k]`. */
export function getItem(o: PyValue, k: PyValue): PyValue {
  // The exact builtin list and dict first, by class identity (one comparison each): what the
  // general dispatch below would do for them.
  if (typeof o === "object") {
    const t = o.cls;
    if (t === listType) {
      if (typeof k === "number") {
        const items = (o as PyList).items;
        const i = k < 0 ? k + items.length : k;
        if (i >= 0 && i < items.length) return items[i]!;
      }
    } else if (t === dictType) {
      const e = (o as PyDict).table.find(k);
      if (e !== undefined) return e.v;
      throw new PyException(KeyError, [k]);
    }
  }
  if (typeof o === "string") {
    const cps = codePoints(o);
    if (k instanceof PySlice) return sliceArray(cps ?? o.split(""), k.start, k.stop, k.step).join("");
    const i = asIndex(k);
    if (i === undefined) throw pyErr(TypeError, `string indices must be integers, not '${typeName(k)}'`);
    return cps ? cps[seqIndex(i, cps.length, "string index")]! : o[seqIndex(i, o.length, "string index")]!;
  }
  if (o instanceof PyObject) {
    const t = o.cls;
    if (t.builtin || t.lookup("__getitem__") === t.solid.dict!.get("__getitem__")) {
      if (o instanceof PyDict) {
        const e = o.table.find(k);
        if (e !== undefined) return e.v;
        if (!t.builtin) {
          const m = t.lookup("__missing__");
          if (m !== undefined) return callMethod(m, o, [k]);
        }
        throw new PyException(KeyError, [k]);
      }
      if (o instanceof PyList || o instanceof PyTuple) {
        const what = o instanceof PyList ? "list" : "tuple";
        if (k instanceof PySlice) {
          const items = sliceArray(o.items, k.start, k.stop, k.step);
          return o instanceof PyList ? new PyList(items) : pyTuple(items);
        }
        const i = asIndex(k);
        if (i === undefined) throw indexError(what, k);
        return o.items[seqIndex(i, o.items.length, `${what} index`)]!;
      }
      if (o instanceof PyRange) return rangeItem(o, k);
    }
    const f = t.lookup("__getitem__");
    if (f !== undefined) return callMethod(f, o, [k]);
    if (o instanceof PyType) {
      if (o.lookup("__class_getitem__") !== undefined) return call(getAttr(o, "__class_getitem__"), [k]);
      // CPython 3.9+ makes `list[int]` a types.GenericAlias (PEP 585), which tfscope lacks.
      if (o.builtin && o.module === "builtins" && GENERIC_BUILTINS.has(o.name)) throw unsupported(`${o.name}[...] (types.GenericAlias, PEP 585)`);
      throw pyErr(TypeError, `type '${o.name}' is not subscriptable`);
    }
  }
  throw pyErr(TypeError, `'${typeName(o)}' object is not subscriptable`);
}

/** The builtin classes CPython 3.11 subscripts into a types.GenericAlias (their __class_getitem__). */
const GENERIC_BUILTINS = new Set(["list", "dict", "tuple", "set", "frozenset", "type"]);

function rangeItem(r: PyRange, k: PyValue): PyValue {
  if (k instanceof PySlice) {
    const idx = sliceArray(Array.from({ length: r.length }, (_, i) => i), k.start, k.stop, k.step);
    const step = idx.length > 1 ? (idx[1]! - idx[0]!) * r.step : r.step;
    const start = idx.length ? r.start + idx[0]! * r.step : r.start;
    return new PyRange(start, start + idx.length * step, step);
  }
  const i = asIndex(k);
  if (i === undefined) throw pyErr(TypeError, `range indices must be integers or slices, not ${typeName(k)}`);
  return r.start + seqIndex(i, r.length, "range object index", false) * r.step;
}

/** `o[k] = v`, or `del o[k]` when v is undefined. */
export function setItem(o: PyValue, k: PyValue, v: PyValue | undefined): void {
  if (typeof o === "object" && v !== undefined) {
    const t = o.cls;
    if (t === dictType) {
      (o as PyDict).table.set(k, v);
      return;
    }
    if (t === listType && typeof k === "number") {
      const items = (o as PyList).items;
      const i = k < 0 ? k + items.length : k;
      if (i >= 0 && i < items.length) {
        items[i] = v;
        return;
      }
    }
  }
  if (o instanceof PyObject) {
    const t = o.cls;
    const name = v === undefined ? "__delitem__" : "__setitem__";
    if (t.builtin || t.lookup(name) === t.solid.dict!.get(name)) {
      if (o instanceof PyDict) {
        if (v !== undefined) o.table.set(k, v);
        else if (o.table.delete(k) === undefined) throw new PyException(KeyError, [k]);
        return;
      }
      if (o instanceof PyList) return listSetItem(o, k, v);
    }
    const f = t.lookup(name);
    if (f !== undefined) {
      callMethod(f, o, v === undefined ? [k] : [k, v]);
      return;
    }
  }
  throw pyErr(
    TypeError,
    v === undefined
      ? `'${typeName(o)}' object doesn't support item deletion`
      : `'${typeName(o)}' object does not support item assignment`,
  );
}

function listSetItem(o: PyList, k: PyValue, v: PyValue | undefined): void {
  const items = o.items;
  if (k instanceof PySlice) {
    const n = items.length;
    const { start, stop, step, count } = sliceSpec(k, n);
    if (v === undefined) {
      if (step === 1) items.splice(start, Math.max(0, stop - start));
      else {
        const drop = new Set<number>();
        for (let i = 0, j = start; i < count; i++, j += step) drop.add(j);
        o.items = items.filter((_, i) => !drop.has(i));
      }
      return;
    }
    const src = v === o ? items.slice() : arrayOf(v);
    if (step === 1) {
      items.splice(start, Math.max(0, stop - start), ...src);
      return;
    }
    if (src.length !== count)
      throw pyErr(
        ValueError,
        `attempt to assign sequence of size ${src.length} to extended slice of size ${count}`,
      );
    for (let i = 0, j = start; i < count; i++, j += step) items[j] = src[i]!;
    return;
  }
  const i = asIndex(k);
  if (i === undefined) throw indexError("list", k);
  const j = seqIndex(i, items.length, "list assignment index");
  if (v === undefined) items.splice(j, 1);
  else items[j] = v;
}

function sliceSpec(k: PySlice, n: number) {
  const step = k.step === None ? 1 : Number(asIndex(k.step));
  const arr = sliceArray(Array.from({ length: n }, (_, i) => i), k.start, k.stop, k.step);
  if (step === 1) {
    const start = arr.length ? arr[0]! : clampStart(k, n);
    return { start, stop: start + arr.length, step, count: arr.length };
  }
  return { start: arr[0] ?? 0, stop: 0, step, count: arr.length };
}

function clampStart(k: PySlice, n: number): number {
  if (k.start === None) return 0;
  let s = Number(asIndex(k.start));
  if (s < 0) s = Math.max(0, s + n);
  return Math.min(s, n);
}

function arrayOf(v: PyValue): PyValue[] {
  if (v instanceof PyList || v instanceof PyTuple) return v.items.slice();
  const out: PyValue[] = [];
  const it = getIter(v);
  for (let x = nextOf(it); x !== undefined; x = nextOf(it)) out.push(x);
  return out;
}

/** `item in o`. */
export function contains(o: PyValue, item: PyValue): boolean {
  if (typeof o === "string") {
    if (typeof item !== "string")
      throw pyErr(TypeError, `'in <string>' requires string as left operand, not ${typeName(item)}`);
    return o.includes(item);
  }
  if (o instanceof PyObject) {
    const t = o.cls;
    if (t.builtin) {
      if (o instanceof PyList || o instanceof PyTuple) {
        for (const x of o.items) if (x === item || pyEq(x, item)) return true;
        return false;
      }
      if (o instanceof PyDict || o instanceof PySet) return o.table.find(item) !== undefined;
      if (o instanceof PyRange) {
        if (typeof item !== "number") return false;
        const d = item - o.start;
        return d % o.step === 0 && d / o.step >= 0 && d / o.step < o.length;
      }
    }
    const f = t.lookup("__contains__");
    if (f !== undefined) return truthy(callMethod(f, o, [item]));
    if (t.lookup("__iter__") !== undefined || t.lookup("__getitem__") !== undefined) {
      const it = getIter(o);
      for (let x = nextOf(it); x !== undefined; x = nextOf(it)) if (x === item || pyEq(x, item)) return true;
      return false;
    }
  }
  throw pyErr(TypeError, `argument of type '${typeName(o)}' is not iterable`);
}

