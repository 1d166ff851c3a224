// Every input the fuzzer ever crashed or hung on (test/fuzz/corpus/), run to the end: no internal error,
// and the last line printed is CPython 3.11's (corpus/expected.json, written by update-corpus.mjs).
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runProperty } from "./harness.mjs";
import { lib } from "./lib-src.js";

const dir = new URL("./corpus/", import.meta.url).pathname;
const expected = JSON.parse(readFileSync(`${dir}expected.json`, "utf8")) as Record<string, string>;

// Inputs where tfscope knowingly differs from CPython: it declines, by name, what it cannot run.
const DECLINED: Record<string, string> = {
  "not-1873.py": "tfscope: unsupported: an expression nested 1874 levels deep (not-1873.py, line 1)",
};

describe("fuzz corpus", () => {
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".py")).sort()) {
    it(f, () => {
      const src = readFileSync(dir + f, "utf8");
      expect(runProperty(lib, src)).toBeNull();
      const r = lib.runTf(src, { filename: f });
      const lines = `${r.stdout}${r.stderr}`.trimEnd().split("\n");
      expect(lines[lines.length - 1]).toBe(DECLINED[f] ?? expected[f]);
    });
  }
});
