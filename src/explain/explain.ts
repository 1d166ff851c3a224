/**
 * `explainSnippet`: runs code with the engine's recorder installed and returns why every name is what
 * it is. The recorder is installed only for this run and always removed, so other runs pay nothing.
 */
import { type Outcome } from "../python/index.js";
import { createTfHost, type Profile, type TfHost } from "../shim/host.js";
import * as tf from "../tf/index.js";
import { BlockMap, type Piece as CodePiece } from "./blocks.js";
import { errorRules } from "./errors.js";
import { graphExplanation } from "./model.js";
import { ExplainRecorder } from "./recorder.js";
import type { Explanation } from "./schema.js";

/** Options for `explainSnippet`. */
export interface ExplainOptions {
  /** Shown in tracebacks and used to tell the snippet's frames from library code (default `<string>`). */
  filename?: string;
  /** The file line of the code's first line (default 1); every line in the explanation is a file line. */
  firstLine?: number;
  profile?: Profile;
  python2?: boolean | "auto";
  /** Code run first and not explained (a document's earlier imports, `import tensorflow as tf`). */
  setup?: string;
  /** An interpreter of `profile` to run in, already reset by the caller (the playground keeps one per
   * profile, so a re-run does not import tensorflow again); default: a fresh one. */
  host?: TfHost;
}

/** One piece of code to run, in order, sharing one interpreter and namespace. */
export interface Piece extends CodePiece {
  /** A `>>>` example: expression values are echoed, as at the console. */
  interactive?: boolean;
  /** An earlier snippet re-run to rebuild the state this one needs: its exceptions do not stop the run. */
  replay?: boolean;
}

/** Runs `code` and explains its scopes, names and exceptions. */
export function explainSnippet(code: string, options: ExplainOptions = {}): Explanation {
  return explainPieces([{ code, firstLine: options.firstLine ?? 1 }], options);
}

/** Runs several pieces of one file in order (a console snippet's examples, replayed earlier snippets). */
export function explainPieces(pieces: readonly Piece[], options: ExplainOptions): Explanation {
  const filename = options.filename ?? "<string>";
  const profile = options.profile ?? "1.15";
  const host = options.host ?? createTfHost({ profile, argv: [filename] });
  const recorder = new ExplainRecorder(host.py, filename, new BlockMap(pieces));
  let last: Outcome | null = null;
  let stdout = "";
  tf.setRecorder(recorder);
  try {
    let globals = undefined as Outcome["globals"] | undefined;
    if (options.setup?.trim()) globals = host.py.runSource(options.setup, { filename: "<tfscope setup>", python2: "auto" }).globals;
    for (const p of pieces) {
      last = host.py.runSource(p.code, { filename, firstLine: p.firstLine, globals, python2: options.python2 ?? "auto", interactive: p.interactive });
      globals = last.globals;
      if (!p.replay) stdout += last.stdout;
      if (last.unsupported || (!p.replay && (last.exception || last.syntaxError))) break;
    }
  } finally {
    tf.setRecorder(null);
  }
  recorder.finish();
  const ex = last?.exception;
  const uncaught = ex ? [...recorder.errors].reverse().find((e) => e.message === ex.message) : undefined;
  return {
    schema: "tfscope-explain/1",
    filename,
    profile,
    stdout,
    graphs: recorder.graphs.filter((g) => g.ops.length > 0 || g.scopes.length > 0).map(graphExplanation),
    // TF raises and catches some errors itself (tensor conversion tries); one the snippet caught is
    // kept only when a rule explains it.
    errors: recorder.errors
      .map((e) => ({ type: e.pyType, message: e.message, site: e.site, uncaught: e === uncaught, reasons: errorRules(e) }))
      .filter((e) => e.uncaught || e.reasons.length > 0),
    notes: recorder.eagerEvents > 0 ? ["eager execution was on for part of the run (TF 2 behaviour): only graph mode is explained (call tf.compat.v1.disable_eager_execution() first)"] : [],
    exception: ex ? { type: ex.type, message: ex.message, line: ex.line ?? null } : null,
    syntaxError: last?.syntaxError ? { message: last.syntaxError.message, line: last.syntaxError.line } : null,
    unsupported: last?.unsupported ? { feature: last.unsupported.feature, line: last.unsupported.line ?? null } : null,
  };
}
