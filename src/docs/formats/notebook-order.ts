/**
 * What a notebook's execution counts say about the state each recorded output came from. A kernel
 * numbers its executions 1, 2, 3...; the count shown on a cell is that of its last run.
 *
 * - Counts that only increase are a recording in order: numbers skipped are executions the notebook
 *   does not show (a cell deleted, a scratch cell re-used, a stopped run), and every shown cell ran
 *   after the cells above it, as Run All runs them.
 * - A count that goes back means the cells did not run in their order. `In [1]` after higher counts is
 *   a restarted kernel: the cells from there ran in a fresh kernel, in the order of their counts, so
 *   that kernel's state can be rebuilt (the `restart` reading). Any other count that goes back or
 *   repeats ran before (or in another kernel than) the cells above it with higher counts: those cells
 *   saw its effects too, so their outputs are not the in-order run's either.
 */
import type { NotebookCell } from "./notebook.js";

/** How one cell's recorded outputs relate to the run in order. */
export interface CellOrder {
  /** In words, for the report: why the recorded state is not the in-order run's. */
  why: string;
  /** The cell (its `cell` number) whose count first went back. */
  at: number;
  /**
   * The cells the recording's kernel ran before this one after a restart (In [1]), in count order,
   * when the counts from the restart to this cell only increase: rerun on a fresh kernel they give
   * the state the cell's recorded outputs came from.
   */
  restartedWith?: NotebookCell[];
}

/** The cells whose recorded outputs may come from another state than Run All gives, and why. */
export function recordedOrder(cells: readonly NotebookCell[]): Map<NotebookCell, CellOrder> {
  const out = new Map<NotebookCell, CellOrder>();
  let last = 0;
  let why: string | null = null;
  let at = 0;
  /** Cells of the current kernel (since the last restart) with their counts; null once its counts went back. */
  let kernel: NotebookCell[] | null = [];
  let sinceRestart: NotebookCell[] = [];
  const counts = cells.flatMap((c) => (c.count === null ? [] : [c.count]));
  const distinct = new Set(counts).size === counts.length;
  for (const c of cells) {
    if (c.count === null) {
      if (why) out.set(c, { why, at });
      continue;
    }
    if (c.count > last) {
      kernel?.push(c);
    } else if (c.count === 1) {
      if (!why) [why, at] = [`recorded after a kernel restart: In [1] follows In [${last}]`, c.cell];
      // With no count shown twice, one kernel that ran this cell first explains the counts as well as
      // a restart does: the cells above may have run after it, so their outputs are not Run All's either.
      if (distinct) for (const e of sinceRestart) out.set(e, { why: out.get(e)?.why ?? why, at });
      kernel = [c];
    } else {
      if (!why) [why, at] = [`recorded out of order: In [${c.count}] comes after In [${last}]`, c.cell];
      // The cells above with counts as high ran after this one in this kernel (or in another kernel).
      for (const e of sinceRestart) if (e.count! >= c.count) out.set(e, { why: out.get(e)?.why ?? why, at });
      kernel = null;
    }
    if (c.count === 1) sinceRestart = [];
    sinceRestart.push(c);
    if (why) {
      const restarted = kernel !== null && kernel[0]!.count === 1 && kernel[0] !== cells.find((x) => x.count !== null);
      out.set(c, restarted ? { why, at, restartedWith: kernel!.slice(0, -1) } : { why, at });
    }
    last = c.count;
  }
  return out;
}
