// numpy 1.17 scalar str/repr: shortest round-trip digits of the scalar's own type (checked with
// CPython's struct round trips for float32/float16), positional between 1e-4 and 1e16.
import { describe, expect, it } from "vitest";
import { arrayRepr, arrayStr } from "../../src/numpy/arrayprint.js";
import { fromNested } from "../../src/numpy/ndarray.js";
import { bytesRepr, floatScalarRepr, scalarRepr } from "../../src/numpy/scalarrepr.js";

const f32 = Math.fround;

describe("float scalars", () => {
  it("float64 matches Python's repr", () => {
    expect(floatScalarRepr(0.1, "float64")).toBe("0.1");
    expect(floatScalarRepr(1, "float64")).toBe("1.0");
    expect(floatScalarRepr(1e16, "float64")).toBe("1e+16");
    expect(floatScalarRepr(123456789, "float64")).toBe("123456789.0");
    expect(floatScalarRepr(0.0001, "float64")).toBe("0.0001");
    expect(floatScalarRepr(9.999e-5, "float64")).toBe("9.999e-05");
    expect(floatScalarRepr(-0, "float64")).toBe("-0.0");
    expect(floatScalarRepr(1.5e300, "float64")).toBe("1.5e+300");
    expect(floatScalarRepr(NaN, "float64")).toBe("nan");
    expect(floatScalarRepr(-Infinity, "float64")).toBe("-inf");
  });
  it("float32 uses float32's shortest digits", () => {
    expect(floatScalarRepr(f32(0.1), "float32")).toBe("0.1");
    expect(floatScalarRepr(f32(1 / 3), "float32")).toBe("0.33333334");
    expect(floatScalarRepr(f32(16777217), "float32")).toBe("16777216.0");
    expect(floatScalarRepr(f32(1e-5), "float32")).toBe("1e-05");
    expect(floatScalarRepr(f32(1e16), "float32")).toBe("1e+16");
    expect(floatScalarRepr(f32(3.4028235e38), "float32")).toBe("3.4028235e+38");
    expect(floatScalarRepr(f32(0.0025), "float32")).toBe("0.0025");
    expect(floatScalarRepr(f32(123456.789), "float32")).toBe("123456.79");
  });
  it("float16 uses float16's shortest digits", () => {
    expect(scalarRepr(fromNested([0.1], "float16").data[0], "float16")).toBe("0.1");
    expect(scalarRepr(fromNested([3.14159], "float16").data[0], "float16")).toBe("3.14");
    expect(scalarRepr(65504, "float16")).toBe("65500.0");
  });
});

describe("other scalars and 0-d arrays", () => {
  it("prints ints, bools and bytes", () => {
    expect(scalarRepr(-3, "int32")).toBe("-3");
    expect(scalarRepr(1, "bool")).toBe("True");
    expect(bytesRepr(new TextEncoder().encode("hi"))).toBe("b'hi'");
    expect(bytesRepr(new Uint8Array([0, 0x27, 0x22, 0x5c, 0xff]))).toBe("b'\\x00\\'\"\\\\\\xff'");
  });
  it("str of a 0-d array is the scalar's; repr is array(...)", () => {
    const x = fromNested(0.5, "float32");
    expect(arrayStr(x)).toBe("0.5");
    expect(arrayRepr(x)).toBe("array(0.5, dtype=float32)");
    expect(arrayStr(fromNested(1, "float64"))).toBe("1.0");
    expect(arrayRepr(fromNested(1, "float64"))).toBe("array(1.)");
    expect(arrayRepr(fromNested(7, "int32"))).toBe("array(7, dtype=int32)");
  });
});

describe("format() of numpy scalars (scalartypes.c gentype_format)", () => {
  it("formats a float32 as the double it converts to, also under an empty spec", async () => {
    const { runTf } = await import("../../src/shim/run.js");
    const r = runTf(
      `import numpy as np
x = np.float32(10) - np.float32(0.01)
print("{}".format(x), str(x), "{:.3f}".format(x), "{}".format(np.int32(3)), "{}".format(np.bool_(True)))
`,
      { filename: "prog.py", profile: "1.15" },
    );
    // python3 + numpy: 9.989999771118164 9.99 9.990 3 True
    expect(r.stdout).toBe("9.989999771118164 9.99 9.990 3 True\n");
  });
});
