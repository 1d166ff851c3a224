// variable_scope naming, reuse and counters: counterparts of variable_scope_test.py (vst.py 550-1110)
// and the rules of variable_scope.py 1776-2363 with the review's corrections (items 1, 4, O8).
import { beforeEach, describe, expect, it } from "vitest";
import {
  AUTO_REUSE,
  Graph,
  VariableScope,
  asDefault,
  currentVariableScope,
  float64,
  getDefaultGraph,
  getVariable,
  nameScope,
  setLogger,
  variableOpScope,
  variableScope,
  type Variable,
  type VariableScopeArgs,
} from "../../src/tf/index.js";
import { constant, freshTF, withCm, raises } from "./helpers.js";

beforeEach(() => freshTF());

const vs = <R>(n: unknown, body: (s: VariableScope) => R, args?: VariableScopeArgs) => withCm(variableScope(n, args), body);
const ns = <R>(n: string | null, body: (s: string) => R) => withCm(nameScope(n), body);
const gv = (name: string, shape: number[] = []) => getVariable(name, { shape }) as Variable;
const scopeName = (n: string) => ns(n, (s) => s);


describe("names and name scopes", () => {
  it("opens a uniquified name scope per string entry while the variable scope keeps its name (testVarScopeNameScope)", () => {
    let tower!: VariableScope;
    ns("n1", () => {
      vs("tower", (t) => {
        tower = t;
        expect(scopeName("scope2")).toBe("n1/tower/scope2/");
      });
      vs(tower, () => expect(scopeName("scope2")).toBe("n1/tower_1/scope2/"));
      vs("tower", () => expect(scopeName("scope2")).toBe("n1/tower_2/scope2/"));
    });
    ns("n2", () => {
      vs("tower", () => expect(scopeName("scope2")).toBe("n2/tower/scope2/"));
      vs(tower, () => expect(scopeName("scope2")).toBe("n2/tower_1/scope2/"));
    });
    const root = currentVariableScope();
    ns("n3", () => vs(root, () => expect(scopeName("scope2")).toBe("n3/scope2/")));
  });

  it("keeps original_name_scope across object re-entry (testVarScopeOriginalNameScope)", () => {
    let tower!: VariableScope;
    ns("scope1", () =>
      vs("tower", (t) => {
        tower = t;
        expect(t.originalNameScope).toBe("scope1/tower/");
      }),
    );
    ns("scope2", () => {
      vs(tower, (t1) => {
        expect(t1.originalNameScope).toBe("scope1/tower/");
        expect(scopeName("foo")).toBe("scope2/tower/foo/");
      });
      ns(tower.originalNameScope, () => expect(scopeName("bar")).toBe("scope1/tower/bar/"));
    });
    ns("scope2", () => vs(tower, () => ns(tower.originalNameScope, () => expect(scopeName("bar")).toBe("scope1/tower/bar_1/"))));
  });

  it("names variables by variable scope and ops by name scope", () => {
    vs("foo", () => expect(gv("v").name).toBe("foo/v:0"));
    vs("foo", (s) => {
      expect(s.name).toBe("foo");
      expect(constant(1, null, "c").name).toBe("foo_1/c:0");
      raises(() => gv("v"), "ValueError", /^Variable foo\/v already exists, disallowed\./);
    });
    ns("bar", () => vs("foo", () => expect(gv("w").name).toBe("foo/w:0")));
  });

  it("gives default names their own counters (testVarOpScope, testVarOpScopeUniqueNamesInterleavedSubstringScopes)", () => {
    ns("t1", () => {
      vs("tower", () => {
        expect(gv("w").name).toBe("tower/w:0");
        expect(scopeName("s")).toBe("t1/tower/s/");
      }, { defaultName: "default", values: [] });
      vs("tower", () => {
        raises(() => gv("w"), "ValueError", /already exists/);
        expect(scopeName("s")).toBe("t1/tower_1/s/");
      }, { defaultName: "default", values: [] });
    });
    ns("t2", () => {
      vs(null, () => {
        expect(gv("w").name).toBe("default/w:0");
        expect(scopeName("s")).toBe("t2/default/s/");
      }, { defaultName: "default" });
      vs(null, () => {
        expect(gv("w").name).toBe("default_1/w:0");
        expect(scopeName("s")).toBe("t2/default_1/s/");
      }, { defaultName: "default" });
    });
    const layerIn = (outer: string) =>
      vs(null, () => vs(null, () => gv("w").name, { defaultName: "layer" }), { defaultName: outer });
    expect(layerIn("defaultScope1")).toBe("defaultScope1/layer/w:0");
    expect(layerIn("defaultScope1")).toBe("defaultScope1_1/layer/w:0");
    expect(layerIn("defaultScope")).toBe("defaultScope/layer/w:0");
    expect(layerIn("defaultScope1")).toBe("defaultScope1_2/layer/w:0");
  });

  it("continues default-name numbering across a jump to the enclosing scope (testVarOpScopeUniqueNamesWithJump)", () => {
    vs("default", (d) => {
      vs(null, () => expect(gv("w").name).toBe("default/layer/w:0"), { defaultName: "layer" });
      vs(null, () => expect(gv("w").name).toBe("default/layer_1/w:0"), { defaultName: "layer" });
      vs(d, () => undefined);
      vs(null, () => expect(gv("w").name).toBe("default/layer_2/w:0"), { defaultName: "layer" });
    });
  });

  it("lets the variable-scope and name-scope counters drift apart (reference §3.3)", () => {
    const d = { defaultName: "L" };
    expect(vs(null, (s) => [s.name, scopeName("x")], d)).toEqual(["L", "L/x/"]);
    expect(vs("L", (s) => [s.name, scopeName("x")])).toEqual(["L", "L_1/x/"]);
    expect(vs(null, (s) => [s.name, scopeName("x")], d)).toEqual(["L_1", "L_2/x/"]);
  });

  it("resets descendants' counters when a string scope exits, and restores the snapshot after an object scope (review item 1)", () => {
    vs("foo", (foo) => {
      vs(null, (s) => expect(s.name).toBe("foo/bar"), { defaultName: "bar" });
      vs(null, (s) => expect(s.name).toBe("foo/bar_1"), { defaultName: "bar" });
      return foo;
    });
    vs("foo", () => vs(null, (s) => expect(s.name).toBe("foo/bar"), { defaultName: "bar" }));
    // Entering the root by object snapshots the whole map, root keys included.
    vs(currentVariableScope(), () => vs(null, (s) => expect(s.name).toBe("L"), { defaultName: "L" }));
    vs(null, (s) => {
      expect(s.name).toBe("L");
      expect(scopeName("x")).toBe("L_1/x/");
    }, { defaultName: "L" });
  });

  it("re-enters the current name scope with auxiliary_name_scope=False (testBasicWhenAuxiliaryNameScopeIsFalse)", () => {
    const scope = vs("scope", (s) => {
      expect(s.originalNameScope).toBe("");
      expect(gv("w").name).toBe("scope/w:0");
      expect(constant(1, null, "c").name).toBe("c:0");
      return s;
    }, { auxiliaryNameScope: false });
    vs(scope, () => {
      expect(gv("w1").name).toBe("scope/w1:0");
      expect(constant(1, null, "c1").name).toBe("c1:0");
    }, { auxiliaryNameScope: false });
    ns("scope", () => expect(constant(1, null, "c").name).toBe("scope/c:0"));
    vs("outer", () => {
      const inner = vs("inner", (s) => {
        expect(s.originalNameScope).toBe("outer/");
        expect(gv("w").name).toBe("outer/inner/w:0");
        expect(constant(1, null, "c").name).toBe("outer/c:0");
        return s;
      }, { auxiliaryNameScope: false });
      vs(inner, (s) => {
        expect(s.originalNameScope).toBe("outer/");
        expect(gv("w1").name).toBe("outer/inner/w1:0");
      }, { auxiliaryNameScope: false });
      ns("inner", () => expect(constant(1, null, "c").name).toBe("outer/inner/c:0"));
    });
  });

  it("handles default names and the root object with auxiliary_name_scope=False", () => {
    vs(null, (s) => {
      expect(s.originalNameScope).toBe("");
      expect(gv("w").name).toBe("default/w:0");
      expect(constant(1, null, "c").name).toBe("c:0");
    }, { defaultName: "default", auxiliaryNameScope: false });
    ns("default", () => expect(constant(1, null, "c").name).toBe("default/c:0"));
    const root = currentVariableScope();
    vs("outer", () =>
      vs(root, (s) => {
        expect(s.originalNameScope).toBe("");
        expect(gv("w1").name).toBe("w1:0");
        expect(constant(1, null, "c1").name).toBe("outer/c1:0");
      }, { auxiliaryNameScope: false }),
    );
  });

  it("reuses a captured scope without a name scope collision (testReuseScopeWithoutNameScopeCollision)", () => {
    const inner = vs("outer", () => vs("inner", (s) => s));
    vs(inner, (s) => {
      ns(s.originalNameScope, () => {
        expect(gv("w").name).toBe("outer/inner/w:0");
        expect(constant(1, null, "c").name).toBe("outer/inner/c:0");
      });
      ns("inner", () => expect(constant(1, null, "c").name).toBe("inner/c:0"));
    }, { auxiliaryNameScope: false });
  });
});

