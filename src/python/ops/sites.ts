import type { Expr } from "../ast.js";
import type { Frame } from "../frame.js";
import {
  None,
  PyFloat,
  PyNativeFunction,
  PyObject,
  PySingleton,
  PyType,
  epoch,
  objectType,
  typeName,
  typeOf,
  type AttrMap,
  type Kwargs,
  type PyValue,
} from "../objects/base.js";
import { PyGetSet, PyProperty, PySuper, propertyType } from "../objects/descriptors.js";
import { PyBoundMethod, PyFunction } from "../objects/function.js";
import { InstanceDict, Layout } from "../objects/instance-dict.js";
import { PyModule } from "../objects/module.js";
import { attributeError, getAttr, getAttrOrUndefined, setAttr } from "./attr.js";
import { call, callType, objectNew } from "./call.js";
import { TypeError, baseExceptionInit, pyErr } from "../objects/exceptions.js";
import { rt } from "../state.js";

/**
 * Inline caches for attribute access at one place in the code (the technique of CPython 3.11's
 * specialising interpreter): a site remembers the class it last saw and what that class's lookup
 * decided, valid while no class attribute anywhere has changed (`epoch`). Only instances of Python
 * classes with an attribute dict take the fast paths; everything else goes through the generic
 * protocol.
 */

function cacheable(o: PyValue): o is PyObject {
  return (
    typeof o === "object" &&
    o.dict !== null &&
    !o.cls.builtin &&
    !(o instanceof PyType) &&
    !(o instanceof PyModule) &&
    !(o instanceof PySuper)
  );
}

/** A class attribute with no descriptor behaviour: returned as is when the instance lacks the name. */
function plainValue(d: PyValue): boolean {
  if (typeof d !== "object" || d instanceof PyFloat || d instanceof PySingleton || d === None) return true;
  if (d instanceof PyFunction || d instanceof PyNativeFunction || d instanceof PyProperty || d instanceof PyGetSet) return false;
  return d.cls.builtin && d.cls.lookup("__get__") === undefined;
}

const enum Kind {
  NoClassAttr,
  Plain,
  Method,
  /** A property with a getter: a data descriptor, so it wins over the instance dict. */
  Property,
}

/** Stands for "no layout seen yet": no instance ever has it. */
const noLayout = new Layout();

/** `o.name` with an inline cache: a class, so compiled code holding one calls `load` at a fixed
 * target, which V8 can inline where a closure shared by many sites could not be. */
export class AttrSite {
  private cls: PyType | null = null;
  private ep = -1;
  private kind = Kind.NoClassAttr;
  private d: PyValue | undefined = undefined;
  // The instance layout last seen here and where it keeps `name` (-1: it lacks it). A dict of another
  // kind (a Map: layout undefined; an InstanceDict that left its layout: null) never matches it.
  private lay = noLayout;
  private idx = -1;
  constructor(readonly name: string) {}

  load(o: PyValue): PyValue {
    if (typeof o === "object" && o.cls === this.cls && this.ep === epoch) {
      if (this.kind === Kind.Property) {
        const g = (this.d as PyProperty).fget;
        return g instanceof PyFunction ? g.callInline([o], null) : call(g, [o]);
      }
      const dict = o.dict as InstanceDict;
      if (dict.layout === this.lay) {
        if (this.idx >= 0) return dict.vals[this.idx]!;
      } else {
        const l = dict.layout;
        if (l instanceof Layout) {
          this.lay = l;
          const idx = (this.idx = l.index.get(this.name) ?? -1);
          if (idx >= 0) return dict.vals[idx]!;
        } else {
          const v = dict.get(this.name);
          if (v !== undefined) return v;
        }
      }
      if (this.kind === Kind.Plain) return this.d!;
      if (this.kind === Kind.Method) return new PyBoundMethod(o, this.d!);
      return getAttr(o, this.name);
    }
    return this.miss(o);
  }

  private miss(o: PyValue): PyValue {
    const name = this.name;
    if (cacheable(o)) {
      const t = o.cls;
      const dd = t.lookup(name);
      const k =
        dd === undefined
          ? Kind.NoClassAttr
          : dd instanceof PyFunction
            ? Kind.Method
            : dd instanceof PyProperty && dd.cls === propertyType && dd.fget !== None
              ? Kind.Property
              : plainValue(dd)
                ? Kind.Plain
                : null;
      if (k !== null) {
        this.cls = t;
        this.ep = epoch;
        this.kind = k;
        this.d = dd;
      }
    }
    return getAttr(o, name);
  }
}

