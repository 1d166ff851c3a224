// TF 2.x eager execution through tf.compat.v1 (issue #4, Profiles). Expected texts come from TF 2.10's
// ops.py (`_EagerTensorBase.__str__/__repr__` 1093-1099, `numpy_text` 227-237, the refused attributes
// 1306-1327, the capture error 1583-1591), constant_op.py `_constant_eager_impl`, and numpy's printing
// (checked with python3's numpy); values are plain arithmetic.
import { beforeEach, describe, expect, it } from "vitest";
import {
  type EngineEvent, Graph, Unsupported, asDefault, float32, getDefaultGraph, int32, nameScope, nameScopeV2, setRecorder,
} from "../../../src/tf/index.js";
import { EagerTensor, eagerAttributeError, eagerTensorRepr, eagerTensorStr } from "../../../src/tf/eager/index.js";
import {
  add, constant, convertToTensor, less, matmul, pyBool, pyList, pyStr, pyTensor, reduceSum, tensorOperator,
} from "../../../src/tf/ops/index.js";
import { dense } from "../../../src/tf/layers/index.js";
import { fl, floats, fresh, i, ints, pyError, withCm } from "../ops/helpers.js";

beforeEach(() => fresh("2"));

const eager = (t: unknown): EagerTensor => {
  expect(t).toBeInstanceOf(EagerTensor);
  return t as EagerTensor;
};
const valueOf = (t: unknown) => eager(t).value.toNested();

describe("ops compute at once", () => {
  it("tf.constant holds its value and adds no op to the default graph", () => {
    const t = eager(constant(floats(1, 2)));
    expect([t.dtype, t.shape.asList(), t.value.toNested()]).toEqual([float32, [2], [1, 2]]);
    expect(getDefaultGraph().getOperations()).toHaveLength(0);
  });

  it("arithmetic, matmul and reductions give EagerTensors with their values", () => {
    const a = constant(floats(1, 2));
    expect(valueOf(add(a, fl(3)))).toEqual([4, 5]);
    expect(valueOf(tensorOperator("mul", a, a))).toEqual([1, 4]);
    const m = matmul(constant(pyList([floats(1, 2)])), constant(pyList([floats(3), floats(4)])));
    expect([eager(m).shape.asList(), valueOf(m)]).toEqual([[1, 1], [[11]]]);
    expect(valueOf(reduceSum(constant(pyList([ints(1, 2), ints(3, 4)]))))).toBe(10);
    expect(getDefaultGraph().getOperations()).toHaveLength(0);
  });

  it("name scopes build prefixes only: nothing is added to the graph or uniquified", () => {
    withCm(nameScopeV2("a"), () => add(constant(i(1)), i(2)));
    withCm(nameScope("a"), () => add(constant(i(1)), i(2)));
    expect(getDefaultGraph().getOperations()).toHaveLength(0);
    expect(withCm(nameScopeV2("a"), (s) => s)).toBe("a/");
  });

  it("a list of eager tensors is packed without touching the default graph's names", () => {
    const p = eager(convertToTensor(pyList([pyTensor(constant(fl(1))), pyTensor(constant(fl(2)))])));
    expect(p.value.toNested()).toEqual([1, 2]);
    // `packed` was never marked as used, so a graph op of that name keeps it.
    expect(withCm(asDefault(getDefaultGraph()), () => constant(fl(0), null, null, "packed").op.name)).toBe("packed");
  });

  it("a preferred dtype that does not fit falls back, as in graph mode (ops.py internal_convert_to_tensor)", () => {
    const t = eager(convertToTensor(fl(1.5), { preferredDtype: int32 }));
    expect([t.dtype, t.value.toNested()]).toEqual([float32, 1.5]);
  });

  it("a shape reshapes an equal element count or fills from one element (_constant_eager_impl)", () => {
    expect(valueOf(constant(ints(1, 2, 3, 4), null, [2, 2]))).toEqual([[1, 2], [3, 4]]);
    expect(valueOf(constant(fl(7), null, [2]))).toEqual([7, 7]);
    // TF raises a TypeError worded by the eager path; tfscope refuses rather than guess.
    expect(() => constant(ints(1, 2), null, [3])).toThrow(Unsupported);
  });
});

describe("eager features tfscope does not model fail loudly", () => {
  it("legacy tf.layers in eager mode (Keras's eager naming) is Unsupported", () => {
    expect(() => dense(constant(pyList([floats(1, 2)])), 3)).toThrow(Unsupported);
  });
});

describe("eager failures are not passed off with graph-mode messages", () => {
  it("a dtype clash or incompatible shapes raise Unsupported, not the graph builder's errors", () => {
    expect(() => add(constant(i(1)), constant(fl(1)))).toThrow(Unsupported);
    expect(() => matmul(constant(pyList([floats(1, 2)])), constant(pyList([floats(1, 2)])))).toThrow(Unsupported);
    expect(() => add(constant(i(1)), fl(1.5))).toThrow(Unsupported);
  });
});

