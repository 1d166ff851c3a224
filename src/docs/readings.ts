/**
 * How a reader runs a page. Two readings (and a third for notebooks):
 *
 * - `page`: the whole document top to bottom in one interpreter and one default graph, as a reader
 *   pasting every snippet into one Python session (or running a notebook's kernel) does. The document
 *   resets it only where it says so: `tf.reset_default_graph()` or a new Graph in its code (those run as
 *   written), or a `reset` marker (a fresh graph with the definitions the snippet needs).
 * - `examples`: each snippet an independent example on a fresh graph, given exactly the definitions it
 *   needs from earlier snippets: the earlier top-level statements that bind the names it reads, and
 *   transitively what those read (python-scopes.ts follows Python's scoping rules).
 *
 * - `restart`: a notebook cell its recording shows ran after a kernel restart, run as that kernel ran
 *   it: a fresh kernel, the cells it ran since the restart in the order of their counts, then the cell
 *   (formats/notebook-order.ts).
 *
 * A snippet that needs a name whose only definition was never run (it sits in a snippet that needs
 * what tfscope does not model, did not compile, or stopped before it) is not run: `blocked`, which the
 * judge reports as skipped ("needs `x` from snippet N"), never as the document's error.
 */
import type { SnippetClaims } from "./claims.js";
import type { Snippet } from "./extract.js";
import type { Outcome, Profile, SessionFactory, SnippetSession } from "./outcome.js";
import type { ReadingName } from "./report-schema.js";
import { cellRunOptions } from "./formats/notebook-extract.js";
import { snippetNames, type SnippetNames, type TopStatement } from "./python-scopes.js";
import { completed, ourGaps, outermostLine, runSnippetIn, SETUP_FILE, type SnippetRun, unitsOf } from "./run.js";

export type { ReadingName };

/** How one snippet was run, for the report. */
export interface Reading {
  name: ReadingName;
  /** In words, for the report. */
  reason: string;
  /** Earlier snippets whose definitions this one uses. */
  dependsOn: number[];
  /** Lines tfscope supplied because the document assumes them (`import tensorflow as tf`). */
  prelude: string[];
}

/** A snippet's run under one reading. */
export interface ReadingRun extends SnippetRun {
  reading: Reading;
  /** Not run: it needs `name` that only snippet `snippet` would define, and that never ran. */
  blocked?: { name: string; snippet: number; why: string };
}

/** What the document assumes without importing it: supplied when a snippet reads the name and nothing earlier binds it. */
const ASSUMED: Record<string, string> = { tf: "import tensorflow as tf", np: "import numpy as np" };

/** Earlier statements to re-run, in order; `unresolved`: names they and the snippet read that nothing earlier binds. */
type Slice = { unit: Unit; statement: TopStatement }[] & { unresolved: Set<string> };

interface Unit {
  snippet: Snippet;
  code: string;
  firstLine: number;
  interactive: boolean;
  names: SnippetNames;
}

/** What of a snippet never ran in the page reading: its statements that bound nothing, and why. */
type Loss = { statements: Set<TopStatement>; why: string };

interface PageSlot {
  session: SnippetSession;
  supplied: Set<string>;
}

/** Runs one document's snippets under its readings. */
export class Readings {
  private readonly units: Unit[][];
  private readonly page = new Map<Profile, PageSlot>();
  private readonly fresh = new Map<Profile, SnippetSession>();
  /** Snippets whose page run did not bind everything they define: which statements, and why. */
  private readonly losses = new Map<number, Loss>();
  /** The page session's disk before each snippet ran (by snippet index), for the restart reading. */
  private readonly diskBefore = new Map<number, unknown>();

  constructor(
    private readonly document: string,
    private readonly snippets: readonly Snippet[],
    private readonly factory: SessionFactory,
    private readonly defaultProfile: Profile,
  ) {
    this.units = snippets.map((s) => unitsOf(s).map((u) => ({ snippet: s, ...u, names: snippetNames(u.code) })));
  }

  /** Whether the second reading applies to `s` (a `continue` marker says the page reading is the only one). */
  allowsExamples(s: Snippet): boolean {
    return !s.markers.continue;
  }

  /** Records that `s` was not run in the page reading (a `skip` marker): nothing it defines exists. */
  notRun(s: Snippet, why: string): void {
    this.losses.set(s.index, { statements: new Set(this.units[s.index - 1]!.flatMap((u) => u.names.statements)), why });
  }

