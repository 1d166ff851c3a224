// TensorShape and Dimension as TF 1.15's tensor_shape.py defines them (src/shim/py/_tfshape.py), and
// the argument handling fixed by the random-argument test (test/fuzz/tf-args.ts).
import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

function out(source: string): string {
  const r = runTf(source, { filename: "prog.py" });
  return r.stdout + (r.stderr.trimEnd().split("\n").pop() ?? "");
}

/** Each expression's repr, or its exception as `Class: message`, one a line. (The interpreter has no
 *  eval(): each expression becomes a lambda.) Each runs as its own program: a gap of tfscope's
 *  (TfscopeUnsupported) ends a program, as no except clause in it may catch one. */
function table(exprs: string[]): string {
  return exprs
    .map((e) => {
      const r = runTf(
        `import tensorflow as tf
from tensorflow.python.framework import tensor_shape
D, S = tf.Dimension, tf.TensorShape
f = lambda: ${e}
try:
    print(repr(f()))
except BaseException as e:
    print(type(e).__name__ + ": " + str(e))
`,
        { filename: "prog.py" },
      );
      return r.unsupported ? `TfscopeUnsupported: unsupported by tfscope: ${r.unsupported.feature}\n` : r.stdout;
    })
    .join("");
}

describe("Dimension (tensor_shape.py Dimension)", () => {
  it("validates its value as Dimension.__init__ does", () => {
    expect(table(["D(2.5)", "D(-1)", "D(tf.string)", "D('12')", "D(None)", "tf.constant(0, shape=[2.5]).shape"])).toBe(
      [
        "ValueError: Ambiguous dimension: 2.5",
        "ValueError: Dimension -1 must be >= 0",
        "TypeError: Cannot convert <dtype: 'string'> to Dimension",
        "Dimension(12)",
        "Dimension(None)",
        // make_tensor_proto: `shape = [int(dim) for dim in shape]`, so 2.5 is 2 and no error is raised.
        "TensorShape([Dimension(2)])",
        "",
      ].join("\n"));
  });

  it("compares with None for unknown values, NotImplemented for foreign ones, and refuses /", () => {
    expect(table(["D(None) == D(3)", "D(3) == '3'", "D(3) == '_'", "D(None) < D(1)", "D(3) != 12.99", "6 / D(2)",
      "D(6) / 2", "D(9) % 4", "4 % D(9)", "2 // D(12)", "D(5).__reduce__()", "hash(D(1))", "[4] * D(2)"])).toBe(
      [
        "None",
        "True",
        "False",
        "None",
        "True",
        "TypeError: unsupported operand type(s) for /: 'int' and 'Dimension', please use // instead",
        "TypeError: unsupported operand type(s) for /: 'Dimension' and 'int', please use // instead",
        "Dimension(1)",
        "Dimension(4)",
        "Dimension(0)",
        "(<class 'tensorflow.python.framework.tensor_shape.Dimension'>, (5,))",
        "TypeError: unhashable type: 'Dimension'",
        "[4, 4]",
        "",
      ].join("\n"));
  });
});

