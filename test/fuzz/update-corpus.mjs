#!/usr/bin/env node
/**
 * Writes test/fuzz/corpus/expected.json: for every corpus input, the last line CPython 3.11 prints
 * running it as a file (`python3 FILE`, PYTHONHASHSEED=0), stdout and stderr together. The corpus test
 * compares tfscope's last line with it, so the expected values are CPython's, never tfscope's.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, writeFileSync } from "node:fs";

const dir = new URL("./corpus/", import.meta.url).pathname;
const expected = {};
for (const f of readdirSync(dir).filter((f) => f.endsWith(".py")).sort()) {
  const r = spawnSync("python3", [f], { cwd: dir, encoding: "utf8", env: { ...process.env, PYTHONHASHSEED: "0" } });
  const lines = `${r.stdout}${r.stderr}`.trimEnd().split("\n");
  expected[f] = lines[lines.length - 1];
}
writeFileSync(`${dir}expected.json`, JSON.stringify(expected, null, 1) + "\n");
