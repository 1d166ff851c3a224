/**
 * One worker thread of `tfscope check --jobs N` (see check-jobs.ts): checks documents, one at a time,
 * with the same interpreter for all of them (as a serial check shares one per profile).
 */
import { parentPort, workerData } from "node:worker_threads";
import { type JobData, type JobResult, takeNext } from "./check-jobs.js";
import { check } from "./docs/check.js";
import { explainForCheck } from "./explain/document.js";
import { tfSessionFactory, timedSessionFactory } from "./shim/session.js";

const settings = workerData as JobData;
const sessionFactory = settings.timeout === undefined ? tfSessionFactory : timedSessionFactory(settings.timeout);
// As the main thread's checks (cli-check.ts), which take their share of the documents.
const options = { sessionFactory, profile: settings.profile, debug: !!process.env.TFSCOPE_DEBUG, ...(settings.explain ? { explain: explainForCheck } : {}) };

// Documents are taken from the counter all threads share until none is left; each answer is posted as
// soon as it is ready (the main thread reads them between its own documents).
const next = new Int32Array(settings.next);
for (let index = takeNext(next); index < settings.paths.length; index = takeNext(next)) {
  // As JSON text: a report is plain data, and V8 clones a string far faster than the object tree.
  const result: JobResult = { index, document: JSON.stringify(check([settings.paths[index]!], options).documents[0]!) };
  parentPort!.postMessage(result);
}
