import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/docs/extract.js";
import { maskNumbers } from "../../src/docs/compare.js";
import { BUNDLED_CORPUS, checkCorpus, goldenText, readCorpus, updateCorpus, UsageError } from "../../src/docs/golden.js";
import { fakeFactory, snippetRuns } from "./fake-session.js";
import { seed } from "./seeds.js";

/** A one-document corpus in a temporary directory. */
function tempCorpus(entries: { id: string; py: string; expected: string; session?: string; nondeterministic?: boolean; blocks?: [number, number][]; startLine?: number }[]) {
  const dir = mkdtempSync(join(tmpdir(), "tfscope-corpus-"));
  mkdirSync(join(dir, "doc"));
  const snippets = entries.map((e, i) => ({
    id: e.id,
    startLine: e.startLine ?? 10 * (i + 1),
    endLine: (e.startLine ?? 10 * (i + 1)) + e.py.split("\n").length - 2,
    ...(e.blocks ? { blocks: e.blocks } : {}),
    session: e.session ?? "fresh",
    profile: "1.15",
    python2: false,
    prelude: ["import tensorflow as tf"],
    nondeterministic: !!e.nondeterministic,
    reason: null,
  }));
  writeFileSync(join(dir, "doc", "manifest.json"), JSON.stringify({ document: "doc.md", snippets }));
  for (const e of entries) {
    writeFileSync(join(dir, "doc", `${e.id}.py`), e.py);
    writeFileSync(join(dir, "doc", `${e.id}.expected`), e.expected);
  }
  return dir;
}

describe("golden text", () => {
  it("is stdout, then [raises] Type: first message line", () => {
    expect(goldenText({ stdout: "a\n", stderr: "", exception: { type: "ValueError", message: "x\n\n  File ...", traceback: "" } })).toBe("a\n[raises] ValueError: x\n");
    expect(goldenText({ stdout: "a", stderr: "", syntaxError: { message: "'return' outside function", line: 3, col: 0 } })).toBe("a\n[raises] SyntaxError: 'return' outside function\n");
    expect(goldenText({ stdout: "", stderr: "warn" })).toBe("");
  });

  it("masks numbers and collapses spaces for nondeterministic goldens", () => {
    expect(maskNumbers("[array([-0.5488135], dtype=float32),  1.5e-3]")).toBe(maskNumbers("[array([0.1], dtype=float32), 7]"));
  });
});

describe("the bundled corpus", () => {
  it("lists the same snippets, line ranges and blocks that extraction finds in the seeds", () => {
    const docs = readCorpus(BUNDLED_CORPUS);
    expect(docs.map((d) => d.manifest.document.slice(0, 3))).toEqual(["000", "001", "002", "003", "004"]);
    for (const d of docs) {
      const s = seed(d.manifest.document.slice(0, 3));
      const found = extract(s.name, s.text).snippets;
      expect(d.manifest.snippets.map((e) => [e.startLine, e.endLine, e.blocks ?? [[e.startLine, e.endLine]]])).toEqual(found.map((f) => [f.startLine, f.endLine, f.blocks]));
    }
  });

  it("holds each snippet's code verbatim (split snippets re-aligned to document lines)", () => {
    for (const d of readCorpus(BUNDLED_CORPUS)) {
      const s = seed(d.manifest.document.slice(0, 3));
      const found = extract(s.name, s.text).snippets;
      expect(d.snippets.map((x) => x.code)).toEqual(found.map((f) => f.code));
    }
  });
});

describe("checking a corpus", () => {
  it("passes when stdout and the raised exception match .expected", () => {
    const dir = tempCorpus([
      { id: "01", py: "print(1)\n", expected: "1\n" },
      { id: "02", py: "f()\n", expected: "[raises] ValueError: bad thing\n" },
    ]);
    const { factory, calls } = fakeFactory((code) =>
      code === "print(1)\n" ? { stdout: "1\n" } : code === "f()\n" ? { exception: { type: "ValueError", message: "bad thing\nmore", traceback: "" } } : {},
    );
    const r = checkCorpus(dir, { sessionFactory: factory });
    expect(r.mode).toBe("corpus");
    expect(r.documents[0]!.snippets.map((s) => s.status)).toEqual(["pass", "pass"]);
    expect(snippetRuns(calls).map((c) => c.options.firstLine)).toEqual([10, 20]);
  });

  it("is contradicted, with a diff, when output differs; nondeterministic goldens compare numbers masked", () => {
    const dir = tempCorpus([
      { id: "01", py: "print(x)\n", expected: "[0.5488135]\n" },
      { id: "02", py: "print(y)\n", expected: "[0.5488135]\n", nondeterministic: true },
    ]);
    const { factory } = fakeFactory(() => ({ stdout: "[-1.2]\n" }));
    const r = checkCorpus(dir, { sessionFactory: factory });
    expect(r.documents[0]!.snippets.map((s) => s.status)).toEqual(["contradicted", "pass"]);
    expect(r.documents[0]!.snippets[0]!.claims[0]!.diff).toContain("-[0.5488135]\n+[-1.2]");
  });

  it("runs continue entries without a reset and re-runs earlier imports for fresh ones", () => {
    const dir = tempCorpus([
      { id: "01", py: "import numpy as np\nv = 1\n", expected: "" },
      { id: "02", py: "print(v)\n", expected: "", session: "continue" },
      { id: "03", py: "w = 2\n", expected: "" },
    ]);
    const { factory, calls } = fakeFactory();
    checkCorpus(dir, { sessionFactory: factory });
    expect(calls.map((c) => (c.kind === "run" ? c.code : c.kind))).toEqual([
      "reset",
      "import tensorflow as tf",
      "import numpy as np\nv = 1\n",
      "import tensorflow as tf", // the manifest's prelude, harmless when repeated
      "print(v)\n",
      "reset",
      "import numpy as np\nimport tensorflow as tf",
      "w = 2\n",
    ]);
  });

  it("reports unsupported snippets as unsupported, not as a wrong golden", () => {
    const dir = tempCorpus([{ id: "01", py: "x()\n", expected: "1\n" }]);
    const { factory } = fakeFactory(() => ({ unsupported: { feature: "tf.while_loop" } }));
    expect(checkCorpus(dir, { sessionFactory: factory }).documents[0]!.snippets[0]!.status).toBe("unsupported");
  });

  it("--update rewrites .expected from current behaviour, and refuses when CI is set", () => {
    const dir = tempCorpus([{ id: "01", py: "print(2)\n", expected: "1\n" }]);
    const { factory } = fakeFactory(() => ({ stdout: "2\n" }));
    expect(() => updateCorpus(dir, { sessionFactory: factory }, { CI: "true" })).toThrow(UsageError);
    expect(readFileSync(join(dir, "doc", "01.expected"), "utf8")).toBe("1\n");
    updateCorpus(dir, { sessionFactory: factory }, {});
    expect(readFileSync(join(dir, "doc", "01.expected"), "utf8")).toBe("2\n");
  });
});
