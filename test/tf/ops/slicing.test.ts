// array_ops.py _slice_helper (658-748) and strided_slice_op.cc ValidateStridedSliceOp.
import { beforeEach, describe, expect, it } from "vitest";
import { asShape, float32, int32 } from "../../../src/tf/index.js";
import { type SliceItem, placeholder, pyNone, sliceTensor } from "../../../src/tf/ops/index.js";
import { fl, fresh, i, opSummary, pyError } from "./helpers.js";

beforeEach(() => fresh());

const ph = (s: (number | null)[], dtype = float32) => placeholder(dtype, asShape(s));
const idx = (n: number): SliceItem => ({ kind: "index", value: i(n) });
const sl = (start: number | null, stop: number | null, step: number | null = null): SliceItem => ({
  kind: "slice", start: start === null ? null : i(start), stop: stop === null ? null : i(stop), step: step === null ? null : i(step),
});
const ELL: SliceItem = { kind: "ellipsis" };
const NEW: SliceItem = { kind: "newaxis" };

describe("x[...] naming", () => {
  it("x[0]: stack, stack_1, stack_2 under strided_slice, shrink_axis_mask 1", () => {
    const y = sliceTensor(ph([3, 4]), [idx(0)]);
    expect(opSummary().slice(1)).toEqual([
      "strided_slice/stack:Const", "strided_slice/stack_1:Const", "strided_slice/stack_2:Const", "strided_slice:StridedSlice",
    ]);
    expect(y.op.attrs).toMatchObject({ begin_mask: 0, end_mask: 0, shrink_axis_mask: 1, Index: int32 });
    expect(y.op.inputs[2]!.op.attrs!["value"]).toMatchObject({ data: [1] });
    expect(y.shape.asList()).toEqual([4]);
  });
  it("a second slice is strided_slice_1", () => {
    const x = ph([3]);
    sliceTensor(x, [idx(0)]);
    expect(sliceTensor(x, [idx(1)]).op.name).toBe("strided_slice_1");
  });
});

describe("shapes (ValidateStridedSliceOp)", () => {
  const x = () => ph([3, 4]);
  it.each<[string, SliceItem[], (number | null)[]]>([
    ["x[:, 1:3]", [sl(null, null), sl(1, 3)], [3, 2]],
    ["x[..., 0]", [ELL, idx(0)], [3]],
    ["x[None, :]", [NEW, sl(null, null)], [1, 3, 4]],
    ["x[::-1]", [sl(null, null, -1)], [3, 4]],
    ["x[-1]", [idx(-1)], [4]],
    ["x[1:10]", [sl(1, 10)], [2, 4]],
    ["x[2:1]", [sl(2, 1)], [0, 4]],
    ["x[::2, ::3]", [sl(null, null, 2), sl(null, null, 3)], [2, 2]],
  ])("%s", (_, spec, want) => {
    expect(sliceTensor(x(), spec).shape.asList()).toEqual(want);
  });
  it("unknown dims", () => {
    expect(sliceTensor(ph([null, 4]), [idx(0)]).shape.asList()).toEqual([4]);
    expect(sliceTensor(ph([null, 4]), [sl(1, null)]).shape.asList()).toEqual([null, 4]);
  });
  it("masks", () => {
    const y = sliceTensor(ph([3, 4]), [sl(null, null), sl(1, 3)]);
    expect(y.op.attrs).toMatchObject({ begin_mask: 1, end_mask: 1, ellipsis_mask: 0, new_axis_mask: 0, shrink_axis_mask: 0 });
  });
});

describe("errors", () => {
  it("an index out of bounds, with the computed input tensors", () => {
    expect(pyError(() => sliceTensor(ph([3, 4]), [idx(5)]))).toBe(
      "ValueError: slice index 5 of dimension 0 out of bounds. for 'strided_slice' (op: 'StridedSlice') with input shapes: [3,4], [1], [1], [1] and with computed input tensors: input[1] = <5>, input[2] = <6>, input[3] = <1>.",
    );
  });
  it("too many indices", () => {
    expect(pyError(() => sliceTensor(ph([3]), [idx(0), idx(0)]))).toMatch(
      /^ValueError: Index out of range using input dim 1; input has only 1 dims for 'strided_slice'/,
    );
  });
  it("a float index (_check_index)", () => {
    expect(pyError(() => sliceTensor(ph([3]), [{ kind: "index", value: fl(1.5) }]))).toBe(
      "TypeError: Only integers, slices (`:`), ellipsis (`...`), tf.newaxis (`None`) and scalar tf.int32/tf.int64 tensors are valid indices, got 1.5",
    );
  });
  it("a 1-D tensor index", () => {
    const t = ph([2], int32);
    expect(pyError(() => sliceTensor(ph([3]), [{ kind: "index", value: t }]))).toBe(
      "TypeError: Only integers, slices (`:`), ellipsis (`...`), tf.newaxis (`None`) and scalar tf.int32/tf.int64 tensors are valid indices, got <tf.Tensor 'Placeholder:0' shape=(2,) dtype=int32>",
    );
  });
  it("a scalar tensor index adds `add` for the end, outside the slice scope", () => {
    const t = placeholder(int32, asShape([]));
    const y = sliceTensor(ph([3, 4]), [{ kind: "index", value: t }]);
    expect(opSummary().slice(2)).toEqual([
      "add/y:Const", "add:AddV2", "strided_slice/stack:Pack", "strided_slice/stack_1:Pack", "strided_slice/stack_2:Const",
      "strided_slice:StridedSlice",
    ]);
    expect(y.shape.asList()).toEqual([4]);
  });
});
void pyNone;
