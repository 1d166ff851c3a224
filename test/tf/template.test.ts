// tf.make_template (template.py): counterparts of template_test.py's naming and reuse tests.
import { beforeEach, describe, expect, it } from "vitest";
import {
  TFError,
  Unsupported,
  currentVariableScope,
  getVariable,
  makeTemplate,
  variableScope,
  type Template,
  type Variable,
} from "../../src/tf/index.js";
import { constant, freshTF, withCm } from "./helpers.js";

beforeEach(() => freshTF());

const dummy = () => getVariable("dummy", { shape: [1] }) as Variable;
const call = (t: Template) => t.call(dummy);
const vs = <R>(n: string, body: () => R) => withCm(variableScope(n), body);

describe("make_template", () => {
  it("creates on the first call and reuses after; a second template is uniquified (test_template_with_name)", () => {
    const t1 = makeTemplate("s1");
    const t2 = makeTemplate("s1");
    const v1 = call(t1);
    expect(call(t1)).toBe(v1);
    const v3 = call(t2);
    expect(v1.name).toBe("s1/dummy:0");
    expect(v3.name).toBe("s1_1/dummy:0");
  });

  it("captures the scope of the first call (test_template_in_scope)", () => {
    const t1 = makeTemplate("s1");
    const t2 = makeTemplate("s1");
    const [v1, v3] = vs("scope", () => [call(t1), call(t2)]);
    expect(vs("scope2", () => call(t1))).toBe(v1);
    expect(v1!.name).toBe("scope/s1/dummy:0");
    expect(v3!.name).toBe("scope/s1_1/dummy:0");
  });

  it("captures the scope at construction with create_scope_now_ (test_immediate_scope_creation)", () => {
    const [imm, defer] = vs("ctor_scope", () => [makeTemplate("a", { createScopeNow: true }), makeTemplate("b")]);
    const [iv, dv] = vs("call_scope", () => [call(imm!), call(defer!)]);
    expect(call(imm!)).toBe(iv);
    expect(call(defer!)).toBe(dv);
    expect(iv!.name).toBe("ctor_scope/a/dummy:0");
    expect(dv!.name).toBe("call_scope/b/dummy:0");
  });

  it("uniquifies name scopes only when needed (test_name_scopes_for_variable_scopes)", () => {
    const body = () => {
      const w = getVariable("w", { shape: [1] }) as Variable;
      return [constant(1, null, "add").name, w.name];
    };
    const l1 = makeTemplate("foo", { createScopeNow: true });
    expect(l1.call(body)).toEqual(["foo/add:0", "foo/w:0"]);
    expect(l1.call(body)[0]).toBe("foo_1/add:0");
    expect(l1.variableScope!.name).toBe("foo");
    expect(l1.variableScope!.originalNameScope).toBe("foo");
    const l2 = makeTemplate("foo", { createScopeNow: true });
    expect(l2.call(body)).toEqual(["foo_1_1/add:0", "foo_1/w:0"]);
    expect(l2.call(body)[0]).toBe("foo_1_2/add:0");
    expect(l2.variableScope!.name).toBe("foo_1");
  });

  it("shares a unique_name_ scope when reuse is on (test_unique_name_and_reuse)", () => {
    const t1 = makeTemplate("_", { uniqueName: "s1" });
    const v1 = call(t1);
    expect(call(t1)).toBe(v1);
    currentVariableScope().reuseVariables();
    expect(call(makeTemplate("_", { uniqueName: "s1" }))).toBe(v1);
    expect(v1.name).toBe("s1/dummy:0");
  });

  it("reports Unsupported for an exception inside the template, whose text TF extends with its stack", () => {
    call(makeTemplate("_", { uniqueName: "s1" }));
    const t2 = makeTemplate("_", { uniqueName: "s1" });
    try {
      call(t2);
      throw new Error("expected an exception");
    } catch (e) {
      expect(e).toBeInstanceOf(Unsupported);
      expect(((e as Error & { cause?: TFError }).cause as TFError).message).toMatch(/^Variable s1\/dummy already exists, disallowed/);
    }
  });

  it("handles an empty name and rejects None (test_template_with_empty_name, test_template_without_name)", () => {
    const t = makeTemplate("");
    const [x, v] = vs("outer", () => [getVariable("x", { shape: [] }), call(t)]);
    expect(t.variableScopeName).toBe("outer/");
    expect((v as Variable).name).toBe("outer//dummy:0");
    expect(t.variables).toEqual([x, v]);
    expect(() => makeTemplate(null)).toThrow(new TFError("ValueError", "name cannot be None."));
  });
});
