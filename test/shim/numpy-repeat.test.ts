/**
 * np.repeat as numpy 1.17's PyArray_Repeat does it (numpy/core/src/multiarray/item_selection.c):
 * without an axis the array is flattened; one count serves every element; the result keeps the
 * dtype. And numpy.AxisError (numpy/core/_exceptions.py, a ValueError and an IndexError, printed
 * as `numpy.AxisError`) for an axis out of range, here and in the other functions taking one.
 */
import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

const run = (source: string) => {
  const r = runTf(source, { filename: "prog.py", profile: "1.15" });
  if (r.unsupported) return r.stdout + `unsupported: ${r.unsupported.feature}`;
  return r.stdout + (r.exception ? `${r.exception.type}: ${r.exception.message}` : "");
};

describe("np.repeat", () => {
  it("repeats a scalar, a flattened array, rows by their own counts, and columns", () => {
    expect(run(`import numpy as np
print(repr(np.repeat(0., 3)))
print(repr(np.repeat([[1, 2], [3, 4]], 2)))
print(np.repeat([[1, 2], [3, 4]], [1, 2], axis=0).tolist())
print(np.repeat(np.array([[1, 2], [3, 4]]), 2, axis=-1).tolist())
print(repr(np.concatenate((np.repeat(0., 2), np.repeat(1., 2)))))
`)).toBe("array([0., 0., 0.])\narray([1, 1, 2, 2, 3, 3, 4, 4])\n[[1, 2], [3, 4], [3, 4]]\n[[1, 1, 2, 2], [3, 3, 4, 4]]\narray([0., 0., 1., 1.])\n");
  });

  it("raises numpy.AxisError, which except ValueError and except IndexError both catch", () => {
    expect(run(`import numpy as np
for f in (lambda: np.repeat([1], 2, axis=1), lambda: np.concatenate([[1]], axis=1)):
    try:
        f()
    except IndexError as e:
        print(type(e).__module__, type(e).__name__, isinstance(e, ValueError), e)
np.sum(np.ones(2), axis=3)
`)).toBe(
      "numpy AxisError True axis 1 is out of bounds for array of dimension 1\nnumpy AxisError True axis 1 is out of bounds for array of dimension 1\n" +
        "numpy.AxisError: axis 3 is out of bounds for array of dimension 1",
    );
  });

  it("refuses by name the counts it does not model", () => {
    expect(run(`import numpy as np
np.repeat([1, 2], [1, 2, 3])
`)).toBe("unsupported: numpy.repeat with negative repeats or one per element of another length");
  });
});