/** `o.name = v` with an inline cache (plain instance-dict stores): the layout where the instance
 * already has the name (`to`, at `idx`), and the one it had before adding it (`from`). A class, so
 * compiled code calls `store` at a fixed target. */
export class StoreAttrSite {
  private cls: PyType | null = null;
  private ep = -1;
  private from = noLayout;
  private to = noLayout;
  private idx = -1;
  constructor(readonly name: string) {}

  private remember(dict: AttrMap, v: PyValue): void {
    const before = (dict as InstanceDict).layout;
    dict.set(this.name, v);
    const after = (dict as InstanceDict).layout;
    if (!(after instanceof Layout)) return;
    if (before !== after) this.from = before instanceof Layout ? before : noLayout;
    else if (this.to !== after) this.from = noLayout;
    this.to = after;
    this.idx = after.index.get(this.name)!;
  }

  store(o: PyValue, v: PyValue): void {
    if (typeof o === "object" && o.cls === this.cls && this.ep === epoch) {
      const dict = o.dict as InstanceDict;
      const l = dict.layout;
      if (l === this.to) dict.vals[this.idx] = v;
      else if (l === this.from) {
        // The same step dict.set takes: `to` is `from` with the name appended, at `idx`.
        dict.layout = this.to;
        dict.vals[this.idx] = v;
      } else this.remember(dict, v);
      return;
    }
    this.miss(o, v);
  }

  private miss(o: PyValue, v: PyValue): void {
    if (cacheable(o)) {
      const t = o.cls;
      const sa = t.lookup("__setattr__");
      const dd = t.lookup(this.name);
      if (sa instanceof PyNativeFunction && (dd === undefined || plainValue(dd) || dd instanceof PyFunction)) {
        this.cls = t;
        this.ep = epoch;
        this.remember(o.dict!, v);
        return;
      }
    }
    setAttr(o, this.name, v);
  }
}

/**
 * `o.name(args)`: when the attribute is a method of o's class (not shadowed by the instance), calls it
 * with o in the reserved first slot of the argument array instead of binding a method object. The
 * attribute is resolved before the arguments are evaluated, in CPython's order. A class, so compiled
 * code calls `call` at a fixed target (which V8 can inline).
 */
export class MethodSite {
  private cls: PyType | null = null;
  private ep = -1;
  private fn: PyFunction | PyNativeFunction | null = null;
  /** `fn` when it is a Python function, else null (a builtin method): tested without instanceof. */
  private py: PyFunction | null = null;
  // An instance layout known to lack `name`: an instance with it cannot shadow the method.
  private lay = noLayout;

  constructor(
    readonly name: string,
    private readonly argsWithSelf: (f: Frame) => PyValue[],
    private readonly kw: ((f: Frame) => Kwargs) | null,
    /** The call expression, recorded in the frame before the call (CPython's traceback position). */
    private readonly node: Expr,
    /** The argument of a call passing exactly one positional argument and no keywords, else null. */
    private readonly arg1: ((f: Frame) => PyValue) | null = null,
  ) {}

  private unshadowed(o: PyValue): boolean {
    if (typeof o !== "object") return true;
    const dict = o.dict ?? o.lazyDict();
    if (dict === null) return true;
    const l = (dict as InstanceDict).layout;
    if (l === this.lay) return true;
    if (dict.has(this.name)) return false;
    if (l instanceof Layout) this.lay = l;
    return true;
  }

  call(o: PyValue, f: Frame): PyValue {
    const t = typeof o === "object" ? o.cls : typeOf(o);
    if (t === this.cls && this.ep === epoch && this.unshadowed(o)) {
      const py = this.py;
      const a1 = this.arg1;
      if (py === null && a1 !== null) {
        const self1 = (this.fn as PyNativeFunction).self1;
        if (self1 !== null) {
          // What fn.plain([o, v], null) does, without the argument array (list.append(x)).
          const v = a1(f);
          f.pos = this.node;
          return self1(o, v);
        }
      }
      const a = this.argsWithSelf(f);
      a[0] = o;
      const k = this.kw !== null ? this.kw(f) : null;
      f.pos = this.node;
      if (py !== null) return py.callInline(a, k);
      const fn = this.fn as PyNativeFunction;
      return k === null ? fn.plain(a, null) : fn.unchecked(a, k);
    }
    return this.miss(o, t, f);
  }

