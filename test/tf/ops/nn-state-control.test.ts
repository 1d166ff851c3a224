// nn_ops.py / common_shape_fns.cc (Conv2DShapeImpl, BiasAddShape, MaxPoolShape), state_ops.py,
// control_flow_ops.py 2851-2908 (group), review O1 and O6.
import { beforeEach, describe, expect, it } from "vitest";
import { type RefVariable, asShape, float32, getDefaultGraph, getVariable, int32, nameScope } from "../../../src/tf/index.js";
import {
  assign, assignAdd, biasAdd, constant, conv2d, globalVariablesInitializer, group, localVariablesInitializer, maxPool,
  noOp, placeholder, relu, relu6, softmax, pyStr, variablesInitializer,
} from "../../../src/tf/ops/index.js";
import { fl, floats, fresh, i, opNames, opSummary, pyError, withCm } from "./helpers.js";

beforeEach(() => fresh());

const ph = (s: (number | null)[] | null, dtype = float32) => placeholder(dtype, s === null ? null : asShape(s));

describe("nn", () => {
  it("relu and softmax are bare ops; relu6 converts a Python input as Relu6/features", () => {
    const x = ph([2, 3]);
    relu(x);
    softmax(x);
    relu6(floats(1, 7));
    expect(opSummary().slice(1)).toEqual(["Relu:Relu", "Softmax:Softmax", "Relu6/features:Const", "Relu6:Relu6"]);
  });
  it("conv2d SAME and VALID output sizes (NHWC)", () => {
    const x = ph([null, 28, 28, 3]);
    const same = conv2d(x, ph([5, 5, 3, 8]), { strides: [1, 2, 2, 1], padding: "SAME" });
    const valid = conv2d(x, ph([5, 5, 3, 8]), { strides: 1, padding: "VALID" });
    expect(same.shape.asList()).toEqual([null, 14, 14, 8]);
    expect(valid.shape.asList()).toEqual([null, 24, 24, 8]);
    expect(valid.op.attrs).toMatchObject({ strides: [1, 1, 1, 1], padding: "VALID", data_format: "NHWC", dilations: [1, 1, 1, 1] });
    expect(opNames().filter((n) => n.startsWith("Conv2D"))).toEqual(["Conv2D", "Conv2D_1"]);
  });
  it("conv2d checks: channel depth and a bad padding string", () => {
    expect(pyError(() => conv2d(ph([1, 4, 4, 3]), ph([2, 2, 2, 1]), { strides: 1, padding: "SAME" }))).toBe(
      "ValueError: Depth of input (3) is not a multiple of input depth of filter (2) for 'Conv2D' (op: 'Conv2D') with input shapes: [1,4,4,3], [2,2,2,1].",
    );
    expect(pyError(() => conv2d(ph([1, 4, 4, 1]), ph([2, 2, 1, 1]), { strides: 1, padding: "FULL" }))).toBe(
      'ValueError: Attr \'padding\' of \'Conv2D\' Op passed string \'FULL\' not in: "SAME", "VALID", "EXPLICIT".',
    );
  });
  it("VALID with a window larger than the input", () => {
    expect(pyError(() => conv2d(ph([1, 2, 2, 1]), ph([3, 3, 1, 1]), { strides: 1, padding: "VALID", name: "c" }))).toBe(
      "ValueError: Negative dimension size caused by subtracting 3 from 2 for 'c' (op: 'Conv2D') with input shapes: [1,2,2,1], [3,3,1,1].",
    );
  });
  it("bias_add opens BiasAdd, converts the bias with the value's dtype, and merges the last dim", () => {
    const b = biasAdd(ph([null, 4]), floats(1, 2, 3, 4));
    expect(opNames().slice(1)).toEqual(["BiasAdd/bias", "BiasAdd"]);
    expect(b.shape.asList()).toEqual([null, 4]);
    expect(pyError(() => biasAdd(ph([2, 3]), floats(1, 2)))).toBe(
      "ValueError: Dimensions must be equal, but are 3 and 2 for 'BiasAdd_1' (op: 'BiasAdd') with input shapes: [2,3], [2].",
    );
  });
  it("max_pool", () => {
    const m = maxPool(ph([1, 4, 4, 2]), [1, 2, 2, 1], [1, 2, 2, 1], "VALID");
    expect([m.op.name, m.shape.asList()]).toEqual(["MaxPool", [1, 2, 2, 2]]);
    expect(m.op.attrs).toMatchObject({ ksize: [1, 2, 2, 1], T: float32 });
  });
});

