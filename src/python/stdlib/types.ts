import { defineStdlib } from "./index.js";

// types and weakref (strong references stand in for weak ones: objects are never collected during a
// snippet run, so every reference stays alive, which is what a live weakref would show).
defineStdlib(
  "types",
  () => String.raw`
import sys as _sys

def _f(): pass
FunctionType = type(_f)
LambdaType = type(_f)
class _C:
    def _m(self): pass
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(_sys)
def _g():
    yield 1
GeneratorType = type(_g())
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)

class SimpleNamespace:
    def __init__(self, /, **kwargs):
        for k, v in kwargs.items():
            setattr(self, k, v)
    def __repr__(self):
        items = (f"{k}={v!r}" for k, v in self.__dict__.items())
        return "{}({})".format("namespace" if type(self) is SimpleNamespace else type(self).__name__, ", ".join(items))
    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

def new_class(name, bases=(), kwds=None, exec_body=None):
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    return type(name, tuple(bases), ns)
`,
);

defineStdlib(
  "weakref",
  () => String.raw`
class ref:
    def __init__(self, obj, callback=None):
        self._obj = obj
    def __call__(self):
        return self._obj
    def __eq__(self, other):
        return isinstance(other, ref) and self._obj is other._obj
    def __hash__(self):
        return hash(id(self._obj))

def proxy(obj, callback=None):
    return obj

class WeakKeyDictionary(dict):
    pass

class WeakValueDictionary(dict):
    pass

class WeakSet(set):
    pass

def getweakrefcount(obj):
    return 0
`,
);
