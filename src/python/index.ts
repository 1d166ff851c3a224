/**
 * tfscope's Python interpreter: CPython 3.11 semantics in TypeScript. `runPython` runs a program like
 * `python FILE`; `Interpreter` (host.ts) is the embedding API the TensorFlow shim and the document checker use.
 */
import { Interpreter } from "./host.js";
import type { Limits } from "./interpreter.js";
import "./stdlib/all.js";

export * from "./host.js";
export { dropFunctionTrees, forgetParsedModules, parsedModuleSources, primeParsedModule } from "./interpreter.js";
export { takeLazyBodies, trackLazyBodies } from "./compile/functions.js";
export { clearParseCache, parseCached } from "./parse/cache.js";
export { standsIn } from "./stand-in-modules.js";
export { fileHost, setFileHost, memoryFiles, urlPath, type FileHost, type DirEntry } from "./files.js";
export { parse } from "./parse/index.js";
export type { InterpreterOptions, Limits, ModuleNamespace, Outcome, RunSourceOptions } from "./interpreter.js";
export type { PyValue } from "./objects/base.js";
export { PyException } from "./objects/exceptions.js";

export interface RunOptions {
  /** The file name tracebacks show (default `<string>`, as `python -c`). */
  filename?: string;
  stdout?: (s: string) => void;
  stderr?: (s: string) => void;
  limits?: Limits;
  python2?: boolean | "auto";
  argv?: string[];
  /** os.environ's starting contents (default empty). */
  environ?: Record<string, string>;
  /** Called with the interpreter before the program runs (register host modules here). */
  setup?: (host: Interpreter) => void;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  /** 0, or 1 after an uncaught exception, or sys.exit()'s status. */
  exitCode: number;
  exception?: { type: string; message: string; line?: number };
  unsupported?: { feature: string; line?: number };
}

/** Runs a whole program as `python FILE` would: output captured, traceback on stderr. */
export function runPython(source: string, options: RunOptions = {}): RunResult {
  const filename = options.filename ?? "<string>";
  const host = new Interpreter({
    stdout: options.stdout,
    stderr: options.stderr,
    limits: options.limits,
    python2: options.python2,
    argv: options.argv ?? [filename],
    environ: options.environ,
  });
  options.setup?.(host);
  const o = host.runSource(source, { filename });
  const exitCode = o.exitCode ?? (o.exception || o.unsupported ? 1 : 0);
  const r: RunResult = { stdout: o.stdout, stderr: o.stderr, exitCode };
  if (o.exception) r.exception = { type: o.exception.type, message: o.exception.message, line: o.exception.line };
  if (o.unsupported) r.unsupported = o.unsupported;
  return r;
}
