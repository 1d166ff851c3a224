import { fileHost } from "../python/files.js";
import { findClaims } from "./claims.js";
import { diagnostic } from "./diagnostic.js";
import { extract, type Snippet } from "./extract.js";
import { judgeSnippet, snippetRecord } from "./judge.js";
import type { Outcome, Profile, SessionFactory } from "./outcome.js";
import { type JsonDocument, type JsonReport, type JsonSnippet, type JsonSummary, STATUSES } from "./report-schema.js";
import { DocumentRunner, type SnippetRun } from "./run.js";
import { planSessions, type SessionPlan } from "./sessions.js";
import { SourceText } from "./source-text.js";

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
  /** Called after each snippet ran (run is null when it was not run), e.g. to write goldens. */
  onSnippet?: (snippet: Snippet, plan: SessionPlan, run: SnippetRun | null) => void;
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

/** Checks one document given its text. */
export function checkDocument(document: string, text: string, options: CheckOptions): JsonDocument {
  const found = extract(document, text);
  const plans = planSessions(found.snippets);
  const runner = new DocumentRunner(document, found.snippets, plans, options.sessionFactory, options.profile ?? "1.15");
  const snippets = found.snippets.map((s) => checkSnippet(s, runner, plans[s.index - 1]!, found.text, options));
  return { document, format: found.format, notes: found.notes, snippets };
}

function checkSnippet(
  s: Snippet,
  runner: DocumentRunner,
  plan: SessionPlan,
  text: SourceText,
  options: CheckOptions,
): JsonSnippet {
  try {
    const claims = findClaims(s);
    const run = s.markers.skip || s.markers.unknown?.length ? null : runner.run(s, claims);
    options.onSnippet?.(s, plan, run);
    const judged = judgeSnippet(s, claims, plan, run, text);
    if (options.explain && run?.outcome && judged.status === "contradicted") judged.explanation = options.explain(s, run.outcome);
    return judged;
  } catch (e) {
    const why = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    const record = snippetRecord(s, plan, null, [diagnostic(`internal error: ${why}`, s.document, s.startLine, text.line(s.startLine))]);
    record.status = "internal-error";
    return record;
  }
}

/** Wraps checked documents into a report with its summary. */
export function report(mode: JsonReport["mode"], documents: JsonDocument[]): JsonReport {
  const summary = { documents: documents.length, snippets: 0 } as JsonSummary;
  for (const st of STATUSES) summary[st] = 0;
  for (const d of documents) {
    for (const s of d.snippets) {
      summary.snippets++;
      summary[s.status]++;
    }
  }
  return { schema: "tfscope-check/1", tool: { name: "tfscope", version: TOOL_VERSION }, mode, summary, documents };
}
