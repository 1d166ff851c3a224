// Graph naming, create_op, collections and the default-graph stack, from ops.py and the counterparts of
// ops_test.py NameStackTest, NameTest, CollectionTest and testResetDefaultGraphNesting.
import { beforeEach, describe, expect, it } from "vitest";
import {
  Graph,
  applyOp,
  asDefault,
  float32,
  getDefaultGraph,
  int32,
  resetDefaultGraph,
} from "../../src/tf/index.js";
import { freshTF, withCm, raises } from "./helpers.js";

beforeEach(() => freshTF());

const op = (g: Graph, name?: string | null, type = "FloatOutput") => g.createOp({ type, name, dtypes: [float32] });


describe("unique_name (ops.py 4145-4195)", () => {
  it("counts per name, marks, and nests like NameStackTest.testBasics", () => {
    const g = new Graph();
    expect(g.uniqueName("foo", false)).toBe("foo");
    expect(g.uniqueName("foo", false)).toBe("foo");
    expect(g.uniqueName("foo")).toBe("foo");
    expect(g.uniqueName("foo", false)).toBe("foo_1");
    expect(g.uniqueName("foo")).toBe("foo_1");
    expect(g.uniqueName("foo")).toBe("foo_2");
    expect(g.uniqueName("foo_1", false)).toBe("foo_1_1");
    expect(g.uniqueName("foo_1")).toBe("foo_1_1");
    expect(g.uniqueName("foo_1")).toBe("foo_1_2");
    expect(g.uniqueName("foo_1_2")).toBe("foo_1_2_1");
    withCm(g.nameScope("bar"), () => {
      expect(g.uniqueName("foo")).toBe("bar/foo");
      expect(g.uniqueName("foo")).toBe("bar/foo_1");
      withCm(g.nameScope(null), () => expect(g.uniqueName("foo")).toBe("foo_3"));
      withCm(g.nameScope("baz"), () => {
        expect(g.uniqueName("foo")).toBe("bar/baz/foo");
        expect(g.uniqueName("foo")).toBe("bar/baz/foo_1");
      });
      withCm(g.nameScope("baz"), () => expect(g.uniqueName("foo")).toBe("bar/baz_1/foo"));
    });
    withCm(g.nameScope("quux"), () => expect(g.uniqueName("foo")).toBe("quux/foo"));
    withCm(g.nameScope("bar"), () => withCm(g.nameScope("baz"), () => expect(g.uniqueName("foo")).toBe("bar_1/baz/foo")));
    expect(g.uniqueName("foo")).toBe("foo_4");
    expect(g.uniqueName("bar")).toBe("bar_2");
  });

  it("skips names taken out of order (testOutOfOrderUniqueName)", () => {
    const g = new Graph();
    expect(["foo_2", "foo", "foo", "foo"].map((n) => g.uniqueName(n))).toEqual(["foo_2", "foo", "foo_1", "foo_3"]);
  });

  it("follows the reference's examples", () => {
    const run = (names: string[]) => {
      const g = new Graph();
      return names.map((n) => g.uniqueName(n));
    };
    expect(run(["foo", "foo", "foo"])).toEqual(["foo", "foo_1", "foo_2"]);
    expect(run(["foo_1", "foo", "foo"])).toEqual(["foo_1", "foo", "foo_2"]);
    expect(run(["foo", "foo", "foo_1"])).toEqual(["foo", "foo_1", "foo_1_1"]);
    expect(run(["Add", "add"])).toEqual(["Add", "add_1"]);
  });

  it("ignores case but keeps the caller's spelling (testUniqueNameCaseInsensitivity)", () => {
    const g = new Graph();
    expect(g.uniqueName("foo")).toBe("foo");
    expect(g.uniqueName("Foo")).toBe("Foo_1");
    withCm(g.nameScope("bar"), () => expect(g.uniqueName("foo")).toBe("bar/foo"));
    withCm(g.nameScope("Bar"), () => expect(g.uniqueName("foo")).toBe("Bar_1/foo"));
  });
});

