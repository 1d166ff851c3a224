import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkCommand } from "../../src/docs/cli-check.js";
import type { JsonReport } from "../../src/docs/report-schema.js";
import { fakeFactory } from "./fake-session.js";
import { seed } from "./seeds.js";

function io(respond?: Parameters<typeof fakeFactory>[0], env: Record<string, string> = {}) {
  let stdout = "";
  let stderr = "";
  const { factory } = fakeFactory(respond);
  return {
    io: { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, sessionFactory: factory, env },
    out: () => stdout,
    err: () => stderr,
  };
}

function docFile(text: string, name = "doc.md"): string {
  const dir = mkdtempSync(join(tmpdir(), "tfscope-cli-"));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const passing = "```python\nx = 1\nassert x == 1\n```\n";
const failingAssert = "```python\nx = 1\nassert x == 2\n```\n";
const assertFails = () => ({ exception: { type: "AssertionError", message: "", line: 3, traceback: "" } });

describe("tfscope check: exit status", () => {
  it("0 when every snippet passes", async () => {
    const t = io();
    expect(await checkCommand([docFile(passing)], t.io)).toBe(0);
    expect(t.out()).toMatch(/pass/);
  });

  it("1 when a claim is contradicted", async () => {
    const t = io(assertFails);
    expect(await checkCommand([docFile(failingAssert)], t.io)).toBe(1);
  });

  it("1 when a snippet raises an unclaimed exception", async () => {
    const t = io(() => ({ exception: { type: "NameError", message: "name 'y' is not defined", line: 2, traceback: "" } }));
    expect(await checkCommand([docFile("```python\nprint(y)\n```\n")], t.io)).toBe(1);
  });

  it("2 on usage errors: unknown flag, bad --tf, missing file", async () => {
    expect(await checkCommand(["--frobnicate"], io().io)).toBe(2);
    expect(await checkCommand(["--tf", "3.0", docFile(passing)], io().io)).toBe(2);
    const t = io();
    expect(await checkCommand(["/no/such/doc.md"], t.io)).toBe(2);
    expect(t.err()).toContain("tfscope check: cannot open '/no/such/doc.md': No such file or directory");
  });

  it("2 when --update is asked for under CI, and nothing is rewritten", async () => {
    const t = io(undefined, { CI: "1" });
    expect(await checkCommand(["--update"], t.io)).toBe(2);
    expect(t.err()).toContain("refusing to --update goldens");
  });

  it("2 when --update is given document paths under CI", async () => {
    const corpus = mkdtempSync(join(tmpdir(), "tfscope-corpus-"));
    expect(await checkCommand(["--update", "--corpus", corpus, docFile(passing)], io(undefined, { CI: "true" }).io)).toBe(2);
    expect(readdirSync(corpus)).toEqual([]);
  });
});

describe("tfscope check --update PATHS", () => {
  it("adds documents to the corpus in the goldens layout, keeping earlier reasons", async () => {
    const corpus = mkdtempSync(join(tmpdir(), "tfscope-corpus-"));
    const text = "Intro.\n\n```\ndef f():\n    x = 1\n```\n\n```\n\n    return x\nprint(f())\n```\n\nMore.\n\n```python\nprint(tf.constant(1).name)\n```\n";
    const path = docFile(text, "guide.md");
    const answer = (code: string) => (code.startsWith("def f") ? { stdout: "1\n" } : code.startsWith("print(tf") ? { stdout: "Const:0\n" } : {});
    const first = io(answer);
    expect(await checkCommand(["--update", "--corpus", corpus, path], first.io)).toBe(0);
    const dir = join(corpus, "guide");
    const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
    expect(manifest).toEqual({
      document: "guide.md",
      snippets: [
        { id: "01", startLine: 4, endLine: 11, blocks: [[4, 5], [10, 11]], session: "fresh", profile: "1.15", python2: false, prelude: [], nondeterministic: false, reason: null },
        // The page reading continued snippet 1's session.
        { id: "02", startLine: 17, endLine: 17, blocks: [[17, 17]], session: "continue", profile: "1.15", python2: false, prelude: ["import tensorflow as tf"], nondeterministic: false, reason: null },
      ],
    });
    expect(readFileSync(join(dir, "01.py"), "utf8")).toBe("def f():\n    x = 1\n    return x\nprint(f())\n");
    expect(readFileSync(join(dir, "01.expected"), "utf8")).toBe("1\n");
    manifest.snippets[1].reason = "checked by hand";
    writeFileSync(join(dir, "manifest.json"), JSON.stringify(manifest));
    await checkCommand(["--update", "--corpus", corpus, path], io(answer).io);
    expect(JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")).snippets[1].reason).toBe("checked by hand");
    const recheck = io(answer);
    expect(await checkCommand(["--corpus", corpus], recheck.io)).toBe(0);
  });
});

describe("tfscope check: reports", () => {
  it("--json prints the documented schema", async () => {
    const t = io(assertFails);
    await checkCommand(["--json", docFile(failingAssert)], t.io);
    const r = JSON.parse(t.out()) as JsonReport;
    expect(r.schema).toBe("tfscope-check/2");
    expect(r.mode).toBe("documents");
    expect(r.summary).toMatchObject({ documents: 1, snippets: 1, contradicted: 1, pass: 0, "ran-clean": 0, claims: { holds: 0, contradicted: 1, "not-checkable": 0 } });
    const s = r.documents[0]!.snippets[0]!;
    expect(Object.keys(s).sort()).toEqual(
      ["blocks", "claims", "diagnostics", "document", "endLine", "exception", "index", "notes", "nondeterministic", "prelude", "profile", "python2", "reading", "otherReading", "startLine", "status", "stdout", "syntaxError", "unsupported"].sort(),
    );
    expect(s).toMatchObject({ index: 1, startLine: 2, endLine: 3, status: "contradicted", profile: "1.15", python2: false, reading: { name: "examples" }, otherReading: { name: "page", status: "contradicted" } });
    expect(s.claims[0]).toMatchObject({ line: 3, kind: "assert", expected: "assert x == 2", actual: "AssertionError", verdict: "contradicted" });
    expect(s.exception).toEqual({ type: "AssertionError", message: "", line: 3 });
  });

  it("--junit writes a testsuite per document and a failure per contradicted snippet", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "tfscope-junit-")), "r.xml");
    const path = docFile(failingAssert);
    await checkCommand(["--junit", out, path], io(assertFails).io);
    const xml = readFileSync(out, "utf8");
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="tfscope check" tests="1" failures="1" errors="0" skipped="0">/);
    expect(xml).toContain(`<testsuite name="${path}" tests="1" failures="1" errors="0" skipped="0">`);
    expect(xml).toContain(`<testcase classname="${path}" name="snippet 1 (lines 2-3)" file="${path}" line="2">`);
    expect(xml).toContain('<failure type="contradicted"');
  });

  it("--shard i/n checks every n-th document from the i-th; the shards together are every document once", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tfscope-shard-"));
    for (const n of ["a", "b", "c", "d", "e"]) writeFileSync(join(dir, `${n}.md`), passing);
    const docs = async (shard: string) => {
      const t = io();
      await checkCommand(["--json", "--shard", shard, dir], t.io);
      return (JSON.parse(t.out()) as JsonReport).documents.map((d) => d.document.slice(dir.length + 1));
    };
    expect(await docs("1/2")).toEqual(["a.md", "c.md", "e.md"]);
    expect(await docs("2/2")).toEqual(["b.md", "d.md"]);
    expect(await docs("1/1")).toEqual(["a.md", "b.md", "c.md", "d.md", "e.md"]);
    for (const bad of ["0/2", "3/2", "1", "x/y"]) expect(await checkCommand(["--shard", bad, dir], io().io)).toBe(2);
  });

  it("--sarif writes SARIF 2.1.0: a rule per failing status, a result at the claim's line", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "tfscope-sarif-")), "r.sarif");
    const path = docFile(failingAssert);
    expect(await checkCommand(["--sarif", out, path], io(assertFails).io)).toBe(1);
    const sarif = JSON.parse(readFileSync(out, "utf8"));
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs).toHaveLength(1);
    const { driver } = sarif.runs[0].tool;
    expect(driver.name).toBe("tfscope");
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(["contradicted", "error", "syntax-error", "unsupported", "internal-error"]);
    expect(sarif.runs[0].results).toHaveLength(1);
    const [result] = sarif.runs[0].results;
    expect(result).toMatchObject({ ruleId: "contradicted", level: "error", properties: { snippet: 1 } });
    expect(result.message.text).toMatch(/^assert contradicted/);
    // The assert is line 3 and starts at column 0: the region gives no startColumn (SARIF's default is column 1).
    expect(result.locations[0].physicalLocation.region).toEqual({ startLine: 3 });
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe(path);
  });

  it("--annotations prints GitHub workflow commands at the document's lines, escaped", async () => {
    const t = io(assertFails);
    const path = docFile(failingAssert);
    await checkCommand(["--annotations", path], t.io);
    const lines = t.out().split("\n").filter((l) => l.startsWith("::"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^::error file=${path.replace(/[/.]/g, "\\$&")},line=3,title=tfscope%3A contradicted::assert contradicted`));
    expect(lines[0]).not.toContain("\n");
  });

  it("with --json, annotations go to stderr so stdout stays JSON", async () => {
    const t = io(assertFails);
    await checkCommand(["--json", "--annotations", docFile(failingAssert)], t.io);
    expect(() => JSON.parse(t.out())).not.toThrow();
    expect(t.err()).toMatch(/^::error file=/);
  });

  it("2 when the JUnit file cannot be written", async () => {
    expect(await checkCommand(["--junit", "/no/such/dir/r.xml", docFile(passing)], io().io)).toBe(2);
  });

  it("the human report names document:line and ends with a summary table", async () => {
    const t = io(assertFails);
    const path = docFile(failingAssert);
    await checkCommand([path], t.io);
    expect(t.out()).toContain(`${path}:2: contradicted`);
    expect(t.out()).toContain(`${path}:3: assert contradicted`);
    expect(t.out()).toMatch(/document\s+snippets\s+pass\s+ran-clean\s+contradicted\s+error\s+syntax-error\s+unsupported\s+skipped\s+xfail\s+internal-error/);
    expect(t.out()).not.toContain("\x1b["); // not a terminal: no colour
  });

  it("colours diffs only when stdout is a terminal", async () => {
    const t = io(assertFails);
    (t.io.stdout as { isTTY?: boolean }).isTTY = true;
    await checkCommand([docFile(failingAssert)], t.io);
    expect(t.out()).toContain("\x1b[31m");
  });

  it("checks a whole seed document, every snippet accounted for", async () => {
    const s = seed("002");
    const t = io();
    await checkCommand(["--json", s.path], t.io);
    const r = JSON.parse(t.out()) as JsonReport;
    expect(r.documents[0]!.snippets.map((x) => x.startLine)).toEqual([19, 23, 30, 47, 62, 73, 81, 89, 96]);
  });

  it("shows a progress line on a terminal's stderr when checking many documents", async () => {
    const paths = Array.from({ length: 5 }, (_, i) => docFile(passing, `d${i}.md`));
    const t = io();
    (t.io.stderr as { isTTY?: boolean }).isTTY = true;
    await checkCommand(paths, t.io);
    expect(t.err()).toContain(`\r\x1b[K[1/5] ${paths[0]}`);
    expect(t.err().endsWith("\r\x1b[K")).toBe(true);
    const quiet = io();
    await checkCommand(paths, quiet.io);
    expect(quiet.err()).toBe("");
  });

  it("directories expand to the documents inside them", async () => {
    const path = docFile(passing);
    const t = io();
    await checkCommand(["--json", join(path, "..")], t.io);
    expect((JSON.parse(t.out()) as JsonReport).documents.map((d) => d.document)).toEqual([path]);
  });
});
