// random_ops.py (1.15.5) 40-250, random_seed.py 29-84, tensorflow/core/ops/random_ops.cc.
import { beforeEach, describe, expect, it } from "vitest";
import { asShape, float16, float64, getDefaultGraph, int32, int64, int8 } from "../../../src/tf/index.js";
import {
  DEFAULT_GRAPH_SEED, getSeed, placeholder, randomNormal, randomUniform, setRandomSeed, truncatedNormal,
} from "../../../src/tf/ops/index.js";
import { fl, fresh, i, ints, opSummary, pyError } from "./helpers.js";

beforeEach(() => fresh());

describe("op graphs (reference §1.4, review item 12)", () => {
  it("random_normal: shape, mean, stddev, RandomStandardNormal, mul, then the Add named random_normal", () => {
    const r = randomNormal(ints(2, 3));
    expect(opSummary()).toEqual([
      "random_normal/shape:Const", "random_normal/mean:Const", "random_normal/stddev:Const",
      "random_normal/RandomStandardNormal:RandomStandardNormal", "random_normal/mul:Mul", "random_normal:Add",
    ]);
    expect(r.shape.asList()).toEqual([2, 3]);
  });
  it("float random_uniform: shape, min, max, RandomUniform, sub, mul, Add", () => {
    randomUniform(ints(4));
    expect(opSummary()).toEqual([
      "random_uniform/shape:Const", "random_uniform/min:Const", "random_uniform/max:Const",
      "random_uniform/RandomUniform:RandomUniform", "random_uniform/sub:Sub", "random_uniform/mul:Mul", "random_uniform:Add",
    ]);
  });
  it("int random_uniform is one RandomUniformInt named random_uniform", () => {
    const r = randomUniform(ints(3), i(0), i(10), { dtype: int32 });
    expect(opSummary()).toEqual([
      "random_uniform/shape:Const", "random_uniform/min:Const", "random_uniform/max:Const", "random_uniform:RandomUniformInt",
    ]);
    expect(r.op.attrs).toMatchObject({ Tout: int32, T: int32, seed: 0, seed2: 0 });
  });
  it("truncated_normal", () => {
    truncatedNormal(ints(2), fl(0), fl(1), { dtype: float64, name: "tn" });
    expect(opSummary().map((s) => s.split(":")[0])).toEqual(["tn/shape", "tn/mean", "tn/stddev", "tn/TruncatedNormal", "tn/mul", "tn"]);
  });
  it("the shape comes from a placeholder's static shape when fed one", () => {
    const s = placeholder(int32, asShape([3]));
    expect(randomNormal(s).shape.asList()).toEqual([null, null, null]);
  });
  it("attrs carry dtype and T", () => {
    randomNormal(ints(2), fl(0), fl(1), { dtype: float16 });
    const k = getDefaultGraph().getOperationByName("random_normal/RandomStandardNormal");
    expect(k.attrs).toMatchObject({ dtype: float16, T: int32, seed: 0, seed2: 0 });
  });
});

describe("errors", () => {
  it("an int dtype without maxval", () => {
    expect(pyError(() => randomUniform(ints(2), i(0), null, { dtype: int64 }))).toBe("ValueError: Must specify maxval for integer dtype tf.int64");
  });
  it("an unsupported dtype", () => {
    expect(pyError(() => randomUniform(ints(2), i(0), i(1), { dtype: int8 }))).toBe("ValueError: Invalid dtype tf.int8");
  });
  it("random_normal with an int dtype fails at the kernel op's dtype attr", () => {
    expect(pyError(() => randomNormal(ints(2), i(0), i(1), { dtype: int32 }))).toBe(
      "TypeError: Value passed to parameter 'dtype' has DataType int32 not in list of allowed values: float16, bfloat16, float32, float64",
    );
  });
});

describe("seeds (random_seed.get_seed)", () => {
  it("no graph seed and no op seed: (None, None), recorded as 0, 0", () => {
    expect(getSeed(null)).toEqual([null, null]);
  });
  it("only an op seed: the default graph seed", () => {
    expect(getSeed(7)).toEqual([DEFAULT_GRAPH_SEED, 7]);
    expect(DEFAULT_GRAPH_SEED).toBe(87654321);
  });
  it("a graph seed and no op seed: the id of the last op created", () => {
    setRandomSeed(42);
    const r = randomUniform(ints(2));
    const kernel = r.op.inputs[0]!.op.inputs[0]!.op;
    // shape, min, max were ops 1..3 when get_seed ran.
    expect(kernel.attrs).toMatchObject({ seed: 42, seed2: 3 });
  });
  it("seeds are truncated modulo 2**31 - 1 with Python's sign rule", () => {
    setRandomSeed(2 ** 31);
    expect(getSeed(-1)).toEqual([1, 2147483646]);
  });
  it("(0, 0) becomes (0, 2**31 - 1)", () => {
    setRandomSeed(0);
    expect(getSeed(0)).toEqual([0, 2147483647]);
  });
});
