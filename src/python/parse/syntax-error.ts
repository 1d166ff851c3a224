/** The three compile-time error classes CPython raises while parsing. */
export type SyntaxErrorKind = "SyntaxError" | "IndentationError" | "TabError";

/**
 * A compile-time error, as CPython 3.11 would report it. The interpreter turns it into the Python
 * exception of the same name; `message` is CPython's wording, positions follow ast.ts (`line` 1-based,
 * `col` 0-based in code points; CPython's `offset` is `col + 1`). The end is set only when it lies
 * past the start (CPython then draws carets up to it; otherwise it draws a single caret).
 */
export class PySyntaxError extends Error {
  override readonly name = "PySyntaxError";
  readonly endLine?: number;
  readonly endCol?: number;
  /** The line of the last token CPython's parser fetched before raising, when past `line` (a
   * bracket left open at the end of the file wins only over errors that reach past its line). */
  reach?: number;

  constructor(
    readonly kind: SyntaxErrorKind,
    message: string,
    readonly filename: string,
    readonly line: number,
    readonly col: number,
    /** The text of line `line`, without its line break. */
    readonly lineText: string,
    endLine?: number,
    endCol?: number,
  ) {
    super(message);
    if (endLine !== undefined && endCol !== undefined && (endLine > line || (endLine === line && endCol > col))) {
      this.endLine = endLine;
      this.endCol = endCol;
    }
  }
}

/**
 * Valid Python that tfscope does not run (async functions, `match`, ...). Distinct from PySyntaxError
 * so that no one mistakes it for CPython's verdict; `feature` names the construct.
 */
export class PyUnsupportedError extends Error {
  override readonly name = "PyUnsupportedError";

  constructor(
    readonly feature: string,
    readonly filename: string,
    readonly line: number,
    readonly col: number,
  ) {
    super(`unsupported: ${feature} (${filename}, line ${line})`);
  }
}

/**
 * An error CPython's compiler raises after parsing, as a plain exception rather than a SyntaxError:
 * "RecursionError: maximum recursion depth exceeded during compilation" for an expression nested some
 * 3,000 levels deep. Printed without a traceback, as `python3 FILE` prints it.
 */
export class PyCompileError extends Error {
  override readonly name = "PyCompileError";

  constructor(
    readonly type: string,
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}