  private miss(o: PyValue, t: PyType, f: Frame): PyValue {
    const name = this.name;
    const node = this.node;
    if (!(o instanceof PyType || o instanceof PyModule || o instanceof PySuper)) {
      const dd = t.lookup(name);
      if (dd instanceof PyFunction || (dd instanceof PyNativeFunction && dd.isMethod)) {
        this.cls = t;
        this.ep = epoch;
        this.fn = dd;
        this.py = dd instanceof PyFunction ? dd : null;
        if (this.unshadowed(o)) {
          const a = this.argsWithSelf(f);
          a[0] = o;
          const k = this.kw !== null ? this.kw(f) : null;
          f.pos = node;
          return dd instanceof PyFunction ? dd.callInline(a, k) : dd.unchecked(a, k);
        }
      }
    }
    f.pos = node.kind === "Call" ? node.func : node;
    const m = getAttrOrUndefined(o, name);
    if (m === undefined) throw attributeError(o, name);
    const a = this.argsWithSelf(f);
    a.shift();
    const k = this.kw !== null ? this.kw(f) : null;
    f.pos = node;
    return call(m, a, k);
  }
}

const noArgs: PyValue[] = [];

/**
 * `C(args)` without keywords, for a Python class C whose instances object.__new__ builds and a Python
 * `__init__` sets up: type_call's steps (callType in ./call.ts) with what C's lookups decided
 * remembered while no class attribute changes, and the new instance put in the reserved first slot of
 * the argument array instead of a copy. Also for a Python class of exceptions that keeps
 * BaseException's `__init__` (`class Invalid(ValueError): pass`): callType's instance from the builtin
 * base's `make`, which stores the arguments, and nothing more. `make` returns undefined, having
 * evaluated nothing, for any other class: the caller then calls it the generic way. A class, so `make`
 * has a fixed target.
 */
export class ConstructSite {
  private cls: PyType | null = null;
  private ep = -1;
  /** The class's Python `__init__`, or null for a class of exceptions keeping BaseException's. */
  private init: PyFunction | null = null;
  constructor(
    private readonly argsWithSelf: (f: Frame) => PyValue[],
    private readonly node: Expr,
    /** The arguments alone (a fresh array), for a class of exceptions. */
    private readonly args: (f: Frame) => PyValue[],
  ) {}

  make(c: PyType, f: Frame): PyValue | undefined {
    if (c !== this.cls || this.ep !== epoch) {
      if (c.builtin || (c.abstract !== null && c.abstract.length > 0)) return undefined;
      const n = c.lookup("__new__");
      const i = c.lookup("__init__");
      if (n !== undefined && n !== objectNew) return undefined;
      if (i === baseExceptionInit && c.solid !== objectType) this.init = null;
      else if (c.solid === objectType && i instanceof PyFunction) this.init = i;
      else return undefined;
      this.cls = c;
      this.ep = epoch;
    }
    if (this.init === null) {
      // callType for this class: the base's make with the arguments, and BaseException.__init__ skipped.
      const args = this.args(f);
      f.pos = this.node;
      if (this.ep !== epoch) return callType(c, args, null);
      return c.solid.make!(c, args, null);
    }
    const a = this.argsWithSelf(f);
    f.pos = this.node;
    // Evaluating the arguments changed a class: decide again, the generic way.
    if (this.ep !== epoch) return callType(c, a.slice(1), null);
    const obj = objectType.make!(c, noArgs, null);
    a[0] = obj;
    // CPython 3.11 counts the C-level type call as a recursion level of its own (as callType does).
    rt.depth++;
    let r: PyValue;
    try {
      r = this.init!.callInline(a, null);
    } finally {
      rt.depth--;
    }
    if (r !== None) throw pyErr(TypeError, `__init__() should return None, not '${typeName(r)}'`);
    return obj;
  }
}
