#!/usr/bin/env node
// Scores `tfscope check` against the truth tables of the real-document corpus: for every document of
// sources.tsv fetched into .docs/ (fetch.mjs), runs `node dist/bin/cli.js check --json` on it, maps
// tfscope's snippets onto the truth table's units (notebook cells, Markdown code blocks, .py files)
// and prints the agreement per document, per set (dev / held-back) and the disagreements. Usage:
//   node test/real-docs/score.mjs [--set dev|held-back] [--doc ID] [--json FILE]
// Not part of `npm test`: it needs the fetched copies and a built dist/.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readSources, docFile } from "./sources.mjs";
import { readTruth, agrees, blames, notebookCells } from "./truth.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const cli = join(root, "dist/bin/cli.js");
const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const onlySet = opt("--set");
const onlyDoc = opt("--doc");
const jsonOut = opt("--json");

if (!existsSync(cli)) {
  console.error(`score: ${cli} is missing; run npm run build first`);
  process.exit(2);
}

/** Runs tfscope on one document; the JSON report, or the reason it could not be had. */
function check(path) {
  let out;
  try {
    out = execFileSync("node", [cli, "check", "--json", path], { encoding: "utf8", maxBuffer: 256 << 20 });
  } catch (e) {
    out = e.stdout; // exit 1 is tfscope's "not everything passed"
    if (!out) return { failure: `tfscope exited ${e.status}: ${String(e.stderr).trim().split("\n")[0]}` };
  }
  try {
    return { report: JSON.parse(out) };
  } catch {
    return { failure: `tfscope printed no JSON report: ${out.slice(0, 120)}` };
  }
}

const SEVERITY = ["internal-error", "error", "contradicted", "syntax-error", "unsupported", "skipped", "xfail", "pass"];
const worst = (snips) => snips.map((s) => s.status).sort((a, b) => SEVERITY.indexOf(a) - SEVERITY.indexOf(b))[0];
const overlaps = (a, b) => a[0] <= b[1] && b[0] <= a[1];
const firstDiagnostic = (s) => (s.diagnostics?.[0]?.text ?? s.notes?.find((n) => /unsupported|skipp/.test(n)) ?? "").split("\n")[0];

/**
 * Which snippets fall on a unit. Notebook snippets are placed by their `cell` field (1-based among all
 * cells; a 0-based index is recognised when only it lands on a code cell), else by the JSON lines they
 * span; Markdown snippets by the code lines of their blocks; a .py file's unit takes every snippet.
 */
function placeSnippets(src, text, units, snippets) {
  const placed = new Map(units.map((u) => [u.key, []]));
  const extra = [];
  const cells = src.format === "ipynb" ? notebookCells(text) : null;
  for (const s of snippets) {
    let keys = [];
    if (src.format === "python") keys = units.filter((u) => u.kind === "file").map((u) => u.key);
    else if (cells && typeof s.cell === "number") {
      const n = cellNumber(cells, snippets)(s.cell);
      if (n !== undefined) keys = [`cell ${n}`];
    } else if (cells) {
      const span = [s.startLine, s.endLine];
      keys = cells.flatMap((c, i) => (c.type === "code" && overlaps(span, [c.first, c.last]) ? [`cell ${i + 1}`] : []));
    } else {
      const ranges = s.blocks?.length ? s.blocks : [[s.startLine, s.endLine]];
      keys = units.filter((u) => u.kind === "lines" && ranges.some((r) => overlaps(r, u.range))).map((u) => u.key);
    }
    keys = keys.filter((k) => placed.has(k));
    if (!keys.length) extra.push(s);
    for (const k of keys) placed.get(k).push(s);
  }
  return { placed, extra };
}

/**
 * How a document's `cell` fields count: 1-based over all cells (the convention of the truth tables),
 * 0-based over all cells, or 1-based over code cells — the first under which every snippet lands on a
 * code cell. Returns the mapping to 1-based-over-all-cells numbers.
 */
function cellNumber(cells, snippets) {
  const code = cells.flatMap((c, i) => (c.type === "code" ? [i + 1] : []));
  const ways = [(n) => n, (n) => n + 1, (n) => code[n - 1]];
  const used = snippets.map((s) => s.cell).filter((n) => typeof n === "number");
  const way = ways.find((f) => used.every((n) => cells[f(n) - 1]?.type === "code")) ?? ways[0];
  return (n) => (cells[way(n) - 1]?.type === "code" ? way(n) : undefined);
}