describe("printing (ops.py _EagerTensorBase, numpy_text)", () => {
  it("repr and str of a vector", () => {
    const t = eager(constant(floats(1, 2)));
    expect(eagerTensorRepr(t)).toBe("<tf.Tensor: shape=(2,), dtype=float32, numpy=array([1., 2.], dtype=float32)>");
    expect(eagerTensorStr(t)).toBe("tf.Tensor([1. 2.], shape=(2,), dtype=float32)");
  });

  it("a 0-d tensor shows its numpy scalar", () => {
    expect(eagerTensorRepr(eager(constant(fl(1))))).toBe("<tf.Tensor: shape=(), dtype=float32, numpy=1.0>");
    expect(eagerTensorStr(eager(constant(i(3))))).toBe("tf.Tensor(3, shape=(), dtype=int32)");
  });

  it("strings show numpy's bytes and object arrays; bools show True/False", () => {
    expect(eagerTensorRepr(eager(constant(pyStr("ab"))))).toBe("<tf.Tensor: shape=(), dtype=string, numpy=b'ab'>");
    expect(eagerTensorStr(eager(constant(pyStr("ab"))))).toBe("tf.Tensor(b'ab', shape=(), dtype=string)");
    expect(eagerTensorRepr(eager(constant(pyList([pyStr("a"), pyStr("b")]))))).toBe(
      "<tf.Tensor: shape=(2,), dtype=string, numpy=array([b'a', b'b'], dtype=object)>",
    );
    expect(eagerTensorStr(eager(constant(pyBool(true))))).toBe("tf.Tensor(True, shape=(), dtype=bool)");
  });

  it("a multi-line value starts on its own line", () => {
    const t = eager(constant(pyList([floats(1, 2), floats(3, 4)])));
    expect(eagerTensorRepr(t)).toBe(
      "<tf.Tensor: shape=(2, 2), dtype=float32, numpy=\narray([[1., 2.],\n       [3., 4.]], dtype=float32)>",
    );
    expect(eagerTensorStr(t)).toBe("tf.Tensor(\n[[1. 2.]\n [3. 4.]], shape=(2, 2), dtype=float32)");
  });

  it("int32 shows its dtype in the array repr; bool does not", () => {
    expect(eagerTensorRepr(eager(constant(ints(1, 2))))).toBe("<tf.Tensor: shape=(2,), dtype=int32, numpy=array([1, 2], dtype=int32)>");
    const b = eager(less(constant(ints(1, 2)), i(2)));
    expect(eagerTensorRepr(b)).toBe("<tf.Tensor: shape=(2,), dtype=bool, numpy=array([ True, False])>");
  });
});

describe("attributes an EagerTensor refuses", () => {
  it("name, op, graph, value_index: AttributeError worded as in 2.10", () => {
    expect(pyError(() => { throw eagerAttributeError("name"); })).toBe(
      "AttributeError: Tensor.name is undefined when eager execution is enabled.",
    );
    expect(pyError(() => { throw eagerAttributeError("graph"); })).toBe(
      "AttributeError: Tensor.graph is undefined when eager execution is enabled.",
    );
    expect(pyError(() => eager(constant(fl(1))).name)).toBe(
      "AttributeError: Tensor.name is undefined when eager execution is enabled.",
    );
    expect(pyError(() => eager(constant(fl(1))).graph)).toBe(
      "AttributeError: Tensor.graph is undefined when eager execution is enabled.",
    );
    expect(eager(constant(fl(1))).device).toBe("/job:localhost/replica:0/task:0/device:CPU:0");
    expect(pyError(() => { throw eagerAttributeError("consumers"); })).toBe(
      "NotImplementedError: Tensor.consumers is undefined when eager execution is enabled.",
    );
  });
});

describe("graph mode inside as_default() (get_controller enters graph_mode)", () => {
  it("builds graph ops there, and refuses to capture an eager value", () => {
    const e = constant(fl(1));
    const g = getDefaultGraph();
    withCm(asDefault(g), () => {
      const t = constant(fl(2));
      expect(t).not.toBeInstanceOf(EagerTensor);
      expect(t.name).toBe("Const:0");
      expect(pyError(() => add(e, fl(1)))).toBe("RuntimeError: x: Attempting to capture an EagerTensor without building a function.");
    });
    expect(constant(fl(3))).toBeInstanceOf(EagerTensor);
  });

  it("an eager value among name_scope values picks no graph (only exact Tensors are graph elements)", () => {
    const e = constant(fl(1));
    const g = new Graph();
    expect(withCm(asDefault(g), () => withCm(nameScope("s", null, [e]), () => getDefaultGraph()))).toBe(g);
  });

  it("an int32 constant there is a plain graph tensor of that dtype", () => {
    const t = withCm(asDefault(getDefaultGraph()), () => constant(i(1)));
    expect([t instanceof EagerTensor, t.dtype]).toEqual([false, int32]);
  });
});

describe("the explain recorder", () => {
  it("sees neither the private graphs' ops nor the graph-mode errors eager mode refuses", () => {
    const events: EngineEvent[] = [];
    setRecorder({ record: (e) => events.push(e) });
    try {
      add(constant(floats(1, 2)), fl(1));
      expect(() => add(constant(i(1)), fl(1.5))).toThrow(Unsupported);
    } finally {
      setRecorder(null);
    }
    expect(events).toEqual([]);
  });
});
