/**
 * Running snippets in sessions. `runSnippetIn` runs one snippet (a script, or a `>>>` session example
 * by example) in a session and reads the values its claims name; `DocumentRunner` runs a document as
 * a list of explicit plans (`fresh`: a new default graph with the document's imports re-run;
 * `continue`: the previous snippets' session), which is how the bundled corpus's manifests say each
 * golden was made. How a reader runs a page is `readings.ts`'s business.
 */
import type { SnippetClaims } from "./claims.js";
import type { Snippet } from "./extract.js";
import type { Evaluation, Outcome, Profile, SessionFactory, SnippetSession } from "./outcome.js";
import { cellRunOptions } from "./formats/notebook-extract.js";
import { cellOutcome } from "./formats/notebook-gaps.js";

/** What happened when a snippet was run. */
export interface SnippetRun {
  profile: Profile;
  /** The snippet's own outcome (console snippets: one per example, in `examples`). */
  outcome?: Outcome;
  examples?: Outcome[];
  /** The supplied imports / prelude / replayed definitions failed: their outcome, and what it was. */
  setup?: { what: string; outcome: Outcome };
  /** Values of claimed expressions read from the session after the run, by claim line. */
  evaluations: Map<number, Evaluation>;
  /** Earlier snippets (or lines of them) re-run to give this one the definitions it needs. */
  replayed: string[];
  /** A JavaScript exception from tfscope itself (or the session): a bug, never TF's behaviour. */
  internalError?: Error;
}

/** An explicit plan for one snippet (the corpus manifests' `session`). */
export interface SessionPlan {
  mode: "fresh" | "continue";
  reason: string;
  /** Indexes of the earlier snippets this one continues. */
  dependsOn: number[];
  /** Import statements of earlier snippets, re-run before a fresh snippet. */
  imports: string[];
  /** Lines tfscope supplies because the document assumes them (`import tensorflow as tf`). */
  prelude: string[];
}

/** Runs `s` in `session` (its outcome and claimed values go into `record`). */
export function runSnippetIn(session: SnippetSession, document: string, s: Snippet, claims: SnippetClaims, record: SnippetRun): void {
  const options = { filename: document, python2: s.markers.python2 ? true : ("auto" as const), ...cellRunOptions(s) };
  if (s.kind === "console") {
    record.examples = (s.examples ?? []).map((e) => ourGaps(compiledOrNot(session.run(e.source, { ...options, firstLine: e.line, interactive: true }))));
    return;
  }
  record.outcome = cellOutcome(s, ourGaps(compiledOrNot(session.run(s.code, { ...options, firstLine: s.startLine }))));
  if (completed(record.outcome) && session.evaluate) {
    for (const c of claims.claims) if (c.expression !== undefined) record.evaluations.set(c.line, session.evaluate(c.expression));
  }
}

/** The pieces a snippet runs as: the whole script, or each `>>>` example. */
export function unitsOf(s: Snippet): { code: string; firstLine: number; interactive: boolean }[] {
  if (s.kind === "console") return (s.examples ?? []).map((e) => ({ code: e.source, firstLine: e.line, interactive: true }));
  return [{ code: s.code, firstLine: s.startLine, interactive: false }];
}

/** Runs one document's snippets in order, each as its explicit plan says (the corpus). */
export class DocumentRunner {
  private readonly sessions = new Map<Profile, { session: SnippetSession; live: Set<number> }>();

  constructor(
    private readonly document: string,
    private readonly snippets: readonly Snippet[],
    private readonly plans: readonly SessionPlan[],
    private readonly factory: SessionFactory,
    private readonly defaultProfile: Profile,
  ) {}

  /** Runs snippet `s` (never throws: a JS exception becomes `internalError`). */
  run(s: Snippet, claims: SnippetClaims): SnippetRun {
    const profile = s.markers.profile ?? this.defaultProfile;
    const record: SnippetRun = { profile, evaluations: new Map(), replayed: [] };
    try {
      const slot = this.slot(profile);
      if (!this.prepare(s, this.plans[s.index - 1]!, slot, record)) return record;
      runSnippetIn(slot.session, this.document, s, claims, record);
      slot.live.add(s.index);
    } catch (e) {
      record.internalError = e instanceof Error ? e : new Error(String(e));
    }
    return record;
  }

  private slot(profile: Profile) {
    let slot = this.sessions.get(profile);
    if (!slot) {
      slot = { session: this.factory({ profile }), live: new Set() };
      this.sessions.set(profile, slot);
    }
    return slot;
  }

