import { None, PyType, floatType, intType, objectType, strType, typeType, type PyValue } from "./base.js";
import { PyClassMethod, PyProperty, PyStaticMethod } from "./descriptors.js";
import { TypeError, pyErr, unsupported } from "./exceptions.js";
import { PyFunction } from "./function.js";
import { call, callMethod } from "../ops/call.js";
import { PyDict, PyTuple } from "./values.js";
import { toArray } from "../ops/iter.js";
import { bindDescriptor, getAttrSafe } from "../ops/attr.js";

/** CPython's C3 linearisation (Objects/typeobject.c mro_implementation). */
export function c3(cls: PyType, bases: PyType[]): PyType[] {
  const seqs = [...bases.map((b) => b.mro.slice()), bases.slice()];
  const out = [cls];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let head: PyType | null = null;
    for (const s of nonEmpty) {
      const cand = s[0]!;
      if (!nonEmpty.some((t) => t.indexOf(cand) > 0)) {
        head = cand;
        break;
      }
    }
    if (head === null)
      throw pyErr(
        TypeError,
        `Cannot create a consistent method resolution\norder (MRO) for bases ${bases.map((b) => b.name).join(", ")}`,
      );
    out.push(head);
    for (const s of nonEmpty) if (s[0] === head) s.shift();
  }
}

const NOT_SUBCLASSABLE = new Set(["bool", "NoneType", "function", "builtin_function_or_method", "method", "range", "slice", "generator", "handle", "NotImplementedType", "ellipsis"]);

/** The metaclass a class statement uses: `metaclass=` or the most derived metaclass of its bases. */
function metaclassOf(bases: PyType[], kw: Map<string, PyValue>): PyType {
  let meta = kw.get("metaclass");
  kw.delete("metaclass");
  let m: PyType = meta instanceof PyType ? meta : typeType;
  if (meta !== undefined && !(meta instanceof PyType)) throw unsupported("a metaclass that is not a class");
  for (const b of bases) if (b.cls.isSubtypeOf(m)) m = b.cls;
  meta = m;
  for (const name of ["__call__", "__prepare__"]) if (definesInPython(m, name)) throw unsupported(`metaclass ${m.name} defining ${name}`);
  return m;
}

/** CPython's __build_class__ step for bases that are not classes (typing's `Generic[T]`,
 * `NamedTuple`): each is replaced by what its __mro_entries__(bases) returns, and the original bases
 * are kept as __orig_bases__. */
function resolveBases(bases: PyValue[], ns: Map<string, PyValue>): PyValue[] {
  const out: PyValue[] = [];
  for (const b of bases) {
    const entries = b instanceof PyType ? undefined : getAttrSafe(b, "__mro_entries__");
    if (entries === undefined) out.push(b);
    else out.push(...toArray(call(entries, [new PyTuple(bases)])));
  }
  ns.set("__orig_bases__", new PyTuple(bases));
  return out;
}

/** Whether a metaclass overrides type's `name` with Python code (a function, static or class method). */
function definesInPython(m: PyType, name: string): boolean {
  const v = m.lookup(name);
  return v !== typeType.lookup(name) && (v instanceof PyFunction || v instanceof PyStaticMethod || v instanceof PyClassMethod);
}

/** A class statement's class: a metaclass with its own __new__ or __init__ is called as CPython's
 * __build_class__ does (`meta(name, bases, ns, **kw)`), which reaches makeClass through type.__new__;
 * otherwise makeClass builds it directly. */
export function buildClass(name: string, basesIn: PyValue[], ns: Map<string, PyValue>, kw: Map<string, PyValue>): PyValue {
  if (basesIn.some((b) => !(b instanceof PyType))) basesIn = resolveBases(basesIn, ns);
  const explicit = kw.get("metaclass");
  let meta: PyType = explicit instanceof PyType ? explicit : typeType;
  for (const b of basesIn) if (b instanceof PyType && b.cls.isSubtypeOf(meta)) meta = b.cls;
  if (meta === typeType || !(definesInPython(meta, "__new__") || definesInPython(meta, "__init__"))) return makeClass(name, basesIn, ns, kw);
  metaclassOf(basesIn.filter((b): b is PyType => b instanceof PyType), new Map(kw));
  kw.delete("metaclass");
  const d = new PyDict();
  for (const [k, v] of ns) d.table.set(k, v);
  return call(meta, [name, new PyTuple(basesIn), d], kw.size ? kw : null);
}

