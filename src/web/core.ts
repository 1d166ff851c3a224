/**
 * The core as the playground's worker uses it: the interpreter with TensorFlow (runTf), explain's
 * recorder, and the document checker, with no Node built-in anywhere below (test/web/core-bundle.test.ts
 * bundles this for the browser to prove it). Files come from the in-memory host, the shim's Python
 * modules from the JSON bundle the build made (dist/shim/py-ast-web.json: the shim's modules only).
 */
export { createTfHost, type TfHost } from "../shim/host.js";
export { resetRuntime } from "../tf/index.js";
export { resetDefaultSessions } from "../tf/default-session.js";
export { tfSessionFactory } from "../shim/session.js";
export { useShimBundle } from "../shim/py-sources.js";
export { explainSnippet } from "../explain/explain.js";
export type { Explanation, GraphExplanation, ScopeNode } from "../explain/schema.js";
export { checkDocument } from "../docs/check.js";
export type { JsonDocument, JsonSnippet } from "../docs/report-schema.js";
export { memoryFiles, setFileHost } from "../python/files.js";
export type { Profile } from "../docs/outcome.js";
