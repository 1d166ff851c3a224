import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/docs/check.js";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkCommand } from "../../src/docs/cli-check.js";
import { tfSessionFactory } from "../../src/shim/session.js";

// A modelled API that leaves out a side effect says so in the report: never a silent no-op.
describe("what a modelled API did not do", () => {
  const page = "```python\nimport tensorflow as tf\nw = tf.summary.FileWriter('logs', tf.get_default_graph())\nprint(tf.constant(1).name)  # Const:0\n```\n";
  const d = checkDocument("fw.md", page, { sessionFactory: tfSessionFactory });

  it("tf.summary.FileWriter: the snippet still runs and its claims are judged, with a note that no event file was written", () => {
    const s = d.snippets[0]!;
    // tf.constant(1) at the root of a graph whose only other ops are none: TF names it Const (ops.py unique_name).
    expect(s.status).toBe("pass");
    expect(s.notes).toContain("not done: tf.summary.FileWriter('logs') writes an event file there; tfscope made the directory but models no event file");
  });

  it("the human report shows the note without --verbose", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "tfscope-notes-")), "fw.md");
    writeFileSync(path, page);
    let text = "";
    const status = await checkCommand([path], { stdout: { write: (t: string) => (text += t) }, stderr: { write: () => {} }, sessionFactory: tfSessionFactory, env: {} });
    expect(status).toBe(0);
    expect(text).toContain("note: not done: tf.summary.FileWriter('logs') writes an event file there; tfscope made the directory but models no event file");
  });
});
