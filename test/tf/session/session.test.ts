// Expected messages are TF 1.15's C++ and Python texts (constant_op.cc, executor.cc, session.py,
// resource_variable_ops.cc, cwise_ops_common.cc, error_interpolation.py); expected arrays follow
// from the ops' definitions.
import { beforeEach, describe, expect, it } from "vitest";
import { arrayRepr, arrayStr } from "../../../src/numpy/arrayprint.js";
import { type NDArray, fromNested, type Nested } from "../../../src/numpy/ndarray.js";
import * as dt from "../../../src/tf/dtypes.js";
import type { DType } from "../../../src/tf/dtypes.js";
import { TFError } from "../../../src/tf/errors.js";
import { Graph } from "../../../src/tf/graph.js";
import { Philox, uint32ToFloat } from "../../../src/tf/kernels/philox.js";
import { Session } from "../../../src/tf/session.js";
import { OpError } from "../../../src/tf/session-errors.js";
import { asShape, unknownShape } from "../../../src/tf/shape.js";
import type { Operation, Tensor } from "../../../src/tf/tensor.js";

let g: Graph;
beforeEach(() => { g = new Graph(); });

const NP: Record<string, "float32" | "int32" | "float64" | "bool" | "int64"> = {
  float32: "float32", int32: "int32", float64: "float64", bool: "bool", int64: "int64",
};

function konst(value: Nested, dtype: DType = dt.float32, name = "Const"): Tensor {
  const v = fromNested(value, NP[dtype.name]);
  return g.createOp({ type: "Const", name, attrs: { value: v, dtype }, dtypes: [dtype], shapes: [asShape([...v.shape])] }).outputs[0]!;
}

function op(type: string, inputs: Tensor[], attrs: Record<string, unknown>, dtypes: DType[], name?: string, controlInputs?: Operation[]): Operation {
  return g.createOp({ type, name, inputs, attrs, dtypes, controlInputs });
}

function placeholder(name: string, dims: (number | null)[] | null, dtype: DType = dt.float32): Tensor {
  const shape = dims === null ? unknownShape() : asShape(dims);
  return g.createOp({ type: "Placeholder", name, attrs: { dtype, shape }, dtypes: [dtype], shapes: [shape] }).outputs[0]!;
}

/** A RefVariable as variables.py builds it: VariableV2, Assign, read Identity. */
function refVariable(name: string, init: Tensor) {
  const shape = init.shape;
  const v = g.createOp({ type: "VariableV2", name, attrs: { shape, dtype: dt.float32, container: "", shared_name: "" }, dtypes: [dt.float32.asRef], shapes: [shape] }).outputs[0]!;
  const assign = op("Assign", [v, init], { T: dt.float32, validate_shape: true, use_locking: true }, [dt.float32.asRef], `${name}/Assign`);
  const read = op("Identity", [v], { T: dt.float32 }, [dt.float32], `${name}/read`).outputs[0]!;
  return { v, assign, read };
}

function thrown(f: () => unknown): TFError {
  try { f(); } catch (e) { if (e instanceof TFError) return e; throw e; }
  throw new Error("expected an error");
}

describe("fetching", () => {
  it("returns arrays that print as numpy does", () => {
    const c = konst([[1, 2], [3, 4]]);
    const s = new Session({ graph: g });
    const r = s.run(c) as NDArray;
    expect(r.dtype).toBe("float32");
    expect(arrayStr(r)).toBe("[[1. 2.]\n [3. 4.]]");
    expect(arrayRepr(r)).toBe("array([[1., 2.],\n       [3., 4.]], dtype=float32)");
  });
  it("mirrors lists, nesting and dicts, with None for operations", () => {
    const a = konst(1, dt.int32, "a"), b = konst(2.5, dt.float32, "b");
    const noop = op("NoOp", [], {}, [], "noop");
    const s = new Session({ graph: g });
    const r = s.run([a, [b, noop], new Map([["k", a]])]) as unknown[];
    expect((r[0] as NDArray).data).toEqual([1]);
    expect(((r[1] as unknown[])[0] as NDArray).data).toEqual([2.5]);
    expect((r[1] as unknown[])[1]).toBeNull();
    expect(((r[2] as Map<string, NDArray>).get("k"))!.data).toEqual([1]);
  });
  it("refuses an empty graph and a closed session", () => {
    expect(thrown(() => new Session({ graph: g }).run([])).message)
      .toBe("The Session graph is empty.  Add operations to the graph before calling run().");
    konst(1);
    const s = new Session({ graph: g });
    s.close();
    const e = thrown(() => s.run(konst(2)));
    expect([e.pyType, e.message]).toEqual(["RuntimeError", "Attempted to use a closed Session."]);
  });
});