describe("Graph.name_scope (ops.py 4031-4143)", () => {
  it("yields scope strings for nesting, None, empty and absolute names (NameTest.testNameScope)", () => {
    const g = new Graph();
    withCm(g.nameScope("foo"), (foo) => {
      expect(foo).toBe("foo/");
      withCm(g.nameScope("foo2"), (s) => expect(s).toBe("foo/foo2/"));
      withCm(g.nameScope(null), (s) => {
        expect(s).toBe("");
        expect(g.getNameScope()).toBeNull();
        withCm(g.nameScope("foo3"), (s3) => expect(s3).toBe("foo3/"));
      });
      withCm(g.nameScope(""), (s) => expect(s).toBe(""));
    });
    expect(op(g).name).toBe("FloatOutput");
    withCm(g.nameScope("bar"), (scope) => {
      expect(op(g).name).toBe("bar/FloatOutput");
      expect(op(g).name).toBe("bar/FloatOutput_1");
      expect(op(g, scope).name).toBe("bar");
    });
    withCm(g.nameScope("baz"), (scope) => {
      withCm(g.nameScope("quux"), () => expect(op(g).name).toBe("baz/quux/FloatOutput"));
      withCm(g.nameScope(scope), () => {
        expect(op(g).name).toBe("baz/FloatOutput");
        expect(op(g, scope).name).toBe("baz");
        expect(op(g, "trailing/").name).toBe("trailing");
      });
    });
    withCm(g.nameScope("bar"), () => expect(op(g).name).toBe("bar_1/FloatOutput"));
    withCm(g.nameScope("bar/"), () => expect(op(g).name).toBe("bar/FloatOutput_2"));
  });

  it("validates scope names by position (testInvalidNameRaisesError)", () => {
    const g = new Graph();
    withCm(g.nameScope(""), () => undefined);
    withCm(g.nameScope("foo/"), () => withCm(g.nameScope("_bar"), () => undefined));
    raises(() => g.nameScope("foo:0").enter(), "ValueError", "'foo:0' is not a valid scope name");
    raises(() => g.nameScope("_bar").enter(), "ValueError", "'_bar' is not a valid scope name");
  });

  it("restores the stack after an exception inside the block", () => {
    const g = new Graph();
    expect(() => withCm(g.nameScope("a"), () => {
      throw new Error("boom");
    })).toThrow("boom");
    expect(g.getNameScope()).toBe("");
    expect(op(g).name).toBe("FloatOutput");
  });

  it("behaves as a generator context manager: one entry, idempotent exit", () => {
    const g = new Graph();
    const s = g.nameScope("a");
    s.enter();
    s.exit();
    withCm(g.nameScope("b"), () => {
      s.exit();
      expect(g.getNameScope()).toBe("b");
    });
    raises(() => s.enter(), "AttributeError", "'_GeneratorContextManager' object has no attribute 'args'");
  });

  it("shares one namespace between scopes and ops", () => {
    const g = new Graph();
    withCm(g.nameScope("foo"), () => undefined);
    expect(op(g, "foo").name).toBe("foo_1");
    op(g, "bar");
    withCm(g.nameScope("bar"), (s) => expect(s).toBe("bar_1/"));
  });
});

