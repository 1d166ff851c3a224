// Expected values from array_ops.py (1.15.5) 60-3965, constant_op.py 286-320 and
// tensorflow/core/ops/array_ops.cc (shape functions and registrations).
import { beforeEach, describe, expect, it } from "vitest";
import { asShape, bool, float32, int32, int64, nameScope, resetRuntime, string } from "../../../src/tf/index.js";
import {
  concat, constant, expandDims, fill, gather, identity, ones, onesLike, placeholder, placeholderWithDefault, pyTensor,
  rank, reshape, shape, size, sliceTensor, squeeze, stack, tile, transpose, zeros, zerosLike,
} from "../../../src/tf/ops/index.js";
import { fl, floats, fresh, i, ints, opNames, opSummary, pyError, withCm } from "./helpers.js";

beforeEach(() => fresh());

const ph = (s: (number | null)[] | null, dtype = float32, name: string | null = null) =>
  placeholder(dtype, s === null ? null : asShape(s), name);

describe("placeholder", () => {
  it("is Placeholder with dtype and shape attrs and that static shape", () => {
    const p = ph([null, 3]);
    expect([p.op.name, p.op.type, p.shape.asList()]).toEqual(["Placeholder", "Placeholder", [null, 3]]);
    expect(p.op.attrs!["dtype"]).toBe(float32);
  });
  it("without a shape has unknown rank", () => {
    expect(ph(null).shape.rank).toBeNull();
  });
  it("raises E21 in eager mode (TF 2 profile)", () => {
    resetRuntime("2");
    expect(pyError(() => ph([1]))).toBe("RuntimeError: tf.placeholder() is not compatible with eager execution.");
  });
  it("placeholder_with_default merges the default's shape with the given one", () => {
    const p = placeholderWithDefault(floats(1, 2), asShape([null]));
    expect(opNames()).toEqual(["PlaceholderWithDefault/input", "PlaceholderWithDefault"]);
    expect(p.shape.asList()).toEqual([null]);
    expect(pyError(() => placeholderWithDefault(floats(1, 2), asShape([3]), "p"))).toBe(
      "ValueError: Dimension 0 in both shapes must be equal, but are 2 and 3. Shapes are [2] and [3]. for 'p' (op: 'PlaceholderWithDefault') with input shapes: [2].",
    );
  });
});

describe("zeros / ones (array_ops.py 2293-2575)", () => {
  it("under 1000 elements: one Const named after the scope", () => {
    const z = zeros(ints(2, 3));
    expect(opSummary()).toEqual(["zeros:Const"]);
    expect(z.op.attrs!["value"]).toMatchObject({ dtype: "float32", shape: [2, 3] });
    ones(ints(2), int32);
    expect(opSummary()).toEqual(["zeros:Const", "ones:Const"]);
  });
  it("1000 elements or more: Fill of zeros/shape_as_tensor and zeros/Const", () => {
    const z = zeros(ints(10, 100));
    expect(opSummary()).toEqual(["zeros/shape_as_tensor:Const", "zeros/Const:Const", "zeros:Fill"]);
    expect(z.shape.asList()).toEqual([10, 100]);
    expect(z.op.attrs).toMatchObject({ T: float32, index_type: int32 });
  });
  it("a scalar int shape takes the TensorShape path even when small", () => {
    const z = zeros(i(5));
    expect(opSummary()).toEqual(["zeros/shape_as_tensor:Const", "zeros/Const:Const", "zeros:Fill"]);
    expect(z.shape.asList()).toEqual([5]);
  });
  it("a Tensor shape: the Fill reads its constant value", () => {
    const z = ones(constant(ints(2, 2)), bool);
    expect(opSummary()).toEqual(["Const:Const", "ones/Const:Const", "ones:Fill"]);
    expect([z.dtype, z.shape.asList()]).toEqual([bool, [2, 2]]);
  });
  it("a shape with None fails converting to int32", () => {
    expect(pyError(() => zeros({ kind: "list", items: [i(2), { kind: "none" }] }))).toBe(
      "TypeError: Expected int32, got None of type 'NoneType' instead.",
    );
  });
  it("string zeros are empty strings", () => {
    expect(zeros(ints(2), string).op.attrs!["value"]).toMatchObject({ dtype: "bytes", shape: [2] });
  });
  it("inside a name scope", () => {
    withCm(nameScope("s"), () => zeros(ints(1)));
    expect(opNames()).toEqual(["s/zeros"]);
  });
});

