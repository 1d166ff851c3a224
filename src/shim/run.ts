/**
 * `tfscope run FILE.py`: the program runs as `python FILE.py` would with TensorFlow installed;
 * stdout and stderr as Python prints them, exit status 1 after an uncaught exception.
 */
import type { Limits } from "../python/index.js";
import { createTfHost, type Profile } from "./host.js";
import { takeWarmHost } from "./warm-host.js";

export interface RunTfOptions {
  filename?: string;
  profile?: Profile;
  python2?: boolean | "auto";
  /** sys.argv (default: [filename]). */
  argv?: string[];
  stdout?: (s: string) => void;
  stderr?: (s: string) => void;
  /** Step, recursion, memory and time limits (default: the interpreter's, no time limit). */
  limits?: Limits;
}

export interface RunTfResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  exception?: { type: string; message: string; line?: number };
  unsupported?: { feature: string; line?: number };
  python2: boolean;
  nondeterministic: boolean;
}

export function runTf(source: string, options: RunTfOptions = {}): RunTfResult {
  const filename = options.filename ?? "<string>";
  const host = takeWarmHost(source, { ...options, filename }) ?? createTfHost({
    profile: options.profile,
    python2: options.python2,
    stdout: options.stdout,
    stderr: options.stderr,
    argv: options.argv ?? [filename],
    limits: options.limits,
  });
  // python2 per run as well: the pre-imported host was made without the option.
  const o = host.py.runSource(source, { filename, python2: options.python2 });
  const r: RunTfResult = {
    stdout: o.stdout,
    stderr: o.stderr,
    exitCode: o.exitCode ?? (o.exception || o.unsupported || o.syntaxError ? 1 : 0),
    python2: o.python2,
    nondeterministic: host.nondeterministic(),
  };
  if (o.exception) r.exception = { type: o.exception.type, message: o.exception.message, line: o.exception.line };
  if (o.unsupported) r.unsupported = o.unsupported;
  return r;
}
