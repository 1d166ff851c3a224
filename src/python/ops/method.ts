import type { Frame } from "../frame.js";
import { PyNativeFunction, PyType, typeOf, type Kwargs, type PyValue } from "../objects/base.js";
import { PySuper } from "../objects/descriptors.js";
import { PyFunction } from "../objects/function.js";
import { PyModule } from "../objects/module.js";
import { attributeError, getAttrOrUndefined } from "./attr.js";
import { call } from "./call.js";

/**
 * `o.name(args)`: when `name` is a plain method found on o's class (and not shadowed in o's dict), calls
 * it with o prepended instead of allocating a bound method, as CPython's LOAD_METHOD does. The
 * attribute is looked up before the arguments are evaluated, in CPython's order.
 */
export function callAttr(o: PyValue, name: string, args: (f: Frame) => PyValue[], f: Frame, kw: Kwargs): PyValue {
  if (typeof o === "object") {
    if (!(o instanceof PyType || o instanceof PyModule || o instanceof PySuper)) {
      const d = o.cls.lookup(name);
      if (d instanceof PyFunction) {
        if (o.dict === null || !o.dict.has(name)) {
          const a = args(f);
          a.unshift(o);
          return d.call(a, kw);
        }
      } else if (d instanceof PyNativeFunction && d.isMethod && (o.dict === null || !o.dict.has(name))) {
        const a = args(f);
        a.unshift(o);
        return d.impl(a, kw);
      }
    }
  } else {
    const d = typeOf(o).lookup(name);
    if (d instanceof PyNativeFunction && d.isMethod) {
      const a = args(f);
      a.unshift(o);
      return d.impl(a, kw);
    }
  }
  const m = getAttrOrUndefined(o, name);
  if (m === undefined) throw attributeError(o, name);
  return call(m, args(f), kw);
}
