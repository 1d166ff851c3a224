/**
 * `check`: a document's snippets are found, run as a reader runs the page (readings.ts), and every
 * claim judged. A snippet's verdict rests on the page reading unless that reading does not pass and
 * the other one does better: a claim is contradicted, and a snippet an error, only when that holds
 * under every reading the document allows. The report says which reading a verdict rests on and
 * what the other one gave.
 */
import { fileHost } from "../python/files.js";
import { findClaims, type SnippetClaims } from "./claims.js";
import { coverageOf } from "./ledger.js";
import { diagnostic } from "./diagnostic.js";
import { extract, type Snippet } from "./extract.js";
import { forensicsNote, replayRecordedOrder } from "./forensics.js";
import { toCellLocations } from "./formats/notebook-locations.js";
import { recordedVersionNote } from "./formats/notebook-version.js";
import { judgeSnippet, snippetRecord } from "./judge.js";
import { renamedInTf1 } from "./tf-renames.js";
import type { Outcome, Profile, SessionFactory } from "./outcome.js";
import { type Reading, type ReadingRun, Readings } from "./readings.js";
import { type JsonDocument, type JsonReport, type JsonSnippet, type JsonSummary, SCHEMA, STATUSES, type Status } from "./report-schema.js";
import type { SourceText } from "./source-text.js";

/** The version written into reports. */
export const TOOL_VERSION = "0.1.0";

/** Options for `check`. */
export interface CheckOptions {
  /** Makes the interpreter + TF sessions snippets run in. */
  sessionFactory: SessionFactory;
  /** The profile snippets run under unless a marker says otherwise (default "1.15"). */
  profile?: Profile;
  /** Explains a snippet whose claim was contradicted (issue #7); attached to the report. */
  explain?: (snippet: Snippet, outcome: Outcome) => string;
  /** Called after each document, for a progress line. */
  onDocument?: (done: number, total: number, document: string) => void;
  /** Attach the JavaScript stack of every internal error to its snippet's notes (`TFSCOPE_DEBUG`). */
  debug?: boolean;
  /** Called after each snippet was judged with the run its verdict rests on (null when it was not run), e.g. to write goldens. */
  onSnippet?: (snippet: Snippet, reading: Reading, run: ReadingRun | null) => void;
}

/** Checks documents: finds their snippets, runs them, judges every claim. Never throws for a snippet. */
export function check(paths: readonly string[], options: CheckOptions): JsonReport {
  const documents = paths.map((p, i) => {
    let doc: JsonDocument;
    try {
      const text = fileHost().readText(p);
      if (text === null) throw new Error(`cannot read ${p}`);
      doc = checkDocument(p, text, options);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      doc = { document: p, format: "text", notes: [{ text: `cannot check this document: ${why}`, location: null, notes: [] }], snippets: [] };
    }
    options.onDocument?.(i + 1, paths.length, p);
    return doc;
  });
  return report("documents", documents);
}

/**
 * Checks one document given its text. The page reading runs first for every snippet; only then are
 * the snippets it did not pass run again as independent examples, since TF's runtime is one per
 * process and a fresh graph for an example would wipe the page's.
 */
export function checkDocument(document: string, text: string, options: CheckOptions): JsonDocument {
  const found = extract(document, text);
  const readings = new Readings(document, found.snippets, options.sessionFactory, options.profile ?? "1.15");
  // Only a page of snippets can be read as independent examples; a program or a notebook is one run.
  const examples = found.format === "markdown" || found.format === "text";
  const firsts = found.snippets.map((s) => pageVerdict(s, readings, found.text));
  const snippets = firsts.map((first, i) => {
    const s = found.snippets[i]!;
    const v =
      first.judged.status === "internal-error" || !first.run
        ? first
        : s.notebook?.restartedWith
          ? restartReading(s, first, readings, found.text)
          : secondReading(s, first, readings, examples, found.text);
    return finishSnippet(s, v, options, found.text);
  });
  const doc: JsonDocument = { document, format: found.format, notes: found.notes, snippets };
  if (found.format === "notebook") {
    const version = PROFILE_VERSION[options.profile ?? "1.15"];
    const recorded = version ? recordedVersionNote(found.snippets, version) : null;
    if (recorded) doc.notes.push(diagnostic(recorded, document, 1, ""));
    toCellLocations(doc, found.snippets);
    // The replay is a notebook recorded in order, so checking it never replays again.
    const f = replayRecordedOrder(doc, found, text, (t) => checkDocument(document, t, options));
    if (f) doc.notes.push(diagnostic(forensicsNote(f), document, 1, ""));
  }
  return doc;
}

