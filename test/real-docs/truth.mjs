// The truth tables of the real-document corpus (truth/<id>.tsv, written from TF 1.15's source and
// CPython) and the rules that compare a unit's true verdict with tfscope's status.
import { readFileSync, existsSync } from "node:fs";

/** Verdicts a truth row may give; see README.md in this folder for what each means. */
export const VERDICTS = new Set([
  "pass", "contradicted", "error", "syntax-error", "unsupported", "skipped",
  "not-code", "not-run", "out-of-order", "unknown",
]);

/** Rows of a truth table: { key, kind: cell|lines|file, cell?, range?, verdict, reason }. */
export function readTruth(path) {
  if (!existsSync(path)) throw new Error(`no truth table ${path}`);
  const units = [];
  const seen = new Set();
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    const [key, verdict, reason = ""] = line.split("\t");
    if (!VERDICTS.has(verdict)) throw new Error(`${path}: ${key}: unknown verdict ${verdict}`);
    if (seen.has(key)) throw new Error(`${path}: ${key} appears twice`);
    seen.add(key);
    let m;
    if ((m = /^cell (\d+)$/.exec(key))) units.push({ key, kind: "cell", cell: Number(m[1]), verdict, reason });
    else if ((m = /^lines (\d+)-(\d+)$/.exec(key))) units.push({ key, kind: "lines", range: [Number(m[1]), Number(m[2])], verdict, reason });
    else if (key === "file") units.push({ key, kind: "file", verdict, reason });
    else throw new Error(`${path}: unit ${key} is not "cell N", "lines A-B" or "file"`);
  }
  return units;
}

const QUIET = new Set(["pass", "ran-clean", "skipped", "unsupported", "xfail"]);

/**
 * Whether tfscope's status (or "missing": no snippet on the unit) agrees with the true verdict. A unit
 * that runs and claims nothing is "pass" with a reason starting "ran clean" (or "(B) ran clean": a page
 * unit that runs clean as an independent example, whatever reading (A) gives): tfscope's `ran-clean`. Where
 * the unit's claims hold in TF, tfscope's `ran-clean` (it verified none of them) does not agree.
 */
export function agrees(truth, got, reason = "") {
  if (truth === "pass" && got === "ran-clean") return /^(\(B\) )?ran clean\b/.test(reason);
  switch (truth) {
    case "not-code":
      return got === "missing"; // not Python: never run as code
    case "not-run":
      return got === "missing" || QUIET.has(got); // IPython-only: anything that does not blame the document
    case "out-of-order":
      return QUIET.has(got); // recorded in another order: reported, never blamed
    default:
      return got === truth;
  }
}

/** Statuses that say the document is wrong. */
export const blames = (v) => v === "contradicted" || v === "error" || v === "syntax-error";

/**
 * The cells of a notebook with the JSON lines (1-based) each spans, from one `"cell_type"` key to the
 * line before the next: nbformat writers put cell_type first in every cell object.
 */
export function notebookCells(text) {
  const types = JSON.parse(text);
  const list = types.cells ?? types.worksheets?.[0]?.cells ?? [];
  const lines = text.split("\n");
  const starts = [];
  lines.forEach((l, i) => {
    const m = /^\s*"cell_type"\s*:\s*"(\w+)"/.exec(l);
    if (m) starts.push({ type: m[1], first: i + 1 });
  });
  if (starts.length !== list.length) throw new Error(`notebook: ${starts.length} "cell_type" lines for ${list.length} cells`);
  return starts.map((s, i) => ({ type: s.type, first: s.first, last: i + 1 < starts.length ? starts[i + 1].first - 1 : lines.length }));
}
