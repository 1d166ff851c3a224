// Expected names and messages come from math_ops.py (1.15.5) 247-1275 and 1431-2736,
// op_def_library.py 374-800, tensorflow/core/ops/math_ops.cc and common_shape_fns.cc.
import { beforeEach, describe, expect, it } from "vitest";
import {
  type RefVariable, asShape, float32, float64, getVariable, int32, nameScope, variableScope,
} from "../../../src/tf/index.js";
import {
  abs, add, cast, constant, divide, floordiv, matmul, maximum, multiply, negative, placeholder, pow, pyTensor,
  ReturnNotImplemented, reduceMean, reduceSum, subtract, tensorOperator, truediv,
} from "../../../src/tf/ops/index.js";
import { fl, floats, fresh, i, ints, opNames, opSummary, pyError, withCm } from "./helpers.js";

beforeEach(() => fresh());

const ph = (shape: (number | null)[] | null, dtype = float32, name: string | null = null) =>
  placeholder(dtype, shape === null ? null : asShape(shape), name);

describe("generated wrappers and operators (reference §1.4, review O11)", () => {
  it("tf.add is Add; + is add of type AddV2; names share one case-insensitive namespace", () => {
    const a = constant(fl(1));
    const b = constant(fl(2));
    add(a, b);
    tensorOperator("add", a, b);
    expect(opSummary()).toEqual(["Const:Const", "Const_1:Const", "Add:Add", "add_1:AddV2"]);
  });
  it("a+b then tf.add gives add, Add_1 (reference §1.4)", () => {
    const a = constant(fl(1));
    tensorOperator("add", a, a);
    add(a, a);
    expect(opNames().slice(1)).toEqual(["add", "Add_1"]);
  });
  it("a RefVariable operand acts through v/read, adding no op (variables.py 1050-1077)", () => {
    const v = getVariable("v", { shape: [2] }) as RefVariable;
    const before = opNames().length;
    const r = tensorOperator("add", v, fl(1), true);
    expect(opNames().slice(before)).toEqual(["add/x", "add"]);
    expect(r.op.inputs[1]!.op.name).toBe("v/read");
  });
  it("a ResourceVariable operand reads it with a ReadVariableOp in the current scope, before the op's scope", () => {
    const v = getVariable("r", { shape: [2], useResource: true }) as RefVariable;
    const before = opNames().length;
    withCm(nameScope("s"), () => tensorOperator("mul", v, fl(2)));
    expect(opSummary().slice(before)).toEqual(["s/ReadVariableOp:ReadVariableOp", "s/mul/y:Const", "s/mul:Mul"]);
  });
  it("subtract/multiply and - / *", () => {
    const a = constant(fl(1));
    subtract(a, a);
    tensorOperator("sub", a, a);
    multiply(a, a);
    tensorOperator("mul", a, a);
    expect(opSummary().slice(1)).toEqual(["Sub:Sub", "sub_1:Sub", "Mul:Mul", "mul_1:Mul"]);
  });
  it("a non-tensor input is converted inside the op's scope, named after the argument", () => {
    const a = constant(fl(1));
    multiply(a, i(2));
    add(a, fl(2));
    expect(opNames()).toEqual(["Const", "Mul/y", "Mul", "Add/y", "Add"]);
  });
  it("operators convert the right operand as y with the left's dtype as a hint", () => {
    const a = constant(fl(1));
    const r = tensorOperator("add", a, i(2));
    expect(opNames()).toEqual(["Const", "add/y", "add"]);
    expect(r.op.inputs[1]!.dtype).toBe(float32);
  });
  it("reflected operators convert the left operand as x", () => {
    const a = constant(fl(1));
    tensorOperator("add", a, fl(1), true);
    expect(opNames()).toEqual(["Const", "add/x", "add"]);
  });
  it("int + 1.5: the hint fails, y becomes float32, and AddV2 raises E20", () => {
    const a = constant(i(1));
    expect(pyError(() => tensorOperator("add", a, fl(1.5)))).toBe(
      "TypeError: Input 'y' of 'AddV2' Op has type float32 that does not match type int32 of argument 'x'.",
    );
    expect(opNames()).toEqual(["Const", "add/y"]);
  });
  it("tf.add(int_tensor, 1.5) requires int32 for y: the wrapped conversion TypeError", () => {
    const a = constant(i(1));
    expect(pyError(() => add(a, fl(1.5)))).toBe(
      "TypeError: Expected int32 passed to parameter 'y' of op 'Add', got 1.5 of type 'float' instead. Error: Expected int32, got 1.5 of type 'float' instead.",
    );
  });
  it("a right operand that fails conversion but has the reflected method: NotImplemented", () => {
    const a = constant(fl(1));
    const obj = { kind: "object" as const, typeName: "Foo", typeRepr: "<class '__main__.Foo'>", repr: "<Foo>" };
    expect(() => tensorOperator("add", a, obj, false, true)).toThrow(ReturnNotImplemented);
    expect(pyError(() => tensorOperator("add", a, obj))).toBe(
      "TypeError: Failed to convert object of type <class '__main__.Foo'> to Tensor. Contents: <Foo>. Consider casting elements to a supported type.",
    );
  });
  it("two tensors of different dtypes: E20", () => {
    const a = constant(fl(1));
    const b = constant(i(1));
    expect(pyError(() => add(a, b))).toBe(
      "TypeError: Input 'y' of 'Add' Op has type int32 that does not match type float32 of argument 'x'.",
    );
  });
  it("a type outside the registration's list", () => {
    const s = constant(pyTensorless("a"));
    expect(pyError(() => subtract(s, s))).toBe(
      "TypeError: Value passed to parameter 'x' has DataType string not in list of allowed values: bfloat16, float16, float32, float64, uint8, int8, uint16, int16, int32, int64, complex64, complex128",
    );
  });
  it("ops follow the name scope, not the variable scope (review item 13)", () => {
    withCm(variableScope("foo"), () => undefined);
    withCm(variableScope("foo"), () => {
      const a = constant(fl(1));
      tensorOperator("add", a, fl(1), true);
    });
    expect(opNames()).toEqual(["foo_1/Const", "foo_1/add/x", "foo_1/add"]);
  });
  it("unary minus is Neg; tf.abs opens Abs", () => {
    const a = constant(fl(1));
    negative(a);
    abs(a);
    abs(fl(-2));
    expect(opNames()).toEqual(["Const", "Neg", "Abs", "Abs_1/x", "Abs_1"]);
  });
  it("tf.pow and the ** operator", () => {
    const a = constant(fl(2));
    pow(a, i(3));
    tensorOperator("pow", a, i(2));
    // Names are case-insensitive: `pow` after `Pow` is pow_1.
    expect(opSummary().slice(1)).toEqual(["Pow/y:Const", "Pow:Pow", "pow_1/y:Const", "pow_1:Pow"]);
  });
  it("maximum is a bare generated op", () => {
    maximum(constant(fl(1)), fl(2));
    expect(opSummary()).toEqual(["Const:Const", "Maximum/y:Const", "Maximum:Maximum"]);
  });
});

