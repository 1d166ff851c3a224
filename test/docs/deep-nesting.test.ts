// Documents nested deeper than JS's stack allows a recursive walk: the reading must not depend on how
// much of V8's code is compiled yet (a cold Lezer tree build overflowed on 20,000 nested brackets, a
// warm one did not), so the depth is bounded before any recursion, and the snippet keeps the verdict
// CPython gives it.
import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/docs/check.js";
import { snippetNames } from "../../src/docs/python-scopes.js";
import { withinBracketLimit } from "../../src/docs/python-tree.js";
import { tfSessionFactory } from "../../src/shim/session.js";

/** The deepest bracket nesting of `text`. */
function maxDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (const ch of text) {
    if ("([{".includes(ch)) max = Math.max(max, ++depth);
    else if (")]}".includes(ch)) depth--;
  }
  return max;
}

describe("deep nesting in documents", () => {
  it("brackets past CPython's 200 levels are spelled as spaces, offsets and everything else unchanged", () => {
    const shallow = "x = " + "(".repeat(200) + "1" + ")".repeat(200) + "\n";
    expect(withinBracketLimit(shallow)).toBe(shallow);
    const deep = "x = " + "[".repeat(20000) + "]".repeat(20000) + "\nprint(1)\n";
    const kept = withinBracketLimit(deep);
    expect(kept.length).toBe(deep.length);
    expect(maxDepth(kept)).toBe(200);
    expect(kept.replace(/ /g, "")).toBe("x=" + "[".repeat(200) + "]".repeat(200) + "\nprint(1)\n");
    // A stray closing bracket does not let later brackets past the limit.
    const stray = ")" + "(".repeat(300) + ")".repeat(300);
    expect(maxDepth(withinBracketLimit(stray).slice(1))).toBe(200);
  });

  it("a statement nested past the walk's limit is read flat: its targets bound, the rest read", () => {
    // A sum of 500 terms is a left-nested tree 500 deep (Lezer splits much longer ones); CPython compiles it.
    const r = snippetNames("x = y" + " + y".repeat(500) + "\nz = x\n");
    expect(r.statements.map((s) => [s.line, [...s.binds], [...s.reads]])).toEqual([
      [1, ["x"], ["y"]],
      [2, ["z"], ["x"]],
    ]);
    expect([...r.needs]).toEqual(["y"]);
  });

  it("20,000 nested lists are one snippet with CPython's SyntaxError, not a lost document", () => {
    // CPython 3.11: tokenizer.c refuses the 201st open bracket.
    const text = "x = " + "[".repeat(20000) + "]".repeat(20000) + "\nprint(1)\n";
    const d = checkDocument("deep.py", text, { sessionFactory: tfSessionFactory, profile: "1.15" });
    expect(d.notes).toEqual([]);
    expect(d.snippets).toHaveLength(1);
    expect(d.snippets[0]!.status).toBe("syntax-error");
    expect(d.snippets[0]!.syntaxError).toMatchObject({ message: "too many nested parentheses", line: 1 });
  });
});
