import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { check } from "../src/docs/check.js";
import { tfSessionFactory } from "../src/shim/session.js";

/**
 * `tfscope check ../shared/seeds/*` end to end, with the real interpreter and engine. The expected
 * verdicts follow from TF 1.15's source (see snippets/README.md for each reason): most of these
 * documents' examples raise where their prose says they share variables.
 */
const SEEDS = fileURLToPath(new URL("../../shared/seeds/", import.meta.url));
const DOCS = [
  "000_123d2cd9262e802b.txt",
  "001_59322c992e0a5e74.txt",
  "002_ff5bcbb91229b9d0.txt",
  "003_45ca9b96d4a9cf0e.txt",
  "004_6d3ccd7b33e35551.txt",
];

/** document prefix → start line → [status, exception type (if the snippet raised)] */
const EXPECTED: Record<string, [number, string, string?][]> = {
  "000": [[15, "error", "TypeError"], [39, "error", "TypeError"], [58, "error", "ValueError"]],
  "001": [[19, "error", "ValueError"], [51, "pass"], [73, "error", "ValueError"]],
  "002": [[19, "pass"], [23, "pass"], [30, "pass"], [47, "pass"], [62, "pass"], [73, "pass"], [81, "pass"],
    [89, "pass", "ValueError"], [96, "contradicted", "ValueError"]],
  "003": [[60, "pass"], [73, "pass"], [86, "pass"], [167, "error", "TypeError"], [187, "contradicted"],
    [261, "syntax-error", "SyntaxError"], [295, "pass"], [344, "pass"], [354, "pass"]],
  "004": [[20, "pass"], [42, "pass"], [67, "error", "ValueError"]],
};

describe("tfscope check on the seed documents", () => {
  it("finds the seeds beside the repository", () => {
    expect(existsSync(SEEDS), `expected the seed documents at ${SEEDS}`).toBe(true);
  });
  const report = existsSync(SEEDS) ? check(DOCS.map((d) => SEEDS + d), { sessionFactory: tfSessionFactory }) : null;
  for (const doc of DOCS) {
    const prefix = doc.slice(0, 3);
    it(`${doc}: every snippet gets TF 1.15's verdict`, () => {
      const d = report!.documents.find((x) => x.document.endsWith(doc))!;
      const got = d.snippets.map((s) => {
        const row: [number, string, string?] = [s.startLine, s.status];
        if (s.exception) row.push(s.exception.type);
        return row;
      });
      expect(got).toEqual(EXPECTED[prefix]);
    });
  }
  it("reports the wrong output block of the Stack Overflow page with a diff", () => {
    const d = report!.documents.find((x) => x.document.endsWith(DOCS[3]!))!;
    const s = d.snippets.find((x) => x.startLine === 187)!;
    const claim = s.claims.find((c) => c.verdict === "contradicted")!;
    expect(claim.line).toBe(213);
    expect(claim.actual).toContain(" scope_vars/a:0");
    expect(claim.actual).toContain("[5, 5]");
  });
});
