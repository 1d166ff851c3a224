import type { Expr, Stmt } from "./ast.js";
import type { Cell, PyValue } from "./objects/base.js";

/** A file's source lines for tracebacks, split on the first read: a module's lines are read only when one
 * of its lines is shown, and a start-up snapshot holding every pre-imported module's lines as separate
 * strings (~7,000) costs each start their restore. */
export class SourceLines {
  private split: string[] | null = null;
  constructor(readonly source: string) {}
  /** Line `n` (1-based), as `source.split("\n")[n - 1]` gives it (undefined past either end). */
  line(n: number): string | undefined {
    return (this.split ??= this.source.split("\n"))[n - 1];
  }
}

/** What tracebacks need to know about a compiled body: its file, its display name and source lines. */
export interface CodeInfo {
  filename: string;
  /** `<module>`, a function's name, `<listcomp>`, `<lambda>`... as CPython's traceback shows it. */
  name: string;
  /** The source lines of the file, for the traceback's source line (null when unavailable). */
  lines: SourceLines | null;
  /** Added to AST line numbers to report document lines (a snippet starting at document line N). */
  lineOffset: number;
  /** Names of the local slots (functions and comprehensions), for locals() and error suggestions. */
  varnames?: readonly string[];
  /** Frames of host-internal modules are left out of tracebacks and `currentFrames()`. */
  hidden: boolean;
}

/** One executing Python body: a module, class body, function call or comprehension. */
export class Frame {
  declare line: number;
  /** The expression being executed when it may raise (a call, operator, attribute or subscript), or
   * null at statement level: CPython 3.11 reports its line and underlines it in tracebacks. */
  declare pos: Expr | Stmt | null;
  declare ret: PyValue | undefined;
  declare back: Frame | null;
  declare readonly code: CodeInfo;
  /** Local slots; a slot holding a variable captured by an inner function holds its Cell. */
  declare readonly l: (PyValue | Cell | undefined)[];
  /** The module namespace (globals). */
  declare readonly g: Map<string, PyValue>;
  /** Free variables' cells (from the enclosing function). */
  declare readonly free: Cell[] | null;
  /** The class namespace while running a class body, else null. */
  declare readonly ns: Map<string, PyValue> | null;

  // Fields are declared, not defined, and assigned here: see PyObject for why.
  constructor(
    code: CodeInfo,
    l: (PyValue | Cell | undefined)[],
    g: Map<string, PyValue>,
    free: Cell[] | null,
    ns: Map<string, PyValue> | null,
  ) {
    const self = this as { -readonly [K in keyof Frame]: Frame[K] };
    self.code = code;
    self.l = l;
    self.g = g;
    self.free = free;
    self.ns = ns;
    self.line = 0;
    self.pos = null;
    self.ret = undefined;
    self.back = null;
  }
}
