// An output block ending in a bare `...` line shows only the first lines of a long print (TF's r1
// guide low_level_intro.md prints 100 losses and shows 10): it claims those lines, no more.
import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/docs/check.js";
import { fakeFactory } from "./fake-session.js";

const page = "```python\nfor i in range(4):\n  print(i)\n```\n\nproducing output like the following:\n\n```\n0\n1\n...\n```\n";

describe("an output block whose last line is `...`", () => {
  it("holds when the run's first lines are the ones shown", () => {
    const { factory } = fakeFactory(() => ({ stdout: "0\n1\n2\n3\n" }));
    const s = checkDocument("doc.md", page, { sessionFactory: factory }).snippets[0]!;
    expect(s.status).toBe("pass");
    expect(s.claims[0]!.why).toBe("the document elides the rest with `...`: its first 2 lines compared");
  });

  it("is contradicted when a shown line differs", () => {
    const { factory } = fakeFactory(() => ({ stdout: "0\n5\n2\n3\n" }));
    expect(checkDocument("doc.md", page, { sessionFactory: factory }).snippets[0]!.status).toBe("contradicted");
  });

  it("compares unseeded random values with their numbers masked, as a whole print is", () => {
    const { factory } = fakeFactory(() => ({ stdout: "7.5\n3.25\n1.0\n0.5\n", nondeterministic: true }));
    const s = checkDocument("doc.md", page.replace("0\n1\n...", "1.35659\n1.00412\n..."), { sessionFactory: factory }).snippets[0]!;
    expect(s.status).toBe("pass");
    expect(s.claims[0]!.why).toContain("random values");
  });

  it("is an ordinary claim when the run printed no more lines than it shows", () => {
    const { factory } = fakeFactory(() => ({ stdout: "0\n1\n" }));
    expect(checkDocument("doc.md", page, { sessionFactory: factory }).snippets[0]!.status).toBe("contradicted");
  });
});
