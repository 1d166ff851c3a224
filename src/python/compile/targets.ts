import type * as A from "../ast.js";
import type { Frame } from "../frame.js";
import { Cell, typeName, type PyValue } from "../objects/base.js";
import { PyException, TypeError, ValueError, pyErr } from "../objects/exceptions.js";
import { PyList, PyTuple } from "../objects/values.js";
import { setAttr } from "../ops/attr.js";
import { StoreAttrSite } from "../ops/sites.js";
import { setItem } from "../ops/items.js";
import { getIter, nextOf } from "../ops/iter.js";
import { type Ctx, nameError, unboundLocal, unsupportedAt } from "./context.js";
import { compileExpr } from "./expressions.js";
import { fastSlot } from "./operands.js";

/** A compiled assignment target: stores `v`. */
export type Store = (f: Frame, v: PyValue) => void;

/** Compiles an assignment target (name, attribute, subscript, or a tuple/list pattern with one star). */
export function compileStore(t: A.Expr, cx: Ctx): Store {
  switch (t.kind) {
    case "Name":
      return storeName(t.id, cx);
    case "Attribute": {
      const o = compileExpr(t.value, cx);
      const site = new StoreAttrSite(t.attr);
      const slot = fastSlot(t.value, cx);
      if (slot >= 0)
        return (f, v) => {
          const obj = (f.l[slot] as PyValue | undefined) ?? o(f);
          f.pos = t;
          site.store(obj, v);
        };
      return (f, v) => {
        const obj = o(f);
        f.pos = t;
        site.store(obj, v);
      };
    }
    case "Subscript": {
      const o = compileExpr(t.value, cx);
      const k = compileExpr(t.slice, cx);
      const os = fastSlot(t.value, cx);
      const ks = fastSlot(t.slice, cx);
      // `d[k] = v` of two plain locals: both read inline (their closures run only to raise when unbound).
      if (os >= 0 && ks >= 0)
        return (f, v) => {
          const obj = (f.l[os] as PyValue | undefined) ?? o(f);
          const key = (f.l[ks] as PyValue | undefined) ?? k(f);
          f.pos = t;
          setItem(obj, key, v);
        };
      return (f, v) => {
        const obj = o(f);
        const key = k(f);
        f.pos = t;
        setItem(obj, key, v);
      };
    }
    case "Tuple":
    case "List":
      return compileUnpack(t.elts, cx);
  }
  const u = unsupportedAt(`assignment to ${t.kind}`, t);
  return (f) => void u(f);
}

/** Stores into a variable by its compile-time binding. */
export function storeName(name: string, cx: Ctx): Store {
  const b = cx.scope.binding(name);
  switch (b.kind) {
    case "fast": {
      const i = b.slot;
      return (f, v) => {
        f.l[i] = v;
      };
    }
    case "cell": {
      const i = b.slot;
      return (f, v) => {
        (f.l[i] as Cell).v = v;
      };
    }
    case "free":
    case "classderef": {
      const i = b.index;
      return (f, v) => {
        f.free![i]!.v = v;
      };
    }
    case "global":
      return (f, v) => {
        f.g.set(name, v);
      };
    case "name":
      return (f, v) => {
        f.ns!.set(name, v);
      };
  }
}

function compileUnpack(elts: A.Expr[], cx: Ctx): Store {
  const starAt = elts.findIndex((e) => e.kind === "Starred");
  const stores = elts.map((e) => compileStore(e.kind === "Starred" ? e.value : e, cx));
  const n = elts.length;
  // `a, b = v` into two plain locals (`for i, x in enumerate(...)`): stored inline, left to right.
  const s0 = n === 2 ? fastSlot(elts[0]!, cx) : -1;
  const s1 = n === 2 ? fastSlot(elts[1]!, cx) : -1;
  if (s0 >= 0 && s1 >= 0)
    return (f, v) => {
      const items = unpackExact(v, 2);
      f.l[s0] = items[0]!;
      f.l[s1] = items[1]!;
    };
  if (starAt < 0)
    return (f, v) => {
      const items = unpackExact(v, n);
      for (let i = 0; i < n; i++) stores[i]!(f, items[i]!);
    };
  const after = n - starAt - 1;
  return (f, v) => {
    const items = iterableItems(v);
    if (items.length < n - 1)
      throw pyErr(ValueError, `not enough values to unpack (expected at least ${n - 1}, got ${items.length})`);
    for (let i = 0; i < starAt; i++) stores[i]!(f, items[i]!);
    stores[starAt]!(f, new PyList(items.slice(starAt, items.length - after)));
    for (let i = 0; i < after; i++) stores[starAt + 1 + i]!(f, items[items.length - after + i]!);
  };
}

