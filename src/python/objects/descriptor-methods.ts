import { None, PyType, defMethod, typeOf, type PyValue } from "./base.js";
import { bindNative, exactlyOne } from "./args.js";
import {
  PyClassMethod,
  PyProperty,
  PyStaticMethod,
  PySuper,
  classmethodType,
  defGetSet,
  propertyType,
  staticmethodType,
  superType,
} from "./descriptors.js";
import { RuntimeError, pyErr } from "./exceptions.js";
import { PyFunction } from "./function.js";
import { bindDescriptor, getAttrSafe } from "../ops/attr.js";
import { call } from "../ops/call.js";
import { makeSuper } from "../compile/expressions.js";

const P = (o: PyValue) => o as PyProperty;

propertyType.make = (cls, args, kw) => {
  const [fget, fset, fdel, doc] = bindNative("property", args, kw, ["fget", "fset", "fdel", "doc"], 0);
  return new PyProperty(fget ?? None, fset ?? None, fdel ?? None, doc ?? None, cls);
};
defMethod(propertyType, "__init__", (a, kw) => {
  const [fget, fset, fdel, doc] = bindNative("property", a, kw, ["fget", "fset", "fdel", "doc"], 0, [], 1);
  const p = P(a[0]!);
  p.fget = fget ?? None;
  p.fset = fset ?? None;
  p.fdel = fdel ?? None;
  p.doc = doc ?? None;
  return None;
});
function withAccessor(which: "fget" | "fset" | "fdel") {
  return (a: PyValue[]) => {
    const p = P(a[0]!);
    const n = new PyProperty(p.fget, p.fset, p.fdel, p.doc, p.cls);
    n[which] = exactlyOne(`property.${which === "fget" ? "getter" : which === "fset" ? "setter" : "deleter"}`, a, null, 1);
    n.name = p.name;
    return n;
  };
}
defMethod(propertyType, "getter", withAccessor("fget"));
defMethod(propertyType, "setter", withAccessor("fset"));
defMethod(propertyType, "deleter", withAccessor("fdel"));
defMethod(propertyType, "__get__", (a) => (a[1] === None || a[1] === undefined ? a[0]! : bindDescriptor(a[0]!, a[1]!, typeOf(a[1]!))));
defMethod(propertyType, "__set__", (a) => {
  genericSetAttrVia(P(a[0]!), a[1]!, a[2]!);
  return None;
});
defMethod(propertyType, "__set_name__", (a) => {
  if (typeof a[2] === "string") P(a[0]!).name = a[2];
  return None;
});
function genericSetAttrVia(p: PyProperty, obj: PyValue, v: PyValue): void {
  if (p.fset === None) throw pyErr(RuntimeError, "property has no setter");
  call(p.fset, [obj, v]);
}
defGetSet(propertyType, "fget", (o) => P(o).fget);
defGetSet(propertyType, "fset", (o) => P(o).fset);
defGetSet(propertyType, "fdel", (o) => P(o).fdel);
defGetSet(propertyType, "__doc__", (o) => {
  const p = P(o);
  if (p.doc !== None) return p.doc;
  return p.fget instanceof PyFunction ? p.fget.doc : None;
});
defGetSet(propertyType, "__isabstractmethod__", (o) => {
  const f = P(o).fget;
  return f !== None && getAttrSafe(f, "__isabstractmethod__") === true;
});

staticmethodType.make = (_cls, args) => new PyStaticMethod(exactlyOne("staticmethod", args, null));
classmethodType.make = (_cls, args) => new PyClassMethod(exactlyOne("classmethod", args, null));
for (const t of [staticmethodType, classmethodType]) {
  const fn = (o: PyValue) => (o as PyStaticMethod | PyClassMethod).fn;
  defGetSet(t, "__func__", fn);
  defGetSet(t, "__wrapped__", fn);
  defGetSet(t, "__isabstractmethod__", (o) => getAttrSafe(fn(o), "__isabstractmethod__") === true);
  defGetSet(t, "__doc__", (o) => (fn(o) instanceof PyFunction ? (fn(o) as PyFunction).doc : None));
}
defMethod(staticmethodType, "__get__", (a) => (a[0] as PyStaticMethod).fn);
defMethod(staticmethodType, "__call__", (a, kw) => call((a[0] as PyStaticMethod).fn, a.slice(1), kw));
defMethod(classmethodType, "__get__", (a) => {
  const cls = a[2] !== undefined && a[2] !== None ? a[2] : typeOf(a[1]!);
  return bindDescriptor(a[0]!, cls, cls as PyType);
});

superType.make = (_cls, args) => {
  if (args.length === 0) throw pyErr(RuntimeError, "super(): no arguments");
  if (args.length === 1) throw pyErr(RuntimeError, "super(): one-argument form is not supported by tfscope");
  return makeSuper(args[0]!, args[1]!);
};
defMethod(superType, "__repr__", (a) => {
  const s = a[0] as PySuper;
  return `<super: <class '${s.thisClass.name}'>, <${s.objType.name} object>>`;
});
defGetSet(superType, "__self__", (o) => (o as PySuper).obj);
defGetSet(superType, "__thisclass__", (o) => (o as PySuper).thisClass);

