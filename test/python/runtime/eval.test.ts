// The builtin eval() for expressions (src/python/builtins-eval.ts); expected outputs are what
// python3 (CPython 3.11) prints for the same programs.
import { describe, expect, it } from "vitest";
import { runPython } from "../../../src/python/index.js";

const out = (source: string) => {
  const r = runPython(source, { filename: "prog.py" });
  return r.stdout + (r.exception ? `${r.exception.type}: ${r.exception.message}\n` : "");
};

describe("eval", () => {
  it("reads the caller's locals, then its globals, then builtins", () => {
    expect(out(`g = 10
def f():
    y = 3
    import math as m
    return eval("y * 2 + g"), eval(" m.floor(2.5)"), eval("len([1, 2])")
print(f(), eval("g + 1"))
`)).toBe("(16, 2, 2) 11\n");
  });

  it("takes a globals dict, and its own names do not leak into the caller", () => {
    expect(out(`print(eval("x + 1", {"x": 4}), eval("[i * i for i in range(3)]", {}))
try:
    eval("x")
except NameError as e:
    print(e)
`)).toBe("5 [0, 1, 4]\nname 'x' is not defined\n");
  });

  it("raises SyntaxError for a malformed expression and TypeError for a non-string", () => {
    expect(out(`try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.lineno)
try:
    eval(1)
except TypeError as e:
    print(e)
`)).toBe("SyntaxError 1\neval() arg 1 must be a string, bytes or code object\n");
  });
});
