import { describe, expect, it } from "vitest";
import { floatFromHex, floatHex, floatRepr, formatFloatParts, parseFloatText, roundFloat, roundHalfEven } from "../../../src/python/text/float.js";
import { fixture, fromBits, mismatches, outcome } from "./fixtures.js";

interface Row {
  bits: string;
  repr: string;
  styles: Record<string, string>;
  round: Record<string, string>;
  round0: string;
  hex: string;
}
const rows = fixture<Row[]>("float.json");
const signed = (p: { negative: boolean; body: string }) => (p.negative ? "-" : "") + p.body;
const bitsOf = (x: number) => {
  const b = Buffer.alloc(8);
  b.writeDoubleLE(x);
  return b.toString("hex");
};

describe("float text (CPython-recorded)", () => {
  it("repr is the shortest round-trip string with CPython's exponent thresholds", () => {
    expect(mismatches(rows, (r) => floatRepr(fromBits(r.bits)), (r) => r.repr)).toEqual([]);
  });

  it("printf styles e/f/g, #g and format's no-type-with-precision round exactly", () => {
    const actual = (r: Row) => {
      const x = fromBits(r.bits);
      const out: Record<string, string> = {};
      for (const key of Object.keys(r.styles)) {
        const m = /^(#?)([efgn])(\d+)$/.exec(key)!;
        const p = Number(m[3]);
        if (m[2] === "n") out[key] = signed(formatFloatParts(x, "g", p, false, true));
        else out[key] = signed(formatFloatParts(x, m[2] as "e" | "f" | "g", p, m[1] === "#"));
      }
      return out;
    };
    expect(mismatches(rows, actual, (r) => r.styles)).toEqual([]);
  });

  it("round(x, n) is correctly rounded, half-even on exact ties", () => {
    const actual = (r: Row) => {
      const out: Record<string, string> = {};
      for (const n of Object.keys(r.round)) {
        const v = outcome(() => roundFloat(fromBits(r.bits), Number(n)));
        out[n] = typeof v === "string" ? v : bitsOf(v);
      }
      return out;
    };
    expect(mismatches(rows, actual, (r) => r.round)).toEqual([]);
  });

  it("round(x) rounds half to even", () => {
    expect(mismatches(rows, (r) => BigInt(roundHalfEven(fromBits(r.bits))).toString(), (r) => r.round0)).toEqual([]);
  });

  it("float.hex", () => {
    expect(mismatches(rows, (r) => floatHex(fromBits(r.bits)), (r) => r.hex)).toEqual([]);
  });

  it("float(str) accepts CPython's syntax and reports its ValueError", () => {
    const cases = fixture<[string, string][]>("float-parse.json");
    const actual = ([s]: [string, string]) => {
      const v = outcome(() => parseFloatText(s));
      return typeof v === "string" ? v : bitsOf(v);
    };
    expect(mismatches(cases, actual, ([, e]) => e)).toEqual([]);
  });

  it("float.fromhex rounds half-even, into subnormals, with CPython's errors", () => {
    const cases = fixture<[string, string][]>("float-fromhex.json");
    const actual = ([s]: [string, string]) => {
      const v = outcome(() => floatFromHex(s));
      return typeof v === "string" ? v : bitsOf(v);
    };
    expect(mismatches(cases, actual, ([, e]) => e)).toEqual([]);
  });

  it("special values", () => {
    expect([floatRepr(Infinity), floatRepr(-Infinity), floatRepr(NaN), floatRepr(-0)]).toEqual(["inf", "-inf", "nan", "-0.0"]);
    expect(outcome(() => roundFloat(1.7976931348623157e308, -308))).toBe("!OverflowError: rounded value too large to represent");
  });
});
