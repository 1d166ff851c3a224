/**
 * An interpreter that has already run `import tensorflow`, made while a start-up snapshot is built
 * (snapshot.ts) and used once by the restored process's `tfscope run`: a program whose first statement
 * is `import tensorflow [as name]` then starts where that statement ends instead of running the shim's
 * module bodies again. The interpreter is in the state a fresh one reaches after that statement, steps
 * spent included (InterpreterCore.preImport); any other program, option or profile gets a fresh host.
 */
import { parseCached } from "../python/index.js";
import { classesCheckpoint } from "../python/objects/base.js";
import { resetIdentities } from "../python/ops/hash.js";
import * as tf from "../tf/index.js";
import { PyModule } from "../python/objects/module.js";
import { reseedUnseeded } from "../python/stdlib/random.js";
import type { PyList } from "../python/objects/values.js";
import { createTfHost, tfHostsMade, type TfHost } from "./host.js";
import type { RunTfOptions } from "./run.js";

let warm: { host: TfHost; made: number } | null = null;

/** Makes the pre-imported interpreter (TF 1.15 profile); takeWarmHost points its output at the run's.
 * First `warmUp` runs in a throwaway interpreter, so that the code a run takes is compiled before the
 * snapshot is taken; the process-wide numbering it advanced (ids, graphs) starts again after it. */
export function prepareWarmHost(warmUp: string): void {
  const forgetClasses = classesCheckpoint();
  createTfHost({ stdout: () => {}, stderr: () => {} }).py.runSource(warmUp, { filename: "<warm-up>" });
  forgetClasses();
  resetIdentities();
  tf.resetGraphCounter();
  let printed = false;
  const host = createTfHost({ profile: "1.15", python2: false, stdout: () => void (printed = true), stderr: () => void (printed = true) });
  try {
    host.py.preImport("tensorflow");
  } catch {
    return;
  }
  // What the import prints belongs to the program's output, which a pre-import cannot give it.
  if (!printed) warm = { host, made: tfHostsMade() };
}

/** The pre-imported interpreter set up for `options`, when `source` may run in it; null otherwise
 * (a fresh host runs it). It is handed out once. */
export function takeWarmHost(source: string, options: RunTfOptions): TfHost | null {
  if (warm === null) return null;
  const { host, made } = warm;
  warm = null;
  // Another host since then has replaced the process-wide engine state this one relies on.
  if (made !== tfHostsMade()) return null;
  if ((options.profile ?? "1.15") !== "1.15" || options.python2 === true) return null;
  if (options.limits !== undefined && Object.keys(options.limits).some((k) => k !== "seconds")) return null;
  let first;
  try {
    const parsed = parseCached(source, { filename: options.filename ?? "<string>", python2: options.python2 ?? false });
    if (parsed.python2) return null;
    first = parsed.module.body[0];
  } catch {
    return null;
  }
  if (first?.kind !== "Import" || first.names.length !== 1 || first.names[0]!.name !== "tensorflow") return null;
  const o = host.py.options;
  o.stdout = options.stdout;
  o.stderr = options.stderr;
  o.limits = options.limits;
  const sys = host.py.modules.table.find("sys")!.v as PyModule;
  // The snapshot's process imported `random` (the shim does) and seeded it then: seed it for this run.
  const random = host.py.modules.table.find("random")?.v;
  if (random instanceof PyModule) reseedUnseeded(random.ns.get("_inst"));
  (sys.ns.get("argv") as PyList).items = [...(options.argv ?? [options.filename ?? "<string>"])];
  host.activate();
  return host;
}
