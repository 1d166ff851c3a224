/**
 * Notebook execution forensics: when a notebook was recorded out of order (its execution counts go
 * back or skip), its outputs show the state of the author's kernel, not Run All's. Each cell shows the
 * count of its last execution, so sorting the code cells by count gives the order the author last ran
 * them in; the notebook is replayed in that order (as a notebook of those cells, numbered 1, 2, 3...,
 * so the ordinary checker judges it) and the replay's verdicts are put back on the original cells.
 *
 * When the counts run 1..n with none missing, the replay is the author's session, cell for cell: its
 * verdicts stand, contradictions included. When counts are missing, executions the notebook no longer
 * shows came between (a cell run twice, a deleted cell): outputs the replay reproduces hold, and the
 * others stay not checkable, with the missing counts named. A cell that reads a name no cell of the
 * notebook binds depends on state from outside the notebook, and is named as such. A notebook whose
 * counts repeat (a kernel restart) is not replayed: which cells shared a kernel is not recorded.
 */
import type { Diagnostic } from "./diagnostic.js";
import type { Extraction } from "./extract.js";
import { scanNames } from "./python-names.js";
import type { JsonDocument, JsonSnippet, Status } from "./report-schema.js";

/** What the replay found, for the report's notes. */
export interface Forensics {
  /** Original cell numbers in the order the author last ran them. */
  order: number[];
  /** Counts missing between 1 and the highest: executions the notebook does not show. */
  missing: number[];
  /** Cells whose recorded output the recorded order does not reproduce. */
  unexplained: number[];
  /** A cell and a name it reads that no cell of the notebook binds. */
  outside: { cell: number; name: string }[];
}

type Json = Record<string, unknown>;

/** How much a status blames the document. */
const RANK: Record<Status, number> = { pass: 0, "ran-clean": 1, xfail: 1, skipped: 1, unsupported: 1, contradicted: 2, error: 3, "syntax-error": 3, "internal-error": 4 };

/**
 * Replays an out-of-order notebook in its recorded order and puts the verdicts back on `doc`'s cells.
 * `check` checks the replay notebook (text) as it checks any document. Returns null when the notebook
 * was recorded in order (or cannot be replayed: nbformat 3, fewer than two counted cells).
 */