describe("placeholders and feeds", () => {
  it("computes with fed values and returns fed fetches as given", () => {
    const x = placeholder("x", [null, 2]);
    const y = op("Mul", [x, konst(2)], { T: dt.float32 }, [dt.float32], "mul").outputs[0]!;
    const fed = fromNested([[1, 2], [3, 4.5]], "float32");
    const s = new Session({ graph: g });
    const [rx, ry] = s.run([x, y], new Map([[x, fed]])) as NDArray[];
    expect(rx).toBe(fed);
    expect(arrayStr(ry)).toBe("[[2. 4.]\n [6. 9.]]");
  });
  it("raises TF's message for a missing feed, with the node tag interpolated", () => {
    const x = placeholder("x", [null, 2]);
    const e = thrown(() => new Session({ graph: g }).run(x));
    expect(e).toBeInstanceOf(OpError);
    expect(e.pyType).toBe("InvalidArgumentError");
    expect(e.message).toBe("You must feed a value for placeholder tensor 'x' with dtype float and shape [?,2]\n\t [[node x ]]");
    expect((e as OpError).op?.name).toBe("x");
    const withSite = thrown(() => new Session({ graph: g, siteOf: () => "snippet.py:3" }).run(x));
    expect(withSite.message).toBe(
      "You must feed a value for placeholder tensor 'x' with dtype float and shape [?,2]\n\t [[node x (defined at snippet.py:3) ]]");
  });
  it("omits the shape for scalar and unknown-rank placeholders", () => {
    const p = placeholder("p", [], dt.int32), q = placeholder("q", null, dt.float64);
    expect(thrown(() => new Session({ graph: g }).run(p)).message)
      .toBe("You must feed a value for placeholder tensor 'p' with dtype int32\n\t [[node p ]]");
    expect(thrown(() => new Session({ graph: g }).run(q)).message)
      .toBe("You must feed a value for placeholder tensor 'q' with dtype double\n\t [[node q ]]");
  });
  it("rejects a feed of the wrong shape before running", () => {
    const x = placeholder("x", [null, 2]);
    const e = thrown(() => new Session({ graph: g }).run(x, new Map([[x, fromNested([1, 2, 3], "float32")]])));
    expect([e.pyType, e.message]).toEqual(["ValueError", "Cannot feed value of shape (3,) for Tensor 'x:0', which has shape '(?, 2)'"]);
  });
});

