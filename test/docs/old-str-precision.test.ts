/**
 * Recordings made with numpy before 1.14 show str() of a float32 scalar as "%.6g" and of a float64
 * one as "%.12g" (numpy 1.13 scalartypes.c.src FLOATPREC_STR / DOUBLEPREC_STR); numpy 1.17, TF 1.15's,
 * prints the shortest repr. Expected roundings are Python's `'%.6g' % float(np.float32(x))` (C's printf:
 * the exact binary value, ties to even) on this machine's CPython 3.11 and numpy 1.26.
 */
import { describe, expect, it } from "vitest";
import { sameOldStrPrecision } from "../../src/docs/compare.js";

describe("numbers printed by an old str()", () => {
  it("holds when each recorded number is the actual float32 rounded to 6 digits", () => {
    // 49.53125 is a tie at 6 digits: printf keeps the even 2; 9.437695 is 9.437694549560547 as a float32.
    expect(sameOldStrPrecision("9.90625 * 5.0 = 49.5312\n", "9.90625 * 5.0 = 49.53125\n")).toBe(true);
    expect(sameOldStrPrecision("9.43769 * 5.0 + 2.50515 = 45.134", "9.437695 * 5.0 + 2.5051522 = 45.133953")).toBe(true);
    expect(sameOldStrPrecision("0.000123457 1.23457e+06", "0.00012345679 1.2345679e+06")).toBe(true);
  });

  it("holds for a float64 or Python 2 float to 12 digits", () => {
    expect(sameOldStrPrecision("x = 0.3", "x = 0.30000000000000004")).toBe(true);
  });

  it("does not hold for other values, other text, or when nothing differs", () => {
    expect(sameOldStrPrecision("49.5313", "49.53125")).toBe(false); // printf rounds the tie to even: 49.5312
    expect(sameOldStrPrecision("9.4377", "9.437695")).toBe(false); // the float32 is 9.43769454...
    expect(sameOldStrPrecision("loss 49.5312", "Loss 49.53125")).toBe(false);
    expect(sameOldStrPrecision("35.0", "35.0")).toBe(false);
    expect(sameOldStrPrecision("12", "12.5")).toBe(false);
  });
});
