import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/docs/check.js";
import { sameFloat32Values } from "../../src/docs/compare.js";
import { tfSessionFactory } from "../../src/shim/session.js";

const check = (code: string) => checkDocument("t.py", code, { sessionFactory: tfSessionFactory }).snippets[0]!;

// Shapes found in real Chinese tutorials (the real-document corpus); truths from TF 1.15 and CPython.
describe("claims as real pages write them", () => {
  it("a Chinese lead-in states the value, and the explanation after the full-width comma is not part of it", () => {
    const s = check('import tensorflow as tf\nwith tf.variable_scope("a"):\n    print(tf.get_variable_scope().reuse)  # 输出False，即最外层reuse是False\n');
    expect(s.claims.map((c) => [c.expected, c.verdict])).toEqual([["False", "holds"]]);
  });

  it("`# >> value` (Stanford CS20's notes) states the printed value; a `>>>` prompt is no lead-in", () => {
    const s = check("import tensorflow as tf\nx = tf.constant(3)\nwith tf.Session() as sess:\n    print(sess.run(x))  # >> 3\n    print(sess.run(x))  # >> 4\n");
    expect(s.claims.map((c) => [c.expected, c.verdict])).toEqual([["3", "holds"], ["4", "contradicted"]]);
  });

  it("an own-line `# print bias` right above a print introduces it; `# prints 3` after the last line states it", () => {
    // littleeleventhwolf's 01_linear_regression.py: `print(sess.run(w))`, then `# print bias`, then `print(sess.run(b))`.
    const s = check("x = 2\nprint(x)\n# print bias\nprint(x + 1)\n# prints 3\n");
    expect(s.claims.map((c) => [c.expected, c.verdict])).toEqual([["3", "holds"]]);
  });

  it("a comment opening with three words describes, whatever follows", () => {
    // dboyliao's tf_example_gradients notebook: `sess.run(tf_beta)  # very close to true beta [2, 1, 3]`.
    const s = check("x = [2, 1, 3]\nx  # very close to true beta [2, 1, 3]\nx  # [2, 1, 4]\n");
    expect(s.claims.map((c) => [c.expected, c.verdict])).toEqual([["[2, 1, 4]", "contradicted"]]);
  });

  it("a bare word beside a printed bool describes the line; True or False beside it is a claim", () => {
    // TF 2's migration guide: print(bool(tf.TensorShape([])))  # Scalar. TF 1.15's TensorShape([]) is truthy
    // (tensor_shape.py __bool__: self._dims is not None).
    const s = check("import tensorflow as tf\nprint(bool(tf.TensorShape([])))  # Scalar\nprint(bool(tf.TensorShape([1, 10, 100])))  # 3D tensor\nprint(bool(tf.TensorShape(None)))  # True\nprint(bool(tf.TensorShape(None)))  # 0\n");
    expect(s.claims.map((c) => [c.expected, c.verdict])).toEqual([["Scalar", "not-checkable"], ["3D tensor", "not-checkable"], ["True", "contradicted"], ["0", "contradicted"]]);
  });

  it("floats from Eigen's approximate kernels hold to float32 precision; exact kernels' floats must agree to the digit", () => {
    // softplus_op.h: (exp(x) + 1).log() in float32 gives 0.31326166 for x = -1 (a TF 1.x notebook's recording);
    // tfscope computes log1p(exp(x)) in double: 0.3132617, one float32 step away.
    const s = check("import tensorflow as tf\nsess = tf.Session()\nprint(sess.run(tf.nn.softplus(-1.0)))  # 0.31326166\n");
    expect(s.claims.map((c) => [c.expected, c.verdict, c.why ?? null])).toEqual([
      ["0.31326166", "holds", "the same values to float32 precision: TF computes them with Eigen's approximations (exp, log, tanh, sigmoid…), whose last bits tfscope does not reproduce"],
    ]);
    // A snippet that fetched no approximate value: one float32 step apart is a contradiction.
    expect(check("import tensorflow as tf\nsess = tf.Session()\nprint(sess.run(tf.add(0.1, 0.2)))  # 0.3000001\n").claims.map((c) => c.verdict)).toEqual(["contradicted"]);
  });

  it("a comment that is Chinese prose claims nothing", () => {
    const s = check('import tensorflow as tf\nv = tf.Variable([0.4, 0.4], name="var1")\nprint(v.name)  # 作用域test1下的变量\n');
    expect(s.claims.map((c) => c.verdict)).toEqual(["not-checkable"]);
  });

  it("a pasted exception line ending a comment block claims the statement below raises it", () => {
    const code = [
      "import tensorflow as tf",
      "# 命名空间bar中还没有创建变量v，所以下面的代码将会报错：",
      "# ValueError: Variable bar/v does not exist,...",
      'with tf.variable_scope("bar", reuse=True):',
      '    v = tf.get_variable("v", [1])',
      "",
    ].join("\n");
    const s = check(code);
    expect(s.status).toBe("pass");
    expect(s.claims.map((c) => [c.kind, c.verdict])).toEqual([["raises", "holds"]]);
  });

  it("but not when commented-out code follows it (the error is about that code)", () => {
    const s = check(['import tensorflow as tf', "# ValueError: Variable foo/v already exists,...", '# tf.get_variable("v", [1])', "x = 1", ""].join("\n"));
    expect(s.claims).toEqual([]);
  });

  it("float32 values printed by an older numpy to 8 digits hold: [ 2.0999999] is numpy 1.17's [2.1]", () => {
    expect(sameFloat32Values("[ 2.0999999]", "[2.1]")).toBe(true);
    expect(sameFloat32Values("[ 2.0999999  1.]", "[2.1 1. ]")).toBe(true);
    expect(sameFloat32Values("[ 2.0999997]", "[2.1]")).toBe(false); // the float32 next below
    expect(sameFloat32Values("[2.1]", "[2.1, 3.0]")).toBe(false);
  });
});

describe("a class TF has but tfscope does not model", () => {
  it("has its methods, each unsupported by its full name (not a false AttributeError)", () => {
    // TextLineDataset reads files; its static `range`, inherited from DatasetV1, exists all the same.
    const s = checkDocument("t.py", "import tensorflow as tf\nd = tf.data.TextLineDataset.range(3)\n", { sessionFactory: tfSessionFactory }).snippets[0]!;
    expect(s.status).toBe("unsupported");
    expect(s.unsupported?.feature).toBe("tf.data.TextLineDataset.range");
  });
});

describe("a trailing `# This fails.`", () => {
  it("claims the line raises (TF's guide, variables.md: calling conv_relu twice)", () => {
    const code = [
      "import tensorflow as tf",
      "def f():",
      '    return tf.get_variable("weights", [1])',
      "f()",
      "f()  # This fails.",
      "",
    ].join("\n");
    const s = check(code);
    expect(s.status).toBe("pass");
    expect(s.claims.map((c) => [c.kind, c.verdict])).toEqual([["raises", "holds"]]);
  });
});