describe("variables", () => {
  it("reports an uninitialized RefVariable fetched directly through its _retval node", () => {
    const { v } = refVariable("v", konst([1, 2]));
    const e = thrown(() => new Session({ graph: g }).run([konst(0, dt.float32, "z"), v]));
    expect(e.pyType).toBe("FailedPreconditionError");
    expect(e.message).toBe("Attempting to use uninitialized value v\n\t [[{{node _retval_v_0_1}}]]");
    expect((e as OpError).op).toBeNull();
  });
  it("reports an uninitialized read at the reading node", () => {
    const { read } = refVariable("w", konst([1, 2]));
    const e = thrown(() => new Session({ graph: g }).run(read));
    expect(e.message).toBe("Attempting to use uninitialized value w\n\t [[node w/read ]]");
  });
  it("initializes through a NoOp's control inputs and keeps state per session", () => {
    const { v, assign, read } = refVariable("v", konst([1, 2]));
    const init = op("NoOp", [], {}, [], "init", [assign]);
    const add = op("AssignAdd", [v, konst([10, 20], dt.float32, "d")], { T: dt.float32, use_locking: false }, [dt.float32.asRef], "AssignAdd");
    const s1 = new Session({ graph: g });
    expect(s1.run(init)).toBeNull();
    expect((s1.run(read) as NDArray).data).toEqual([1, 2]);
    s1.run(add);
    expect((s1.run(v) as NDArray).data).toEqual([11, 22]);
    expect(((s1.run(add.outputs[0]!)) as NDArray).data).toEqual([21, 42]);
    const s2 = new Session({ graph: g });
    expect(thrown(() => s2.run(add)).message).toBe("Attempting to use uninitialized value v\n\t [[node AssignAdd ]]");
  });
  it("reads resource variables and reports a missing one", () => {
    const h = op("VarHandleOp", [], { dtype: dt.float32, shape: asShape([2]), container: "", shared_name: "r" }, [dt.resource], "r").outputs[0]!;
    const read = op("ReadVariableOp", [h], { dtype: dt.float32 }, [dt.float32], "r/Read/ReadVariableOp").outputs[0]!;
    const assign = op("AssignVariableOp", [h, konst([3, 4])], { dtype: dt.float32 }, [], "r/Assign");
    const isInit = op("VarIsInitializedOp", [h], {}, [dt.bool], "r/IsInitialized/VarIsInitializedOp").outputs[0]!;
    const s = new Session({ graph: g });
    expect((s.run(isInit) as NDArray).data).toEqual([0]);
    const e = thrown(() => s.run(read));
    expect(e.message).toBe(
      "Error while reading resource variable r from Container: localhost. This could mean that the variable was uninitialized. " +
      "Not found: Resource localhost/r/N10tensorflow3VarE does not exist.\n\t [[node r/Read/ReadVariableOp ]]");
    s.run(assign);
    expect((s.run(read) as NDArray).data).toEqual([3, 4]);
  });
});

describe("kernels", () => {
  it("broadcasts element-wise ops and reports incompatible shapes", () => {
    const a = konst([[1, 2, 3], [4, 5, 6]], dt.int32, "a"), b = konst([10, 20, 30], dt.int32, "b");
    const sum = op("AddV2", [a, b], { T: dt.int32 }, [dt.int32], "add").outputs[0]!;
    expect(arrayStr(new Session({ graph: g }).run(sum) as NDArray)).toBe("[[11 22 33]\n [14 25 36]]");
    const c = konst([1, 2], dt.int32, "c");
    const bad = op("AddV2", [a, c], { T: dt.int32 }, [dt.int32], "bad").outputs[0]!;
    expect(thrown(() => new Session({ graph: g }).run(bad)).message).toBe("Incompatible shapes: [2,3] vs. [2]\n\t [[node bad ]]");
  });
  it("divides integers as TF does", () => {
    const a = konst([7, -7], dt.int32, "a"), b = konst([2, 2], dt.int32, "b");
    const run = (type: string) => (new Session({ graph: g }).run(op(type, [a, b], { T: dt.int32 }, [dt.int32], type).outputs[0]!) as NDArray).data;
    expect(run("FloorDiv")).toEqual([3, -4]);
    expect(run("FloorMod")).toEqual([1, 1]);
    expect(run("TruncateMod")).toEqual([1, -1]);
  });
  it("multiplies matrices and reduces with keep_dims", () => {
    const a = konst([[1, 2], [3, 4]], dt.float32, "a"), b = konst([[5, 6], [7, 8]], dt.float32, "b");
    const mm = op("MatMul", [a, b], { T: dt.float32, transpose_a: false, transpose_b: true }, [dt.float32], "mm").outputs[0]!;
    expect(arrayStr(new Session({ graph: g }).run(mm) as NDArray)).toBe("[[17. 23.]\n [39. 53.]]");
    const axis = konst([1], dt.int32, "axis");
    const sum = op("Sum", [a, axis], { T: dt.float32, Tidx: dt.int32, keep_dims: true }, [dt.float32], "sum").outputs[0]!;
    const mean = op("Mean", [konst([[1, 2], [4, 4]], dt.int32, "i"), axis], { T: dt.int32, Tidx: dt.int32, keep_dims: false }, [dt.int32], "mean").outputs[0]!;
    const [rs, rm] = new Session({ graph: g }).run([sum, mean]) as NDArray[];
    expect(arrayStr(rs)).toBe("[[3.]\n [7.]]");
    expect(rm.data).toEqual([1, 4]);
  });
  it("runs one branch of a Switch/Merge conditional", () => {
    const pred = konst(true, dt.bool, "pred");
    const sw = op("Switch", [konst(5, dt.float32, "x"), pred], { T: dt.float32 }, [dt.float32, dt.float32], "sw");
    const f = op("Neg", [sw.outputs[0]!], { T: dt.float32 }, [dt.float32], "neg").outputs[0]!;
    const t = op("Square", [sw.outputs[1]!], { T: dt.float32 }, [dt.float32], "sq").outputs[0]!;
    const merge = op("Merge", [f, t], { T: dt.float32, N: 2 }, [dt.float32, dt.int32], "merge").outputs[0]!;
    expect((new Session({ graph: g }).run(merge) as NDArray).data).toEqual([25]);
  });
  it("slices like Python indexing (StridedSlice)", () => {
    const a = konst([[1, 2, 3], [4, 5, 6]], dt.int32, "a");
    const ss = (b: number[], e: number[], s: number[], masks: Record<string, number>) =>
      new Session({ graph: g }).run(op("StridedSlice", [a, konst(b, dt.int32, "b"), konst(e, dt.int32, "e"), konst(s, dt.int32, "s")],
        { T: dt.int32, Index: dt.int32, begin_mask: 0, end_mask: 0, ellipsis_mask: 0, new_axis_mask: 0, shrink_axis_mask: 0, ...masks }, [dt.int32], "ss").outputs[0]!) as NDArray;
    // a[1] → shrink axis 0
    expect(arrayStr(ss([1], [2], [1], { shrink_axis_mask: 1 }))).toBe("[4 5 6]");
    // a[:, ::-1]
    expect(arrayStr(ss([0, 0], [0, 0], [1, -1], { begin_mask: 3, end_mask: 3 }))).toBe("[[3 2 1]\n [6 5 4]]");
    // a[..., 1]
    expect(arrayStr(ss([0, 1], [0, 2], [1, 1], { ellipsis_mask: 1, shrink_axis_mask: 2 }))).toBe("[2 5]");
  });
});

