import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// Worker threads load the built bundle (dist/bin/check-worker.js): `npm ci` builds it before `npm test`.
const cli = new URL("../dist/bin/cli.js", import.meta.url).pathname;

function corpus(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), "tfscope-jobs-"));
  for (let i = 0; i < n; i++) {
    // Deterministic documents of different lengths and verdicts, so scheduling order varies.
    const body = [
      "```python",
      "import tensorflow as tf",
      `with tf.variable_scope("s${i}"):`,
      `    v = tf.get_variable("v", [${i + 1}])`,
      "print(v.name)",
      "```",
      "",
      "```",
      i % 3 === 0 ? `s${i}/w:0` : `s${i}/v:0`,
      "```",
      "",
      ...Array.from({ length: i % 4 }, (_, k) => ["```python", `x${k} = tf.constant(${k}, name="c")`, "print(x" + k + ".name)", "```", ""]).flat(),
    ].join("\n");
    writeFileSync(join(dir, `doc${String(i).padStart(2, "0")}.md`), body);
  }
  return dir;
}

/** What `tfscope check ARGS` prints on stdout, and its exit status. */
function checkOutput(args: string[]): { status: number; stdout: string } {
  try {
    return { status: 0, stdout: execFileSync("node", [cli, "check", ...args], { encoding: "utf8" }) };
  } catch (e) {
    const err = e as { status: number; stdout: string };
    return { status: err.status, stdout: err.stdout };
  }
}

function checkJson(dir: string, jobs: number): { status: number; report: unknown } {
  const { status, stdout } = checkOutput(["--json", "--jobs", String(jobs), dir]);
  return { status, report: JSON.parse(stdout) };
}

describe("tfscope check --jobs", () => {
  it("gives the serial report, document for document, when documents run in worker threads", () => {
    expect(existsSync(cli), "build first: npm run build").toBe(true);
    const dir = corpus(10);
    const serial = checkJson(dir, 1);
    const parallel = checkJson(dir, 2);
    expect(parallel).toEqual(serial);
    // Every third document claims the wrong name: the parallel run still reports it, in place.
    expect(serial.status).toBe(1);
    const statuses = (serial.report as { documents: { snippets: { status: string }[] }[] }).documents.map((d) => d.snippets[0]!.status);
    expect(statuses).toEqual(["contradicted", "pass", "pass", "contradicted", "pass", "pass", "contradicted", "pass", "pass", "contradicted"]);
  });

  it("prints byte for byte what a serial check prints, as JSON (two workers beside this thread) and as the human report", () => {
    const dir = corpus(12);
    for (const [format, jobs] of [["--json", "3"], ["--verbose", "2"]] as const) {
      const serial = checkOutput([format, "--jobs", "1", dir]);
      expect(serial.status).toBe(1);
      expect(serial.stdout.length).toBeGreaterThan(1000);
      expect(checkOutput([format, "--jobs", jobs, dir])).toEqual(serial);
    }
  });
});
