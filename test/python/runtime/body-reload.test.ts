import { describe, expect, it } from "vitest";
import { PyHost, dropFunctionTrees, forgetParsedModules, takeLazyBodies, trackLazyBodies } from "../../../src/python/index.js";

// compile/body-reload.ts: a start-up snapshot's interpreter lets the functions its imports made forget
// their parse trees; a function's first call reads its module's tree again, finds its `def` or `lambda`
// by position and compiles that. What runs must be what the held tree would have given.
const MODULE = `def plain(a, b=2):
    return a + b
def outer(x):
    k = x * 10
    def inner(y):
        return (k + y, inner.__qualname__)
    return inner
def gen(n):
    for i in range(n):
        yield i * i
class C:
    def m(self):
        return super().__repr__()[:3], C.m.__qualname__
    def lam(self):
        f, g = (lambda q: q + 1), (lambda q: [q * 2 for _ in range(2)])
        return f(1), g(5), f.__qualname__, g.__qualname__
double = lambda v: (v, v)
pair = (lambda q: q + 1), (lambda q: q * 2)
def boom(v):
    x = 1
    return v / 0
`;
const PROGRAM = `import mod
print(mod.plain(1), mod.outer(2)(3), list(mod.gen(4)), mod.C().m(), mod.C().lam(), mod.double(7), mod.pair[0](1), mod.pair[1](5))
print(mod.outer.__qualname__, mod.gen.__qualname__, mod.C.lam.__qualname__, mod.double.__qualname__)
mod.boom(1)
`;

function host(): PyHost {
  const py = new PyHost();
  py.registerModule("mod", MODULE);
  return py;
}

const outcome = (py: PyHost) => {
  const r = py.runSource(PROGRAM, { filename: "p.py" });
  return { stdout: r.stdout, stderr: r.stderr, exception: r.exception };
};

describe("function bodies compiled from their module's tree read again", () => {
  const fresh = outcome(host());

  it("give what a function holding its tree gives: values, closures, generators, qualnames, tracebacks", () => {
    expect(fresh.stdout).toContain("3 (23, 'outer.<locals>.inner') [0, 1, 4, 9] ('<mo', 'C.m') (2, [10, 10], 'C.lam.<locals>.<lambda>', 'C.lam.<locals>.<lambda>') (7, 7) 2 10");
    expect(fresh.exception?.type).toBe("ZeroDivisionError");
    const py = host();
    trackLazyBodies(true);
    py.preImport("mod");
    // Every function the import made and nothing called yet: plain, outer, gen, C.m, C.lam, double, the
    // two lambdas of one line (told apart by their columns), boom.
    expect(dropFunctionTrees()).toBe(9);
    // The tree must be read again: from the parse cache, forgotten here, then from the source.
    forgetParsedModules(() => {});
    expect(outcome(py)).toEqual(fresh);
  });

  it("compile first the bodies asked for, and the functions nested in them forget their trees", () => {
    // A warm-up calls outer, and the inner function outer makes: both compile before the drop.
    trackLazyBodies(true);
    const warm = host();
    warm.runSource("import mod\nmod.outer(1)(2)\n", { filename: "w.py" });
    const called = new Set(takeLazyBodies().filter((b) => b.code.run !== null).map((b) => b.node));
    expect(called.size).toBe(2);
    const py = host();
    trackLazyBodies(true);
    py.preImport("mod");
    // outer is compiled, inner (made by compiling outer) too; the other eight forget their trees.
    expect(dropFunctionTrees(called)).toBe(8);
    forgetParsedModules(() => {});
    expect(outcome(py)).toEqual(fresh);
  });

  it("keep the tree of a function not compiled from the tree an import ran (a program's own)", () => {
    const py = new PyHost();
    trackLazyBodies(true);
    const first = py.runSource("def f():\n    return 42\n", { filename: "p.py" });
    expect(dropFunctionTrees()).toBe(0);
    expect(py.runSource("print(f())\n", { filename: "p.py", globals: first.globals }).stdout).toBe("42\n");
  });
});
