import { describe, expect, it } from "vitest";
import { parse } from "../../../src/python/parse/index.js";
import { PySyntaxError, PyUnsupportedError } from "../../../src/python/parse/syntax-error.js";

/** A module of at least `lines` lines mixing functions, classes, decorators, if/elif chains, docstrings
 * and long flat runs of statements; returns it with the top-level statement count and the first line
 * of each top-level statement, known by construction. */
function generate(lines: number): { src: string; starts: number[] } {
  const out: string[] = [];
  const starts: number[] = [];
  const top = (...block: string[]) => {
    starts.push(out.length + 1);
    out.push(...block);
  };
  for (let i = 0; out.length < lines; i++) {
    switch (i % 5) {
      case 0:
        top(`def f${i}(a, b=${i}, *args, **kw):`, `    """Doc ${i}."""`, `    x = a + b * ${i}`, "    if x > 3:", "        return [y for y in range(x) if y % 2]", "    return x");
        break;
      case 1:
        // A decorated definition starts at its `class` line (CPython 3.8+), not at the decorator.
        out.push(`# class ${i}`, "", "@decorate");
        top(`class C${i}(object):`, `    attr = ${i}`, "", "    def m(self, v):", "        self.v = v", "        return self.v");
        break;
      case 2:
        // A long flat run at module level.
        for (let j = 0; j < 350; j++) top(`v${i}_${j} = f(${j}, k=[${j}, 1.], s='${j}')`);
        break;
      case 3:
        top("if a:", "    pass", ...Array.from({ length: 40 }, (_, j) => [`elif a == ${j}:`, `    b = ${j}`]).flat(), "else:", "    b = None");
        break;
      default:
        // A long flat run inside a function body.
        top(`def g${i}():`, ...Array.from({ length: 400 }, (_, j) => `    w${j} = g(w${j - 1 < 0 ? 0 : j - 1}) + ${j}`), "    return w0");
    }
  }
  return { src: out.join("\n") + "\n", starts };
}

describe("parse: large modules", () => {
  const { src, starts } = generate(5000);

  it("parses a 5,000-line module, every statement where it is", () => {
    expect(src.split("\n").length).toBeGreaterThan(5000);
    const body = parse(src, { filename: "big.py" }).module.body;
    expect(body.map((s) => s.line)).toEqual(starts);
    const run = body.filter((s) => s.kind === "Assign");
    expect(run.length).toBeGreaterThan(1000);
    const longFn = body.find((s) => s.kind === "FunctionDef" && s.name.startsWith("g"));
    expect(longFn?.kind === "FunctionDef" && longFn.body.length).toBe(401);
  });

  it("reports an error deep in a large module at its own line", () => {
    const lines = src.split("\n");
    const at = 4321;
    lines.splice(at - 1, 0, "x = = 1");
    try {
      parse(lines.join("\n"), { filename: "big.py" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PySyntaxError);
      expect([(e as PySyntaxError).message, (e as PySyntaxError).line, (e as PySyntaxError).col]).toEqual(["invalid syntax", at, 4]);
    }
  });

  it("keeps a long operator chain inside one statement", () => {
    const chain = Array.from({ length: 100 }, (_, k) => `a${k}`).join(" + ");
    const body = parse(`x = ${chain}\n`, { filename: "t.py" }).module.body;
    expect(body).toHaveLength(1);
  });

  it("reads long displays and argument lists", () => {
    const list = `x = [${Array.from({ length: 3000 }, (_, k) => k).join(", ")}]\n`;
    const value = parse(list, { filename: "t.py" }).module.body[0];
    expect(value?.kind === "Assign" && value.value.kind === "List" && value.value.elts.length).toBe(3000);
    const call = `f(${Array.from({ length: 1000 }, (_, k) => `a${k}=${k}`).join(", ")})\n`;
    const stmt = parse(call, { filename: "t.py" }).module.body[0];
    expect(stmt?.kind === "Expr" && stmt.value.kind === "Call" && stmt.value.keywords.length).toBe(1000);
  });

  it("refuses, as unsupported, an operator chain too long for Lezer", () => {
    // Valid Python; @lezer/lr gives up on 300+ left-recursive reductions over 2,000+ characters.
    const chain = `u = ${Array.from({ length: 400 }, (_, k) => `a${k}`).join(" and ")}\n`;
    expect(() => parse(chain, { filename: "t.py" })).toThrow(PyUnsupportedError);
  });
});

describe("an unterminated last line past a chunk's length", () => {
  it("keeps the block's last statement in the block (the end marker starts no chunk)", () => {
    // 47 comment lines put the with at offset 1974 and the end at 2014, past the 2,000-character chunk size;
    // with no final newline the end marker sat on that line. CPython: the with body holds both prints.
    const src = [...Array.from({ length: 47 }, () => "#" + "x".repeat(40)), "with C() as s:", "    print(1)", "    print(2)"].join("\n");
    const body = parse(src, { filename: "t.py" }).module.body;
    expect(body.map((s) => s.kind)).toEqual(["With"]);
    expect((body[0] as { body: unknown[] }).body).toHaveLength(2);
  });
});
