/**
 * The document checker's sessions: one per document and profile, each starting from a fresh TF runtime
 * and fresh globals. The interpreter with TF imported is shared by the documents of one profile
 * (importing and compiling the shim's modules once per process); `reset()` gives the next independent
 * example of a document a fresh default graph and fresh globals.
 */
import type { Evaluation, Outcome, Profile, RunOptions, SessionFactory, SnippetSession } from "../docs/outcome.js";
import type { ModuleNamespace } from "../python/index.js";
import { RunFiles } from "../python/run-files.js";
import * as tf from "../tf/index.js";
import { resetDefaultSessions } from "../tf/default-session.js";
import { createTfHost, type TfHost } from "./host.js";

/** The wall-clock seconds one snippet may run in `tfscope check` unless `--timeout` says otherwise. */
export const DEFAULT_SNIPPET_SECONDS = 5;

const hosts = new Map<string, TfHost>();

class TfSession implements SnippetSession {
  private host: TfHost;
  private globals: ModuleNamespace | undefined;
  private files = new RunFiles();

  constructor(
    private readonly profile: Profile,
    seconds: number,
  ) {
    const key = `${profile}/${seconds}`;
    const shared = hosts.get(key);
    if (shared === undefined) {
      // A document's files are not beside it when it is checked: reading one is tfscope's gap, not the document's error.
      const host: TfHost = createTfHost({
        profile,
        limits: { seconds },
        allowOpen: (path) => host.py.raise("TfscopeUnsupported", `unsupported by tfscope: file access (open('${path}'))`),
      });
      // Import TF's shim now, outside any snippet's wall-clock limit: every later document of this
      // process finds it imported, and the first must not be charged the time of compiling it either
      // (its steps are still charged to the first program, as its own import statement would be).
      host.py.preImport("tensorflow");
      hosts.set(key, (this.host = host));
    } else {
      this.host = shared;
      // A new document is a new process as far as TF can tell: fresh runtime, default flags.
      tf.resetRuntime(profile);
      // ...and a new process has drawn no random values yet: without this, a random draw in an earlier
      // document marks every later document's printing runs nondeterministic (verdicts would depend on order).
      shared.kit.randomUsed = false;
      shared.py.state.runDependent = false;
      shared.kit.sessions.length = 0;
      shared.activate();
      resetDefaultSessions();
      freshLogging(shared);
    }
  }

  run(code: string, options: RunOptions): Outcome {
    // Another host (an explanation, another profile's documents) may have taken the engine's hooks.
    this.host.activate();
    // A clock or process id read is noise in the run that reads it (a timing is printed where it is
    // taken); unlike a random draw, which later runs print through variables, it does not carry over,
    // so later snippets' numbers stay claims.
    this.host.py.state.runDependent = false;
    this.host.py.state.notes = [];
    // Each reading's session has its own files: what one example wrote is unknown to another.
    this.host.py.state.files = this.files;
    this.host.kit.interactiveLogging = options.display === true;
    const before = this.host.nondeterministic();
    const inexactBefore = this.host.inexactFetches();
    const o = this.host.py.runSource(code, {
      filename: options.filename,
      firstLine: options.firstLine,
      globals: this.globals,
      python2: options.python2,
      interactive: options.interactive,
      display: options.display,
    } as Parameters<TfHost["py"]["runSource"]>[1]);
    this.globals = o.globals;
    // The interpreter reports its own JS failures as a bare `InternalError` (TF's is module-qualified):
    // a bug in tfscope, which the checker must report as such, never as the snippet's behaviour.
    if (o.exception?.type === "InternalError") throw new Error(`tfscope internal error: ${o.exception.message}`);
    const out: Outcome = { stdout: o.stdout, stderr: o.stderr, python2: o.python2 };
    if (o.display !== undefined) out.display = o.display;
    if (o.exception) out.exception = o.exception;
    if (o.unsupported) out.unsupported = o.unsupported;
    if (o.syntaxError) out.syntaxError = { message: o.syntaxError.message, line: o.syntaxError.line, col: o.syntaxError.col };
    if (this.host.nondeterministic() && (!before || o.stdout.length > 0)) out.nondeterministic = true;
    // A value an approximate kernel computed, fetched by this snippet (it prints what it fetches).
    if (this.host.inexactFetches() > inexactBefore) out.inexact = true;
    if (this.host.py.state.notes.length) out.notes = [...this.host.py.state.notes];
    return out;
  }

  reset(): void {
    // A fresh TF world — default graphs, scopes and sessions, even ones a crashed run left entered —
    // keeping the process-wide settings (disable_eager_execution and friends) and the imported modules.
    const flags = { ...tf.behavior() };
    tf.resetRuntime(this.profile);
    Object.assign(tf.behavior(), flags);
    resetDefaultSessions();
    freshLogging(this.host);
    this.globals = undefined;
    this.files = new RunFiles();
  }

  saveDisk(): unknown {
    // Nothing written: nothing to carry (the common case costs no copy).
    return this.files.empty ? undefined : this.files.clone();
  }

  loadDisk(disk: unknown): void {
    if (disk instanceof RunFiles) this.files = disk.clone();
  }

  evaluate(expression: string): Evaluation {
    if (this.globals === undefined) return { unsupported: { feature: "evaluation before any run" } };
    this.host.py.state.files = this.files;
    const o = this.host.py.runSource(`print(${expression})`, { filename: "<evaluate>", globals: this.globals });
    if (o.exception) return { exception: { type: o.exception.type, message: o.exception.message } };
    if (o.unsupported) return { unsupported: { feature: o.unsupported.feature } };
    return { value: o.stdout.replace(/\n$/, "") };
  }
}

/** A SessionFactory whose snippets stop (like at the step limit) after `seconds` of wall-clock time each. */
export function timedSessionFactory(seconds: number): SessionFactory {
  return ({ profile }) => new TfSession(profile, seconds);
}

/** The SessionFactory `tfscope check` uses. */
export const tfSessionFactory: SessionFactory = timedSessionFactory(DEFAULT_SNIPPET_SECONDS);

/** A new document is a new process for Python's logging too (tf_logging.py's logger is made on first use,
 *  by then the document's own configuration): what an earlier document configured goes. */
function freshLogging(host: TfHost): void {
  const py = host.py;
  if (py.modules.table.find("logging") === undefined) return;
  py.betweenRuns(() => py.call(py.getAttr(py.importModule("_tftf_logging"), "_new_process"), []));
}
