import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/docs/check.js";
import { extract } from "../../src/docs/extract.js";
import { tfSessionFactory } from "../../src/shim/session.js";
import { ROOT } from "./seeds.js";

const page = (name: string) => checkDocument(name, readFileSync(join(ROOT, "test", "docs", "pages", name), "utf8"), { sessionFactory: tfSessionFactory });
const claims = (d: ReturnType<typeof page>, i: number) => d.snippets[i]!.claims.map((c) => [c.line, c.kind, c.verdict]);

describe("output blocks as readers read them (the TF 1.15 shim)", () => {
  const d = page("output-blocks.md");

  it("an untagged Tensor repr after a snippet is its output, not code", () => {
    // math_ops.matmul names its op MatMul; Tensor.__repr__ is Tensor("MatMul:0", shape=(2, 2), dtype=float32).
    expect(d.snippets.map((s) => s.startLine)).toEqual([4, 17, 35]);
    expect(claims(d, 0)).toEqual([[11, "output", "holds"]]);
  });

  it("an output block tagged python is output, never a SyntaxError", () => {
    expect(claims(d, 1)).toEqual([[23, "output", "holds"]]);
  });

  it("output never reaches past a heading", () => {
    expect(d.notes.map((n) => n.text)).toEqual(["lines 29–29: reads as program output but follows no snippet; not run"]);
  });

  it("a non-English lead-in announces output", () => {
    expect(claims(d, 2)).toEqual([[41, "output", "holds"]]);
    const zh = extract("zh.md", "```python\nprint(1)\n```\n\n输出：\n\n```\n1\n```\n");
    expect(zh.snippets[0]!.output).toMatchObject({ startLine: 8, text: "1\n" });
  });
});

describe("<pre> output blocks (the TF 1.15 shim)", () => {
  const d = page("pre-output.md");

  it("a <pre> block after a snippet and a short paragraph is its output; a dict in another key order is contradicted", () => {
    // CPython 3.7+ prints the fetched dict in insertion order {'ab': (3.0, 4.0), 'total': 7.0}; under Python 3
    // the order is deterministic, so the block's other order counts (issue #16: dict order still counts).
    expect(claims(d, 0)).toEqual([[15, "output", "contradicted"]]);
    expect(d.snippets[0]!.claims[0]!.actual).toContain("{'ab': (3.0, 4.0), 'total': 7.0}");
    // math_ops add via the + operator: op `add`.
    expect(claims(d, 1)).toEqual([[28, "output", "holds"]]);
  });

  it("its HTML entities are decoded, its text may share the tags' line, and it never reaches past a heading", () => {
    expect(claims(d, 2)).toEqual([[37, "output", "holds"]]);
    expect(d.snippets[2]!.claims[0]!.expected).toBe("<b>&\n");
    expect(d.snippets.length).toBe(3);
    expect(d.notes.map((n) => n.text)).toEqual(["lines 42–42: a \"pre\" block that is not Python code; not run"]);
  });
});

