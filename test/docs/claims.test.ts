import { describe, expect, it } from "vitest";
import { findClaims, fragmentOf } from "../../src/docs/claims.js";
import { extract } from "../../src/docs/extract.js";
import { seed } from "./seeds.js";

const claimsOf = (code: string) => {
  const e = extract("doc.md", "```python\n" + code + "```\n");
  return findClaims(e.snippets[0]!);
};

describe("finding claims", () => {
  it("asserts, at their document lines", () => {
    const { claims } = claimsOf("v = 1\nassert v == 1\ndef f():\n    assert v\n");
    expect(claims.map((c) => [c.line, c.kind, c.expected, c.inFunction])).toEqual([
      [3, "assert", "assert v == 1", false],
      [5, "assert", "assert v", true],
    ]);
  });

  it("print comments, with their print's position, lead-ins and prose told apart", () => {
    const { claims, prints } = claimsOf("print(a.name) # my_scope/var2:0\nprint(b)  #Should print True\nprint(c) #prints the same weights\n");
    expect(claims.map((c) => [c.line, c.kind, c.expected, c.printIndex, !!c.prose])).toEqual([
      [2, "print-comment", "my_scope/var2:0", 0, false],
      [3, "print-comment", "True", 1, false],
      [4, "print-comment", "the same weights", 2, true],
    ]);
    expect(prints.every((p) => p.mappable)).toBe(true);
  });

  it("marks prints in loops, functions, or with end=/file= as unmappable", () => {
    const { prints } = claimsOf("for i in x:\n    print(i)\nprint(1, end='')\nwith a:\n    print(2)\n");
    expect(prints.map((p) => p.mappable)).toEqual([false, false, true]);
  });

  it("name comments on assignment lines (seed 003 style)", () => {
    const { claims } = claimsOf("v1 = tf.get_variable('v1', [1]) #v1.name = 'vs/v1:0'\nv2 = x #v2.name= 'ns/vs/v2:0'\n");
    expect(claims.map((c) => [c.line, c.kind, c.expression, c.expected])).toEqual([
      [2, "name-comment", "v1.name", "vs/v1:0"],
      [3, "name-comment", "v2.name", "ns/vs/v2:0"],
    ]);
  });

  it("bare-expression comments", () => {
    const { claims } = claimsOf("x.name  # foo/x:0\n");
    expect(claims).toMatchObject([{ line: 2, kind: "expression-comment", expression: "x.name", expected: "foo/x:0" }]);
  });

  it("raises comments: type, fragment without quotes and ellipses, and the statement they are about", () => {
    const s = seed("002");
    const e = extract(s.name, s.text);
    const c8 = findClaims(e.snippets[7]!).claims;
    expect(c8).toMatchObject([{ line: 92, kind: "raises", exceptionType: "ValueError", fragment: "v already exists", statementLine: 91 }]);
    const c9 = findClaims(e.snippets[8]!).claims;
    expect(c9).toMatchObject([{ line: 98, kind: "raises", fragment: "v does not exists", statementLine: 97 }]);
  });

  it("a trailing raises comment is about its own line", () => {
    const { claims } = claimsOf("x = f()  # raises KeyError\n");
    expect(claims).toMatchObject([{ kind: "raises", exceptionType: "KeyError", fragment: "", statementLine: 2 }]);
  });

  it("a failure comment may give its reason after since/because; other prose after 'error' is no claim", () => {
    const { claims } = claimsOf("t.eval()  # This will fail, since the placeholder did not get a value.\n");
    expect(claims).toMatchObject([{ kind: "raises", exceptionType: "", statementLine: 2 }]);
    expect(claimsOf("x = 1  # error handling comes later\ny = 2  # fails silently in TF 2\n").claims).toEqual([]);
  });

  it("ordinary comments and markers are not claims", () => {
    expect(claimsOf("# Input placeholders\nx = 1  # tfscope: reset\ny = 2  # Verify they match\n").claims).toEqual([]);
  });

  it("an attached output block is a claim at its first line", () => {
    const s = seed("003");
    const claims = findClaims(extract(s.name, s.text).snippets[4]!).claims;
    expect(claims).toMatchObject([{ line: 213, kind: "output" }]);
  });

  it("fragmentOf strips quotes and ... elisions", () => {
    expect(fragmentOf('"... v already exists ..."')).toBe("v already exists");
    expect(fragmentOf("'exact'")).toBe("exact");
    expect(fragmentOf('"Variable ...already exists"')).toBe("Variable … already exists");
  });
});

describe("the statement a raises comment is about", () => {
  it("is the first line of a statement spread over several lines", () => {
    const { claims } = claimsOf("v = tf.get_variable(\n    'v', [1])\n# Raises ValueError\nw = f(1,\n      2)  # Raises KeyError\n");
    expect(claims.map((c) => [c.line, c.statementLine])).toEqual([
      [4, 2],
      [6, 5],
    ]);
  });
});
