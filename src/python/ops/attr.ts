import {
  None,
  PyNativeFunction,
  PyObject,
  PyType,
  typeOf,
  typeName,
  type PyValue,
} from "../objects/base.js";
import { PyClassMethod, PyGetSet, PyProperty, PyStaticMethod, PySuper } from "../objects/descriptors.js";
import { AttributeError, PyException, TypeError, pyErr, unsupported } from "../objects/exceptions.js";
import { PyBoundMethod, PyFunction } from "../objects/function.js";
import { PyModule } from "../objects/module.js";
import { PyStandIn } from "../objects/stand-in.js";
import { cpythonTypeNames } from "../stdlib/cpython-module-names.js";
import { call, callMethod } from "./call.js";

/** Whether `d` (found on a class) is a data descriptor: it wins over the instance dict. */
function isDataDescriptor(d: PyValue): boolean {
  if (d instanceof PyProperty || d instanceof PyGetSet) return true;
  if (!(d instanceof PyObject) || d.cls.builtin) return false;
  return d.cls.lookup("__set__") !== undefined || d.cls.lookup("__delete__") !== undefined;
}

/** The value of class attribute `d` accessed through instance `o` of type `t` (the descriptor protocol). */
export function bindDescriptor(d: PyValue, o: PyValue, t: PyType): PyValue {
  if (!(d instanceof PyObject)) return d;
  if (d instanceof PyFunction) return new PyBoundMethod(o, d);
  if (d instanceof PyNativeFunction) return d.isMethod ? new PyBoundMethod(o, d) : d;
  if (d instanceof PyProperty) {
    if (d.fget === None) throw pyErr(AttributeError, `property '${d.name ?? "?"}' of '${t.name}' object has no getter`);
    return call(d.fget, [o]);
  }
  if (d instanceof PyGetSet) return d.get(o);
  if (d instanceof PyStaticMethod) return d.fn;
  if (d instanceof PyClassMethod) return new PyBoundMethod(t, d.fn);
  if (!d.cls.builtin) {
    const g = d.cls.lookup("__get__");
    if (g !== undefined) return callMethod(g, d, [o, t]);
  }
  return d;
}

/** The value of class attribute `d` accessed on the class itself (`Cls.attr`). */
function bindToClass(d: PyValue, cls: PyType): PyValue {
  if (!(d instanceof PyObject)) return d;
  if (d instanceof PyStaticMethod) return d.fn;
  if (d instanceof PyClassMethod) return new PyBoundMethod(cls, d.fn);
  if (!d.cls.builtin && !(d instanceof PyType)) {
    const g = d.cls.lookup("__get__");
    if (g !== undefined) return callMethod(g, d, [None, cls]);
  }
  return d;
}

/** `o.name`, or undefined when absent (AttributeError raised by a property or __getattr__ propagates). */
export function getAttrOrUndefined(o: PyValue, name: string): PyValue | undefined {
  if (o instanceof PyType) return typeGetAttr(o, name);
  if (o instanceof PySuper) return superGetAttr(o, name);
  const t = typeOf(o);
  const d = t.lookup(name);
  if (d !== undefined && isDataDescriptor(d)) return bindDescriptor(d, o, t);
  if (typeof o === "object") {
    const dict = o.dict ?? o.lazyDict();
    if (dict !== null) {
      const v = dict.get(name);
      if (v !== undefined) return v;
    }
  }
  if (d !== undefined) return bindDescriptor(d, o, t);
  // A bound method reads through to its function's attributes, as CPython's method_getattro does.
  if (o instanceof PyBoundMethod) return getAttrOrUndefined(o.fn, name);
  if (!t.builtin || o instanceof PyModule) {
    const ga = o instanceof PyModule ? o.dict!.get("__getattr__") : t.lookup("__getattr__");
    if (ga !== undefined) return o instanceof PyModule ? call(ga, [name]) : callMethod(ga, o, [name]);
  }
  return undefined;
}

function typeGetAttr(cls: PyType, name: string): PyValue | undefined {
  const meta = cls.cls;
  const md = meta.lookup(name);
  if (md !== undefined && isDataDescriptor(md)) return bindDescriptor(md, cls, meta);
  const d = cls.lookup(name);
  if (d !== undefined) return bindToClass(d, cls);
  if (md !== undefined) return bindDescriptor(md, cls, meta);
  // slot_tp_getattr_hook: a metaclass's __getattr__ is asked for what the class lacks.
  if (!meta.builtin) {
    const ga = meta.lookup("__getattr__");
    if (ga !== undefined) return callMethod(ga, cls, [name]);
  }
  return undefined;
}

function superGetAttr(s: PySuper, name: string): PyValue | undefined {
  const mro = s.objType.mro;
  let i = mro.indexOf(s.thisClass) + 1;
  if (name !== "__class__")
    for (; i > 0 && i < mro.length; i++) {
      const d = mro[i]!.dict!.get(name);
      if (d === undefined) continue;
      if (s.obj === s.objType && !(d instanceof PyClassMethod)) return bindToClass(d, s.objType);
      return bindDescriptor(d, s.obj, s.objType);
    }
  const d = s.cls.lookup(name);
  return d === undefined ? undefined : bindDescriptor(d, s, s.cls);
}

