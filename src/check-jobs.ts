/**
 * `tfscope check --jobs N`: documents spread over N worker threads, each with its own interpreter and TF
 * engine (a document's snippets always run in one worker, in order, so readings are as in one process).
 * Threads take the next document when they finish one, so one long document does not hold the others
 * back; the report lists documents in the order given, exactly as a serial check would. Node-only: the
 * browser core never imports this file.
 */
import { Worker } from "node:worker_threads";
import type { JsonDocument } from "./docs/report-schema.js";

/** What a check-worker answers for each document it checked. */
export interface JobResult {
  index: number;
  /** The document's report as JSON text. */
  document: string;
}
/** Fixed for a whole run; given to each worker as its `workerData`. */
export interface JobSettings {
  profile: "1.15" | "2" | "0.12";
  explain: boolean;
  /** `check --timeout`: seconds per snippet (default: the checker's). */
  timeout?: number;
}
/** A worker's `workerData`: the settings, every path, and the shared counter of the next document. */
export interface JobData extends JobSettings {
  paths: readonly string[];
  /** One Int32: the index of the next document nobody has taken (`Atomics.add` to take it). */
  next: SharedArrayBuffer;
}

/** Takes the next document's index from the counter every thread shares. */
export function takeNext(next: Int32Array): number {
  return Atomics.add(next, 0, 1);
}

/**
 * The number of jobs when `--jobs` is not given: one. Measured on the 2-core machine (bench/throughput.mjs,
 * 1,000 three-snippet documents, idle): one thread checked 1,073 snippets/s, two 857/s, the worker idle
 * a third of the time waiting to be fed (since fixed by the shared counter). Two jobs still cost ~1.5x
 * the CPU of one (the worker's start-up and `import tensorflow`, its JIT warm-up, a second heap for V8's
 * helper threads), measured only under load since; the default stays one until two are measured faster
 * on an idle machine.
 */
export function defaultJobs(): number {
  return 1;
}

/**
 * Checks `paths` with `jobs` threads: this one (through `local`, its modules and `import tensorflow`
 * already loaded) and `jobs - 1` workers started from `workerFile` (the bundled check-worker), so a
 * second job costs one worker's start-up, not two. Every thread takes its next document from one shared
 * counter, so a worker never waits for this thread (busy with its own share) to hand it work, and the
 * last documents go to whichever thread is free. Resolves to the documents in the order of `paths`;
 * `onDocument` is called as each finishes (done count, total, path).
 */
export function checkInWorkers(
  workerFile: URL,
  paths: readonly string[],
  jobs: number,
  settings: JobSettings,
  onDocument?: (done: number, total: number, document: string) => void,
  local?: (path: string) => JsonDocument,
): Promise<JsonDocument[]> {
  const results: JsonDocument[] = new Array(paths.length);
  const counter = new SharedArrayBuffer(4);
  const next = new Int32Array(counter);
  let done = 0;
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    let failed = false;
    const fail = (e: unknown) => {
      failed = true;
      // Nobody takes another document.
      Atomics.store(next, 0, paths.length);
      for (const w of workers) void w.terminate();
      reject(e instanceof Error ? e : new Error(String(e)));
    };
    const finished = (index: number, document: JsonDocument) => {
      results[index] = document;
      done++;
      onDocument?.(done, paths.length, paths[index]!);
      if (done === paths.length) {
        for (const x of workers) void x.terminate();
        resolve(results);
      }
    };
    const count = Math.max(1, Math.min(jobs, paths.length)) - (local === undefined ? 0 : 1);
    const data: JobData = { ...settings, paths, next: counter };
    for (let i = 0; i < count; i++) {
      const w = new Worker(workerFile, { workerData: data });
      workers.push(w);
      w.on("message", (m: JobResult) => {
        if (!failed) finished(m.index, JSON.parse(m.document) as JsonDocument);
      });
      w.on("error", fail);
    }
    if (local === undefined) return;
    // This thread's share: one document at a time, yielding between them so the workers' answers
    // are taken meanwhile.
    const step = () => {
      if (failed) return;
      const index = takeNext(next);
      if (index >= paths.length) return;
      try {
        finished(index, local(paths[index]!));
      } catch (e) {
        fail(e);
        return;
      }
      setImmediate(step);
    };
    setImmediate(step);
  });
}
