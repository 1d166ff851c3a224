// Legacy tf.layers naming (review O7): layers/base.py 249-315 & 437-536, layers/core.py,
// keras/engine/base_layer.py __call__, keras/backend.py unique_object_name (zero_based=False),
// keras/layers/convolutional.py Conv.build (nn_ops._WithSpaceToBatch converts `dilation_rate`).
import { beforeEach, describe, expect, it } from "vitest";
import { asShape, float32, getDefaultGraph, int32, nameScope, variableScope } from "../../../src/tf/index.js";
import { Conv, Dense, conv, dense, toSnakeCase } from "../../../src/tf/layers/index.js";
import { placeholder, relu } from "../../../src/tf/ops/index.js";
import { fresh, opNames, pyError, withCm } from "./helpers.js";

beforeEach(() => fresh());

const ph = (s: (number | null)[], dtype = float32) => placeholder(dtype, asShape(s));
const varNames = () => getDefaultGraph().getOperations().filter((o) => o.type === "VariableV2").map((o) => o.name);

describe("tf.layers.dense", () => {
  it("builds kernel and bias under dense/, then dense/MatMul and dense/BiasAdd", () => {
    const y = dense(ph([null, 2]), 3);
    expect(opNames().slice(1)).toEqual([
      "dense/kernel/Initializer/random_uniform/shape", "dense/kernel/Initializer/random_uniform/min",
      "dense/kernel/Initializer/random_uniform/max", "dense/kernel/Initializer/random_uniform/RandomUniform",
      "dense/kernel/Initializer/random_uniform/sub", "dense/kernel/Initializer/random_uniform/mul",
      "dense/kernel/Initializer/random_uniform", "dense/kernel", "dense/kernel/Assign", "dense/kernel/read",
      "dense/bias/Initializer/zeros", "dense/bias", "dense/bias/Assign", "dense/bias/read",
      "dense/MatMul", "dense/BiasAdd",
    ]);
    expect([y.name, y.shape.asList()]).toEqual(["dense/BiasAdd:0", [null, 3]]);
  });
  it("unnamed layers count their variable scopes from 0: dense, dense_1", () => {
    const x = ph([null, 2]);
    dense(x, 3);
    dense(x, 4, { activation: (t) => relu(t) });
    expect(varNames()).toEqual(["dense/kernel", "dense/bias", "dense_1/kernel", "dense_1/bias"]);
    expect(opNames().slice(-3)).toEqual(["dense_1/MatMul", "dense_1/BiasAdd", "dense_1/Relu"]);
  });
  it("name + reuse=True shares fc/kernel while the ops go to fc_1/", () => {
    const x = ph([null, 2]);
    dense(x, 3, { name: "fc" });
    const y = dense(x, 3, { name: "fc", reuse: true });
    expect(varNames()).toEqual(["fc/kernel", "fc/bias"]);
    expect(y.op.name).toBe("fc_1/BiasAdd");
    expect(y.op.inputs[0]!.op.name).toBe("fc_1/MatMul");
  });
  it("the same name without reuse is E1", () => {
    const x = ph([null, 2]);
    dense(x, 3, { name: "fc" });
    expect(pyError(() => dense(x, 3, { name: "fc" }))).toMatch(
      /^ValueError: Variable fc\/kernel already exists, disallowed\. Did you mean to set reuse=True or reuse=tf\.AUTO_REUSE in VarScope\?/,
    );
  });
  it("inside a variable scope", () => {
    withCm(variableScope("outer"), () => dense(ph([null, 2]), 1));
    expect(varNames()).toEqual(["outer/dense/kernel", "outer/dense/bias"]);
    expect(opNames().slice(-2)).toEqual(["outer/dense/MatMul", "outer/dense/BiasAdd"]);
  });
  it("inside a name scope only the ops move: ns/dense/MatMul with variables dense/kernel", () => {
    withCm(nameScope("ns"), () => dense(ph([null, 2]), 1));
    expect(varNames()).toEqual(["dense/kernel", "dense/bias"]);
    expect(opNames().slice(-2)).toEqual(["ns/dense/MatMul", "ns/dense/BiasAdd"]);
  });
  it("registers the update_ops collection (base.py _add_elements_to_collection)", () => {
    dense(ph([null, 2]), 1);
    expect(getDefaultGraph().getAllCollectionKeys()).toContain("update_ops");
  });
});