describe("create_op (ops.py 3359-3428)", () => {
  it("names ops after their type and numbers outputs (NameTest.testGenerateName)", () => {
    const g = new Graph();
    const op0 = g.createOp({ type: "TwoFloatOutputs", dtypes: [float32, float32] });
    expect(op0.name).toBe("TwoFloatOutputs");
    expect(op0.outputs.map((t) => t.name)).toEqual(["TwoFloatOutputs:0", "TwoFloatOutputs:1"]);
    expect(op(g).name).toBe("FloatOutput");
    expect(op(g).outputs[0]!.name).toBe("FloatOutput_1:0");
    expect(op(g, "my_op").outputs[0]!.name).toBe("my_op:0");
  });

  it("rejects invalid node names (testInvalidNames)", () => {
    const g = new Graph();
    for (const bad of ["_invalid", "-invalid", "/invalid", "invalid:0"]) {
      raises(() => op(g, bad), "ValueError", `'${bad}' is not a valid node name`);
    }
    raises(() => op(g, ""), "ValueError", "'' is not a valid node name");
  });

  it("does not record trailing-slash names, so a later duplicate fails in the C API (review item 10)", () => {
    const g = new Graph();
    expect(op(g, "x/").name).toBe("x");
    expect(g.nameUseCount("x")).toBe(0);
    raises(() => op(g, "x/"), "ValueError", "Duplicate node name in graph: 'x'");
    raises(() => op(g, "x"), "ValueError", "Duplicate node name in graph: 'x'");
  });

  // An op wrapper (op_def_library) names its op `name_scope(name) + "/"`, so the C API's duplicate
  // check applies to the scope name unique_name handed out.
  it("rejects a wrapper op whose scope name an earlier trailing-slash op took", () => {
    const g = new Graph();
    expect(op(g, "Add_1/").name).toBe("Add_1");
    const add = () => applyOp(g, "Add", null, () => ({ dtypes: [float32] }));
    expect(add().name).toBe("Add");
    raises(add, "ValueError", "Duplicate node name in graph: 'Add_1'");
    expect(add().name).toBe("Add_2");
  });

  it("rejects a wrapper op when an op made inside its scope took the scope's name", () => {
    const g = new Graph();
    raises(() => applyOp(g, "Add", null, () => {
      expect(op(g, "Add/").name).toBe("Add");
      return { dtypes: [float32] };
    }), "ValueError", "Duplicate node name in graph: 'Add'");
    // The failed wrapper left the name stack and the default-graph stack as they were.
    expect(g.nameStack).toBe("");
    expect(getDefaultGraph()).not.toBe(g);
    expect(op(g, "Add_1").name).toBe("Add_1");
  });

  it("uniquifies against ops created with explicit names (testUniqueName)", () => {
    const g = new Graph();
    expect(op(g, "myop").name).toBe("myop");
    expect(op(g, "myop_1").name).toBe("myop_1");
    expect(op(g, "myop").name).toBe("myop_2");
    expect(op(g, "myop_1").name).toBe("myop_1_1");
  });

  it("refuses to build on a finalized graph", () => {
    const g = new Graph();
    g.finalize();
    raises(() => op(g), "RuntimeError", "Graph is finalized and cannot be modified.");
    raises(() => g.addToCollection("k", 1), "RuntimeError", "Graph is finalized and cannot be modified.");
  });

  it("counts versions and exposes tensors with their op, graph, dtype and shape", () => {
    const g = new Graph();
    const t = g.createOp({ type: "Placeholder", name: "x", dtypes: [int32] }).outputs[0]!;
    expect(g.version).toBe(1);
    expect(t.op.name).toBe("x");
    expect(t.graph).toBe(g);
    expect(t.dtype).toBe(int32);
    expect(t.shape.dims).toBeNull();
    expect(g.getTensorByName("x:0")).toBe(t);
    expect(g.getOperationByName("x")).toBe(t.op);
  });

  it("raises TF's messages for bad lookups (ops.py 3635-3681)", () => {
    const g = new Graph();
    op(g, "a");
    raises(() => g.getTensorByName("b:0"), "KeyError", "The name 'b:0' refers to a Tensor which does not exist. The operation, 'b', does not exist in the graph.");
    raises(() => g.getTensorByName("a:1"), "KeyError", "The name 'a:1' refers to a Tensor which does not exist. The operation, 'a', exists but only has 1 outputs.");
    raises(() => g.getTensorByName("a"), "ValueError", `The name 'a' refers to an Operation, not a Tensor. Tensor names must be of the form "<op_name>:<output_index>".`);
    raises(() => g.getTensorByName("a:x"), "ValueError", `The name 'a:x' looks a like a Tensor name, but is not a valid one. Tensor names must be of the form "<op_name>:<output_index>".`);
    raises(() => g.getOperationByName("a:0"), "ValueError", "Name 'a:0' appears to refer to a Tensor, not a Operation.");
    raises(() => g.getOperationByName("zz"), "KeyError", "The name 'zz' refers to an Operation not in the graph.");
  });

  it("adds the control inputs of enclosing control_dependencies blocks", () => {
    const g = new Graph();
    const a = op(g, "a");
    const b = withCm(g.controlDependencies([a]), () => {
      const inner = op(g, "b");
      const dominated = g.createOp({ type: "Identity", inputs: [inner.outputs[0]!], dtypes: [float32] });
      expect(dominated.controlInputs).toEqual([]);
      withCm(g.controlDependencies(null), () => expect(op(g, "c").controlInputs).toEqual([]));
      return inner;
    });
    expect(b.controlInputs).toEqual([a]);
    expect(op(g, "d").controlInputs).toEqual([]);
  });
});

