import { describe, expect, it } from "vitest";
import { classifyBlock, isSentence, lineLooksLikeCode } from "../../src/docs/code-lines.js";

describe("the code-line classifier", () => {
  it.each([
    [["with tf.variable_scope('foo'):", "    v = tf.get_variable('v', [1])"], "code"],
    [["tf.compat.v1.disable_eager_execution()"], "code"],
    [["import tensorflow as tf"], "code"],
    [["print 'py2'"], "code"],
    [["# just a comment"], "comment"],
    [[">>> x = 1"], "console"],
    // CPython: "cannot assign to expression" (Lezer reads it as a chained assignment): a shell line.
    [["tensorflow_model_server --port=port-numbers --model_name=your-model-name"], "prose"],
    [["a, *b = f()", "x.y[0] = (c) = 1"], "code"],
  ])("%j is %s", (lines, cls) => {
    expect(classifyBlock(lines)).toBe(cls);
  });

  it.each([
    ["tf.compat.v1.variable_scope"], // a page title: a dotted name parses, but does nothing
    ["tensorflow"],
    ["Simple example of how to create a new variable:"],
    ["If name_or_scope is not None, it is used as is."],
    ["584 1 7 10"],
    ["scope_vars/a:0"], // output: an annotation of `scope_vars/a`, which CPython rejects
    ["For instance:"],
  ])("%j is prose (or output), not code", (line) => {
    expect(classifyBlock([line])).toBe("prose");
  });

  it("an API page's Args/Returns/Raises sections are prose", () => {
    const page = [
      "Args:",
      "  name_or_scope: string or VariableScope: the scope to open.",
      "  default_name: The default name to use if the name_or_scope argument is None.",
      "Returns:",
      "  A scope that can be captured and reused.",
      "Raises:",
      "  ValueError: when trying to reuse within a create scope.",
    ];
    expect(classifyBlock(page)).toBe("prose");
    for (const line of ["Args:", "Returns:", "Note: foo(bar)", "True", "tf.Variable"]) expect(classifyBlock([line])).toBe("prose");
  });

  it.each([["[0.5488135]"], ["30"], ["(2, 3)"], ["[array([0.31735063], dtype=float32), array([-1.], dtype=float32)]"], ["{'a': 1}"], ["True"], ["-1.5"]])(
    "printed value %j is output, not code",
    (line) => {
      expect(classifyBlock([line])).toBe("prose");
    },
  );

  it("calls and expressions over names are still code", () => {
    expect(classifyBlock(["f(1)"])).toBe("code");
    expect(classifyBlock(["[x for x in y]"])).toBe("code");
    expect(classifyBlock(["array(x)"])).toBe("code");
  });

  it("a program-output listing is not code even where single lines parse (`b:0`)", () => {
    expect(classifyBlock(["scope_name", "scope_name/a:0", "b:0", "scope_name/c:0"])).toBe("prose");
  });

  it("a broken snippet whose lines mostly look like code is still code (its error gets reported)", () => {
    expect(classifyBlock(["x = f(1)", "y = g(x))", "z = x + y", "print(z)"])).toBe("code");
  });

  it("recognises sentences without parsing, but not Python statements", () => {
    expect(isSentence("This context manager validates that the values")).toBe(true);
    expect(isSentence("x = a if b else c")).toBe(false);
    expect(isSentence("from foo import bar as baz")).toBe(false);
    expect(isSentence('print("the same weights are here")')).toBe(false);
    expect(lineLooksLikeCode("else:")).toBe(true);
    expect(lineLooksLikeCode("with tf.variable_scope('x'):")).toBe(true);
  });
});
