/**
 * A notebook as the checker's snippets: one per code cell, in order, run as one program in one
 * interpreter (Jupyter's "Run All", continuing past a cell that raises as nbval and
 * `nbconvert --allow-errors` do). The cells' sources are laid one after another into one text, so
 * every line has a number of its own while the notebook runs (tracebacks across cells stay
 * unambiguous); the report turns those numbers back into cell + line (notebook-locations.ts).
 */
import { diagnostic, type Diagnostic } from "../diagnostic.js";
import type { Extraction, Snippet } from "../extract.js";
import { markerBody, type Markers, mergeMarkers, parseMarkers } from "../markers.js";
import { SourceText } from "../source-text.js";
import { endsWithSemicolon, translateIPython, type Translated } from "./ipython.js";
import { NotebookError, readNotebook, type RecordedOutput } from "./notebook.js";
import { nbvalOptions } from "./nbval.js";
import { recordedOrder } from "./notebook-order.js";

/** What a snippet that is a notebook cell carries besides its code. */
export interface CellInfo {
  /** 1-based position among the notebook's cells. */
  cell: number;
  /** The line of the notebook's running text where this cell's line 1 sits. */
  firstLine: number;
  count: number | null;
  outputs: RecordedOutput[];
  /** The kernel's Python (3: never Python 2 syntax). */
  python: 2 | 3 | null;
  /** Print is a statement: a Python 2 kernel before `from __future__ import print_function`. */
  printStatements: boolean;
  ipython: Translated;
  /** nbval: outputs are not compared (NBVAL_IGNORE_OUTPUT / nbval-ignore-output). */
  ignoreOutput: boolean;
  /** nbval: the cell is expected to raise (NBVAL_RAISES_EXCEPTION / raises-exception). */
  raisesException: boolean;
  /** IPython shows the last expression's value (no trailing `;`). */
  display: boolean;
  /** Why the recorded outputs may come from another state than Run All gives (null: recorded in order). */
  order: string | null;
  /**
   * After a kernel restart in the recording: the cells (by `cell` number) that kernel ran before this
   * one, in count order; rerun on a fresh kernel they rebuild the state the recorded outputs came from.
   */
  restartedWith: number[] | null;
  /** The notebook's snippets (a function, so a snippet never holds itself in its data). */
  cells: () => readonly Snippet[];
}

/** Finds a notebook's snippets; a file that is not a notebook gives a note and none. */
export function notebookExtraction(document: string, raw: string): Extraction {
  const empty = (text: string): Extraction => ({
    document,
    format: "notebook",
    snippets: [],
    notes: [diagnostic(text, document, 1, "")],
    text: new SourceText(""),
  });
  let nb;
  try {
    nb = readNotebook(raw);
  } catch (e) {
    if (e instanceof NotebookError) return empty(e.message);
    throw e;
  }
  if (nb.language !== null) return empty(`the notebook's kernel runs ${nb.language}, not Python: nothing to check`);
  const notes: Diagnostic[] = [];
  const order = recordedOrder(nb.cells);
  const lines: string[] = [];
  const snippets: Snippet[] = [];
  // A Python 2 kernel prints with statements until `from __future__ import print_function` runs; the
  // flag then holds for every later cell (IPython's compiler keeps __future__ flags).
  let printStatements = nb.python === 2;
  for (const c of nb.cells) {
    const source = c.source.replace(/\r\n?/g, "\n").replace(/\n$/, "");
    const cellLines = source.split("\n");
    const firstLine = lines.length + 1;
    lines.push(...cellLines, "");
    if (source.trim() === "") continue;
    const ipython = translateIPython(source);
    const nbval = nbvalOptions(cellLines, c.tags);
    let markers: Markers = {};
    for (const l of cellLines) {
      const body = markerBody(l);
      if (body !== null) markers = mergeMarkers(markers, parseMarkers(body));
    }
    if (nbval.skip) markers = { ...markers, skip: true, reason: nbval.skip };
    if (ipython.notPython) markers = { ...markers, skip: true, reason: ipython.notPython };
    if (/^\s*from\s+__future__\s+import\s+[^#\n]*\bprint_function\b/m.test(source)) printStatements = false;
    if (printStatements) markers = { python2: true, ...markers };
    const endLine = firstLine + cellLines.length - 1;
    snippets.push({
      document,
      index: snippets.length + 1,
      kind: "code",
      startLine: firstLine,
      endLine,
      blocks: [[firstLine, endLine]],
      code: ipython.code + "\n",
      tag: "python",
      markers,
      notebook: {
        cell: c.cell,
        firstLine,
        count: c.count,
        outputs: c.outputs,
        python: nb.python,
        printStatements,
        ipython,
        ignoreOutput: nbval.ignoreOutput,
        raisesException: nbval.raisesException,
        display: !endsWithSemicolon(ipython.code),
        order: order.get(c)?.why ?? null,
        restartedWith: order.get(c)?.restartedWith?.map((e) => e.cell) ?? null,
        cells: () => snippets,
      },
    });
  }
  const broken = [...order.values()][0];
  if (broken) notes.push(diagnostic(`${broken.why} (cell ${broken.at}): recorded outputs that differ from a run in order are held against TF only where the recording's own order gives the same`, document, 1, ""));
  return { document, format: "notebook", snippets, notes, text: new SourceText(lines.join("\n")) };
}

/** How the runner runs a notebook cell: IPython's display of the last expression, and the kernel's Python. */
export function cellRunOptions(s: Snippet): { display?: boolean; python2?: boolean } {
  const nb = s.notebook;
  if (!nb) return {};
  return { display: nb.display, ...(nb.python === 3 || (nb.python === 2 && !nb.printStatements) ? { python2: false } : {}) };
}
