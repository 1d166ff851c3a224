import { describe, expect, it } from "vitest";
import { parse } from "../../../src/python/parse/index.js";
import { PySyntaxError } from "../../../src/python/parse/syntax-error.js";
import { dumpModule } from "./dump.js";

const py2 = (src: string) => dumpModule(parse(src, { filename: "t.py", python2: true }).module);

// Expected shapes follow Python 2.7's print_stmt grammar: `print [>> dest ,] [values] [,]`, where a
// trailing comma suppresses the newline, and parentheses belong to the printed expression.
describe("parse: Python 2 print statements", () => {
  it.each([
    ["print x", 'Print2(dest=null, nl=1, values=[Name(ctx=Load, id="x")])'],
    ["print", "Print2(dest=null, nl=1, values=[])"],
    ["print a, b,", 'Print2(dest=null, nl=0, values=[Name(ctx=Load, id="a"), Name(ctx=Load, id="b")])'],
    [
      'print >>sys.stderr, "x"',
      'Print2(dest=Attribute(attr="stderr", ctx=Load, value=Name(ctx=Load, id="sys")), nl=1, values=[Constant("x")])',
    ],
    ["print >>f", 'Print2(dest=Name(ctx=Load, id="f"), nl=1, values=[])'],
    ['print("a", "b")', 'Print2(dest=null, nl=1, values=[Tuple(ctx=Load, elts=[Constant("a"), Constant("b")])])'],
    ['print("a")', 'Print2(dest=null, nl=1, values=[Constant("a")])'],
    ["print (a), b", 'Print2(dest=null, nl=1, values=[Name(ctx=Load, id="a"), Name(ctx=Load, id="b")])'],
    ["print -x", 'Print2(dest=null, nl=1, values=[UnaryOp(op=USub, operand=Name(ctx=Load, id="x"))])'],
    [
      "if x: print y",
      'If(body=[Print2(dest=null, nl=1, values=[Name(ctx=Load, id="y")])], orelse=[], test=Name(ctx=Load, id="x"))',
    ],
    [
      "a = 1; print a; print",
      'Assign(targets=[Name(ctx=Store, id="a")], value=Constant(int:1)) Print2(dest=null, nl=1, values=[Name(ctx=Load, id="a")]) Print2(dest=null, nl=1, values=[])',
    ],
    ["print_x = 1", 'Assign(targets=[Name(ctx=Store, id="print_x")], value=Constant(int:1))'],
    [
      "x.print(1)",
      'Expr(value=Call(args=[Constant(int:1)], func=Attribute(attr="print", ctx=Load, value=Name(ctx=Load, id="x")), keywords=[]))',
    ],
    [
      "try:\n    pass\nexcept (A, B), e:\n    pass",
      'Try(body=[Pass()], finalbody=[], handlers=[ExceptHandler(body=[Pass()], name="e", type=Tuple(ctx=Load, elts=[Name(ctx=Load, id="A"), Name(ctx=Load, id="B")]))], orelse=[])',
    ],
  ])("%j", (src, want) => {
    expect(py2(src)).toBe(want);
  });

  it("keeps source positions through the rewrite", () => {
    const [stmt, after] = parse("print >>f, x,; y = 1\n", { filename: "t.py", python2: true }).module.body;
    expect(stmt).toMatchObject({ kind: "Print2", line: 1, col: 0, endLine: 1, endCol: 13 });
    if (stmt?.kind !== "Print2") throw new Error("not Print2");
    expect(stmt.dest).toMatchObject({ line: 1, col: 8, endCol: 9 });
    expect(stmt.values[0]).toMatchObject({ line: 1, col: 11, endCol: 12 });
    expect(after).toMatchObject({ kind: "Assign", line: 1, col: 15, endCol: 20 });
  });

  it("treats print as a function after `from __future__ import print_function`", () => {
    const src = "from __future__ import print_function\nprint x\n";
    expect(() => parse(src, { filename: "t.py", python2: true })).toThrow(PySyntaxError);
    expect(py2("from __future__ import print_function\nprint(1, 2)")).toContain("Expr(value=Call(");
  });
});

describe("parse: Python 2 detection", () => {
  const mode = (src: string) => parse(src, { filename: "t.py", python2: "auto" }).python2;

  it("uses Python 2 only when the source parses no other way", () => {
    expect(mode("print x\n")).toBe(true);
    expect(mode("def f(a):\n    print a, 'x'\n    return a\n")).toBe(true);
    expect(mode("print(x)\n")).toBe(false);
    // Valid Python 3 (a tuple of a shift and a name), so no print statement is assumed.
    expect(mode("print >>f, x\n")).toBe(false);
  });

  it("reports the Python 3 error when Python 2 does not help", () => {
    try {
      parse("print x\nf() = 1\n", { filename: "t.py", python2: "auto" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PySyntaxError);
      expect((e as PySyntaxError).message).toBe("Missing parentheses in call to 'print'. Did you mean print(...)?");
      expect((e as PySyntaxError).line).toBe(1);
    }
  });

  it("stays in Python 3 by default", () => {
    expect(() => parse("print x\n", { filename: "t.py" })).toThrow("Missing parentheses in call to 'print'");
    expect(parse("print(1)\n", { filename: "t.py" }).python2).toBe(false);
  });
});
