/**
 * Turns a checked notebook's lines back into cell + line. While a notebook runs, its cells are laid
 * one after another (notebook-extract.ts), so a line number names one line of one cell; the report
 * says `cell 3, line 2` (JSON: the snippet's `cell`, lines within it; people: `nb.ipynb:cell 3:2`).
 */
import type { Diagnostic } from "../diagnostic.js";
import type { Snippet } from "../extract.js";
import type { JsonDocument, JsonSnippet } from "../report-schema.js";

/** Rewrites every line of a notebook's checked snippets (and the line numbers in their texts) to cell lines. */
export function toCellLocations(doc: JsonDocument, snippets: readonly Snippet[]): void {
  const cells = snippets.flatMap((s) => (s.notebook ? [{ cell: s.notebook.cell, first: s.startLine, last: s.endLine }] : []));
  const owner = (line: number) => cells.find((c) => line >= c.first && line <= c.last);
  doc.snippets.forEach((j, i) => {
    const nb = snippets[i]?.notebook;
    if (!nb) return;
    const local = (line: number) => line - nb.firstLine + 1;
    // A line in another cell (a function defined earlier) is named with its cell; so is a snippet.
    const text = (t: string) =>
      t
        .replace(/\bline (\d+)\b/g, (m, n: string) => {
          const o = owner(Number(n));
          if (!o) return m;
          return o.cell === nb.cell ? `line ${local(Number(n))}` : `cell ${o.cell} line ${Number(n) - o.first + 1}`;
        })
        .replace(/\bsnippet (\d+)\b/g, (m, n: string) => {
          const c = snippets[Number(n) - 1]?.notebook?.cell;
          return c === undefined ? m : `cell ${c}`;
        });
    j.cell = nb.cell;
    j.startLine = local(j.startLine);
    j.endLine = local(j.endLine);
    j.blocks = j.blocks.map(([a, b]) => [local(a), local(b)]);
    for (const c of j.claims) {
      c.line = local(c.line);
      if (c.why) c.why = text(c.why);
    }
    j.reading = { ...j.reading, reason: text(j.reading.reason) };
    const elsewhere = (line: number | null) => (line === null ? null : (owner(line)?.cell ?? nb.cell) === nb.cell ? local(line) : line - owner(line)!.first + 1);
    if (j.exception) j.exception.line = elsewhere(j.exception.line);
    if (j.syntaxError) j.syntaxError.line = local(j.syntaxError.line);
    if (j.unsupported) {
      j.unsupported.line = elsewhere(j.unsupported.line);
      j.unsupported.feature = text(j.unsupported.feature);
    }
    const fix = (d: Diagnostic) => {
      d.text = text(d.text);
      if (d.location) {
        const o = owner(d.location.line);
        d.location = { ...d.location, file: `${d.location.file}:cell ${o?.cell ?? nb.cell}`, line: d.location.line - (o?.first ?? nb.firstLine) + 1 };
      }
      d.notes.forEach(fix);
    };
    j.diagnostics.forEach(fix);
    j.notes = [...j.notes.map(text), ...nb.ipython.notes];
  });
}

/** Where a line of a snippet is, for people: `doc:12`, or `doc:cell 3:2` in a notebook. */
export function place(s: Pick<JsonSnippet, "document" | "cell">, line: number): string {
  return s.cell === undefined ? `${s.document}:${line}` : `${s.document}:cell ${s.cell}:${line}`;
}