describe("randomness", () => {
  it("samples in range, flags the session, and differs across unseeded sessions", () => {
    const shape = konst([1000], dt.int32, "shape");
    const tn = op("TruncatedNormal", [shape], { dtype: dt.float32, T: dt.int32, seed: 0, seed2: 0 }, [dt.float32], "tn").outputs[0]!;
    const s1 = new Session({ graph: g }), s2 = new Session({ graph: g });
    const a = s1.run(tn) as NDArray, b = s2.run(tn) as NDArray;
    expect(a.numbers().every((x) => Math.abs(x) < 2)).toBe(true);
    expect(a.numbers()).not.toEqual(b.numbers());
    expect(s1.nondeterministic).toBe(true);
    const plain = new Session({ graph: g });
    plain.run(shape);
    expect(plain.nondeterministic).toBe(false);
  });
  it("taints variables initialized from normal samples", () => {
    const shape = konst([2], dt.int32, "shape");
    const rn = op("RandomStandardNormal", [shape], { dtype: dt.float32, T: dt.int32, seed: 1, seed2: 2 }, [dt.float32], "rn").outputs[0]!;
    const { assign, read } = refVariable("v", rn);
    const s = new Session({ graph: g });
    s.run(assign);
    expect(s.nondeterministic).toBe(false);
    const x = s.run(read) as NDArray;
    expect(s.nondeterministic).toBe(true);
    // A seeded kernel restarts its stream in every session.
    const again = new Session({ graph: g });
    again.run(assign);
    expect((again.run(read) as NDArray).numbers()).toEqual(x.numbers());
  });
  it("computes seeded uniform samples from TF's Philox stream, untainted", () => {
    const shape = konst([5], dt.int32, "shape");
    const ru = op("RandomUniform", [shape], { dtype: dt.float32, T: dt.int32, seed: 0, seed2: 7 }, [dt.float32], "ru").outputs[0]!;
    const s = new Session({ graph: g });
    const first = (s.run(ru) as NDArray).numbers();
    // Key (0, 0), counter (0, 0, 7, 0): group 0 is the first Philox output, group 1 the next.
    const p = Philox.fromSeeds(0n, 7n);
    const words = [...p.next(), ...p.next()];
    expect(first).toEqual(words.slice(0, 5).map(uint32ToFloat));
    expect(s.nondeterministic).toBe(false);
    // The next run starts 5 * 256 counter steps later (ReserveRandomOutputs(size, 256)).
    const q = Philox.fromSeeds(0n, 7n);
    q.skip(5 * 256);
    expect((s.run(ru) as NDArray).numbers()).toEqual([...q.next(), q.next()[0]].map(uint32ToFloat));
  });
});

