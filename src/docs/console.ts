/** One `>>>` example of a console session, as doctest splits it. */
export interface ConsoleExample {
  /** Document line of the `>>>` line. */
  line: number;
  /** The source with prompts removed (continuation lines included), ending in "\n". */
  source: string;
  /** The expected output ("" when none), ending in "\n" unless empty. */
  want: string;
  /** Document line of the first expected-output line (0 when there is none). */
  wantLine: number;
  /** When `want` is an expected traceback: its exception part (`Type: message\n`), as doctest's `exc_msg`. */
  excMsg: string | null;
  /** doctest's `+ELLIPSIS` directive on the example. */
  ellipsis: boolean;
}

/**
 * Splits console lines (numbered from `firstLine`) into examples the way doctest's DocTestParser
 * does: a `>>> ` line and its `... ` continuations are the source; the lines after, up to a blank
 * line or the next `>>>`, are the expected output; all lines share the `>>>` line's indentation.
 */
export function parseConsole(lines: readonly string[], firstLine: number): ConsoleExample[] {
  const examples: ConsoleExample[] = [];
  let i = 0;
  while (i < lines.length) {
    const m = /^(\s*)>>>( |$)/.exec(lines[i]!);
    if (!m) {
      i++;
      continue;
    }
    const indent = m[1]!.length;
    const line = firstLine + i;
    const source: string[] = [lines[i]!.slice(indent + 4)];
    i++;
    while (i < lines.length && /^\s*\.\.\.( |$)/.test(lines[i]!) && !/^\s*\.\.\.\S/.test(lines[i]!)) {
      source.push(lines[i]!.slice(indent + 4));
      i++;
    }
    const want: string[] = [];
    const wantLine = i < lines.length && lines[i]!.trim() !== "" ? firstLine + i : 0;
    while (i < lines.length && lines[i]!.trim() !== "" && !/^\s*>>>/.test(lines[i]!)) {
      want.push(lines[i]!.slice(indent));
      i++;
    }
    const wantText = want.length ? want.join("\n") + "\n" : "";
    const src = source.join("\n") + "\n";
    examples.push({
      line,
      source: src,
      want: wantText,
      wantLine,
      excMsg: exceptionPart(wantText),
      ellipsis: /#\s*doctest:.*\+ELLIPSIS/.test(src),
    });
  }
  return examples;
}

/** doctest's `_EXCEPTION_RE`: after a Traceback header, the message starts at the first line beginning with a word character. */
function exceptionPart(want: string): string | null {
  const m = /^Traceback \((?:most recent call last|innermost last)\):[ \t]*\n[\s\S]*?^(\w+[\s\S]*)/m.exec(want);
  return m && want.startsWith("Traceback") ? m[1]! : null;
}