// A str constant: TF strings need no repr in these tests.
function pyTensorless(s: string) {
  return { kind: "str" as const, value: s, repr: `'${s}'` };
}

describe("division (math_ops.py 989-1180)", () => {
  it("float / float is RealDiv named truediv", () => {
    const a = constant(fl(1));
    tensorOperator("truediv", a, fl(2));
    expect(opSummary()).toEqual(["Const:Const", "truediv/y:Const", "truediv:RealDiv"]);
  });
  it("int32 / int32 casts both sides to float64 first (review O11)", () => {
    const a = constant(i(1));
    const r = tensorOperator("truediv", a, i(2));
    expect(opSummary()).toEqual([
      "Const:Const", "truediv/y:Const", "truediv/Cast:Cast", "truediv/Cast_1:Cast", "truediv:RealDiv",
    ]);
    expect(r.dtype).toBe(float64);
  });
  it("tf.divide without a name is the / operator; with a name, truediv under that name", () => {
    const a = constant(fl(1));
    divide(a, a);
    divide(a, a, "q");
    expect(opNames()).toEqual(["Const", "truediv", "q"]);
  });
  it("truediv of mismatched dtypes reports the DType reprs", () => {
    expect(pyError(() => truediv(constant(i(1)), constant(fl(1))))).toBe(
      "TypeError: x and y must have the same dtype, got tf.int32 != tf.float32",
    );
  });
  it("// is FloorDiv named floordiv", () => {
    const a = constant(i(7));
    floordiv(a, i(2));
    tensorOperator("floordiv", a, i(2));
    expect(opSummary().slice(1)).toEqual(["floordiv/y:Const", "floordiv:FloorDiv", "floordiv_1/y:Const", "floordiv_1:FloorDiv"]);
  });
});

