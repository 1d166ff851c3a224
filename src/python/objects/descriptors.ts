import { PyObject, builtinType, type PyType, type PyValue } from "./base.js";

export const propertyType = builtinType("property");
export const staticmethodType = builtinType("staticmethod");
export const classmethodType = builtinType("classmethod");
export const getsetType = builtinType("getset_descriptor");
export const superType = builtinType("super");

/** `property(fget, fset, fdel, doc)`: a data descriptor. */
export class PyProperty extends PyObject {
  constructor(
    public fget: PyValue,
    public fset: PyValue,
    public fdel: PyValue,
    public doc: PyValue,
    cls: PyType = propertyType,
  ) {
    super(cls, cls === propertyType ? null : new Map());
  }
  /** The attribute name, for CPython 3.11's `property 'x' of 'Foo' object has no setter`. */
  name: string | null = null;
}

/** `staticmethod(f)`. */
export class PyStaticMethod extends PyObject {
  constructor(public fn: PyValue) {
    super(staticmethodType, new Map());
  }
}

/** `classmethod(f)`. */
export class PyClassMethod extends PyObject {
  constructor(public fn: PyValue) {
    super(classmethodType, new Map());
  }
}

/** A data descriptor implemented in JS (`BaseException.args`, `type.__name__`, `obj.__class__`...). */
export class PyGetSet extends PyObject {
  constructor(
    public name: string,
    public get: (self: PyValue) => PyValue,
    public set: ((self: PyValue, v: PyValue | undefined) => void) | null = null,
  ) {
    super(getsetType);
  }
}

/** Defines a JS-implemented attribute on a type. */
export function defGetSet(
  t: PyType,
  name: string,
  get: (self: PyValue) => PyValue,
  set: ((self: PyValue, v: PyValue | undefined) => void) | null = null,
): void {
  t.dict!.set(name, new PyGetSet(name, get, set));
}

/** `super(cls, obj)`: attribute lookup starting after `cls` in obj's MRO. */
export class PySuper extends PyObject {
  constructor(
    readonly thisClass: PyType,
    readonly obj: PyValue,
    /** The type whose MRO is searched: obj's type, or obj itself when obj is a class. */
    readonly objType: PyType,
  ) {
    super(superType);
  }
}

