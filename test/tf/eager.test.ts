// The TF 2.x profile in eager mode (reference §10.1): get_variable makes a new ResourceVariable every
// call and never reuses; names are name-scope prefixes, never uniquified; variable scopes still count.
import { beforeEach, describe, expect, it } from "vitest";
import {
  AUTO_REUSE,
  EagerVariable,
  Graph,
  asDefault,
  TFError,
  createVariable,
  currentVariableScope,
  disableEagerExecution,
  getVariable,
  nameScope,
  nameScopeV2,
  ResourceVariable,
  variableScope,
} from "../../src/tf/index.js";
import { f, freshTF, withCm } from "./helpers.js";

beforeEach(() => freshTF("2"));

const gv = (name: string, shape?: number[]) => getVariable(name, shape === undefined ? {} : { shape }) as EagerVariable;

describe("eager get_variable", () => {
  it("creates a new variable on every call, named by the variable scope", () => {
    const a = gv("v", [1]);
    const b = gv("v", [1]);
    expect(a).toBeInstanceOf(EagerVariable);
    expect(a).not.toBe(b);
    expect([a.name, b.name]).toEqual(["v:0", "v:0"]);
    expect(withCm(variableScope("foo"), () => gv("v", [1]).name)).toBe("foo/v:0");
    expect(withCm(variableScope("foo", { reuse: true }), () => gv("v", [1]).name)).toBe("foo/v:0");
  });

  it("raises E7 for a 'reuse' without shape", () => {
    expect(() => gv("x")).toThrow(TFError);
    try {
      gv("x");
    } catch (e) {
      expect((e as TFError).message).toMatch(/^The initializer passed is not valid\./);
    }
  });

  it("forces the scope to AUTO_REUSE and keeps default-name counters", () => {
    expect(currentVariableScope().reuse).toBe(AUTO_REUSE);
    const names = [0, 1].map(() => withCm(variableScope(null, { defaultName: "L" }), () => gv("w", [1]).name));
    expect(names).toEqual(["L/w:0", "L_1/w:0"]);
  });

  it("names tf.Variable by the eager prefix without uniquifying", () => {
    expect((createVariable({ initialValue: f(1) }) as EagerVariable).name).toBe("Variable:0");
    expect((createVariable({ initialValue: f(1) }) as EagerVariable).name).toBe("Variable:0");
    expect(withCm(nameScopeV2("a"), () => (createVariable({ initialValue: f(1), name: "v" }) as EagerVariable).name)).toBe("a/v:0");
    expect(withCm(nameScope("a"), () => gv("g", [1]).name)).toBe("g:0");
  });

  it("builds graph ops inside as_default(), where TF switches to graph mode", () => {
    const g = new Graph();
    const v = withCm(asDefault(g), () => getVariable("v", { shape: [1] }));
    expect(v).toBeInstanceOf(ResourceVariable);
    expect((v as ResourceVariable).graph).toBe(g);
    expect(gv("v", [1])).toBeInstanceOf(EagerVariable);
  });

  it("builds graph ResourceVariables once eager execution is disabled", () => {
    disableEagerExecution();
    const v = getVariable("v", { shape: [1] });
    expect(v).toBeInstanceOf(ResourceVariable);
    expect(() => getVariable("v", { shape: [1] })).toThrow(
      new TFError("ValueError", "Variable v already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope?"),
    );
  });
});
