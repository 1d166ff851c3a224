import { describe, expect, it } from "vitest";
import * as str from "../../../src/python/text/str-methods.js";
import { fixture, mismatches, outcome } from "./fixtures.js";

type Row = [method: string, args: (string | number | null)[], expected: unknown];
const rows = fixture<Row[]>("str-methods.json");
const NAMES: Record<string, string> = { startswith: "startsWith", endswith: "endsWith" };

function run([method, args]: Row): unknown {
  const f = (str as unknown as Record<string, (...a: unknown[]) => unknown>)[NAMES[method] ?? method]!;
  return outcome(() => f(...args));
}

describe("str methods (CPython-recorded)", () => {
  for (const method of [...new Set(rows.map((r) => r[0]))]) {
    it(method, () => {
      expect(mismatches(rows.filter((r) => r[0] === method), run, (r) => r[2])).toEqual([]);
    });
  }
});
