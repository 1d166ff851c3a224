/** The document checker's public API, for `src/index.ts` to re-export. */
export { check, checkDocument, type CheckOptions } from "./check.js";
export { checkCommand, exitStatus, type CheckIO, type Writer } from "./cli-check.js";
export { BUNDLED_CORPUS, checkCorpus, updateCorpus, type Manifest, type ManifestEntry } from "./golden.js";
export { extract, type Extraction, type Snippet } from "./extract.js";
export type { Diagnostic, Location } from "./diagnostic.js";
export type { Evaluation, Outcome, Profile, RunOptions, SessionFactory, SnippetSession } from "./outcome.js";
export type { JsonClaim, JsonDocument, JsonReport, JsonSnippet, Status, Verdict } from "./report-schema.js";
export { humanReport } from "./report.js";
export { junitReport } from "./report-junit.js";
export { annotations } from "./report-annotations.js";
export { expectDocumentsToPass } from "./vitest.js";
