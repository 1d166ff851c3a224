/**
 * The object model's foundation: how Python values are represented in JS, the `type` object, and
 * attribute lookup along the MRO. Representation (chosen for speed):
 * - int: a JS number holding a safe integer, or a bigint outside the safe range (never both for one value);
 * - bool: a JS boolean; str: a JS string; float: a `PyFloat` box (so 1 and 1.0 stay distinct);
 * - everything else: a `PyObject` subclass carrying its Python class in `cls`.
 */
import { idleState, rt } from "../state.js";
import type { Layout } from "./instance-dict.js";

export type PyValue = number | bigint | string | boolean | PyObject;

/** Keyword arguments of a call, or null when there are none (the common, fast case). */
export type Kwargs = Map<string, PyValue> | null;

/** What holds an object's attributes: a Map, or for instances of Python classes an InstanceDict
 * (./instance-dict.ts), which reads and writes as this Map subset. */
export interface AttrMap {
  readonly size: number;
  get(k: string): PyValue | undefined;
  has(k: string): boolean;
  set(k: string, v: PyValue): unknown;
  delete(k: string): boolean;
  clear(): void;
  keys(): IterableIterator<string>;
  values(): IterableIterator<PyValue>;
  entries(): IterableIterator<[string, PyValue]>;
  [Symbol.iterator](): IterableIterator<[string, PyValue]>;
}

/** Any non-primitive Python object. `dict` holds instance attributes (null for objects without one).
 *
 * Hot classes here declare their fields with `declare` and assign them in the constructor: with ES2022
 * class-field semantics, emitted field definitions make object construction several times slower in V8. */
export class PyObject {
  declare cls: PyType;
  declare dict: AttrMap | null;
  constructor(cls: PyType, dict: AttrMap | null = null) {
    this.cls = cls;
    this.dict = dict;
  }

  /** The attribute dict of an object whose `dict` is made on first use (a function's), else null. */
  lazyDict(): AttrMap | null {
    return null;
  }
}

/** `o`'s attribute dict, made now if it is made on first use (a function's: PyFunction.lazyDict); null for
 * an object without one. Every reader and writer of attributes that may meet a function goes through it. */
export function dictOf(o: PyObject): AttrMap | null {
  return o.dict ?? o.lazyDict();
}

/** Builds an instance of a builtin type (its `__new__`): receives the class actually requested, which may
 * be a Python subclass. */
export type NativeNew = (cls: PyType, args: PyValue[], kwargs: Kwargs) => PyValue;

const MISSING = Symbol("missing");
/** Bumped whenever any class attribute changes: every lookup cache (per type and per call site)
 * compares it before trusting what it remembered. */
export let epoch = 0;

/** A Python class, builtin or defined in Python. Attributes live in `dict` (a Map, so no Python name can
 * reach a JS property). */
export class PyType extends PyObject {
  declare dict: Map<string, PyValue>;
  mro: PyType[] = [];
  /** The empty attribute layout its instances start from (made on first use). */
  layout: Layout | null = null;
  /** Direct subclasses that live as long as this class: those of a Python class (one interpreter's
   * classes die together) and those a builtin type gets while no interpreter runs (module set-up). */
  private subclassList: PyType[] = [];
  /** Subclasses of a builtin type made while an interpreter runs, per interpreter (its RuntimeState).
   * CPython's tp_subclasses holds weak references (typeobject.c add_subclass); here a builtin type
   * outlives every interpreter, and a strong list kept each one's classes, and through their functions'
   * globals the whole interpreter, alive. A WeakMap (not WeakRefs, which stay alive until the
   * synchronous job ends) lets them go with their interpreter. */
  private subclassesByRun: WeakMap<object, PyType[]> | null = null;
  /** Instance construction for builtin types; Python classes inherit their first builtin base's. */
  make: NativeNew | null = null;
  /** For a builtin type called with exactly one positional argument and no keywords (`str(x)`): what
   * `make(this, [x], null)` returns, without the argument array, for call sites to use (else null). */
  one: ((v: PyValue) => PyValue) | null = null;
  /** The builtin type instances are laid out as (object, list, dict, an exception...). */
  solid: PyType;
  qualname: string;
  module = "builtins";
  doc: PyValue | null = null;
  /** The names instances may hold when every class in the MRO declares `__slots__` (no `__dict__`);
   * null for classes whose instances have a dict. */
  slots: ReadonlySet<string> | null = null;
  /** abc.ABCMeta classes: the abstract methods left unimplemented (instantiation refused). */
  abstract: string[] | null = null;
  private cache = new Map<string, PyValue | typeof MISSING>();
  private cacheEpoch = -1;

