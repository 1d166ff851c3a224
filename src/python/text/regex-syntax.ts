// The vocabulary shared by the Python-regex translator: Python's flag values, re.error, and the
// JavaScript `v`-mode spellings of literals and of Python's character categories.

/** Python's re flag values (re.I, re.M, ...). */
export const RE_FLAGS = {
  TEMPLATE: 1,
  IGNORECASE: 2,
  LOCALE: 4,
  MULTILINE: 8,
  DOTALL: 16,
  UNICODE: 32,
  VERBOSE: 64,
  DEBUG: 128,
  ASCII: 256,
} as const;

/**
 * re.error: `msg` is CPython's message; `message` adds ` at position N` and, for a pattern with
 * several lines, ` (line L, column C)`, as re.error's str() does. The errors CPython's compiler
 * (not its parser) raises carry no position: there `hasPosition` is false (re.error.pos is None).
 */
export class PyRegexError extends Error {
  readonly hasPosition: boolean;

  constructor(
    readonly msg: string,
    readonly pattern: string,
    readonly pos: number,
    hasPosition = true,
  ) {
    let text = msg;
    if (hasPosition) {
      text += ` at position ${pos}`;
      if (pattern.includes("\n")) {
        const line = pattern.slice(0, pos).split("\n").length;
        const col = pos - pattern.lastIndexOf("\n", pos - 1);
        text += ` (line ${line}, column ${col})`;
      }
    }
    super(text);
    this.name = "PyRegexError";
    this.hasPosition = hasPosition;
  }
}

const hexOf = (cp: number): string => `\\u{${cp.toString(16)}}`;
/** A literal code point in JS `v`-mode syntax (alphanumerics bare, everything else escaped). */
export const lit = (cp: number): string => (/[A-Za-z0-9]/.test(String.fromCodePoint(cp)) ? String.fromCodePoint(cp) : hexOf(cp));

// Objects/unicodectype.c whitespace, as \s matches it in str patterns.
const U_SPACE = "\\t-\\r\\u{1c}-\\u{20}\\u{85}\\u{a0}\\u{1680}\\u{2000}-\\u{200a}\\u{2028}\\u{2029}\\u{202f}\\u{205f}\\u{3000}";
export const CATEGORY: Record<string, [unicode: string, ascii: string]> = {
  d: ["[\\p{Nd}]", "[0-9]"],
  D: ["[^\\p{Nd}]", "[^0-9]"],
  s: [`[${U_SPACE}]`, "[\\t-\\r\\u{20}]"],
  S: [`[^${U_SPACE}]`, "[^\\t-\\r\\u{20}]"],
  w: ["[\\p{L}\\p{N}_]", "[A-Za-z0-9_]"],
  W: ["[^\\p{L}\\p{N}_]", "[^A-Za-z0-9_]"],
};

export const SIMPLE_ESCAPES: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, "\\": 92 };
