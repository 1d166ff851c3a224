// SourceLines (src/python/frame.ts) splits a file's source on the first line read, for tracebacks: every
// line number must give what the eager `source.split("\n")[n - 1]` gave, past either end included.
import { describe, expect, it } from "vitest";
import { SourceLines } from "../../../src/python/frame.js";
import { runPython } from "../../../src/python/index.js";

describe("source lines split on first use", () => {
  it("gives split's line for every number, before, inside and past the text", () => {
    for (const source of ["", "x", "a\nb", "a\r\nb\n", "\n\n", "def f():\n    return 1\n"]) {
      const lines = new SourceLines(source);
      const eager = source.split("\n");
      for (let n = -2; n <= eager.length + 2; n++) expect(lines.line(n), JSON.stringify([source, n])).toBe(eager[n - 1]);
      expect(lines.source).toBe(source);
    }
  });

  it("shows the source line in tracebacks and frames (CPython alike)", () => {
    const r = runPython("import sys\ndef f():\n    return sys._getframe()._tfscope_line\nprint(f())\ndef g():\n    1 / 0\ng()\n", { filename: "case.py" });
    expect(r.stdout).toBe("    return sys._getframe()._tfscope_line\n");
    expect(r.stderr).toBe('Traceback (most recent call last):\n  File "case.py", line 7, in <module>\n    g()\n  File "case.py", line 6, in g\n    1 / 0\n    ~~^~~\nZeroDivisionError: division by zero\n');
  });
});