describe("claim phrasings (the TF 1.15 shim)", () => {
  const d = page("claim-phrasings.md");

  it("`# => operation named ...` on an assignment and an own-line `# => ...` under a print are checked", () => {
    // ops.py name_scope: re-entering "inner" under "outer" in one graph gives outer/inner_1/.
    expect(d.snippets[0]!.claims.map((c) => [c.line, c.kind, c.expected, c.actual, c.verdict])).toEqual([
      [9, "name-comment", "outer/inner_1/c", "outer/inner_1/c", "holds"],
      [11, "print-comment", "outer/inner_1/c:0", "outer/inner_1/c:0", "holds"],
    ]);
  });

  it("`# Disallowed` holds when the line raises; `# Error!` on a line that runs is contradicted", () => {
    // variable_scope.py: a second get_variable("v") in a non-reusing scope raises ValueError.
    expect(claims(d, 1)).toEqual([[17, "raises", "holds"]]);
    expect(d.snippets[2]).toMatchObject({ status: "contradicted", claims: [{ line: 21, kind: "raises", actual: "no exception", verdict: "contradicted" }] });
  });

  it("`# This will raise a TypeError` names the type", () => {
    // op_def_library: int32 + float32 → TypeError "Input 'y' of 'AddV2' Op has type float32 that does not match ..."
    expect(d.snippets[3]!.claims[0]).toMatchObject({ kind: "raises", expected: "TypeError", verdict: "holds" });
  });

  it("a backticked exception in the lead-in, and a pasted traceback, claim what the snippet raises", () => {
    expect(d.snippets[4]!.claims[0]).toMatchObject({ kind: "raises", expected: "ValueError", verdict: "holds" });
    // variable_scope.py _get_single_variable, reuse=True and no such variable.
    expect(d.snippets[5]!.claims).toMatchObject([{ line: 43, kind: "raises", verdict: "holds" }]);
    expect(d.snippets[5]!.status).toBe("pass");
  });

  it("a lead-in naming an exception the snippet catches claims nothing: the loop runs clean", () => {
    // dataset_ops.py RangeDataset(2): 0 and 1, then IteratorGetNext's "End of sequence", caught by the loop.
    expect(d.snippets[7]).toMatchObject({ status: "ran-clean", claims: [] });
  });

  it("print lines map to their claims although print('\\n') writes two blank lines", () => {
    expect(claims(d, 6)).toEqual([
      [50, "print-comment", "holds"],
      [53, "print-comment", "holds"],
    ]);
  });
});

describe("diagnostics point where CPython does (the TF 1.15 shim)", () => {
  it("an unclaimed exception's caret sits under the failing expression; a syntax error's under its offset", () => {
    const text = '```python\nimport tensorflow as tf\nx = 1\ny = x + tf.get_variable("v", [1]) + undefined_name\n```\n\n```python\nz = (1,\n```\n';
    const d = checkDocument("caret.md", text, { sessionFactory: tfSessionFactory });
    // python3.11 prints the NameError's carets under `undefined_name` (column 36, 14 wide).
    expect(d.snippets[0]!.diagnostics[0]!.location).toMatchObject({ line: 4, column: 36, length: 14 });
    // python3.11: "'(' was never closed" at offset 5 (1-based), the open bracket.
    expect(d.snippets[1]!.diagnostics[0]!.location).toMatchObject({ line: 8, column: 4, length: 1 });
  });
});

describe("shapes guide pages take (the TF 1.15 shim)", () => {
  const d = page("guide-shapes.md");

  it("code the page elides with `...` is skipped, not blamed", () => {
    // tf.random_normal(...) really raises TypeError (Ellipsis is no shape): the page left that code out.
    expect(d.snippets[0]!.status).toBe("skipped");
    expect(d.snippets[0]!.notes.join("\n")).toContain("skipped: the snippet elides code with `...`");
  });

  it("a list that ends in `...` elides its items; numpy's `x[0, ...]` elides nothing", () => {
    // TF 1.15 raises TypeError for the Ellipsis in the list (r1 guide datasets.md): the page left the file names out.
    const text = '```python\nimport tensorflow as tf\nfilenames = tf.constant(["/var/data/image1.jpg", "/var/data/image2.jpg", ...])\n```\n\n```python\nimport numpy as np\nx = np.zeros((2, 2))[0, ...]\nundefined_name\n```\n';
    const e = checkDocument("elided.md", text, { sessionFactory: tfSessionFactory });
    expect(e.snippets.map((x) => x.status)).toEqual(["skipped", "error"]);
  });

  it("a claimed list of values matches numpy's print of the same numbers; a comment above a statement claims its exception", () => {
    // numpy prints float32 [1, 4, 9] as [1. 4. 9.]; session.py raises InvalidArgumentError for an unfed placeholder.
    expect(d.snippets[1]!.claims.map((c) => [c.line, c.kind, c.actual!.split("\n")[0], c.verdict])).toEqual([
      [17, "print-comment", "[1. 4. 9.]", "holds"],
      [19, "raises", "tensorflow.python.framework.errors_impl.InvalidArgumentError: You must feed a value for placeholder tensor 'Placeholder' with dtype float and shape [3]", "holds"],
    ]);
    expect(d.snippets[1]!.status).toBe("pass");
  });
});
