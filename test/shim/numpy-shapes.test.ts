/**
 * Shape arguments of numpy's creation and random functions as numpy 1.17 reads them
 * (numpy/core/src/multiarray/conversion_utils.c PyArray_IntpConverter, PyArray_PyIntAsIntp; mtrand.pyx
 * draws into np.empty(size)). numpy 2 words some of these differently, so the goldens come from that source.
 */
import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

function outcomes(calls: string[]): string[] {
  const source = `import numpy as np
for f in [${calls.map((c) => `lambda: ${c}`).join(", ")}]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
`;
  const r = runTf(source, { filename: "prog.py", profile: "1.15" });
  expect(r.stderr).toBe("");
  return r.stdout.trimEnd().split("\n");
}

describe("numpy shapes", () => {
  it("takes one int or a sequence of ints, each through operator.index", () => {
    expect(outcomes(["np.zeros(3).shape", "np.ones((2, 3)).shape", "np.zeros([np.int64(2)]).shape", "np.full((2,), 7).tolist()"])).toEqual([
      "(3,)",
      "(2, 3)",
      "(2,)",
      "[7, 7]",
    ]);
  });

  it("refuses a float dimension with PyNumber_Index's TypeError, also in np.random (a real notebook's np.random.rand(1e4, 1e4))", () => {
    const err = "TypeError: 'float' object cannot be interpreted as an integer";
    expect(outcomes(["np.zeros((2.0, 3))", "np.ones(2.5)", "np.random.rand(1e4, 1e4)", "np.random.randn(2.0)", "np.random.normal(size=(2.0,))", "np.random.uniform(size=3.0)"])).toEqual(
      Array(6).fill(err),
    );
  });

  it("refuses negative dimensions, bools, dicts and more than 32 dimensions; None and '' are ()", () => {
    expect(outcomes(["np.zeros([2, -1])", "np.random.rand(-1)", "np.ones(True)", "np.zeros({})", "np.zeros((1,) * 33)", "np.zeros(None).shape", "np.zeros('ab')"])).toEqual([
      "ValueError: negative dimensions are not allowed",
      "ValueError: negative dimensions are not allowed",
      // PyArray_PyIntAsIntp: "Be a bit stricter and not allow bools" (numpy 2 says "expected a sequence of integers...").
      "TypeError: an integer is required",
      "TypeError: expected sequence object with len >= 0 or a single integer",
      "ValueError: maximum supported dimension for an ndarray is 32, found 33",
      // numpy 1.17 reads None as () (deprecated in 1.20).
      "()",
      "TypeError: 'str' object cannot be interpreted as an integer",
    ]);
  });
});

describe("arrays past tfscope's bound (2**25 elements)", () => {
  it("are unsupported in numpy and in a session, before they are allocated (10000 x 10000 used to take 97 s and 4 GB; tf.zeros of 20000 x 20000 ended the process)", () => {
    // Each as its own program: a gap ends the program (no except clause in it may catch one).
    for (const [expr, n] of [["np.random.rand(10000, 10000)", "100,000,000"], ["np.zeros((6000, 6000))", "36,000,000"], ["np.ones(2 ** 25 + 1)", "33,554,433"]]) {
      const u = runTf(`import numpy as np\nprint(${expr})\n`, { filename: "prog.py", profile: "1.15" });
      expect(u.unsupported?.feature, expr).toBe(`an array of ${n} elements (tfscope holds at most 33,554,432)`);
    }
    const r = runTf("import tensorflow as tf\nwith tf.Session() as sess:\n    sess.run(tf.reduce_sum(tf.zeros([20000, 20000])))\n", { filename: "prog.py", profile: "1.15" });
    expect(r.unsupported?.feature).toBe("an array of 400,000,000 elements (tfscope holds at most 33,554,432), made by Fill 'zeros'");
  });
});