/** The `tf.__version__` each profile reports (src/shim/py/_tfapi.py, _tfapi_v2.py); 0.12 has none of its own. */
const PROFILE_VERSION: Partial<Record<Profile, string>> = { "1.15": "1.15.5", "2": "2.10.1" };

/** How much blame a status puts on the document: a verdict rests on the reading that blames it least. */
const BLAME: Record<Status, number> = {
  pass: 0,
  "ran-clean": 0,
  xfail: 1,
  skipped: 2,
  unsupported: 2,
  contradicted: 3,
  error: 4,
  "syntax-error": 4,
  "internal-error": 5,
};

const PAGE: Reading = { name: "page", reason: "page: run top to bottom", dependsOn: [], prelude: [] };

interface Verdict {
  claims?: SnippetClaims;
  run: ReadingRun | null;
  judged: JsonSnippet;
}

function pageVerdict(s: Snippet, readings: Readings, text: SourceText): Verdict {
  try {
    const claims = findClaims(s);
    if (s.markers.skip || s.markers.unknown?.length) {
      readings.notRun(s, s.markers.skip ? "a `skip` marker" : "an unknown marker");
      return { claims, run: null, judged: judgeSnippet(s, claims, PAGE, null, text) };
    }
    const run = readings.runPage(s, claims);
    return { claims, run, judged: judgeSnippet(s, claims, run.reading, run, text) };
  } catch (e) {
    readings.notRun(s, "tfscope failed on it");
    return { run: null, judged: internalError(s, PAGE, e, text) };
  }
}

function secondReading(s: Snippet, first: Verdict, readings: Readings, examples: boolean, text: SourceText): Verdict {
  const { judged, claims } = first;
  // Code that does not compile fails under every reading; an internal error is reported as found.
  const rerun = BLAME[judged.status] > 0 && judged.status !== "syntax-error";
  if (!examples || !rerun || !claims || !readings.allowsExamples(s)) return first;
  try {
    const alt = readings.runExample(s, claims);
    const other = judgeSnippet(s, claims, alt.reading, alt, text);
    // On a tie, a snippet that uses no earlier definitions reads as the independent example it is.
    const page = first.run!.reading;
    const independent = page.dependsOn.length === 0 || page.reason.includes("only the imports");
    const better = BLAME[other.status] < BLAME[judged.status] || other.status === "internal-error" || (BLAME[other.status] === BLAME[judged.status] && independent);
    const [kept, dropped] = better ? [other, judged] : [judged, other];
    kept.otherReading = { name: dropped.reading.name, status: dropped.status, summary: summarize(dropped) };
    const same = summarize(dropped) === summarize(kept);
    kept.notes.push(same ? `${otherNote(dropped).split(", this gives")[0]}, the same` : otherNote(dropped));
    return { claims, run: better ? alt : first.run, judged: kept };
  } catch (e) {
    return { claims, run: null, judged: internalError(s, first.judged.reading, e, text) };
  }
}

/**
 * A notebook cell recorded after a kernel restart, whose run in order blames it or leaves a recorded
 * output unchecked: run again as the recording's kernel ran it. The cell is blamed only where both
 * runs blame it: an exception in order that the restarted kernel does not raise is the recording's
 * order, not the notebook's error; a recorded output that both runs contradict is contradicted.
 */
