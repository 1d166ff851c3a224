// The naming rules in words, each on a small program whose names follow from TF 1.15's source.
import { describe, expect, test } from "vitest";
import { explainSnippet } from "../../src/explain/explain.js";
import type { Explanation, ScopeNode } from "../../src/explain/schema.js";
import { activeRecorder } from "../../src/tf/recorder.js";

function explain(body: string): Explanation {
  return explainSnippet(`import tensorflow as tf\n${body}`, { filename: "t.py" });
}

function flat(nodes: readonly ScopeNode[]): ScopeNode[] {
  return nodes.flatMap((n) => [n, ...flat(n.children)]);
}

function reasonsOf(x: Explanation, name: string): string[] {
  const g = x.graphs[0]!;
  const v = g.groups.flatMap((gr) => gr.variables).filter((e) => e.name === name);
  const o = g.groups.flatMap((gr) => gr.ops).filter((e) => e.name === name);
  return [...v, ...o].flatMap((e) => e.reasons);
}

describe("op names", () => {
  test("`add_1` after `Add`: names_in_use keys are lower-cased (ops.py 4145-4195)", () => {
    const x = explain("a = tf.constant(1.)\nb = tf.add(a, a)\nc = a + a\n");
    expect(reasonsOf(x, "add_1")).toEqual(["`add_1` because `Add` at line 3 holds `add` (names are unique regardless of case)"]);
  });

  test("an op and a name scope share one namespace: `foo_1/` after a Const named foo", () => {
    const x = explain('tf.constant(1., name="foo")\nwith tf.name_scope("foo"):\n    pass\n');
    expect(flat(x.graphs[0]!.scopes)[0]!.reasons).toEqual(["`foo_1/` because `foo` at line 2 holds `foo`"]);
  });
});

describe("variable scopes", () => {
  test("`shared_layer_1` from default_name: the counter was 1; its name scope `shared_layer_1/` (vs.py 1961-1972)", () => {
    const x = explain(
      'with tf.variable_scope(None, default_name="shared_layer"):\n    pass\nwith tf.variable_scope(None, default_name="shared_layer"):\n    pass\n',
    );
    const second = flat(x.graphs[0]!.scopes)[1]!;
    expect(second.variableScope?.name).toBe("shared_layer_1");
    expect(second.reasons).toContain("`shared_layer_1` from default_name: the counter for `shared_layer` under the root scope was 1");
    expect(second.reasons).toContain("`shared_layer_1/` because the name scope `shared_layer` was taken at line 2");
  });

  test("reuse from reuse_variables(): a variable made before the call was made with reuse off", () => {
    const x = explain('with tf.variable_scope("foo") as scope:\n    v = tf.get_variable("v", [1])\n    scope.reuse_variables()\n    v1 = tf.get_variable("v", [1])\n');
    const [made, reused] = x.graphs[0]!.groups.flatMap((g) => g.variables);
    expect(made!.action).toBe("created");
    expect(made!.reasons.some((r) => r.startsWith("created:"))).toBe(false);
    expect(reused!.reasons).toContain("reused the variable created at line 3: reuse=True here (reuse_variables() at line 4)");
    const scope = flat(x.graphs[0]!.scopes)[0]!;
    expect(scope.variableScope).toMatchObject({ reuse: false, reuseVariablesAt: { line: 4, calls: [] } });
    expect(scope.reasons).toContain("reuse_variables() at line 4 set reuse=True from there on");
  });

  test("a string scope entered in a loop: each entry ends before the next", () => {
    const x = explain('for i in range(2):\n    with tf.variable_scope("s"):\n        tf.constant(0.)\n');
    const roots = x.graphs[0]!.scopes;
    expect(roots.map((s) => s.nameScope)).toEqual(["s/", "s_1/"]);
  });
});

