import { describe, expect, it } from "vitest";
import { intToDecimal, intToPrefixed, parseIntText } from "../../../src/python/text/int.js";
import { fixture, mismatches, outcome } from "./fixtures.js";

describe("int text (CPython-recorded)", () => {
  it("int(str, base): prefixes, underscores, Unicode digits, base 0 rules, errors", () => {
    const rows = fixture<[string, number, string][]>("int-parse.json");
    const actual = ([s, b]: [string, number, string]) => {
      const v = outcome(() => parseIntText(s, b));
      return typeof v === "string" ? v : v.toString(16).slice(0, 60);
    };
    expect(mismatches(rows, actual, (r) => r[2])).toEqual([]);
  });

  it("str(int) enforces the 4300-digit limit; hex/oct/bin put the sign first", () => {
    expect(outcome(() => intToDecimal(10n ** 5000n))).toBe(
      "!ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
    );
    expect(intToDecimal(-(10n ** 4299n)).length).toBe(4301);
    expect([intToPrefixed(-255, 16), intToPrefixed(8, 8), intToPrefixed(-5n, 2), intToPrefixed(0, 16)]).toEqual(["-0xff", "0o10", "-0b101", "0x0"]);
  });
});
