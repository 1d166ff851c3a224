import { describe, expect, it } from "vitest";
import { snippetNames } from "../../src/docs/python-scopes.js";

// Expected sets follow CPython's symtable (Python/symtable.c): what a statement binds at module level
// and which module names it reads before binding them.
const needs = (code: string) => [...snippetNames(code).needs].sort();
const binds = (code: string) => [...snippetNames(code).binds].sort();

describe("python-scopes: module names a snippet needs and binds", () => {
  it("`a = f(a)` reads a before binding it; `a += 1` too", () => {
    expect(needs("a = f(a)\n")).toEqual(["a", "f"]);
    expect(needs("a += 1\n")).toEqual(["a"]);
    expect(needs("a = 1\nb = a\n")).toEqual([]);
  });

  it("parameters shadow globals; defaults and annotations are read where the def runs", () => {
    expect(needs("def f(x, y=z) -> T:\n    return x + y + g\n")).toEqual(["T", "g", "z"]);
    expect(binds("def f(x):\n    y = x\n")).toEqual(["f"]);
    expect(needs("f = lambda x: x + k\n")).toEqual(["k"]);
  });

  it("a name assigned anywhere in a function is local to all of it", () => {
    // UnboundLocalError territory in CPython, but never a module read.
    expect(needs("def f():\n    print(v)\n    v = 1\n")).toEqual(["print"]);
  });

  it("comprehension variables are the comprehension's own; its first iterable is read outside", () => {
    expect(needs("ys = [i * k for i in xs if i]\n")).toEqual(["k", "xs"]);
    expect(needs("d = {k: v for k, v in items}\n")).toEqual(["items"]);
    expect(binds("ys = [i for i in xs]\n")).toEqual(["ys"]);
  });

  it("global and nonlocal: a function's global assignment binds at module level", () => {
    expect(binds("def f():\n    global g\n    g = 1\n")).toEqual(["f", "g"]);
    expect(needs("def outer():\n    n = 0\n    def inner():\n        nonlocal n\n        n += 1\n    return inner\n")).toEqual([]);
  });

  it("a class body's names are not visible to its methods", () => {
    expect(needs("class C(Base):\n    size = 3\n    def m(self):\n        return size\n")).toEqual(["Base", "size"]);
    expect(binds("class C:\n    size = 3\n")).toEqual(["C"]);
  });

  it("with … as, for targets and except … as bind before their bodies read them", () => {
    expect(needs("with tf.Session() as sess:\n    sess.run(x)\n")).toEqual(["tf", "x"]);
    expect(needs("for i in range(3):\n    print(i)\n")).toEqual(["print", "range"]);
    expect(needs("try:\n    pass\nexcept ValueError as e:\n    print(e)\n")).toEqual(["ValueError", "print"]);
  });

  it("imports bind their alias or first name", () => {
    expect(binds("import matplotlib.pyplot as plt\nimport os.path\nfrom a import b, c as d\n")).toEqual(["b", "d", "os", "plt"]);
  });
});
