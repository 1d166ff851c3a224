// Per-thread state (ops.py `_thread_local`, `_DefaultGraphStack(threading.local)`; variable_scope.py
// `_VariableScopeStore(threading.local)`) versus per-graph state (names_in_use, the variable store):
// reference §9 with review item 2, and ops_test.py DeviceTest.testNameStack.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  Graph,
  TFError,
  asDefault,
  currentVariableScope,
  float32,
  getDefaultGraph,
  getVariable,
  setThreadIdProvider,
  variableScope,
  type ContextManager,
  type Variable,
} from "../../src/tf/index.js";
import { freshTF } from "./helpers.js";

let tid = 0;
beforeEach(() => {
  freshTF();
  tid = 0;
  setThreadIdProvider(() => tid);
});
afterEach(() => setThreadIdProvider(() => 0));

/** Runs `fn` as thread `id`. */
function on<T>(id: number, fn: () => T): T {
  const saved = tid;
  tid = id;
  try {
    return fn();
  } finally {
    tid = saved;
  }
}

describe("threads", () => {
  it("keeps a name stack per thread over one names_in_use (testNameStack)", () => {
    const g = new Graph();
    const scopes: ContextManager<string>[] = [];
    const first: string[] = [];
    for (const id of [1, 2, 3]) {
      on(id, () => {
        const s = g.nameScope("foo");
        s.enter();
        scopes.push(s);
        first.push(g.createOp({ type: "FloatOutput", dtypes: [float32] }).name);
      });
    }
    const second = [1, 2, 3].map((id) => on(id, () => g.createOp({ type: "FloatOutput", dtypes: [float32] }).name));
    expect(first).toEqual(["foo/FloatOutput", "foo_1/FloatOutput", "foo_2/FloatOutput"]);
    expect(second).toEqual(["foo/FloatOutput_1", "foo_1/FloatOutput_1", "foo_2/FloatOutput_1"]);
  });

  it("gives each thread its own implicit global graph (review item 2)", () => {
    const main = getDefaultGraph();
    const worker = on(1, () => getDefaultGraph());
    expect(worker).not.toBe(main);
    expect(on(1, () => getDefaultGraph())).toBe(worker);
    const g = new Graph();
    const cm = asDefault(g);
    cm.enter();
    expect(on(1, () => getDefaultGraph())).toBe(worker);
    cm.exit();
  });

  it("keeps variable scopes and default-name counters per thread, the store per graph", () => {
    const g = new Graph();
    const g0 = asDefault(g);
    g0.enter();
    const outer = variableScope("outer");
    outer.enter();
    const g1 = on(1, () => asDefault(g));
    on(1, () => g1.enter());
    expect(on(1, () => currentVariableScope().name)).toBe("");
    const defaultScope = () => {
      const d = variableScope(null, { defaultName: "L" });
      const s = d.enter();
      const r = [s.name, g.getNameScope()];
      d.exit();
      return r;
    };
    expect(defaultScope()).toEqual(["outer/L", "outer/L"]);
    expect(on(1, defaultScope)).toEqual(["L", "L"]);
    expect(on(1, defaultScope)).toEqual(["L_1", "L_1"]);
    outer.exit();
    expect(defaultScope()).toEqual(["L", "L_2"]);
    getVariable("v", { initializer: [1] });
    expect(() => on(1, () => getVariable("v", { initializer: [1] }))).toThrow(TFError);
    on(1, () => g1.exit());
    expect(on(1, () => (getVariable("v", { initializer: [1] }) as Variable).graph)).not.toBe(g);
    g0.exit();
  });
});
