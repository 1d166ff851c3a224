// The CPython differential test, fixed sample: generated programs and mutated snippets with CPython
// 3.11's outcome precomputed (differential-sample.json, written by update-differential.mjs with python3
// and PYTHONHASHSEED=0), so npm test stays deterministic and does not depend on the machine's python3.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compare, ours } from "./differential.mjs";
import { lib } from "./lib-src.js";

interface Case {
  seed: number;
  mode: "run" | "compile";
  src: string;
  cpython: unknown;
}
const cases = JSON.parse(readFileSync(new URL("./differential-sample.json", import.meta.url), "utf8")) as Case[];

// Differences still open (issue #14), by mode and seed; each entry is a gap to close, never a new one.
const OPEN: Record<string, string> = {
  "run 14005": "reflected comparison message ('<' for '>')",
  "compile 14009": "Lezer's 'expected :' where CPython says invalid syntax",
  "compile 14010": "line of expected 'except' or 'finally' block",
  "compile 14015": "'(' was never closed vs Perhaps you forgot a comma?",
  "compile 14023": "line of expected 'except' or 'finally' block",
  "run 14024": "expected 'else' after 'if' expression",
  "run 14025": "Perhaps you forgot a comma? where CPython says invalid syntax",
  "run 14033": "f-string: doubled prefix in nested f-string messages",
  "compile 14040": "line of expected 'except' or 'finally' block",
  "run 14042": "Perhaps you forgot a comma? where CPython says invalid syntax",
  "run 14049": "getattr() prefix in the attribute-name message",
  "run 14050": "a str index beyond sys.maxsize",
  "compile 14051": "Lezer's 'expected :' where CPython says invalid syntax",
  "compile 14059": "4,300-digit limit on int literals",
};

describe("CPython differential (fixed sample)", () => {
  it("the sample is there", () => expect(cases.length).toBeGreaterThanOrEqual(100));
  for (const c of cases) {
    const key = `${c.mode} ${c.seed}`;
    if (OPEN[key]) continue;
    it(key, () => {
      const o = ours(lib, c.src, c.mode);
      const verdict = compare(c.cpython, o, c.mode);
      expect(verdict === "same" || verdict.startsWith("by-design") ? "same" : `${verdict}: ${JSON.stringify(o).slice(0, 300)}`).toBe("same");
    });
  }
});