describe("reuse", () => {
  it("takes an object's own reuse, never the enclosing one, and `False` cannot undo True (testVarScopeObjectReuse)", () => {
    let s = vs("jump", (x) => x, { reuse: true });
    expect(vs(s, (j) => j.reuse)).toBe(true);
    expect(vs(s, (j) => j.reuse, { reuse: true })).toBe(true);
    expect(vs(s, (j) => j.reuse, { reuse: false })).toBe(true);
    s = vs("jump", (x) => x, { reuse: false });
    expect(vs(s, (j) => j.reuse)).toBe(false);
    expect(vs(s, (j) => j.reuse, { reuse: true })).toBe(true);
    expect(vs(s, (j) => j.reuse, { reuse: false })).toBe(false);
    vs("parent", () => expect(vs(s, (j) => j.reuse)).toBe(false), { reuse: true });
  });

  it("inherits reuse through strings and default names: arg or parent", () => {
    vs("a", () => {
      expect(vs("b", (s) => s.reuse, { reuse: false })).toBe(true);
      expect(vs(null, (s) => s.reuse, { defaultName: "d" })).toBe(true);
      expect(vs("c", (s) => s.reuse, { reuse: AUTO_REUSE })).toBe(AUTO_REUSE);
    }, { reuse: true });
    vs("x", () => expect(vs("y", (s) => s.reuse)).toBe(AUTO_REUSE), { reuse: AUTO_REUSE });
  });

  it("shares and checks variables (testVarScopeGetVar)", () => {
    vs("root", () => {
      const towerA = vs("towerA", (t) => t);
      const va = vs(towerA, () => gv("v", [1]));
      expect(va.name).toBe("root/towerA/v:0");
      expect(vs(towerA, () => gv("v", [1]), { reuse: true })).toBe(va);
      expect(vs("towerB", () => gv("v", [1])).name).toBe("root/towerB/v:0");
      raises(() => vs("towerA", () => gv("v", [1])), "ValueError", /^Variable root\/towerA\/v already exists/);
      expect(vs("towerA", () => gv("v", [1]), { reuse: true })).toBe(va);
      vs("foo", () =>
        vs("bar", () => {
          expect(gv("v", [1]).name).toBe("root/foo/bar/v:0");
          expect(vs(towerA, () => gv("v", [1]), { reuse: true })).toBe(va);
        }),
      );
      raises(
        () => vs(towerA, () => vs("baz", () => gv("v", [1])), { reuse: true }),
        "ValueError",
        "Variable root/towerA/baz/v does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?",
      );
      raises(
        () => vs(towerA, () => gv("v", [2]), { reuse: true }),
        "ValueError",
        "Trying to share variable root/towerA/v, but specified shape (2,) and found shape (1,).",
      );
    });
  });

  it("re-enters an outer scope by object (testVarScopeOuterScope, testVarOpScopeReuse)", () => {
    const outer = vs("outer", (o) => o);
    vs(outer, () => {
      expect(gv("w").name).toBe("outer/w:0");
      expect(scopeName("scope2")).toBe("outer_1/scope2/");
      vs("default", () => {
        expect(gv("w").name).toBe("outer/default/w:0");
        expect(scopeName("scope2")).toBe("outer_1/default/scope2/");
      });
    });
    vs(outer, () => {
      expect(gv("w").name).toBe("outer/w:0");
      expect(scopeName("scope2")).toBe("outer_2/scope2/");
      vs("default", () => expect(scopeName("scope2")).toBe("outer_2/default/scope2/"), { reuse: true });
    }, { reuse: true });
  });

  it("nests an outer scope inside itself (testVarScopeNestedOuterScope)", () => {
    vs("outer", (outer) => {
      vs(outer, () => {
        expect(gv("w").name).toBe("outer/w:0");
        expect(scopeName("scope2")).toBe("outer/outer/scope2/");
      });
      vs("default", () => expect(gv("w").name).toBe("outer/default/w:0"));
      vs(outer, () => expect(scopeName("scope2")).toBe("outer/outer_1/scope2/"), { reuse: true });
      vs("default", () => expect(scopeName("scope2")).toBe("outer/default_1/scope2/"), { reuse: true });
    });
  });

  it("reuse_variables() on the entered object lasts for its block (testVarOpScopeReuseParam)", () => {
    const outer = vs("outer", (o) => {
      vs("tower", () => gv("w"), { defaultName: "default" });
      vs(null, () => gv("w"), { defaultName: "default" });
      return o;
    });
    vs(outer, (o) => {
      vs("tower", () => expect(gv("w").name).toBe("outer/tower/w:0"), { defaultName: "default", reuse: true });
      o.reuseVariables();
      vs(null, () => {
        expect(gv("w").name).toBe("outer/default/w:0");
        expect(scopeName("scope2")).toBe("outer_1/default/scope2/");
      }, { defaultName: "default" });
    });
    expect(outer.reuse).toBe(false);
  });

  it("a reusing copy of the root leaves the root non-reusing; reuse_variables on the root lasts", () => {
    gv("x");
    vs(currentVariableScope(), () => expect(gv("x").name).toBe("x:0"), { reuse: true });
    raises(() => gv("x"), "ValueError", /^Variable x already exists/);
    currentVariableScope().reuseVariables();
    expect(gv("x").name).toBe("x:0");
  });

  it("AUTO_REUSE creates then returns (testVarScopeGetOrCreateReuse)", () => {
    const a = vs("bar", () => gv("var"), { reuse: AUTO_REUSE });
    const b = vs("bar", () => gv("var"), { reuse: AUTO_REUSE });
    expect(b).toBe(a);
  });
});

