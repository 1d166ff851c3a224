import { describe, expect, it } from "vitest";
import { extract } from "../../src/docs/extract.js";
import { seed } from "./seeds.js";

const ranges = (prefix: string) => {
  const s = seed(prefix);
  return extract(s.name, s.text).snippets.map((x) => [x.startLine, x.endLine]);
};

// Each range was read off the seed files by hand: the first and last code line of each example,
// fence lines and blank edge lines excluded.
describe("extraction from the five seed documents", () => {
  it("000: three fenced python blocks after YAML front matter", () => {
    const s = seed("000");
    const e = extract(s.name, s.text);
    expect(e.format).toBe("markdown");
    expect(ranges("000")).toEqual([[15, 30], [39, 49], [58, 85]]);
  });

  it("001: three fenced python blocks", () => {
    expect(ranges("001")).toEqual([[19, 43], [51, 65], [73, 92]]);
  });

  it("002: a TF API page as plain text, code unfenced between prose lines", () => {
    const s = seed("002");
    const e = extract(s.name, s.text);
    expect(e.format).toBe("text");
    expect(ranges("002")).toEqual([
      [19, 19],
      [23, 26],
      [30, 41],
      [47, 58],
      [62, 69],
      [73, 77],
      [81, 85],
      [89, 92],
      [96, 98],
    ]);
  });

  it("002: a blank line inside an example does not split it", () => {
    const s = seed("002");
    const third = extract(s.name, s.text).snippets[2]!;
    expect(third.code.split("\n")[2]).toBe("");
    expect(third.code.split("\n")[3]).toBe("# Re-enter the variable scope.");
  });

  it("003: untagged fences; the listing after 'you will get the following' is output, not code", () => {
    const s = seed("003");
    const e = extract(s.name, s.text);
    expect(e.format).toBe("markdown");
    expect(ranges("003")).toEqual([
      [60, 67],
      [73, 80],
      [86, 94],
      [167, 171],
      [187, 207],
      [261, 285],
      [295, 311],
      [344, 346],
      [354, 359],
    ]);
    const py2 = e.snippets[4]!;
    expect(py2.output).toMatchObject({ startLine: 213, endLine: 223 });
    expect(py2.output!.text.split("\n")[1]).toBe("scope_vars/a:0");
  });

  it("003: the example a page break split (261–263 + 268–285) runs as one, keeping document lines", () => {
    const s = seed("003");
    const split = extract(s.name, s.text).snippets[5]!;
    expect(split.blocks).toEqual([[261, 263], [268, 285]]);
    const lines = split.code.split("\n");
    expect(lines[0]).toBe("def mysum(a,b,name=None):");
    expect(lines.slice(3, 7)).toEqual(["", "", "", ""]);
    expect(lines[268 - 261]).toBe('v2 = tf.Variable([0], name="v2")');
    expect(lines[285 - 261]).toBe("    assert op2.name == 'mysum2/Add:0', op2.name");
  });

  it("004: three fenced python blocks", () => {
    expect(ranges("004")).toEqual([[20, 34], [42, 59], [67, 93]]);
  });

  it("every snippet's code line N is document line startLine+N-1", () => {
    for (const p of ["000", "001", "002", "003", "004"]) {
      const s = seed(p);
      const docLines = s.text.split("\n");
      for (const sn of extract(s.name, s.text).snippets) {
        sn.code.split("\n").forEach((l, i) => {
          if (l !== "") expect(docLines[sn.startLine - 1 + i]).toContain(l);
        });
      }
    }
  });
});
