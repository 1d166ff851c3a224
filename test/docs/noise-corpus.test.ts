/**
 * Issue #16's noise corpus (test/docs/fixtures/noise/, documents we wrote): outputs that vary from run
 * to run in CPython 3.11 + TF 1.15 (object addresses, set order of strings, unseeded random draws,
 * %%time / %time lines and time.time() differences, dates, process ids, a notebook recorded out of
 * order) never make a claim contradicted, doctest directives and Sybil / pytest-codeblocks skip
 * comments are honoured, and every wrong claim planted among them is still caught.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkCommand } from "../../src/docs/cli-check.js";
import type { JsonReport } from "../../src/docs/report-schema.js";
import { tfSessionFactory } from "../../src/shim/session.js";

const CORPUS = join(import.meta.dirname, "fixtures", "noise");

/** The planted wrong claims: `file[:cell N]:line`, each with what CPython 3.11 / TF 1.15 gives instead. */
const PLANTED = [
  "addresses-sets.md:10", // get_variable("w") under variable_scope("net") is net/w, not net/weights
  "addresses-sets.md:11", // a dict prints in insertion order: {'b': 1, 'a': 2}
  "addresses-sets.md:12", // "%.2f" % 2.675 is 2.67 (2.675 is 2.67499999... in binary)
  "addresses-sets.md:32", // a set holding 'beta' never prints 'bias', whatever its order
  "clocks.md:5", // 2019-03-14 + 1 day is 2019-03-15
  "directives.md:20", // without NORMALIZE_WHITESPACE, doctest compares [0, 1, 2] exactly
  "directives.md:22", // without IGNORE_EXCEPTION_DETAIL the message counts: "Variable v already exists, disallowed..."
  "out-of-order.ipynb:cell 2:1", // replayed in the recorded order, get_variable under reuse gives layer/w:0
  "random.md:40", // rand(2, 2) prints a 2x2 array, not four numbers in a row
  "seeded.md:10", // np.random.seed(0); rand(2) is [0.5488135 0.71518937] (numpy's MT19937)
  "seeded.md:18", // random.seed(1); randint(1, 6) is 2 in CPython 3.11
  "skips.md:46", // a second constant named "a" is a_1:0 (ops.Graph.unique_name)
  "timing.ipynb:cell 4:1", // the variable's shape is (3,)
];

async function checkCorpus(): Promise<JsonReport> {
  let out = "";
  await checkCommand(["--json", CORPUS], { stdout: { write: (s: string) => (out += s) }, stderr: { write: () => {} }, sessionFactory: tfSessionFactory, env: {} });
  return JSON.parse(out) as JsonReport;
}

describe("the noise corpus", () => {
  it("contradicts exactly the planted claims, holds every other claim of a snippet it ran, and blames no snippet otherwise", async () => {
    const r = await checkCorpus();
    const at = (doc: string, cell: number | undefined, line: number) => `${doc.split("/").pop()}${cell === undefined ? "" : `:cell ${cell}`}:${line}`;
    const contradicted: string[] = [];
    const other: string[] = [];
    const statuses = new Set<string>();
    for (const d of r.documents) {
      for (const s of d.snippets) {
        statuses.add(s.status);
        for (const c of s.claims) {
          if (c.verdict === "contradicted") contradicted.push(at(d.document, s.cell, c.line));
          else if (c.verdict !== "holds" && s.status !== "skipped") other.push(`${at(d.document, s.cell, c.line)} ${c.verdict}: ${c.why}`);
        }
      }
    }
    expect(contradicted.sort()).toEqual([...PLANTED].sort());
    expect(other).toEqual([]);
    expect([...statuses].sort()).toEqual(["contradicted", "pass", "skipped"]);
  });

  it("skips what Sybil and pytest-codeblocks comments skip, and says whose comment it was", async () => {
    const r = await checkCorpus();
    const skips = r.documents.find((d) => d.document.endsWith("skips.md"))!;
    const why = skips.snippets.filter((s) => s.status === "skipped").map((s) => s.notes.find((n) => n.startsWith("skipped"))?.replace(/^skipped: /, ""));
    expect(why).toEqual([
      "Sybil: skip: next",
      "Sybil: skip: start",
      "Sybil: skip: start",
      "pytest-codeblocks:skip",
      "pytest.mark.skip",
      `pytest.mark.skipif(sys.version_info < (3, 8), reason="needs 3.8") (the condition is not evaluated)`,
    ]);
  });

  it("says in which order an out-of-order notebook was recorded", async () => {
    const r = await checkCorpus();
    const nb = r.documents.find((d) => d.document.endsWith("out-of-order.ipynb"))!;
    expect(nb.notes.map((n) => n.text)).toContain("recorded in the order 3, 1, 2 (cells by execution count); the recorded order does not reproduce the outputs of cell 2");
  });
});
