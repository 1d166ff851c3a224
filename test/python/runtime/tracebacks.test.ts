import { describe, expect, it } from "vitest";
import { runPython } from "../../../src/python/index.js";

// Whole stderr reports recorded from python3 (`python3 /tmp/gen_case.py`), for programs where
// CPython 3.11 prints no column carets (tfscope does not print them; see the report).
const CASES: [title: string, source: string, stderr: string][] = [
  ["nested calls", "def a():\n    b()\ndef b():\n    c()\ndef c():\n    raise ValueError('deep')\na()\n", "Traceback (most recent call last):\n  File \"/tmp/gen_case.py\", line 7, in <module>\n    a()\n  File \"/tmp/gen_case.py\", line 2, in a\n    b()\n  File \"/tmp/gen_case.py\", line 4, in b\n    c()\n  File \"/tmp/gen_case.py\", line 6, in c\n    raise ValueError('deep')\nValueError: deep\n"],
  ["caught and re-raised keeps inner frames", "def f():\n    raise KeyError('k')\ndef g():\n    try:\n        f()\n    except KeyError:\n        raise\ntry:\n    g()\nexcept KeyError as e:\n    raise e\n", "Traceback (most recent call last):\n  File \"/tmp/gen_case.py\", line 11, in <module>\n    raise e\n  File \"/tmp/gen_case.py\", line 9, in <module>\n    g()\n  File \"/tmp/gen_case.py\", line 5, in g\n    f()\n  File \"/tmp/gen_case.py\", line 2, in f\n    raise KeyError('k')\nKeyError: 'k'\n"],
  ["context chaining", "try:\n    raise ValueError('first')\nexcept ValueError:\n    raise TypeError('second')\n", "Traceback (most recent call last):\n  File \"/tmp/gen_case.py\", line 2, in <module>\n    raise ValueError('first')\nValueError: first\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"/tmp/gen_case.py\", line 4, in <module>\n    raise TypeError('second')\nTypeError: second\n"],
  ["suppressed context", "try:\n    raise ValueError('first')\nexcept ValueError:\n    raise TypeError('second') from None\n", "Traceback (most recent call last):\n  File \"/tmp/gen_case.py\", line 4, in <module>\n    raise TypeError('second') from None\nTypeError: second\n"],
  ["method and class body frames", "class A:\n    def m(self):\n        raise AttributeError('nope')\nclass B:\n    A().m()\n", "Traceback (most recent call last):\n  File \"/tmp/gen_case.py\", line 4, in <module>\n    class B:\n  File \"/tmp/gen_case.py\", line 5, in B\n    A().m()\n  File \"/tmp/gen_case.py\", line 3, in m\n    raise AttributeError('nope')\nAttributeError: nope\n"],
  ["generator frame", "def gen():\n    yield 1\n    raise StopIteration\nfor x in gen():\n    pass\n", "Traceback (most recent call last):\n  File \"/tmp/gen_case.py\", line 3, in gen\n    raise StopIteration\nStopIteration\n\nThe above exception was the direct cause of the following exception:\n\nTraceback (most recent call last):\n  File \"/tmp/gen_case.py\", line 4, in <module>\n    for x in gen():\nRuntimeError: generator raised StopIteration\n"],
  ["exception with no message", "class Quiet(Exception):\n    pass\nraise Quiet\n", "Traceback (most recent call last):\n  File \"/tmp/gen_case.py\", line 3, in <module>\n    raise Quiet\nQuiet\n"],
  ["attribute error suggestion", "class Model:\n    def __init__(self):\n        self.weights = []\nModel().weight\n", "Traceback (most recent call last):\n  File \"/tmp/gen_case.py\", line 4, in <module>\n    Model().weight\nAttributeError: 'Model' object has no attribute 'weight'. Did you mean: 'weights'?\n"],
  ["module attribute error suggestion", "import math\nmath.sqroot\n", "Traceback (most recent call last):\n  File \"/tmp/gen_case.py\", line 2, in <module>\n    math.sqroot\nAttributeError: module 'math' has no attribute 'sqroot'. Did you mean: 'sqrt'?\n"],
  ["syntax error", "x = (1,\ny = 2\n", "  File \"/tmp/gen_case.py\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n"],
  ["indentation error", "def f():\nreturn 1\n", "  File \"/tmp/gen_case.py\", line 2\n    return 1\n    ^\nIndentationError: expected an indented block after function definition on line 1\n"],];

describe("tracebacks match CPython 3.11", () => {
  for (const [title, source, stderr] of CASES) {
    it(title, () => {
      const r = runPython(source, { filename: "/tmp/gen_case.py" });
      expect(r.stderr).toBe(stderr);
    });
  }
});
