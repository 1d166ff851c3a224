/**
 * Offsets ↔ (line, column) for one source text. Lines are 1-based and split at \n, \r\n or \r as
 * CPython does; columns are 0-based code points (a UTF-16 surrogate pair counts once).
 */
export class SourceMap {
  /** Offset of the first character of each line; `starts[0]` is line 1. */
  private readonly starts: number[] = [0];
  /** Lines holding a surrogate pair, whose columns need counting. */
  private readonly astral = new Set<number>();
  /** Index in `starts` of the line `lineOf` found last. */
  private lastLine = 0;

  constructor(readonly text: string) {
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      } else if (c >= 0xd800 && c <= 0xdbff) this.astral.add(this.starts.length);
    }
  }

  /** Number of lines (a final line break does not start a new line). */
  get lineCount(): number {
    const s = this.starts;
    return s[s.length - 1] === this.text.length && s.length > 1 ? s.length - 1 : s.length;
  }

  /** The line holding `offset` (1-based). */
  lineOf(offset: number): number {
    const s = this.starts;
    // The converters ask about offsets in source order: try the last line found, and the next.
    const last = this.lastLine;
    if (s[last]! <= offset) {
      if (last + 1 === s.length || offset < s[last + 1]!) return last + 1;
      if (last + 2 === s.length || offset < s[last + 2]!) return (this.lastLine = last + 1) + 1;
    }
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    this.lastLine = lo;
    return lo + 1;
  }

  /** Line and code-point column of `offset`. */
  lineCol(offset: number): { line: number; col: number } {
    const line = this.lineOf(offset);
    return { line, col: this.colOf(line, offset) };
  }

  /** The code-point column of `offset`, which lies on `line`. */
  colOf(line: number, offset: number): number {
    const start = this.starts[line - 1]!;
    if (!this.astral.has(line)) return offset - start;
    let col = 0;
    for (let i = start; i < offset; i++) {
      const c = this.text.charCodeAt(i);
      if (!(c >= 0xdc00 && c <= 0xdfff)) col++;
    }
    return col;
  }

  /** Offset where `line` starts. */
  lineStart(line: number): number {
    return this.starts[line - 1] ?? this.text.length;
  }

  /** The text of `line` without its line break. */
  lineText(line: number): string {
    const start = this.starts[line - 1];
    if (start === undefined) return "";
    let end = this.starts[line] ?? this.text.length;
    while (end > start && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    return this.text.slice(start, end);
  }
}
