#!/usr/bin/env node
/**
 * The long fuzz run (`npm run fuzz -- --seconds 300 --seed 7`), over dist/ (build first): mutated
 * snippets, deep constructs, generated programs compared with a live `python3`, documents for `check`,
 * explain. Prints a report: inputs run, internal errors, slow inputs, SyntaxError and stdout agreement
 * with CPython, and the first mismatches of each kind. `--save` writes each crasher to corpus/.
 *   --seconds N   time budget (default 60)     --seed N     first seed (default: the clock)
 *   --report F    also write the report as JSON --save       add crashers to test/fuzz/corpus/
 *   --dist DIR    the build to fuzz (default dist/; e.g. an older build, for before/after figures)
 */
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { compare, ours, startOracle } from "./differential.mjs";
import { genDeep, genDocument, genMutation, seedSnippets } from "./gen-inputs.mjs";
import { genProgram } from "./gen-programs.mjs";
import { checkProperty, explainProperty, parseProperty, runProperty } from "./harness.mjs";

const root = new URL("../..", import.meta.url).pathname;
const arg = (name, dflt) => {
  const k = process.argv.indexOf(`--${name}`);
  return k < 0 ? dflt : process.argv[k + 1];
};
const seconds = Number(arg("seconds", 60));
const seed0 = Number(arg("seed", Date.now() % 1e9));
const save = process.argv.includes("--save");
const reportFile = arg("report", null);

const d = arg("dist", `${root}/dist`);
const [{ checkDocument }, { explainSnippet }, { parse }, { PyCompileError, PySyntaxError, PyUnsupportedError }, { runPython }, { runTf }, { timedSessionFactory, tfSessionFactory }] =
  await Promise.all([
    import(`${d}/docs/check.js`),
    import(`${d}/explain/explain.js`),
    import(`${d}/python/parse/index.js`),
    import(`${d}/python/parse/syntax-error.js`),
    import(`${d}/python/index.js`),
    import(`${d}/shim/run.js`),
    import(`${d}/shim/session.js`),
  ]);
const lib = { checkDocument, explainSnippet, parse, PyCompileError, PySyntaxError, PyUnsupportedError, runPython, runTf, sessionFactory: timedSessionFactory?.(5) ?? tfSessionFactory };
const seeds = seedSnippets(root);
const oracle = startOracle();

const counts = { inputs: 0, failures: 0, slow: 0 };
const kinds = {}; // per input kind: how many run
const failures = [];
const diff = { programs: { total: 0, same: 0 }, syntax: { total: 0, same: 0 }, verdict: { total: 0, same: 0 }, outcomes: {} };
const mismatches = {};
const SLOW_MS_PER_KB = 200; // an input slower than this per KB of source (and over 1 s) is reported

function timed(kind, src, fn) {
  const t = Date.now();
  const f = fn();
  const ms = Date.now() - t;
  counts.inputs++;
  kinds[kind] = (kinds[kind] ?? 0) + 1;
  if (ms > 1000 && ms > (src.length / 1024) * SLOW_MS_PER_KB) {
    counts.slow++;
    failures.push({ kind: "slow", input: src, detail: `${ms} ms for ${src.length} chars` });
  }
  if (f) {
    counts.failures++;
    failures.push(f);
    if (save) {
      const name = createHash("sha1").update(f.input).digest("hex").slice(0, 12);
      writeFileSync(new URL(`./corpus/${f.kind}-${name}.${f.kind.startsWith("check") ? "md" : "py"}`, import.meta.url), f.input);
    }
  }
}

async function differential(src, mode) {
  const c = await oracle.ask(src, mode);
  const o = ours(lib, src, mode);
  const v = compare(c, o, mode);
  diff.outcomes[v] = (diff.outcomes[v] ?? 0) + 1;
  if (v === "internal-error") failures.push({ kind: "internal-error", input: src, detail: o.internal });
  if (v === "unsupported" || v.startsWith("by-design")) return;
  const syntaxy = mode === "compile" || c.syntax || o.syntax;
  const bucket = syntaxy ? diff.syntax : diff.programs;
  bucket.total++;
  if (v === "same") bucket.same++;
  if (syntaxy) {
    // The verdict alone: both refuse the input, or both accept it (messages and lines aside).
    diff.verdict.total++;
    if (v !== "syntax-verdict") diff.verdict.same++;
  }
  // Every disagreement, syntax ones included, up to 200 of each kind.
  if (v !== "same" && (mismatches[v] ??= []).length < 200) mismatches[v].push({ src, cpython: c, tfscope: o });
}

const end = Date.now() + seconds * 1000;
let s = seed0;
while (Date.now() < end) {
  s++;
  const mut = genMutation(s, seeds);
  timed("mutation", mut, () => parseProperty(lib, mut) ?? runProperty(lib, mut));
  await differential(mut, "compile");
  const prog = genProgram(s);
  timed("program", prog, () => runProperty(lib, prog));
  await differential(prog, "run");
  if (s % 4 === 0) {
    const deep = genDeep(s, 3000);
    timed("deep", deep, () => parseProperty(lib, deep) ?? runProperty(lib, deep));
    await differential(deep, "run");
  }
  if (s % 10 === 0) {
    const doc = genDocument(s, seeds);
    timed("document", doc.text, () => checkProperty(lib, doc));
    timed("explain", mut, () => explainProperty(lib, mut));
  }
}
oracle.close();

const pct = (b) => (b.total ? ((100 * b.same) / b.total).toFixed(2) : "n/a");
const report = {
  seed: seed0,
  seeds: s - seed0,
  seconds,
  inputs: counts.inputs,
  kinds,
  failures: counts.failures,
  slow: counts.slow,
  syntaxAgreement: `${pct(diff.syntax)}% of ${diff.syntax.total}`,
  syntaxVerdictAgreement: `${pct(diff.verdict)}% of ${diff.verdict.total}`,
  stdoutAgreement: `${pct(diff.programs)}% of ${diff.programs.total}`,
  outcomes: diff.outcomes,
};
console.log(JSON.stringify(report, null, 1));
for (const f of failures.slice(0, 10)) console.log(`\n== ${f.kind}: ${f.detail}\n${f.input.slice(0, 300)}`);
for (const [k, xs] of Object.entries(mismatches)) {
  console.log(`\n#### ${k}: ${xs.length}`);
  for (const x of xs.slice(0, 4)) console.log(`--\n${x.src.slice(0, 1200)}\n  cpython: ${JSON.stringify(x.cpython).slice(0, 600)}\n  tfscope: ${JSON.stringify(x.tfscope).slice(0, 600)}`);
}
if (reportFile) writeFileSync(reportFile, JSON.stringify({ ...report, failures: failures.slice(0, 200), mismatches }, null, 1));
process.exitCode = counts.failures ? 1 : 0;
