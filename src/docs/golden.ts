import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { check, type CheckOptions, report } from "./check.js";
import { diagnostic } from "./diagnostic.js";
import type { Snippet } from "./extract.js";
import { maskNumbers, unifiedDiff } from "./compare.js";
import type { Outcome, Profile } from "./outcome.js";
import { scanNames } from "./python-names.js";
import type { JsonDocument, JsonReport, JsonSnippet } from "./report-schema.js";
import { snippetRecord } from "./judge.js";
import type { Reading } from "./readings.js";
import { DocumentRunner, type SessionPlan, type SnippetRun } from "./run.js";

/** One snippet of the bundled corpus, as `snippets/<doc-stem>/manifest.json` lists it. */
export interface ManifestEntry {
  id: string;
  startLine: number;
  endLine: number;
  blocks?: [number, number][];
  session: "fresh" | "continue";
  profile: Profile;
  python2: boolean;
  prelude: string[];
  nondeterministic: boolean;
  reason: string | null;
}

/** `snippets/<doc-stem>/manifest.json`. */
export interface Manifest {
  document: string;
  snippets: ManifestEntry[];
}

/** The `snippets/` directory shipped with tfscope. */
export const BUNDLED_CORPUS = fileURLToPath(new URL("../../snippets/", import.meta.url));

/** Thrown for a command-line misuse (exit status 2). */
export class UsageError extends Error {}

interface CorpusDocument {
  dir: string;
  manifest: Manifest;
  snippets: Snippet[];
  plans: SessionPlan[];
}

/** Reads every `<doc-stem>/manifest.json` under `dir` with its snippets' code. */
export function readCorpus(dir: string): CorpusDocument[] {
  if (!existsSync(dir)) throw new UsageError(`no snippets corpus at ${dir}`);
  const stems = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory() && existsSync(join(dir, e.name, "manifest.json")));
  return stems
    .map((e) => e.name)
    .sort()
    .map((stem) => {
      const sub = join(dir, stem);
      const manifest = JSON.parse(readFileSync(join(sub, "manifest.json"), "utf8")) as Manifest;
      const snippets: Snippet[] = [];
      const plans: SessionPlan[] = [];
      const imports: string[] = [];
      manifest.snippets.forEach((entry, i) => {
        const code = alignToDocument(readFileSync(join(sub, `${entry.id}.py`), "utf8"), entry);
        snippets.push({
          document: manifest.document,
          index: i + 1,
          kind: "code",
          startLine: entry.startLine,
          endLine: entry.endLine,
          blocks: entry.blocks ?? [[entry.startLine, entry.endLine]],
          code,
          tag: null,
          markers: { profile: entry.profile, ...(entry.python2 ? { python2: true } : {}) },
        });
        const fresh = entry.session === "fresh";
        plans.push({
          mode: entry.session,
          reason: `${entry.session}: as the manifest says`,
          dependsOn: fresh || i === 0 ? [] : [i],
          imports: fresh ? [...imports] : [],
          prelude: entry.prelude,
        });
        for (const imp of scanNames(code).imports) if (!imports.includes(imp.text)) imports.push(imp.text);
      });
      return { dir: sub, manifest, snippets, plans };
    });
}

/**
 * A golden's `.py` drops the lines between the blocks of a split snippet; put them back as blank
 * lines so line N of the code is document line startLine+N-1 again.
 */
function alignToDocument(py: string, entry: ManifestEntry): string {
  const lines = py.replace(/\n$/, "").split("\n");
  const blocks = entry.blocks ?? [];
  if (blocks.length < 2 || lines.length !== blocks.reduce((n, [a, b]) => n + b - a + 1, 0)) return py;
  const out: string[] = [];
  let k = 0;
  blocks.forEach(([a, b], i) => {
    if (i > 0) for (let l = blocks[i - 1]![1] + 1; l < a; l++) out.push("");
    for (let l = a; l <= b; l++) out.push(lines[k++]!);
  });
  return out.join("\n") + "\n";
}

/** What a golden `.expected` holds for an outcome: stdout, then `[raises] Type: first message line`. */
export function goldenText(o: Outcome): string {
  const raised = o.exception ?? (o.syntaxError ? { type: "SyntaxError", message: o.syntaxError.message } : null);
  if (!raised) return o.stdout;
  const sep = o.stdout === "" || o.stdout.endsWith("\n") ? "" : "\n";
  return `${o.stdout}${sep}[raises] ${raised.type}: ${raised.message.split("\n")[0]}\n`;
}

/** `[raises] tensorflow.x.y.NotFoundError:` and `[raises] NotFoundError:` are the same claim. */
function shortTypes(text: string): string {
  return text.replace(/^\[raises\] (?:[\w]+\.)*(\w+):/gm, "[raises] $1:");
}

/** Checks the corpus: runs each golden snippet as its manifest says and compares with `.expected`. */
export function checkCorpus(dir: string, options: CheckOptions): JsonReport {
  const docs = readCorpus(dir);
  const documents = docs.map((d, i) => {
    const doc = runCorpusDocument(d, options, (s, run, entry) => judgeGolden(d, s, run, entry));
    options.onDocument?.(i + 1, docs.length, d.manifest.document);
    return doc;
  });
  return report("corpus", documents);
}

/** Rewrites every `.expected` from current behaviour. Refuses under CI: goldens are reviewed, not regenerated there. */
export function updateCorpus(dir: string, options: CheckOptions, env: Record<string, string | undefined> = process.env): JsonReport {
  if (env.CI) throw new UsageError("refusing to --update goldens: the CI environment variable is set");
  const docs = readCorpus(dir);
  return report(
    "corpus",
    docs.map((d) =>
      runCorpusDocument(d, options, (s, run, entry) => {
        const o = run.outcome;
        if (o && !o.unsupported && !run.internalError && !run.setup) writeFileSync(join(d.dir, `${entry.id}.expected`), goldenText(o));
        return judgeGolden(d, s, run, entry);
      }),
    ),
  );
}

