// tf.Variable / VariableV1 (variables.py 1699-1880, variable_scope.py 2463-2562): naming through name
// scopes, its op order, class choice, constructor checks, and variable_creator_scope.
import { beforeEach, describe, expect, it } from "vitest";
import {
  RefVariable,
  ResourceVariable,
  TFError,
  createVariable,
  currentVariableScope,
  float32,
  getDefaultGraph,
  getVariable,
  nameScope,
  variableCreatorScope,
  variableScope,
  type Variable,
  type VariableArgs,
} from "../../src/tf/index.js";
import { constant, f, freshTF, opNames, withCm } from "./helpers.js";

beforeEach(() => freshTF());

const V = (args: VariableArgs) => createVariable(args) as Variable;

describe("tf.Variable", () => {
  it("follows name scopes and is uniquified; reuse is ignored", () => {
    expect(V({ initialValue: f(1) }).name).toBe("Variable:0");
    expect(V({ initialValue: f(1) }).name).toBe("Variable_1:0");
    expect(V({ initialValue: f(1), name: "v" }).name).toBe("v:0");
    expect(V({ initialValue: f(1), name: "v" }).name).toBe("v_1:0");
    withCm(variableScope("foo"), () => undefined);
    const names = withCm(variableScope("foo", { reuse: true }), () => [V({ initialValue: f(1), name: "v" }).name, V({ initialValue: f(1), name: "v" }).name]);
    expect(names).toEqual(["foo_1/v:0", "foo_1/v_1:0"]);
  });

  it("creates initial_value, the variable, Assign and read in that order (reference §5)", () => {
    const v = V({ initialValue: [f(1), f(2)], name: "v" });
    expect(opNames()).toEqual(["v/initial_value", "v", "v/Assign", "v/read"]);
    expect(v).toBeInstanceOf(RefVariable);
    expect(v.getShape().asList()).toEqual([2]);
    expect(v.initialValue.name).toBe("v/initial_value:0");
  });

  it("uses an existing Tensor as is, created first in the current scope (review O3)", () => {
    const init = withCm(nameScope("outer"), () => constant([f(1)], null, "zeros"));
    const v = withCm(nameScope("outer"), () => V({ initialValue: init }));
    expect(v.name).toBe("outer_1/Variable:0");
    expect(opNames()).toEqual(["outer/zeros", "outer_1/Variable", "outer_1/Variable/Assign", "outer_1/Variable/read"]);
  });

  it("runs a callable under <n>/Initializer/ and converts a plain result as initial_value", () => {
    V({ initialValue: () => [f(3)], name: "c" });
    expect(opNames()).toEqual(["c/Initializer/initial_value", "c", "c/Assign", "c/read"]);
  });

  it("chooses ResourceVariable from the argument or the scope", () => {
    expect(V({ initialValue: f(1), useResource: true })).toBeInstanceOf(ResourceVariable);
    expect(withCm(variableScope("r", { useResource: true }), () => V({ initialValue: f(1) }))).toBeInstanceOf(ResourceVariable);
    expect(V({ initialValue: f(1) })).toBeInstanceOf(RefVariable);
  });

  it("is not in the get_variable store", () => {
    V({ initialValue: f(1), name: "v" });
    expect(() => withCm(variableScope(currentVariableScope(), { reuse: true }), () => getVariable("v", { shape: [] }))).toThrow(
      "Variable v does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?",
    );
  });

  it("joins GLOBAL and TRAINABLE variables unless trainable=False", () => {
    const a = V({ initialValue: f(1) });
    const b = V({ initialValue: f(1), trainable: false });
    const g = getDefaultGraph();
    expect(g.getCollection("variables")).toEqual([a, b]);
    expect(g.getCollection("trainable_variables")).toEqual([a]);
  });

  it("raises the constructor's errors", () => {
    expect(() => V({})).toThrow(new TFError("ValueError", "initial_value must be specified."));
    expect(() => V({ initialValue: f(1), constraint: 3 })).toThrow(new TFError("ValueError", "The `constraint` argument must be a callable."));
    const unknown = getDefaultGraph().createOp({ type: "Placeholder", name: "p", dtypes: [float32] }).outputs[0]!;
    expect(() => V({ initialValue: unknown, name: "u" })).toThrow(
      new TFError("ValueError", 'initial_value must have a shape specified: Tensor("p:0", dtype=float32)'),
    );
  });
});

describe("variable_creator_scope", () => {
  it("runs creators innermost first and passes TF's kwargs", () => {
    const seen: string[] = [];
    const creator = (tag: string) => (next: (a: VariableArgs) => unknown, args: VariableArgs) => {
      seen.push(`${tag}:${args.name}`);
      return next({ ...args, name: `${args.name}_${tag}` });
    };
    const v = withCm(variableCreatorScope(creator("outer")), () =>
      withCm(variableCreatorScope(creator("inner")), () => getVariable("v", { shape: [1] }) as Variable),
    );
    expect(seen).toEqual(["inner:v", "outer:v_inner"]);
    expect(v.name).toBe("v_inner_outer:0");
  });

  it("raises when creator scopes exit out of order (testVariableCreatorNestingError)", () => {
    const a = variableCreatorScope((n, x) => n(x));
    const b = variableCreatorScope((n, x) => n(x));
    a.enter();
    b.enter();
    expect(() => a.exit()).toThrow(new TFError("RuntimeError", "Exiting variable_creator_scope without proper nesting."));
  });
});
