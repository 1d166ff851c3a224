import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../../src/docs/check.js";
import { BUNDLED_CORPUS, readCorpus } from "../../src/docs/golden.js";
import type { Outcome, RunOptions } from "../../src/docs/outcome.js";
import { fakeFactory } from "./fake-session.js";
import { seed } from "./seeds.js";

/**
 * Where each raising seed snippet raises (document lines, outermost frame first), read off the
 * seeds and the goldens' reasons: the .expected files hold the exception but not its line.
 */
const RAISE_FRAMES: Record<string, number[]> = {
  "000:15": [30, 18],
  "000:39": [49, 43],
  "000:58": [76, 69, 62],
  "001:19": [42],
  "001:73": [92],
  "002:89": [91],
  "002:96": [97],
  "003:167": [171],
  "004:67": [88],
};

/** A session that answers each seed snippet with its golden (the project's record of what TF 1.15 does). */
function goldenSession() {
  const goldens = new Map<string, Partial<Outcome>>();
  for (const d of readCorpus(BUNDLED_CORPUS)) {
    const prefix = d.manifest.document.slice(0, 3);
    for (const e of d.manifest.snippets) {
      const text = readFileSync(join(d.dir, `${e.id}.expected`), "utf8");
      const m = /^\[raises\] (\w+): (.*)\n$/m.exec(text);
      const stdout = m ? text.slice(0, m.index) : text;
      const key = `${prefix}:${e.startLine}`;
      const frames = RAISE_FRAMES[key] ?? [];
      const outcome: Partial<Outcome> = { stdout, python2: e.python2, nondeterministic: e.nondeterministic };
      if (m?.[1] === "SyntaxError") outcome.syntaxError = { message: m[2]!, line: 271, col: 0 };
      else if (m) {
        const traceback = frames.map((l) => `  File "${d.manifest.document}", line ${l}, in <module>`).join("\n");
        outcome.exception = { type: m[1]!, message: m[2]!, line: frames[frames.length - 1], traceback };
      }
      goldens.set(key, outcome);
    }
  }
  return (code: string, o: RunOptions): Partial<Outcome> => {
    if (o.filename === "<tfscope setup>") return {};
    const doc = o.filename.split("/").pop()!.slice(0, 3);
    const g = goldens.get(`${doc}:${o.firstLine}`);
    if (!g) throw new Error(`no golden for ${doc}:${o.firstLine}`);
    // The goldens name the document by file name; tracebacks name it by the path given.
    return g.exception ? { ...g, exception: { ...g.exception, traceback: g.exception.traceback.replaceAll(/File "[^"]*"/g, `File "${o.filename}"`) } } : g;
  };
}

describe("checking the five seed documents against what TF 1.15 does (goldens as the session)", () => {
  const paths = ["000", "001", "002", "003", "004"].map((p) => seed(p).path);
  const { factory } = fakeFactory(goldenSession());
  const r = check(paths, { sessionFactory: factory });
  const statuses = r.documents.map((d) => d.snippets.map((s) => s.status));

  it("gives every snippet its status", () => {
    expect(statuses).toEqual([
      ["error", "error", "error"], // 000: variable_scope(None) raises; the shared layer is not shared
      ["error", "pass", "error"], // 001: get_variable in the root scope finds the existing variable
      ["pass", "pass", "pass", "pass", "pass", "pass", "pass", "pass", "contradicted"], // 002: 'does not exists'
      ["pass", "pass", "pass", "error", "contradicted", "syntax-error", "pass", "pass", "pass"], // 003
      ["pass", "pass", "error"], // 004: reuse=True does not outlive its with block
    ]);
    expect(r.summary).toMatchObject({ snippets: 27, pass: 17, error: 7, contradicted: 2, "syntax-error": 1 });
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
