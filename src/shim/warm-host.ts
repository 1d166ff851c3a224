/**
 * An interpreter that has already run `import tensorflow`, made while a start-up snapshot is built
 * (snapshot.ts) and used once by the restored process's `tfscope run`: a program whose first statement
 * begins by importing `tensorflow` (`import tensorflow as tf`, `import tensorflow.compat.v1 as tf`, `from
 * tensorflow import nn`) then finds it imported instead of running the shim's module bodies again. The
 * interpreter is in the state a fresh one reaches after that import, steps spent included
 * (InterpreterCore.preImport); any other program, option or profile gets a fresh host. Its functions not
 * called yet hold no parse tree: their first call reads their module's tree again (compile/body-reload.ts).
 */
import { dropFunctionTrees, parseCached, takeLazyBodies, trackLazyBodies } from "../python/index.js";
import { classesCheckpoint } from "../python/objects/base.js";
import { resetIdentities } from "../python/ops/hash.js";
import * as tf from "../tf/index.js";
import { PyModule } from "../python/objects/module.js";
import { reseedUnseeded } from "../python/stdlib/random.js";
import type { PyList } from "../python/objects/values.js";
import type { Stmt } from "../python/ast.js";
import { createTfHost, tfHostsMade, type TfHost } from "./host.js";
import { packedTree } from "./py-sources.js";
import type { RunTfOptions } from "./run.js";

let warm: { host: TfHost; made: number } | null = null;

/** Makes the pre-imported interpreter (TF 1.15 profile); takeWarmHost points its output at the run's.
 * First `warmUp` runs in a throwaway interpreter, so that the code a run takes is compiled before the
 * snapshot is taken (V8's, and the bodies of the Python functions it called, compiled in the pre-imported
 * interpreter too); the process-wide numbering it advanced (ids, graphs) starts again after it. */
export function prepareWarmHost(warmUp: string): void {
  const forgetClasses = classesCheckpoint();
  trackLazyBodies(true);
  createTfHost({ stdout: () => {}, stderr: () => {} }).py.runSource(warmUp, { filename: "<warm-up>" });
  // The functions the warm-up called: the pre-imported interpreter compiles theirs before the snapshot.
  const called = new Set(takeLazyBodies().filter((b) => b.code.run !== null || b.code.gen !== null).map((b) => b.node));
  forgetClasses();
  resetIdentities();
  tf.resetGraphCounter();
  let printed = false;
  // The functions the import makes keep their parse trees only until the snapshot (dropFunctionTrees).
  trackLazyBodies(true);
  const host = createTfHost({ profile: "1.15", python2: false, stdout: () => void (printed = true), stderr: () => void (printed = true) });
  // A program's `__main__` is in sys.modules before its first import (runSource), so it comes before the
  // modules that import adds, as in CPython: its place is taken now (runSource sets it in that place).
  host.py.modules.table.set("__main__", host.py.newNamespace());
  try {
    host.py.preImport("tensorflow");
  } catch {
    trackLazyBodies(false);
    return;
  }
  // What the import prints belongs to the program's output, which a pre-import cannot give it.
  if (!printed) warm = { host, made: tfHostsMade() };
  // Functions not called yet take their trees again on their first call (most of the snapshot's heap).
  dropFunctionTrees(called, packedTree);
}

/** Whether the first thing `stmt` does is import the `tensorflow` package, as `import tensorflow as tf`,
 * `import tensorflow.compat.v1 as tf`, `import tensorflow as tf, numpy as np` and `from tensorflow import
 * nn` do: importing a submodule imports its packages first (importlib's _find_and_load of the parent), so
 * a program continuing from the pre-import does exactly what its own import would. */
function importsTensorflowFirst(stmt: Stmt | undefined): boolean {
  const isTf = (name: string | null) => name === "tensorflow" || (name?.startsWith("tensorflow.") ?? false);
  if (stmt?.kind === "Import") return isTf(stmt.names[0]!.name);
  return stmt?.kind === "ImportFrom" && stmt.level === 0 && isTf(stmt.module);
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
  if (!importsTensorflowFirst(first)) return null;
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
