import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/docs/check.js";
import { timedSessionFactory } from "../../src/shim/session.js";

describe("tfscope's own limits", () => {
  it("a snippet stopped by the time limit is unsupported, not the document's error; what needs it is skipped", () => {
    // CPython may finish a loop tfscope runs too slowly: hitting our limit blames no one.
    const doc = ["```python", "n = 0", "while True:", "    n += 1", "```", "", "```python", "print(n)  # 3", "```", ""].join("\n");
    const d = checkDocument("loop.md", doc, { sessionFactory: timedSessionFactory(0.2) });
    expect(d.snippets.map((s) => s.status)).toEqual(["unsupported", "skipped"]);
    expect(d.snippets[0]!.unsupported?.feature).toBe("time limit exceeded (--timeout raises it)");
  });
});
