// ShuffleDataset and ShuffleAndRepeatDataset kernels against the expected outputs of TF 1.15's own
// kernel tests (tensorflow/core/kernels/data/shuffle_dataset_op_test.cc, TestCase1-8): range inputs,
// seed=1/seed2=2 (or 2/2), each iterated once, then again from a second MakeIterator in the same
// iterator context (the "reshuffle" outputs).
import { describe, expect, it } from "vitest";
import { NDArray } from "../../../src/numpy/ndarray.js";
import { kernelFor } from "../../../src/tf/kernels/registry.js";
import "../../../src/tf/data/kernels.js";
import { type DatasetValue, type Element, newIterationContext } from "../../../src/tf/data/dataset-value.js";
import type { Operation } from "../../../src/tf/tensor.js";

const int64 = (x: number) => new NDArray("int64", [], [x]);
const range = (n: number): DatasetValue => ({
  kind: "dataset",
  *elements(): Iterator<Element> {
    for (let i = 0; i < n; i++) yield [int64(i)];
  },
});
const state = { slots: new Map(), resources: new Map(), generators: new Map(), counters: new Map() };

function run(type: string, inputs: unknown[], attrs: Record<string, unknown> = {}): DatasetValue {
  const op = { type, name: type, getAttr: (n: string) => attrs[n] } as unknown as Operation;
  const r = kernelFor(op).compute({ op, inputs: inputs as never, taint: 0, state });
  return ("outputs" in r ? r.outputs[0] : (r as unknown[])[0]) as unknown as DatasetValue;
}

function take(ds: DatasetValue, ictx: ReturnType<typeof newIterationContext>, max = Infinity): number[] {
  const out: number[] = [];
  const it = ds.elements(ictx);
  for (let r = it.next(); !r.done && out.length < max; r = it.next()) out.push(Number(r.value[0]!.item()));
  return out;
}

// CreateDatasetOpKernel: ShuffleDataset when count == 1, else ShuffleAndRepeatDataset.
function shuffle(n: number, buffer: number, seed: number, seed2: number, count: number, reshuffle: boolean): DatasetValue {
  const s = run("ShuffleDataset", [range(n), int64(buffer), int64(seed), int64(seed2)], { reshuffle_each_iteration: count === 1 ? reshuffle : true });
  return count === 1 ? s : run("RepeatDataset", [s, int64(count)]);
}

const CASES: [string, number, number, number, number, number, boolean, number[], number[]][] = [
  ["1: reshuffle_each_iteration = false", 10, 3, 1, 2, 1, false, [2, 3, 0, 5, 6, 4, 7, 8, 9, 1], [2, 3, 0, 5, 6, 4, 7, 8, 9, 1]],
  ["2: reshuffle_each_iteration = true", 10, 10, 1, 2, 1, true, [2, 6, 1, 3, 9, 5, 0, 8, 7, 4], [1, 6, 0, 5, 2, 7, 4, 3, 9, 8]],
  ["3: a buffer smaller than the input", 10, 2, 1, 2, 1, true, [0, 2, 1, 3, 5, 6, 4, 7, 8, 9], [1, 0, 2, 3, 4, 5, 6, 7, 9, 8]],
  ["4: other seeds", 10, 10, 2, 2, 1, true, [3, 0, 8, 1, 5, 4, 7, 2, 6, 9], [4, 6, 9, 0, 1, 8, 2, 7, 3, 5]],
  ["5: buffer_size = 1", 10, 1, 1, 2, 1, true, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]],
  ["6: an empty input", 0, 10, 1, 2, 1, true, [], []],
  ["7: shuffle_and_repeat, count = 2", 10, 10, 1, 2, 2, false,
    [9, 0, 8, 6, 1, 3, 7, 2, 4, 5, 4, 3, 0, 5, 8, 2, 6, 9, 7, 1], [9, 0, 8, 6, 1, 3, 7, 2, 4, 5, 4, 3, 0, 5, 8, 2, 6, 9, 7, 1]],
  ["8: shuffle_and_repeat, count = -1", 3, 10, 1, 2, -1, false,
    [2, 0, 1, 2, 0, 1, 1, 2, 0, 1, 0, 2, 2, 0, 1, 1, 0, 2, 2, 1, 0], [2, 0, 1, 2, 0, 1, 1, 2, 0, 1, 0, 2, 2, 0, 1, 1, 0, 2, 2, 1, 0]],
];

describe("ShuffleDataset / ShuffleAndRepeatDataset (shuffle_dataset_op_test.cc)", () => {
  for (const [name, n, buffer, seed, seed2, count, reshuffle, first, second] of CASES) {
    it(`TestCase${name}`, () => {
      const ds = shuffle(n, buffer, seed, seed2, count, reshuffle);
      const ictx = newIterationContext();
      expect(take(ds, ictx, first.length)).toEqual(first);
      expect(take(ds, ictx, second.length)).toEqual(second);
    });
  }

  it("checks buffer_size and count as MakeDataset does", () => {
    expect(() => shuffle(10, 0, 1, 2, 1, true)).toThrow("buffer_size must be greater than zero.");
    expect(() => shuffle(10, 10, 1, 2, 0, true)).toThrow("count must be greater than zero or equal to -1.");
  });
});
