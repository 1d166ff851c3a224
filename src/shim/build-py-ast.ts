/**
 * Build step: parses the shim's Python modules once and writes `py-ast.json` beside the compiled
 * shim (see py-sources.ts). Run by `npm run build` after tsc. The standard library's Python-source
 * modules that `import tensorflow`, `import numpy` and the common imports of snippets load are saved
 * too (under PARSED_KEY, by source text), so no process parses them at start either.
 */
import { rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse, parsedModuleSources } from "../python/index.js";
import { PARSED_KEY, astText, shimSources } from "./py-sources.js";
import { runTf } from "./run.js";

const file = fileURLToPath(new URL("./py-ast.json", import.meta.url));
// The last build's file would prime its ASTs, stale ones included, and they would be saved again.
rmSync(file, { force: true });
const out: Record<string, unknown> = {};
const shim = new Set<string>();
for (const [name, source] of shimSources()) {
  out[name] = { source, ast: astText(parse(source, { filename: `<tfscope ${name}>` }).module) };
  shim.add(source);
}
const quiet = { stdout: () => {}, stderr: () => {} };
const COMMON = "import collections, contextlib, copy, dataclasses, enum, functools, itertools, json, logging, math, os, random, re, string, sys, textwrap, time, typing, warnings\n";
for (const profile of ["1.15", "2"] as const) {
  runTf("import tensorflow as tf\nimport numpy as np\n", { profile, filename: "<build>", ...quiet });
  runTf(COMMON, { profile, filename: "<build>", ...quiet });
}
// The playground loads the shim's modules only (py-ast-web.json): the standard library's ASTs would
// double its download (220 -> 469 KiB gzip) for modules it parses only when a snippet imports them.
writeFileSync(fileURLToPath(new URL("./py-ast-web.json", import.meta.url)), JSON.stringify(out));
out[PARSED_KEY] = parsedModuleSources()
  .filter(([source]) => !shim.has(source))
  .map(([source, ast]) => [source, astText(ast)]);
writeFileSync(file, JSON.stringify(out));