describe("state ops (review O1)", () => {
  it("tf.assign on a RefVariable: Assign in the current scope with Assign/value", () => {
    const v = getVariable("v", { shape: [2] }) as RefVariable;
    const before = opNames().length;
    const a = assign(v, floats(1, 2));
    withCm(nameScope("s"), () => assignAdd(v, floats(1, 1)));
    expect(opSummary().slice(before)).toEqual(["Assign/value:Const", "Assign:Assign", "s/AssignAdd/value:Const", "s/AssignAdd:AssignAdd"]);
    expect("dtype" in a && a.dtype.name).toBe("float32_ref");
  });
  it("assign checks the shape and dtype", () => {
    const v = getVariable("v", { shape: [2] }) as RefVariable;
    expect(pyError(() => assign(v, floats(1, 2, 3)))).toBe(
      "ValueError: Dimension 0 in both shapes must be equal, but are 2 and 3. Shapes are [2] and [3]. for 'Assign' (op: 'Assign') with input shapes: [2], [3].",
    );
    expect(pyError(() => assign(v, pyStr("a")))).toBe(
      "TypeError: Expected float32 passed to parameter 'value' of op 'Assign', got 'a' of type 'str' instead. Error: Expected float32, got 'a' of type 'str' instead.",
    );
  });
  it("AssignAdd merges both shapes: no broadcasting of a scalar", () => {
    const v = getVariable("v", { shape: [2] }) as RefVariable;
    expect(pyError(() => assignAdd(v, fl(1)))).toBe(
      "ValueError: Shapes must be equal rank, but are 1 and 0 for 'AssignAdd' (op: 'AssignAdd') with input shapes: [2], [].",
    );
  });
  it("a plain Tensor has no assign method", () => {
    expect(pyError(() => assign(constant(i(1)), i(2)))).toBe("AttributeError: 'Tensor' object has no attribute 'assign'");
  });
});

describe("control (review O6)", () => {
  it("no_op is NoOp", () => {
    expect(noOp().name).toBe("NoOp");
  });
  it("group names its NoOp group_deps (relative, uniquified) with the inputs as control inputs", () => {
    const a = constant(i(1));
    const b = constant(i(2));
    const g = group([a, b.op]);
    expect(g!.name).toBe("group_deps");
    expect(g!.controlInputs.map((o) => o.name)).toEqual(["Const", "Const_1"]);
    withCm(nameScope("ns"), () => group([a], "init"));
    group([]);
    expect(opNames().slice(2)).toEqual(["group_deps", "ns/init", "group_deps_1"]);
  });
  it("group accepts variables through their graph element", () => {
    const v = getVariable("v", { shape: [1], dtype: int32 }) as RefVariable;
    const g = group([v], "init");
    expect(g!.controlInputs.map((o) => o.name)).toEqual(["v"]);
    expect(getDefaultGraph().operationByName("init")).toBe(g);
  });
  it("global_variables_initializer: init (a NoOp) over every Assign; empty → a no_op named init", () => {
    globalVariablesInitializer();
    getVariable("a", { shape: [1] });
    getVariable("b", { shape: [1] });
    const init = globalVariablesInitializer()!;
    expect(init.name).toBe("init_1");
    expect(init.type).toBe("NoOp");
    expect(init.controlInputs.map((o) => o.name)).toEqual(["a/Assign", "b/Assign"]);
    expect(getDefaultGraph().operationByName("init")!.controlInputs).toEqual([]);
  });
  it("variables_initializer names relative to the name scope (review O6)", () => {
    const v = getVariable("a", { shape: [1] }) as RefVariable;
    withCm(nameScope("ns"), () => variablesInitializer([v]));
    localVariablesInitializer();
    expect(opNames().slice(-2)).toEqual(["ns/init", "init"]);
  });
  it("a non-tensor argument", () => {
    expect(pyError(() => group([i(1)]))).toBe("TypeError: Expected tf.group() expected Tensor arguments not '1' with type '<class 'int'>'");
  });
});
