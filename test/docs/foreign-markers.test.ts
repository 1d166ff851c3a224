import { describe, expect, it } from "vitest";
import { exceptionMatches, outputMatches } from "../../src/docs/doctest.js";
import { extract } from "../../src/docs/extract.js";
import { foreignMarker } from "../../src/docs/foreign-markers.js";

describe("other tools' skip comments", () => {
  it("reads Sybil's spellings (Markdown, MyST, reST) and pytest-codeblocks'", () => {
    expect(foreignMarker("<!-- skip: next -->")).toEqual({ scope: "next", markers: { skip: true, reason: "Sybil: skip: next" } });
    expect(foreignMarker('<!-- skip: next "needs a GPU" -->')).toEqual({ scope: "next", markers: { skip: true, reason: "Sybil: needs a GPU" } });
    expect(foreignMarker("% skip: start")?.scope).toBe("start");
    expect(foreignMarker(".. skip: end")).toEqual({ scope: "end", markers: {} });
    expect(foreignMarker("<!--pytest-codeblocks:skipfile-->")?.scope).toBe("file");
    expect(foreignMarker("<!--pytest-codeblocks:expect-exception-->")).toEqual({ scope: "next", markers: { xfail: true, reason: "pytest-codeblocks:expect-exception" } });
    expect(foreignMarker("<!--pytest-codeblocks:cont-->")).toEqual({ scope: "next", markers: { continue: true } });
    expect(foreignMarker("<!-- a comment -->")).toBeNull();
  });

  it("a skipfile skips every later block; a Sybil end closes only its start", () => {
    const md = ["<!--pytest-codeblocks:skipfile-->", "", "```python", "x = 1", "```", "", "<!-- skip: end -->", "", "```python", "y = 2", "```", ""].join("\n");
    expect(extract("a.md", md).snippets.map((s) => !!s.markers.skip)).toEqual([true, true]);
    const sybil = ["<!-- skip: start -->", "", "```python", "x = 1", "```", "", "<!-- skip: end -->", "", "```python", "y = 2", "```", ""].join("\n");
    expect(extract("a.md", sybil).snippets.map((s) => !!s.markers.skip)).toEqual([true, false]);
  });

  it("reads them in a plain-text page too", () => {
    const txt = ["Some prose here.", "", ".. skip: next", "", "import tensorflow as tf", "x = tf.constant(1)", "", "More prose follows.", ""].join("\n");
    expect(extract("a.txt", txt).snippets.map((s) => s.markers.reason)).toEqual(["Sybil: skip: next"]);
  });
});

describe("doctest directives", () => {
  it("NORMALIZE_WHITESPACE compares runs of whitespace as one space (doctest.OutputChecker)", () => {
    expect(outputMatches("[0,  1,\n 2]\n", "[0, 1, 2]\n")).toBe(false);
    expect(outputMatches("[0,  1,\n 2]\n", "[0, 1, 2]\n", { normalizeWhitespace: true })).toBe(true);
  });

  it("IGNORE_EXCEPTION_DETAIL compares the bare class name only (doctest._strip_exception_details)", () => {
    const got = "tensorflow.python.framework.errors_impl.NotFoundError: no such file\n";
    expect(exceptionMatches("NotFoundError: something else\n", got)).toBe(false);
    expect(exceptionMatches("NotFoundError: something else\n", got, { ignoreExceptionDetail: true })).toBe(true);
    expect(exceptionMatches("ValueError: x\n", got, { ignoreExceptionDetail: true })).toBe(false);
  });

  it("+SKIP drops the example: doctest neither runs nor compares it", () => {
    const md = ["```pycon", ">>> 1 + 1  # doctest: +SKIP", "3", ">>> 2 + 2", "4", "```", ""].join("\n");
    expect(extract("a.md", md).snippets[0]!.examples!.map((e) => e.source)).toEqual(["2 + 2\n"]);
  });
});
