import { describe, expect, it } from "vitest";
import { formatFloat, formatInt, formatStr } from "../../../src/python/text/format-spec.js";
import { fixture, fromBits, mismatches, outcome } from "./fixtures.js";

type Row = [kind: string, value: string, spec: string, expected: string];
const rows = fixture<Row[]>("format-spec.json");

function run([kind, value, spec]: Row): string {
  return outcome(() => {
    switch (kind) {
      case "int":
        return formatInt(BigInt(value), spec);
      case "bool":
        return formatInt(BigInt(value), spec, "bool", value === "1" ? "True" : "False");
      case "float":
        return formatFloat(fromBits(value), spec);
      default:
        return formatStr(value, spec);
    }
  });
}

describe("format-spec mini-language (CPython-recorded)", () => {
  for (const kind of ["int", "bool", "float", "str"]) {
    it(`format(${kind}, spec) for random specs`, () => {
      expect(mismatches(rows.filter((r) => r[0] === kind), run, (r) => r[3])).toEqual([]);
    });
  }

  it("zero padding is grouped like the digits", () => {
    expect([formatInt(1234, "010,"), formatInt(1234, "08,"), formatInt(1234, "#010_x"), formatFloat(1234.5, "010,.1f")]).toEqual([
      "00,001,234",
      "0,001,234",
      "0x000_04d2",
      "0,001,234.5",
    ]);
  });
});
