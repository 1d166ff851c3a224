import { setIdentityMethods } from "./hashtable.js";
import {
  None,
  NotImplemented,
  PyNativeFunction,
  PyObject,
  PyType,
  defMethod,
  dictOf,
  objectType,
  typeOf,
  typeType,
  type PyValue,
} from "./base.js";
import { argCount, noArgs } from "./args.js";
import { AttrTable } from "./attr-table.js";
import { InstanceDict, Layout } from "./instance-dict.js";
import { SlotMap } from "./slots.js";
import { makeClass } from "./class.js";
import { PyClassMethod, PyStaticMethod, defGetSet } from "./descriptors.js";
import { TypeError, pyErr, unsupported } from "./exceptions.js";
import { PyDict, PyList, PyTuple, pyTuple } from "./values.js";
import { genericSetAttr, getAttrOrUndefined, attributeError, typeSetAttr } from "../ops/attr.js";
import { callType, setObjectConstructors } from "../ops/call.js";
import { Cmp, compare } from "../ops/compare.js";
import { repr, truthy } from "../ops/convert.js";
import { objectFormat } from "../ops/format.js";
import { identity, identityHash } from "../ops/hash.js";
import { toArray } from "../ops/iter.js";

/** `<__main__.Foo object at 0x7f...>`: CPython's default repr (the address is a stable stand-in). */
export function defaultRepr(o: PyValue): string {
  const t = typeOf(o);
  const mod = t.module === "builtins" ? "" : `${t.module}.`;
  return `<${mod}${t.qualname} object at 0x${identity(o as object).toString(16)}>`;
}

objectType.make = (cls, args) => {
  if (cls === objectType) {
    if (args.length > 0) throw pyErr(TypeError, "object() takes no arguments");
    return new PyObject(cls, null);
  }
  return new PyObject(cls, cls.slots === null ? new InstanceDict((cls.layout ??= new Layout())) : new SlotMap(cls));
};
const objectNew = new PyStaticMethod(
  // Also serves `tuple.__new__(cls, items)` and friends: builtin bases are built by their own make.
  new PyNativeFunction("__new__", (a, kw) => {
    const cls = a[0];
    if (!(cls instanceof PyType))
      throw pyErr(TypeError, `object.__new__(X): X is not a type object (${typeOf(cls ?? None).name})`);
    // CPython's object_new (typeobject.c) refuses a builtin type that cannot be made this way.
    if (!cls.solid.make) throw pyErr(TypeError, `object.__new__(${cls.name}) is not safe, use ${cls.name}.__new__()`);
    return cls.solid.make(cls, cls.solid === objectType ? [] : a.slice(1), cls.solid === objectType ? null : kw);
  }),
);
objectType.dict!.set("__new__", objectNew);
defMethod(objectType, "__init__", () => None);
setObjectConstructors(objectNew, objectType.dict!.get("__init__")!);
defMethod(objectType, "__repr__", (a) => defaultRepr(a[0]!));
defMethod(objectType, "__str__", (a) => repr(a[0]!));
defMethod(objectType, "__eq__", (a) => (a[0] === a[1] ? true : NotImplemented));
defMethod(objectType, "__ne__", (a) => {
  const r = compare(a[0]!, a[1]!, Cmp.Eq);
  return r === NotImplemented ? r : !truthy(r);
});
defMethod(objectType, "__hash__", (a) => identityHash(a[0] as object));
defMethod(objectType, "__format__", (a) => objectFormat(a[0]!, a[1] as string));
defMethod(objectType, "__setattr__", (a) => {
  argCount("__setattr__", a, 2, 2, 1);
  genericSetAttr(a[0]!, a[1] as string, a[2]!);
  return None;
});
defMethod(objectType, "__delattr__", (a) => {
  genericSetAttr(a[0]!, a[1] as string, undefined);
  return None;
});
defMethod(objectType, "__getattribute__", (a) => {
  const v = getAttrOrUndefined(a[0]!, a[1] as string);
  if (v === undefined) throw attributeError(a[0]!, a[1] as string);
  return v;
});
defMethod(objectType, "__dir__", (a) => new PyList(dirOf(a[0]!)));
objectType.dict!.set(
  "__init_subclass__",
  new PyClassMethod(
    new PyNativeFunction("__init_subclass__", (a, kw) => {
      if (kw !== null && kw.size > 0)
        throw pyErr(TypeError, `${(a[0] as PyType).qualname}.__init_subclass__() takes no keyword arguments`);
      return None;
    }),
  ),
);
defGetSet(
  objectType,
  "__class__",
  (o) => typeOf(o),
  () => {
    throw unsupported("assigning __class__");
  },
);
defGetSet(objectType, "__dict__", (o) => {
  const dict = o instanceof PyObject && !(o instanceof PyType) ? dictOf(o) : null;
  if (dict !== null && !(dict instanceof SlotMap)) return new PyDict(new AttrTable(dict));
  throw attributeError(o, "__dict__");
});
setIdentityMethods();

