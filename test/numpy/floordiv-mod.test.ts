/**
 * `//` and `%` on arrays: numpy 1.17's floor_divide and remainder (npy_divmod in
 * npy_math_internal.h.src: the floor quotient, the remainder taking the divisor's sign; bools meet in
 * int8), their reflected and in-place forms. Goldens printed by numpy 1.26, which computes these the
 * same way. A zero divisor (numpy's RuntimeWarning) is refused by name.
 */
import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

const run = (source: string) => {
  const r = runTf(`import numpy as np\n${source}`, { filename: "prog.py", profile: "1.15" });
  if (r.unsupported) return r.stdout + `unsupported: ${r.unsupported.feature}`;
  return r.stdout + (r.exception ? `${r.exception.type}: ${r.exception.message}` : "");
};

describe("numpy floor_divide and remainder", () => {
  it("floors toward minus infinity and signs the remainder like the divisor, for ints and floats", () => {
    expect(run(`a = np.array([7, -7, 7, -7, 0])
b = np.array([2, 2, -2, -2, 3])
print(a // b, a % b, (a // b).dtype)
f = np.array([7.5, -7.5, 1e-300, -0.0, 5.0], dtype=np.float32)
print(f // 2, f % -2, (f % 2).dtype)
print(np.array([True, False]) // np.array([True, True]), (np.array([True]) % np.array([True])).dtype)
print(10 // np.array([3, 4]), 10.5 % np.array([3, 4]))
`)).toBe(`[ 3 -4 -4  3  0] [ 1  1 -1 -1  0] int64
[ 3. -4.  0. -0.  2.] [-0.5 -1.5 -0.  -0.  -1. ] float32
[1 0] int8
[3 2] [1.5 2.5]
`);
  });

  it("writes in place with //= and %=, and refuses a cast same_kind forbids", () => {
    expect(run(`x = np.arange(5)
x %= 3
print(x)
x //= 2
print(x)
y = np.arange(4.0)
y //= 1.5
print(y)
z = np.arange(3)
z %= 1.5
`)).toBe(`[0 1 2 0 1]
[0 0 1 0 0]
[0. 0. 1. 2.]
numpy.core._exceptions.UFuncTypeError: Cannot cast ufunc 'remainder' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'`);
  });

  it("refuses a zero divisor by name (numpy warns and gives 0, inf or nan)", () => {
    expect(run("print(np.array([1, 2]) % np.array([1, 0]))")).toBe("unsupported: numpy.remainder by zero (its RuntimeWarning)");
    expect(run("print(np.array([1.0]) // 0)")).toBe("unsupported: numpy.floor_divide by zero (its RuntimeWarning)");
  });
});
