import { describe, expect, it } from "vitest";
import { parse } from "../../../src/python/parse/index.js";
import { PyUnsupportedError } from "../../../src/python/parse/syntax-error.js";

// Each source is valid Python 3.11 (compile() accepts it) that tfscope does not run, or that Lezer's
// grammar cannot read: it must fail with the distinct unsupported error, never a SyntaxError.
describe("parse: valid Python we refuse as unsupported", () => {
  it.each([
    ["async def f():\n    pass\n", 1],
    ["def f():\n    async with a:\n        pass\n", 2],
    ["match x:\n    case 1:\n        pass\n", 1],
    // Lezer stumbles on the class pattern of line 4; the error names the line where it did.
    ["match x:\n    case ast.Expr(e):\n        match e:\n            case ast.BinOp():\n                pass\n", 4],
    ["try:\n    pass\nexcept* ValueError:\n    pass\n", 3],
    ["x = '\\N{BULLET}'\n", 1],
  ])("%j", (src, line) => {
    try {
      parse(src, { filename: "t.py" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PyUnsupportedError);
      expect((e as PyUnsupportedError).line).toBe(line);
      expect((e as PyUnsupportedError).filename).toBe("t.py");
    }
  });
});

describe("parse: a syntax error anywhere wins over an unsupported construct", () => {
  // CPython would refuse these files whole, so their syntax errors are what it reports.
  it.each([
    ["async def f():\n    pass\ny = 'abc\n", "unterminated string literal (detected at line 3)", 3],
    ["async def f():\n    pass\nreturn 1\n", "'return' outside function", 3],
    ["async def f():\n    pass\nx = = 1\n", "invalid syntax", 3],
  ])("%j", (src, msg, line) => {
    expect(() => parse(src, { filename: "t.py" })).toThrow(msg);
    try {
      parse(src, { filename: "t.py" });
    } catch (e) {
      expect((e as { line: number }).line).toBe(line);
    }
  });
});
