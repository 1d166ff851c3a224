/** Where a diagnostic points: esbuild's shape, so one formatter serves terminal, JSON and goldens. */
export interface Location {
  file: string;
  /** 1-based. */
  line: number;
  /** 0-based. */
  column: number;
  length: number;
  /** The whole text of `line`, for showing a caret under the span. */
  lineText: string;
}

/** One message about a place in a document, with optional secondary notes. */
export interface Diagnostic {
  text: string;
  location: Location | null;
  notes: Diagnostic[];
}

/** A diagnostic pointing at a whole line (or at a span of it) of a document. */
export function diagnostic(
  text: string,
  file: string,
  line: number,
  lineText: string,
  span: { column?: number; length?: number } = {},
): Diagnostic {
  const column = span.column ?? lineText.length - lineText.trimStart().length;
  const length = span.length ?? Math.max(0, lineText.trimEnd().length - column);
  return { text, location: { file, line, column, length, lineText }, notes: [] };
}

/** `file:line:col: text`, then the line and a caret, as compilers print it. */
export function formatDiagnostic(d: Diagnostic): string {
  if (!d.location) return d.text;
  const { file, line, column, length, lineText } = d.location;
  const head = `${file}:${line}:${column}: ${d.text}`;
  const caret = " ".repeat(column) + "^" + "~".repeat(Math.max(0, length - 1));
  const notes = d.notes.map((n) => "  note: " + formatDiagnostic(n).replace(/\n/g, "\n  "));
  return [head, "    " + lineText, "    " + caret, ...notes].join("\n");
}
