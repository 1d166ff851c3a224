// Parity with CPython 3.11: every program in cases/ runs through tfscope's interpreter and must
// print what python3 printed when record.sh recorded it: stdout exactly, the last line of stderr,
// the exit status; and where CPython wrote to stderr (tracebacks), the whole of stderr as well.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runPython, type RunResult } from "../../../src/python/index.js";

const dir = new URL("./cases/", import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), "utf8");
const lastLine = (text: string) => {
  const lines = text.replace(/\n+$/, "").split("\n");
  return lines[lines.length - 1] ?? "";
};

const cases = readdirSync(dir)
  .filter((f) => f.endsWith(".py"))
  .sort();

const results = new Map<string, RunResult>();
function run(file: string): RunResult {
  let r = results.get(file);
  if (!r) results.set(file, (r = runPython(read(file), { filename: file })));
  return r;
}

describe("parity with CPython 3.11", () => {
  it("has the recorded corpus", () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
  });

  for (const file of cases) {
    const base = file.slice(0, -3);
    it(base, () => {
      const result = run(file);
      expect({ stdout: result.stdout, stderr: lastLine(result.stderr), exitCode: result.exitCode }).toEqual({
        stdout: read(`${base}.out`),
        stderr: lastLine(read(`${base}.err`)),
        exitCode: Number(read(`${base}.code`).trim()),
      });
    });
  }
});

describe("tracebacks and other stderr output match CPython 3.11 in full", () => {
  for (const file of cases) {
    const base = file.slice(0, -3);
    if (!existsSync(new URL(`${base}.stderr`, dir))) continue;
    it(base, () => {
      expect(run(file).stderr).toBe(read(`${base}.stderr`));
    });
  }
});
