/** The profile a snippet runs under: the TensorFlow generation whose behaviour tfscope reproduces. */
export type Profile = "1.15" | "2" | "0.12";

/** What running one piece of code did. Every line number is a line of the DOCUMENT being checked. */
export interface Outcome {
  /** Everything the code printed to sys.stdout, exactly. */
  stdout: string;
  /** Everything printed to sys.stderr (TF's warnings included); never judged. */
  stderr: string;
  /**
   * The uncaught exception that ended the run. `type` is spelled as CPython's traceback prints it
   * (`ValueError`, or module-qualified for classes outside builtins, as `format_exception_only`
   * does); `message` is `str(exception)`; `line` is the line of the innermost traceback frame that
   * lies in the code that was run; `bases` its superclasses, spelled alike (a claim of `TypeError`
   * holds for a subclass of it).
   */
  exception?: { type: string; message: string; traceback: string; line?: number; bases?: string[] };
  /** The code does not compile: CPython 3.11's message, its line and 0-based column. */
  syntaxError?: { message: string; line: number; col: number };
  /** tfscope lacks something the code needs; nothing after it says anything about TensorFlow. */
  unsupported?: { feature: string; line?: number };
  /** The output depended on unseeded randomness (e.g. printing an initialised variable). */
  nondeterministic?: boolean;
  /** Its floats came from kernels TF runs with Eigen's approximations (exp, log, tanh, sigmoid…), whose
   *  last bits tfscope does not reproduce: printed numbers agree to float32 precision, not to the digit. */
  inexact?: boolean;
  /** The code ran as Python 2 (print statements). */
  python2?: boolean;
  /** What a modelled API did not do here (`tf.summary.FileWriter` writes no file), said in the report. */
  notes?: string[];
  /** With RunOptions.display: the repr IPython shows for the code's last expression (execute_result). */
  display?: string;
}

/** Options for one `SnippetSession.run`. */
export interface RunOptions {
  /** Shown in tracebacks: the document's path. */
  filename: string;
  /** The document line of the code's first line; line N of the code is document line firstLine+N-1. */
  firstLine: number;
  /** true: Python 2 print statements; "auto": Python 2 only when the code parses no other way. */
  python2?: boolean | "auto";
  /**
   * Compile as CPython's `'single'` mode does for one console (`>>>`) example: an expression
   * statement's value is printed with `repr` unless it is None (sys.displayhook).
   */
  interactive?: boolean;
  /** Run as IPython runs a notebook cell: a last expression statement's value goes to `Outcome.display`. */
  display?: boolean;
}

/** The value of an expression evaluated in a session after a run, as `str()` gives it. */
export interface Evaluation {
  value?: string;
  exception?: { type: string; message: string };
  unsupported?: { feature: string };
}

/**
 * One interpreter with its module globals and one TensorFlow default graph. Successive `run` calls
 * share both, as successive cells of a notebook do.
 */
export interface SnippetSession {
  run(code: string, options: RunOptions): Outcome;
  /**
   * A fresh default graph and fresh module globals (`__main__`); process-wide settings made earlier
   * (`disable_eager_execution()`, the random seed state, imported modules) still hold.
   */
  reset(): void;
  /**
   * Optional: evaluate one expression in the session's globals, without side effects the document
   * could see. Lets the checker read `v1.name` after a run to judge a `# v1.name = '...'` comment.
   */
  evaluate?(expression: string): Evaluation;
  /**
   * Optional: what the session's runs wrote to the disk so far (an opaque snapshot, unchanged by later
   * runs), and starting from such a snapshot. A kernel restart keeps the disk: the checker's restart
   * reading starts from the files the cells above had written.
   */
  saveDisk?(): unknown;
  loadDisk?(disk: unknown): void;
}

/** Makes a session; the checker makes one per document and profile. */
export type SessionFactory = (options: { profile: Profile }) => SnippetSession;
