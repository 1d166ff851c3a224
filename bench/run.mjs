// Runs every bench/<area>.mjs in turn and prints, as the very last line, one JSON object of all figures,
// so runs can be compared. Each area module prints its own table and returns its figures.
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const areas = readdirSync(here)
  // An area's child process (python-child.mjs, forked by python.mjs) is no area of its own.
  .filter((f) => f.endsWith(".mjs") && f !== "run.mjs" && !f.endsWith("-child.mjs"))
  .map((f) => f.slice(0, -4))
  .filter((a) => only.length === 0 || only.includes(a))
  .sort();

const figures = {};
for (const area of areas) {
  console.log(`\n== ${area}`);
  try {
    const mod = await import(pathToFileURL(join(here, `${area}.mjs`)).href);
    Object.assign(figures, await mod.default());
  } catch (e) {
    console.log(`${area}: failed: ${e instanceof Error ? e.message : e}`);
    figures[`${area}_failed`] = 1;
  }
}
const rounded = Object.fromEntries(
  Object.entries(figures).map(([k, v]) => [k, typeof v === "number" && Number.isFinite(v) ? Math.round(v * 1000) / 1000 : v]),
);
console.log(JSON.stringify(rounded));
