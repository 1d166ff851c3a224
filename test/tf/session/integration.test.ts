// Graphs built through the op catalogue and variables as a snippet would build them, then run.
// Expected values follow from the ops' definitions and TF's initializer distributions.
import { beforeEach, describe, expect, it } from "vitest";
import { arrayStr } from "../../../src/numpy/arrayprint.js";
import { type NDArray, fromNested } from "../../../src/numpy/ndarray.js";
import { resetRuntime } from "../../../src/tf/context.js";
import * as d from "../../../src/tf/dtypes.js";
import * as ops from "../../../src/tf/ops/index.js";
import { Session } from "../../../src/tf/session.js";
import { asShape } from "../../../src/tf/shape.js";
import type { Tensor } from "../../../src/tf/tensor.js";
import { createVariable, type Variable } from "../../../src/tf/variables.js";

beforeEach(() => resetRuntime("1.15"));

const int = (v: number) => ops.pyInt(v);
const list = (xs: number[]) => ops.pyList(xs.map((x) => ops.pyFloat(x)));

describe("catalogue graphs", () => {
  it("feeds a placeholder through matmul and a reduction", () => {
    const x = ops.placeholder(d.float32, asShape([null, 2]), "x");
    const w = ops.constant(ops.pyList([list([1, 2]), list([3, 4])]));
    const y = ops.matmul(x, w);
    const total = ops.reduceSum(y);
    const s = new Session();
    const [ry, rt] = s.run([y, total], new Map([[x, fromNested([[1, 1], [0, 1]], "float32")]])) as NDArray[];
    expect(arrayStr(ry)).toBe("[[4. 6.]\n [3. 4.]]");
    expect(arrayStr(rt)).toBe("17.0");
  });
  it("initializes variables through a group and reads them back", () => {
    const v = createVariable({ initialValue: ops.constant(ops.pyList([int(1), int(2)])), name: "v" }) as Variable;
    const r = createVariable({ initialValue: ops.constant(list([0.5])), name: "r", useResource: true }) as Variable;
    const init = ops.group([v.initializer, r.initializer], "init")!;
    const s = new Session();
    s.run(init);
    expect(arrayStr(s.run(v.value()) as NDArray)).toBe("[1 2]");
    expect(arrayStr(s.run(r.value()) as NDArray)).toBe("[0.5]");
    const inc = ops.assignAdd(v.value().op.inputs[0]!, ops.constant(ops.pyList([int(10), int(10)]))) as Tensor;
    expect(arrayStr(s.run(inc) as NDArray)).toBe("[11 12]");
  });
  it("draws glorot-uniform initial values within TF's limit", () => {
    const init = ops.glorotUniformInitializer()([3, 2], d.float32, null);
    const v = createVariable({ initialValue: init, name: "w" }) as Variable;
    const s = new Session();
    s.run(v.initializer);
    const w = s.run(v.value()) as NDArray;
    // limit = sqrt(6 / (fan_in + fan_out)) = sqrt(6 / 5)
    expect(w.shape).toEqual([3, 2]);
    expect(w.numbers().every((x) => Math.abs(x) <= Math.sqrt(6 / 5))).toBe(true);
    expect(s.nondeterministic).toBe(true);
  });
});

describe("nn ops", () => {
  it("convolves, adds bias, applies relu and max-pools (NHWC)", () => {
    // 1x3x3x1 input 1..9, 2x2x1x1 filter of ones, VALID: window sums 12 16 24 28.
    const x = ops.constant(ops.pyList([ops.pyList([1, 2, 3].map((r) => ops.pyList([0, 1, 2].map((c) => ops.pyList([ops.pyFloat((r - 1) * 3 + c + 1)])))))]));
    const f = ops.constant(ops.pyList([0, 1].map(() => ops.pyList([0, 1].map(() => ops.pyList([ops.pyList([ops.pyFloat(1)])]))))));
    const conv = ops.conv2d(x, f, { strides: [1, 1, 1, 1], padding: "VALID" });
    const biased = ops.biasAdd(conv, ops.constant(ops.pyList([ops.pyFloat(-20)])));
    const s = new Session();
    expect((s.run(conv) as NDArray).data).toEqual([12, 16, 24, 28]);
    expect((s.run(biased) as NDArray).data).toEqual([-8, -4, 4, 8]);
    const pooled = ops.maxPool(x, [1, 2, 2, 1], [1, 2, 2, 1], "SAME");
    expect((s.run(pooled) as NDArray).data).toEqual([5, 6, 8, 9]);
  });
});

describe("seeded random ops", () => {
  it("reproduce TF's published tf.random_uniform([1], seed=1) samples", () => {
    // TF printed [ 0.23903739] then [ 0.22267115] for this op in every new session, under numpy's
    // pre-1.14 fixed 8-digit format (the "uniform with (seed = 1)" example of Getting Started with
    // TensorFlow, 2016). numpy 1.17 prints the same float32 values with their shortest digits
    // (checked with CPython's struct round trip).
    const u = ops.randomUniform(ops.pyList([int(1)]), int(0), null, { seed: 1 });
    for (let k = 0; k < 2; k++) {
      const s = new Session();
      const first = s.run(u) as NDArray, second = s.run(u) as NDArray;
      expect([first.numbers()[0].toFixed(8), second.numbers()[0].toFixed(8)]).toEqual(["0.23903739", "0.22267115"]);
      expect([arrayStr(first), arrayStr(second)]).toEqual(["[0.2390374]", "[0.22267115]"]);
      expect(s.nondeterministic).toBe(false);
    }
  });
});
