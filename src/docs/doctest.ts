/**
 * Compares expected with actual output as doctest's OutputChecker does with no option flags but
 * (optionally) ELLIPSIS: exact text, except that `1`/`0` accept `True`/`False`, a `<BLANKLINE>` line
 * stands for an empty line, and a whitespace-only actual line counts as empty.
 * NORMALIZE_WHITESPACE is deliberately not applied.
 */
export function outputMatches(want: string, got: string, options: { ellipsis?: boolean } = {}): boolean {
  if (got === want) return true;
  if ((got === "True\n" && want === "1\n") || (got === "False\n" && want === "0\n")) return true;
  const w = want.replace(/^<BLANKLINE>[^\S\n]*$/gm, "");
  const g = got.replace(/^[^\S\n]+$/gm, "");
  if (g === w) return true;
  return !!options.ellipsis && ellipsisMatch(w, g);
}

/** doctest's `_ellipsis_match`: `...` in `want` matches any run of characters (greedy pieces in order). */
export function ellipsisMatch(want: string, got: string): boolean {
  if (!want.includes("...")) return want === got;
  const pieces = want.split("...");
  let start = 0;
  let end = got.length;
  const first = pieces[0]!;
  if (first) {
    if (!got.startsWith(first)) return false;
    start = first.length;
  }
  const last = pieces[pieces.length - 1]!;
  if (last) {
    if (!got.endsWith(last)) return false;
    end -= last.length;
  }
  if (start > end) return false;
  for (const piece of pieces.slice(1, -1)) {
    const at = got.indexOf(piece, start);
    if (at < 0 || at + piece.length > end) return false;
    start = at + piece.length;
  }
  return true;
}

/** The exception line doctest compares an expected traceback against: `Type: message\n` (or `Type\n`). */
export function exceptionLine(type: string, message: string): string {
  return message === "" ? `${type}\n` : `${type}: ${message}\n`;
}
