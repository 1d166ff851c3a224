/**
 * The error every function in `text/` throws for a condition CPython reports as an exception.
 * `pyType` names the Python exception class (`ValueError`, `TypeError`, `OverflowError`,
 * `IndexError`, `KeyError`) and `message` is CPython 3.11's message, verbatim; for `KeyError` the
 * message is the missing key itself (the exception's single argument, which Python shows as its repr).
 * The interpreter turns it into the Python exception of that class.
 */
export class PyTextError extends Error {
  constructor(
    readonly pyType: "ValueError" | "TypeError" | "OverflowError" | "IndexError" | "KeyError" | "MemoryError",
    message: string,
  ) {
    super(message);
    this.name = "PyTextError";
  }
}

/**
 * Thrown for a construct `text/` deliberately does not implement (for instance a regular-expression
 * feature JavaScript cannot express). `feature` names it so the interpreter can report it as
 * unsupported instead of guessing.
 */
export class TextUnsupported extends Error {
  constructor(readonly feature: string) {
    super(`unsupported: ${feature}`);
    this.name = "TextUnsupported";
  }
}
