import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectDocumentsToPass } from "../../src/docs/vitest.js";
import { fakeFactory } from "./fake-session.js";

describe("expectDocumentsToPass", () => {
  const dir = mkdtempSync(join(tmpdir(), "tfscope-helper-"));
  const doc = join(dir, "guide.md");
  writeFileSync(doc, "```python\nx = 1\nassert x == 1\n```\n");

  it("returns the report when every snippet passes", () => {
    const { factory } = fakeFactory();
    expect(expectDocumentsToPass([doc], { sessionFactory: factory }).summary.pass).toBe(1);
  });

  it("throws with the human report when a claim is contradicted", () => {
    const { factory } = fakeFactory(() => ({ exception: { type: "AssertionError", message: "", line: 3, traceback: "" } }));
    expect(() => expectDocumentsToPass([doc], { sessionFactory: factory })).toThrow(`${doc}:3: assert contradicted`);
  });
});
