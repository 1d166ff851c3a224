import { transcriptParser } from "./formats/transcript.js";

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
  /** doctest's `+NORMALIZE_WHITESPACE` and `+IGNORE_EXCEPTION_DETAIL` directives on the example. */
  normalizeWhitespace: boolean;
  ignoreExceptionDetail: boolean;
}

/**
 * The option flags an example's `# doctest: +FLAG, -FLAG` comments turn on (doctest's
 * _OPTION_DIRECTIVE_RE: on any source line, after the code, with no quote after it).
 */
function directives(src: string): Set<string> {
  const on = new Set<string>();
  for (const m of src.matchAll(/#\s*doctest:\s*([^\n'"]*)$/gm)) {
    for (const o of m[1]!.replace(/,/g, " ").split(/\s+/).filter(Boolean)) {
      if (o[0] === "+") on.add(o.slice(1));
      else if (o[0] === "-") on.delete(o.slice(1));
    }
  }
  return on;
}

/**
 * Splits console lines (numbered from `firstLine`) into examples the way doctest's DocTestParser
 * does: a `>>> ` line and its `... ` continuations are the source; the lines after, up to a blank
 * line or the next `>>>`, are the expected output; all lines share the `>>>` line's indentation.
 * The split is grammar/console.grammar's (formats/transcript.ts); this reads its tree.
 */
export function parseConsole(lines: readonly string[], firstLine: number): ConsoleExample[] {
  const starts: number[] = [];
  let at = 0;
  for (const l of lines) {
    starts.push(at);
    at += l.length + 1;
  }
  let row = 0;
  // Nodes come in document order, so the row search only moves forward.
  const rowOf = (offset: number) => {
    while (row + 1 < starts.length && starts[row + 1]! <= offset) row++;
    return row;
  };
  const examples: ConsoleExample[] = [];
  for (const ex of transcriptParser.parse(lines.join("\n")).topNode.getChildren("Example")) {
    const input = ex.getChild("Input")!;
    const rows: number[] = [];
    for (let c = input.firstChild; c; c = c.nextSibling) rows.push(rowOf(c.from));
    const first = rows[0]!;
    const indent = /^\s*/.exec(lines[first]!)![0].length;
    const shown = ex.getChild("Output");
    const wantRow = shown ? rowOf(shown.from) : -1;
    const want: string[] = [];
    if (shown) for (let r = wantRow, last = rowOf(shown.to - 1); r <= last; r++) want.push(lines[r]!.slice(indent));
    const wantText = want.length ? want.join("\n") + "\n" : "";
    const src = rows.map((r) => lines[r]!.slice(indent + 4)).join("\n") + "\n";
    const flags = directives(src);
    // doctest neither runs nor compares an example marked +SKIP (DocTestRunner.run).
    if (flags.has("SKIP")) continue;
    examples.push({
      line: firstLine + first,
      source: src,
      want: wantText,
      wantLine: shown ? firstLine + wantRow : 0,
      excMsg: exceptionPart(wantText),
      ellipsis: flags.has("ELLIPSIS"),
      normalizeWhitespace: flags.has("NORMALIZE_WHITESPACE"),
      ignoreExceptionDetail: flags.has("IGNORE_EXCEPTION_DETAIL"),
    });
  }
  return examples;
}

/** doctest's `_EXCEPTION_RE`: after a Traceback header, the message starts at the first line beginning with a word character. */
function exceptionPart(want: string): string | null {
  const m = /^Traceback \((?:most recent call last|innermost last)\):[ \t]*\n[\s\S]*?^(\w+[\s\S]*)/m.exec(want);
  return m && want.startsWith("Traceback") ? m[1]! : null;
}
