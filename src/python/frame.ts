import type { Cell, PyValue } from "./objects/base.js";

/** What tracebacks need to know about a compiled body: its file, its display name and source lines. */
export interface CodeInfo {
  filename: string;
  /** `<module>`, a function's name, `<listcomp>`, `<lambda>`... as CPython's traceback shows it. */
  name: string;
  /** The source lines of the file, for the traceback's source line (null when unavailable). */
  lines: readonly string[] | null;
  /** Added to AST line numbers to report document lines (a snippet starting at document line N). */
  lineOffset: number;
  /** Names of the local slots (functions and comprehensions), for locals() and error suggestions. */
  varnames?: readonly string[];
  /** Frames of host-internal modules are left out of tracebacks and `currentFrames()`. */
  hidden: boolean;
}

/** One executing Python body: a module, class body, function call or comprehension. */
export class Frame {
  line = 0;
  ret: PyValue | undefined = undefined;
  back: Frame | null = null;

  constructor(
    readonly code: CodeInfo,
    /** Local slots; a slot holding a variable captured by an inner function holds its Cell. */
    readonly l: (PyValue | Cell | undefined)[],
    /** The module namespace (globals). */
    readonly g: Map<string, PyValue>,
    /** Free variables' cells (from the enclosing function). */
    readonly free: Cell[] | null,
    /** The class namespace while running a class body, else null. */
    readonly ns: Map<string, PyValue> | null,
  ) {}
}

/** One traceback line: a frame's code and the (AST) line executing when the exception passed. */
export interface TbEntry {
  code: CodeInfo;
  line: number;
}
