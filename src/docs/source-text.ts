/** A document's text split into lines, with offset ↔ line mapping. Lines are 1-based. */
export class SourceText {
  readonly lines: string[];
  private readonly starts: number[];

  constructor(readonly text: string) {
    this.lines = text.split("\n");
    this.starts = [];
    let at = 0;
    for (const l of this.lines) {
      this.starts.push(at);
      at += l.length + 1;
    }
  }

  /** The 1-based line holding an offset. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** The offset where a 1-based line starts. */
  lineStart(line: number): number {
    return this.starts[line - 1] ?? this.text.length;
  }

  /** The text of a 1-based line ("" past the end). */
  line(line: number): string {
    return this.lines[line - 1] ?? "";
  }
}

/** Normalises line ends and blanks out YAML front matter (`---` … `---` at the top), keeping line numbers. */
export function prepareText(raw: string): string {
  const text = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const lines = text.split("\n");
  if (lines[0]?.trim() !== "---") return text;
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === "---");
  if (end < 0 || !lines.slice(1, end).every((l) => l.trim() === "" || /^[\w-]+\s*:|^\s/.test(l))) return text;
  return lines.map((l, i) => (i <= end ? "" : l)).join("\n");
}