  constructor(
    public name: string,
    public bases: PyType[],
    dict?: Map<string, PyValue>,
    public builtin = true,
  ) {
    super(null as unknown as PyType, dict ?? new Map());
    this.qualname = name;
    this.solid = this;
    for (const b of bases) b.addSubclass(this);
  }

  private addSubclass(t: PyType): void {
    if (!this.builtin || rt === idleState) {
      this.subclassList.push(t);
      return;
    }
    const byRun = (this.subclassesByRun ??= new WeakMap());
    const list = byRun.get(rt);
    if (list) list.push(t);
    else byRun.set(rt, [t]);
  }

  /** How many subclasses this class keeps for as long as it lives (see classesCheckpoint). */
  lastingSubclassCount(): number {
    return this.subclassList.length;
  }

  forgetLastingSubclassesFrom(n: number): void {
    this.subclassList.length = n;
  }

  /** The direct subclasses, oldest first (`type.__subclasses__()`): the running interpreter's. */
  subclasses(): PyType[] {
    const mine = this.subclassesByRun?.get(rt);
    return mine ? [...this.subclassList, ...mine] : this.subclassList.slice();
  }

  /** The attribute `name` found along the MRO (no descriptor binding), or undefined. */
  lookup(name: string): PyValue | undefined {
    if (this.cacheEpoch !== epoch) {
      this.cache.clear();
      this.cacheEpoch = epoch;
    }
    const hit = this.cache.get(name);
    if (hit !== undefined) return hit === MISSING ? undefined : hit;
    let found: PyValue | undefined;
    for (const c of this.mro) {
      const v = c.dict!.get(name);
      if (v !== undefined) {
        found = v;
        break;
      }
    }
    this.cache.set(name, found === undefined ? MISSING : found);
    return found;
  }

  /** Sets or deletes a class attribute, invalidating every lookup cache. */
  setAttr(name: string, value: PyValue | undefined): void {
    epoch++;
    if (value === undefined) this.dict!.delete(name);
    else this.dict!.set(name, value);
  }

  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    const m = this.mro;
    for (let i = 1; i < m.length; i++) if (m[i] === other) return true;
    return false;
  }
}

/** Python's `type` and `object`, wired to each other. */
export const objectType = new PyType("object", []);

/** Every class there is now, as a function that later forgets the classes made since: a start-up
 * snapshot's warm-up program must leave its interpreter neither in the snapshot's heap nor in what
 * `object.__subclasses__()` says afterwards. (Builtin types keep a running interpreter's subclasses per
 * interpreter already; this also forgets those kept for good, such as a class of the warm-up's classes.) */
export function classesCheckpoint(): () => void {
  const counts = new Map<PyType, number>();
  const visit = (t: PyType) => {
    if (counts.has(t)) return;
    counts.set(t, t.lastingSubclassCount());
    for (const s of t.subclasses()) visit(s);
  };
  visit(objectType);
  return () => {
    for (const [t, n] of counts) t.forgetLastingSubclassesFrom(n);
  };
}
export const typeType = new PyType("type", [objectType]);
objectType.cls = typeType;
typeType.cls = typeType;
objectType.mro = [objectType];
typeType.mro = [typeType, objectType];

/** Creates a builtin class with single inheritance (builtins never need C3). */
export function builtinType(name: string, base: PyType = objectType, module = "builtins"): PyType {
  const t = new PyType(name, [base]);
  t.cls = typeType;
  t.mro = [t, ...base.mro];
  t.module = module;
  t.solid = base === objectType ? t : base.solid;
  t.make = base.make;
  return t;
}

export const intType = builtinType("int");
export const boolType = builtinType("bool", intType);
export const floatType = builtinType("float");
export const strType = builtinType("str");
export const bytesType = builtinType("bytes");
export const bytearrayType = builtinType("bytearray");
export const listType = builtinType("list");
export const tupleType = builtinType("tuple");
export const dictType = builtinType("dict");
export const setType = builtinType("set");
export const frozensetType = builtinType("frozenset");
export const noneType = builtinType("NoneType");
export const notImplementedType = builtinType("NotImplementedType");
export const ellipsisType = builtinType("ellipsis");
export const functionType = builtinType("function");
export const builtinFunctionType = builtinType("builtin_function_or_method");
export const methodType = builtinType("method");
export const moduleType = builtinType("module");
export const rangeType = builtinType("range");
export const sliceType = builtinType("slice");
export const cellType = builtinType("cell");
export const handleType = builtinType("handle");

