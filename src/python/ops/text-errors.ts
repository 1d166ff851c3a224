import * as X from "../objects/exceptions.js";
import { PyException, pyErr, unsupported } from "../objects/exceptions.js";
import { PyTextError, TextUnsupported } from "../text/errors.js";

const TYPES = {
  MemoryError: X.MemoryError,
  ValueError: X.ValueError,
  TypeError: X.TypeError,
  OverflowError: X.OverflowError,
  IndexError: X.IndexError,
  KeyError: X.KeyError,
};

/** Runs a text/ algorithm, turning its errors into the Python exceptions they stand for. */
export function textCall<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw textError(e);
  }
}

export function textError(e: unknown): unknown {
  if (e instanceof PyTextError) {
    if (e.pyType === "KeyError") return new PyException(X.KeyError, [e.message]);
    return pyErr(TYPES[e.pyType], e.message);
  }
  if (e instanceof TextUnsupported) return unsupported(e.feature);
  return e;
}