describe("get_variable names", () => {
  test("a name scope still open is ignored, and named", () => {
    const x = explain('with tf.name_scope("b"):\n    v = tf.get_variable("v", [1])\n');
    expect(reasonsOf(x, "v")).toContain("`v`, not `b/v`: get_variable ignores the name scope `b` opened at line 2");
  });

  test("a name scope already left is not blamed (the with block ended before line 4)", () => {
    const x = explain('with tf.name_scope("b"):\n    pass\nv = tf.get_variable("v", [1])\n');
    expect(reasonsOf(x, "v")).toEqual(["get_variable at the root scope uses `v` as is"]);
  });

  test("the store key and the op name differ when a tf.Variable holds the name (review §4)", () => {
    const x = explain('with tf.name_scope("foo"):\n    tf.Variable(1., name="v")\nwith tf.variable_scope("foo"):\n    w = tf.get_variable("v", [1])\n');
    const w = x.graphs[0]!.groups.flatMap((g) => g.variables).find((v) => v.via === "get_variable")!;
    expect(w).toMatchObject({ name: "foo/v", opName: "foo/v_1" });
    expect(w.reasons).toContain("its op is `foo/v_1`, not `foo/v`: `foo/v_1` because `foo/v` at line 3 holds `foo/v` (the store key stays `foo/v`)");
  });
});

describe("exceptions", () => {
  test("'does not exist' lists what the scope holds and the closest name", () => {
    const x = explain('with tf.variable_scope("foo"):\n    w = tf.get_variable("weights", [1])\nwith tf.variable_scope("foo", reuse=True):\n    w2 = tf.get_variable("weight", [1])\n');
    const e = x.errors[0]!;
    expect(e).toMatchObject({ type: "ValueError", uncaught: true, site: { line: 5 } });
    expect(e.reasons).toContain("under `foo/` the store holds `foo/weights`");
    expect(e.reasons).toContain("the closest stored name is `foo/weights`");
  });

  test("'does not exist' for a tf.Variable: get_variable never sees it (var.py: not in the store)", () => {
    const x = explain('with tf.variable_scope("foo"):\n    v = tf.Variable(1., name="v")\nwith tf.variable_scope("foo", reuse=True):\n    tf.get_variable("v", [1])\n');
    expect(x.errors[0]!.reasons).toContain("`foo/v` at line 3 is a tf.Variable: get_variable only finds variables that get_variable created");
  });

  test("variable_scope(None) says what to pass instead", () => {
    const x = explain("with tf.variable_scope(None):\n    pass\n");
    expect(x.errors[0]!.type).toBe("TypeError");
    expect(x.errors[0]!.reasons[0]).toMatch(/^variable_scope\(None\) has no name to open: pass a name/);
  });

  test("a snippet that catches 'already exists' keeps it, marked caught", () => {
    const x = explain('v = tf.get_variable("v", [1])\ntry:\n    tf.get_variable("v", [1])\nexcept ValueError:\n    pass\n');
    expect(x.exception).toBeNull();
    expect(x.errors).toHaveLength(1);
    expect(x.errors[0]).toMatchObject({ uncaught: false, site: { line: 4 } });
  });
});

test("the recorder is removed after the run, even when the code raised", () => {
  explain("raise ValueError('x')\n");
  expect(activeRecorder).toBeNull();
});

describe("TF 2 profile", () => {
  const program = 'with tf.compat.v1.variable_scope("foo"):\n    v = tf.compat.v1.get_variable("v", [1])\n';

  test("after disable_eager_execution() the graph is explained", () => {
    const x = explainSnippet(`import tensorflow as tf\ntf.compat.v1.disable_eager_execution()\n${program}`, { filename: "t.py", profile: "2" });
    expect(x.notes).toEqual([]);
    expect(x.graphs[0]!.groups.flatMap((g) => g.variables).map((v) => v.name)).toEqual(["foo/v"]);
  });

  test("eager code is not explained, and the explanation says so", () => {
    const x = explainSnippet(`import tensorflow as tf\n${program}`, { filename: "t.py", profile: "2" });
    expect(x.graphs).toEqual([]);
    expect(x.notes[0]).toMatch(/^eager execution was on for part of the run/);
  });
});
