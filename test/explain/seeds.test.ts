// One snippet of each seed document, explained; the expected facts follow TF 1.15's rules (cited per
// test), never tfscope's own output. Lines are the snippet file's (file mode) or the document's.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { explainDocumentLine } from "../../src/explain/document.js";
import { explainSnippet } from "../../src/explain/explain.js";
import type { Explanation, ScopeNode, VariableEntry } from "../../src/explain/schema.js";

const SNIPPETS = new URL("../../snippets/", import.meta.url).pathname;
const SEEDS = "/work/shared/seeds/";

function fromCorpus(doc: string, id: string): Explanation {
  const manifest = JSON.parse(readFileSync(`${SNIPPETS}${doc}/manifest.json`, "utf8")) as { snippets: { id: string; prelude: string[] }[] };
  const entry = manifest.snippets.find((s) => s.id === id)!;
  return explainSnippet(readFileSync(`${SNIPPETS}${doc}/${id}.py`, "utf8"), { filename: `${id}.py`, setup: entry.prelude.join("\n") });
}

function flat(nodes: readonly ScopeNode[]): ScopeNode[] {
  return nodes.flatMap((n) => [n, ...flat(n.children)]);
}

function variables(x: Explanation): VariableEntry[] {
  return x.graphs.flatMap((g) => g.groups.flatMap((gr) => gr.variables));
}

describe("000: default_name scopes and string re-entry", () => {
  const x = fromCorpus("000_123d2cd9262e802b", "03");
  const scopes = flat(x.graphs[0]!.scopes);

  test("the first call's default_name scope is `shared_layer`, the counter being 0 (vs.py 1961-1972)", () => {
    const s = scopes[0]!;
    expect(s.site).toEqual({ line: 4, calls: [19, 11] });
    expect(s.variableScope).toMatchObject({ name: "shared_layer", how: "default", reuse: false, reuseOrigin: { kind: "parent", scope: "" } });
    expect(s.nameScope).toBe("shared_layer/");
    expect(s.reasons).toContain("`shared_layer` from default_name: the counter for `shared_layer` under the root scope was 0");
  });

  test("the second call re-enters `shared_layer` by string: same variable scope, new name scope `shared_layer_1/` (vs.py 2266, ops.py unique_name)", () => {
    const s = scopes[1]!;
    expect(s.site).toEqual({ line: 4, calls: [19, 12] });
    expect(s.variableScope).toMatchObject({ name: "shared_layer", how: "string", reuse: false, originalNameScope: "shared_layer_1/" });
    expect(s.nameScope).toBe("shared_layer_1/");
    expect(s.reasons).toContain(
      "`shared_layer_1/` because the name scope `shared_layer` was taken at line 4, called from line 11 (re-entering a variable scope by string opens a new name scope)",
    );
  });

  test("'already exists': where the variable was made, and reuse inherited off from the root (vs.py 852-867, 1891-1892)", () => {
    expect(x.errors).toHaveLength(1);
    const e = x.errors[0]!;
    expect(e).toMatchObject({ type: "ValueError", uncaught: true, site: { line: 5, calls: [19, 12] } });
    expect(e.reasons[0]).toBe("`shared_layer/weights` was created at line 5, called from line 11");
    expect(e.reasons[1]).toBe(
      "here, in the variable scope `shared_layer` (entered at line 4, called from line 12), reuse off: inherited from the root scope, which does not reuse",
    );
  });
});

describe("001: name_scope around variable_scope (document lines)", () => {
  const x = explainDocumentLine(`${SEEDS}001_59322c992e0a5e74.txt`, readFileSync(`${SEEDS}001_59322c992e0a5e74.txt`, "utf8"), 80)!;

  test("get_variable ignores the name scope `complex_ops` (vs.py 1173-1243: the work runs under name_scope(None))", () => {
    const w = variables(x).find((v) => v.name === "complex_layer/weights")!;
    expect(w).toMatchObject({ via: "get_variable", action: "created", variableScope: "complex_layer", site: { line: 79, calls: [87] } });
    expect(w.reasons).toContain("`complex_layer/weights`, not `complex_ops/complex_layer/weights`: get_variable ignores the name scope `complex_ops` opened at line 77, called from line 87");
  });

  test("ops follow the name scope `complex_ops/complex_layer/` (mo.py 896-926)", () => {
    const ops = x.graphs[0]!.groups.find((g) => g.nameScope === "complex_ops/complex_layer/")!.ops.map((o) => o.name);
    expect(ops).toEqual(["complex_ops/complex_layer/MatMul", "complex_ops/complex_layer/add"]);
  });

  test("the root-level get_variable at line 92 finds the variable with reuse off; the AUTO_REUSE block had ended", () => {
    const e = x.errors.find((er) => er.uncaught)!;
    expect(e.site.line).toBe(92);
    expect(e.reasons).toContain("`complex_layer/weights` was created at line 79, called from line 87");
    expect(e.reasons).toContain("the reuse=AUTO_REUSE of the variable scope `complex_layer` at line 78, called from line 87 held only inside its with block");
  });
});

