/**
 * Which lines a `with` statement's body covers, from indentation alone: the engine reports when a
 * scope is entered but not when it is left, so a scope counts as open while the frame that entered it
 * is still executing a line of the `with` body (Python ends a block at the first statement line
 * indented no deeper than its header).
 */

/** Code that starts at line `firstLine` of its file. */
export interface Piece {
  code: string;
  firstLine: number;
}

export class BlockMap {
  private readonly pieces: { lines: string[]; firstLine: number }[];
  private readonly ends = new Map<number, number>();

  constructor(pieces: readonly Piece[]) {
    this.pieces = pieces.map((p) => ({ lines: p.code.split("\n"), firstLine: p.firstLine }));
  }

  /** Whether line `at` lies in the block opened by the header at line `header` (or is that line). */
  covers(header: number, at: number): boolean {
    if (at === header) return true;
    return at > header && at <= this.end(header);
  }

  private end(header: number): number {
    let end = this.ends.get(header);
    if (end !== undefined) return end;
    end = header;
    const piece = this.pieces.find((p) => header >= p.firstLine && header < p.firstLine + p.lines.length);
    if (piece !== undefined) {
      const text = (line: number) => piece.lines[line - piece.firstLine]!;
      const base = indent(text(header));
      for (let n = header + 1; n < piece.firstLine + piece.lines.length; n++) {
        const t = text(n).trim();
        if (t === "" || t.startsWith("#")) continue;
        if (indent(text(n)) <= base) break;
        end = n;
      }
    }
    this.ends.set(header, end);
    return end;
  }
}

function indent(s: string): number {
  let n = 0;
  while (n < s.length && (s[n] === " " || s[n] === "\t")) n++;
  return n;
}
