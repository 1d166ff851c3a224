// tf.Print and tf.print in graph mode (logging_ops.py, gen_logging_ops of TF 1.15): the ops they build,
// and what their kernels write when run (logging_ops.cc PrintOp / PrintV2Op, string_format_op.cc,
// tensor.cc Tensor::SummarizeValue V1 and V2).
import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

const run = (source: string) => runTf(source, { filename: "prog.py", profile: "1.15" });
const err = (r: ReturnType<typeof run>): string =>
  r.exception ? `${r.exception.type}: ${r.exception.message}` : r.unsupported ? `unsupported: ${r.unsupported.feature}` : "";

// deprecation.py 317-323: logging.warning('From %s: %s (from %s) is deprecated and will be removed %s.\n'
// 'Instructions for updating:\n%s', ...) with logging_ops.py 66-73's instructions (they end in "\n").
const DEPRECATION = (line: number) => `WARNING:tensorflow:From prog.py:${line}: Print (from tensorflow.python.ops.logging_ops) is deprecated and will be removed after 2018-08-20.
Instructions for updating:
Use tf.print instead of tf.Print. Note that tf.print returns a no-output operator that directly prints the output. Outside of defuns or eager mode, this operator will not be executed unless it is directly specified in session.run or used as a control dependency for other operators. This is only a concern in graph mode. Below is an example of how to ensure tf.print executes in graph mode:

`;

describe("tf.Print", () => {
  it("builds a Print op passing its input through, with the data converted as data_0, data_1...", () => {
    const r = run(`import tensorflow as tf
x = tf.constant([1, 2, 3, 4, 5])
p = tf.Print(x, [x, 7.5], message="x: ")
print(p.name, p.op.type, p.shape, p.dtype, [t.name for t in p.op.inputs])
print(p.op.get_attr("message"), p.op.get_attr("first_n"), p.op.get_attr("summarize"), p.op.get_attr("U"))
q = tf.Print(x, [x])
`);
    expect(r.exception).toBeUndefined();
    expect(r.stdout).toBe([
      "Print:0 Print (5,) <dtype: 'int32'> ['Const:0', 'Const:0', 'Print/data_1:0']",
      "b'x: ' -1 3 [tf.int32, tf.float32]",
      "",
    ].join("\n"));
    // warn_once: one warning, naming the first call's line.
    expect(r.stderr).toBe(DEPRECATION(3));
  });

  it("writes message[v1 v2 v3...] to stderr per run (SummarizeValue V1), first_n times", () => {
    const r = run(`import tensorflow as tf
x = tf.constant([1, 2, 3, 4, 5])
m = tf.constant([[1.5, 2.0], [3.0, 4.0]])
p = tf.Print(x, [x, m, tf.constant("a\\nb"), tf.constant(True), tf.constant(0.1)], message="hi: ")
q = tf.Print(x, [x], first_n=1, summarize=-1)
with tf.Session() as sess:
    print(sess.run(p))
    sess.run(q)
    sess.run(q)
`);
    expect(r.exception).toBeUndefined();
    expect(r.stdout).toBe("[1 2 3 4 5]\n");
    // PrintOneDim: inner dims bracketed, "..." where the limit cut a row and after the whole;
    // strings CEscape'd, bools as 1/0, floats as StrCat (%.6g, or %.9g when needed: 0.1f).
    expect(r.stderr).toBe(DEPRECATION(4) + "hi: [1 2 3...][[1.5 2][3...]...][a\\nb][1][0.1]\n[1 2 3 4 5]\n");
  });

  it("checks its arguments as the generated wrapper does", () => {
    expect(err(run("import tensorflow as tf\ntf.Print(tf.constant(1), tf.constant(2))\n")))
      .toContain("TypeError: Expected list for 'data' argument to 'Print' Op, not Tensor(\"Const_1:0\", shape=(), dtype=int32).");
    expect(err(run("import tensorflow as tf\ntf.Print(tf.constant(1), [], message=5)\n")))
      .toBe("TypeError: Expected string for argument 'message' not 5.");
    expect(err(run("import tensorflow as tf\ntf.Print(tf.constant(1), [], summarize='3')\n")))
      .toBe("TypeError: Expected int for argument 'summarize' not '3'.");
  });
});

describe("tf.print", () => {
  it("builds StringFormat (template with {} placeholders) and PrintV2", () => {
    const r = run(`import sys
import tensorflow as tf
x = tf.range(10)
t = tf.print("x is", x, 7, {"a": 1} if False else "done", output_stream=sys.stdout)
print(t.name, t.type, [i.name for i in t.inputs], t.get_attr("output_stream"), t.get_attr("end"))
f = t.inputs[0].op
print(f.name, f.type, f.get_attr("template"), f.get_attr("placeholder"), f.get_attr("summarize"))
u = tf.print(tf.constant("just a string"), name="p")
print(u.name, [i.name for i in u.inputs])
`);
    expect(r.exception).toBeUndefined();
    expect(r.stdout).toBe([
      "PrintV2 PrintV2 ['StringFormat:0'] b'stdout' b'\\n'",
      "StringFormat StringFormat b'x is {} 7 done' b'{}' 3",
      // One scalar string tensor is printed as it is (no StringFormat).
      "p ['Const:0']",
      "",
    ].join("\n"));
  });

  it("prints the first and last `summarize` of each dim, numpy-like (PrintOneDimV2)", () => {
    const r = run(`import sys
import tensorflow as tf
a = tf.print("r:", tf.range(10), tf.constant(["x", "y"]), output_stream=sys.stdout)
b = tf.print(tf.reshape(tf.range(64), [8, 8]), sep=",", output_stream=sys.stdout)
c = tf.print(tf.range(10), summarize=-1, end="|")
with tf.Session() as sess:
    sess.run(a)
    sess.run(b)
    sess.run(c)
`);
    expect(r.exception).toBeUndefined();
    expect(r.stdout).toBe([
      'r: [0 1 2 ... 7 8 9] ["x" "y"]',
      "[[0 1 2 ... 5 6 7]",
      " [8 9 10 ... 13 14 15]",
      " [16 17 18 ... 21 22 23]",
      " ...",
      " [40 41 42 ... 45 46 47]",
      " [48 49 50 ... 53 54 55]",
      " [56 57 58 ... 61 62 63]]",
      "",
    ].join("\n"));
    expect(r.stderr).toBe("[0 1 2 3 4 5 6 7 8 9]|");
  });

  it("refuses output streams it cannot reproduce, by name", () => {
    expect(err(run("import tensorflow as tf\ntf.print(1, output_stream=tf.logging.info)\n"))).toMatch(/unsupported by tfscope: tf\.print\(output_stream=/);
    expect(err(run("import tensorflow as tf\ntf.print(1, foo=2)\n"))).toBe("ValueError: Unrecognized keyword arguments for tf.print: {'foo': 2}");
  });
});
