import { describe, expect, it } from "vitest";
import { diagnostic, formatDiagnostic } from "../../src/docs/diagnostic.js";
import { markerBody, mergeMarkers, parseMarkers } from "../../src/docs/markers.js";
import { prepareText, SourceText } from "../../src/docs/source-text.js";

describe("markers", () => {
  it("finds the body in HTML and code comments only", () => {
    expect(markerBody('<!-- tfscope: skip reason="x y" -->')).toBe(' skip reason="x y" ');
    expect(markerBody("# tfscope: reset")).toBe(" reset");
    expect(markerBody("x = 1  # tfscope: reset")).toBeNull();
    expect(markerBody("<!-- a comment -->")).toBeNull();
  });

  it("parses flags, profiles and quoted reasons; unknown items are kept to fail loudly", () => {
    expect(parseMarkers(' skip reason="needs a GPU" python2 profile=0.12 ellipsis')).toEqual({ skip: true, reason: "needs a GPU", python2: true, profile: "0.12", ellipsis: true });
    expect(parseMarkers("profile=3 frob")).toEqual({ unknown: ["profile=3", "frob"] });
    expect(parseMarkers('skip="flaky"')).toEqual({ skip: true, reason: "flaky" });
  });

  it("merges with later markers winning and unknown items accumulating", () => {
    expect(mergeMarkers({ reset: true, unknown: ["a"] }, { continue: true, unknown: ["b"] })).toEqual({ reset: true, continue: true, unknown: ["a", "b"] });
  });
});

describe("diagnostics", () => {
  it("default to the line's text span and format as file:line:col with a caret", () => {
    const d = diagnostic("boom", "doc.md", 7, "    x = f(1)  ");
    expect(d.location).toEqual({ file: "doc.md", line: 7, column: 4, length: 8, lineText: "    x = f(1)  " });
    expect(formatDiagnostic(d)).toBe("doc.md:7:4: boom\n        x = f(1)  \n        ^~~~~~~~"); // the caret spans the 8 characters of `x = f(1)`
  });
});

describe("document text", () => {
  it("maps offsets to lines and back", () => {
    const t = new SourceText("ab\ncd\n\nef");
    expect([t.lineOf(0), t.lineOf(2), t.lineOf(3), t.lineOf(6), t.lineOf(7)]).toEqual([1, 1, 2, 3, 4]);
    expect(t.lineStart(4)).toBe(7);
    expect(t.line(2)).toBe("cd");
  });

  it("normalises CRLF and blanks front matter without moving lines", () => {
    expect(prepareText("---\r\ntitle: x\r\n---\r\nbody")).toBe("\n\n\nbody");
    expect(prepareText("---\nnot: front\nmatter because no close")).toBe("---\nnot: front\nmatter because no close");
    expect(prepareText("---\nA sentence, not YAML.\n---\n")).toBe("---\nA sentence, not YAML.\n---\n");
  });
});

describe("byte order marks", () => {
  it("are dropped", () => {
    expect(prepareText("\uFEFFx = 1\n")).toBe("x = 1\n");
  });
});
