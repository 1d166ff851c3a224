/**
 * One worker thread of `tfscope check --jobs N` (see check-jobs.ts): checks the documents it is sent,
 * one at a time, with the same interpreter for all of them (as a serial check shares one per profile).
 */
import { parentPort, workerData } from "node:worker_threads";
import type { JobRequest, JobResult, JobSettings } from "./check-jobs.js";
import { check } from "./docs/check.js";
import { explainForCheck } from "./explain/document.js";
import { tfSessionFactory, timedSessionFactory } from "./shim/session.js";

const settings = workerData as JobSettings;
const sessionFactory = settings.timeout === undefined ? tfSessionFactory : timedSessionFactory(settings.timeout);
// As the main thread's checks (cli-check.ts), which take their share of the documents.
const options = { sessionFactory, profile: settings.profile, debug: !!process.env.TFSCOPE_DEBUG, ...(settings.explain ? { explain: explainForCheck } : {}) };

parentPort!.on("message", (m: JobRequest) => {
  // As JSON text: a report is plain data, and V8 clones a string far faster than the object tree.
  const result: JobResult = { index: m.index, document: JSON.stringify(check([m.path], options).documents[0]!) };
  parentPort!.postMessage(result);
});
