/**
 * Which TensorFlow a notebook was recorded with, when a cell shows it (`tf.__version__` printed or as
 * the cell's value). tfscope judges against TF 1.15.5 (or the profile chosen): a recording made with
 * another release may differ where TF changed (reprs such as `<TensorSliceDataset ...>` that 1.15
 * prints as `<DatasetV1Adapter ...>`, error texts), so the report says which release recorded it.
 */
import type { Snippet } from "../extract.js";

/** The version a cell of the notebook recorded, and that cell; null when no cell shows one. */
export function recordedTfVersion(snippets: readonly Snippet[]): { version: string; cell: number } | null {
  for (const s of snippets) {
    const nb = s.notebook;
    if (!nb || !/\b(?:tf|tensorflow)\.(?:__version__|VERSION)\b/.test(s.code)) continue;
    for (const o of nb.outputs) {
      const text = o.type === "stream" ? (o.name === "stdout" ? o.text : "") : o.type === "result" ? (o.text ?? "") : "";
      const m = /(?:^|[\s'"])(\d+\.\d+\.\d+(?:-?rc\d+)?)(?=$|[\s'"])/m.exec(text);
      if (m) return { version: m[1]!, cell: nb.cell };
    }
  }
  return null;
}

/** The document note for a recording made with another TF than the one judged against, or null. */
export function recordedVersionNote(snippets: readonly Snippet[], judgedAgainst: string): string | null {
  const r = recordedTfVersion(snippets);
  // A patch release changes no repr or message tfscope models: only another major.minor is noted.
  const minor = (v: string) => v.split(".").slice(0, 2).join(".");
  if (r === null || minor(r.version) === minor(judgedAgainst)) return null;
  return `recorded with TensorFlow ${r.version} (cell ${r.cell} shows it); tfscope judges against TensorFlow ${judgedAgainst}: recorded outputs that changed between the two releases are contradicted`;
}
