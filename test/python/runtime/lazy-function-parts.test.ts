// A function's attribute dict (PyFunction.lazyDict) and its signature's name index (Signature.index) are
// made on first use, to keep the start-up snapshot small. Made late, they must hold what they held when
// every `def` made them: the dict starts with the `__module__` the def found in its globals (read after
// the defaults, as it was), and keyword binding finds each parameter's slot. The expected outputs are
// what the interpreter printed when both were made eagerly (the lines CPython 3.11 prints alike are
// marked); CPython keeps __module__ out of __dict__, which tfscope has never modelled.
import { describe, expect, it } from "vitest";
import { runPython } from "../../../src/python/index.js";

const CASES: [title: string, source: string, stdout: string][] = [
  [
    "__module__ is the def's, read after its defaults (CPython alike)",
    "def f(x=globals().__setitem__('__name__', 'zz')): pass\nglobals()['__name__'] = '__main__'\ndef g(): pass\nprint(f.__module__, g.__module__)\n",
    "zz __main__\n",
  ],
  [
    "the dict made by a read of __dict__, vars() or dir() holds __module__ first",
    "def f(): pass\ndef g(): pass\ndef h(): pass\nprint(f.__dict__, vars(g), '__module__' in dir(h))\nh.b = 2\nprint(h.__dict__)\n",
    "{'__module__': '__main__'} {'__module__': '__main__'} True\n{'__module__': '__main__', 'b': 2}\n",
  ],
  [
    "the dict made by setattr or delattr",
    "def f(): pass\nf.a = 1\nprint(f.__dict__, f.a)\ndef g(): pass\ng.__module__ = 'x'\nprint(g.__dict__, g.__module__)\ndel g.__module__\nprint(g.__dict__)\ndef h(): pass\ntry:\n    del h.nothing\nexcept AttributeError as e:\n    print(type(e).__name__)\nprint(h.__dict__)\n",
    "{'__module__': '__main__', 'a': 1} 1\n{'__module__': 'x'} x\n{}\nAttributeError\n{'__module__': '__main__'}\n",
  ],
  [
    "functools.wraps copies through the dicts; lambdas and generator expressions",
    "import functools\ndef k(a, b=2, *, c=3): return a, b, c\n@functools.wraps(k)\ndef w(*a): return k(*a)\nprint(w.__name__, sorted(w.__dict__), w.__wrapped__ is k)\nl = lambda: 0\nl.x = 1\nprint(l.__dict__, list(i for i in range(2)))\n",
    "k ['__module__', '__wrapped__'] True\n{'__module__': '__main__', 'x': 1} [0, 1]\n",
  ],
  [
    "keyword calls bind by name; unknown, repeated and positional-only names refused (CPython alike)",
    "def k(a, b=2, *, c=3): return a, b, c\nprint(k(b=5, a=1, c=0), k(1, c=9))\ndef p(x, /, y, **kw): return x, y, kw\nprint(p(1, y=2, x=3))\nfor call in [lambda: k(1, d=2), lambda: k(1, a=2), lambda: k(1, 2, 3), lambda: p(x=1, y=2)]:\n    try:\n        call()\n    except TypeError as e:\n        print(e)\n",
    "(1, 5, 0) (1, 2, 9)\n(1, 2, {'x': 3})\nk() got an unexpected keyword argument 'd'\nk() got multiple values for argument 'a'\nk() takes from 1 to 2 positional arguments but 3 were given\np() missing 1 required positional argument: 'x'\n",
  ],
  [
    "functions without defaults: giving one defaults leaves the others without (CPython alike)",
    "def a(x): return x\ndef b(y): return y\na.__defaults__ = (1,)\nprint(a.__defaults__, b.__defaults__, a())\ntry:\n    b()\nexcept TypeError as e:\n    print(e)\na.__defaults__ = None\nprint(a.__defaults__, b.__defaults__)\n",
    "(1,) None 1\nb() missing 1 required positional argument: 'y'\nNone None\n",
  ],
];

describe("a function's dict and its signature's index, made on first use", () => {
  for (const [title, source, stdout] of CASES) {
    it(title, () => {
      const r = runPython(source, { filename: "case.py" });
      expect(r.stderr).toBe("");
      expect(r.stdout).toBe(stdout);
    });
  }
});
