// Where a `with` block ends, by Python's indentation rule: the first statement line indented no deeper.
import { expect, test } from "vitest";
import { BlockMap } from "../../src/explain/blocks.js";

const code = [
  'with a("x"):', //       10
  "    y = 1", //          11
  "", //                   12
  "  # a comment", //      13
  "    with b():", //      14
  "        z = 2", //      15
  "    w = 3", //          16
  "v = 4", //              17
  "with c(): pass", //     18
  "u = 5", //              19
].join("\n");
const blocks = new BlockMap([{ code, firstLine: 10 }, { code: "with d():\n    t = 1\n", firstLine: 30 }]);

test("a block runs to its last deeper-indented line, past blank and comment lines", () => {
  expect([11, 12, 13, 16].map((n) => blocks.covers(10, n))).toEqual([true, true, true, true]);
  expect(blocks.covers(10, 17)).toBe(false);
  expect(blocks.covers(14, 15)).toBe(true);
  expect(blocks.covers(14, 16)).toBe(false);
});

test("a one-line with covers only its own line; each piece is read on its own", () => {
  expect(blocks.covers(18, 18)).toBe(true);
  expect(blocks.covers(18, 19)).toBe(false);
  expect(blocks.covers(30, 31)).toBe(true);
  expect(blocks.covers(10, 31)).toBe(false);
});
