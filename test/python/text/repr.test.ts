import { describe, expect, it } from "vitest";
import { bytesRepr, strAscii, strRepr } from "../../../src/python/text/repr.js";
import { fixture, mismatches } from "./fixtures.js";

describe("repr of str and bytes (CPython-recorded)", () => {
  it("str: quote choice, escapes, non-printable characters, lone surrogates", () => {
    const rows = fixture<[string, string, string][]>("repr.json");
    const text = (hex: string) => Buffer.from(hex, "hex").toString("utf16le");
    expect(mismatches(rows, ([h]) => [strRepr(text(h)), strAscii(strRepr(text(h)))], ([, r, a]) => [r, a])).toEqual([]);
  });

  it("bytes", () => {
    const rows = fixture<[number[], string][]>("bytes-repr.json");
    expect(mismatches(rows, ([b]) => bytesRepr(b), ([, r]) => r)).toEqual([]);
  });
});
