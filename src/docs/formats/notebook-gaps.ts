/**
 * What a notebook's kernel ran and tfscope cannot reproduce: its gaps, never the notebook's errors.
 * Each cell's gap is traced to its root (the first cell a chain of cells goes back to), so a report
 * says `\`n\` from cell 8, not run here (module 'sklearn')` rather than blaming the later cell.
 */
import type { Snippet } from "../extract.js";
import type { Outcome } from "../outcome.js";
import { scanNames } from "../python-names.js";
import type { CellInfo } from "./notebook-extract.js";

/** Names IPython puts in a kernel's namespace: tfscope's gap, never a NameError of the notebook's. */
const IPYTHON_NAMES = new Set(["display", "get_ipython", "In", "Out", "exit", "quit"]);

/**
 * A cell's outcome as the notebook's kernel would have it; what tfscope cannot reproduce is its gap,
 * never the notebook's error:
 * - a NameError for a name IPython provides (`display`), or one an earlier cell binds that could not
 *   run here (unsupported, or not Python): in the kernel that recorded the notebook, it ran;
 * - a missing module, when the recording shows the cell ran without error (that kernel had it);
 * - any exception in a cell the recording shows ran without error, once an earlier cell could not
 *   run here: the state it needed is missing, so the exception says nothing about TF;
 * - the same in a notebook recorded out of order, when the recording shows what the cell wrote (a
 *   cell whose outputs were cleared shows nothing either way): the state the recording ran it in is
 *   not the in-order run's (formats/notebook-order.ts).
 */
export function cellOutcome(s: Snippet, o: Outcome): Outcome {
  const nb = s.notebook;
  if (!nb) return o;
  const gap = cellGap(s, nb, o);
  const out = gap ? { ...o, unsupported: { feature: gap.feature, ...(o.exception?.line === undefined ? {} : { line: o.exception.line }) } } : o;
  if (gap) roots.set(s, gap.root);
  else if (o.unsupported) roots.set(s, o.unsupported.feature);
  return out;
}

/** Why each notebook cell could not run here, at its root (the first gap a chain of cells goes back to). */
const roots = new WeakMap<Snippet, string>();

/** The first earlier cell of a notebook that could not run here, and why: `cell 6 (module 'sklearn')`. */
export function earlierGap(s: Snippet): string | null {
  const first = s.notebook?.cells().slice(0, s.index - 1).find((e) => roots.has(e) || e.notebook?.ipython.notPython);
  return first ? `cell ${first.notebook!.cell} (${roots.get(first) ?? first.notebook!.ipython.notPython})` : null;
}

function cellGap(s: Snippet, nb: CellInfo, o: Outcome): { feature: string; root: string } | null {
  if (!o.exception || o.unsupported) return null;
  const earlier = nb.cells().slice(0, s.index - 1);
  const notRun = (e: Snippet) => roots.get(e) ?? (e.notebook?.ipython.notPython ? `${e.notebook.ipython.notPython}` : null);
  const name = o.exception.type === "NameError" ? /^name '(\w+)' is not defined$/.exec(o.exception.message)?.[1] : undefined;
  if (name !== undefined && IPYTHON_NAMES.has(name)) return { feature: `IPython's \`${name}\``, root: `IPython's \`${name}\`` };
  if (name !== undefined) {
    const binder = [...earlier].reverse().find((e) => scanNames(e.code).globals.has(name));
    const root = binder && notRun(binder);
    if (root) return { feature: `\`${name}\` from cell ${binder.notebook!.cell}, not run here (${root})`, root };
  }
  const ranClean = nb.count !== null && !nb.outputs.some((x) => x.type === "error");
  if (!ranClean) return null;
  const missing = /^(ModuleNotFoundError|ImportError)$/.test(o.exception.type) ? /^No module named '([\w.]+)'/.exec(o.exception.message)?.[1] : undefined;
  if (missing !== undefined) {
    const root = `module '${missing}'`;
    return { feature: `${root} (the kernel that recorded the notebook had it)`, root };
  }
  const first = earlier.find((e) => notRun(e));
  if (!first && nb.order && nb.outputs.length > 0) {
    const root = `the state the recording ran it in (${nb.order})`;
    return { feature: `${root}: the recording ran this cell without error, here it raised ${o.exception.type}`, root };
  }
  if (!first) return null;
  const root = notRun(first)!;
  return { feature: `state from cell ${first.notebook!.cell}, not run here (${root}): the recording ran this cell without error, here it raised ${o.exception.type}`, root };
}