describe("cast (review item 11)", () => {
  it("returns a tensor already of the target dtype without any op", () => {
    const a = constant(fl(1));
    expect(cast(a, float32)).toBe(a);
    expect(opNames()).toEqual(["Const"]);
  });
  it("a Python value is converted as Cast/x", () => {
    const r = cast(i(1), float32);
    expect(opSummary()).toEqual(["Cast/x:Const", "Cast:Cast"]);
    expect(r.op.attrs).toMatchObject({ SrcT: int32, DstT: float32, Truncate: false });
  });
});

describe("matmul", () => {
  it("tf.matmul is MatMul, @ is matmul (matmul_1 after MatMul), with inferred shape", () => {
    const a = ph([2, 3]);
    const b = ph([3, 5]);
    const m = matmul(a, b);
    tensorOperator("matmul", a, b);
    expect(opNames().slice(2)).toEqual(["MatMul", "matmul_1"]);
    expect(m.shape.asList()).toEqual([2, 5]);
  });
  it("transpose flags are attrs and pick the output dims", () => {
    const m = matmul(ph([3, 2]), ph([5, 3]), { transposeA: true, transposeB: true });
    expect(m.op.attrs).toMatchObject({ transpose_a: true, transpose_b: true });
    expect(m.shape.asList()).toEqual([2, 5]);
  });
  it("unknown dims stay unknown", () => {
    expect(matmul(ph([null, 3]), ph([3, null])).shape.asList()).toEqual([null, null]);
  });
  it("an inner-dimension mismatch is the ValueError with C++ context (common_shape_fns.cc 222)", () => {
    expect(pyError(() => matmul(constant(pyListOf([2, 3])), constant(pyListOf([4, 5]))))).toBe(
      "ValueError: Dimensions must be equal, but are 3 and 4 for 'MatMul' (op: 'MatMul') with input shapes: [2,3], [4,5].",
    );
  });
  it("a rank-1 operand fails WithRank", () => {
    expect(pyError(() => matmul(ph([3]), ph([3, 2]), { name: "mm" }))).toBe(
      "ValueError: Shape must be rank 2 but is rank 1 for 'mm' (op: 'MatMul') with input shapes: [3], [3,2].",
    );
  });
});

function pyListOf(shape: number[]) {
  const build = (dims: number[]): ReturnType<typeof floats> =>
    dims.length === 1 ? floats(...new Array<number>(dims[0]!).fill(0)) : { kind: "list", items: Array.from({ length: dims[0]! }, () => build(dims.slice(1))) };
  return build(shape);
}

