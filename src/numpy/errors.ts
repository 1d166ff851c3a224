/** An exception numpy raises: `pyType` names the Python class (ValueError, TypeError, IndexError…). */
export class NumpyError extends Error {
  constructor(readonly pyType: string, message: string) {
    super(message);
    this.name = pyType;
  }
}

/** numpy's compact shape spelling in its C-level messages: `(2,3)`, `(4,)`, `()`. */
export function compactShape(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(",")})`;
}

/**
 * tfscope's own bound on one array: JS keeps every element as a number, so an array of 10000 x 10000
 * (a tutorial's "large matrix") would take gigabytes and end the whole process. Past the bound the run
 * says `unsupported`, never a numpy error the document would be blamed for.
 */
export const MAX_ELEMENTS = 2 ** 25;

/** An array larger than {@link MAX_ELEMENTS}: a Python `TfscopeUnsupported` at the numpy level. */
export class SizeLimit extends NumpyError {
  constructor(readonly elements: number) {
    super("TfscopeUnsupported", `unsupported by tfscope: ${sizeLimitFeature(elements)}`);
    this.name = "SizeLimit";
  }
}

/** What a run past the bound needs, for `unsupported: ...`. */
export function sizeLimitFeature(elements: number): string {
  return `an array of ${elements.toLocaleString("en-US")} elements (tfscope holds at most ${MAX_ELEMENTS.toLocaleString("en-US")})`;
}

/** Throws {@link SizeLimit} before an array of `n` elements is allocated. */
export function checkElements(n: number): void {
  if (n > MAX_ELEMENTS) throw new SizeLimit(n);
}
