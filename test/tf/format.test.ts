// repr/str of engine objects (ops.py 697-707, 2124-2128; tensor_shape.py 200-205, 784-805;
// dtypes.py 275-283; variables.py 1690-1697; resource_variable_ops.py 422-429), plus DType and
// TensorShape algebra (dtypes.py, tensor_shape.py).
import { beforeEach, describe, expect, it } from "vitest";
import {
  AUTO_REUSE,
  AUTO_REUSE_REPR,
  Dimension,
  TFError,
  TensorShape,
  asDType,
  asDimension,
  asShape,
  bfloat16,
  bool,
  complex64,
  dimensionRepr,
  dimensionStr,
  disableEagerExecution,
  disableV2Behavior,
  float32,
  getDefaultGraph,
  getVariable,
  int32,
  operationRepr,
  operationStr,
  Unsupported,
  shapeRepr,
  shapeStr,
  string,
  tensorRepr,
  tensorStr,
  uint8,
  unknownShape,
  variableRepr,
  type Variable,
} from "../../src/tf/index.js";
import { constant, freshTF } from "./helpers.js";

beforeEach(() => freshTF());

describe("DType", () => {
  it("prints and converts like dtypes.py", () => {
    expect(String(float32)).toBe("<dtype: 'float32'>");
    expect(float32.repr()).toBe("tf.float32");
    expect(float32.asRef.name).toBe("float32_ref");
    expect(float32.asRef.baseDtype).toBe(float32);
    expect(asDType("float")).toBe(float32);
    expect(asDType("int32_ref")).toBe(int32.asRef);
    expect(() => asDType("nope")).toThrow("Cannot convert value 'nope' to a TensorFlow DType.");
  });

  it("classifies types", () => {
    expect([float32.isFloating, bfloat16.isFloating, int32.isFloating]).toEqual([true, true, false]);
    expect([int32.isInteger, uint8.isInteger, uint8.isUnsigned, int32.isUnsigned, bool.isUnsigned]).toEqual([true, true, true, false, false]);
    expect([complex64.isComplex, string.isInteger, bool.isBool]).toEqual([true, false, true]);
    expect(float32.isCompatibleWith(float32.asRef)).toBe(true);
    expect(float32.asRef.isCompatibleWith(float32)).toBe(false);
  });
});

describe("TensorShape and Dimension", () => {
  it("prints TF1 forms", () => {
    expect(shapeStr(asShape([null, 20]))).toBe("(?, 20)");
    expect(shapeStr(asShape([10]))).toBe("(10,)");
    expect(shapeStr(asShape([]))).toBe("()");
    expect(shapeStr(unknownShape())).toBe("<unknown>");
    expect(shapeRepr(asShape([null, 20]))).toBe("TensorShape([Dimension(None), Dimension(20)])");
    expect(shapeRepr(asShape([]))).toBe("TensorShape([])");
    expect(shapeRepr(unknownShape())).toBe("TensorShape(None)");
    expect(dimensionStr(asDimension(null))).toBe("?");
    expect(dimensionRepr(asDimension(20))).toBe("Dimension(20)");
  });

  it("prints TF2 forms under the TF2 profile, also in graph mode", () => {
    freshTF("2");
    disableEagerExecution();
    expect(shapeStr(asShape([null, 20]))).toBe("(None, 20)");
    expect(shapeStr(asShape([null]))).toBe("(None,)");
    expect(shapeRepr(asShape([null, 20]))).toBe("TensorShape([None, 20])");
    expect(shapeRepr(unknownShape())).toBe("TensorShape(None)");
    disableV2Behavior();
    expect(shapeStr(asShape([null, 20]))).toBe("(?, 20)");
  });

  it("merges, checks compatibility and converts like tensor_shape.py", () => {
    expect(asShape([null, 3]).mergeWith([2, null]).asList()).toEqual([2, 3]);
    expect(() => asShape([2]).mergeWith([3])).toThrow("Shapes (2,) and (3,) are not compatible");
    expect(asShape([2, null]).isCompatibleWith([2, 7])).toBe(true);
    expect(asShape([2]).isCompatibleWith([2, 1])).toBe(false);
    expect(unknownShape().isCompatibleWith([1, 2, 3])).toBe(true);
    expect(new TensorShape(5).asList()).toEqual([5]);
    expect(() => asDimension(2.5)).toThrow("Ambiguous dimension: 2.5");
    expect(() => asDimension(-1)).toThrow("Dimension -1 must be >= 0");
    expect(() => unknownShape().asList()).toThrow("as_list() is not defined on an unknown TensorShape.");
    expect(asShape([2, 3]).numElements()).toBe(6);
    expect(asShape([null]).numElements()).toBeNull();
    expect(new Dimension(null).equals(3)).toBeNull();
    expect(asDimension(7).add(3).value).toBe(10);
    expect(asDimension(7).floordiv(2).value).toBe(3);
    expect(asDimension(7).mod(4).value).toBe(3);
    expect(asDimension(null).mul(2).value).toBeNull();
    expect(asDimension(2).compare(null, "<")).toBeNull();
    expect(asDimension(2).compare(3, "<")).toBe(true);
    expect(() => asDimension(2).sub(3)).toThrow(new TFError("ValueError", "Dimension -1 must be >= 0"));
    expect(() => asDimension(2).mod(0)).toThrow(new TFError("ZeroDivisionError", "integer modulo by zero"));
    expect(() => asDimension(2).floordiv(0)).toThrow(new TFError("ZeroDivisionError", "integer division or modulo by zero"));
    expect(asShape([null]).equals([null])).toBe(false);
    const s = asShape([null]);
    expect(s.equals(new TensorShape(s))).toBe(true);
    expect(() => asShape([1]).withRank(2)).toThrow(new TFError("ValueError", "Shape (1,) must have rank 2"));
  });
});

