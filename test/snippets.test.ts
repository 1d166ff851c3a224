import { describe, expect, it } from "vitest";
import { checkCorpus, BUNDLED_CORPUS, readCorpus } from "../src/docs/golden.js";
import { tfSessionFactory } from "../src/shim/session.js";

/**
 * Every bundled seed snippet runs through the real interpreter, shim and engine, and must print what
 * its golden says TF 1.15 prints (goldens are derived from TF's source; see snippets/README.md).
 */
const report = checkCorpus(BUNDLED_CORPUS, { sessionFactory: tfSessionFactory });
const corpus = readCorpus(BUNDLED_CORPUS);

describe("bundled snippets match their goldens", () => {
  it("covers every snippet of every manifest", () => {
    const expected = corpus.reduce((n, d) => n + d.manifest.snippets.length, 0);
    const got = report.documents.reduce((n, d) => n + d.snippets.length, 0);
    expect(got).toBe(expected);
    expect(expected).toBeGreaterThanOrEqual(27);
  });
  for (const doc of report.documents) {
    for (const s of doc.snippets) {
      it(`${doc.document}:${s.startLine}`, () => {
        const detail = s.claims.filter((c) => c.verdict !== "holds").map((c) => `${c.expected}\n---\n${c.actual}`).join("\n");
        expect({ status: s.status, detail }).toEqual({ status: "pass", detail: "" });
      });
    }
  }
});
