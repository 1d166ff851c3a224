import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The built command (`npm run build`, which `npm ci` runs), as a user runs it.
const CLI = fileURLToPath(new URL("../dist/bin/cli.js", import.meta.url));
const tfscope = (...args: string[]) => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", cwd: dir });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const dir = mkdtempSync(join(tmpdir(), "tfscope-cli-"));

describe("tfscope: messages a user reads", () => {
  it("a missing file or a folder given to run reads like a CLI error, exit 2", () => {
    expect(tfscope("run", "nothere.py")).toMatchObject({ code: 2, err: "tfscope: cannot open 'nothere.py': No such file or directory\n" });
    mkdirSync(join(dir, "folder"), { recursive: true });
    expect(tfscope("run", "folder")).toMatchObject({ code: 2, err: "tfscope: cannot open 'folder': Is a directory\n" });
  });

  it("run FILE args... passes sys.argv as python does, options after the file included", () => {
    writeFileSync(join(dir, "argv.py"), "import sys\nprint(sys.argv)\n");
    // python3 argv.py a --b -c 3 prints ['argv.py', 'a', '--b', '-c', '3']
    expect(tfscope("run", "argv.py", "a", "--b", "-c", "3")).toMatchObject({ code: 0, out: "['argv.py', 'a', '--b', '-c', '3']\n" });
    // python3 -c '...' x y prints ['-c', 'x', 'y']
    expect(tfscope("run", "-c", "import sys; print(sys.argv)", "x", "y").out).toBe("['-c', 'x', 'y']\n");
  });

  it("run x.ipynb runs the notebook's code cells in order as one program, never its JSON", () => {
    const cell = (source: string[]) => ({ cell_type: "code", execution_count: null, metadata: {}, outputs: [], source });
    const nb = (cells: object[], kernel: string) =>
      JSON.stringify({ cells, metadata: { kernelspec: { name: kernel, language: "python", display_name: kernel } }, nbformat: 4, nbformat_minor: 2 });
    writeFileSync(
      join(dir, "nb.ipynb"),
      nb([cell(["%matplotlib inline\n", "import tensorflow as tf\n", "c = tf.constant(1.0)"]), { cell_type: "markdown", metadata: {}, source: ["# t"] }, cell(["%%bash\n", "ls"]), cell(["c2 = tf.constant(2.0)\n", "print(c.name, c2.name)"])], "python3"),
    );
    // Const:0 then Const_1:0 (ops.py unique_name), the %%bash cell left out and said so.
    expect(tfscope("run", "nb.ipynb")).toMatchObject({ code: 0, out: "Const:0 Const_1:0\n", err: "tfscope run: nb.ipynb: cell 3: not run: a `%%bash` cell is not Python\n" });
    writeFileSync(join(dir, "py2.ipynb"), nb([cell(["print 'a', 1"])], "python2"));
    expect(tfscope("run", "py2.ipynb")).toMatchObject({ code: 0, out: "a 1\n" });
    writeFileSync(join(dir, "bad.ipynb"), "{");
    expect(tfscope("run", "bad.ipynb").code).toBe(2);
  });

  it("help CMD shows that command's help", () => {
    const r = tfscope("help", "run");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage: tfscope run \[options\] \[file\] \[args\.\.\.\]/);
    expect(tfscope("help", "check").out).toMatch(/^Usage: tfscope check \[options\] \[paths\.\.\.\]/);
  });

  it("checking nothing exits 2 with a message; a file that is not a document is never run", () => {
    mkdirSync(join(dir, "empty"), { recursive: true });
    expect(tfscope("check", "empty")).toMatchObject({ code: 2, err: "tfscope check: nothing to check: no documents (.md, .markdown, .txt, .py, .ipynb) in empty\n" });
    writeFileSync(join(dir, "data.json"), '{"a": null}\n');
    const r = tfscope("check", "data.json");
    expect(r).toMatchObject({ code: 2, out: "" });
    expect(r.err).toContain("'data.json' is not a document tfscope reads");
    writeFileSync(join(dir, "prose.md"), "Just words, no code.\n");
    expect(tfscope("check", "prose.md")).toMatchObject({ code: 2, err: "tfscope check: nothing to check: no Python snippets found in prose.md\n" });
  });
});
