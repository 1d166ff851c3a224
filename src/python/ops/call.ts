import {
  None,
  PyNativeFunction,
  PyType,
  typeOf,
  typeName,
  typeType,
  objectType,
  type Kwargs,
  type PyValue,
} from "../objects/base.js";
import { PyClassMethod, PyStaticMethod } from "../objects/descriptors.js";
import { TypeError, baseExceptionInit, pyErr } from "../objects/exceptions.js";
import { PyBoundMethod, PyFunction } from "../objects/function.js";
import { bindDescriptor } from "./attr.js";
import { rt } from "../state.js";

/** `f(*args, **kwargs)`. `args` may be consumed (the caller must pass an array it does not reuse). */
export function call(f: PyValue, args: PyValue[], kwargs: Kwargs = null): PyValue {
  if (f instanceof PyFunction) return f.call(args, kwargs);
  if (f instanceof PyNativeFunction) return f.impl(args, kwargs);
  if (f instanceof PyBoundMethod) {
    const fn = f.fn;
    if (fn instanceof PyNativeFunction) return fn.impl([f.self, ...args], kwargs);
    return callMethod(fn, f.self, args, kwargs);
  }
  if (f instanceof PyType) return callType(f, args, kwargs);
  const c = typeOf(f).lookup("__call__");
  if (c !== undefined) return callMethod(c, f, args, kwargs);
  throw pyErr(TypeError, `'${typeName(f)}' object is not callable`);
}

/** Calls `m`, an attribute found on self's class, as a method of `self` (without creating a bound
 * method object when `m` is a plain function). */
export function callMethod(m: PyValue, self: PyValue, args: PyValue[], kwargs: Kwargs = null): PyValue {
  if (m instanceof PyFunction) {
    const a = new Array<PyValue>(args.length + 1);
    a[0] = self;
    for (let i = 0; i < args.length; i++) a[i + 1] = args[i]!;
    return m.call(a, kwargs);
  }
  // m was found on self's own class, so the builtin method's receiver check is already satisfied.
  if (m instanceof PyNativeFunction && m.isMethod) return m.unchecked([self, ...args], kwargs);
  return call(bindDescriptor(m, self, typeOf(self)), args, kwargs);
}

/** `cls(*args, **kwargs)`: `__new__` then, when it returns an instance of cls, `__init__` (type_call). */
export function callType(cls: PyType, args: PyValue[], kwargs: Kwargs): PyValue {
  if (cls === typeType && args.length === 1 && kwargs === null) return typeOf(args[0]!);
  if (cls.builtin) {
    if (cls.make === null) throw pyErr(TypeError, `cannot create '${cls.qualname}' instances`);
    return cls.make(cls, args, kwargs);
  }
  if (cls.abstract !== null && cls.abstract.length > 0) {
    const a = cls.abstract;
    throw pyErr(
      TypeError,
      `Can't instantiate abstract class ${cls.name} with abstract method${a.length > 1 ? "s" : ""} ${a.join(", ")}`,
    );
  }
  const newF = cls.lookup("__new__");
  let obj: PyValue;
  if (newF === undefined || newF === objectNew) {
    obj = cls.solid.make!(cls, args, kwargs);
  } else {
    const fn = newF instanceof PyStaticMethod ? newF.fn : newF;
    obj = call(fn, [cls, ...args], kwargs);
    if (!typeOf(obj).isSubtypeOf(cls)) return obj;
  }
  // type_call runs the __init__ of the object's own type: __new__ may return an instance of a subclass.
  const init = newF === undefined || newF === objectNew ? cls.lookup("__init__") : typeOf(obj).lookup("__init__");
  if (init === objectInit) {
    // object_init: excess arguments are an error only when tp_new is object_new too; a subclass of
    // an immutable builtin (bytes, tuple, frozenset) inherits the builtin's tp_new.
    if ((args.length > 0 || (kwargs !== null && kwargs.size > 0)) && (newF === undefined || newF === objectNew)
      && cls.solid === objectType)
      throw pyErr(TypeError, `${cls.name}() takes no arguments`);
    return obj;
  }
  if (init === baseExceptionInit && kwargs === null && (newF === undefined || newF === objectNew)) return obj;
  // CPython 3.11 counts the C-level type call as a recursion level of its own.
  rt.depth++;
  let r: PyValue;
  try {
    r = callMethod(init!, obj, args, kwargs);
  } finally {
    rt.depth--;
  }
  if (r !== None) throw pyErr(TypeError, `__init__() should return None, not '${typeName(r)}'`);
  return obj;
}

/** object.__new__ and object.__init__ (set by the object module), recognised for the fast path. */
export let objectNew: PyValue | undefined;
export let objectInit: PyValue | undefined;
export function setObjectConstructors(n: PyValue, i: PyValue): void {
  objectNew = n;
  objectInit = i;
}

/** A classmethod's callable bound to `cls`. */
export function bindClassMethod(m: PyClassMethod, cls: PyType): PyValue {
  return new PyBoundMethod(cls, m.fn);
}