/** The AttributeError CPython raises for a missing attribute. */
export function attributeError(o: PyValue, name: string): PyException {
  if (o instanceof PyModule && o.cpythonNames?.has(name)) return unsupported(`${o.name}.${name}`);
  const builtin = builtinOwner(o, name);
  if (builtin !== null) return unsupported(`${builtin}.${name}`);
  const e =
    o instanceof PyModule
      ? pyErr(AttributeError, `module '${o.name}' has no attribute '${name}'`)
      : o instanceof PyType
        ? pyErr(AttributeError, `type object '${o.qualname}' has no attribute '${name}'`)
        : pyErr(AttributeError, `'${typeName(o)}' object has no attribute '${name}'`);
  e.dict!.set("name", name);
  e.dict!.set("obj", o);
  return e;
}

/**
 * The builtin type CPython finds `name` on when tfscope does not (`bytes` for `b"".strip`), or null: a
 * name on a class's builtin bases, or on a builtin type object itself, that CPython 3.11 has.
 */
function builtinOwner(o: PyValue, name: string): string | null {
  if (name.startsWith("__") && name.endsWith("__")) return null;
  const cls = o instanceof PyType ? o : typeOf(o);
  for (const t of cls.mro) {
    if (!t.builtin || t.module !== "builtins") continue;
    if (cpythonTypeNames(t.name)?.has(name)) return t.name;
  }
  // A type object also has its metatype's names (`int.mro`).
  if (o instanceof PyType && cpythonTypeNames("type")?.has(name)) return "type";
  return null;
}

/** `o.name`. */
export function getAttr(o: PyValue, name: string): PyValue {
  const v = getAttrOrUndefined(o, name);
  if (v === undefined) throw attributeError(o, name);
  return v;
}

/** `getattr(o, name, default)` semantics: AttributeError becomes undefined. */
export function getAttrSafe(o: PyValue, name: string): PyValue | undefined {
  try {
    return getAttrOrUndefined(o, name);
  } catch (e) {
    if (e instanceof PyException && e.cls.isSubtypeOf(AttributeError)) return undefined;
    throw e;
  }
}

/** `o.name = v` (v undefined: `del o.name`). */
export function setAttr(o: PyValue, name: string, v: PyValue | undefined): void {
  if (o instanceof PyType) {
    // A metaclass's own __setattr__/__delattr__ (enum's "cannot reassign member") runs first.
    if (!o.cls.builtin) {
      const sa = o.cls.lookup(v === undefined ? "__delattr__" : "__setattr__");
      if (sa !== undefined && !(sa instanceof PyNativeFunction)) {
        callMethod(sa, o, v === undefined ? [name] : [name, v]);
        return;
      }
    }
    typeSetAttr(o, name, v);
    return;
  }
  if (o instanceof PyStandIn) o.gap(`${v === undefined ? "deleting" : "setting"} ${o.what}.${name}`);
  const t = typeOf(o);
  if (!t.builtin) {
    const sa = t.lookup(v === undefined ? "__delattr__" : "__setattr__");
    if (sa !== undefined && !(sa instanceof PyNativeFunction)) {
      callMethod(sa, o, v === undefined ? [name] : [name, v]);
      return;
    }
  }
  genericSetAttr(o, name, v);
}

/** type.__setattr__ / type.__delattr__: a class's own dict (builtin classes are immutable). */
export function typeSetAttr(o: PyType, name: string, v: PyValue | undefined): void {
  if (o.builtin)
    throw pyErr(TypeError, `cannot set '${name}' attribute of immutable type '${o.name}'`);
  const md = o.cls.lookup(name);
  if (md instanceof PyGetSet && md.set) return md.set(o, v);
  if (v === undefined && !o.dict!.has(name)) throw attributeError(o, name);
  o.setAttr(name, v);
}

/** object.__setattr__ / object.__delattr__: data descriptors, then the instance dict. */
export function genericSetAttr(o: PyValue, name: string, v: PyValue | undefined): void {
  const t = typeOf(o);
  const d = t.lookup(name);
  if (d !== undefined && isDataDescriptor(d)) {
    if (d instanceof PyProperty) {
      const f = v === undefined ? d.fdel : d.fset;
      if (f === None)
        throw pyErr(
          AttributeError,
          `property '${d.name ?? "?"}' of '${t.name}' object has no ${v === undefined ? "deleter" : "setter"}`,
        );
      call(f, v === undefined ? [o] : [o, v]);
      return;
    }
    if (d instanceof PyGetSet) {
      if (d.set === null) throw pyErr(AttributeError, `attribute '${name}' of '${t.name}' objects is not writable`);
      d.set(o, v);
      return;
    }
    const m = (d as PyObject).cls.lookup(v === undefined ? "__delete__" : "__set__");
    if (m !== undefined) {
      callMethod(m, d, v === undefined ? [o] : [o, v]);
      return;
    }
  }
  const dict = typeof o === "object" ? (o.dict ?? o.lazyDict()) : null;
  if (dict !== null) {
    if (v !== undefined) dict.set(name, v);
    else if (!dict.delete(name)) throw attributeError(o, name);
    return;
  }
  if (d !== undefined) throw pyErr(AttributeError, `'${t.name}' object attribute '${name}' is read-only`);
  throw attributeError(o, name);
}
