import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { testCommand } from "../../src/shim/test-command.js";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) } }, out, err };
}

function moduleFile(source: string): string {
  const dir = mkdtempSync(join(tmpdir(), "tfscope-test-"));
  const path = join(dir, "m_test.py");
  writeFileSync(path, source);
  return path;
}

const MODULE = `
import unittest
class A(unittest.TestCase):
    def test_fails(self):
        self.assertIn(3, [1, 2])
    def test_passes(self):
        pass
    @unittest.skip("later")
    def test_skipped(self):
        pass
`;

describe("tfscope test", () => {
  it("prints one line per method, the tracebacks of failures, and the totals last", async () => {
    const c = capture();
    const code = await testCommand([moduleFile(MODULE)], c.io);
    const text = c.out.join("");
    const lines = text.trimEnd().split("\n");
    expect(lines.slice(0, 3)).toEqual([
      "A.test_fails ... FAIL: AssertionError: 3 not found in [1, 2]",
      "A.test_passes ... ok",
      "A.test_skipped ... skipped: later",
    ]);
    expect(text).toContain("FAIL: A.test_fails\n");
    expect(text).toContain("AssertionError: 3 not found in [1, 2]\n");
    expect(lines.at(-1)).toBe("1 passed, 1 failed, 1 skipped");
    expect(code).toBe(1);
  });

  it("runs only the selected methods and exits 0 when none fails", async () => {
    const c = capture();
    const code = await testCommand([moduleFile(MODULE), "--select", "A.test_passes", "A.test_skipped"], c.io);
    expect(c.out.join("").trimEnd().split("\n").at(-1)).toBe("1 passed, 0 failed, 1 skipped");
    expect(code).toBe(0);
  });

  it("exits 2 for a missing file", async () => {
    const c = capture();
    expect(await testCommand(["/nonexistent/x_test.py"], c.io)).toBe(2);
    expect(c.err.join("")).toBe("tfscope test: can't open file '/nonexistent/x_test.py': ENOENT\n");
  });
});
