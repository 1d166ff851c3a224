// The real-document corpus's committed files agree with each other (the documents themselves are fetched
// at run time by fetch.mjs and never committed, so this checks only what we wrote): every source has a
// truth table whose units fit its format, and the comparison rules say what README.md says.
import { describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import { join } from "node:path";
// @ts-expect-error plain ESM modules shared with the scripts
import { readSources } from "./sources.mjs";
// @ts-expect-error plain ESM modules shared with the scripts
import { readTruth, agrees, blames, notebookCells } from "./truth.mjs";

const dir = new URL(".", import.meta.url).pathname;
type Source = { id: string; format: string; set: string };
type Unit = { key: string; kind: string; verdict: string; reason: string };
const sources: Source[] = readSources(dir);

describe("real-document corpus", () => {
  it("holds at least 16 documents, 6 of them notebooks, and holds back at least 4", () => {
    expect(sources.length).toBeGreaterThanOrEqual(16);
    expect(sources.filter((s) => s.format === "ipynb").length).toBeGreaterThanOrEqual(6);
    expect(sources.filter((s) => s.set === "held-back").length).toBeGreaterThanOrEqual(4);
  });

  it("has one truth table per source and none without a source", () => {
    const tables = readdirSync(join(dir, "truth")).map((f) => f.replace(/\.tsv$/, "")).sort();
    expect(tables).toEqual(sources.map((s) => s.id).sort());
  });

  for (const s of sources) {
    it(`${s.id}: units fit a ${s.format} document, and every non-pass verdict gives its reason`, () => {
      const units: Unit[] = readTruth(join(dir, "truth", `${s.id}.tsv`));
      expect(units.length).toBeGreaterThan(0);
      const kind = { ipynb: "cell", markdown: "lines", python: "file" }[s.format];
      for (const u of units) {
        expect(u.kind, u.key).toBe(kind);
        if (u.verdict !== "pass") expect(u.reason.length, u.key).toBeGreaterThan(10);
      }
    });
  }
});

describe("comparison rules", () => {
  it("an output block agrees only when tfscope runs nothing on it", () => {
    expect(agrees("not-code", "missing")).toBe(true);
    expect(agrees("not-code", "syntax-error")).toBe(false);
  });

  it("an out-of-order cell agrees with any status that does not blame the document", () => {
    expect(agrees("out-of-order", "pass")).toBe(true);
    expect(agrees("out-of-order", "unsupported")).toBe(true);
    expect(agrees("out-of-order", "contradicted")).toBe(false);
    expect(agrees("out-of-order", "missing")).toBe(false);
  });

  it("other verdicts agree only with the same status", () => {
    expect(agrees("error", "error")).toBe(true);
    expect(agrees("error", "contradicted")).toBe(false);
    expect(agrees("pass", "unsupported")).toBe(false);
    // tfscope's ran-clean is a true "pass" only for a unit that claims nothing.
    expect(agrees("pass", "ran-clean", "ran clean (defines relu_layer)")).toBe(true);
    expect(agrees("pass", "ran-clean", "recorded s/v:0 holds")).toBe(false);
    // A page unit that runs clean as an independent example (reading B) claims nothing either.
    expect(agrees("pass", "ran-clean", "(B) ran clean; (A) ValueError: Variable v already exists")).toBe(true);
    expect(blames("syntax-error")).toBe(true);
    expect(blames("unsupported")).toBe(false);
  });

  it("finds each notebook cell's JSON lines from its cell_type key", () => {
    const nb = JSON.stringify(
      { cells: [{ cell_type: "markdown", source: ["# t"] }, { cell_type: "code", source: ["x = 1\n", "print(x)"] }] },
      null,
      1,
    );
    const cells = notebookCells(nb);
    expect(cells.map((c: { type: string }) => c.type)).toEqual(["markdown", "code"]);
    const lines = nb.split("\n");
    // the code cell's span holds its source lines and nothing of the markdown cell
    const span = lines.slice(cells[1].first - 1, cells[1].last).join("\n");
    expect(span).toContain('"print(x)"');
    expect(span).not.toContain('"# t"');
  });
});
