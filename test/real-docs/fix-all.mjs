#!/usr/bin/env node
// Done-when of issue #16 for `check --fix`: on the seed documents and the real-document corpus, `--fix`
// followed by `check` leaves no contradicted claim, and the rewrite changes only claim text. Copies the
// seeds (../shared/seeds) and the fetched corpus (test/real-docs/.docs/, see fetch.mjs) to a temp dir,
// runs `check --json`, `check --fix`, `check --json` again with dist/bin/cli.js (run `npm run build`
// first), and reports:
//   - every claim still contradicted after the fix (and, for each, why --fix left it);
//   - every changed line that is not claim text: for a comment claim, its line with the code before the
//     comment untouched; for an output block, the block's lines; for a `>>>` example, its output lines;
//     for a notebook, the JSON must equal the original but for the recorded text of the cells whose
//     claims were contradicted, and every changed raw line must be a JSON string of that text.
// Exit status 0 when both lists are empty. Usage: node test/real-docs/fix-all.mjs [--keep] [--json FILE]
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, basename } from "node:path";
import { fileURLToPath } from "node:url";
import { structuredPatch } from "diff";
import { extract } from "../../dist/docs/extract.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const cli = join(root, "dist", "bin", "cli.js");
const args = process.argv.slice(2);
const keep = args.includes("--keep");
const jsonOut = args.includes("--json") ? args[args.indexOf("--json") + 1] : null;

const sources = [join(root, "..", "shared", "seeds"), join(here, ".docs")];
const dir = mkdtempSync(join(tmpdir(), "tfscope-fix-all-"));
const originals = new Map();
for (const src of sources) {
  if (!existsSync(src)) {
    console.error(`fix-all: ${src} is missing${src.endsWith(".docs") ? " (run node test/real-docs/fetch.mjs)" : ""}`);
    process.exit(2);
  }
  for (const name of readdirSync(src).sort()) {
    cpSync(join(src, name), join(dir, name));
    originals.set(join(dir, name), readFileSync(join(src, name), "utf8"));
  }
}

function check(extra) {
  try {
    return execFileSync(process.execPath, [cli, "check", ...extra, dir], { encoding: "utf8", maxBuffer: 256 << 20 });
  } catch (e) {
    // Exit status 1 means something failed; the report is still on stdout.
    if (e.status === 1) return e.stdout;
    throw e;
  }
}

const contradictedOf = (report) =>
  report.documents.flatMap((d) => d.snippets.flatMap((s) => s.claims.filter((c) => c.verdict === "contradicted").map((c) => ({ document: d.document, snippet: s, claim: c }))));

const before = JSON.parse(check(["--json"]));
const fixOutput = check(["--fix"]);
const after = JSON.parse(check(["--json"]));
const wrongBefore = contradictedOf(before);
const wrongAfter = contradictedOf(after);

/** Why --fix left a claim, from its output (`doc:line: kind not rewritten: why`). */
const refusals = new Map();
for (const line of fixOutput.split("\n")) {
  const m = /^(.*?): (\S+) not rewritten: (.*)$/.exec(line);
  if (m) refusals.set(`${m[1]} ${m[2]}`, m[3]);
}

const violations = [];
const COMMENT = new Set(["print-comment", "expression-comment", "name-comment", "raises"]);

