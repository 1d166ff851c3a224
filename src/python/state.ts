import type { Frame } from "./frame.js";
import { RunFiles } from "./run-files.js";

/**
 * The running interpreter's mutable state. JS is single-threaded and an Interpreter installs its own
 * state object while it runs (saving the previous one), so compiled code reads one module-level
 * binding instead of threading a context through every closure.
 */
export interface RuntimeState {
  /** The innermost executing Python frame. */
  frame: Frame | null;
  depth: number;
  /** sys.getrecursionlimit(): RecursionError when `depth` would exceed it. */
  recursionLimit: number;
  /** Steps left in the current chunk of the budget (loop iterations and calls); below 0, limits.ts
   * refills it from `reserve` and looks at the clock. */
  steps: number;
  /** The rest of the step budget, beyond the current chunk. */
  reserve: number;
  /** Date.now() after which the run stops (Infinity: no time limit), and that limit in seconds. */
  deadline: number;
  seconds: number | undefined;
  /** The most list/str cells one object may hold before MemoryError. */
  memoryCells: number;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** The embedding interpreter's module system. */
  host: Importer | null;
  /** The exception being handled (sys.exc_info(), implicit chaining), innermost last. */
  handling: unknown[];
  threadId: number;
  /** The sys module's namespace: print() writes to whatever `sys.stdout` currently is. */
  sys: Map<string, import("./objects/base.js").PyValue> | null;
  /** The original sys.stdout/sys.stderr objects (writes to them go straight to `stdout`/`stderr`). */
  stdoutObj: unknown;
  stderrObj: unknown;
  /** The host's permission check for open(); null: every path is refused. */
  allowOpen: ((path: string, mode: string) => boolean) | null;
  python2: boolean;
  /** The program read something that differs from run to run in CPython (a clock, the process id, an
   *  unseeded `random` draw): what it printed afterwards may be noise (docs/noise.ts). */
  runDependent: boolean;
  /** What a modelled module did not do, for the report (stdlib/notes.ts); the host clears it per run. */
  notes: string[];
  /** The files this run wrote (run-files.ts); the host clears it for a new document. */
  files: RunFiles;
}

export let rt: RuntimeState = freshState();
/** The state installed while no interpreter runs (module initialisation, between runs). */
export const idleState = rt;

export function freshState(): RuntimeState {
  return {
    frame: null,
    depth: 0,
    recursionLimit: 1000,
    steps: Infinity,
    reserve: 0,
    deadline: Infinity,
    seconds: undefined,
    memoryCells: 50_000_000,
    stdout: () => {},
    stderr: () => {},
    host: null,
    handling: [],
    threadId: 0,
    sys: null,
    stdoutObj: null,
    stderrObj: null,
    allowOpen: null,
    python2: false,
    runDependent: false,
    notes: [],
    files: new RunFiles(),
  };
}

/** What `import` statements need from the embedding interpreter. */
export interface Importer {
  /** Imports dotted module `name` (and its parents), returning the module itself. Raises
   * ModuleNotFoundError (a Python exception) when it does not exist. */
  importModule(name: string): import("./objects/base.js").PyValue;
}

/** Installs `s` as the running state and returns the previous one (to restore when done). */
export function enterState(s: RuntimeState): RuntimeState {
  const prev = rt;
  rt = s;
  return prev;
}

/** Thrown (as a JS error, uncatchable by Python code) when the step budget or the time limit runs out. */
export class StepLimitExceeded extends Error {
  constructor(
    readonly steps: number,
    readonly seconds?: number,
  ) {
    super(
      seconds === undefined
        ? "step limit exceeded: the program may loop forever"
        : `time limit exceeded: the program ran for more than ${seconds} s and may loop forever`,
    );
    this.name = "StepLimitExceeded";
  }
}
