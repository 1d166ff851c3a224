// The parser's fast paths against the slow ones they stand in for: the scan of Lezer's tree buffers
// for error nodes (base.ts holdsError) against a walk of every node with a cursor, and the tokenizer's
// plain-decimal-integer shortcut (tokenize.ts scanNumber) against CPython 3.11's verdicts on number
// literals next to every kind of character that may end one.
import { describe, expect, it } from "vitest";
import { parser } from "@lezer/python";
import { holdsError } from "../../../src/python/parse/base.js";
import { parse } from "../../../src/python/parse/index.js";
import { PySyntaxError } from "../../../src/python/parse/syntax-error.js";

/** Whether a cursor over every node of `text`'s Lezer tree meets an error node (the slow path). */
function cursorFindsError(text: string): boolean {
  const cursor = parser.parse(text).cursor();
  do if (cursor.type.isError) return true;
  while (cursor.next());
  return false;
}

describe("parse: error-node scan", () => {
  // Errors at the top, deep inside buffers, in long flat runs (which Lezer stores as nested trees),
  // a bare `yield` (whose zero-width error node the converter ignores), and valid text.
  const flat = Array.from({ length: 300 }, (_, j) => `v${j} = f(${j}, k=[${j}])`).join("\n");
  const texts = [
    "x = 1\n",
    "x = = 1\n",
    "def f():\n    return [y for y in range(3) if y %]\n",
    "def f():\n    yield\n",
    `${flat}\nx = (1 +\n${flat}\n`,
    `${flat}\nclass C:\n    def m(self):\n        return self.a b\n`,
    `${flat}\n`,
    "f(a for a in b, c)\n",
    "try:\n    pass\nexcept E as e:\n    pass\nelse\n",
    "@d\n",
    "",
  ];
  it.each(texts.map((t) => [t.slice(0, 40), t]))("%j", (_, text) => {
    expect(holdsError(parser.parse(text))).toBe(cursorFindsError(text));
  });
  it("covers both answers", () => {
    const answers = new Set(texts.map((t) => cursorFindsError(t)));
    expect(answers).toEqual(new Set([true, false]));
  });
});

describe("parse: number literals", () => {
  // [source, null when valid, else CPython 3.11's [msg, lineno, offset - 1]]
  const CASES: [string, [string, number, number] | null][] = [
    ["x = 12", null],
    ["x = 12\n", null],
    ["x = 12abc", ["invalid decimal literal", 1, 5]],
    ["x = 12_3", null],
    ["x = 12__3", ["invalid decimal literal", 1, 6]],
    ["x = 12_", ["invalid decimal literal", 1, 6]],
    ["x = 12e3", null],
    ["x = 12E+3", null],
    ["x = 12j", null],
    ["x = 12.5", null],
    ["x = 12.", null],
    ["x = 12 .real", null],
    ["x = 12.real", ["invalid decimal literal", 1, 6]],
    ["x = 0", null],
    ["x = 00", null],
    ["x = 012", ["leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 4]],
    ["x = 12L", ["invalid decimal literal", 1, 5]],
    ["x = (3)", null],
    ["x = [4,5]", null],
    ["x = 1_000_000", null],
  ];
  it.each(CASES)("%j", (src, want) => {
    let got: [string, number, number] | null = null;
    try {
      parse(src, { filename: "t.py" });
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      got = [e.message, e.line, e.col];
    }
    expect(got).toEqual(want);
  });
  it("reads the values", () => {
    const m = parse("a = 12\nb = 1_0\nc = 7.5\nd = 3j\ne = 0x1f\n", { filename: "t.py" }).module;
    const values = m.body.map((s) => (s.kind === "Assign" && s.value.kind === "Constant" ? s.value.value : null));
    expect(values.map((v) => (v && "value" in v ? v.value : v && "imag" in v ? v.imag : null))).toEqual([12n, 10n, 7.5, 3, 31n]);
  });
});