for (const [path, original] of originals) {
  const now = readFileSync(path, "utf8");
  if (now === original) continue;
  const name = basename(path);
  const claims = wrongBefore.filter((w) => w.document === path);
  if (!claims.length) {
    violations.push(`${name}: changed, but no claim of it was contradicted`);
    continue;
  }
  if (name.endsWith(".ipynb")) {
    checkNotebook(name, original, now, claims);
    continue;
  }
  // Lines (1-based, of the original) that are claim text, and those where only the comment may change.
  const allowed = new Set();
  const commentOnly = new Set();
  const found = extract(path, original).snippets;
  for (const { snippet, claim } of claims) {
    const s = found[snippet.index - 1];
    if (COMMENT.has(claim.kind)) {
      allowed.add(claim.line);
      if (!s?.output || claim.line < s.output.startLine || claim.line > s.output.endLine) commentOnly.add(claim.line);
    } else if (claim.kind === "output" && s?.output) {
      for (let l = s.output.startLine; l <= s.output.endLine; l++) allowed.add(l);
    } else if (claim.kind === "doctest" && s?.examples) {
      s.examples.forEach((e, k) => {
        const first = e.line + e.source.replace(/\n$/, "").split("\n").length;
        const last = (s.examples[k + 1]?.line ?? s.endLine + 1) - 1;
        if (claim.line >= e.line && claim.line <= Math.max(first, last)) for (let l = first - 1; l <= last; l++) allowed.add(l);
      });
    }
  }
  const patch = structuredPatch(name, name, original, now, "", "", { context: 0 });
  for (const h of patch.hunks) {
    const removed = h.lines.filter((l) => l.startsWith("-")).map((l) => l.slice(1));
    const added = h.lines.filter((l) => l.startsWith("+")).map((l) => l.slice(1));
    const lines = h.oldLines ? Array.from({ length: h.oldLines }, (_, k) => h.oldStart + k) : [h.oldStart];
    for (const l of lines) if (!allowed.has(l)) violations.push(`${name}:${l}: changed, and not claim text`);
    lines.forEach((l, k) => {
      if (!commentOnly.has(l)) return;
      const old = removed[k] ?? "";
      const code = old.slice(0, Math.max(0, old.indexOf("#")));
      if (added.length !== removed.length || !(added[k] ?? "").startsWith(code) || old.indexOf("#") < 0) violations.push(`${name}:${l}: the code before the comment changed`);
    });
  }
}

function checkNotebook(name, original, now, claims) {
  const a = JSON.parse(original);
  const b = JSON.parse(now);
  const claimedCells = new Set(claims.filter((w) => w.claim.kind.startsWith("recorded-")).map((w) => w.snippet.cell));
  // The recorded text of claimed cells is the claim; blank it in both and the rest must be equal.
  const blank = (nb) => {
    nb.cells.forEach((c, i) => {
      if (!claimedCells.has(i + 1)) return;
      for (const o of c.outputs ?? []) {
        if (o.output_type === "stream") o.text = null;
        if (o.output_type === "execute_result" && o.data) o.data["text/plain"] = null;
        // An error's claim is `ename: evalue`; IPython's last traceback entry prints the same text.
        if (o.output_type === "error") [o.evalue, o.traceback] = [null, (o.traceback ?? []).length];
      }
    });
    return JSON.stringify(nb);
  };
  if (blank(a) !== blank(b)) violations.push(`${name}: the notebook changed outside the recorded text of its contradicted cells`);
  const patch = structuredPatch(name, name, original, now, "", "", { context: 0 });
  for (const h of patch.hunks) {
    for (const l of h.lines) {
      if (!/^[-+]\s*(?:"(?:text(?:\/plain)?|evalue)": )?"(?:[^"\\]|\\.)*",?$/.test(l)) violations.push(`${name}:${h.oldStart}: a changed line is not a string of recorded text: ${l.slice(0, 80)}`);
    }
  }
}

const docs = originals.size;
const fixed = wrongBefore.length - wrongAfter.length;
console.log(`fix-all: ${docs} documents (${readdirSync(sources[0]).length} seeds, ${readdirSync(sources[1]).length} real documents) in ${dir}`);
console.log(`contradicted claims before --fix: ${wrongBefore.length}; after --fix and check: ${wrongAfter.length}`);
for (const w of wrongAfter) {
  const at = `${w.document}${w.snippet.cell !== undefined ? `:cell ${w.snippet.cell}` : ""}:${w.claim.line}`;
  console.log(`  still contradicted: ${basename(at)} ${w.claim.kind}: ${w.claim.expected.split("\n")[0]} (--fix: ${refusals.get(`${at} ${w.claim.kind}`) ?? "rewrote it, and the claim is still contradicted"})`);
}
console.log(`changed lines that are not claim text: ${violations.length}`);
for (const v of violations) console.log(`  ${v}`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ documents: docs, before: wrongBefore.length, after: wrongAfter.length, fixed, violations }, null, 2) + "\n");
if (!keep) rmSync(dir, { recursive: true, force: true });
process.exit(wrongAfter.length || violations.length ? 1 : 0);
