// tf.name_scope (TF1 and TF2), op_scope and get_name_scope: counterparts of ops_test.py OpScopeTest and
// NameScopeTest, and ops.py 5877-5899, 6251-6520.
import { beforeEach, describe, expect, it } from "vitest";
import {
  Graph,
  asDefault,
  float32,
  getDefaultGraph,
  getNameScope,
  nameScope,
  nameScopeV2,
  opScope,
  setLogger,
  setPyDescriber,
} from "../../src/tf/index.js";
import { constant, freshTF, withCm, raises } from "./helpers.js";

beforeEach(() => freshTF());

const ns = <R>(n: string | null, body: (s: string) => R) => withCm(nameScope(n), body);


describe("TF1 name_scope", () => {
  it("yields the scope strings of OpScopeTest.testNames", () => {
    ns("foo", (foo) => {
      expect(foo).toBe("foo/");
      expect(ns("foo2", (s) => s)).toBe("foo/foo2/");
      ns(null, (e) => {
        expect(e).toBe("");
        expect(ns("foo3", (s) => s)).toBe("foo3/");
      });
      expect(ns("", (s) => s)).toBe("");
    });
    ns("foo/", (outer) => {
      expect(outer).toBe("foo/");
      expect(ns("", (s) => s)).toBe("");
      expect(ns("foo4", (s) => s)).toBe("foo/foo4/");
      ns("foo5//", (s) => {
        expect(s).toBe("foo5//");
        expect(ns("foo6", (x) => x)).toBe("foo5//foo6/");
      });
      expect(ns("/", (s) => s)).toBe("/");
      expect(ns("//", (s) => s)).toBe("//");
      expect(ns("a//b/c", (s) => s)).toBe("foo/a//b/c/");
    });
    expect(ns("a//b/c", (s) => s)).toBe("a//b/c/");
  });

  it("uses default_name only when name is None, uniquified", () => {
    expect(withCm(nameScope(null, "D"), (s) => s)).toBe("D/");
    expect(withCm(nameScope(null, "D"), (s) => s)).toBe("D_1/");
    expect(withCm(nameScope("x", "D"), (s) => s)).toBe("x/");
  });

  it("moves to the graph of `values` and back (testDefaultScopeName, testEmptyScopeName)", () => {
    const g0 = new Graph();
    const a = g0.createOp({ type: "A", dtypes: [float32] }).outputs[0]!;
    const b = g0.createOp({ type: "B", dtypes: [float32] }).outputs[0]!;
    withCm(nameScope("my_scope", "my_default_scope", [a, b]), (s) => {
      expect(s).toBe("my_scope/");
      expect(getDefaultGraph()).toBe(g0);
    });
    expect(withCm(nameScope(null, "my_default_scope", [a, b]), (s) => s)).toBe("my_default_scope/");
    withCm(nameScope("", null, [a, b]), (s) => {
      expect(s).toBe("");
      expect(getDefaultGraph()).toBe(g0);
    });
    expect(getDefaultGraph()).not.toBe(g0);
  });

  it("sees a tensor wrapped as an op-catalogue Python value", () => {
    const g0 = new Graph();
    const a = g0.createOp({ type: "A", dtypes: [float32] }).outputs[0]!;
    withCm(nameScope("s", null, [{ kind: "tensor", value: a }]), () => expect(getDefaultGraph()).toBe(g0));
  });

  it("raises E19 for no name with values, but resets to the root without values (testNoScopeName)", () => {
    const g0 = new Graph();
    const a = g0.createOp({ type: "A", dtypes: [float32] });
    raises(() => nameScope(null, null, [a]).enter(), "ValueError", "At least one of name (None) and default_name (None) must be provided.");
    ns("x", () => expect(ns(null, (s) => s)).toBe(""));
  });

  it("raises E18 at construction for a non-string default_name", () => {
    setPyDescriber({ str: String, typeRepr: () => "<class 'list'>" });
    raises(
      () => nameScope("my_scope", [1, 2]),
      "TypeError",
      "`default_name` type (<class 'list'>) is not a string type. You likely meant to pass this into the `values` kwarg.",
    );
  });

  it("rejects values from two graphs", () => {
    const g1 = new Graph();
    const g2 = new Graph();
    const a = g1.createOp({ type: "A", dtypes: [float32] }).outputs[0]!;
    const b = g2.createOp({ type: "B", dtypes: [float32] }).outputs[0]!;
    raises(() => nameScope("s", null, [a, b]).enter(), "ValueError", 'Tensor("B:0", dtype=float32) must be from the same graph as Tensor("A:0", dtype=float32).');
  });

  it("reports the current scope through get_name_scope (NameScopeTest.testGetNameScope)", () => {
    ns("scope1", () => ns("scope2", () => expect(getNameScope()).toBe("scope1/scope2")));
    expect(getNameScope()).toBe("");
    ns(null, () => expect(getNameScope()).toBeNull());
  });

  it("names ops by the innermost scope", () => {
    expect(ns("a", () => constant(1).name)).toBe("a/Const:0");
    expect(ns("a", () => constant(1).name)).toBe("a_1/Const:0");
    const g = new Graph();
    withCm(asDefault(g), () => expect(ns("a", () => constant(1).name)).toBe("a/Const:0"));
  });
});

describe("op_scope (pre-1.0)", () => {
  it("logs its warning on entry and equals name_scope(name, default_name, values)", () => {
    const lines: string[] = [];
    setLogger((l) => lines.push(l));
    const cm = opScope([], null, "Default");
    expect(lines).toEqual([]);
    expect(withCm(cm, (s) => s)).toBe("Default/");
    expect(lines).toEqual([
      "WARNING:tensorflow:tf.op_scope(values, name, default_name) is deprecated, use tf.name_scope(name, default_name, values)",
    ]);
  });
});

describe("TF2 name_scope (name_scope_v2)", () => {
  it("requires a string", () => {
    raises(() => nameScopeV2(null), "ValueError", "name for name_scope must be a string.");
  });

  it("is re-entrant in eager mode, where nothing is uniquified (testNameScopeV2IsReEntrant)", () => {
    freshTF("2");
    const foo = nameScopeV2("foo");
    const bar = nameScopeV2("bar");
    withCm(foo, (s) => {
      expect(s).toBe("foo/");
      expect(withCm(foo, (x) => x)).toBe("foo/foo/");
      withCm(bar, (x) => {
        expect(x).toBe("foo/bar/");
        expect(withCm(foo, (y) => y)).toBe("foo/bar/foo/");
      });
    });
    expect(withCm(bar, (s) => s)).toBe("bar/");
    expect(withCm(foo, (s) => s)).toBe("foo/");
    expect(withCm(nameScopeV2("a/"), (s) => withCm(nameScopeV2("b"), (t) => [s, t, getNameScope()]))).toEqual(["a/", "a/b/", "a/b"]);
  });

  it("uniquifies in graph mode like Graph.name_scope", () => {
    expect(withCm(nameScopeV2("foo"), (s) => s)).toBe("foo/");
    expect(withCm(nameScopeV2("foo"), (s) => s)).toBe("foo_1/");
  });
});