function restartReading(s: Snippet, first: Verdict, readings: Readings, text: SourceText): Verdict {
  const { judged, claims } = first;
  const nb = s.notebook!;
  const unsettled = judged.claims.some((c) => c.verdict === "not-checkable" && nb.order !== null && c.why?.startsWith(nb.order));
  if (!claims || judged.status === "syntax-error" || (BLAME[judged.status] === 0 && !unsettled)) return first;
  try {
    const cells = nb.cells();
    const before = nb.restartedWith!.flatMap((n) => cells.filter((c) => c.notebook?.cell === n));
    // That kernel's state is the recording's, and every cell it ran before `s` ran here too (else
    // runRestart gives null): an output that differs there is contradicted, and no earlier gap of the
    // run in order speaks for it.
    const asRecorded: Snippet = { ...s, notebook: { ...nb, order: null, cells: () => [] } };
    const alt = readings.runRestart(asRecorded, claims, before);
    if (!alt) return first;
    const other = judgeSnippet(asRecorded, claims, alt.reading, alt, text);
    const bothContradict =
      other.status === "contradicted" &&
      other.claims.every((c, i) => c.verdict !== "contradicted" || (judged.claims[i]?.kind === c.kind && judged.claims[i]?.verdict !== "holds"));
    // Outputs the run in order could not check, and that the restarted kernel gives (or contradicts too).
    const settles = BLAME[judged.status] === 0 && unsettled && (other.status === "pass" || bothContradict);
    const better = BLAME[other.status] < BLAME[judged.status] || settles;
    const [kept, dropped] = better ? [other, judged] : [judged, other];
    kept.otherReading = { name: dropped.reading.name, status: dropped.status, summary: summarize(dropped) };
    kept.notes.push(otherNote(dropped));
    return { claims, run: better ? alt : first.run, judged: kept };
  } catch (e) {
    return { claims, run: null, judged: internalError(s, first.judged.reading, e, text) };
  }
}

function finishSnippet(s: Snippet, v: Verdict, options: CheckOptions, text: SourceText): JsonSnippet {
  const { run, judged } = v;
  try {
    options.onSnippet?.(s, run?.reading ?? PAGE, run);
    if (options.debug && run?.internalError?.stack) judged.notes.push(`internal error stack: ${run.internalError.stack}`);
    if (options.explain && run?.outcome && judged.status === "contradicted") judged.explanation = options.explain(s, run.outcome);
    const renamed = judged.exception ? renamedInTf1(judged.exception.type, judged.exception.message) : null;
    if (renamed) judged.notes.push(renamed);
    return judged;
  } catch (e) {
    return internalError(s, judged.reading, e, text, options.debug);
  }
}

function internalError(s: Snippet, reading: Reading | JsonSnippet["reading"], e: unknown, text: SourceText, debug = false): JsonSnippet {
  const why = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const r: Reading = "prelude" in reading ? reading : { ...reading, prelude: [] };
  const record = snippetRecord(s, r, null, [diagnostic(`internal error: ${why}`, s.document, s.startLine, text.line(s.startLine))]);
  record.status = "internal-error";
  if (debug && e instanceof Error && e.stack) record.notes.push(`internal error stack: ${e.stack}`);
  return record;
}

/** One line on what a snippet's run gave: its status and the first thing that went wrong. */
export function summarize(j: JsonSnippet): string {
  if (j.exception) return `${j.status}: ${j.exception.type}: ${j.exception.message.split("\n")[0]}`;
  if (j.syntaxError) return `${j.status}: SyntaxError: ${j.syntaxError.message}`;
  if (j.unsupported) return `${j.status}: ${j.unsupported.feature}`;
  const bad = j.claims.find((c) => c.verdict === "contradicted");
  if (bad) return `${j.status}: line ${bad.line} ${bad.kind}: got ${(bad.actual ?? "").split("\n")[0]}`;
  const skip = j.notes.find((n) => n.startsWith("skipped"));
  return skip ?? j.status;
}

function otherNote(j: JsonSnippet): string {
  const how = { page: "run top to bottom", examples: "as an independent example on a fresh graph", restart: "as the recording's restarted kernel ran it" }[j.reading.name];
  return `${how}, this gives ${summarize(j)}`;
}

/** Wraps checked documents into a report with its summary. */
export function report(mode: JsonReport["mode"], documents: JsonDocument[]): JsonReport {
  const summary = { documents: documents.length, snippets: 0, claims: { holds: 0, contradicted: 0, "not-checkable": 0 } } as JsonSummary;
  for (const st of STATUSES) summary[st] = 0;
  for (const d of documents) {
    for (const s of d.snippets) {
      summary.snippets++;
      summary[s.status]++;
      for (const c of s.claims) summary.claims[c.verdict]++;
    }
  }
  for (const d of documents) d.coverage = coverageOf([d]);
  summary.coverage = coverageOf(documents);
  return { schema: SCHEMA, tool: { name: "tfscope", version: TOOL_VERSION }, mode, summary, documents };
}
