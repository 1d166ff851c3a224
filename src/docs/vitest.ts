import { check, type CheckOptions } from "./check.js";
import { exitStatus } from "./cli-check.js";
import { humanReport } from "./report.js";
import type { JsonReport } from "./report-schema.js";

/**
 * For a user's own test suite: checks documents and throws, with the human report as the message,
 * unless every snippet passes. In vitest: `it("docs", () => expectDocumentsToPass(["README.md"], { sessionFactory }))`.
 */
export function expectDocumentsToPass(paths: readonly string[], options: CheckOptions): JsonReport {
  const r = check(paths, options);
  if (exitStatus(r) !== 0) throw new Error(`tfscope: documents do not do what they say\n\n${humanReport(r)}`);
  return r;
}
