/**
 * Which lines a `with` statement's body covers, from indentation alone: the engine reports when a
 * scope is entered but not when it is left, so a scope counts as open while the frame that entered it
 * is still executing a line of the `with` body (Python ends a block at the first statement line
 * indented no deeper than its header).
 */
export class BlockMap {
  private readonly lines: string[];
  private readonly ends = new Map<number, number>();

  /** `code` starts at line `firstLine` of its file. */
  constructor(
    code: string,
    private readonly firstLine: number,
  ) {
    this.lines = code.split("\n");
  }

  /** Whether line `at` lies in the block opened by the header at line `header` (or is that line). */
  covers(header: number, at: number): boolean {
    if (at === header) return true;
    return at > header && at <= this.end(header);
  }

  private end(header: number): number {
    let end = this.ends.get(header);
    if (end !== undefined) return end;
    const base = indent(this.text(header));
    end = header;
    for (let n = header + 1; n < this.firstLine + this.lines.length; n++) {
      const t = this.text(n);
      if (t.trim() === "" || t.trim().startsWith("#")) continue;
      if (indent(t) <= base) break;
      end = n;
    }
    this.ends.set(header, end);
    return end;
  }

  private text(line: number): string {
    return this.lines[line - this.firstLine] ?? "";
  }
}

function indent(s: string): number {
  let n = 0;
  while (n < s.length && (s[n] === " " || s[n] === "\t")) n++;
  return n;
}
