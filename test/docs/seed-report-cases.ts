import { describe, expect, it } from "vitest";
import { check } from "../../src/docs/check.js";
import type { SessionFactory } from "../../src/docs/outcome.js";
import { seed } from "./seeds.js";

/**
 * The report `tfscope check` must give for the five seeds — every status and the key verdicts —
 * read off the seeds and the goldens (TF 1.15's behaviour traced from its source). Shared by the
 * test with the goldens as the session and the test with the real TF shim.
 */
export function describeSeedReport(title: string, factory: () => SessionFactory): void {
  describe(title, () => {
    const paths = ["000", "001", "002", "003", "004"].map((p) => seed(p).path);
    const r = check(paths, { sessionFactory: factory() });
    const statuses = r.documents.map((d) => d.snippets.map((s) => s.status));

    it("gives every snippet its status", () => {
      expect(statuses).toEqual([
        ["error", "error", "error"], // 000: variable_scope(None) raises; the shared layer is not shared
        // "ran-clean": ran as TF would, but the snippet claims nothing checkable (these were "pass" before schema 2).
        ["error", "ran-clean", "error"], // 001: get_variable in the root scope finds the existing variable
        ["ran-clean", "pass", "pass", "pass", "pass", "pass", "pass", "pass", "contradicted"], // 002: 'does not exists'
        ["pass", "pass", "pass", "error", "contradicted", "syntax-error", "pass", "pass", "pass"], // 003
        ["pass", "ran-clean", "error"], // 004: reuse=True does not outlive its with block
      ]);
      expect(r.summary).toMatchObject({ snippets: 27, pass: 14, "ran-clean": 3, error: 7, contradicted: 2, "syntax-error": 1 });
    });

    it("judges seed 003's print comments and its output listing", () => {
      const d = r.documents[3]!;
      expect(d.snippets[0]!.claims.map((c) => [c.line, c.verdict, c.actual])).toEqual([
        [65, "holds", "var1:0"],
        [66, "holds", "my_scope/var2:0"],
        [67, "holds", "my_scope/Add:0"],
      ]);
      const listing = d.snippets[4]!.claims[0]!;
      expect(listing).toMatchObject({ line: 213, kind: "output", verdict: "contradicted" });
      expect(listing.diff).toContain("+ scope_vars/a:0");
      expect(d.snippets[4]!.python2).toBe(true);
    });

    it("does not judge what never ran", () => {
      const d = r.documents[3]!;
      expect(d.snippets[3]!.claims.map((c) => [c.line, c.verdict])).toEqual([
        [169, "not-checkable"],
        [170, "not-checkable"],
        [171, "not-checkable"],
      ]);
      expect(d.snippets[5]!.claims.every((c) => c.verdict === "not-checkable")).toBe(true);
      expect(r.documents[4]!.snippets[2]!.claims).toMatchObject([{ line: 90, kind: "print-comment", verdict: "not-checkable" }]);
    });

    it("judges seed 002's claimed exceptions by type and message fragment", () => {
      const d = r.documents[2]!;
      expect(d.snippets[7]!.claims[0]).toMatchObject({ line: 92, verdict: "holds" });
      expect(d.snippets[8]!.claims[0]).toMatchObject({ line: 98, verdict: "contradicted" });
    });

    it("points unclaimed exceptions at the line that raised", () => {
      const first = r.documents[0]!.snippets[0]!;
      expect(first.diagnostics[0]!.location).toMatchObject({ line: 18, lineText: "  with tf.variable_scope(None) as scope1:" });
      expect(first.diagnostics[0]!.text).toBe("TypeError: If default_name is None then name_or_scope is required (not claimed by the document)");
    });

    it("reports the supplied import and the split example", () => {
      const d = r.documents[3]!;
      expect(d.snippets[0]!.prelude).toEqual(["import tensorflow as tf"]);
      expect(d.snippets[5]!.notes.join("\n")).toContain("one example split by a page break: blocks 261–263 + 268–285");
    });
  });
}
