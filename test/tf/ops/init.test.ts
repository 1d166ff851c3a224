// init_ops.py (1.15.5) 40-790, review O2 (op names under `<var>/Initializer/`) and reference §4.
import { beforeEach, describe, expect, it } from "vitest";
import { type RefVariable, float32, getVariable, int32, nameScope, variableScope } from "../../../src/tf/index.js";
import {
  computeFans, constantInitializer, glorotNormalInitializer, glorotUniformInitializer, onesInitializer, pyNone,
  pyStr, randomNormalInitializer, randomUniformInitializer, truncatedNormalInitializer, varianceScalingInitializer,
  zerosInitializer,
} from "../../../src/tf/ops/index.js";
import { fl, floats, fresh, i, opNames, opSummary, pyError, withCm } from "./helpers.js";

beforeEach(() => fresh());

const f32 = (x: number) => Math.fround(x);

describe("get_variable with the default initializers (reference §4, review O2)", () => {
  it("a float variable: glorot uniform ops under v/Initializer, then v, v/Assign, v/read", () => {
    getVariable("v", { shape: [2, 3] });
    expect(opNames()).toEqual([
      "v/Initializer/random_uniform/shape", "v/Initializer/random_uniform/min", "v/Initializer/random_uniform/max",
      "v/Initializer/random_uniform/RandomUniform", "v/Initializer/random_uniform/sub", "v/Initializer/random_uniform/mul",
      "v/Initializer/random_uniform", "v", "v/Assign", "v/read",
    ]);
  });
  it("the glorot limit for [2, 3] is sqrt(3 / 2.5), min = -limit (python3: 1.0954451150103324)", () => {
    const v = getVariable("w", { shape: [2, 3] }) as RefVariable;
    const min = v.graph.getOperationByName("w/Initializer/random_uniform/min").attrs!["value"] as { data: number[] };
    const max = v.graph.getOperationByName("w/Initializer/random_uniform/max").attrs!["value"] as { data: number[] };
    expect(min.data).toEqual([f32(-1.0954451150103324)]);
    expect(max.data).toEqual([f32(1.0954451150103324)]);
  });
  it("an int variable gets zeros: v/Initializer/zeros", () => {
    getVariable("n", { shape: [2], dtype: int32 });
    expect(opSummary()).toEqual(["n/Initializer/zeros:Const", "n:VariableV2", "n/Assign:Assign", "n/read:Identity"]);
  });
  it("name scopes do not affect the Initializer ops", () => {
    withCm(nameScope("ns"), () => getVariable("v", { shape: [1], initializer: zerosInitializer() }));
    expect(opNames()[0]).toBe("v/Initializer/zeros");
  });
});

describe("initializers as callables", () => {
  it("zeros and ones: a Const, or a Fill from 1000 elements", () => {
    withCm(variableScope("s"), () => {
      zerosInitializer()([2]);
      onesInitializer()([10, 100], int32);
    });
    expect(opSummary()).toEqual(["s/zeros:Const", "s/ones/shape_as_tensor:Const", "s/ones/Const:Const", "s/ones:Fill"]);
  });
  it("constant_initializer makes a Const (constant_v1) with the shape filled", () => {
    const t = constantInitializer(floats(1, 2))([2, 2]);
    expect([t.op.name, t.dtype]).toEqual(["Const", float32]);
    expect(t.op.attrs!["value"]).toMatchObject({ shape: [2, 2], data: [1, 2, 2, 2] });
    expect(pyError(() => constantInitializer(floats(1, 2, 3))([2]))).toBe(
      "ValueError: Too many elements provided. Needed at most 2, but received 3",
    );
  });
  it("constant_initializer rejects values that are not scalars, lists, tuples or arrays", () => {
    expect(pyError(() => constantInitializer(pyNone))).toBe(
      "TypeError: Invalid type for initial value: <class 'NoneType'> (expected Python scalar, list or tuple of values, or numpy.ndarray).",
    );
    expect(constantInitializer(pyStr("a")).className).toBe("Constant");
  });
  it("random_normal / truncated_normal / random_uniform initializers build their random op graphs", () => {
    randomNormalInitializer()([2]);
    truncatedNormalInitializer(fl(0), fl(2))([2]);
    randomUniformInitializer(fl(-1), fl(1))([2]);
    const tops = opSummary().filter((s) => !s.includes("/"));
    expect(tops).toEqual(["random_normal:Add", "truncated_normal:Add", "random_uniform:Add"]);
  });
  it("float-only initializers check the dtype at construction", () => {
    expect(pyError(() => randomNormalInitializer(fl(0), fl(1), null, int32))).toBe(
      "ValueError: Expected floating point type, got <dtype: 'int32'>.",
    );
  });
  it("configs", () => {
    expect(randomNormalInitializer(fl(0), fl(1), 3).getConfig()).toMatchObject({ seed: 3, dtype: "float32" });
    expect(glorotUniformInitializer(5).getConfig()).toEqual({ seed: 5, dtype: "float32" });
    expect(varianceScalingInitializer(2, "fan_out", "UNIFORM").getConfig()).toMatchObject({ scale: 2, mode: "fan_out", distribution: "uniform" });
  });
});

describe("variance scaling (init_ops.py 1224-1300, _compute_fans)", () => {
  it("fans", () => {
    expect(computeFans([])).toEqual([1, 1]);
    expect(computeFans([7])).toEqual([7, 7]);
    expect(computeFans([3, 4])).toEqual([3, 4]);
    expect(computeFans([2, 2, 3, 4])).toEqual([12, 16]);
  });
  it("glorot_normal: truncated normal with stddev sqrt(scale) / .8796 (python3: 0.508413539202729 for [5, 5])", () => {
    const t = glorotNormalInitializer()([5, 5]);
    expect(t.op.name).toBe("truncated_normal");
    const stddev = t.op.graph.getOperationByName("truncated_normal/stddev").attrs!["value"] as { data: number[] };
    expect(stddev.data).toEqual([f32(0.508413539202729)]);
  });
  it("glorot_uniform through a partition uses the full shape's fans", () => {
    const init = glorotUniformInitializer();
    const t = init([1, 3], undefined, { fullShape: [2, 3], varOffset: [0, 0] });
    const max = t.op.graph.getOperationByName("random_uniform/max").attrs!["value"] as { data: number[] };
    expect(max.data).toEqual([f32(1.0954451150103324)]);
    expect(t.shape.asList()).toEqual([1, 3]);
  });
  it("argument checks raise at construction with Python's 2-argument ValueError text", () => {
    expect(pyError(() => varianceScalingInitializer(0))).toBe("ValueError: `scale` must be positive float.");
    expect(pyError(() => varianceScalingInitializer(1, "fan"))).toBe("ValueError: ('Invalid `mode` argument:', 'fan')");
    expect(pyError(() => varianceScalingInitializer(1, "fan_in", "gauss"))).toBe(
      "ValueError: ('Invalid `distribution` argument:', 'gauss')",
    );
  });
});
void i;