/** A float, boxed so that `type(1.0)` differs from `type(1)`. */
export class PyFloat extends PyObject {
  declare v: number;
  constructor(v: number) {
    super(floatType);
    this.v = v;
  }
}

/** A singleton object with a fixed repr (None, NotImplemented, Ellipsis). */
export class PySingleton extends PyObject {
  constructor(
    cls: PyType,
    public text: string,
  ) {
    super(cls);
  }
}

export const None = new PySingleton(noneType, "None");
export const NotImplemented = new PySingleton(notImplementedType, "NotImplemented");
export const Ellipsis = new PySingleton(ellipsisType, "Ellipsis");

/** The Python class of any value. */
export function typeOf(v: PyValue): PyType {
  switch (typeof v) {
    case "number":
    case "bigint":
      return intType;
    case "string":
      return strType;
    case "boolean":
      return boolType;
    default:
      return v.cls;
  }
}

/** The name CPython shows in messages such as `'int' object is not callable`. */
export function typeName(v: PyValue): string {
  return typeOf(v).name;
}

/** A closure cell (a variable shared between a function and the functions nested in it). */
export class Cell {
  declare v: PyValue | undefined;
  constructor(v: PyValue | undefined = undefined) {
    this.v = v;
  }
}

/** A builtin function or a method of a builtin type. `self` is set on bound builtin methods. */
export type NativeImpl = (args: PyValue[], kwargs: Kwargs) => PyValue;

export class PyNativeFunction extends PyObject {
  /** For methods: the implementation without the receiver check, for callers that found the method on
   * the receiver's own type. */
  unchecked: NativeImpl;
  /** `unchecked` for a call without keywords (kwargs null): a method's implementation itself, without
   * the wrapper defMethod puts around one that refuses keywords (which passes it null then). */
  plain: NativeImpl;
  /** For a function of exactly one positional argument: `impl` without building the argument array or
   * checking the count, for call sites passing one positional argument and no keywords (else null). */
  one: ((v: PyValue) => PyValue) | null;
  /** For a method of exactly one argument besides self: `plain([self, v], null)` without building the
   * argument array or checking the count, for method call sites passing one positional argument and no
   * keywords (else null). */
  self1: ((self: PyValue, v: PyValue) => PyValue) | null;
  constructor(
    public name: string,
    public impl: NativeImpl,
    /** True for methods stored on a type: instance access binds them like Python functions. */
    public isMethod = false,
    public qualname = name,
  ) {
    super(builtinFunctionType);
    this.unchecked = impl;
    this.plain = impl;
    this.one = null;
    this.self1 = null;
  }
}

/** Defines a method on a builtin type (receives self as args[0]). */
export function defMethod(t: PyType, name: string, given: NativeImpl): void {
  const qual = `${t.name}.${name}`;
  // An implementation that takes no keyword arguments (one declared parameter) must not drop them:
  // CPython's TypeError where its method takes none either, else tfscope's unsupported. Dunders keep
  // their callers' protocols (object.__init__ is given a class call's keywords).
  const impl: NativeImpl =
    given.length >= 2 || (name.startsWith("__") && name.endsWith("__"))
      ? given
      : (a, kw) => {
          if (kw !== null && kw.size > 0) throw keywordsRefused(qual);
          return given(a, null);
        };
  // Called through the class (`str.upper(x)`), self is an ordinary argument: CPython checks it.
  const checked: NativeImpl = (a, kw) => {
    if (a.length === 0) throw methodError(`unbound method ${qual}() needs an argument`);
    const self = a[0]!;
    if (!typeOf(self).isSubtypeOf(t) && !(t === intType && typeof self === "boolean"))
      throw methodError(`descriptor '${name}' for '${t.name}' objects doesn't apply to a '${typeName(self)}' object`);
    return impl(a, kw);
  };
  const fn = new PyNativeFunction(name, checked, true, qual);
  fn.unchecked = impl;
  fn.plain = given;
  t.dict!.set(name, fn);
}

/** Set by the exceptions module: the error for keywords given to builtin method `qual` that takes none. */
export let keywordsRefused: (qual: string) => unknown = (qual) => new Error(`${qual}() takes no keyword arguments`);
export function setKeywordsRefused(f: (qual: string) => unknown): void {
  keywordsRefused = f;
}

/** Set by the exceptions module: builds a TypeError (base.ts cannot import it without a cycle). */
export let methodError: (msg: string) => unknown = (msg) => new Error(msg);
export function setMethodError(f: (msg: string) => unknown): void {
  methodError = f;
}

/** An opaque host value: the only way a JS value crosses into Python. It has no attributes. */
export class PyHandle extends PyObject {
  constructor(public value: unknown) {
    super(handleType);
  }
}
