// Variables and equality under TF 2.x eager execution. Expected texts: resource_variable_ops.py
// `__repr__` 445-462 (2.10), math_ops.py `tensor_equals` 1965-2000, variables.py `__eq__` 1088-1103,
// cwise_ops_common.cc 59-69 (a shape clash with incompatible_shape_error=False gives a scalar);
// the glorot limit sqrt(6 / (fan_in + fan_out)) from init_ops.py.
import { beforeEach, describe, expect, it } from "vitest";
import {
  EagerVariable, asDefault, createVariable, disableEagerExecution, getDefaultGraph, getVariable, variableScope,
} from "../../../src/tf/index.js";
import { EagerTensor, eagerVariableRepr, hashRefusal, tensorEquality } from "../../../src/tf/eager/index.js";
import { constant, pyNone, tensorOperator } from "../../../src/tf/ops/index.js";
import { fl, floats, fresh, ints, withCm } from "../ops/helpers.js";

beforeEach(() => fresh("2"));

const valueOf = (v: EagerVariable): EagerTensor => v.initialValue as EagerTensor;

describe("eager variables hold their initial value", () => {
  it("get_variable draws glorot-uniform values of the shape, genuinely random", () => {
    const v = withCm(variableScope("foo"), () => getVariable("w", { shape: [2, 3] })) as EagerVariable;
    const t = valueOf(v);
    const limit = Math.sqrt(6 / (2 + 3));
    expect([v.name, t.shape.asList(), t.nondeterministic]).toEqual(["foo/w:0", [2, 3], true]);
    expect(t.value.numbers().every((x) => x >= -limit && x < limit)).toBe(true);
    expect(getDefaultGraph().getOperations()).toHaveLength(0);
  });

  it("repr shows numpy= while eager, and leaves it out inside a graph", () => {
    const v = createVariable({ initialValue: fl(1) }) as EagerVariable;
    expect(eagerVariableRepr(v)).toBe("<tf.Variable 'Variable:0' shape=() dtype=float32, numpy=1.0>");
    const w = createVariable({ initialValue: floats(1, 2), name: "w" }) as EagerVariable;
    expect(eagerVariableRepr(w)).toBe("<tf.Variable 'w:0' shape=(2,) dtype=float32, numpy=array([1., 2.], dtype=float32)>");
    expect(withCm(asDefault(getDefaultGraph()), () => eagerVariableRepr(w))).toBe("<tf.Variable 'w:0' shape=(2,) dtype=float32>");
  });

  it("operators read the value", () => {
    const v = createVariable({ initialValue: floats(1, 2) }) as EagerVariable;
    expect((tensorOperator("add", v, fl(1)) as EagerTensor).value.toNested()).toEqual([2, 3]);
  });
});

describe("== and != (tensor equality is on in TF 2)", () => {
  const eq = (a: Parameters<typeof tensorEquality>[0], b: Parameters<typeof tensorEquality>[1], negate = false) =>
    tensorEquality(a, b, a === b, negate);
  const bools = (r: unknown) => (r as EagerTensor).value.toNested();

  it("compares element-wise while eager", () => {
    const a = constant(ints(1, 2));
    expect(bools(eq(a, ints(1, 3)))).toEqual([true, false]);
    expect(bools(eq(a, ints(1, 3), true))).toEqual([false, true]);
  });

  it("gives a scalar False (True for !=) when the shapes do not broadcast", () => {
    const a = constant(ints(1, 2));
    const r = eq(a, ints(1, 2, 3)) as EagerTensor;
    expect([r.shape.asList(), r.value.toNested()]).toEqual([[], false]);
    expect(bools(eq(a, ints(1, 2, 3), true))).toBe(true);
  });

  it("a tensor against None is the Python bool False (True for !=)", () => {
    expect(eq(constant(ints(1)), pyNone)).toBe(false);
    expect(eq(constant(ints(1)), pyNone, true)).toBe(true);
  });

  it("two separately created variables compare by value", () => {
    const v = createVariable({ initialValue: fl(1) });
    expect(bools(eq(v as never, createVariable({ initialValue: fl(1) }) as never))).toBe(true);
    expect(bools(eq(v as never, createVariable({ initialValue: fl(2) }) as never))).toBe(false);
  });

  it("is identity for a graph tensor, and for everything once eager execution is disabled", () => {
    const g = withCm(asDefault(getDefaultGraph()), () => constant(fl(1)));
    expect(eq(g, g)).toBe(true);
    expect(eq(g, fl(1))).toBe(false);
    disableEagerExecution();
    const t = constant(fl(1));
    expect(eq(t, fl(1))).toBe(false);
    expect(eq(t, t, true)).toBe(false);
  });
});

describe("hash() (Tensor.__hash__, Variable.__hash__ in 2.10)", () => {
  it("refuses eager tensors and variables, naming the variable by its str", () => {
    expect(hashRefusal(constant(fl(1)))?.message).toBe("Tensor is unhashable. Instead, use tensor.ref() as the key.");
    const v = createVariable({ initialValue: fl(1) }) as EagerVariable;
    expect(hashRefusal(v as never)?.message).toBe(
      "Variable is unhashable. Instead, use variable.ref() as the key. (Variable: <tf.Variable 'Variable:0' shape=() dtype=float32, numpy=1.0>)",
    );
  });

  it("leaves graph tensors, and everything in graph mode, to the identity hash", () => {
    expect(hashRefusal(withCm(asDefault(getDefaultGraph()), () => constant(fl(1))))).toBeNull();
    disableEagerExecution();
    expect(hashRefusal(constant(fl(1)))).toBeNull();
  });
});
