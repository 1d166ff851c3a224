import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { upgradeCommand } from "../../src/upgrade/command.js";

function run(argv: string[]) {
  let out = "";
  let err = "";
  const io = { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } };
  return upgradeCommand(argv, io).then((status) => ({ status, out, err }));
}

function file(text: string, name = "prog.py"): string {
  const path = join(mkdtempSync(join(tmpdir(), "tfscope-upgrade-")), name);
  writeFileSync(path, text);
  return path;
}

const PROGRAM = [
  "import tensorflow as tf",
  'with tf.variable_scope("foo"):',
  '    v = tf.get_variable("v", [1])',
  '    c = tf.constant(1.0, name="c")',
  "print(v.name)",
  "print(c.name)",
  "",
].join("\n");

describe("tfscope upgrade", () => {
  it("prints the upgraded program, the script's log lines and its summary", async () => {
    const r = await run([file(PROGRAM)]);
    expect(r.status).toBe(0);
    expect(r.out).toBe(PROGRAM.replace("tf.variable_scope", "tf.compat.v1.variable_scope").replace("tf.get_variable", "tf.compat.v1.get_variable"));
    expect(r.err).toContain("INFO line 2:5: Renamed 'tf.variable_scope' to 'tf.compat.v1.variable_scope'\n");
    expect(r.err).toContain("TensorFlow 2.0 Upgrade Script\n-----------------------------\nConverted 1 files\nDetected 1 issues that require attention\n");
  });

  it("--compare runs both: the variable keeps its name, the eager tensor has none (TF 2's Tensor.name raises)", async () => {
    const r = await run(["--compare", "--outfile", join(mkdtempSync(join(tmpdir(), "tfscope-up-")), "o.py"), file(PROGRAM)]);
    expect(r.status).toBe(1);
    // ops.py (2.x) EagerTensor.name: "Tensor.name is undefined when eager execution is enabled."
    expect(r.out).toContain(" foo/v:0\n-foo/c:0\n+AttributeError: Tensor.name is undefined when eager execution is enabled.");
  });

  it("--outfile writes the program; --diff shows only the changed lines", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "tfscope-up-")), "new.py");
    const path = file(PROGRAM);
    expect((await run(["--outfile", out, path])).status).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("tf.compat.v1.variable_scope");
    const d = await run(["--diff", path]);
    expect(d.out).toContain('-with tf.variable_scope("foo"):\n-    v = tf.get_variable("v", [1])\n+with tf.compat.v1.variable_scope("foo"):\n+    v = tf.compat.v1.get_variable("v", [1])\n');
    expect(d.out).not.toContain("-print");
  });

  it("refuses a file it would rewrite in ways it does not reproduce, and says which", async () => {
    const r = await run([file("import tensorflow as tf\ny = tf.image.resize_bilinear(i, s)\n")]);
    expect(r.status).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toContain("tfscope upgrade: unsupported: tf_upgrade_v2's _image_resize_transformer (for tf.image.resize_bilinear, line 2)");
  });

  it("usage errors and unreadable files", async () => {
    expect((await run([])).status).toBe(2);
    expect((await run(["/no/such/file.py"])).status).toBe(2);
    expect((await run([file("{}", "nb.ipynb")])).status).toBe(1);
  });
});
