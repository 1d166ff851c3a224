/**
 * Engine exceptions as Python exceptions: a TFError becomes the Python class real TF raises (a
 * builtin such as ValueError, or a `tf.errors` class), and the engine's Unsupported becomes
 * tfscope's distinct unsupported-feature exception, which no `except ValueError:` can swallow.
 */
import { type PyHost, type PyValue, PyException, pyNone } from "../python/index.js";
import { TFError, Unsupported } from "../tf/index.js";
import { OpError } from "../tf/session.js";

/** The tf.errors classes by name, registered by the Python side (`_tfcore.py`). */
export class ErrorClasses {
  private readonly byName = new Map<string, PyValue>();
  /** Classes made from the message alone (errors_impl.py's ValueError subclasses). */
  private readonly plain = new Map<string, PyValue>();

  /** `toPy` wraps an engine object (the op a Session.run error names) as its Python object. */
  constructor(
    private readonly host: PyHost,
    private readonly toPy: (engineObject: unknown) => PyValue,
  ) {}

  register(classes: readonly PyValue[]): void {
    for (const c of classes) this.byName.set(this.host.str(this.host.getAttr(c, "__name__")), c);
  }

  registerPlain(classes: readonly PyValue[]): void {
    for (const c of classes) this.plain.set(this.host.str(this.host.getAttr(c, "__name__")), c);
  }

  /** Rethrows `e` as a Python exception when it came from the engine; other values pass through. */
  convert(e: unknown): unknown {
    if (e instanceof PyException) return e;
    if (e instanceof TFError) {
      const plain = this.plain.get(e.pyType);
      if (plain !== undefined) {
        try {
          return this.host.call(plain, [e.message]);
        } catch (made) {
          return made;
        }
      }
      const cls = this.byName.get(e.pyType);
      if (cls !== undefined) {
        // session.py `_do_call` passes the op its message names (node_def is that op's, read from it).
        const op = e instanceof OpError && e.op !== null ? this.toPy(e.op) : pyNone;
        try {
          return this.host.call(cls, [pyNone, op, e.message]);
        } catch (made) {
          return made;
        }
      }
      try {
        this.host.raise(e.pyType, e.message);
      } catch (made) {
        return made;
      }
    }
    if (e instanceof Unsupported) {
      try {
        this.host.raise("TfscopeUnsupported", `unsupported by tfscope: ${e.feature}`);
      } catch (made) {
        return made;
      }
    }
    return e;
  }
}