function iterableItems(v: PyValue): PyValue[] {
  if (v instanceof PyList || v instanceof PyTuple) return v.items.slice();
  let it: PyValue;
  try {
    it = getIter(v);
  } catch (e) {
    if (e instanceof PyException && e.cls === TypeError && !hasIter(v))
      throw pyErr(TypeError, `cannot unpack non-iterable ${typeName(v)} object`);
    throw e;
  }
  const out: PyValue[] = [];
  for (let x = nextOf(it); x !== undefined; x = nextOf(it)) out.push(x);
  return out;
}

function hasIter(v: PyValue): boolean {
  return typeof v === "string" || (typeof v === "object" && v.cls.lookup("__iter__") !== undefined);
}

/** Exactly n items of an iterable, stopping after n+1 as CPython's UNPACK_SEQUENCE does. */
function unpackExact(v: PyValue, n: number): readonly PyValue[] {
  if ((v instanceof PyTuple || v instanceof PyList) && v.items.length === n) return v.items;
  let it: PyValue;
  if (v instanceof PyTuple || v instanceof PyList) {
    const got = v.items.length;
    if (got > n) throw pyErr(ValueError, `too many values to unpack (expected ${n})`);
    throw pyErr(ValueError, `not enough values to unpack (expected ${n}, got ${got})`);
  }
  try {
    it = getIter(v);
  } catch (e) {
    if (e instanceof PyException && e.cls === TypeError && !hasIter(v))
      throw pyErr(TypeError, `cannot unpack non-iterable ${typeName(v)} object`);
    throw e;
  }
  const out: PyValue[] = [];
  for (let x = nextOf(it); x !== undefined; x = nextOf(it)) {
    if (out.length === n) throw pyErr(ValueError, `too many values to unpack (expected ${n})`);
    out.push(x);
  }
  if (out.length < n) throw pyErr(ValueError, `not enough values to unpack (expected ${n}, got ${out.length})`);
  return out;
}

/** Compiles a `del` target. */
export function compileDelete(t: A.Expr, cx: Ctx): (f: Frame) => void {
  switch (t.kind) {
    case "Name": {
      const name = t.id;
      const b = cx.scope.binding(name);
      switch (b.kind) {
        case "fast": {
          const i = b.slot;
          return (f) => {
            if (f.l[i] === undefined) throw unboundLocal(name);
            f.l[i] = undefined;
          };
        }
        case "cell": {
          const i = b.slot;
          return (f) => {
            const c = f.l[i] as Cell;
            if (c.v === undefined) throw unboundLocal(name);
            c.v = undefined;
          };
        }
        case "free":
        case "classderef": {
          const i = b.index;
          return (f) => {
            f.free![i]!.v = undefined;
          };
        }
        case "global":
          return (f) => {
            if (!f.g.delete(name)) throw nameError(name);
          };
        case "name":
          return (f) => {
            if (!f.ns!.delete(name)) throw nameError(name);
          };
      }
      break;
    }
    case "Attribute": {
      const o = compileExpr(t.value, cx);
      const name = t.attr;
      return (f) => setAttr(o(f), name, undefined);
    }
    case "Subscript": {
      const o = compileExpr(t.value, cx);
      const k = compileExpr(t.slice, cx);
      return (f) => {
        const obj = o(f);
        setItem(obj, k(f), undefined);
      };
    }
    case "Tuple":
    case "List": {
      const parts = t.elts.map((e) => compileDelete(e, cx));
      return (f) => {
        for (const p of parts) p(f);
      };
    }
  }
  const u = unsupportedAt(`del of ${t.kind}`, t);
  return (f) => void u(f);
}
