// Sessions and random ops under the TF 2 profile. Expected texts: TF 2.10 session.py 1115-1119 (graph
// empty, one space), 311 (the reworded fetch error, str() of the fetch), 1166-1168 (feed shape without
// quotes); ops.py `_as_graph_element_locked` reads `obj.graph`, which an EagerTensor refuses;
// random_seed.py 58-81 (eager unseeded ops draw from the OS; 2.10's per-graph op-seed counter).
import { NDArray } from "../../../src/numpy/ndarray.js";
import { beforeEach, describe, expect, it } from "vitest";
import { Graph, Unsupported, asDefault, asShape, disableEagerExecution, float32, getDefaultGraph } from "../../../src/tf/index.js";
import { EagerTensor } from "../../../src/tf/eager/index.js";
import { constant, placeholder, randomUniform, setRandomSeed } from "../../../src/tf/ops/index.js";
import { Session } from "../../../src/tf/session.js";
import { evalTensor } from "../../../src/tf/default-session.js";
import { fl, fresh, i, ints, pyError, withCm } from "../ops/helpers.js";

beforeEach(() => fresh("2"));

describe("tf.compat.v1.Session with eager tensors", () => {
  it("on the still-empty default graph: RuntimeError worded as in 2.10", () => {
    const t = constant(fl(1));
    expect(pyError(() => new Session().run(t))).toBe(
      "RuntimeError: The Session graph is empty. Add operations to the graph before calling run().",
    );
  });

  it("on a graph with ops: the AttributeError of reading the eager tensor's graph", () => {
    const t = constant(fl(1));
    withCm(asDefault(getDefaultGraph()), () => constant(fl(2)));
    expect(pyError(() => new Session().run(t))).toBe("AttributeError: Tensor.graph is undefined when eager execution is enabled.");
  });
});

describe("eval and feeds of eager tensors", () => {
  it("t.eval() is NotImplementedError (ops.py 1341-1344 in 2.10)", () => {
    expect(pyError(() => evalTensor(constant(fl(1))))).toBe(
      "NotImplementedError: eval is not supported when eager execution is enabled, is .numpy() what you're looking for?",
    );
  });

  it("an eager tensor as a feed key: as_graph_element's AttributeError inside session.py's TypeError", () => {
    const t = constant(fl(1));
    const g = withCm(asDefault(getDefaultGraph()), () => constant(fl(2)));
    const feeds = new Map([[t, new NDArray("float32", [], [3])]]);
    expect(pyError(() => new Session().run(g, feeds))).toBe(
      "TypeError: Cannot interpret feed_dict key as Tensor: Tensor.graph is undefined when eager execution is enabled.",
    );
  });
});

describe("graph-mode sessions under the TF 2 profile use 2.10's wording", () => {
  beforeEach(() => disableEagerExecution());

  it("a feed of the wrong shape names the tensor and shape without quotes", () => {
    const p = placeholder(float32, asShape([null, 3]));
    const feeds = new Map([[p, new NDArray("float32", [2], [1, 2])]]);
    expect(pyError(() => new Session().run(p, feeds))).toBe(
      "ValueError: Cannot feed value of shape (2,) for Tensor Placeholder:0, which has shape (None, 3)",
    );
  });

  it("a fetch from another graph is formatted with str()", () => {
    const other = new Graph();
    const t = withCm(asDefault(other), () => constant(fl(1)));
    constant(fl(2));
    expect(pyError(() => new Session().run(t))).toBe(
      'ValueError: Argument `fetch` = Tensor("Const:0", shape=(), dtype=float32) cannot be interpreted as a Tensor. ' +
        '(Tensor Tensor("Const:0", shape=(), dtype=float32) is not an element of this graph.)',
    );
  });

  it("a graph seed without an op seed counts the seeded ops of the graph from 0", () => {
    setRandomSeed(42);
    // With the default [0, 1) bounds, 2.10 returns the RandomUniform op itself.
    const seeds = [0, 1].map(() => randomUniform(ints(2)).op.attrs);
    expect(seeds[0]).toMatchObject({ seed: 42, seed2: 0 });
    expect(seeds[1]).toMatchObject({ seed: 42, seed2: 1 });
  });
});

describe("random_uniform's graph under the TF 2 profile (random_ops.py 295-320 in 2.10)", () => {
  beforeEach(() => disableEagerExecution());
  const summary = () => getDefaultGraph().getOperations().map((o) => `${o.name}:${o.type}`);

  it("[0, 1) floats: no bounds converted, the RandomUniform op is the result", () => {
    const r = randomUniform(ints(2));
    expect(r.name).toBe("random_uniform/RandomUniform:0");
    expect(summary()).toEqual(["random_uniform/shape:Const", "random_uniform/RandomUniform:RandomUniform"]);
  });

  it("int 0 to another maxval: scaled by Mul; float bounds: the 1.15 chain named by the scope", () => {
    randomUniform(ints(2), i(0), i(5));
    randomUniform(ints(2), fl(-1), fl(1));
    expect(summary()).toEqual([
      "random_uniform/shape:Const", "random_uniform/min:Const", "random_uniform/max:Const",
      "random_uniform/RandomUniform:RandomUniform", "random_uniform/Mul:Mul",
      "random_uniform_1/shape:Const", "random_uniform_1/min:Const", "random_uniform_1/max:Const",
      "random_uniform_1/RandomUniform:RandomUniform", "random_uniform_1/sub:Sub", "random_uniform_1/mul:Mul",
      "random_uniform_1:AddV2",
    ]);
  });
});

describe("random ops while eager", () => {
  it("unseeded draws are computed at once and marked nondeterministic", () => {
    const r = randomUniform(ints(3)) as EagerTensor;
    expect(r).toBeInstanceOf(EagerTensor);
    expect([r.shape.asList(), r.nondeterministic]).toEqual([[3], true]);
    expect(r.value.numbers().every((x) => x >= 0 && x < 1)).toBe(true);
    expect((constant(i(1)) as EagerTensor).nondeterministic).toBe(false);
  });

  it("seeds are refused: TF keeps seeded kernels and the global seed in the eager context", () => {
    expect(() => randomUniform(ints(3), i(0), null, { seed: 1 })).toThrow(Unsupported);
    expect(() => setRandomSeed(1)).toThrow(Unsupported);
  });
});
