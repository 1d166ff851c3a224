// More counterparts of variable_scope_test.py (testGetVar … testControlDeps): the store used directly,
// scope-carried initializer, constraint, dtype, caching device and regularizer, and init_scope.
import { beforeEach, describe, expect, it } from "vitest";
import {
  Graph,
  PartitionedVariable,
  ResourceVariable,
  asDefault,
  currentVariableScope,
  getLocalVariable,
  TFError,
  Unsupported,
  float16,
  getDefaultGraph,
  getVariable,
  string,
  variableScope,
  variableStore,
  type Variable,
  type VariableScope,
  type VariableScopeArgs,
} from "../../src/tf/index.js";
import { constant, f, freshTF, opNames, withCm } from "./helpers.js";

beforeEach(() => freshTF());

const vs = <R>(n: unknown, body: (s: VariableScope) => R, args?: VariableScopeArgs) => withCm(variableScope(n, args), body);
const gv = (name: string, args: Parameters<typeof getVariable>[1] = {}) => getVariable(name, args) as Variable;

describe("the store used directly (testGetVar, testResource, testNameExists, testNamelessStore)", () => {
  it("creates or returns with reuse None, checks with False and True", () => {
    const store = variableStore();
    const v = store.getVariable("v", { shape: [1] });
    expect(store.getVariable("v", { shape: [1] })).toBe(v);
    store.getVariable("w", { shape: [1], reuse: false });
    expect(() => store.getVariable("v", { shape: [1], reuse: false })).toThrow(/^Variable v already exists, disallowed/);
    expect(store.getVariable("v", { shape: [1], reuse: true })).toBe(v);
    expect(() => store.getVariable("u", { shape: [1], reuse: true })).toThrow(/^Variable u does not exist/);
    expect(store.getVariable("r", { shape: [1], useResource: true })).toBeInstanceOf(ResourceVariable);
    expect([...store.vars.values()].map((x) => (x as Variable).name)).toEqual(["v:0", "w:0", "r:0"]);
  });
});

describe("settings carried by scopes", () => {
  it("uses the scope's initializer, by string and by object (testVarScopeInitializer)", () => {
    const init = () => constant(f(0.3));
    vs("tower0", (tower) => {
      expect(vs("foo", () => gv("v", { shape: [] }).initialValue.name, { initializer: init })).toBe("tower0/foo/v/Initializer/Const:0");
      expect(vs(tower, () => gv("w", { shape: [] }).initialValue.name, { initializer: init })).toBe("tower0/w/Initializer/Const:0");
    });
  });

  it("passes constraint only from the scope's own argument (testVarScopeConstraint)", () => {
    const constraint = (x: unknown) => x;
    vs("tower1", (tower) => {
      expect(vs("foo", () => gv("v", { shape: [] }).constraint, { constraint })).toBe(constraint);
      expect(vs(tower, () => gv("w", { shape: [] }).constraint, { constraint })).toBe(constraint);
      expect(vs("foo", () => vs("inner", () => gv("x", { shape: [] }).constraint), { constraint })).toBeNull();
    });
  });

  it("inherits dtype (testVarScopeDType)", () => {
    vs("tower2", (tower) => {
      expect(vs("foo", () => gv("v", { shape: [] }).dtype.baseDtype, { dtype: float16 })).toBe(float16);
      expect(vs(tower, () => gv("w", { shape: [] }).dtype.baseDtype, { dtype: float16 })).toBe(float16);
    });
  });

  it("defaults strings to zeros (testStringDefaultInitializer)", () => {
    expect(gv("string", { shape: [], dtype: string }).initialValue.name).toBe("string/Initializer/zeros:0");
  });

  it("puts the snapshot on the caching device (testVarScopeCachingDevice)", () => {
    vs("tower", () => {
      vs("caching", (s) => {
        expect(gv("v", { shape: [] }).value().device).toBe("/job:moo");
        expect(vs("child", () => gv("v", { shape: [] }).value().device)).toBe("/job:moo");
        expect(vs("not_cached", () => gv("v", { shape: [] }).value().device, { cachingDevice: "" })).toBe("");
        expect(() => vs("fn", () => gv("v", { shape: [] }), { cachingDevice: ((op: unknown) => op) as unknown as string })).toThrow(Unsupported);
        vs("live", (live) => {
          live.setCachingDevice("/job:live");
          expect(gv("v", { shape: [] }).value().device).toBe("/job:live");
        });
        return s;
      }, { cachingDevice: "/job:moo" });
      expect(gv("v", { shape: [] }).value().device).toBe("");
    });
  });

  it("regularizes through the scope and stops at no_regularizer (testVarScopeRegularizer)", () => {
    const reg = (tag: string) => () => constant(f(0), null, tag);
    const none = () => null;
    const losses = () => (getDefaultGraph().getCollection("regularization_losses") as { name: string }[]).map((t) => t.name);
    vs("tower3", (tower) => {
      vs("foo", () => gv("v", { shape: [] }));
      expect(losses()).toEqual(["tower3/foo/v/Regularizer/r1:0"]);
      vs(tower, (s) => {
        gv("u", { shape: [] });
        s.setRegularizer(reg("r2"));
        gv("w", { shape: [] });
        gv("x", { shape: [], regularizer: none });
        vs("baz", () => gv("y", { shape: [] }), { regularizer: none });
        s.setRegularizer(none);
        gv("z", { shape: [] });
      });
      expect(losses()).toEqual(["tower3/foo/v/Regularizer/r1:0", "tower3/u/Regularizer/r1:0", "tower3/w/Regularizer/r2:0"]);
      vs("foo", () => gv("v", { shape: [] }), { reuse: true });
      expect(losses()).toHaveLength(3);
    }, { regularizer: reg("r1") });
  });
});

