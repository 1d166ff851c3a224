/**
 * `tfscope check --jobs N`: documents spread over N worker threads, each with its own interpreter and TF
 * engine (a document's snippets always run in one worker, in order, so readings are as in one process).
 * Workers take the next document when they finish one, so one long document does not hold the others
 * back; the report lists documents in the order given, exactly as a serial check would. Node-only: the
 * browser core never imports this file.
 */
import { Worker } from "node:worker_threads";
import type { JsonDocument } from "./docs/report-schema.js";

/** What one check-worker is asked and what it answers. */
export interface JobRequest {
  index: number;
  path: string;
}
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

/**
 * The number of jobs when `--jobs` is not given: one. Measured on the 2-core machine (bench/throughput.mjs,
 * 1,000 three-snippet documents): one thread checked 846 snippets/s, two workers 674/s — each worker
 * pays its own start-up and `import tensorflow`, which a serial check pays once. Since the main thread
 * takes a share (one worker fewer), `--jobs 2` costs about 1.3x the CPU of one thread, measured only
 * on a loaded machine so far; the default stays one until two are measured faster on an idle one.
 */
export function defaultJobs(): number {
  return 1;
}

/**
 * Checks `paths` with `jobs` threads: this one (through `local`, its modules and `import tensorflow`
 * already loaded) and `jobs - 1` workers started from `workerFile` (the bundled check-worker), so a
 * second job costs one worker's start-up, not two. Resolves to the documents in the order of `paths`;
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
  let next = 0;
  let done = 0;
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    let failed = false;
    const fail = (e: unknown) => {
      failed = true;
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
    const feed = (w: Worker) => {
      if (next < paths.length) {
        const request: JobRequest = { index: next, path: paths[next]! };
        next++;
        w.postMessage(request);
      } else void w.terminate();
    };
    const count = Math.max(1, Math.min(jobs, paths.length)) - (local === undefined ? 0 : 1);
    for (let i = 0; i < count; i++) {
      const w = new Worker(workerFile, { workerData: settings });
      workers.push(w);
      w.on("message", (m: JobResult) => {
        finished(m.index, JSON.parse(m.document) as JsonDocument);
        if (done < paths.length) feed(w);
      });
      w.on("error", fail);
      feed(w);
    }
    if (local === undefined) return;
    // This thread's share: one document at a time, yielding between them so the workers' answers
    // are taken and the workers fed again meanwhile.
    const step = () => {
      if (failed || next >= paths.length) return;
      const index = next++;
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
