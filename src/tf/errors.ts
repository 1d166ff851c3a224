/**
 * The engine's exceptions. A TFError carries the name of the Python exception class that real TF would
 * raise (`ValueError`, `TypeError`, `RuntimeError`, `AssertionError`, `AttributeError`, or a
 * `tf.errors` class such as `InvalidArgumentError`) and the exact message; the shim turns it into that
 * Python exception. Unsupported is deliberately NOT a TFError: it means "tfscope cannot say what TF
 * would do here", and must never be caught by a snippet's `except ValueError:`.
 */
import { type Message, formatMessage } from "./messages.js";
import { activeRecorder } from "./recorder.js";

/** An exception real TensorFlow raises: `pyType` names the Python class, `message` is its exact text. */
export class TFError extends Error {
  constructor(
    readonly pyType: string,
    message: string,
  ) {
    super(message);
    this.name = pyType;
  }
}

/** Raised where the engine does not reproduce TF; `feature` says what was asked for. */
export class Unsupported extends Error {
  constructor(readonly feature: string) {
    super(`tfscope does not support ${feature}`);
    this.name = "Unsupported";
  }
}

/** Builds the TFError for a catalogue message with its numbered parameters filled in. */
export function tfError(message: Message, ...args: readonly unknown[]): TFError {
  const err = new TFError(message.type, formatMessage(message, args));
  const rec = activeRecorder;
  if (rec !== null) rec.record({ kind: "error", pyType: err.pyType, message: err.message });
  return err;
}