describe("argument checks (E10-E15)", () => {
  it("raises at construction: E10, E11, E12", () => {
    raises(() => variableScope(null), "TypeError", "If default_name is None then name_or_scope is required");
    for (const bad of [1, 0, "yes"]) {
      raises(() => variableScope("s", { reuse: bad }), "ValueError", "The reuse parameter must be True or False or None.");
    }
    raises(
      () => variableScope(null, { defaultName: "scope", auxiliaryNameScope: "invalid" }),
      "TypeError",
      "The auxiliary_name_scope must be `True` or `False`, while get invalid",
    );
  });

  it("raises on entry: E13, E14, and restores the default graph", () => {
    const g = new Graph();
    const cm = withCm(asDefault(g), () => variableScope(42));
    raises(() => cm.enter(), "TypeError", "VariableScope: name_or_scope must be a string or VariableScope.");
    expect(getDefaultGraph()).not.toBe(g);
    raises(() => variableScope(null, { defaultName: "d", reuse: true }).enter(), "ValueError", "reuse=True cannot be used without a name_or_scope");
    raises(() => variableScope(null, { defaultName: "d", reuse: AUTO_REUSE }).enter(), "ValueError", "reuse=True cannot be used without a name_or_scope");
  });

  it("raises E15 when scopes exit out of order (testVarScopeNestingError)", () => {
    const a = variableScope("a");
    const b = variableScope("b");
    a.enter();
    b.enter();
    raises(() => a.exit(), "RuntimeError", "Improper nesting of variable_scope.");
  });
});

