import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/docs/check.js";
import { tfSessionFactory } from "../../src/shim/session.js";

/** A notebook of code cells: [source, execution count, recorded stdout]. */
function notebook(cells: [string, number | null, string][]): string {
  return JSON.stringify({
    cells: cells.map(([src, count, out]) => ({
      cell_type: "code",
      execution_count: count,
      metadata: {},
      outputs: out ? [{ name: "stdout", output_type: "stream", text: [out] }] : [],
      source: [src],
    })),
    metadata: { kernelspec: { display_name: "Python 3", language: "python", name: "python3" } },
    nbformat: 4,
    nbformat_minor: 2,
  });
}

const check = (text: string) => checkDocument("nb.ipynb", text, { sessionFactory: tfSessionFactory });

describe("notebook forensics", () => {
  it("with a count missing, holds what the recorded order reproduces and leaves the rest unchecked, naming the gap", () => {
    // In [3] printed x after In [1] bound it; In [2] is gone, and may have changed y, so y's output is not held against TF.
    const d = check(notebook([
      ["print(x)\nprint(y)", 3, "1\n5\n"],
      ["x = 1\ny = 2", 1, ""],
      ["print(x + 1)", 4, "2\n"],
    ]));
    expect(d.notes.map((n) => n.text)).toContain("recorded in the order 2, 1, 3 (cells by execution count); executions In [2] are not in the notebook (a cell run again, or deleted); the recorded order does not reproduce the outputs of cell 1");
    expect(d.snippets.map((s) => [s.cell, s.status, s.claims.map((c) => c.verdict)])).toEqual([
      [1, "ran-clean", ["not-checkable"]],
      [2, "ran-clean", []],
      [3, "pass", ["holds"]],
    ]);
  });

  it("names a cell that uses a name no cell creates", () => {
    const d = check(notebook([
      ["print(z)", 2, "7\n"],
      ["a = 1", 1, ""],
    ]));
    expect(d.notes.map((n) => n.text).join("\n")).toContain("cell 1 uses `z`, which no cell of the notebook creates");
  });
});