describe("TensorShape (tensor_shape.py TensorShape)", () => {
  it("merges, concatenates, slices and compares as TF does", () => {
    expect(table(["S('ab')", "S([1, None]).merge_with(S(None))", "S([2]) + [3, 4]", "(1, 2) + S([5])",
      "S(None)[1:3]", "S(None)[2]", "S([1, 2]).with_rank(S([1]))", "S(None) != S([1])", "S([1, None]) == S([1, None])",
      "S([None, 2, 3]).most_specific_compatible_shape(S([1, 1, 3]))", "S([3]).merge_with(S([4]))", "len(S(None))",
      "tensor_shape.unknown_shape(ndims=2)", "tensor_shape.unknown_shape(foo=1)"])).toBe(
      [
        "TypeError: A string has ambiguous TensorShape, please wrap in a list or convert to an int: ab",
        "TensorShape([Dimension(1), Dimension(None)])",
        "TensorShape([Dimension(2), Dimension(3), Dimension(4)])",
        "TensorShape([Dimension(1), Dimension(2), Dimension(5)])",
        "TensorShape([Dimension(None), Dimension(None)])",
        "Dimension(None)",
        // with_rank → unknown_shape(rank=rank) → `[Dimension(None)] * rank`.
        "TypeError: can't multiply sequence by non-int of type 'TensorShape'",
        "ValueError: The inequality of unknown TensorShapes is undefined.",
        // Dimension(None) == Dimension(None) is None: the lists differ.
        "False",
        "TensorShape([Dimension(None), Dimension(None), Dimension(3)])",
        "ValueError: Shapes (3,) and (4,) are not compatible",
        "ValueError: Cannot take the length of shape with unknown rank.",
        "TensorShape([Dimension(None), Dimension(None)])",
        "TypeError: Unknown argument: {'foo': 1}",
        "",
      ].join("\n"));
  });

  it("reads and writes TensorShapeProto (tensor_shape_pb2) as TF does", () => {
    expect(out(`import tensorflow as tf
from tensorflow.core.framework import tensor_shape_pb2 as pb
p = pb.TensorShapeProto(dim=[pb.TensorShapeProto.Dim(size=-1), pb.TensorShapeProto.Dim(size=3)])
print(tf.TensorShape(p), tf.TensorShape(None).as_proto().unknown_rank, [d.size for d in tf.TensorShape([None, 2]).as_proto().dim])
`)).toBe("(?, 3) True [-1, 2]\n");
  });
});

describe("arguments the random-argument test found unchecked", () => {
  it("refuses or raises as TF does instead of failing inside", () => {
    expect(table(["tf.cast(1, None)", "tf.variables_initializer('ab')", "tf.variables_initializer([])",
      "tf.gather([1, 2], [0], axis=1.5)", "tf.nn.conv2d(tf.zeros([1, 3, 3, 1]), tf.zeros([1, 1, 1, 1]), [1, 1, 1, 1], 'SAME').shape",
      "tf.float32.is_compatible_with(None)"])).toBe(
      [
        "TypeError: Cannot convert value None to a TensorFlow DType.",
        // variables_initializer iterates var_list and reads `.initializer` of each item.
        "AttributeError: 'str' object has no attribute 'initializer'",
        "<tf.Operation 'init' type=NoOp>",
        "TfscopeUnsupported: unsupported by tfscope: tf.gather(axis=...)",
        "TensorShape([Dimension(1), Dimension(3), Dimension(3), Dimension(1)])",
        "TypeError: Cannot convert value None to a TensorFlow DType.",
        "",
      ].join("\n"));
  });

  it("instantiates an initializer class, and calls initializers with a TensorShape (issue #12)", () => {
    expect(table(["tf.get_variable('a', [2], initializer=tf.initializers.ones)",
      "tf.ones_initializer()(tf.TensorShape([2, 3])).shape", "tf.zeros_initializer()(tf.TensorShape([2, None]))",
      "tf.layers.conv2d(tf.zeros([1, 4, 4, 1]), 2, tf.TensorShape([2, 2])).shape",
      "tf.variable_scope(None, default_name=1)"])).toBe(
      [
        // vs.py _true_getter: `if tf_inspect.isclass(initializer): initializer = initializer()`.
        "<tf.Variable 'a:0' shape=(2,) dtype=float32_ref>",
        "TensorShape([Dimension(2), Dimension(3)])",
        "TfscopeUnsupported: unsupported by tfscope: an initializer called with a partially known TensorShape",
        // conv_utils.normalize_tuple takes int() of each item: a TensorShape is (2, 2).
        "TensorShape([Dimension(1), Dimension(3), Dimension(3), Dimension(2)])",
        "TfscopeUnsupported: unsupported by tfscope: tf.variable_scope(default_name=...) that is not a string",
        "",
      ].join("\n"));
  });
});
