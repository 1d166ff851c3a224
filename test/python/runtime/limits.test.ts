import { describe, expect, it } from "vitest";
import { runPython } from "../../../src/python/index.js";

describe("hard limits", () => {
  it("stops an infinite loop with a clear error instead of hanging", () => {
    const r = runPython("n = 0\nwhile True:\n    n += 1\n", { limits: { steps: 100_000 } });
    expect(r.exitCode).toBe(1);
    expect(r.exception?.type).toBe("StepLimitExceeded");
    expect(r.stderr).toMatch(/step limit exceeded/);
  });

  it("Python code cannot catch the step limit", () => {
    const src = "try:\n    while True:\n        pass\nexcept BaseException:\n    print('caught')\n";
    const r = runPython(src, { limits: { steps: 10_000 } });
    expect(r.stdout).toBe("");
    expect(r.exception?.type).toBe("StepLimitExceeded");
  });

  it("counts steps inside comprehensions, generators and sum()", () => {
    for (const src of ["[x for x in iter(int, 1)]", "sum(x for x in iter(int, 1))", "def g():\n    while True:\n        yield 1\nlist(g())"]) {
      const r = runPython(src, { limits: { steps: 50_000, memoryCells: 1e9 } });
      expect(r.exception?.type, src).toBe("StepLimitExceeded");
    }
  });

  it("raises RecursionError at the recursion limit (CPython's default is 1000)", () => {
    const src =
      "import sys\nn = 0\ndef f():\n    global n\n    n += 1\n    f()\ntry:\n    f()\nexcept RecursionError as e:\n    print(e, sys.getrecursionlimit(), 990 < n < 1000)\n";
    const r = runPython(src);
    expect(r.stdout).toBe("maximum recursion depth exceeded 1000 True\n");
  });

  it("honours a configured recursion limit and setrecursionlimit", () => {
    const src = "n = 0\ndef f():\n    global n\n    n += 1\n    f()\ntry:\n    f()\nexcept RecursionError:\n    print(n < 50)\n";
    expect(runPython(src, { limits: { recursion: 50 } }).stdout).toBe("True\n");
    const src2 = "import sys\nsys.setrecursionlimit(60)\n" + src.replace("n < 50", "50 < n < 60");
    expect(runPython(src2).stdout).toBe("True\n");
  });

  it("turns a JS stack overflow into RecursionError, never a crash", () => {
    const src =
      "import sys\nsys.setrecursionlimit(10**6)\ndef f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print('recursion:', e)\n";
    const r = runPython(src);
    expect(r.stdout).toBe("recursion: maximum recursion depth exceeded\n");
    expect(r.exitCode).toBe(0);
  });

  it("raises MemoryError for huge sequences", () => {
    for (const src of ["[0] * 10**10", "'ab' * 10**10", "(1, 2) * 10**9", "' '.center(10**10)"]) {
      const r = runPython(src);
      expect(r.exception?.type, src).toBe("MemoryError");
      expect(r.stderr.trim().split("\n").pop()).toBe("MemoryError");
    }
  });

  it("MemoryError is an ordinary catchable Python exception", () => {
    const r = runPython("try:\n    x = [None] * 10**12\nexcept MemoryError:\n    print('too big')\n");
    expect(r.stdout).toBe("too big\n");
  });
});
