/** The option flags of doctest's OutputChecker that an example may turn on with a directive. */
export interface DoctestOptions {
  ellipsis?: boolean;
  normalizeWhitespace?: boolean;
  ignoreExceptionDetail?: boolean;
}

/**
 * Compares expected with actual output as doctest's OutputChecker.check_output does: exact text,
 * except that `1`/`0` accept `True`/`False`, a `<BLANKLINE>` line stands for an empty line, and a
 * whitespace-only actual line counts as empty; with NORMALIZE_WHITESPACE every run of whitespace is
 * one space, and with ELLIPSIS `...` matches any text. Without its directive, NORMALIZE_WHITESPACE is
 * not applied.
 */
export function outputMatches(want: string, got: string, options: DoctestOptions = {}): boolean {
  if (got === want) return true;
  if ((got === "True\n" && want === "1\n") || (got === "False\n" && want === "0\n")) return true;
  let w = want.replace(/^<BLANKLINE>[^\S\n]*$/gm, "");
  let g = got.replace(/^[^\S\n]+$/gm, "");
  if (g === w) return true;
  if (options.normalizeWhitespace) {
    // ' '.join(s.split()): Python's split() drops leading and trailing whitespace.
    const norm = (s: string) => s.split(/\s+/).filter(Boolean).join(" ");
    w = norm(w);
    g = norm(g);
    if (g === w) return true;
  }
  return !!options.ellipsis && ellipsisMatch(w, g);
}

/**
 * Compares an expected traceback's exception part with the exception raised (DocTestRunner
 * __run): as output, or, under IGNORE_EXCEPTION_DETAIL, by the exception's bare class name only
 * (doctest's _strip_exception_details drops the module path and the message).
 */
export function exceptionMatches(excMsg: string, got: string, options: DoctestOptions = {}): boolean {
  if (outputMatches(excMsg, got, options)) return true;
  return !!options.ignoreExceptionDetail && stripExceptionDetails(excMsg) === stripExceptionDetails(got);
}

function stripExceptionDetails(msg: string): string {
  let end = msg.indexOf("\n");
  if (end < 0) end = msg.length;
  const colon = msg.slice(0, end).indexOf(":");
  if (colon >= 0) end = colon;
  return msg.slice(msg.slice(0, end).lastIndexOf(".") + 1, end);
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