describe("initial values", () => {
  it("takes a Tensor initializer through scopes and keeps its dtype (testInitializeFromValue)", () => {
    const init = constant(f(0.1));
    expect(gv("v", { initializer: init }).getShape().asList()).toEqual([]);
    expect(() => gv("u", { shape: [1], initializer: init })).toThrow(new TFError("ValueError", "If initializer is a constant, do not specify shape."));
    expect(vs("foo", () => gv("v").initialValue, { initializer: init })).toBe(init);
    const i = constant(1);
    expect(gv("t", { initializer: i }).dtype.name).toBe("int32_ref");
    expect(() => gv("s", { initializer: i, dtype: float16 })).toThrow(/don't match/);
  });

  it("ignores enclosing control dependencies (testControlDeps, init_scope)", () => {
    const v0 = gv("v0", { shape: [1] });
    const g = getDefaultGraph();
    const before = opNames().length;
    withCm(g.controlDependencies([v0.value()]), () => gv("v1", { shape: [1] }));
    const created = g.getOperations().slice(before);
    expect(created.map((o) => o.name)).toContain("v1/Assign");
    expect(created.every((o) => o.controlInputs.length === 0)).toBe(true);
  });

  it("raises E15 when a manually entered scope exits inside another (testVarScopeNestingError)", () => {
    vs("aa", () => {
      const scope = variableScope("bb");
      scope.enter();
      vs("cc", () => expect(() => scope.exit()).toThrow(new TFError("RuntimeError", "Improper nesting of variable_scope.")));
      scope.exit();
    });
  });
});

describe("locals, collections and trainability", () => {
  it("names local variables by scope and reuses them (testGetLocalVar)", () => {
    const outer = vs("outer", (s) => s);
    const local = vs(outer, () => getLocalVariable("w", { shape: [], collections: ["foo"] }) as Variable, { defaultName: "default", values: [] });
    expect(local.name).toBe("outer/w:0");
    const g = getDefaultGraph();
    expect(g.getCollection("local_variables")).toContain(local);
    expect(g.getCollection("foo")).toContain(local);
    expect(g.getCollection("trainable_variables")).not.toContain(local);
    expect(vs(outer, () => getLocalVariable("w", { shape: [] }), { defaultName: "default", reuse: true })).toBe(local);
  });

  it("filters scope collections by `name/`, so foo_ and foo stay apart (testGetCollection)", () => {
    const names = (xs: unknown[]) => xs.map((v) => (v as Variable).name);
    gv("a", { shape: [] });
    gv("b", { shape: [], trainable: false });
    const s1 = vs("foo_", (s) => {
      gv("a", { shape: [] });
      gv("b", { shape: [], trainable: false });
      return s;
    });
    const s2 = vs("foo", (s) => {
      gv("a", { shape: [] });
      gv("b", { shape: [], trainable: false });
      return s;
    });
    expect(names(s1.trainableVariables())).toEqual(["foo_/a:0"]);
    expect(names(s2.globalVariables())).toEqual(["foo/a:0", "foo/b:0"]);
    expect(names(currentVariableScope().trainableVariables())).toEqual(["a:0", "foo_/a:0", "foo/a:0"]);
  });

  it("makes ON_READ variables non-trainable unless told otherwise (testGetTrainableVariablesWithGetVariable)", () => {
    const scope = vs("foo", (s) => {
      gv("b", { shape: [] });
      gv("c", { shape: [], trainable: false });
      gv("d", { shape: [], synchronization: "ON_READ" });
      gv("e", { shape: [], synchronization: "ON_READ", trainable: true });
      gv("f", { shape: [], synchronization: "ON_WRITE" });
      return s;
    });
    expect(scope.trainableVariables().map((v) => (v as Variable).name)).toEqual(["foo/b:0", "foo/e:0", "foo/f:0"]);
  });

  it("accepts a ref dtype and no-argument initializers (testGetVariableWithRefDtype, ...TakesNoArgs)", () => {
    const v = gv("v", { shape: [3, 4] });
    expect(gv("w", { shape: [5, 6], dtype: v.dtype }).dtype.name).toBe("float32_ref");
    expect(gv("foo", { initializer: Object.assign(() => [f(2)], { acceptsNoArgs: true }) }).name).toBe("foo:0");
    expect(() => gv("bar", { initializer: (x: unknown) => x })).toThrow(/^The initializer passed is not valid/);
  });

  it("validates the scope name against the innermost default graph (testTwoGraphs)", () => {
    const g1 = new Graph();
    const g2 = new Graph();
    withCm(asDefault(g1), () =>
      withCm(asDefault(g2), () => expect(() => variableScope("_").enter()).toThrow(new TFError("ValueError", "'_' is not a valid scope name"))),
    );
  });
});

describe("partitioning (VariableScopeWithPartitioningTest)", () => {
  const into = (n: number) => (shape: { rank: number | null }) => {
    const p = new Array<number>(shape.rank ?? 0).fill(1);
    p[0] = n;
    return p;
  };

  it("names the result after the request and shards it (testResultNameMatchesRequested)", () => {
    const v = vs("scope0", () => gv("name0", { shape: [3, 1, 1] }), { partitioner: into(2) }) as unknown as PartitionedVariable;
    expect(v.name).toBe("scope0/name0");
    const globals = getDefaultGraph().getCollection("variables").map((x) => (x as Variable).name);
    expect(globals).toEqual(["scope0/name0/part_0:0", "scope0/name0/part_1:0"]);
    expect((v.variables as Variable[]).map((x) => x.getShape().asList())).toEqual([[2, 1, 1], [1, 1, 1]]);
    // variables.py 2925-2945: ConcatV2 in the absolute scope `<name>/ConcatPartitions/`, then an
    // Identity named after the variable at the root.
    const t = v.asTensor();
    expect([t.name, t.op.type, t.op.inputs[0]!.name, t.shape.asList()]).toEqual(["scope0/name0:0", "Identity", "scope0/name0/ConcatPartitions/concat:0", [3, 1, 1]]);
  });

  it("refuses a different partitioning on reuse (testBreaksIfPartitioningChanges)", () => {
    vs("scope0", () => gv("name0", { shape: [3, 1, 1] }), { partitioner: into(2) });
    expect(() => vs("scope0", () => gv("name0", { shape: [3, 1, 1] }), { partitioner: into(3), reuse: true })).toThrow(
      new TFError("ValueError", "Trying to reuse partitioned variable scope0/name0, but specified partitions [3, 1, 1] and found partitions [2, 1, 1]."),
    );
    expect(() => vs("scope0", () => gv("name0", { shape: [3, 1, 1] }), { partitioner: into(1), reuse: true })).toThrow(/specified partitions \[1, 1, 1\]/);
  });

  it("reuses with reuse_variables() or without a partitioner, and carries the partitioner into object entries", () => {
    const p = into(2);
    const [a, b] = vs("scope0", (s) => {
      const first = gv("name0", { shape: [3, 1, 1] });
      s.reuseVariables();
      return [first, gv("name0", { shape: [3, 1, 1] })];
    }, { partitioner: p });
    expect(b).toBe(a);
    expect(vs("scope0", () => gv("name0"), { reuse: true })).toBe(a);
    const outer = vs("s1", (s) => s, { partitioner: p });
    expect(vs(outer, (s) => s.partitioner)).toBe(p);
  });

  it("splits along the partitioned axis (testPartitionConcatenatesAlongCorrectAxis)", () => {
    const v1 = vs("root", () => gv("n1", { shape: [2, 2, 2], partitioner: () => [1, 2, 1] })) as unknown as PartitionedVariable;
    expect((v1.variables as Variable[]).map((x) => x.getShape().asList())).toEqual([[2, 1, 2], [2, 1, 2]]);
    expect(() => gv("bad", { shape: [2, 2], partitioner: () => [2, 2] })).toThrow(
      new TFError("ValueError", "Can only slice a variable along one dimension: shape: (2, 2), partitioning: [2, 2]"),
    );
  });
});
