/**
 * tfscope's library API: the TF 1.15 engine (graphs, name and variable scopes, variables, ops,
 * sessions) as plain TypeScript, plus the entry points behind the CLI.
 */
export const VERSION = "0.1.0";
export * from "./tf/index.js";
export * as ops from "./tf/ops/index.js";
export { Session } from "./tf/session.js";
export { runPython, PyHost } from "./python/index.js";
export { runTf, createTfHost, tfSessionFactory } from "./shim/index.js";
export type { RunTfOptions, RunTfResult, TfHost, TfHostOptions } from "./shim/index.js";
export { check, checkDocument } from "./docs/check.js";
export { checkCorpus, BUNDLED_CORPUS } from "./docs/golden.js";
export { expectDocumentsToPass } from "./docs/vitest.js";
export type { JsonReport } from "./docs/report-schema.js";
export type { Outcome, SessionFactory, SnippetSession } from "./docs/outcome.js";
export { explainSnippet, explainPieces } from "./explain/explain.js";
export { explainDocumentLine, explainForCheck } from "./explain/document.js";
export { renderExplanation } from "./explain/render.js";
