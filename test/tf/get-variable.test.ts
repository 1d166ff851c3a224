// get_variable and the variable store: every check in variable_scope.py 811-1243 in TF's order, the
// ops a variable creates (variables.py 1699-1880; review items 6-9, O1, O4, O5), custom getters,
// regularizers, local variables and partitioned variables (review O10).
import { beforeEach, describe, expect, it } from "vitest";
import {
  AUTO_REUSE,
  PartitionedVariable,
  complex64,
  currentVariableScope,
  float32,
  getDefaultGraph,
  getLocalVariable,
  getVariable,
  int32,
  nameScope,
  setTracebackProvider,
  variableScope,
  type GetterArgs,
  type Variable,
  type VariableScopeArgs,
} from "../../src/tf/index.js";
import { pyFloat, pyList } from "../../src/tf/ops/pyvalue.js";
import { constant, f, freshTF, opNames, withCm, raises } from "./helpers.js";

beforeEach(() => freshTF());

const vs = <R>(n: unknown, body: () => R, args?: VariableScopeArgs) => withCm(variableScope(n, args), body);
const gv = (name: string, args: Parameters<typeof getVariable>[1] = {}) => getVariable(name, args) as Variable;


const RU = ["shape", "min", "max", "RandomUniform", "sub", "mul"];

describe("ops a variable creates", () => {
  it("builds a glorot-initialized RefVariable in TF's order (reference §4)", () => {
    const v = gv("v", { shape: [2, 3] });
    expect(opNames()).toEqual([
      ...RU.map((n) => `v/Initializer/random_uniform/${n}`),
      "v/Initializer/random_uniform",
      "v",
      "v/Assign",
      "v/read",
    ]);
    expect(v.name).toBe("v:0");
    expect(v.op.type).toBe("VariableV2");
    expect(v.dtype.name).toBe("float32_ref");
    expect(v.initializer.name).toBe("v/Assign");
    expect(v.value().name).toBe("v/read:0");
    expect(v.initialValue.name).toBe("v/Initializer/random_uniform:0");
    expect(v.getShape().asList()).toEqual([2, 3]);
  });

  it("ignores name scopes for get_variable, but its ops still take the first free name", () => {
    const v = withCm(nameScope("ns"), () => gv("v", { shape: [1] }));
    expect(v.name).toBe("v:0");
    const w = vs("foo", () => withCm(nameScope("inner"), () => gv("w", { shape: [1] })));
    expect(w.name).toBe("foo/w:0");
  });

  it("stores under the full name even when the op name had to be uniquified (reference §4)", () => {
    withCm(nameScope("foo"), () => constant(1, null, "v"));
    const v = vs("foo", () => gv("v", { shape: [1] }));
    expect(v.name).toBe("foo/v_1:0");
    expect(vs("foo", () => gv("v", { shape: [1] }), { reuse: true })).toBe(v);
  });

  it("uses zeros for int variables and infers the dtype of a constant initializer", () => {
    const i = gv("i", { shape: [2], dtype: int32 });
    expect(i.initialValue.name).toBe("i/Initializer/zeros:0");
    expect(i.dtype.name).toBe("int32_ref");
    const b = gv("b", { initializer: 2 });
    expect(b.dtype.name).toBe("int32_ref");
    expect(b.initialValue.name).toBe("b/initial_value:0");
  });

  it("adds a stray root Const when dtype is given with a constant initializer (review O5)", () => {
    withCm(nameScope("ns"), () => gv("w", { initializer: [f(1)], dtype: float32 }));
    expect(opNames()).toEqual(["Const", "w/initial_value", "w", "w/Assign", "w/read"]);
    expect(constant(f(0)).name).toBe("Const_1:0");
  });

  it("builds resource variables in rv.py's order (review item 9)", () => {
    const r = gv("r", { shape: [1], useResource: true });
    expect(opNames()).toEqual([
      ...RU.map((n) => `r/Initializer/random_uniform/${n}`),
      "r/Initializer/random_uniform",
      "r",
      "r/IsInitialized/VarIsInitializedOp",
      "r/Assign",
      "r/Read/ReadVariableOp",
    ]);
    expect(r.op.type).toBe("VarHandleOp");
    expect(r.dtype.name).toBe("float32");
    const c = gv("c", { initializer: [f(1)], useResource: true });
    expect(c.initialValue.name).toBe("c/Initializer/initial_value:0");
  });

  it("reads and assigns in the current name scope (review O1)", () => {
    const v = gv("v", { shape: [1] });
    expect(v.readValue().name).toBe("read:0");
    expect(v.readValue().name).toBe("read_1:0");
    expect(withCm(nameScope("s"), () => v.readValue().name)).toBe("s/read:0");
    const before = opNames().length;
    const ref = v as Variable & { assign(x: unknown): { name: string }; assignAdd(x: unknown): { name: string } };
    expect(ref.assign(pyList([pyFloat(2)])).name).toBe("Assign:0");
    expect(ref.assignAdd(pyList([pyFloat(1)])).name).toBe("AssignAdd:0");
    expect(opNames().slice(before)).toEqual(["Assign/value", "Assign", "AssignAdd/value", "AssignAdd"]);
  });

  it("rewrites an initial value that reads a collected variable through its initialized_value() (review O4)", () => {
    // variables.py 2756-2804: the read `w/read` is copied as `w/read_u` (the op name, "_", the scope "u/",
    // used verbatim) over `w.initialized_value()`, built in the scope `u/`.
    const w = gv("w", { shape: [1] });
    expect(gv("u", { initializer: w.value() }).name).toBe("u:0");
    const copy = getDefaultGraph().getOperationByName("w/read_u");
    expect([copy.type, copy.inputs.map((t) => t.name)]).toEqual(["Identity", ["u/cond/Merge:0"]]);
    const hidden = gv("h", { shape: [1], collections: [] });
    expect(gv("k", { initializer: hidden.value() }).name).toBe("k:0");
  });
});

