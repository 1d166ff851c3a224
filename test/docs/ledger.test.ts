import { describe, expect, it } from "vitest";
import { checkDocument, report } from "../../src/docs/check.js";
import { coverageLine, ledgerOf, ledgerReport } from "../../src/docs/ledger.js";
import { tfSessionFactory } from "../../src/shim/session.js";

// One claim of each fate. TF 1.15: tf.Variable(..., name="w") is `w:0`, its op `w` (variables.py).
const DOC = [
  "# Ledger",
  "",
  "```python",
  "import tensorflow as tf",
  'v = tf.Variable(1.0, name="w")',
  "print(v.name)  # w:0",
  "print(v.op.name)  # x",
  "```",
  "",
  "```python",
  "import matplotlib.pyplot as plt",
  "fig = plt.figure()",
  "print(v.name)  # w:0",
  "```",
  "",
  "```python",
  "fig.gca().plot([1, 2])",
  "print(fig)  # Figure(640x480)",
  "```",
  "",
  "```python",
  "x = 1",
  "```",
  "",
].join("\n");

describe("the claim ledger", () => {
  const doc = checkDocument("ledger.md", DOC, { sessionFactory: tfSessionFactory });

  it("gives every claim a fate: verified, contradicted (with TF's value), unverifiable, unchecked", () => {
    expect(ledgerOf(doc).map((e) => [e.line, e.state, e.actual])).toEqual([
      [6, "verified", "w:0"],
      [7, "contradicted", "w"],
      [13, "unverifiable", null], // its snippet uses matplotlib (a stand-in) first: tfscope does not model it
      [18, "unchecked", null], // needs `fig`, which the unsupported snippet never bound: skipped, never run
    ]);
  });

  it("counts coverage per document and in the summary line", () => {
    const r = report("documents", [doc]);
    expect(r.summary.coverage).toEqual({ claims: 4, verified: 1, contradicted: 1, unverifiable: 1, unchecked: 1, pinsNothing: 1 });
    expect(coverageLine(r.summary.coverage!)).toBe("coverage: 1 of 4 claims verified (25%), 1 snippet pins nothing down");
    expect(ledgerReport(r)).toContain("  7          contradicted print-comment: x → TF 1.15: w");
  });
});
