/**
 * Build step: parses the shim's Python modules once and writes `py-ast.json` beside the compiled
 * shim (see py-sources.ts). Run by `npm run build` after tsc.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "../python/index.js";
import { astReplacer, shimSources } from "./py-sources.js";

const out: Record<string, { source: string; ast: unknown }> = {};
for (const [name, source] of shimSources()) {
  out[name] = { source, ast: parse(source, { filename: `<tfscope ${name}>` }).module };
}
writeFileSync(fileURLToPath(new URL("./py-ast.json", import.meta.url)), JSON.stringify(out, astReplacer));
