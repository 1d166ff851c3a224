import { describe, expect, it } from "vitest";
import { tidy } from "../../src/docs/compare.js";
import { checkDocument } from "../../src/docs/check.js";
import { compareModuloNoise, maskNoise } from "../../src/docs/noise.js";
import { tfSessionFactory } from "../../src/shim/session.js";

const same = (e: string, a: string) => tidy(e) === tidy(a);

describe("maskNoise", () => {
  it("masks CPython object addresses (id() is the address)", () => {
    const m = maskNoise("<__main__.A object at 0x7fe44f941a50> <function f at 0x7fe44fd604a0>");
    expect(m.text).toBe("<__main__.A object at 0x…> <function f at 0x…>");
    expect([...m.kinds]).toEqual(["object addresses"]);
  });

  it("sorts sets of strings, whose order depends on the per-process str hash salt", () => {
    expect(maskNoise("{'b', 'c', 'a'} frozenset({'y', 'x'})").text).toBe("{'a', 'b', 'c'} frozenset({'x', 'y'})");
  });

  it("leaves dicts, sets of ints and single-element sets alone", () => {
    // dict order is insertion order and set-of-int order is the hash table's: both deterministic.
    for (const t of ["{'b': 1, 'a': 2}", "{3, 1, 2}", "{'b'}", "{'b', 1}"]) {
      const m = maskNoise(t);
      expect(m.text).toBe(t);
      expect(m.kinds.size).toBe(0);
    }
  });

  it("masks IPython %time and %timeit lines", () => {
    const t = "CPU times: user 1.2 ms, sys: 3 µs, total: 1.21 ms\nWall time: 1.5 ms\n" +
      "12.3 µs ± 456 ns per loop (mean ± std. dev. of 7 runs, 100,000 loops each)\n1000 loops, best of 3: 1.2 ms per loop";
    expect(maskNoise(t).text).toBe("<timing>\n<timing>\n<timing>\n<timing>");
  });
});

describe("compareModuloNoise", () => {
  it("holds when only addresses and set order differ, and says so", () => {
    const r = compareModuloNoise("<Foo object at 0x10a2b3c40>\n{'x', 'y'}", "<Foo object at 0x7f0000000010>\n{'y', 'x'}", same);
    expect(r).toEqual({ same: true, masked: ["object addresses", "set order"] });
  });

  it("still contradicts deterministic differences next to noise", () => {
    expect(compareModuloNoise("<Foo object at 0x1234abcd> 3", "<Foo object at 0x9999abcd> 4", same).same).toBe(false);
    expect(compareModuloNoise("{'x', 'z'}", "{'y', 'x'}", same).same).toBe(false);
    expect(compareModuloNoise("[1, 2]", "[2, 1]", same).same).toBe(false);
  });

  it("needs no masking when the texts agree", () => {
    expect(compareModuloNoise("a\n", "a", same)).toEqual({ same: true, masked: [] });
  });
});

describe("a document's output claim, judged modulo noise", () => {
  const doc = (claimed: string) =>
    ["# Noise", "", "```python", "class A(object):", "    pass", "print(A())", "print({'b', 'a'})", "```", "", "Output:", "", "```", claimed, "```", ""].join("\n");
  const verdict = (claimed: string) => checkDocument("noise.md", doc(claimed), { sessionFactory: tfSessionFactory }).snippets[0]!;

  it("holds when the document shows another address and another set order", () => {
    // tfscope prints {'a', 'b'}, CPython's order under PYTHONHASHSEED=0; other runs may print this one.
    const s = verdict("<__main__.A object at 0x7f3b2c1d5e50>\n{'b', 'a'}");
    expect(s.status).toBe("pass");
    expect(s.claims[0]!.why).toBe("compared modulo object addresses and set order, which vary from run to run");
  });

  it("is contradicted when the class name is wrong", () => {
    expect(verdict("<__main__.B object at 0x7f3b2c1d5e50>\n{'a', 'b'}").status).toBe("contradicted");
  });
});