describe("Tensor, Operation, Variable", () => {
  it("formats tensors and operations", () => {
    const g = getDefaultGraph();
    const t = g.createOp({ type: "Placeholder", name: "x", dtypes: [float32], shapes: [asShape([null, 10])] }).outputs[0]!;
    expect(tensorStr(t)).toBe('Tensor("x:0", shape=(?, 10), dtype=float32)');
    expect(tensorRepr(t)).toBe("<tf.Tensor 'x:0' shape=(?, 10) dtype=float32>");
    const u = g.createOp({ type: "Foo", dtypes: [int32] }).outputs[0]!;
    expect(tensorStr(u)).toBe('Tensor("Foo:0", dtype=int32)');
    expect(tensorRepr(u)).toBe("<tf.Tensor 'Foo:0' shape=<unknown> dtype=int32>");
    const d = g.createOp({ type: "Foo", dtypes: [int32], shapes: [asShape([])], device: "/device:CPU:0" }).outputs[0]!;
    expect(tensorStr(d)).toBe('Tensor("Foo_1:0", shape=(), dtype=int32, device=/device:CPU:0)');
    expect(operationRepr(t.op)).toBe("<tf.Operation 'x' type=Placeholder>");
    const init = g.createOp({ type: "NoOp", name: "init", inputs: [t], controlInputs: [u.op, d.op] });
    expect(operationStr(init)).toBe('name: "init"\nop: "NoOp"\ninput: "x"\ninput: "^Foo"\ninput: "^Foo_1"\n');
    expect(() => operationStr(t.op)).toThrow(Unsupported);
  });

  it("formats Ref and Resource variables, and eager values supplied by the caller", () => {
    const v = getVariable("v", { shape: [1] }) as Variable;
    expect(variableRepr(v)).toBe("<tf.Variable 'v:0' shape=(1,) dtype=float32_ref>");
    const r = getVariable("r", { shape: [2], useResource: true }) as Variable;
    expect(variableRepr(r)).toBe("<tf.Variable 'r:0' shape=(2,) dtype=float32>");
    expect(variableRepr(r, "array([1., 2.], dtype=float32)")).toBe(
      "<tf.Variable 'r:0' shape=(2,) dtype=float32, numpy=array([1., 2.], dtype=float32)>",
    );
    expect(tensorStr(constant(1))).toBe('Tensor("Const:0", shape=(), dtype=int32)');
  });

  it("prints AUTO_REUSE like CPython 3.11's enum", () => {
    expect(String(AUTO_REUSE)).toBe(AUTO_REUSE_REPR);
    expect(AUTO_REUSE_REPR).toBe("<_ReuseMode.AUTO_REUSE: 1>");
  });
});
