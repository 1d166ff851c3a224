import { None, PyNativeFunction, PyType, builtinType, defMethod, typeType, type PyValue } from "../objects/base.js";
import { makeClass } from "../objects/class.js";
import { PyModule } from "../objects/module.js";
import { virtualSubclasses } from "../builtins.js";
import { setAttr } from "../ops/attr.js";
import { defineStdlib } from "./index.js";

/** abc.ABCMeta: a metaclass whose classes refuse instantiation while abstract methods remain (checked
 * in callType via PyType.abstract) and accept virtual subclasses through register(). */
export const abcMeta = builtinType("ABCMeta", typeType, "abc");
abcMeta.make = typeType.make;
defMethod(abcMeta, "register", (a) => {
  const cls = a[0] as PyType;
  const sub = a[1]!;
  if (!(sub instanceof PyType)) throw new Error("register() needs a class");
  let set = virtualSubclasses.get(cls);
  if (!set) virtualSubclasses.set(cls, (set = new Set()));
  set.add(sub);
  return sub;
});

defineStdlib("abc", () => {
  const m = new PyModule("abc");
  m.ns.set("ABCMeta", abcMeta);
  m.ns.set("ABC", makeClass("ABC", [], new Map<string, PyValue>([["__module__", "abc"]]), new Map([["metaclass", abcMeta as PyValue]])));
  const marker = (name: string) =>
    new PyNativeFunction(name, (a) => {
      setAttr(a[0]!, "__isabstractmethod__", true);
      return a[0]!;
    });
  m.ns.set("abstractmethod", marker("abstractmethod"));
  m.ns.set("abstractproperty", marker("abstractproperty"));
  m.ns.set("get_cache_token", new PyNativeFunction("get_cache_token", () => None));
  return m;
});