describe("collections (ops.py 3870-3977; CollectionTest)", () => {
  class Named {
    constructor(readonly name: string) {}
  }

  it("lists keys, copies on get and shares on get_ref", () => {
    const g = new Graph();
    expect(g.collections).toEqual([]);
    g.addToCollection("key", 12);
    g.addToCollection("other", "foo");
    g.addToCollection("key", 34);
    expect(g.getCollection("key")).toEqual([12, 34]);
    expect(g.getCollection("nothing")).toEqual([]);
    const snapshot = g.getCollection("other");
    const ref = g.getCollectionRef("other");
    g.addToCollection("other", "bar");
    expect(snapshot).toEqual(["foo"]);
    expect(ref).toEqual(["foo", "bar"]);
    expect(g.getCollectionRef("other")).toBe(ref);
    const empty = g.getCollectionRef("empty");
    empty.push("something");
    expect(g.getCollection("empty")).toEqual(["something"]);
    g.addToCollection(["tuple", "key"], 1);
    expect(g.getAllCollectionKeys()).toEqual(["key", "other", "empty"]);
  });

  it("filters by scope with re.match: a prefix, and regex syntax", () => {
    const g = new Graph();
    const b1 = new Named("prefix/foo");
    const b2 = new Named("junk/foo");
    for (const x of [27, b1, b2]) g.addToCollection("blah", x);
    expect(g.getCollection("blah")).toEqual([27, b1, b2]);
    expect(g.getCollection("blah", "prefix")).toEqual([b1]);
    expect(g.getCollection("blah", ".*x")).toEqual([b1]);
    const foo1 = new Named("foo_1/v");
    g.addToCollection("v", foo1);
    expect(g.getCollection("v", "foo")).toEqual([foo1]);
  });

  it("adds to each distinct key once; a string is a single key", () => {
    const g = new Graph();
    g.addToCollections([1, 2, 1], "key");
    expect(g.getCollection(1)).toEqual(["key"]);
    g.addToCollections("abc", "key");
    expect(g.getCollection("abc")).toEqual(["key"]);
    expect(g.getCollection("a")).toEqual([]);
  });
});

describe("default graph stack (ops.py 5257-5870)", () => {
  it("nests as_default and restores the thread's global graph", () => {
    const global = getDefaultGraph();
    const g = new Graph();
    withCm(asDefault(g), (x) => {
      expect(x).toBe(g);
      expect(getDefaultGraph()).toBe(g);
    });
    expect(getDefaultGraph()).toBe(global);
  });

  it("reset_default_graph makes a new global graph, but not inside as_default (testResetDefaultGraphNesting)", () => {
    const before = getDefaultGraph();
    resetDefaultGraph();
    expect(getDefaultGraph()).not.toBe(before);
    const g = new Graph();
    withCm(asDefault(g), () =>
      raises(
        () => resetDefaultGraph(),
        "AssertionError",
        "Do not use tf.reset_default_graph() to clear nested graphs. If you need a cleared graph, exit the nesting and create a new graph.",
      ),
    );
  });

  it("raises when as_default blocks exit out of order", () => {
    const g1 = new Graph();
    const g2 = new Graph();
    const c1 = asDefault(g1);
    const c2 = asDefault(g2);
    c1.enter();
    c2.enter();
    raises(() => c1.exit(), "AssertionError", "Nesting violated for default stack of <class 'tensorflow.python.framework.ops.Graph'> objects");
  });
});