describe("graphs", () => {
  it("chooses the graph at construction, not at entry (review item 4)", () => {
    const outerGraph = getDefaultGraph();
    const cm = variableScope("a");
    const g2 = new Graph();
    withCm(asDefault(g2), () => {
      withCm(cm, () => {
        expect(getDefaultGraph()).toBe(outerGraph);
        expect(gv("v").graph).toBe(outerGraph);
      });
      expect(getDefaultGraph()).toBe(g2);
    });
  });

  it("takes the graph of `values`", () => {
    const g2 = new Graph();
    const t = withCm(asDefault(g2), () => constant(1));
    vs("s", () => expect(getDefaultGraph()).toBe(g2), { values: [t] });
  });

  it("keeps separate scope stores per graph (testTwoGraphs)", () => {
    const g1 = new Graph();
    const g2 = new Graph();
    withCm(asDefault(g1), () => vs("a", () => gv("v")));
    expect(withCm(asDefault(g2), () => vs("a", () => gv("v")).name)).toBe("a/v:0");
  });
});

describe("re-entering one variable_scope object (review O8)", () => {
  it("uniquifies its name scope again but keeps original_name_scope", () => {
    const cm = variableScope("layer");
    const first = withCm(cm, (s) => [s.originalNameScope, scopeName("x")]);
    const second = withCm(cm, (s) => [s.name, s.originalNameScope, scopeName("x")]);
    expect(first).toEqual(["layer/", "layer/x/"]);
    expect(second).toEqual(["layer", "layer/", "layer_1/x/"]);
  });

  it("returns the same VariableScope copy for an object entry", () => {
    const target = vs("t", (s) => s);
    const cm = variableScope(target);
    expect(withCm(cm, (s) => s)).toBe(withCm(cm, (s) => s));
  });
});