  /** Runs `s` in the page reading, after every earlier snippet (never throws). */
  runPage(s: Snippet, claims: SnippetClaims): ReadingRun {
    const profile = s.markers.profile ?? this.defaultProfile;
    const deps = this.dependencies(s);
    const reading: Reading = {
      name: "page",
      reason: deps.length ? `page: run top to bottom; uses ${describe(deps)}` : "page: run top to bottom",
      dependsOn: [...new Set(deps.map((d) => d.snippet))].sort((a, b) => a - b),
      prelude: [],
    };
    const record: ReadingRun = { profile, evaluations: new Map(), replayed: [], reading };
    const lost = deps.find((d) => this.lostAt(d.snippet, d.statement));
    if (lost) {
      record.blocked = { name: lost.name, snippet: lost.snippet, why: this.losses.get(lost.snippet)!.why };
      this.notRun(s, `not run: it needs \`${lost.name}\` from snippet ${lost.snippet}`);
      return record;
    }
    try {
      const slot = this.pageSlot(profile);
      if (s.markers.reset) {
        slot.session.reset();
        slot.supplied.clear();
        reading.reason = "page: a `reset` marker: a fresh graph, with the definitions it needs";
        if (!this.replay(slot.session, s, record)) return this.stopped(s, record);
      } else {
        const wanted = this.assumed(s).filter((n) => !slot.supplied.has(n));
        if (!this.supply(slot.session, wanted, record)) return this.stopped(s, record);
        wanted.forEach((n) => slot.supplied.add(n));
      }
      const disk = slot.session.saveDisk?.();
      if (disk !== undefined) this.diskBefore.set(s.index, disk);
      runSnippetIn(slot.session, this.document, s, claims, record);
      this.noteLoss(s, record, slot.session);
    } catch (e) {
      record.internalError = e instanceof Error ? e : new Error(String(e));
      this.notRun(s, "tfscope failed on it");
    }
    return record;
  }

  private pageSlot(profile: Profile): PageSlot {
    let slot = this.page.get(profile);
    if (!slot) this.page.set(profile, (slot = { session: this.factory({ profile }), supplied: new Set() }));
    return slot;
  }

  /** The session the other readings run in, reset: a fresh graph and fresh globals. */
  private freshSession(profile: Profile): SnippetSession {
    let session = this.fresh.get(profile);
    if (!session) this.fresh.set(profile, (session = this.factory({ profile })));
    session.reset();
    return session;
  }

  /** Runs `s` as an independent example: a fresh graph and only the definitions it needs (never throws). */
  runExample(s: Snippet, claims: SnippetClaims): ReadingRun {
    const profile = s.markers.profile ?? this.defaultProfile;
    const slice = this.slice(s);
    const snippetsUsed = [...new Set(slice.map((x) => x.unit.snippet.index))];
    const reading: Reading = {
      name: "examples",
      reason: snippetsUsed.length
        ? `examples: an independent example on a fresh graph, with the definitions it needs from snippet${snippetsUsed.length > 1 ? "s" : ""} ${snippetsUsed.join(", ")}`
        : "examples: an independent example on a fresh graph",
      dependsOn: snippetsUsed,
      prelude: [],
    };
    const record: ReadingRun = { profile, evaluations: new Map(), replayed: [], reading };
    try {
      const session = this.freshSession(profile);
      if (!this.replay(session, s, record, slice)) return record;
      runSnippetIn(session, this.document, s, claims, record);
    } catch (e) {
      record.internalError = e instanceof Error ? e : new Error(String(e));
    }
    return record;
  }

  /**
   * Runs notebook cell `s` as the recording's restarted kernel ran it: a fresh kernel, `before` (the
   * cells it ran since the restart, in count order), then `s`. Null when that state cannot be rebuilt
   * here (an earlier cell needs what tfscope does not model). Never throws.
   */
  runRestart(s: Snippet, claims: SnippetClaims, before: readonly Snippet[]): ReadingRun | null {
    const profile = s.markers.profile ?? this.defaultProfile;
    const cells = before.map((b) => b.notebook?.cell ?? b.index);
    const reading: Reading = {
      name: "restart",
      reason: cells.length
        ? `restart: as recorded after a kernel restart: a fresh kernel running cell${cells.length > 1 ? "s" : ""} ${cells.join(", ")} first`
        : "restart: as recorded after a kernel restart: a fresh kernel",
      dependsOn: before.map((b) => b.index),
      prelude: [],
    };
    const record: ReadingRun = { profile, evaluations: new Map(), replayed: [], reading };
    try {
      const session = this.freshSession(profile);
      // A kernel restart keeps the disk: the files the cells above wrote in the page run are there.
      const disk = this.diskBefore.get(s.index);
      if (disk !== undefined) session.loadDisk?.(disk);
      for (const b of before) {
        if (b.markers.skip) continue;
        const options = { filename: this.document, firstLine: b.startLine, python2: b.markers.python2 ? true : ("auto" as const), ...cellRunOptions(b) };
        if (ourGaps(session.run(b.code, options)).unsupported) return null;
      }
      runSnippetIn(session, this.document, s, claims, record);
    } catch (e) {
      record.internalError = e instanceof Error ? e : new Error(String(e));
    }
    return record;
  }

