/**
 * Build step: parses the shim's Python modules once and writes `py-ast.json` beside the compiled
 * shim (laid out for reading one module's tree at a time, see py-sources.ts), and `py-ast-web.json`
 * for the playground. Run by `npm run build` after tsc. The standard library's Python-source modules
 * that `import tensorflow`, `import numpy` and the common imports of snippets load are saved too (by
 * source text), so no process parses them at start either.
 */
import { rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse, parsedModuleSources } from "../python/index.js";
import { astText, packAsts, shimSources } from "./py-sources.js";
import { runTf } from "./run.js";

const file = fileURLToPath(new URL("./py-ast.json", import.meta.url));
// The last build's file would prime its ASTs, stale ones included, and they would be saved again.
rmSync(file, { force: true });
const modules: [string, string, unknown][] = [];
for (const [name, source] of shimSources()) modules.push([name, source, parse(source, { filename: `<tfscope ${name}>` }).module]);
const quiet = { stdout: () => {}, stderr: () => {} };
const COMMON = "import collections, contextlib, copy, dataclasses, enum, functools, itertools, json, logging, math, os, random, re, string, sys, textwrap, time, typing, warnings\n";
for (const profile of ["1.15", "2"] as const) {
  runTf("import tensorflow as tf\nimport numpy as np\n", { profile, filename: "<build>", ...quiet });
  runTf(COMMON, { profile, filename: "<build>", ...quiet });
}
// The playground loads the shim's modules only (py-ast-web.json): the standard library's ASTs would
// double its download (220 -> 469 KiB gzip) for modules it parses only when a snippet imports them.
const web = Object.fromEntries(modules.map(([name, source, tree]) => [name, { source, ast: astText(tree) }]));
writeFileSync(fileURLToPath(new URL("./py-ast-web.json", import.meta.url)), JSON.stringify(web));
const shim = new Set(modules.map(([, source]) => source));
writeFileSync(file, packAsts(modules, parsedModuleSources().filter(([source]) => !shim.has(source))));