/**
 * Writes documents into the corpus (`--update PATHS`): `<dir>/<doc-stem>/manifest.json`, each code
 * snippet's `.py` (the lines between a split snippet's blocks dropped) and its `.expected` from
 * current behaviour. A `reason` already in the manifest for the same lines is kept. Console
 * sessions have no place in the layout and are left out (a note says so). Refuses under CI.
 */
export function addToCorpus(paths: readonly string[], dir: string, options: CheckOptions, env: Record<string, string | undefined> = process.env): JsonReport {
  if (env.CI) throw new UsageError("refusing to --update goldens: the CI environment variable is set");
  const written = new Map<string, { snippet: Snippet; entry: ManifestEntry; expected: string | null }[]>();
  const r = check(paths, {
    ...options,
    onSnippet(s, reading, run) {
      if (s.kind !== "code") return;
      const o = run?.outcome;
      const entry: ManifestEntry = {
        id: String(s.index).padStart(2, "0"),
        startLine: s.startLine,
        endLine: s.endLine,
        blocks: s.blocks,
        // A page run continues the snippets before it; an independent example starts fresh.
        session: reading.name === "page" && s.index > 1 ? "continue" : "fresh",
        profile: run?.profile ?? options.profile ?? "1.15",
        python2: !!o?.python2,
        prelude: reading.prelude,
        nondeterministic: !!o?.nondeterministic,
        reason: null,
      };
      const usable = o && !o.unsupported && !run?.setup && !run?.internalError;
      const list = written.get(s.document) ?? [];
      list.push({ snippet: s, entry, expected: usable ? goldenText(o) : null });
      written.set(s.document, list);
    },
  });
  for (const [document, items] of written) {
    const sub = join(dir, basename(document, extname(document)));
    mkdirSync(sub, { recursive: true });
    const old = existsSync(join(sub, "manifest.json")) ? (JSON.parse(readFileSync(join(sub, "manifest.json"), "utf8")) as Manifest) : null;
    for (const { snippet, entry, expected } of items) {
      entry.reason = old?.snippets.find((e) => e.startLine === entry.startLine && e.endLine === entry.endLine)?.reason ?? null;
      const lines = snippet.code.replace(/\n$/, "").split("\n");
      const kept = lines.filter((_, i) => snippet.blocks.some(([a, b]) => snippet.startLine + i >= a && snippet.startLine + i <= b));
      writeFileSync(join(sub, `${entry.id}.py`), kept.join("\n") + "\n");
      if (expected !== null) writeFileSync(join(sub, `${entry.id}.expected`), expected);
    }
    const manifest: Manifest = { document: basename(document), snippets: items.map((x) => x.entry) };
    writeFileSync(join(sub, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
  }
  return r;
}

function runCorpusDocument(
  d: CorpusDocument,
  options: CheckOptions,
  judge: (s: Snippet, run: SnippetRun, entry: ManifestEntry) => JsonSnippet,
): JsonDocument {
  const runner = new DocumentRunner(d.manifest.document, d.snippets, d.plans, options.sessionFactory, options.profile ?? "1.15");
  const snippets = d.snippets.map((s) => judge(s, runner.run(s, { claims: [], prints: [] }), d.manifest.snippets[s.index - 1]!));
  return { document: d.manifest.document, format: "golden", notes: [], snippets };
}

function judgeGolden(d: CorpusDocument, s: Snippet, run: SnippetRun, entry: ManifestEntry): JsonSnippet {
  const file = join(d.dir, `${entry.id}.py`);
  const expectedPath = join(d.dir, `${entry.id}.expected`);
  const expected = existsSync(expectedPath) ? readFileSync(expectedPath, "utf8") : "";
  const o = run.outcome;
  const plan = d.plans[s.index - 1]!;
  const result = snippetRecord(s, asReading(plan), run, [], [`golden ${entry.id}: ${file}`, ...(entry.reason ? [`golden differs from the document: ${entry.reason}`] : [])]);
  result.prelude = entry.prelude;
  result.nondeterministic = entry.nondeterministic;
  const fail = (status: JsonSnippet["status"], text: string) => {
    result.status = status;
    result.diagnostics.push(diagnostic(text, d.manifest.document, s.startLine, s.code.split("\n")[0] ?? ""));
    return result;
  };
  if (run.internalError) return fail("internal-error", `internal error: ${run.internalError.name}: ${run.internalError.message}`);
  const failed = run.setup?.outcome;
  const unsupported = o?.unsupported ?? failed?.unsupported;
  if (unsupported) return fail("unsupported", `unsupported: ${unsupported.feature}`);
  if (!o) return fail("error", `the supplied lines failed: ${goldenText(failed!).trim()}`);
  const actual = goldenText(o);
  const same = entry.nondeterministic
    ? maskNumbers(shortTypes(actual)) === maskNumbers(shortTypes(expected))
    : shortTypes(actual) === shortTypes(expected);
  const claim = { line: s.startLine, kind: "golden", expected, actual };
  if (same) {
    result.claims.push({ ...claim, verdict: "holds" });
    return result;
  }
  result.claims.push({ ...claim, verdict: "contradicted", diff: unifiedDiff(expected, actual) });
  return fail("contradicted", `output differs from golden ${entry.id}.expected`);
}

/** A manifest's plan as the report states readings: `continue` is the page read on, `fresh` an independent example. */
function asReading(plan: SessionPlan): Reading {
  return { name: plan.mode === "continue" ? "page" : "examples", reason: plan.reason, dependsOn: plan.dependsOn, prelude: plan.prelude };
}