  /** The statements to re-run before `s` as an independent example: a backward slice over earlier snippets. */
  slice(s: Snippet): Slice {
    const needed = new Set(this.units[s.index - 1]!.flatMap((u) => [...u.names.needs]));
    const out: { unit: Unit; statement: TopStatement }[] = [];
    for (let j = s.index - 2; j >= 0; j--) {
      if (this.snippets[j]!.markers.skip) continue;
      const units = this.units[j]!;
      for (let k = units.length - 1; k >= 0; k--) {
        const u = units[k]!;
        for (let i = u.names.statements.length - 1; i >= 0; i--) {
          const st = u.names.statements[i]!;
          if (![...st.binds].some((n) => needed.has(n))) continue;
          out.push({ unit: u, statement: st });
          for (const n of st.binds) needed.delete(n);
          for (const n of st.reads) needed.add(n);
        }
      }
    }
    return Object.assign(out.reverse(), { unresolved: needed });
  }

  /** For each name `s` reads that an earlier snippet defines: the latest such definition. */
  private dependencies(s: Snippet): { name: string; snippet: number; statement: TopStatement; unit: Unit }[] {
    const out: { name: string; snippet: number; statement: TopStatement; unit: Unit }[] = [];
    // Sorted, so the report names the same dependency on every run.
    for (const name of new Set(this.units[s.index - 1]!.flatMap((u) => [...u.names.needs]))) {
      const def = this.definition(name, s.index);
      if (def) out.push({ name, ...def });
    }
    return out;
  }

  private definition(name: string, before: number): { snippet: number; statement: TopStatement; unit: Unit } | null {
    for (let j = before - 2; j >= 0; j--) {
      const units = this.units[j]!;
      for (let k = units.length - 1; k >= 0; k--) {
        const st = [...units[k]!.names.statements].reverse().find((x) => x.binds.has(name));
        if (st) return { snippet: j + 1, statement: st, unit: units[k]! };
      }
    }
    return null;
  }

  /** Whether the statement of snippet `index` never ran in the page reading. */
  private lostAt(index: number, st: TopStatement): boolean {
    return !!this.losses.get(index)?.statements.has(st);
  }

  /** Names `s` reads that the document assumes and nothing before it binds. */
  private assumed(s: Snippet): string[] {
    const needs = new Set(this.units[s.index - 1]!.flatMap((u) => [...u.names.needs]));
    return Object.keys(ASSUMED).filter((n) => needs.has(n) && !this.definition(n, s.index));
  }

  /** The import lines for names the document assumes (`tf` → `import tensorflow as tf`). */
  static assumedImports(names: readonly string[]): string[] {
    return names.map((n) => ASSUMED[n]!);
  }

  private supply(session: SnippetSession, names: string[], record: ReadingRun): boolean {
    if (!names.length) return true;
    const lines = Readings.assumedImports(names);
    record.reading.prelude.push(...lines);
    const outcome = ourGaps(session.run(lines.join("\n") + "\n", { filename: SETUP_FILE, firstLine: 1, python2: "auto" }));
    if (completed(outcome)) return true;
    record.setup = { what: "the supplied imports", outcome };
    return false;
  }

  /**
   * Re-runs the definitions `s` needs (statement by statement, each at its own document lines), after
   * supplying what the document assumes. A definition tfscope cannot run blocks the snippet.
   */
  private replay(session: SnippetSession, s: Snippet, record: ReadingRun, slice = this.slice(s)): boolean {
    const { pieces, prelude } = this.definitions(s, slice);
    if (!this.supply(session, prelude, record)) return false;
    let last = 0;
    for (const p of pieces) {
      const python2 = p.snippet.markers.python2 ? true : ("auto" as const);
      const o = ourGaps(session.run(p.code, { filename: this.document, firstLine: p.firstLine, python2, interactive: p.interactive }));
      if (p.snippet.index !== last) record.replayed.push(`snippet ${p.snippet.index}`);
      last = p.snippet.index;
      if (!completed(o)) {
        const wanted = this.units[s.index - 1]!.flatMap((u) => [...u.names.needs]);
        record.blocked = { name: p.binds.find((n) => wanted.includes(n)) ?? p.binds[0] ?? "?", snippet: p.snippet.index, why: stopWhy(o, `line ${p.firstLine}`) };
        return false;
      }
    }
    return true;
  }

