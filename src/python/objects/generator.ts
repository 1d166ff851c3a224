import type { Frame } from "../frame.js";
import { enterFrame, leaveFrame, recordTraceback } from "../limits.js";
import { None, builtinType, defMethod, type PyValue } from "./base.js";
import { GeneratorExit, PyException, RuntimeError, StopIteration, TypeError, pyErr } from "./exceptions.js";
import type { PyFunction, Resumable } from "./function.js";
import { PyIter } from "./iterators.js";

export const generatorType = builtinType("generator");

/**
 * A generator object: the function's body compiled to a JS generator, resumed inside the generator's
 * own frame so tracebacks and `currentFrames()` show it.
 */
export class PyGenerator extends PyIter {
  private it: Resumable | null = null;
  running = false;
  done = false;

  constructor(
    readonly fn: PyFunction,
    readonly frame: Frame,
  ) {
    super(generatorType);
  }

  next(): PyValue | undefined {
    return this.resume(0, None);
  }

  /** Resumes with `send(value)` (mode 0) or `throw(value)` (mode 1); undefined when the generator ends
   * without a value to yield (StopIteration's value is then in `returnValue`). */
  resume(mode: 0 | 1, value: PyValue): PyValue | undefined {
    if (this.done) {
      if (mode === 1) throw value;
      return undefined;
    }
    if (this.running) throw pyErr(RuntimeError, "generator already executing");
    const f = this.frame;
    if (this.it === null) {
      if (mode === 0 && value !== None)
        throw pyErr(TypeError, "can't send non-None value to a just-started generator");
      const b = this.fn.body;
      if (b.gen === null) b.compile();
      this.it = b.gen!(f);
    }
    enterFrame(f);
    this.running = true;
    try {
      const r = mode === 0 ? this.it.next(value) : this.it.throw(value);
      if (r.done) {
        this.done = true;
        this.returnValue = r.value;
        return undefined;
      }
      return r.value;
    } catch (e) {
      this.done = true;
      if (e instanceof PyException && e.cls.isSubtypeOf(StopIteration)) {
        // PEP 479: the StopIteration's traceback ends in the generator; the RuntimeError is raised by
        // the resumption machinery, outside the generator's frame.
        recordTraceback(e, f);
        const r = pyErr(RuntimeError, "generator raised StopIteration");
        r.cause = e;
        r.context = e;
        r.suppressContext = true;
        throw r;
      }
      throw recordTraceback(e, f);
    } finally {
      this.running = false;
      leaveFrame(f);
    }
  }

  returnValue: PyValue = None;

  /** `gen.close()`: raises GeneratorExit at the paused yield. */
  close(): void {
    if (this.done || this.it === null) {
      this.done = true;
      return;
    }
    try {
      const r = this.resume(1, new PyException(GeneratorExit, []));
      if (r !== undefined) throw pyErr(RuntimeError, "generator ignored GeneratorExit");
    } catch (e) {
      if (!(e instanceof PyException && (e.cls.isSubtypeOf(GeneratorExit) || e.cls.isSubtypeOf(StopIteration))))
        throw e;
    }
  }
}

/** The StopIteration that ends a generator returning `value`. */
export function stopIteration(value: PyValue): PyException {
  return new PyException(StopIteration, value === None ? [] : [value]);
}

function gen(a: PyValue[]): PyGenerator {
  return a[0] as PyGenerator;
}

defMethod(generatorType, "__iter__", (a) => a[0]!);
defMethod(generatorType, "__next__", (a) => {
  const g = gen(a);
  const v = g.next();
  if (v === undefined) throw stopIteration(g.returnValue);
  return v;
});
defMethod(generatorType, "send", (a) => {
  const g = gen(a);
  const v = g.resume(0, a[1] ?? None);
  if (v === undefined) throw stopIteration(g.returnValue);
  return v;
});
defMethod(generatorType, "throw", (a) => {
  const g = gen(a);
  let e = a[1]!;
  if (!(e instanceof PyException)) e = new PyException(e as never, a.length > 2 ? [a[2]!] : []);
  const v = g.resume(1, e);
  if (v === undefined) throw stopIteration(g.returnValue);
  return v;
});
defMethod(generatorType, "close", (a) => {
  gen(a).close();
  return None;
});
