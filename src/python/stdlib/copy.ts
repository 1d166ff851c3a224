import { defineStdlib } from "./index.js";

// copy, in Python: shallow copies via the builtin constructors or __copy__; deep copies recurse with a
// memo (containers, instances' __dict__, __deepcopy__).
defineStdlib(
  "copy",
  () => String.raw`
class Error(Exception):
    pass
error = Error

_atomic = (type(None), int, float, bool, str, bytes, type, range, type(len), type(lambda: 0), property)

def copy(x):
    cls = type(x)
    if cls in _atomic:
        return x
    if cls in (list, dict, set):
        return cls(x)
    if cls in (tuple, frozenset):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None)

def _reconstruct(x, memo):
    cls = type(x)
    try:
        y = cls.__new__(cls)
    except TypeError:
        # CPython copies through object.__reduce_ex__(4), whose reduce_newobj refuses a type with no
        # tp_new (typeobject.c) before any state is read.
        if cls.__new__ is not object.__new__:
            raise
        name = cls.__name__ if cls.__module__ == "builtins" else cls.__module__ + "." + cls.__qualname__
        raise TypeError("cannot pickle %r object" % name) from None
    if memo is not None:
        memo[id(x)] = y
    state = getattr(x, "__dict__", None)
    if state:
        if memo is not None:
            state = deepcopy(state, memo)
        y.__dict__.update(state)
    if isinstance(x, list):
        y.extend(deepcopy(v, memo) if memo is not None else v for v in x)
    elif isinstance(x, dict):
        for k, v in x.items():
            y[deepcopy(k, memo) if memo is not None else k] = deepcopy(v, memo) if memo is not None else v
    return y

def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic:
        return x
    if cls is list:
        y = []
        memo[d] = y
        y.extend(deepcopy(a, memo) for a in x)
    elif cls is tuple:
        y = tuple(deepcopy(a, memo) for a in x)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls in (set, frozenset):
        y = cls(deepcopy(a, memo) for a in x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo)
    memo[d] = y
    return y
`,
);
