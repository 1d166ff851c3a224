/**
 * numpy.random as numpy's legacy RandomState (mtrand.pyx) gives it: a draw without a size is a Python
 * float or int (not a numpy scalar), choice() draws randint(0, n, size) with replacement and
 * permutation(n)[:size] without, and a name tfscope lacks is refused by name, never an AttributeError
 * that would blame the document; ndarray.item(i). Expected values printed by numpy 1.26.4 (the legacy stream is frozen).
 */
import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

const run = (source: string) => {
  const r = runTf(source, { filename: "prog.py", profile: "1.15" });
  if (r.unsupported) return r.stdout + `unsupported: ${r.unsupported.feature}`;
  return r.stdout + (r.exception ? `${r.exception.type}: ${r.exception.message}` : "");
};

describe("numpy.random", () => {
  it("gives Python scalars for draws without a size", () => {
    expect(run(`import numpy as np
np.random.seed(0)
a = np.random.randint(5)
print(type(a).__name__, a)
b = np.random.randint(0, 10, size=3)
print(type(b).__name__, b, b.dtype)
print(np.random.rand(), type(np.random.rand()).__name__, type(np.random.uniform()).__name__)
`)).toBe("int 4\nndarray [5 0 3] int64\n0.8579456176227568 float float\n");
  });

  it("chooses with and without replacement, and permutes", () => {
    expect(run(`import numpy as np
np.random.seed(3)
print(np.random.choice(100), np.random.choice(10, size=4), np.random.choice(10, 3, replace=False))
print(np.random.permutation(5), type(np.random.choice(7, replace=False)).__name__)
np.random.choice(3, 4, replace=False)
`)).toBe("24 [9 3 8 8] [7 9 4]\n[2 1 3 4 0] int\nValueError: Cannot take a larger sample than population when 'replace=False'");
  });

  it("refuses what it lacks by name", () => {
    expect(run("import numpy as np\nnp.random.beta(1, 2)")).toBe("unsupported: numpy.random.beta");
    expect(run("import numpy as np\nnp.random.choice([1, 2], p=[0.5, 0.5])")).toBe("unsupported: numpy.random.choice(p=...)");
  });

  it("refuses ndarray and scalar methods it lacks by name, and gives numpy's AttributeError for others", () => {
    expect(run(`import numpy as np
a = np.arange(6.).reshape(2, 3)
print(a.item(3), a.item((1, 0)), a.item(-1))
for f in (lambda: a.foo, lambda: np.float64(1).foo, lambda: np.random.foo):
    try:
        f()
    except AttributeError as e:
        print(e)
a.cumprod()
`)).toBe(
      "3.0 3.0 5.0\n'numpy.ndarray' object has no attribute 'foo'\n'numpy.float64' object has no attribute 'foo'\n" +
        "module 'numpy.random' has no attribute 'foo'\nunsupported: numpy.ndarray.cumprod",
    );
  });

  it("writes into arrays in place (item assignment is modelled since numpy views are: test/numpy/setitem.test.ts)", () => {
    expect(run("import numpy as np\na = np.zeros((2, 3))\na[:, :-1] = 1\nprint(a)")).toBe("[[1. 1. 0.]\n [1. 1. 0.]]\n");
  });

  it("refuses the docstrings the shim and builtins do not carry when the document reads them", () => {
    expect(run("import tensorflow as tf\nprint(tf.cond.__doc__.split())")).toBe("unsupported: the docstring of cond");
    expect(run("def f():\n    'mine'\nprint(f.__doc__)\nlen.__doc__")).toBe("mine\nunsupported: the docstring of len");
  });
});
