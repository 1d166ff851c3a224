/**
 * Helpers for writing the shim's native functions: argument binding with Python's signature rules,
 * engine errors turned into Python exceptions, and conversions of the common argument kinds.
 */
import { type PyHost, type PyValue, type NativeFn, asString, isNone, isStr, pyNone } from "../python/index.js";
import { Unsupported } from "../tf/errors.js";
import type { Session } from "../tf/session.js";
import type { Bridge } from "./bridge.js";
import type { ErrorClasses } from "./errors.js";

/** A native function with a Python signature: `names` in order, the first `required` mandatory;
 *  `impl` receives the bound arguments (undefined where absent). */
export interface Sig {
  names: string[];
  required?: number;
  kwOnly?: string[];
}

export class NativeKit {
  /** Sessions made by this interpreter's snippets (their `nondeterministic` flags matter to goldens). */
  readonly sessions: Session[] = [];
  /** Set when a snippet drew from numpy's unseeded random generator. */
  randomUsed = false;
  /** Whether the snippet runs as a notebook cell: TF's logger is then at INFO on stdout (tf_logging.py
   * get_logger: an interactive shell, as Jupyter's is), else at WARNING on stderr. */
  interactiveLogging = false;

  constructor(
    readonly host: PyHost,
    readonly bridge: Bridge,
    readonly errors: ErrorClasses,
  ) {}

  /** Wraps `impl` so engine exceptions surface as the Python exceptions TF raises. */
  guard(impl: NativeFn): NativeFn {
    return (args, kwargs) => {
      try {
        return impl(args, kwargs);
      } catch (e) {
        throw this.errors.convert(e);
      }
    };
  }

  /** A native function bound like `def fname(<names>)`. */
  bound(fname: string, sig: Sig, impl: (a: (PyValue | undefined)[]) => unknown): NativeFn {
    return this.guard((args, kwargs) => {
      const a = this.host.parseArgs(fname, args, kwargs, sig.names, sig.required ?? 0, sig.kwOnly ?? []);
      return this.bridge.toPy(impl(a));
    });
  }

  str(v: PyValue | undefined, dflt: string | null = null): string | null {
    if (v === undefined || isNone(v)) return dflt;
    return asString(v);
  }

  /** A name argument: TF accepts str (bytes are decoded); None stays null. */
  name(v: PyValue | undefined, dflt: string | null = null): string | null {
    if (v === undefined || isNone(v)) return dflt;
    if (isStr(v)) return v;
    return this.host.str(v);
  }

  bool(v: PyValue | undefined, dflt: boolean): boolean {
    if (v === undefined) return dflt;
    return this.host.truthy(v);
  }

  /** None/absent → null; otherwise Python truthiness (for tri-state flags such as use_resource). */
  optBool(v: PyValue | undefined): boolean | null {
    if (v === undefined || isNone(v)) return null;
    return this.host.truthy(v);
  }

  /** An int argument of TF function `fname` (a Python int, bool or numpy integer); any other kind is
   *  refused by name (`unsupported: tf.gather(axis=...)`), never guessed at. */
  intArg(fname: string, arg: string, v: PyValue): number {
    if (typeof v === "number" || typeof v === "bigint") return Number(v);
    if (typeof v === "boolean") return v ? 1 : 0;
    const a = this.bridge.ndarrayOf(v);
    if (a !== null && a.size === 1 && a.ndim === 0 && /^u?int/.test(a.dtype)) return Number(a.item());
    throw new Unsupported(`${fname}(${arg}=...)`);
  }

  /** A Python callable handed to the engine as a JS function (null for None). */
  callable(v: PyValue | undefined, adapt: (fn: PyValue) => (...a: never[]) => unknown): ((...a: never[]) => unknown) | null {
    if (v === undefined || isNone(v)) return null;
    return adapt(v);
  }

  /** Text showing an eager value: when its digits came from an unseeded random draw, the output can't
   *  be TF's to the digit, so the run is marked nondeterministic. */
  printed(t: { nondeterministic?: boolean } | null | undefined, text: string): string {
    if (t?.nondeterministic) this.randomUsed = true;
    return text;
  }

  none(): PyValue {
    return pyNone;
  }
}
