import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// The launcher and snapshot are build outputs (npm ci builds them before npm test).
const bin = new URL("../dist/bin/", import.meta.url).pathname;
const PROGRAM = 'import tensorflow as tf\nimport random\nwith tf.variable_scope("a"):\n    v = tf.get_variable("v", [2])\nprint(v.name, v.shape)\nprint(random.random())\n';

const run = (launcher: string, env: NodeJS.ProcessEnv = process.env) => execFileSync(launcher, ["run", "-c", PROGRAM], { encoding: "utf8", env });

describe("the start-up snapshot and its launcher", () => {
  it("starts from the snapshot: same output as a normal start, and fresh random state every run", () => {
    expect(existsSync(join(bin, "tfscope.blob")), "npm run build makes the snapshot").toBe(true);
    const [a, b] = [run(join(bin, "tfscope")), run(join(bin, "tfscope"))];
    const plain = execFileSync("node", [join(bin, "cli.js"), "run", "-c", PROGRAM], { encoding: "utf8" });
    const lines = (s: string) => s.split("\n");
    expect(lines(a)[0]).toBe("a/v:0 (2,)");
    expect(lines(plain)[0]).toBe(lines(a)[0]);
    // random was seeded after the restore, not baked into the snapshot.
    expect(lines(a)[1]).not.toBe(lines(b)[1]);
  });

  it("falls back to a normal start when the snapshot was made by another Node", () => {
    // Beside dist/bin, so the copy still finds the project's node_modules.
    const dir = mkdtempSync(join(bin, "..", "launcher-test-"));
    cpSync(bin, dir, { recursive: true });
    writeFileSync(join(dir, "tfscope.blob"), "not a snapshot");
    writeFileSync(join(dir, "tfscope.blob.node"), "v0.0.0\n");
    try {
      expect(run(join(dir, "tfscope")).split("\n")[0]).toBe("a/v:0 (2,)");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