export function replayRecordedOrder(doc: JsonDocument, found: Extraction, raw: string, check: (text: string) => JsonDocument): Forensics | null {
  if (!found.snippets.some((s) => s.notebook?.order)) return null;
  let nb: Json;
  try {
    nb = JSON.parse(raw) as Json;
  } catch {
    return null;
  }
  if (!Array.isArray(nb.cells)) return null;
  const counted = (nb.cells as Json[])
    .map((c, i) => ({ c, cell: i + 1 }))
    .filter(({ c }) => c.cell_type === "code" && typeof c.execution_count === "number")
    .sort((a, b) => (a.c.execution_count as number) - (b.c.execution_count as number));
  if (counted.length < 2) return null;
  const counts = new Set(counted.map(({ c }) => c.execution_count as number));
  // A count shown twice means the kernel restarted (counts begin again at 1): the cells then come from
  // several sessions, whose boundaries the counts do not give. No replay; the outputs stay unchecked.
  if (counts.size !== counted.length) return null;
  const highest = counted[counted.length - 1]!.c.execution_count as number;
  const missing = Array.from({ length: highest }, (_, k) => k + 1).filter((k) => !counts.has(k));
  // The replay notebook: the counted cells in count order, renumbered so they read as recorded in order.
  const cells = counted.map(({ c }, k) => ({
    ...c,
    execution_count: k + 1,
    outputs: Array.isArray(c.outputs) ? (c.outputs as Json[]).map((o) => ("execution_count" in o ? { ...o, execution_count: k + 1 } : o)) : [],
  }));
  const replay = check(JSON.stringify({ ...nb, cells }));
  const original = (k: number) => counted[k - 1]!.cell;
  const result: Forensics = { order: counted.map(({ cell }) => cell), missing, unexplained: [], outside: [] };
  const bound = new Set<string>();
  for (const s of found.snippets) for (const n of safeScan(s.code).bound) bound.add(n);
  for (const r of replay.snippets) {
    const cell = original(r.cell!);
    const at = doc.snippets.findIndex((j) => j.cell === cell);
    const before = doc.snippets[at];
    const s = found.snippets[at];
    if (!before || !s?.notebook?.order) continue;
    const name = /^name '(\w+)' is not defined/.exec(r.exception?.type === "NameError" ? r.exception.message : "")?.[1];
    if (name && !bound.has(name)) result.outside.push({ cell, name });
    const fails = r.claims.some((c) => c.verdict === "contradicted") || r.status === "error";
    if (fails) result.unexplained.push(cell);
    // With executions missing, only what the replay reproduces is a verdict: an output it does not
    // reproduce may come from a missing execution, so it is not checkable; an error stays as it was.
    const gap = `executions In [${missing.join("], In [")}] are not in the notebook`;
    if (missing.length && r.status === "contradicted") {
      for (const c of r.claims) {
        if (c.verdict !== "contradicted") continue;
        c.verdict = "not-checkable";
        c.why = `replayed in the recorded order, the cell gives ${JSON.stringify(c.actual)}; ${gap}, and one of them may explain the output`;
        delete c.diff;
      }
      r.status = r.claims.some((c) => c.verdict === "holds") ? "pass" : "ran-clean";
      r.diagnostics = [];
    }
    // With executions missing, the replay is one guess among others: it is taken only where it blames
    // the document less than the run in order does.
    // On a tie, a replay that ran beats "unsupported: the state the recording ran it in".
    const keep = RANK[r.status] > RANK[before.status] || (RANK[r.status] === RANK[before.status] && before.status !== "unsupported");
    if (missing.length && keep) {
      if (RANK[r.status] > RANK[before.status]) before.notes.push(`replayed in the recorded order, the cell gives ${r.status}; ${gap}, so this is not held against TF`);
      continue;
    }
    // A replay snippet's index → its cell → the original cell → that cell's snippet index.
    const index = (k: number) => doc.snippets.find((j) => j.cell === original(replay.snippets[k - 1]?.cell ?? 0))?.index ?? k;
    doc.snippets[at] = renumbered(r, before, original, index, `replayed in the recorded order (cells ${result.order.join(", ")}): the outputs were recorded that way, not top to bottom`);
  }
  return result;
}

/** The replay's verdict for a cell, with its cell numbers and index those of the original notebook. */
function renumbered(r: JsonSnippet, before: JsonSnippet, original: (k: number) => number, index: (k: number) => number, note: string): JsonSnippet {
  const cells = (t: string) => t.replace(/\bcell (\d+)\b/g, (_m, n: string) => `cell ${original(Number(n))}`);
  const fix = (d: Diagnostic) => {
    d.text = cells(d.text);
    if (d.location) d.location = { ...d.location, file: cells(d.location.file) };
    d.notes.forEach(fix);
  };
  r.diagnostics.forEach(fix);
  for (const c of r.claims) if (c.why) c.why = cells(c.why);
  return {
    ...r,
    cell: before.cell,
    index: before.index,
    reading: { ...r.reading, reason: cells(r.reading.reason), dependsOn: r.reading.dependsOn.map(index) },
    notes: [note, ...r.notes.map(cells)],
  };
}

function safeScan(code: string): { bound: Set<string> } {
  try {
    return scanNames(code);
  } catch {
    return { bound: new Set() };
  }
}

/** The document note that says what the replay found. */
export function forensicsNote(f: Forensics): string {
  const parts = [`recorded in the order ${f.order.join(", ")} (cells by execution count)`];
  if (f.missing.length) parts.push(`executions In [${f.missing.join("], In [")}] are not in the notebook (a cell run again, or deleted)`);
  if (f.unexplained.length) parts.push(`the recorded order does not reproduce the outputs of cell${f.unexplained.length > 1 ? "s" : ""} ${f.unexplained.join(", ")}`);
  for (const o of f.outside) parts.push(`cell ${o.cell} uses \`${o.name}\`, which no cell of the notebook creates`);
  return parts.join("; ");
}
