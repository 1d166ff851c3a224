/** The three compile-time error classes CPython raises while parsing. */
export type SyntaxErrorKind = "SyntaxError" | "IndentationError" | "TabError";

/**
 * A compile-time error, as CPython 3.11 would report it. The interpreter turns it into the Python
 * exception of the same name; `message` is CPython's wording, positions follow ast.ts (`line` 1-based,
 * `col` 0-based in code points; CPython's `offset` is `col + 1`).
 */
export class PySyntaxError extends Error {
  override readonly name = "PySyntaxError";

  constructor(
    readonly kind: SyntaxErrorKind,
    message: string,
    readonly filename: string,
    readonly line: number,
    readonly col: number,
    /** The text of line `line`, without its line break. */
    readonly lineText: string,
    readonly endLine?: number,
    readonly endCol?: number,
  ) {
    super(message);
  }
}
