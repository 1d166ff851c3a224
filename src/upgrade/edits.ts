/**
 * Text edits on a Python source, addressed by AST positions (1-based lines, 0-based code-point columns).
 * The upgrade rewrites only what tf_upgrade_v2 rewrites and leaves every other character as it was
 * (pasta, which the real script uses, likewise keeps the file's formatting and comments).
 */
import type { Pos } from "../python/ast.js";

/** Replace [start, end) with text; an insertion has start === end. */
interface Edit {
  start: number;
  end: number;
  text: string;
  /** Insertions at one offset apply in the order they were made. */
  seq: number;
}

export class SourceEdits {
  private readonly lineStarts: number[] = [0];
  private readonly edits: Edit[] = [];
  private readonly deleted: [number, number][] = [];

  constructor(readonly source: string) {
    for (let i = source.indexOf("\n"); i >= 0; i = source.indexOf("\n", i + 1)) this.lineStarts.push(i + 1);
  }

  /** The UTF-16 offset of a (line, code-point column). */
  offset(line: number, col: number): number {
    let at = this.lineStarts[line - 1] ?? this.source.length;
    for (let c = 0; c < col && at < this.source.length; c++) at += this.source.codePointAt(at)! > 0xffff ? 2 : 1;
    return at;
  }
  start(p: Pos): number {
    return this.offset(p.line, p.col);
  }
  end(p: Pos): number {
    return this.offset(p.endLine, p.endCol);
  }
  text(p: Pos): string {
    return this.source.slice(this.start(p), this.end(p));
  }

  replace(p: Pos, text: string): void {
    this.push(this.start(p), this.end(p), text);
  }
  replaceRange(start: number, end: number, text: string): void {
    this.push(start, end, text);
  }
  insert(at: number, text: string): void {
    this.push(at, at, text);
  }
  /** Deletes [start, end): edits made inside it, before or after, are dropped. */
  delete(start: number, end: number): void {
    this.deleted.push([start, end]);
    this.push(start, end, "");
  }

  private push(start: number, end: number, text: string): void {
    this.edits.push({ start, end, text, seq: this.edits.length });
  }

  /** The source with every edit applied. Replacements never overlap but by nesting inside a deletion. */
  apply(): string {
    // An insertion at a deletion's end belongs to what follows it, and survives.
    const inside = (e: Edit, [s, t]: [number, number]) => (e.start === e.end ? s <= e.start && e.start < t : s <= e.start && e.end <= t);
    const inDeleted = (e: Edit) => e.text !== "" && this.deleted.some((d) => inside(e, d));
    const live = this.edits.filter((e) => !inDeleted(e)).sort((a, b) => a.start - b.start || a.end - b.end || a.seq - b.seq);
    let out = "";
    let at = 0;
    for (const e of live) {
      if (e.start < at) continue; // a replacement inside one already applied (a renamed node's inner parts)
      out += this.source.slice(at, e.start) + e.text;
      at = e.end;
    }
    return out + this.source.slice(at);
  }
}