function isAbstract(v: PyValue | undefined): boolean {
  return v !== undefined && getAttrSafe(v, "__isabstractmethod__") === true;
}

/** ABCMeta.__new__'s computation of __abstractmethods__ (sorted, as CPython's message lists them). */
function abstractNames(t: PyType): string[] {
  const names = new Set<string>();
  for (const [k, v] of t.dict!) if (isAbstract(v)) names.add(k);
  for (const b of t.bases) for (const k of b.abstract ?? []) if (isAbstract(t.lookup(k))) names.add(k);
  return [...names].sort();
}

/** The allowed attribute names when this class and all its Python bases declare __slots__. */
function slotsOf(t: PyType, ns: Map<string, PyValue>): ReadonlySet<string> | null {
  const decl = ns.get("__slots__");
  if (decl === undefined || t.solid !== objectType) return null;
  const names = new Set<string>(typeof decl === "string" ? [decl] : toArray(decl).map((x) => String(x)));
  if (names.has("__dict__")) return null;
  for (const b of t.bases) {
    if (b === objectType) continue;
    if (b.slots === null) return null;
    for (const n of b.slots) names.add(n);
  }
  return names;
}

/** Builds a class from a class statement's results (type.__new__ + __set_name__ + __init_subclass__). */
export function makeClass(name: string, basesIn: PyValue[], ns: Map<string, PyValue>, kw: Map<string, PyValue>): PyType {
  const bases: PyType[] = [];
  for (const b of basesIn) {
    if (!(b instanceof PyType)) throw pyErr(TypeError, "bases must be types");
    if (NOT_SUBCLASSABLE.has(b.name) && b.builtin) throw pyErr(TypeError, `type '${b.name}' is not an acceptable base type`);
    if (b === intType || b === strType || b === floatType || b.solid === intType || b.solid === strType || b.solid === floatType)
      throw unsupported(`subclassing the builtin type '${b.name}'`);
    bases.push(b);
  }
  if (bases.length === 0) bases.push(objectType);
  const meta = metaclassOf(bases, kw);
  let solid = objectType;
  for (const b of bases) {
    const s = b.solid;
    if (s === objectType || s === solid || solid.isSubtypeOf(s)) continue;
    if (solid === objectType || s.isSubtypeOf(solid)) solid = s;
    else throw pyErr(TypeError, "multiple bases have instance lay-out conflict");
  }
  const qualname = ns.get("__qualname__");
  ns.delete("__qualname__");
  const t = new PyType(name, bases, ns, false);
  t.cls = meta;
  t.qualname = typeof qualname === "string" ? qualname : name;
  const mod = ns.get("__module__");
  t.module = typeof mod === "string" ? mod : "builtins";
  t.mro = c3(t, bases);
  t.solid = solid;
  t.make = solid.make;
  if (ns.has("__eq__") && !ns.has("__hash__")) ns.set("__hash__", None);
  if (ns.has("__getattribute__")) throw unsupported("classes defining __getattribute__");
  const nw = ns.get("__new__");
  if (nw instanceof PyFunction) ns.set("__new__", new PyStaticMethod(nw));
  for (const cm of ["__init_subclass__", "__class_getitem__"]) {
    const v = ns.get(cm);
    if (v instanceof PyFunction) ns.set(cm, new PyClassMethod(v));
  }
  for (const [k, v] of ns) {
    if (v instanceof PyProperty && v.name === null) v.name = k;
    else if (typeof v === "object" && !v.cls.builtin) {
      const sn = v.cls.lookup("__set_name__");
      if (sn !== undefined) callMethod(sn, v, [t, k]);
    }
  }
  if (meta.mro.some((m) => m.name === "ABCMeta" && m.module === "abc")) t.abstract = abstractNames(t);
  t.slots = slotsOf(t, ns);
  for (let i = 1; i < t.mro.length; i++) {
    const isub = t.mro[i]!.dict!.get("__init_subclass__");
    if (isub === undefined) continue;
    call(bindDescriptor(isub, t, t), [], kw.size ? kw : null);
    return t;
  }
  return t;
}
