// A number written straight before a keyword (`1if x else y`, `0x1for`, `3or 4`): CPython 3.11's
// verify_end_of_number ends the number there and only warns (SyntaxWarning "invalid decimal literal")
// when the letters are "and", "else", "for", "in", "is", "not" or "or" as whole words, or "i" then f, n
// or s; other letters are "invalid <kind> literal". Outcomes recorded from python3 3.11.7.
import { describe, expect, it } from "vitest";
import { runPython } from "../../../src/python/index.js";

function outcome(line: string): string {
  const r = runPython(`${line}\nprint(x)\n`, { filename: "case.py" });
  return r.exception ? `${r.exception.type}: ${r.exception.message}` : r.stdout.trimEnd();
}

describe("a number before a keyword", () => {
  const cases: [string, string][] = [
    ["x = 1if 1 else 2", "1"],
    ["x = 3or 4", "3"],
    ["x = 1_000if 1 else 0", "1000"],
    ["x = 1.5if 1 else 0", "1.5"],
    ["x = 1e3and 2", "2"],
    ["x = 0in [0]", "True"],
    ["x = 1not in [2]", "True"],
    ["x = 3is 3", "True"],
    ["x = [0x1for x in y]", "[31]"], // f is a hex digit: [0x1f or x in y]
    ["x = 0b1and 1", "1"],
    ["x = 0o7if 1 else 0", "7"],
    ["x = 0x1for", "SyntaxError: invalid syntax"],
    ["x = 1iff", "SyntaxError: invalid syntax"],
    ["x = 1andy", "SyntaxError: invalid decimal literal"],
    ["x = 1elsewhere", "SyntaxError: invalid decimal literal"],
    ["x = 1or_", "SyntaxError: invalid decimal literal"],
    ["x = 1oré", "SyntaxError: invalid decimal literal"],
    ["x = 1_if 1 else 0", "SyntaxError: invalid decimal literal"],
    ["x = 1ex", "SyntaxError: invalid decimal literal"],
  ];
  for (const [line, expected] of cases) {
    it(`${line} -> ${expected}`, () => expect(outcome(line)).toBe(expected));
  }
});