describe("zeros_like / ones_like", () => {
  it("zeros_like of a fully defined tensor is a Const named zeros_like", () => {
    const x = ph([2]);
    const z = zerosLike(x);
    expect(opSummary().slice(1)).toEqual(["zeros_like:Const"]);
    expect(z.shape.asList()).toEqual([2]);
  });
  it("zeros_like of a partial shape is a ZerosLike op", () => {
    zerosLike(ph([null]));
    expect(opSummary().slice(1)).toEqual(["zeros_like:ZerosLike"]);
  });
  it("ones_like always builds Shape (a Const when known), Const and Fill", () => {
    const o = onesLike(ph([2, 3]));
    expect(opSummary().slice(1)).toEqual(["ones_like/Shape:Const", "ones_like/Const:Const", "ones_like:Fill"]);
    expect(o.shape.asList()).toEqual([2, 3]);
  });
});

describe("reshape (SetOutputShapeForReshape)", () => {
  it("names the shape input Reshape/shape and infers -1", () => {
    const r = reshape(ph([2, 3]), ints(-1));
    expect(opNames().slice(1)).toEqual(["Reshape/shape", "Reshape"]);
    expect(r.shape.asList()).toEqual([6]);
    expect(reshape(ph([null, 3]), ints(-1, 6)).shape.asList()).toEqual([null, 6]);
    expect(reshape(ph([null, 3]), ints(3, -1)).shape.asList()).toEqual([3, null]);
  });
  it("a Shape op as the target reads its input's partial shape (ConstantPartialShape)", () => {
    const y = ph([null, 3]);
    expect(reshape(ph([null]), shape(y)).shape.asList()).toEqual([null, 3]);
  });
  it("a packed [tf.shape(x)[0], -1] gives an unknown then -1 resolved against the input", () => {
    const x = ph([null, 2, 3]);
    const first = sliceTensor(shape(x), [{ kind: "index", value: i(0) }]);
    expect(reshape(x, { kind: "list", items: [pyTensor(first), i(-1)] }).shape.asList()).toEqual([null, null]);
  });
  it("a size mismatch reports the partial shape it read", () => {
    expect(pyError(() => reshape(ph([2, 3]), ints(4)))).toBe(
      "ValueError: Cannot reshape a tensor with 6 elements to shape [4] (4 elements) for 'Reshape' (op: 'Reshape') with input shapes: [2,3], [1] and with input tensors computed as partial shapes: input[1] = [4].",
    );
  });
  it("-1 that cannot divide evenly", () => {
    expect(pyError(() => reshape(ph([7]), ints(2, -1), "r"))).toBe(
      "ValueError: Dimension size must be evenly divisible by 2 but is 7 for 'r' (op: 'Reshape') with input shapes: [7], [2] and with input tensors computed as partial shapes: input[1] = [2,?].",
    );
  });
});

describe("concat / stack", () => {
  it("concat is ConcatV2 with values_i and axis inputs", () => {
    const c = concat([ph([2, 3]), { kind: "list", items: [floats(1, 2, 3)] }], i(0));
    expect(opNames().slice(1)).toEqual(["concat/values_1", "concat/axis", "concat"]);
    expect(c.op.type).toBe("ConcatV2");
    expect(c.shape.asList()).toEqual([3, 3]);
    expect(c.op.attrs).toMatchObject({ N: 2, Tidx: int32 });
  });
  it("concat merges the other dims and reports mismatches", () => {
    expect(concat([ph([null, 3]), ph([4, 3])], i(0)).shape.asList()).toEqual([null, 3]);
    expect(concat([ph([2, 3]), ph([2, 4])], i(-1)).shape.asList()).toEqual([2, 7]);
    expect(pyError(() => concat([ph([2, 3]), ph([2, 4])], i(0), "c"))).toBe(
      // ConcatShapeHelper merges the dims after the axis as sub-shapes, so the index is 0 there.
      "ValueError: Dimension 0 in both shapes must be equal, but are 3 and 4. Shapes are [3] and [4]. for 'c' (op: 'ConcatV2') with input shapes: [2,3], [2,4], [] and with computed input tensors: input[2] = <0>.",
    );
  });
  it("concat of a single value is an Identity inside the concat scope", () => {
    concat([ph([2])], i(0));
    expect(opSummary().slice(1)).toEqual(["concat/concat_dim:Const", "concat/concat:Identity"]);
  });
  it("stack of tensors at axis 0 auto-packs into Pack named stack", () => {
    const s = stack([ph([2]), ph([2])]);
    expect(opSummary().slice(2)).toEqual(["stack:Pack"]);
    expect([s.shape.asList(), s.op.attrs!["axis"], s.op.attrs!["N"]]).toEqual([[2, 2], 0, 2]);
  });
  it("stack of Python values is a Const named stack", () => {
    stack([i(1), i(2)]);
    expect(opSummary()).toEqual(["stack:Const"]);
  });
  it("stack along axis 1 and its range check", () => {
    const a = ph([2]);
    expect(stack([a, a], 1).shape.asList()).toEqual([2, 2]);
    expect(pyError(() => stack([a, a], 3))).toBe("ValueError: axis = 3 not in [-2, 2)");
  });
});