/** The sorted attribute names `dir()` shows for an object. */
export function dirOf(o: PyValue): PyValue[] {
  const names = new Set<string>();
  const dict = o instanceof PyObject ? dictOf(o) : null;
  if (dict !== null) for (const k of dict.keys()) names.add(k);
  const t = o instanceof PyType ? o : typeOf(o);
  for (const c of t.mro) for (const k of c.dict!.keys()) names.add(k);
  return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

// ---- type

typeType.make = (cls, args, kw) => {
  if (args.length === 1 && cls === typeType) return typeOf(args[0]!);
  if (args.length !== 3) throw pyErr(TypeError, "type() takes 1 or 3 arguments");
  const [name, bases, d] = args;
  if (typeof name !== "string") throw pyErr(TypeError, "type.__new__() argument 1 must be str");
  const ns = new Map<string, PyValue>();
  if (d instanceof PyDict) for (const e of d.table.entries()) ns.set(e.k as string, e.v);
  const kws = new Map(kw ?? []);
  // type.__new__(mcls, ...) from a metaclass's __new__ (or ABCMeta(name, bases, ns)) makes a class of mcls.
  if (cls !== typeType && !kws.has("metaclass")) kws.set("metaclass", cls);
  return makeClass(name, toArray(bases!), ns, kws);
};
defMethod(typeType, "__call__", (a, kw) => callType(a[0] as PyType, a.slice(1), kw));
defMethod(typeType, "__repr__", (a) => {
  const t = a[0] as PyType;
  return t.module === "builtins" ? `<class '${t.qualname}'>` : `<class '${t.module}.${t.qualname}'>`;
});
defMethod(typeType, "__setattr__", (a) => {
  typeSetAttr(a[0] as PyType, a[1] as string, a[2]!);
  return None;
});
defMethod(typeType, "__delattr__", (a) => {
  typeSetAttr(a[0] as PyType, a[1] as string, undefined);
  return None;
});
defMethod(typeType, "mro", (a) => new PyList((a[0] as PyType).mro.slice()));
defMethod(typeType, "__subclasses__", (a) => {
  noArgs("__subclasses__", a, null);
  return new PyList((a[0] as PyType).subclasses());
});
defMethod(typeType, "__instancecheck__", (a) => typeOf(a[1]!).isSubtypeOf(a[0] as PyType));
defMethod(typeType, "__subclasscheck__", (a) => a[1] instanceof PyType && a[1].isSubtypeOf(a[0] as PyType));
const t = (o: PyValue) => o as PyType;
defGetSet(
  typeType,
  "__name__",
  (o) => t(o).name,
  (o, v) => {
    if (typeof v !== "string") throw pyErr(TypeError, "can only assign string to __name__");
    t(o).name = v;
  },
);
defGetSet(
  typeType,
  "__qualname__",
  (o) => t(o).qualname,
  (o, v) => {
    if (typeof v !== "string") throw pyErr(TypeError, "can only assign string to __qualname__");
    t(o).qualname = v;
  },
);
defGetSet(
  typeType,
  "__module__",
  (o) => t(o).dict!.get("__module__") ?? t(o).module,
  (o, v) => {
    t(o).setAttr("__module__", v);
    if (typeof v === "string") t(o).module = v;
  },
);
defGetSet(typeType, "__bases__", (o) => pyTuple(t(o).bases));
defGetSet(typeType, "__base__", (o) => t(o).bases[0] ?? None);
defGetSet(typeType, "__mro__", (o) => new PyTuple(t(o).mro));
defGetSet(typeType, "__dict__", (o) => {
  const d = new PyDict();
  for (const [k, v] of t(o).dict!) d.table.set(k, v);
  return d;
});
defGetSet(typeType, "__doc__", (o) => t(o).dict!.get("__doc__") ?? None);