describe("inherited settings", () => {
  it("inherits dtype, initializer and use_resource; never constraint", () => {
    const init = Object.assign(() => constant(7), { acceptsNoArgs: true });
    const constraint = (x: unknown) => x;
    vs("outer", () => {
      vs("inner", (s) => {
        expect(s.dtype).toBe(float64);
        expect(s.initializer).toBe(init);
        expect(s.constraint).toBeNull();
        expect(s.useResource).toBe(true);
      });
    }, { dtype: float64, initializer: init, constraint, useResource: true });
  });

  it("composes custom getters, newest first (testNestedCustomGetters)", () => {
    const calls: string[] = [];
    const make = (tag: string) =>
      Object.assign(
        (getter: (a: { name: string }) => unknown, args: { name: string }) => {
          calls.push(tag);
          return getter({ ...args, name: `${args.name}_${tag}` });
        },
        { acceptsConstraint: true },
      );
    const v = vs("outer", () => vs("inner", () => gv("v"), { customGetter: make("in") }), { customGetter: make("out") });
    expect(calls).toEqual(["in", "out"]);
    expect(v.name).toBe("outer/inner/v_in_out:0");
  });
});

describe("variable_op_scope (pre-1.0)", () => {
  it("logs its deprecation on entry and behaves like variable_scope(name, default, values)", () => {
    const lines: string[] = [];
    setLogger((l) => lines.push(l));
    const cm = variableOpScope([], null, { defaultName: "d" });
    expect(lines).toEqual([]);
    expect(withCm(cm, (s) => s.name)).toBe("d");
    expect(lines).toEqual([
      "WARNING:tensorflow:tf.variable_op_scope(values, name, default_name) is deprecated, use tf.variable_scope(name, default_name, values)",
    ]);
  });
});