describe("broadcasting (BroadcastBinaryOpOutputShapeFnHelper)", () => {
  it("numpy rules with unknown dims", () => {
    expect(add(ph([null, 3]), ph([3])).shape.asList()).toEqual([null, 3]);
    expect(add(ph([2, 1]), ph([1, 4])).shape.asList()).toEqual([2, 4]);
    expect(add(ph([null]), ph([5])).shape.asList()).toEqual([5]);
    expect(add(ph([null]), ph([1])).shape.asList()).toEqual([null]);
    expect(add(ph(null), ph([2])).shape.rank).toBeNull();
  });
  it("incompatible dims name the op and its type", () => {
    expect(pyError(() => tensorOperator("add", constant(floats(1, 2)), constant(floats(1, 2, 3))))).toBe(
      "ValueError: Dimensions must be equal, but are 2 and 3 for 'add' (op: 'AddV2') with input shapes: [2], [3].",
    );
  });
});

describe("reductions (math_ops.py 1431-1560, ReductionShape)", () => {
  it("without axis and known rank: a Const of all dims made before the op's scope", () => {
    const x = ph([2, 3]);
    const s = reduceSum(x);
    expect(opSummary().slice(1)).toEqual(["Const:Const", "Sum:Sum"]);
    expect(s.op.inputs[1]!.op.attrs!["value"]).toMatchObject({ dtype: "int32", data: [0, 1] });
    expect(s.shape.asList()).toEqual([]);
  });
  it("with an axis: Sum/reduction_indices, keep_dims attr and the reduced shape", () => {
    const m = reduceMean(ph([2, 3]), { axis: i(1), keepdims: true });
    expect(opNames().slice(1)).toEqual(["Mean/reduction_indices", "Mean"]);
    expect(m.op.attrs).toMatchObject({ keep_dims: true, Tidx: int32 });
    expect(m.shape.asList()).toEqual([2, 1]);
    expect(reduceSum(ph([2, 3, 4]), { axis: ints(0, -1) }).shape.asList()).toEqual([3]);
  });
  it("a variable has no static rank here: Rank, range and then Sum (common_shapes.rank)", () => {
    const v = getVariable("v", { shape: [2, 3] }) as RefVariable;
    const before = opNames().length;
    reduceSum(v);
    expect(opSummary().slice(before)).toEqual([
      "Rank:Const", "range/start:Const", "range/delta:Const", "range:Range", "Sum:Sum",
    ]);
  });
  it("unknown rank: Rank and range ops, and _may_reduce_to_scalar sets a scalar shape", () => {
    const s = reduceSum(ph(null));
    expect(opSummary().slice(1)).toEqual([
      "Rank:Rank", "range/start:Const", "range/delta:Const", "range:Range", "Sum:Sum",
    ]);
    expect(s.shape.asList()).toEqual([]);
  });
  it("an axis out of range is the C++ error with the computed input tensor", () => {
    expect(pyError(() => reduceSum(ph([2, 3]), { axis: i(2) }))).toBe(
      "ValueError: Invalid reduction dimension 2 for input with 2 dimensions. for 'Sum' (op: 'Sum') with input shapes: [2,3], [] and with computed input tensors: input[1] = <2>.",
    );
  });
  it("an axis from a placeholder leaves the shape unknown", () => {
    expect(reduceSum(ph([2, 3]), { axis: placeholder(int32, asShape([1])) }).shape.rank).toBeNull();
    expect(reduceSum(ph([2, 3]), { axis: placeholder(int32, asShape([1])), keepdims: true }).shape.asList()).toEqual([null, null]);
  });
});

describe("scopes", () => {
  it("an explicit name goes through name_scope and is uniquified", () => {
    withCm(nameScope("s"), () => {
      add(constant(fl(1)), fl(1), "a");
      add(constant(fl(1)), fl(1), "a");
    });
    expect(opNames()).toEqual(["s/Const", "s/a/y", "s/a", "s/Const_1", "s/a_1/y", "s/a_1"]);
  });
  it("a shape failure still consumes the op's name (the scope was entered)", () => {
    const a = constant(floats(1, 2));
    const b = constant(floats(1, 2, 3));
    expect(() => add(a, b)).toThrow();
    add(a, a);
    expect(opNames()).toEqual(["Const", "Const_1", "Add_1"]);
  });
});
void pyTensor;
