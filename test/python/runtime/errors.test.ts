import { describe, expect, it } from "vitest";
import { runPython } from "../../../src/python/index.js";

// Each program fails; CPython 3.11.7's stdout and the last line of its stderr were recorded with
// python3 when the tests were written (every program starts by defining `f(a, b=1, *, k)`).
const CASES: [title: string, source: string, stdout: string, lastStderrLine: string][] = [
  ["f(1,2,3,k=1)", "def f(a, b=1, *, k):\n    return a\nf(1,2,3,k=1)\n", "", "TypeError: f() takes from 1 to 2 positional arguments but 3 positional arguments (and 1 keyword-only argument) were given"],
  ["f(1)", "def f(a, b=1, *, k):\n    return a\nf(1)\n", "", "TypeError: f() missing 1 required keyword-only argument: 'k'"],
  ["f(1, z=2, k=1)", "def f(a, b=1, *, k):\n    return a\nf(1, z=2, k=1)\n", "", "TypeError: f() got an unexpected keyword argument 'z'"],
  ["f()", "def f(a, b=1, *, k):\n    return a\nf()\n", "", "TypeError: f() missing 1 required positional argument: 'a'"],
  ["f(1, 2, k=1, a=5)", "def f(a, b=1, *, k):\n    return a\nf(1, 2, k=1, a=5)\n", "", "TypeError: f() got multiple values for argument 'a'"],
  ["[].pop()", "def f(a, b=1, *, k):\n    return a\n[].pop()\n", "", "IndexError: pop from empty list"],
  ["[1].index(5)", "def f(a, b=1, *, k):\n    return a\n[1].index(5)\n", "", "ValueError: 5 is not in list"],
  ["int('x')", "def f(a, b=1, *, k):\n    return a\nint('x')\n", "", "ValueError: invalid literal for int() with base 10: 'x'"],
  ["float('y')", "def f(a, b=1, *, k):\n    return a\nfloat('y')\n", "", "ValueError: could not convert string to float: 'y'"],
  ["1 + 'a'", "def f(a, b=1, *, k):\n    return a\n1 + 'a'\n", "", "TypeError: unsupported operand type(s) for +: 'int' and 'str'"],
  ["'a' + 1", "def f(a, b=1, *, k):\n    return a\n'a' + 1\n", "", "TypeError: can only concatenate str (not \"int\") to str"],
  ["[] + ()", "def f(a, b=1, *, k):\n    return a\n[] + ()\n", "", "TypeError: can only concatenate list (not \"tuple\") to list"],
  ["None.x", "def f(a, b=1, *, k):\n    return a\nNone.x\n", "", "AttributeError: 'NoneType' object has no attribute 'x'"],
  ["undefined_name", "def f(a, b=1, *, k):\n    return a\nundefined_name\n", "", "NameError: name 'undefined_name' is not defined"],
  ["len(5)", "def f(a, b=1, *, k):\n    return a\nlen(5)\n", "", "TypeError: object of type 'int' has no len()"],
  ["5()", "def f(a, b=1, *, k):\n    return a\n5()\n", "", "TypeError: 'int' object is not callable"],
  ["{}['k']", "def f(a, b=1, *, k):\n    return a\n{}['k']\n", "", "KeyError: 'k'"],
  ["{}[(1, 'a')]", "def f(a, b=1, *, k):\n    return a\n{}[(1, 'a')]\n", "", "KeyError: (1, 'a')"],
  ["[1][5]", "def f(a, b=1, *, k):\n    return a\n[1][5]\n", "", "IndexError: list index out of range"],
  ["'abc'[9]", "def f(a, b=1, *, k):\n    return a\n'abc'[9]\n", "", "IndexError: string index out of range"],
  ["1/0", "def f(a, b=1, *, k):\n    return a\n1/0\n", "", "ZeroDivisionError: division by zero"],
  ["1//0", "def f(a, b=1, *, k):\n    return a\n1//0\n", "", "ZeroDivisionError: integer division or modulo by zero"],
  ["1 % 0", "def f(a, b=1, *, k):\n    return a\n1 % 0\n", "", "ZeroDivisionError: integer modulo by zero"],
  ["1.0 / 0", "def f(a, b=1, *, k):\n    return a\n1.0 / 0\n", "", "ZeroDivisionError: float division by zero"],
  ["a, b = [1, 2, 3]", "def f(a, b=1, *, k):\n    return a\na, b = [1, 2, 3]\n", "", "ValueError: too many values to unpack (expected 2)"],
  ["a, b = [1]", "def f(a, b=1, *, k):\n    return a\na, b = [1]\n", "", "ValueError: not enough values to unpack (expected 2, got 1)"],
  ["a, b = 5", "def f(a, b=1, *, k):\n    return a\na, b = 5\n", "", "TypeError: cannot unpack non-iterable int object"],
  ["a, *b, c = [1]", "def f(a, b=1, *, k):\n    return a\na, *b, c = [1]\n", "", "ValueError: not enough values to unpack (expected at least 2, got 1)"],
  ["hash([])", "def f(a, b=1, *, k):\n    return a\nhash([])\n", "", "TypeError: unhashable type: 'list'"],
  ["{[1]: 2}", "def f(a, b=1, *, k):\n    return a\n{[1]: 2}\n", "", "TypeError: unhashable type: 'list'"],
  ["int(None)", "def f(a, b=1, *, k):\n    return a\nint(None)\n", "", "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'"],
  ["'%d' % 'x'", "def f(a, b=1, *, k):\n    return a\n'%d' % 'x'\n", "", "TypeError: %d format: a real number is required, not str"],
  ["'%s %s' % ('a',)", "def f(a, b=1, *, k):\n    return a\n'%s %s' % ('a',)\n", "", "TypeError: not enough arguments for format string"],
  ["'{}'.format()", "def f(a, b=1, *, k):\n    return a\n'{}'.format()\n", "", "IndexError: Replacement index 0 out of range for positional args tuple"],
  ["x = 1; x.y = 2", "def f(a, b=1, *, k):\n    return a\nx = 1; x.y = 2\n", "", "AttributeError: 'int' object has no attribute 'y'"],
  ["object().z", "def f(a, b=1, *, k):\n    return a\nobject().z\n", "", "AttributeError: 'object' object has no attribute 'z'"],
  ["import nosuchmod", "def f(a, b=1, *, k):\n    return a\nimport nosuchmod\n", "", "ModuleNotFoundError: No module named 'nosuchmod'"],
  ["iter(5)", "def f(a, b=1, *, k):\n    return a\niter(5)\n", "", "TypeError: 'int' object is not iterable"],
  ["next(iter([]))", "def f(a, b=1, *, k):\n    return a\nnext(iter([]))\n", "", "StopIteration"],
  ["sorted([1, 'a'])", "def f(a, b=1, *, k):\n    return a\nsorted([1, 'a'])\n", "", "TypeError: '<' not supported between instances of 'str' and 'int'"],
  ["max([])", "def f(a, b=1, *, k):\n    return a\nmax([])\n", "", "ValueError: max() arg is an empty sequence"],
  ["chr(-1)", "def f(a, b=1, *, k):\n    return a\nchr(-1)\n", "", "ValueError: chr() arg not in range(0x110000)"],
  ["ord('ab')", "def f(a, b=1, *, k):\n    return a\nord('ab')\n", "", "TypeError: ord() expected a character, but string of length 2 found"],
  ["'a'.join([1])", "def f(a, b=1, *, k):\n    return a\n'a'.join([1])\n", "", "TypeError: sequence item 0: expected str instance, int found"],
  ["range(1.5)", "def f(a, b=1, *, k):\n    return a\nrange(1.5)\n", "", "TypeError: 'float' object cannot be interpreted as an integer"],
  ["'x' * 'y'", "def f(a, b=1, *, k):\n    return a\n'x' * 'y'\n", "", "TypeError: can't multiply sequence by non-int of type 'str'"],
  ["[1] * 2.0", "def f(a, b=1, *, k):\n    return a\n[1] * 2.0\n", "", "TypeError: can't multiply sequence by non-int of type 'float'"],
  ["-'a'", "def f(a, b=1, *, k):\n    return a\n-'a'\n", "", "TypeError: bad operand type for unary -: 'str'"],
  ["None < 1", "def f(a, b=1, *, k):\n    return a\nNone < 1\n", "", "TypeError: '<' not supported between instances of 'NoneType' and 'int'"],
  ["len()", "def f(a, b=1, *, k):\n    return a\nlen()\n", "", "TypeError: len() takes exactly one argument (0 given)"],
  ["isinstance(1, 2)", "def f(a, b=1, *, k):\n    return a\nisinstance(1, 2)\n", "", "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union"],
  ["getattr(1, 'x')", "def f(a, b=1, *, k):\n    return a\ngetattr(1, 'x')\n", "", "AttributeError: 'int' object has no attribute 'x'"],
  ["0 ** -1", "def f(a, b=1, *, k):\n    return a\n0 ** -1\n", "", "ZeroDivisionError: 0.0 cannot be raised to a negative power"],
  ["'abc'.index('z')", "def f(a, b=1, *, k):\n    return a\n'abc'.index('z')\n", "", "ValueError: substring not found"],
  ["[].remove(1)", "def f(a, b=1, *, k):\n    return a\n[].remove(1)\n", "", "ValueError: list.remove(x): x not in list"],
  ["{}.pop(1)", "def f(a, b=1, *, k):\n    return a\n{}.pop(1)\n", "", "KeyError: 1"],
  ["set().pop()", "def f(a, b=1, *, k):\n    return a\nset().pop()\n", "", "KeyError: 'pop from an empty set'"],
  ["(1,2).index(5)", "def f(a, b=1, *, k):\n    return a\n(1,2).index(5)\n", "", "ValueError: tuple.index(x): x not in tuple"],
  ["a = []; a[0] = 1", "def f(a, b=1, *, k):\n    return a\na = []; a[0] = 1\n", "", "IndexError: list assignment index out of range"],
  ["str.upper()", "def f(a, b=1, *, k):\n    return a\nstr.upper()\n", "", "TypeError: unbound method str.upper() needs an argument"],
  ["list(5)", "def f(a, b=1, *, k):\n    return a\nlist(5)\n", "", "TypeError: 'int' object is not iterable"],
  ["sum(['a', 'b'])", "def f(a, b=1, *, k):\n    return a\nsum(['a', 'b'])\n", "", "TypeError: unsupported operand type(s) for +: 'int' and 'str'"],
  ["int(float('nan'))", "def f(a, b=1, *, k):\n    return a\nint(float('nan'))\n", "", "ValueError: cannot convert float NaN to integer"],
  ["class X:;   def __init__(self): return 1; X()", "def f(a, b=1, *, k):\n    return a\nclass X:\n  def __init__(self): return 1\nX()\n", "", "TypeError: __init__() should return None, not 'int'"],
  ["class Y:;   pass; Y(1)", "def f(a, b=1, *, k):\n    return a\nclass Y:\n  pass\nY(1)\n", "", "TypeError: Y() takes no arguments"],
  ["class Z:;   @property;   def p(self): return 1; Z().p = 2", "def f(a, b=1, *, k):\n    return a\nclass Z:\n  @property\n  def p(self): return 1\nZ().p = 2\n", "", "AttributeError: property 'p' of 'Z' object has no setter"],
  ["def g(a, /, b): pass; g(a=1, b=2)", "def f(a, b=1, *, k):\n    return a\ndef g(a, /, b): pass\ng(a=1, b=2)\n", "", "TypeError: g() got some positional-only arguments passed as keyword arguments: 'a'"],
  ["super()", "def f(a, b=1, *, k):\n    return a\nsuper()\n", "", "RuntimeError: super(): no arguments"],
  ["for i in 5: pass", "def f(a, b=1, *, k):\n    return a\nfor i in 5: pass\n", "", "TypeError: 'int' object is not iterable"],
  ["lst = [1]; lst.appendd(2)", "def f(a, b=1, *, k):\n    return a\nlst = [1]; lst.appendd(2)\n", "", "AttributeError: 'list' object has no attribute 'appendd'. Did you mean: 'append'?"],
  ["print(undefinedd)", "def f(a, b=1, *, k):\n    return a\nprint(undefinedd)\n", "", "NameError: name 'undefinedd' is not defined"],
  ["abs('a')", "def f(a, b=1, *, k):\n    return a\nabs('a')\n", "", "TypeError: bad operand type for abs(): 'str'"],
  ["1 in 1", "def f(a, b=1, *, k):\n    return a\n1 in 1\n", "", "TypeError: argument of type 'int' is not iterable"],
  ["frozenset([[1]])", "def f(a, b=1, *, k):\n    return a\nfrozenset([[1]])\n", "", "TypeError: unhashable type: 'list'"],
  ["raise 5", "def f(a, b=1, *, k):\n    return a\nraise 5\n", "", "TypeError: exceptions must derive from BaseException"],
  ["def h(): yield 1; next(h(), 1, 2)", "def f(a, b=1, *, k):\n    return a\ndef h(): yield 1\nnext(h(), 1, 2)\n", "", "TypeError: next expected at most 2 arguments, got 3"],
  ["x = y + 1", "def f(a, b=1, *, k):\n    return a\nx = y + 1\n", "", "NameError: name 'y' is not defined"],
  ["def k():;   v += 1; k()", "def f(a, b=1, *, k):\n    return a\ndef k():\n  v += 1\nk()\n", "", "UnboundLocalError: cannot access local variable 'v' where it is not associated with a value"],
  ["def outer():;   def inner(): return w;   inner();   w = 1; o", "def f(a, b=1, *, k):\n    return a\ndef outer():\n  def inner(): return w\n  inner()\n  w = 1\nouter()\n", "", "NameError: cannot access free variable 'w' where it is not associated with a value in enclosing scope"],
  ["import math; math.sqrt(-1)", "def f(a, b=1, *, k):\n    return a\nimport math; math.sqrt(-1)\n", "", "ValueError: math domain error"],
  ["import math; math.factorial(-1)", "def f(a, b=1, *, k):\n    return a\nimport math; math.factorial(-1)\n", "", "ValueError: factorial() not defined for negative values"],
  ["tuple()[0]", "def f(a, b=1, *, k):\n    return a\ntuple()[0]\n", "", "IndexError: tuple index out of range"],
  ["'abc'.split(1)", "def f(a, b=1, *, k):\n    return a\n'abc'.split(1)\n", "", "TypeError: must be str or None, not int"],
  ["d = {}; d.update(1)", "def f(a, b=1, *, k):\n    return a\nd = {}; d.update(1)\n", "", "TypeError: 'int' object is not iterable"],
  ["' '.join(5)", "def f(a, b=1, *, k):\n    return a\n' '.join(5)\n", "", "TypeError: can only join an iterable"],
  ["with 5: pass", "def f(a, b=1, *, k):\n    return a\nwith 5: pass\n", "", "TypeError: 'int' object does not support the context manager protocol"],
  ["raise KeyError('a', 'b')", "def f(a, b=1, *, k):\n    return a\nraise KeyError('a', 'b')\n", "", "KeyError: ('a', 'b')"],
  ["assert False, ('x', 1)", "def f(a, b=1, *, k):\n    return a\nassert False, ('x', 1)\n", "", "AssertionError: ('x', 1)"],
  ["class E(Exception): pass; raise E('custom')", "def f(a, b=1, *, k):\n    return a\nclass E(Exception): pass\nraise E('custom')\n", "", "E: custom"],
  ["class E2(Exception):;   def __str__(self): return 'from str'", "def f(a, b=1, *, k):\n    return a\nclass E2(Exception):\n  def __str__(self): return 'from str'\nraise E2()\n", "", "E2: from str"],
  ["raise ValueError", "def f(a, b=1, *, k):\n    return a\nraise ValueError\n", "", "ValueError"],
  ["import sys; sys.exit('bye')", "def f(a, b=1, *, k):\n    return a\nimport sys; sys.exit('bye')\n", "", "bye"],
  ["[x for x in range(3)][5]", "def f(a, b=1, *, k):\n    return a\n[x for x in range(3)][5]\n", "", "IndexError: list index out of range"],
];

function lastLine(s: string): string {
  const lines = s.trim().split("\n");
  return lines[lines.length - 1] ?? "";
}

describe("error messages match CPython 3.11", () => {
  for (const [title, source, stdout, last] of CASES) {
    it(title, () => {
      const r = runPython(source, { filename: "case.py" });
      expect(r.stdout).toBe(stdout);
      expect(lastLine(r.stderr)).toBe(last);
      expect(r.exitCode).toBe(1);
    });
  }
});
