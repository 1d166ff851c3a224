// The explain hook (issue #7): off by default, and when installed it hears about scopes, ops and variables.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type EngineEvent, getVariable, nameScope, setRecorder, variableScope } from "../../src/tf/index.js";
import { f, freshTF, withCm } from "./helpers.js";

beforeEach(() => freshTF());
afterEach(() => setRecorder(null));

describe("recorder", () => {
  it("reports scope entries with where reuse came from, uniquified names, ops and variables", () => {
    const events: EngineEvent[] = [];
    setRecorder({ record: (e) => events.push(e) });
    withCm(variableScope("foo"), () => getVariable("v", { initializer: [f(1)] }));
    withCm(variableScope("foo", { reuse: true }), () => getVariable("v", { initializer: [f(1)] }));
    withCm(nameScope("foo"), () => undefined);
    const scopes = events.flatMap((e) => (e.kind === "variableScope" ? [[e.how, e.name, e.nameScope, e.reuse, e.reuseFrom]] : []));
    expect(scopes).toEqual([
      ["string", "foo", "foo/", false, "parent"],
      ["string", "foo", "foo_1/", true, "argument"],
    ]);
    expect(events.filter((e) => e.kind === "uniquified").map((e) => (e.kind === "uniquified" ? [e.requested, e.got, e.key, e.count] : []))).toEqual([
      ["foo", "foo_1", "foo", 1],
      ["foo", "foo_2", "foo", 2],
    ]);
    expect(events.filter((e) => e.kind === "op").map((e) => (e.kind === "op" ? e.op.name : ""))).toEqual(["foo/v/initial_value", "foo/v", "foo/v/Assign", "foo/v/read"]);
    expect(events.filter((e) => e.kind === "variableCreated" || e.kind === "variableReused").map((e) => e.kind)).toEqual(["variableCreated", "variableReused"]);
    events.length = 0;
    expect(() => withCm(variableScope("foo"), () => getVariable("v", { initializer: [f(1)] }))).toThrow();
    withCm(variableScope("bar"), (s) => s.reuseVariables());
    expect(events.filter((e) => e.kind === "error" || e.kind === "reuseVariables").map((e) => e.kind)).toEqual(["error", "reuseVariables"]);
  });

  it("reports the default-name counter seen on entry", () => {
    const events: EngineEvent[] = [];
    setRecorder({ record: (e) => events.push(e) });
    for (let i = 0; i < 2; i++) withCm(variableScope(null, { defaultName: "L" }), () => undefined);
    const counts = events.flatMap((e) => (e.kind === "variableScope" ? [[e.name, e.defaultNameCount]] : []));
    expect(counts).toEqual([["L", 0], ["L_1", 1]]);
  });

  it("records nothing when no recorder is installed", () => {
    const events: EngineEvent[] = [];
    setRecorder({ record: (e) => events.push(e) });
    setRecorder(null);
    withCm(variableScope("foo"), () => getVariable("v", { initializer: [f(1)] }));
    expect(events).toEqual([]);
  });
});