/** A short name for why tfscope's verdict differs from the truth, to group disagreements. */
function cause(src, report, unit, got, snips) {
  if (src.format === "ipynb" && report.documents[0]?.format !== "notebook" && !snips.some((s) => "cell" in s))
    return "notebook JSON run as Python";
  if (got === "missing") return unit.verdict === "not-code" ? "" : "no snippet covers the unit";
  if (unit.verdict === "not-code") return "non-code block run as code";
  if (got === "unsupported") return `unsupported: ${(snips.find((s) => s.unsupported)?.unsupported?.feature ?? firstDiagnostic(snips[0])).replace(/^unsupported: /, "")}`;
  if (got === "skipped") return "skipped";
  return `truth ${unit.verdict}, tfscope ${got}`;
}

const rows = [];
const disagreements = [];
const extras = [];
for (const src of readSources(here)) {
  if (onlySet && src.set !== onlySet) continue;
  if (onlyDoc && src.id !== onlyDoc) continue;
  const path = join(here, ".docs", docFile(src));
  const units = readTruth(join(here, "truth", `${src.id}.tsv`));
  const row = { id: src.id, set: src.set, units: 0, agree: 0, unknown: 0, falseAlarms: 0, missing: 0, failure: null };
  rows.push(row);
  if (!existsSync(path)) {
    row.failure = "not fetched (run node test/real-docs/fetch.mjs)";
    continue;
  }
  const text = readFileSync(path, "utf8");
  const { report, failure } = check(path);
  if (!report) {
    row.failure = failure;
    continue;
  }
  const snippets = report.documents.flatMap((d) => d.snippets);
  const { placed, extra } = placeSnippets(src, text, units, snippets);
  for (const s of extra) extras.push({ doc: src.id, lines: `${s.startLine}-${s.endLine}`, status: s.status, message: firstDiagnostic(s) });
  for (const u of units) {
    if (u.verdict === "unknown") {
      row.unknown++;
      continue;
    }
    row.units++;
    const snips = placed.get(u.key);
    const got = snips.length ? worst(snips) : "missing";
    if (got === "missing" && u.verdict !== "not-code" && u.verdict !== "not-run") row.missing++;
    if (agrees(u.verdict, got, u.reason)) {
      row.agree++;
      continue;
    }
    const falseAlarm = blames(got) && !blames(u.verdict);
    if (falseAlarm) row.falseAlarms++;
    disagreements.push({
      doc: src.id,
      set: src.set,
      unit: u.key,
      truth: u.verdict,
      tfscope: got,
      falseAlarm,
      cause: cause(src, report, u, got, snips),
      message: snips.length ? firstDiagnostic(snips.find((s) => s.status === got) ?? snips[0]) : "",
      reason: u.reason,
    });
  }
}

const pct = (a, n) => (n ? `${((100 * a) / n).toFixed(1)}%` : "-");
console.log("document                          set        units  agree  unknown  missing  false-alarms");
for (const r of rows) {
  const line = `${r.id.padEnd(33)} ${r.set.padEnd(10)} ${String(r.units).padStart(5)}  ${String(r.agree).padStart(5)}  ${String(r.unknown).padStart(7)}  ${String(r.missing).padStart(7)}  ${String(r.falseAlarms).padStart(12)}`;
  console.log(r.failure ? `${r.id.padEnd(33)} ${r.set.padEnd(10)} ${r.failure}` : line);
}
const totals = {};
for (const set of ["dev", "held-back"]) {
  const rs = rows.filter((r) => r.set === set && !r.failure);
  if (!rs.length) continue;
  const sum = (k) => rs.reduce((a, r) => a + r[k], 0);
  totals[set] = { documents: rs.length, units: sum("units"), agree: sum("agree"), unknown: sum("unknown"), missing: sum("missing"), falseAlarms: sum("falseAlarms") };
  const t = totals[set];
  console.log(`total ${set}: ${t.agree}/${t.units} units agree (${pct(t.agree, t.units)}) over ${t.documents} documents; ${t.falseAlarms} false alarms; ${t.missing} units without a snippet; ${t.unknown} unknown rows excluded`);
}
if (disagreements.length) {
  console.log("\ndisagreements (unit: truth -> tfscope [cause] tfscope's message):");
  for (const d of disagreements)
    console.log(`  ${d.doc} ${d.unit}: ${d.truth} -> ${d.tfscope}${d.falseAlarm ? " FALSE ALARM" : ""} [${d.cause}] ${d.message}`);
  const byCause = new Map();
  for (const d of disagreements) byCause.set(d.cause, (byCause.get(d.cause) ?? 0) + 1);
  console.log("\ndisagreements by cause:");
  for (const [c, n] of [...byCause].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${c}`);
}
if (extras.length) {
  console.log("\nsnippets on no unit of the truth table (lines, status, message):");
  for (const e of extras) console.log(`  ${e.doc} ${e.lines}: ${e.status} ${e.message}`);
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ rows, totals, disagreements, extras }, null, 2));
