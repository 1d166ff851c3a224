/**
 * A notebook as one program, for `tfscope run x.ipynb`: its code cells in order ("Run All"), IPython
 * syntax translated as the checker translates it (formats/ipython.ts), laid out as the checker lays
 * them out (each cell's lines, then a blank line), so a line number means the same in both.
 * A cell that is not Python (`%%bash`) stays in the text as blank lines; the first exception stops the
 * program, as `jupyter nbconvert --execute` stops without `--allow-errors`.
 */
import { translateIPython } from "./ipython.js";
import { NotebookError, readNotebook } from "./notebook.js";

/** The program a notebook's code cells make, what was left out, and whether its kernel is Python 2. */
export type NotebookScript = { source: string; python2: boolean; notes: string[] } | { error: string };

export function notebookScript(raw: string): NotebookScript {
  let nb;
  try {
    nb = readNotebook(raw);
  } catch (e) {
    if (e instanceof NotebookError) return { error: e.message };
    throw e;
  }
  if (nb.language !== null) return { error: `the notebook's kernel runs ${nb.language}, not Python` };
  const lines: string[] = [];
  const notes: string[] = [];
  for (const c of nb.cells) {
    const source = c.source.replace(/\r\n?/g, "\n").replace(/\n$/, "");
    const t = translateIPython(source);
    const code = t.notPython === null ? t.code : source.replace(/[^\n]/g, "");
    if (t.notPython !== null) notes.push(`cell ${c.cell}: not run: ${t.notPython}`);
    lines.push(...code.split("\n"), "");
  }
  const source = lines.join("\n");
  // A Python 2 kernel prints with statements, unless the notebook imports print_function (then "auto"
  // still reads a print statement where nothing else parses).
  return { source, python2: nb.python === 2 && !/^\s*from\s+__future__\s+import\s+[^#\n]*\bprint_function\b/m.test(source), notes };
}
