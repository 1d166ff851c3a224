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