describe("tf.layers.Dense objects", () => {
  it("layer names count from 1 while scopes count from 0 (core_test.py 55-60)", () => {
    const a = new Dense(2);
    const b = new Dense(2);
    expect([a.name, b.name]).toEqual(["dense_1", "dense_2"]);
    const x = ph([null, 3]);
    a.apply(x);
    b.apply(x);
    expect([a.scopeName, b.scopeName]).toEqual(["dense", "dense_1"]);
  });
  it("scope_name before the first call", () => {
    expect(pyError(() => new Dense(2).scopeName)).toBe(
      'ValueError: No name available for layer scope because the layer "dense_1" has not been used yet. The scope name  is determined the first time the layer instance is called. You must therefore call the layer before querying `scope_name`.',
    );
  });
  it("a second call reuses the variables and numbers the ops dense/MatMul_1", () => {
    const l = new Dense(2);
    l.apply(ph([null, 3]));
    const y = l.apply(ph([null, 3]));
    expect(varNames()).toEqual(["dense/kernel", "dense/bias"]);
    expect(y.op.name).toBe("dense/BiasAdd_1");
    expect(l.weights.map((v) => v.name)).toEqual(["dense/kernel:0", "dense/bias:0"]);
  });
  it("input checks: rank, then the built last dimension", () => {
    const l = new Dense(2);
    expect(pyError(() => l.apply(ph([3])))).toBe(
      "ValueError: Input 0 of layer dense_1 is incompatible with the layer: : expected min_ndim=2, found ndim=1. Full shape received: [3]",
    );
    l.apply(ph([null, 3]));
    expect(pyError(() => l.apply(ph([null, 4])))).toBe(
      "ValueError: Input 0 of layer dense_1 is incompatible with the layer: expected axis -1 of input shape to have value 3 but received input with shape [None, 4]",
    );
  });
  it("an unknown last dimension and an int input", () => {
    expect(pyError(() => new Dense(1).apply(ph([2, null])))).toBe(
      "ValueError: The last dimension of the inputs to `Dense` should be defined. Found `None`.",
    );
    expect(pyError(() => new Dense(1).apply(ph([2, 2], int32)))).toBe(
      "TypeError: Unable to build `Dense` layer with non-floating point dtype <dtype: 'int32'>",
    );
  });
});

describe("tf.layers.conv2d", () => {
  it("conv2d/kernel, conv2d/bias, conv2d/dilation_rate, conv2d/Conv2D, conv2d/BiasAdd", () => {
    const y = conv(2, ph([null, 28, 28, 3]), 8, [5, 5], { padding: "same", strides: [2, 2] });
    expect(varNames()).toEqual(["conv2d/kernel", "conv2d/bias"]);
    expect(opNames().slice(-3)).toEqual(["conv2d/dilation_rate", "conv2d/Conv2D", "conv2d/BiasAdd"]);
    expect(y.shape.asList()).toEqual([null, 14, 14, 8]);
    const kernel = getDefaultGraph().getOperationByName("conv2d/kernel");
    expect((kernel.attrs!["shape"] as { asList(): unknown }).asList()).toEqual([5, 5, 3, 8]);
  });
  it("Conv2D objects are named conv2d_1 and need rank 4", () => {
    const c = new Conv(2, 4, [3, 3]);
    expect(c.name).toBe("conv2d_1");
    expect(pyError(() => c.apply(ph([28, 28, 3])))).toBe(
      "ValueError: Input 0 of layer conv2d_1 is incompatible with the layer: expected ndim=4, found ndim=3. Full shape received: [28, 28, 3]",
    );
  });
});

describe("to_snake_case", () => {
  it.each([["Dense", "dense"], ["Conv2D", "conv2d"], ["BatchNormalization", "batch_normalization"], ["MaxPooling2D", "max_pooling2d"]])(
    "%s", (a, b) => expect(toSnakeCase(a)).toBe(b),
  );
});