describe("002: default-name counters reset when the enclosing string scope ends", () => {
  const x = fromCorpus("002_ff5bcbb91229b9d0", "04");
  const scopes = flat(x.graphs[0]!.scopes);
  const byLine = (line: number) => scopes.find((s) => s.site.line === line)!;

  test("bar, then bar_1 with the counter at 1 (vs.py 1961-1972)", () => {
    expect(byLine(2).variableScope?.name).toBe("foo/bar");
    expect(byLine(5).variableScope?.name).toBe("foo/bar_1");
    expect(byLine(5).reasons).toContain("`bar_1` from default_name: the counter for `bar` under `foo` was 1");
  });

  test("re-entering the captured `foo` opens `foo_1/` but keeps original_name_scope `foo/` (vs.py 1858-1882, vst.py 568-597)", () => {
    expect(byLine(9).variableScope).toMatchObject({ name: "foo", how: "object", originalNameScope: "foo/" });
    expect(byLine(9).nameScope).toBe("foo_1/");
  });

  test("`bar` again: leaving string scope `foo` zeroed the counters beneath it (close_variable_subscopes)", () => {
    expect(byLine(10).variableScope?.name).toBe("foo/bar");
    expect(byLine(10).nameScope).toBe("foo_1/bar/");
    expect(byLine(10).reasons).toContain(
      "`bar` from default_name: the counter for `bar` under `foo` was 0 (leaving the variable scope `foo` of line 1 reset the counters beneath it)",
    );
  });
});

describe("003: get_variable against tf.Variable under name_scope('ns') / variable_scope('vs')", () => {
  const x = fromCorpus("003_45ca9b96d4a9cf0e", "04");
  const v = variables(x);

  test("get_variable uses the variable scope only: `vs/v1`, not `ns/vs/v1`", () => {
    const v1 = v.find((e) => e.name === "vs/v1")!;
    expect(v1.via).toBe("get_variable");
    expect(v1.reasons).toContain("`vs/v1`, not `ns/vs/v1`: get_variable ignores the name scope `ns` opened at line 1");
  });

  test("tf.Variable takes the name scope: `ns/vs/v2` (var.py 1699-1880)", () => {
    const v2 = v.find((e) => e.name === "ns/vs/v2")!;
    expect(v2.via).toBe("tf.Variable");
    expect(v2.reasons).toContain("tf.Variable takes the name scope `ns/vs/`, not the variable scope `vs`");
  });

  test("float32 + int32 fails AddV2's input check at line 5 (odl.py 547-562)", () => {
    expect(x.errors).toHaveLength(1);
    expect(x.errors[0]).toMatchObject({ type: "TypeError", uncaught: true, site: { line: 5, calls: [] } });
  });
});

describe("004: a reusing copy of the root scope ends with its block", () => {
  const x = fromCorpus("004_6d3ccd7b33e35551", "03");

  test("inside the copy, `my_layer` inherits reuse=True and reuses `my_layer/weights`", () => {
    const reused = variables(x).find((v) => v.name === "my_layer/weights" && v.action === "reused")!;
    expect(reused.site).toEqual({ line: 5, calls: [15] });
    expect(reused.reasons).toContain("`my_layer/weights`, not `my_layer_1/weights`: get_variable ignores the name scope `my_layer_1` opened at line 4, called from line 15");
  });

  test("the root object entry opens no name scope (vs.py 2266-2280)", () => {
    const root = flat(x.graphs[0]!.scopes).find((s) => s.site.line === 14)!;
    expect(root.variableScope).toMatchObject({ name: "", how: "object", reuse: true, reuseOrigin: { kind: "argument" } });
    expect(root.nameScopeHow).toBe("none");
  });

  test("line 22 runs at the real root again: reuse off, and the copy at line 14 is cited (vs.py 1835-1840, 1939)", () => {
    const e = x.errors.find((er) => er.uncaught)!;
    expect(e.site.line).toBe(22);
    expect(e.reasons).toContain("here, in the root scope, reuse off: the root scope's own setting (the root does not reuse unless reuse_variables() is called on it)");
    expect(e.reasons).toContain("the reuse=True of the root scope at line 14 held only inside its with block, on a copy of that scope");
  });
});