  /** The code that gives `s` the definitions it needs on a fresh graph: assumed imports, then each needed statement. */
  definitions(s: Snippet, slice = this.slice(s)): { prelude: string[]; pieces: { snippet: Snippet; code: string; firstLine: number; interactive: boolean; binds: string[] }[] } {
    // Only what nothing earlier binds is supplied: an import the page makes later would come too late.
    const prelude = Object.keys(ASSUMED).filter((n) => slice.unresolved.has(n));
    const pieces = slice.map(({ unit, statement }) => ({
      snippet: unit.snippet,
      code: sliceOf(unit, statement),
      firstLine: unit.firstLine + statement.line - 1,
      interactive: unit.interactive,
      binds: [...statement.binds],
    }));
    return { prelude, pieces };
  }

  private stopped(s: Snippet, record: ReadingRun): ReadingRun {
    this.notRun(s, record.setup ? `its setup failed` : record.blocked ? `it needs \`${record.blocked.name}\`` : "it did not run");
    return record;
  }

  /**
   * After a page run: which statements never bound their names. After a missing feature (our gap,
   * not the document's), the statements after it that do not need what was lost are run anyway,
   * silently, so the page goes on as it would where the feature exists; after the document's own
   * exception nothing more of the snippet runs, as in Python.
   */
  private noteLoss(s: Snippet, record: ReadingRun, session: SnippetSession): void {
    const outcomes = record.outcome ? [record.outcome] : (record.examples ?? []);
    outcomes.forEach((o, i) => {
      if (completed(o) || this.losses.has(s.index)) return;
      // In a `>>>` session every example runs whatever the one before raised (doctest's way).
      if (s.kind === "console" && !o.unsupported && !o.syntaxError) return;
      const unit = this.units[s.index - 1]![s.kind === "console" ? i : 0]!;
      const why = stopWhy(o, "");
      if (o.syntaxError) return this.notRun(s, why);
      const line = (o.exception ? outermostLine(o, this.document) : o.unsupported?.line) || unit.firstLine;
      const docLine = (st: TopStatement) => unit.firstLine + st.line - 1;
      const at = unit.names.statements.findIndex((st) => docLine(st) <= line && line <= unit.firstLine + st.endLine - 1);
      const lost = new Set(unit.names.statements.slice(Math.max(0, at)));
      if (o.unsupported && at >= 0) {
        const gone = new Set(unit.names.statements[at]!.binds);
        lost.clear();
        lost.add(unit.names.statements[at]!);
        for (const st of unit.names.statements.slice(at + 1)) {
          const runnable = ![...st.reads].some((n) => gone.has(n));
          const r = runnable ? ourGaps(session.run(sliceOf(unit, st), { filename: this.document, firstLine: docLine(st), python2: s.markers.python2 ? true : "auto" })) : null;
          if (r && completed(r)) continue;
          lost.add(st);
          st.binds.forEach((n) => gone.add(n));
        }
      }
      this.losses.set(s.index, { statements: lost, why });
    });
  }
}

/** The source of one top-level statement of a unit. */
function sliceOf(unit: Unit, st: TopStatement): string {
  return unit.code.split("\n").slice(st.line - 1, st.endLine).join("\n") + "\n";
}

/** Why a run stopped, in a few words: "unsupported there: module 'matplotlib'". */
function stopWhy(o: Outcome, where: string): string {
  if (o.unsupported) return `tfscope cannot run it (unsupported: ${o.unsupported.feature})`;
  if (o.syntaxError) return `it does not compile (SyntaxError: ${o.syntaxError.message})`;
  if (o.exception) return `it raised ${o.exception.type}${where ? ` at ${where}` : ""} before defining it`;
  return "it did not run";
}

function describe(deps: { name: string; snippet: number; statement: TopStatement }[]): string {
  const own = deps.filter((d) => !d.statement.isImport);
  if (!own.length) return "only the imports of earlier snippets";
  return own
    .slice(0, 5)
    .map((d) => `\`${d.name}\` (snippet ${d.snippet})`)
    .join(", ");
}
