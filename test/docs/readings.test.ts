import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/docs/check.js";
import { extract } from "../../src/docs/extract.js";
import { Readings } from "../../src/docs/readings.js";
import { tfSessionFactory } from "../../src/shim/session.js";
import { ROOT } from "./seeds.js";

const page = (name: string) => {
  const path = join(ROOT, "test", "docs", "pages", name);
  return checkDocument(name, readFileSync(path, "utf8"), { sessionFactory: tfSessionFactory });
};
const statuses = (name: string) => page(name).snippets.map((s) => [s.status, s.reading.name]);

describe("readings: a page as a reader runs it (the TF 1.15 shim)", () => {
  it("a page that builds tf.Variable twice in one process gets w_1:0 the second time", () => {
    // ops.py Graph.unique_name: a name already used in the graph gets _1 appended.
    const d = page("twice.md");
    expect(d.snippets.map((s) => [s.status, s.reading.name])).toEqual([
      ["pass", "page"],
      ["pass", "page"],
    ]);
    expect(d.snippets[1]!.claims[0]).toMatchObject({ expected: "w_1:0", verdict: "holds" });
    expect(d.snippets[1]!.otherReading).toBeUndefined(); // passed top to bottom: the other reading is never run
  });

  it("alternative examples each pass on a fresh graph; the report says what running top to bottom raises", () => {
    // variable_scope.py _get_single_variable: the second get_variable of model/conv1/weights with reuse
    // off raises "Variable model/conv1/weights already exists, disallowed. ..."
    const d = page("alternatives.md");
    expect(d.snippets.map((s) => [s.status, s.reading.name])).toEqual([
      ["pass", "page"],
      ["pass", "examples"],
    ]);
    const second = d.snippets[1]!;
    expect(second.otherReading).toMatchObject({ name: "page", status: "error" });
    expect(second.otherReading!.summary).toContain("ValueError: Variable model/conv1/weights already exists, disallowed.");
    expect(second.notes.join("\n")).toContain("run top to bottom, this gives error: ValueError: Variable model/conv1/weights already exists");
    // It needs `tf` only: the import is the one definition replayed.
    expect(second.reading.dependsOn).toEqual([1]);
  });

  it("a third-party module the reader has imports as a stand-in: its first use is unsupported, the rest of the page runs", () => {
    const d = page("missing-module.md");
    expect(d.snippets.map((s) => s.status)).toEqual(["ran-clean", "unsupported", "pass", "pass"]);
    expect(d.snippets[0]!.notes.join("\n")).toContain("module `matplotlib` (imported as a stand-in: tfscope does not model it, and any use of it is unsupported)");
    expect(d.snippets[1]!.unsupported).toMatchObject({ feature: "module 'matplotlib' (matplotlib.pyplot.plot)", line: 10 });
    expect(d.snippets[3]).toMatchObject({ status: "pass", reading: { name: "page", dependsOn: [1] } });
  });

  it("a module neither Python nor tfscope knows (the tutorial's own file) is unsupported, and what needs it is skipped", () => {
    const d = page("local-module.md");
    expect(d.snippets.map((s) => s.status)).toEqual(["unsupported", "skipped", "pass"]);
    expect(d.snippets[0]!.unsupported).toMatchObject({ feature: "module 'plot_utils'", line: 5 });
    expect(d.snippets[1]!.notes.join("\n")).toContain("skipped: needs `plot_curve` from snippet 1, where tfscope cannot run it (unsupported: module 'plot_utils')");
    // Snippet 1's `x = tf.constant(...)` after the failed import ran in the page session all the same.
    expect(d.snippets[2]).toMatchObject({ status: "pass", reading: { name: "page", dependsOn: [1] } });
  });

  it("reading a file is tfscope's gap: unsupported, and what uses its result is skipped", () => {
    const d = page("file-access.md");
    expect(d.snippets.map((s) => s.status)).toEqual(["unsupported", "skipped", "pass"]);
    expect(d.snippets[0]!.unsupported).toMatchObject({ feature: "file access (open('data.csv'))", line: 2 });
    expect(d.snippets[1]!.notes.join("\n")).toContain("skipped: needs `rows` from snippet 1");
  });

  it("a parameter that shadows a global, and `a = f(a)`, are read as Python scopes them", () => {
    const d = page("shadowing.md");
    expect(d.snippets.map((s) => s.status)).toEqual(["ran-clean", "pass"]);
    // The def reads `tf` (a global) but not `x` (its parameter): the page reading names only the import.
    expect(d.snippets[1]!.reading.reason).toBe("page: run top to bottom; uses only the imports of earlier snippets");
  });

  it("running one snippet again as an independent example does not wipe the page's graph for the snippets after it", () => {
    // ops.py Graph.unique_name: "a" is taken by snippet 1, so snippet 3's constant is a_1.
    const d = page("page-state.md");
    expect(d.snippets.map((s) => s.status)).toEqual(["ran-clean", "error", "pass"]);
    expect(d.snippets[2]!.claims[0]).toMatchObject({ expected: "a_1:0", actual: "a_1:0", verdict: "holds" });
  });

  it("tf.reset_default_graph() and a new Graph reset names, as the document says", () => {
    expect(statuses("reset.md")).toEqual([
      ["pass", "page"],
      ["pass", "page"],
      ["pass", "page"],
    ]);
  });
});

describe("the examples reading's slice: exactly the definitions a snippet needs", () => {
  const slice = (...blocks: string[]) => {
    const e = extract("doc.md", blocks.map((b) => "```python\n" + b + "```\n").join("\nProse.\n\n"));
    const r = new Readings("doc.md", e.snippets, () => {
      throw new Error("no sessions needed");
    }, "1.15");
    return r.definitions(e.snippets[e.snippets.length - 1]!);
  };

  it("follows uses back through earlier statements, leaving out what is not needed", () => {
    const d = slice("import tensorflow as tf\nimport os\nn = 3\nunused = 1\nshape = [n, n]\n", "w = tf.get_variable('w', shape)\n");
    expect(d.pieces.map((p) => p.code.trim())).toEqual(["import tensorflow as tf", "n = 3", "shape = [n, n]"]);
    expect(d.prelude).toEqual([]);
  });

  it("takes the latest definition, and what `a = f(a)` reads from before it", () => {
    const d = slice("a = 1\na = 2\n", "a = a + 1\n", "print(a)\n");
    expect(d.pieces.map((p) => [p.firstLine, p.code.trim()])).toEqual([
      [3, "a = 2"],
      [9, "a = a + 1"],
    ]);
  });

  it("supplies `import tensorflow as tf` only when nothing earlier imports it", () => {
    expect(slice("x = 1\n", "print(tf.constant(x).name)\n").prelude).toEqual(["tf"]);
    // The page imports tf only after the definition that uses it: supplied, since the import comes too late.
    expect(slice("c = tf.constant(1)\n", "import tensorflow as tf\n", "print(c.name, tf.__name__)\n").prelude).toEqual(["tf"]);
  });
});
