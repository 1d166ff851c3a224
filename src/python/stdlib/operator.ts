import { PyNativeFunction, typeName } from "../objects/base.js";
import { exactlyOne } from "../objects/args.js";
import { TypeError, pyErr } from "../objects/exceptions.js";
import { PyModule } from "../objects/module.js";
import { asIndex } from "../objects/slice.js";
import { defineStdlib } from "./index.js";

/** _operator: the functions of CPython's C module that Python code cannot spell exactly. */
defineStdlib("_operator", () => {
  const m = new PyModule("_operator");
  // PyNumber_Index: ints (bools as 0/1), or __index__ of another class, checked to return an int.
  m.ns.set(
    "index",
    new PyNativeFunction("index", (a, kw) => {
      const v = exactlyOne("_operator.index", a, kw);
      const i = asIndex(v);
      if (i === undefined) throw pyErr(TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
      return i;
    }),
  );
  return m;
});

// operator, in Python.
defineStdlib(
  "operator",
  () => String.raw`
def lt(a, b): return a < b
def le(a, b): return a <= b
def eq(a, b): return a == b
def ne(a, b): return a != b
def ge(a, b): return a >= b
def gt(a, b): return a > b
def not_(a): return not a
def truth(a): return True if a else False
def is_(a, b): return a is b
def is_not(a, b): return a is not b
_abs = abs
def abs(a): return _abs(a)
def add(a, b): return a + b
def and_(a, b): return a & b
def floordiv(a, b): return a // b
from _operator import index
def inv(a): return ~a
invert = inv
def lshift(a, b): return a << b
def mod(a, b): return a % b
def mul(a, b): return a * b
def matmul(a, b): return a @ b
def neg(a): return -a
def or_(a, b): return a | b
def pos(a): return +a
def pow(a, b): return a ** b
def rshift(a, b): return a >> b
def sub(a, b): return a - b
def truediv(a, b): return a / b
def xor(a, b): return a ^ b
def concat(a, b): return a + b
def contains(a, b): return b in a
def countOf(a, b): return sum(1 for x in a if x is b or x == b)
def delitem(a, b): del a[b]
def getitem(a, b): return a[b]
def indexOf(a, b):
    for i, j in enumerate(a):
        if j is b or j == b:
            return i
    raise ValueError('sequence.index(x): x not in sequence')
def setitem(a, b, c): a[b] = c
def iadd(a, b):
    a += b
    return a
def imul(a, b):
    a *= b
    return a

class attrgetter:
    def __init__(self, attr, *attrs):
        self._attrs = (attr,) + attrs
    def _get(self, obj, name):
        for part in name.split('.'):
            obj = getattr(obj, part)
        return obj
    def __call__(self, obj):
        if len(self._attrs) == 1:
            return self._get(obj, self._attrs[0])
        return tuple(self._get(obj, n) for n in self._attrs)

class itemgetter:
    def __init__(self, item, *items):
        self._items = (item,) + items
    def __call__(self, obj):
        if len(self._items) == 1:
            return obj[self._items[0]]
        return tuple(obj[i] for i in self._items)

class methodcaller:
    def __init__(self, name, /, *args, **kwargs):
        self._name, self._args, self._kwargs = name, args, kwargs
    def __call__(self, obj):
        return getattr(obj, self._name)(*self._args, **self._kwargs)
`,
);
