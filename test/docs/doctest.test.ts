import { describe, expect, it } from "vitest";
import { parseConsole } from "../../src/docs/console.js";
import { ellipsisMatch, exceptionLine, outputMatches } from "../../src/docs/doctest.js";

// Every expectation here was checked against CPython 3.11's doctest.OutputChecker / DocTestParser.
describe("doctest output comparison", () => {
  it.each([
    ["1\n", "True\n", false, true],
    ["0\n", "False\n", false, true],
    ["True\n", "1\n", false, false],
    ["a\n<BLANKLINE>\nb\n", "a\n\nb\n", false, true],
    ["a\n\nb\n", "a\n   \nb\n", false, true],
    ["a...z\n", "abcz\n", true, true],
    ["a...z\n", "abcz\n", false, false],
    ["...\n", "anything\n", true, true],
    ["a b\n", "a  b\n", false, false], // NORMALIZE_WHITESPACE is not applied
    ["x...y...z\n", "xyz\n", true, true],
    ["aa...aa\n", "aaa\n", true, false], // the two ends may not overlap
  ])("want %j vs got %j (ellipsis %s) → %s", (want, got, ellipsis, ok) => {
    expect(outputMatches(want, got, { ellipsis })).toBe(ok);
  });

  it("ellipsisMatch without a marker is equality", () => {
    expect(ellipsisMatch("abc", "abc")).toBe(true);
    expect(ellipsisMatch("abc", "abd")).toBe(false);
  });

  it("formats the exception line as traceback.format_exception_only does", () => {
    expect(exceptionLine("ValueError", "x y")).toBe("ValueError: x y\n");
    expect(exceptionLine("ValueError", "")).toBe("ValueError\n");
  });
});

describe("console session parsing", () => {
  it("splits examples, continuation lines and expected tracebacks as DocTestParser does", () => {
    const lines = [
      '>>> raise ValueError("x y")',
      "Traceback (most recent call last):",
      '  File "<stdin>", line 1, in <module>',
      "ValueError: x y",
      ">>> for i in range(2):",
      "...     print(i)",
      "0",
      "1",
      "",
      ">>> x = 1",
    ];
    const ex = parseConsole(lines, 10);
    expect(ex.map((e) => [e.line, e.source, e.want, e.excMsg, e.wantLine])).toEqual([
      [10, 'raise ValueError("x y")\n', 'Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\nValueError: x y\n', "ValueError: x y\n", 11],
      [14, "for i in range(2):\n    print(i)\n", "0\n1\n", null, 16],
      [19, "x = 1\n", "", null, 0],
    ]);
  });

  it("removes the example's indentation from its expected output and reads the ELLIPSIS directive", () => {
    const ex = parseConsole(["  >>> print('a')  # doctest: +ELLIPSIS", "  a..."], 1);
    expect(ex[0]).toMatchObject({ want: "a...\n", ellipsis: true });
  });
});