describe("transpose / expand_dims / squeeze / tile / gather", () => {
  it("transpose without perm reverses via a transpose/perm Const", () => {
    const t = transpose(ph([2, 3, 4]));
    expect(opNames().slice(1)).toEqual(["transpose/perm", "transpose"]);
    expect(t.op.inputs[1]!.op.attrs!["value"]).toMatchObject({ dtype: "int32", data: [2, 1, 0] });
    expect(t.shape.asList()).toEqual([4, 3, 2]);
  });
  it("transpose with a perm", () => {
    expect(transpose(ph([2, 3, 4]), ints(0, 2, 1)).shape.asList()).toEqual([2, 4, 3]);
    expect(pyError(() => transpose(ph([2, 3]), ints(0, 2), "t"))).toBe(
      "ValueError: perm dim 2 is out of range of input rank 2 for 't' (op: 'Transpose') with input shapes: [2,3], [2] and with computed input tensors: input[1] = <0 2>.",
    );
  });
  it("transpose of unknown rank builds Rank, sub and Range", () => {
    transpose(ph(null));
    expect(opSummary().slice(1)).toEqual([
      "transpose/Rank:Rank", "transpose/sub/y:Const", "transpose/sub:Sub", "transpose/Range/start:Const",
      "transpose/Range/delta:Const", "transpose/Range:Range", "transpose/sub_1:Sub", "transpose:Transpose",
    ]);
  });
  it("expand_dims", () => {
    const e = expandDims(ph([2, 3]), i(-1));
    expect(opNames().slice(1)).toEqual(["ExpandDims/dim", "ExpandDims"]);
    expect(e.shape.asList()).toEqual([2, 3, 1]);
    expect(pyError(() => expandDims(ph([2]), null))).toBe("ValueError: Must specify an axis argument to tf.expand_dims()");
  });
  it("squeeze all ones or the given axes", () => {
    expect(squeeze(ph([1, 2, 1])).shape.asList()).toEqual([2]);
    expect(squeeze(ph([1, 2, 1]), 0).op.attrs!["squeeze_dims"]).toEqual([0]);
    expect(squeeze(ph([null, 2])).shape.rank).toBeNull();
    expect(pyError(() => squeeze(ph([2, 3]), 1, "q"))).toBe(
      "ValueError: Can not squeeze dim[1], expected a dimension of 1, got 3 for 'q' (op: 'Squeeze') with input shapes: [2,3].",
    );
  });
  it("tile multiplies dims", () => {
    expect(tile(ph([2, null]), ints(3, 2)).shape.asList()).toEqual([6, null]);
  });
  it("gather on axis 0", () => {
    const g = gather(ph([5, 3]), ints(0, 2));
    expect(opNames().slice(1)).toEqual(["GatherV2/indices", "GatherV2/axis", "GatherV2"]);
    expect(g.shape.asList()).toEqual([2, 3]);
  });
  it("identity and fill", () => {
    identity(ph([2]));
    const f = fill(ints(2, 2), fl(1));
    expect(opSummary().slice(1)).toEqual(["Identity:Identity", "Fill/dims:Const", "Fill/value:Const", "Fill:Fill"]);
    expect(f.shape.asList()).toEqual([2, 2]);
  });
});

describe("shape / size / rank", () => {
  it("fold to Consts named after the scope when static", () => {
    const x = ph([2, 3]);
    const s = shape(x);
    size(x);
    rank(x);
    expect(opSummary().slice(1)).toEqual(["Shape:Const", "Size:Const", "Rank:Const"]);
    expect(s.op.attrs!["value"]).toMatchObject({ data: [2, 3] });
  });
  it("otherwise are ops with the op's output shapes", () => {
    const x = ph([null, 3]);
    expect(shape(x).shape.asList()).toEqual([2]);
    expect(shape(x, null, int64).dtype).toBe(int64);
    size(x);
    rank(ph(null));
    expect(opSummary().slice(1)).toEqual(["Shape:Shape", "Shape_1:Shape", "Size:Size", "Placeholder_1:Placeholder", "Rank:Rank"]);
  });
});
void pyTensor;
