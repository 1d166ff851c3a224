// Custom getters and variable creators: counterparts of variable_scope_test.py testNonCallableGetterFails,
// testNoSideEffectsWithIdentityCustomGetter, testCustomGetterWithReuse,
// testGetterThatCreatesTwoVariablesAndSumsThem, testVariableCreator and testReenterMainScope.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  TFError,
  asDefault,
  createVariable,
  getDefaultGraph,
  getVariable,
  setThreadIdProvider,
  variableCreatorScope,
  variableScope,
  type GetterArgs,
  type Variable,
  type VariableArgs,
  type VariableScope,
  type VariableScopeArgs,
} from "../../src/tf/index.js";
import { f, freshTF, withCm } from "./helpers.js";

beforeEach(() => freshTF());
afterEach(() => setThreadIdProvider(() => 0));

const vs = <R>(n: unknown, body: (s: VariableScope) => R, args?: VariableScopeArgs) => withCm(variableScope(n, args), body);
const gv = (name: string, args: Parameters<typeof getVariable>[1] = {}) => getVariable(name, args) as Variable;
type G = (a: GetterArgs) => unknown;

describe("custom getters", () => {
  it("rejects a non-callable getter when get_variable runs (testNonCallableGetterFails)", () => {
    const msg = new TFError("ValueError", "Passed a custom_getter which is not callable: 3");
    expect(() => vs("scope0", () => gv("name0"), { customGetter: 3 as never })).toThrow(msg);
    expect(() => gv("name0", { customGetter: 3 })).toThrow(msg);
    const ok = (g: G, a: GetterArgs) => g(a);
    expect(() => vs("a", () => vs("b", () => gv("v", { shape: [1] }), { customGetter: 3 as never }), { customGetter: ok })).toThrow(
      new TFError("TypeError", "'number' object is not callable"),
    );
  });

  it("runs only where installed, also on object re-entry (testNoSideEffectsWithIdentityCustomGetter)", () => {
    let called = 0;
    const getter = (g: G, a: GetterArgs) => {
      called++;
      return g(a);
    };
    const [v, scope] = vs("scope", (s) => [gv("v", { shape: [1] }), s] as const, { customGetter: getter });
    expect(vs(scope, () => gv("v", { shape: [1] }), { reuse: true })).toBe(v);
    const [v3, ns] = vs("new_scope", (s) => [gv("v3", { shape: [1] }), s] as const);
    expect(vs(ns, () => gv("v3", { shape: [1] }), { reuse: true, customGetter: getter })).toBe(v3);
    expect(called).toBe(3);
  });

  it("sees the scope's reuse in its kwargs (testCustomGetterWithReuse)", () => {
    const seen: unknown[] = [];
    const getter = (g: G, a: GetterArgs) => {
      seen.push(a.reuse);
      return g(a);
    };
    const scope = vs("scope", (s) => (gv("v", { shape: [1] }), s), { customGetter: getter });
    vs(scope, () => gv("v", { shape: [1] }), { reuse: true });
    expect(seen).toEqual([false, true]);
  });

  it("may create several variables under derived names (testGetterThatCreatesTwoVariablesAndSumsThem)", () => {
    const getter = (g: G, a: GetterArgs) => [g({ ...a, name: `${a.name}/0` }), g({ ...a, name: `${a.name}/1` })];
    vs("scope", () => gv("v", { shape: [1, 2, 3] }), { customGetter: getter });
    expect(getDefaultGraph().getCollection("trainable_variables").map((x) => (x as Variable).name)).toEqual(["scope/v/0:0", "scope/v/1:0"]);
  });
});

describe("variable creators", () => {
  it("lets an inner creator rewrite kwargs for outer ones (testVariableCreator)", () => {
    const names: unknown[] = [];
    const a = (next: (x: VariableArgs) => unknown, x: VariableArgs) => (names.push(x.name), next(x));
    const b = (next: (x: VariableArgs) => unknown, x: VariableArgs) => next({ ...x, name: "forced_name" });
    withCm(variableCreatorScope(a), () => withCm(variableCreatorScope(b), () => createVariable({ initialValue: f(1), name: "one_name" })));
    expect(names).toEqual(["forced_name"]);
    const seen: VariableArgs[] = [];
    withCm(variableCreatorScope((next, x) => (seen.push(x), next(x))), () =>
      gv("v", { shape: [], synchronization: "ON_WRITE", aggregation: "MEAN" }),
    );
    expect([seen[0]!.synchronization, seen[0]!.aggregation]).toEqual(["ON_WRITE", "MEAN"]);
  });
});

describe("threads", () => {
  it("re-enters the main thread's captured scope in a worker (testReenterMainScope)", () => {
    let tid = 0;
    setThreadIdProvider(() => tid);
    const graph = getDefaultGraph();
    vs("main", (main) => {
      tid = 1;
      try {
        withCm(asDefault(graph), () => {
          expect(vs(main, () => vs("foo", () => gv("v", { shape: [] }).name))).toBe("main/foo/v:0");
          expect(vs("bar", () => gv("v", { shape: [] }).name)).toBe("bar/v:0");
        });
      } finally {
        tid = 0;
      }
    });
  });
});
