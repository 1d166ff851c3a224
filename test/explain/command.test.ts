// `tfscope explain` on a file, on DOC:LINE, and its usage errors.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { explainCommand } from "../../src/explain/command.js";
import type { Explanation } from "../../src/explain/schema.js";

function io() {
  const out = { stdout: "", stderr: "" };
  return { out, io: { stdout: { write: (s: string) => (out.stdout += s) }, stderr: { write: (s: string) => (out.stderr += s) } } };
}

const dir = mkdtempSync(join(tmpdir(), "tfscope-explain-"));
const py = join(dir, "prog.py");
writeFileSync(py, 'import tensorflow as tf\nwith tf.variable_scope("foo"):\n    v = tf.get_variable("v", [1])\n    v1 = tf.get_variable("v", [1])\n');
const md = join(dir, "doc.md");
writeFileSync(md, "# Sharing\n\nText.\n\n```python\nwith tf.variable_scope(\"foo\", reuse=True):\n    v = tf.get_variable(\"v\", [1])\n```\n");

describe("tfscope explain", () => {
  test("FILE.py --json prints the documented schema", async () => {
    const { out, io: w } = io();
    expect(await explainCommand([py, "--json"], w)).toBe(0);
    const x = JSON.parse(out.stdout) as Explanation;
    expect(x.schema).toBe("tfscope-explain/1");
    expect(x.errors[0]).toMatchObject({ type: "ValueError", uncaught: true, site: { line: 4, calls: [] } });
    expect(x.errors[0]!.reasons[0]).toBe("`foo/v` was created at line 3");
  });

  test("FILE.py prints text with the scope tree and the exception's reasons", async () => {
    const { out, io: w } = io();
    expect(await explainCommand([py], w)).toBe(0);
    expect(out.stdout).toContain("line 2: variable_scope by name → variable scope `foo`, name scope `foo/`");
    expect(out.stdout).toContain("  ValueError at line 4: Variable foo/v already exists, disallowed.");
  });

  test("DOC:LINE explains the snippet holding that line, in document lines, with `import tensorflow as tf` supplied", async () => {
    const { out, io: w } = io();
    expect(await explainCommand([`${md}:7`, "--json"], w)).toBe(0);
    const x = JSON.parse(out.stdout) as Explanation;
    expect(x.errors[0]).toMatchObject({ site: { line: 7 } });
    expect(x.errors[0]!.message).toMatch(/^Variable foo\/v does not exist/);
  });

  test("DOC:LINE outside every snippet fails with status 1", async () => {
    const { out, io: w } = io();
    expect(await explainCommand([`${md}:2`], w)).toBe(1);
    expect(out.stderr).toBe(`tfscope explain: no Python snippet of ${md} contains line 2\n`);
  });

  test("an unknown profile is a usage error", async () => {
    const { io: w } = io();
    expect(await explainCommand([py, "--tf", "3"], w)).toBe(2);
  });
});
