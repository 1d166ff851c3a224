import type { Diagnostic } from "./diagnostic.js";
import type { SnippetDeps } from "./deps.js";
import type { Coverage, LedgerEntry } from "./ledger.js";
import type { Profile } from "./outcome.js";

/**
 * The `tfscope check --json` report, schema `tfscope-check/2` (2: `ran-clean` beside `pass`, claim
 * counts in the summary, `reading` in place of `session`, `otherReading`). Stable: fields are only ever added;
 * a change in meaning bumps the schema string. Every line number is 1-based and refers to the
 * document named by `document` (for the bundled corpus: the seed document the snippet came from).
 *
 * ```text
 * JsonReport
 * ├─ schema: "tfscope-check/2"
 * ├─ tool: { name: "tfscope", version }
 * ├─ mode: "documents" | "corpus"
 * ├─ summary: { documents, snippets, pass, ran-clean, contradicted, error, syntax-error, unsupported, skipped, xfail, internal-error,
 * │             claims: { holds, contradicted, not-checkable } }
 * └─ documents[]: { document, format, notes[], snippets[] }
 *    └─ snippets[]: JsonSnippet
 * ```
 */
/** The schema string reports carry. */
export const SCHEMA = "tfscope-check/2";

export interface JsonReport {
  schema: typeof SCHEMA;
  tool: { name: "tfscope"; version: string };
  /** `documents`: paths given on the command line; `corpus`: the bundled `snippets/` goldens. */
  mode: "documents" | "corpus";
  summary: JsonSummary;
  documents: JsonDocument[];
  /** Every claim of every document, with what became of it (`check --ledger`). */
  ledger?: LedgerEntry[];
}

/**
 * A snippet's status. These never blur:
 * - `pass`: ran; at least one claim was verified and holds, none is contradicted; any exception was claimed.
 * - `ran-clean`: ran without an exception it did not claim, but no claim was verified (none made,
 *   or none checkable): nothing about the document was confirmed.
 * - `contradicted`: a claim the document makes is not what TensorFlow does.
 * - `error`: an exception the document did not claim (or an unknown marker); it wins over
 *   contradicted claims, being their likely cause.
 * - `syntax-error`: the code does not compile (and the document did not claim it).
 * - `unsupported`: tfscope lacks something the snippet needs; says nothing about TensorFlow.
 * - `skipped`: a `skip` marker, or it needs a name that only a snippet tfscope could not run defines.
 * - `xfail`: failed, as an `xfail` marker said it would.
 * - `internal-error`: tfscope itself crashed on this snippet (a bug in tfscope).
 */
export type Status =
  | "pass"
  | "ran-clean"
  | "contradicted"
  | "error"
  | "syntax-error"
  | "unsupported"
  | "skipped"
  | "xfail"
  | "internal-error";

/** The ways a snippet can be run for its verdict (readings.ts). */
export type ReadingName = "page" | "examples" | "restart";

/** All statuses, in the order reports list them. */
export const STATUSES: readonly Status[] = [
  "pass",
  "ran-clean",
  "contradicted",
  "error",
  "syntax-error",
  "unsupported",
  "skipped",
  "xfail",
  "internal-error",
];

/** Statuses that make `tfscope check` exit 1. */
export const FAILING: ReadonlySet<Status> = new Set(["contradicted", "error", "syntax-error", "unsupported", "internal-error"]);

export type JsonSummary = { documents: number; snippets: number; claims: ClaimCounts; coverage?: Coverage } & Record<Status, number>;

/** Claims over all snippets, by verdict. */
export type ClaimCounts = Record<Verdict, number>;

export interface JsonDocument {
  /** The path as given (corpus mode: the seed document's file name). */
  document: string;
  format: "markdown" | "text" | "python" | "notebook" | "golden";
  /** Remarks about the document as a whole (blocks not taken as code, unreadable file). */
  notes: Diagnostic[];
  snippets: JsonSnippet[];
  /** Claims made and what became of them (ledger.ts). */
  coverage?: Coverage;
  /** `--explain-deps`: per snippet, the earlier snippets whose names it reads, and which names (deps.ts). */
  dependencies?: SnippetDeps[];
}

export interface JsonSnippet {
  document: string;
  /** A notebook cell's 1-based position among the notebook's cells; every line of the snippet is then a line of that cell. */
  cell?: number;
  /** 1-based position among the document's snippets. */
  index: number;
  startLine: number;
  endLine: number;
  /** The line ranges the code came from (several when a page break split one example). */
  blocks: [number, number][];
  status: Status;
  /**
   * How the snippet was run for its verdict: `page` (the whole document top to bottom in one
   * interpreter and graph) or `examples` (an independent example on a fresh graph with the
   * definitions it needs), or for a notebook cell recorded after a kernel restart `restart` (a fresh
   * kernel running the cells the recording ran since the restart). The verdict rests on this reading.
   */
  reading: {
    name: ReadingName;
    reason: string;
    /** Earlier snippets whose definitions it uses (their indexes). */
    dependsOn: number[];
  };
  /** What the other reading gave, when it was run (only for snippets whose first verdict was not a pass). */
  otherReading?: { name: ReadingName; status: Status; summary: string };
  profile: Profile;
  /** Ran as Python 2 (print statements). */
  python2: boolean;
  /** Lines tfscope supplied before the snippet (`import tensorflow as tf`). */
  prelude: string[];
  claims: JsonClaim[];
  /** Everything the snippet printed. */
  stdout: string;
  /** A notebook cell: the value IPython would show for its last expression (execute_result), if any. */
  display?: string;
  /** The uncaught exception, if any; `line` is the document line it was raised at. */
  exception: { type: string; message: string; line: number | null } | null;
  syntaxError: { message: string; line: number; column: number } | null;
  unsupported: { feature: string; line: number | null } | null;
  nondeterministic: boolean;
  /** Problems, in the one diagnostic shape: failed claims, errors, internal errors. */
  diagnostics: Diagnostic[];
  /** Short remarks: session decision, supplied lines, replayed snippets, skip reasons. */
  notes: string[];
  /** Why a contradicted claim is what it is (`check --explain`), when available. */
  explanation?: string;
}

export type Verdict = "holds" | "contradicted" | "not-checkable";

export interface JsonClaim {
  line: number;
  /** assert · print-comment · expression-comment · name-comment · raises · output · doctest · golden;
   * notebooks: recorded-stdout · recorded-stderr · recorded-result · recorded-display · recorded-error */
  kind: string;
  /** What the document says (for an assert: its source). */
  expected: string;
  /** What tfscope observed, or null when the claim could not be checked. */
  actual: string | null;
  verdict: Verdict;
  /** Why the verdict (always given for not-checkable). */
  why?: string;
  /** A unified diff from expected to actual, for contradicted claims whose texts differ. */
  diff?: string;
}
