import { createTwoFilesPatch } from "diff";

/** Claimed and actual printed values agree: exactly (trimmed), or once the claim's quotes are removed. */
export function sameValue(expected: string, actual: string): boolean {
  const e = expected.trim();
  const a = actual.trim();
  return e === a || e.replace(/^(['"])(.*)\1$/, "$2") === a;
}

/** Output compared line by line without trailing spaces or trailing blank lines (pages lose them). */
export function tidy(text: string): string {
  return text.split("\n").map((l) => l.trimEnd()).join("\n").replace(/\n+$/, "");
}

/** Whitespace runs collapsed, ends trimmed: how message fragments are compared. */
export function squash(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** For random output (nondeterministic goldens and runs): every number becomes `#`, runs of spaces one space. */
export function maskNumbers(text: string): string {
  return text.replace(/[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi, "#").replace(/ +/g, " ");
}

/** A unified diff (document → tfscope, or the file names given) of two texts, or "" when they are equal. */
export function unifiedDiff(expected: string, actual: string, names: [string, string] = ["document", "tfscope"]): string {
  if (expected === actual) return "";
  const nl = (t: string) => (t.endsWith("\n") ? t : t + "\n");
  const patch = createTwoFilesPatch(names[0], names[1], nl(expected), nl(actual), undefined, undefined, { context: 3 });
  // Drop the "=====" banner (and "Index:" when both names are the same) and the empty header fields `diff` appends after a tab.
  return patch.split("\n").slice(patch.startsWith("Index:") ? 2 : 1).map((l) => (/^(---|\+\+\+) /.test(l) ? l.replace(/\t.*$/, "") : l)).join("\n").replace(/\n$/, "");
}