describe("checks (E1-E9)", () => {
  it("E1 adds the caller's frames for a RefVariable, not for a ResourceVariable", () => {
    setTracebackProvider(() => ['  File "a.py", line 3, in <module>\n    v = tf.get_variable("v", [1])\n']);
    gv("v", { shape: [1] });
    const base = "Variable v already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope?";
    raises(() => gv("v", { shape: [1] }), "ValueError", `${base} Originally defined at:\n\n  File "a.py", line 3, in <module>\n    v = tf.get_variable("v", [1])\n`);
    gv("r", { shape: [1], useResource: true });
    raises(() => gv("r", { shape: [1] }), "ValueError", base.replace("Variable v", "Variable r"));
  });

  it("E2 for a missing variable under reuse=True, including one made by tf.Variable", () => {
    raises(
      () => vs("s", () => gv("v", { shape: [1] }), { reuse: true }),
      "ValueError",
      "Variable s/v does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?",
    );
  });

  it("E3 and E4, including an int variable reused without dtype", () => {
    vs("s", () => {
      gv("v", { shape: [1] });
      gv("i", { shape: [1], dtype: int32 });
    });
    vs("s", () => {
      raises(() => gv("v", { shape: [2] }), "ValueError", "Trying to share variable s/v, but specified shape (2,) and found shape (1,).");
      expect(gv("v", { shape: null }).name).toBe("s/v:0");
      raises(() => gv("i", { shape: [1] }), "ValueError", "Trying to share variable s/i, but specified dtype float32 and found dtype int32_ref.");
    }, { reuse: true });
  });

  it("E5 runs even when the variable exists", () => {
    gv("c", { initializer: [f(1)] });
    raises(() => gv("c", { shape: [1], initializer: [f(1)] }), "ValueError", "If initializer is a constant, do not specify shape.");
  });

  it("E6 compares the constant's dtype with the explicit one", () => {
    raises(
      () => gv("w", { initializer: [1], dtype: float32 }),
      "ValueError",
      "Initializer type '<dtype: 'int32'>' and explicit dtype '<dtype: 'float32'>' don't match.",
    );
  });

  it("E7 for a new variable without shape, E8 for complex without initializer, E9 for a bad getter", () => {
    raises(() => gv("x"), "ValueError", /^The initializer passed is not valid\. It should be a callable with no arguments and the shape should not be provided or an instance of `tf\.keras\.initializers\.\*' and `shape` should be fully defined\.$/);
    raises(() => gv("c", { shape: [1], dtype: complex64 }), "ValueError", "An initializer for variable c of <dtype: 'complex64'> is required");
    raises(() => gv("g", { shape: [1], customGetter: 3 }), "ValueError", "Passed a custom_getter which is not callable: 3");
  });

  it("accepts a no-argument initializer when the shape is unknown", () => {
    const init = Object.assign(() => constant([f(1), f(2)]), { acceptsNoArgs: true });
    const v = gv("n", { initializer: init });
    expect(v.getShape().asList()).toEqual([2]);
    expect(opNames()).toContain("n/Initializer/Const");
  });
});

describe("collections", () => {
  it("keeps TF's own stores under tuple keys, in the order TF creates them", () => {
    gv("v", { shape: [1] });
    const g = getDefaultGraph();
    expect(g.collections.map(String)).toEqual(["('__varscope',)", "('__variable_store',)", "variables", "trainable_variables"]);
    expect(g.getAllCollectionKeys()).toEqual(["variables", "trainable_variables"]);
    freshTF();
    vs("a", () => undefined);
    expect(getDefaultGraph().collections.map(String)).toEqual(["('__variable_store',)", "('__varscope',)"]);
  });

  it("cannot create the stores on a finalized graph", () => {
    getDefaultGraph().finalize();
    raises(() => variableScope("a").enter(), "RuntimeError", "Graph is finalized and cannot be modified.");
  });

  it("adds trainable_variables even with an explicit collections list (review item 6)", () => {
    const v = gv("v", { shape: [1], collections: ["mine"] });
    const g = getDefaultGraph();
    expect(g.getCollection("mine")).toEqual([v]);
    expect(g.getCollection("trainable_variables")).toEqual([v]);
    expect(g.getCollection("variables")).toEqual([]);
  });

  it("get_local_variable appends to the caller's list and is never trainable (review item 7)", () => {
    const mine: unknown[] = ["mine"];
    const v = getLocalVariable("l", { shape: [1], collections: mine, trainable: true }) as Variable;
    expect(mine).toEqual(["mine", "local_variables"]);
    expect(v.trainable).toBe(false);
    const g = getDefaultGraph();
    expect(g.getCollection("local_variables")).toEqual([v]);
    expect(g.getCollection("trainable_variables")).toEqual([]);
  });

  it("rejects a non-list collections argument", () => {
    raises(() => gv("v", { shape: [1], collections: "abc" }), "ValueError", "collections argument to Variable constructor must be a list, tuple, or set. Got abc of type <class 'string'>");
  });

  it("filters VariableScope collections by `name/`", () => {
    const a = vs("foo", () => gv("a", { shape: [1] }));
    vs("foo_1", () => gv("b", { shape: [1] }));
    const scope = vs("foo", () => withCm(variableScope("foo"), (s) => s));
    expect(scope.name).toBe("foo/foo");
    const foo = withCm(variableScope("foo"), (s) => s);
    expect(foo.globalVariables()).toEqual([a]);
  });
});

describe("custom getters and regularizers", () => {
  it("passes TF's keyword arguments, with constraint only when accepted (vs.py 526-553)", () => {
    const seen: GetterArgs[] = [];
    const plain = (getter: (a: GetterArgs) => unknown, args: GetterArgs) => {
      seen.push(args);
      return getter(args);
    };
    gv("v", { shape: [1], customGetter: plain });
    expect(Object.keys(seen[0]!)).not.toContain("constraint");
    expect(seen[0]!.trainable).toBe(true);
    expect(seen[0]!.reuse).toBe(false);
    gv("w", { shape: [1], customGetter: Object.assign(plain, { acceptsConstraint: true }) });
    expect(Object.keys(seen[1]!)).toContain("constraint");
  });

  it("builds the loss under `<name>/Regularizer/` and collects it", () => {
    const reg = () => constant(f(0), null, "loss");
    vs("s", () => withCm(nameScope("ns"), () => gv("w", { shape: [1], regularizer: reg })));
    const losses = getDefaultGraph().getCollection("regularization_losses") as { name: string }[];
    expect(losses.map((t) => t.name)).toEqual(["s/w/Regularizer/loss:0"]);
  });
});

describe("partitioned variables (review O10)", () => {
  const halves = () => [2, 1];

  it("names shards part_i and reserves their PartitionedInitializer scopes", () => {
    const pv = gv("v", { shape: [4, 3], partitioner: halves }) as unknown as PartitionedVariable;
    expect(pv).toBeInstanceOf(PartitionedVariable);
    expect(pv.name).toBe("v");
    expect(pv.partitions).toEqual([2, 1]);
    expect((pv.variables as Variable[]).map((x) => [x.name, x.getShape().asList()])).toEqual([
      ["v/part_0:0", [2, 3]],
      ["v/part_1:0", [2, 3]],
    ]);
    expect(getDefaultGraph().nameUseCount("v/part_0/PartitionedInitializer")).toBe(1);
    expect(opNames()).toContain("v/part_1/Initializer/random_uniform");
  });

  it("reuses with or without the partitioner, and reports mismatched kinds", () => {
    const pv = gv("v", { shape: [4, 3], partitioner: halves });
    expect(vs(currentVariableScope(), () => gv("v", { shape: [4, 3] }), { reuse: true })).toBe(pv);
    raises(
      () => gv("v", { shape: [4, 3] }),
      "ValueError",
      "No partitioner was provided, but a partitioned version of the variable was found: v/part_0. Perhaps a variable of the same name was already created with partitioning?",
    );
    gv("u", { shape: [4, 3] });
    raises(
      () => gv("u", { shape: [4, 3], partitioner: halves }),
      "ValueError",
      "A partitioner was provided, but an unpartitioned version of the variable was found: u.  Perhaps a variable of the same name was already created without partitioning?",
    );
    raises(
      () => gv("v", { shape: [4, 3], partitioner: halves }),
      "ValueError",
      "Partitioned variable with name v already exists. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope?",
    );
    expect(vs(currentVariableScope(), () => gv("v", { shape: [4, 3], partitioner: halves }), { reuse: AUTO_REUSE })).toBe(pv);
  });

  it("ignores the partitioner for a scalar shape (testScalarIgnoresPartitioner)", () => {
    expect(gv("s", { shape: [], partitioner: halves }).name).toBe("s:0");
  });
});