  /** Resets and sets up the session as the plan says; false when setup failed (recorded). */
  private prepare(s: Snippet, plan: SessionPlan, slot: { session: SnippetSession; live: Set<number> }, record: SnippetRun): boolean {
    const setup = (what: string, code: string): boolean => {
      if (code.trim() === "") return true;
      const outcome = slot.session.run(code, { filename: SETUP_FILE, firstLine: 1, python2: "auto" });
      if (completed(outcome)) return true;
      record.setup = { what, outcome };
      return false;
    };
    if (plan.mode === "continue") {
      const chain = chainOf(s.index, this.plans);
      if (chain.every((i) => slot.live.has(i))) return setup("prelude", plan.prelude.join("\n"));
      // The snippets it continues ran before a reset: rebuild that state on a fresh graph.
      slot.session.reset();
      slot.live.clear();
      const firstPlan = this.plans[chain[0]! - 1]!;
      if (!setup("imports", [...firstPlan.imports, ...firstPlan.prelude, ...plan.prelude].join("\n"))) return false;
      for (const i of chain) {
        const earlier = this.snippets[i - 1]!;
        for (const u of unitsOf(earlier)) {
          const python2 = earlier.markers.python2 ? true : ("auto" as const);
          const o = slot.session.run(u.code, { filename: this.document, firstLine: u.firstLine, python2, interactive: u.interactive });
          if (o.unsupported) {
            record.setup = { what: "replay", outcome: o };
            return false;
          }
        }
        slot.live.add(i);
        record.replayed.push(`snippet ${i}`);
      }
      return true;
    }
    slot.session.reset();
    slot.live.clear();
    return setup("imports", [...plan.imports, ...plan.prelude].join("\n"));
  }
}

/** The file name setup code runs under (never the document's: its lines are not the document's). */
export const SETUP_FILE = "<tfscope setup>";

/** The earlier snippets a continuing plan needs, transitively, in document order. */
export function chainOf(index: number, plans: readonly SessionPlan[]): number[] {
  const seen = new Set<number>();
  const visit = (i: number) => {
    for (const d of plans[i - 1]?.dependsOn ?? []) {
      if (!seen.has(d)) {
        seen.add(d);
        visit(d);
      }
    }
  };
  visit(index);
  return [...seen].sort((a, b) => a - b);
}

// Code that does not compile never ran: a SyntaxError also reported as `exception` is the same
// event, and the judge must not read it as raised at a line after earlier statements ran.
function compiledOrNot(o: Outcome): Outcome {
  if (!o.syntaxError || !o.exception) return o;
  const { exception: _, ...rest } = o;
  return rest;
}

/**
 * A module tfscope cannot import is tfscope's gap (or the reader's installation), never what the
 * document does wrong: real Python with the document's packages installed would import it. So is a run
 * stopped by tfscope's step or time limit.
 */
export function ourGaps(o: Outcome): Outcome {
  const e = o.exception;
  // tfscope's own step or time limit: a loop CPython finishes may outrun it here, so it blames no one.
  if (e?.type === "StepLimitExceeded" && !o.unsupported)
    return { ...o, unsupported: { feature: `${e.message.replace(/: the program.*$/, "")} (${e.message.startsWith("time") ? "--timeout raises it" : "tfscope's step limit"})`, ...(e.line !== undefined ? { line: e.line } : {}) } };
  if (!e || o.unsupported || !/^(ModuleNotFoundError|ImportError)$/.test(e.type)) return o;
  const m = /^No module named '([^']+)'/.exec(e.message) ?? /^cannot import name '([^']+)' from '([^']+)'/.exec(e.message);
  if (!m) return o;
  const feature = m[2] ? `\`${m[1]}\` from module '${m[2]}'` : `module '${m[1]}'`;
  return { ...o, unsupported: { feature, ...(e.line !== undefined ? { line: e.line } : {}) } };
}

/** The run finished: no exception, syntax error or missing feature. */
export function completed(o: Outcome): boolean {
  return !o.exception && !o.syntaxError && !o.unsupported;
}

/** The top-level statement's line that raised: the outermost traceback frame in the document. */
export function outermostLine(o: Outcome, document: string): number {
  const frames = [...(o.exception?.traceback ?? "").matchAll(/^\s*File "(.*)", line (\d+)/gm)];
  const mine = frames.find((m) => m[1] === document);
  return mine ? Number(mine[2]) : (o.exception?.line ?? 0);
}
