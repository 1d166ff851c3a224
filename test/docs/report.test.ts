import { describe, expect, it } from "vitest";
import { checkDocument, report } from "../../src/docs/check.js";
import { annotations } from "../../src/docs/report-annotations.js";
import { humanReport } from "../../src/docs/report.js";
import { fakeFactory } from "./fake-session.js";

const doc = ['<!-- tfscope: skip reason="needs a GPU" -->', "```python", "x = 1", "```", "", "Then:", "", "```python", "print(tf.constant(1).name)  # a,b:0%", "```", ""].join("\n");

describe("human report", () => {
  const { factory } = fakeFactory(() => ({ stdout: "c:0\n" }));
  const r = report("documents", [checkDocument("doc.md", doc, { sessionFactory: factory })]);

  it("shows skip reasons, and every claim and note when verbose", () => {
    const plain = humanReport(r);
    expect(plain).toContain("doc.md:3: skipped ");
    expect(plain).toContain("note: skipped: needs a GPU");
    expect(plain).not.toContain("note: page");
    const verbose = humanReport(r, { verbose: true });
    expect(verbose).toContain("note: page: run top to bottom");
    expect(verbose).toContain("note: supplied: import tensorflow as tf (the document assumes it)");
  });

  it("shows the explanation attached to a contradicted snippet", () => {
    const { factory: f2 } = fakeFactory(() => ({ stdout: "c:0\n" }));
    const explained = checkDocument("doc.md", doc, { sessionFactory: f2, explain: (s) => `why snippet ${s.index}` });
    expect(explained.snippets[1]!.explanation).toBe("why snippet 2");
    expect(humanReport(report("documents", [explained]))).toContain("    | why snippet 2");
  });
});

describe("annotations", () => {
  it("escape %, newlines, and in properties : and ,", () => {
    const { factory } = fakeFactory(() => ({ stdout: "c:0\n" }));
    const r = report("documents", [checkDocument("a,b:c.md", doc, { sessionFactory: factory })]);
    const line = annotations(r).trimEnd();
    expect(line.startsWith("::error file=a%2Cb%3Ac.md,line=9,title=tfscope%3A contradicted::")).toBe(true);
    expect(line).toContain("a,b:0%25");
    expect(line).toContain("%0A");
  });
});
