// Reads sources.tsv (the real documents of the corpus) and names each document's fetched file.
import { readFileSync } from "node:fs";
import { join } from "node:path";

const EXT = { ipynb: ".ipynb", markdown: ".md", python: ".py" };

/** Rows of sources.tsv: { id, repo, path, commit, format, set }. */
export function readSources(dir) {
  const rows = [];
  for (const line of readFileSync(join(dir, "sources.tsv"), "utf8").split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    const [id, repo, path, commit, format, set] = line.split("\t");
    if (!/^[0-9a-f]{40}$/.test(commit ?? "")) throw new Error(`sources.tsv: ${id}: commit must be 40 hex digits`);
    if (!(format in EXT)) throw new Error(`sources.tsv: ${id}: unknown format ${format}`);
    if (set !== "dev" && set !== "held-back") throw new Error(`sources.tsv: ${id}: set must be dev or held-back`);
    rows.push({ id, repo, path, commit, format, set });
  }
  return rows;
}

/** The document's file name under .docs/ (its id, with the extension of its format). */
export const docFile = (s) => s.id + EXT[s.format];