describe("graph membership", () => {
  it("rejects fetches and feeds from another graph with session.py's messages", () => {
    konst(1);
    const other = new Graph();
    const t = other.createOp({ type: "Const", name: "c", attrs: { value: fromNested(1, "float32"), dtype: dt.float32 }, dtypes: [dt.float32], shapes: [asShape([])] }).outputs[0]!;
    const s = new Session({ graph: g });
    const e = thrown(() => s.run(t));
    expect([e.pyType, e.message]).toEqual(["ValueError",
      "Fetch argument <tf.Tensor 'c:0' shape=() dtype=float32> cannot be interpreted as a Tensor. (Tensor Tensor(\"c:0\", shape=(), dtype=float32) is not an element of this graph.)"]);
    const f = thrown(() => s.run(konst(2, dt.float32, "d"), new Map([[t, fromNested(1, "float32")]])));
    expect([f.pyType, f.message]).toEqual(["TypeError",
      "Cannot interpret feed_dict key as Tensor: Tensor Tensor(\"c:0\", shape=(), dtype=float32) is not an element of this graph."]);
  });
});

describe("string tensors", () => {
  it("concatenates with Add, compares with Equal, and prints as object arrays", () => {
    const mk = (v: string[], name: string) => {
      const arr = fromNested(v);
      return g.createOp({ type: "Const", name, attrs: { value: arr, dtype: dt.string }, dtypes: [dt.string], shapes: [asShape([v.length])] }).outputs[0]!;
    };
    const a = mk(["a", "b"], "a"), b = mk(["x", "b"], "b");
    const sum = op("Add", [a, b], { T: dt.string }, [dt.string], "add").outputs[0]!;
    const eq = op("Equal", [a, b], { T: dt.string }, [dt.bool], "eq").outputs[0]!;
    const [rs, re] = new Session({ graph: g }).run([sum, eq]) as NDArray[];
    expect(arrayStr(rs)).toBe("[b'ax' b'bb']");
    expect(arrayRepr(rs)).toBe("array([b'ax', b'bb'], dtype=object)");
    expect(arrayStr(re)).toBe("[False  True]");
  });
});

describe("float reductions in Eigen's order", () => {
  // 2^24 followed by eight 1s: summed one by one in float32 every 1 is lost (16777216); Eigen adds
  // eight lanes, folds them pairwise (2^24+6) and adds the leftover 1, giving 16777223 → 16777224.
  const values = [16777216, 1, 1, 1, 1, 1, 1, 1, 1];
  it("sums contiguous float32 values lane-wise, and Mean divides that sum", () => {
    const x = konst(values, dt.float32, "x");
    const axis = konst([0], dt.int32, "axis");
    const sum = op("Sum", [x, axis], { T: dt.float32, Tidx: dt.int32, keep_dims: false }, [dt.float32], "sum").outputs[0]!;
    const mean = op("Mean", [x, axis], { T: dt.float32, Tidx: dt.int32, keep_dims: false }, [dt.float32], "mean").outputs[0]!;
    const [s, m] = new Session({ graph: g }).run([sum, mean]) as NDArray[];
    expect(s.data).toEqual([16777224]);
    expect(m.data).toEqual([16777224 / 9]);
  });
  it("ignores unit axes when deciding contiguity, and sums columns per output", () => {
    const x = konst(values.map((v) => [v]), dt.float32, "x");
    const sum = op("Sum", [x, konst([0], dt.int32, "axis")], { T: dt.float32, Tidx: dt.int32, keep_dims: false }, [dt.float32], "sum").outputs[0]!;
    // Shape [9, 1]: the reduced values are contiguous in memory too, so Eigen still uses lanes.
    expect((new Session({ graph: g }).run(sum) as NDArray).data).toEqual([16777224]);
    const y = konst([values, values.map(() => 0)], dt.float32, "y");
    const cols = op("Sum", [y, konst([0], dt.int32, "axis0")], { T: dt.float32, Tidx: dt.int32, keep_dims: false }, [dt.float32], "cols").outputs[0]!;
    expect((new Session({ graph: g }).run(cols) as NDArray).data).toEqual(values);
  });
});

