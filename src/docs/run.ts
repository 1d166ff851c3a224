import type { SnippetClaims } from "./claims.js";
import type { Snippet } from "./extract.js";
import type { Evaluation, Outcome, Profile, SessionFactory, SnippetSession } from "./outcome.js";
import { chainOf, type SessionPlan } from "./sessions.js";
import { cellRunOptions } from "./formats/notebook-extract.js";
import { cellOutcome } from "./formats/notebook-gaps.js";

/** What happened when a snippet was run. */
export interface SnippetRun {
  profile: Profile;
  /** The snippet's own outcome (console snippets: one per example, in `examples`). */
  outcome?: Outcome;
  examples?: Outcome[];
  /** The supplied imports / prelude / replayed snippets failed: their outcome, and what it was. */
  setup?: { what: string; outcome: Outcome };
  /** Values of claimed expressions read from the session after the run, by claim line. */
  evaluations: Map<number, Evaluation>;
  /** Earlier snippets re-run to rebuild a continued session after a reset. */
  replayed: number[];
  /** A JavaScript exception from tfscope itself (or the session): a bug, never TF's behaviour. */
  internalError?: Error;
}

/** Runs one document's snippets in order, each in the session its plan says. */
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
      const plan = this.plans[s.index - 1]!;
      if (!this.prepare(s, plan, slot, record)) return record;
      const options = { filename: this.document, python2: s.markers.python2 ? true : ("auto" as const), ...cellRunOptions(s) };
      if (s.kind === "console") {
        record.examples = (s.examples ?? []).map((e) =>
          compiledOrNot(slot.session.run(e.source, { ...options, firstLine: e.line, interactive: true })),
        );
      } else {
        record.outcome = cellOutcome(s, compiledOrNot(slot.session.run(s.code, { ...options, firstLine: s.startLine })));
        if (completed(record.outcome)) this.evaluate(slot.session, claims, record);
      }
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
    const setup = (what: string, code: string, firstLine: number): boolean => {
      if (code.trim() === "") return true;
      const outcome = slot.session.run(code, { filename: "<tfscope setup>", firstLine, python2: "auto" });
      if (completed(outcome)) return true;
      record.setup = { what, outcome };
      return false;
    };
    if (plan.mode === "continue") {
      const chain = chainOf(s.index, this.plans);
      if (chain.every((i) => slot.live.has(i))) return setup("prelude", plan.prelude.join("\n"), 1);
      // The names it needs were defined before a reset: rebuild that state on a fresh graph.
      slot.session.reset();
      slot.live.clear();
      const firstPlan = this.plans[chain[0]! - 1]!;
      if (!setup("imports", [...firstPlan.imports, ...firstPlan.prelude, ...plan.prelude].join("\n"), 1)) return false;
      for (const i of chain) {
        const earlier = this.snippets[i - 1]!;
        const python2 = earlier.markers.python2 ? true : ("auto" as const);
        const parts = earlier.kind === "console" ? (earlier.examples ?? []).map((e) => [e.source, e.line] as const) : [[earlier.code, earlier.startLine] as const];
        for (const [code, firstLine] of parts) {
          const o = slot.session.run(code, { filename: this.document, firstLine, python2, interactive: earlier.kind === "console" });
          // An exception leaves what ran before it defined, as in a notebook; missing features do not.
          if (o.unsupported) {
            record.setup = { what: "replay", outcome: o };
            return false;
          }
        }
        slot.live.add(i);
        record.replayed.push(i);
      }
      return true;
    }
    slot.session.reset();
    slot.live.clear();
    return setup("imports", [...plan.imports, ...plan.prelude].join("\n"), 1);
  }

  private evaluate(session: SnippetSession, claims: SnippetClaims, record: SnippetRun): void {
    if (!session.evaluate) return;
    for (const c of claims.claims) {
      if (c.expression !== undefined) record.evaluations.set(c.line, session.evaluate(c.expression));
    }
  }
}

// Code that does not compile never ran: a SyntaxError also reported as `exception` is the same
// event, and the judge must not read it as raised at a line after earlier statements ran.
function compiledOrNot(o: Outcome): Outcome {
  if (!o.syntaxError || !o.exception) return o;
  const { exception: _, ...rest } = o;
  return rest;
}

// The run finished: no exception, syntax error or missing feature.
function completed(o: Outcome): boolean {
  return !o.exception && !o.syntaxError && !o.unsupported;
}
