// Expected values follow tensorflow/python/framework/tensor_util.py make_tensor_proto (356-560),
// constant_op.py (160-320) and ops.py internal_convert_to_tensor (1249-1310).
import { beforeEach, describe, expect, it } from "vitest";
import { bool, float32, float64, getDefaultGraph, int32, int64, string } from "../../../src/tf/index.js";
import { EagerTensor } from "../../../src/tf/eager/index.js";
import {
  constant, convertToTensor, floatRepr, pyBool, pyInt, pyList, pyNone, pyStr, pyTensor, pyTuple,
} from "../../../src/tf/ops/index.js";
import { fl, floats, fresh, i, ints, opNames, pyError } from "./helpers.js";

beforeEach(() => fresh());

describe("dtype inference", () => {
  it("Python int → int32, float → float32, bool → bool, str → string", () => {
    expect(constant(i(1)).dtype).toBe(int32);
    expect(constant(fl(1)).dtype).toBe(float32);
    expect(constant(pyBool(true)).dtype).toBe(bool);
    expect(constant(pyStr("a")).dtype).toBe(string);
  });
  it("an int beyond int32 stays int64 (no lossless downcast)", () => {
    expect(constant(pyInt(2n ** 31n)).dtype).toBe(int64);
  });
  it("mixed ints and floats give float32; bools with ints give int32", () => {
    expect(constant(pyList([i(1), fl(2.5)])).dtype).toBe(float32);
    expect(constant(pyList([pyBool(true), i(2)])).dtype).toBe(int32);
  });
  it("nested lists give the shape", () => {
    const t = constant(pyList([ints(1, 2, 3), ints(4, 5, 6)]));
    expect(t.shape.asList()).toEqual([2, 3]);
  });
  it("an empty list is float32 of shape [0]", () => {
    const t = constant(pyList([]));
    expect([t.dtype, t.shape.asList()]).toEqual([float32, [0]]);
  });
  it("an explicit dtype converts compatible values", () => {
    const t = constant(ints(1, 2), float64);
    expect(t.dtype).toBe(float64);
    expect(t.op.attrs!["value"]).toMatchObject({ dtype: "float64", shape: [2], data: [1, 2] });
  });
});

describe("shape argument (v1 constant, allow_broadcast=False)", () => {
  it("fills with the last value", () => {
    const t = constant(ints(1, 2), null, [2, 2]);
    expect(t.op.attrs!["value"]).toMatchObject({ shape: [2, 2], data: [1, 2, 2, 2] });
  });
  it("too many elements is a ValueError", () => {
    expect(pyError(() => constant(ints(1, 2, 3), null, [2]))).toBe(
      "ValueError: Too many elements provided. Needed at most 2, but received 3",
    );
  });
  it("verify_shape compares the shapes exactly", () => {
    expect(pyError(() => constant(ints(1, 2), null, [2, 1], "Const", true))).toBe(
      "TypeError: Expected Tensor's shape: (2, 1), got (2,).",
    );
  });
});

describe("errors", () => {
  it("a float with an int dtype", () => {
    expect(pyError(() => constant(fl(1.5), int32))).toBe("TypeError: Expected int32, got 1.5 of type 'float' instead.");
  });
  it("a str with a float dtype shows the str repr", () => {
    expect(pyError(() => constant(pyStr("a"), float32))).toBe("TypeError: Expected float32, got 'a' of type 'str' instead.");
  });
  it("None", () => {
    expect(pyError(() => constant(pyNone))).toBe("ValueError: None values not supported.");
  });
  it("a ragged list is not dense", () => {
    expect(pyError(() => constant(pyList([ints(1, 2), ints(3)])))).toBe(
      "ValueError: Argument must be a dense tensor: [[1, 2], [3]] - got shape [2], but wanted [2, 2].",
    );
  });
  it("a list mixing str and numbers fails the string conversion", () => {
    expect(pyError(() => constant(pyList([pyStr("a"), i(1)])))).toBe(
      "TypeError: Failed to convert object of type <class 'list'> to Tensor. Contents: ['a', 1]. Consider casting elements to a supported type.",
    );
  });
  it("a tuple element None", () => {
    expect(pyError(() => constant(pyTuple([i(1), pyNone])))).toBe(
      "TypeError: Failed to convert object of type <class 'tuple'> to Tensor. Contents: (1, None). Consider casting elements to a supported type.",
    );
  });
  it("a Tensor asked to convert to another dtype", () => {
    const t = constant(fl(1));
    expect(pyError(() => convertToTensor(t, { dtype: int32 }))).toBe(
      "ValueError: Tensor conversion requested dtype int32 for Tensor with dtype float32: <tf.Tensor 'Const:0' shape=() dtype=float32>",
    );
  });
});

describe("naming", () => {
  it("tf.constant goes straight to create_op: Const, Const_1", () => {
    constant(i(1));
    constant(i(2));
    constant(i(3), null, null, "c");
    expect(opNames()).toEqual(["Const", "Const_1", "c"]);
  });
  it("a preferred dtype that does not fit falls back without leaving an op", () => {
    const t = convertToTensor(fl(1.5), { preferredDtype: int32, name: "y" });
    expect([t.op.name, t.dtype]).toEqual(["y", float32]);
    expect(opNames()).toEqual(["y"]);
  });
  it("a list holding a tensor is packed (array_ops.py _autopacking_helper)", () => {
    const a = constant(fl(1));
    const p = convertToTensor(pyList([pyTensor(a), fl(2)]));
    expect([p.op.name, p.op.type, p.shape.asList()]).toEqual(["packed", "Pack", [2]]);
    expect(opNames()).toEqual(["Const", "packed/1", "packed"]);
  });
  it("the plain elements of a packed list take the tensor's dtype", () => {
    const a = constant(i(1));
    expect(pyError(() => convertToTensor(pyList([pyTensor(a), fl(2.5)])))).toBe(
      "TypeError: Expected int32, got 2.5 of type 'float' instead.",
    );
  });
  it("packing into another dtype (a Cast per tensor) is not modelled", () => {
    const a = constant(i(1));
    expect(pyError(() => convertToTensor(pyList([pyTensor(a)]), { dtype: float32 }))).toMatch(/^Unsupported/);
  });
});

describe("Python float repr (CPython float_repr_style 'short')", () => {
  it.each([
    [1.5, "1.5"], [0.1, "0.1"], [1e16, "1e+16"], [1e-5, "1e-05"], [123456789012345.6, "123456789012345.6"],
    [0.0001, "0.0001"], [2.0, "2.0"], [-0.0, "-0.0"], [1.7320508075688772, "1.7320508075688772"],
  ])("%s", (x, want) => expect(floatRepr(x)).toBe(want));
});
void floats;

describe("eager mode (TF 2 profile)", () => {
  it("constants are computed at once and build no graph op (constant_op.py _constant_eager_impl)", () => {
    fresh("2");
    const t = constant(i(1));
    expect(t).toBeInstanceOf(EagerTensor);
    expect(getDefaultGraph().getOperations()).toHaveLength(0);
  });
});