describe("inexact flag", () => {
  it("is raised by float transcendental math and matrix products, not by exact arithmetic", () => {
    const a = konst([[1, 2], [3, 4]], dt.float32, "a");
    const s = new Session({ graph: g });
    s.run(op("AddV2", [a, a], { T: dt.float32 }, [dt.float32], "add").outputs[0]!);
    expect(s.inexact).toBe(false);
    s.run(op("MatMul", [konst([[1, 2]], dt.int32, "i"), konst([[3], [4]], dt.int32, "j")], { T: dt.int32, transpose_a: false, transpose_b: false }, [dt.int32], "imm").outputs[0]!);
    expect(s.inexact).toBe(false);
    s.run(op("Tanh", [a], { T: dt.float32 }, [dt.float32], "tanh").outputs[0]!);
    expect(s.inexact).toBe(true);
    expect(s.nondeterministic).toBe(false);
  });
});

describe("runtime shape checks", () => {
  it("reports ConcatV2 and Pack mismatches as TF does", () => {
    const a = placeholder("a", null, dt.int32), b = placeholder("b", null, dt.int32);
    const axis = konst(0, dt.int32, "axis");
    const cat = op("ConcatV2", [a, b, axis], { T: dt.int32, N: 2, Tidx: dt.int32 }, [dt.int32], "concat").outputs[0]!;
    const pack = op("Pack", [a, b], { T: dt.int32, N: 2, axis: 0 }, [dt.int32], "stack").outputs[0]!;
    const feeds = new Map([[a, fromNested([[1, 2]], "int32")], [b, fromNested([[1, 2, 3]], "int32")]]);
    const s = new Session({ graph: g });
    expect(thrown(() => s.run(cat, feeds)).message)
      .toBe("ConcatOp : Dimensions of inputs should match: shape[0] = [1,2] vs. shape[1] = [1,3]\n\t [[node concat ]]");
    expect(thrown(() => s.run(pack, feeds)).message)
      .toBe("Shapes of all inputs must match: values[0].shape = [1,2] != values[1].shape = [1,3]\n\t [[node stack ]]");
  });
});

describe("float32 MatMul", () => {
  it("rounds each product and partial sum to float32 (Eigen's pmadd without FMA)", () => {
    const f = Math.fround;
    const a = konst([[0.1, 0.2, 0.7]], dt.float32, "a"), b = konst([[0.3], [0.4], [0.9]], dt.float32, "b");
    const mm = op("MatMul", [a, b], { T: dt.float32, transpose_a: false, transpose_b: false }, [dt.float32], "mm").outputs[0]!;
    const expected = f(f(f(f(0.1) * f(0.3)) + f(f(0.2) * f(0.4))) + f(f(0.7) * f(0.9)));
    expect((new Session({ graph: g }).run(mm) as NDArray).data).toEqual([expected]);
  });
});

describe("logging ops", () => {
  it("passes Print's input through and lets a true Assert run", () => {
    const x = konst([1, 2], dt.int32, "x");
    const printed = op("Print", [x, x], { T: dt.int32, U: [dt.int32], message: "", first_n: -1, summarize: 3 }, [dt.int32], "Print").outputs[0]!;
    const ok = op("Assert", [konst(true, dt.bool, "c"), x], { T: [dt.int32], summarize: 3 }, [], "Assert");
    const s = new Session({ graph: g });
    expect((s.run(printed) as NDArray).data).toEqual([1, 2]);
    expect(s.run(ok)).toBeNull();
    const bad = op("Assert", [konst(false, dt.bool, "f"), x], { T: [dt.int32], summarize: 3 }, [], "Assert_1");
    expect(() => s.run(bad)).toThrow("tfscope does not support the message of a failing tf.Assert");
  });
});
