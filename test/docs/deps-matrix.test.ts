import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkCommand } from "../../src/docs/cli-check.js";
import { dependencies, dependencyReport } from "../../src/docs/deps.js";
import { extract } from "../../src/docs/extract.js";
import { tfSessionFactory } from "../../src/shim/session.js";

const fence = (code: string) => "```python\n" + code + "\n```\n\n";
const PAGE =
  fence('import tensorflow as tf\nwith tf.variable_scope("a"):\n    v = tf.get_variable("v", [1])') +
  fence("w = v * 2\nv = 3") +
  fence("print(v, w)") +
  fence("def f():\n    return w\nprint(f())");

async function run(args: string[]): Promise<{ status: number; out: string }> {
  let out = "";
  const status = await checkCommand(args, { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (out += s) }, sessionFactory: tfSessionFactory, env: {} });
  return { status, out };
}

describe("--explain-deps", () => {
  it("names, per snippet, what it reads before binding it and which earlier snippet bound it last; imports are set-up, not state", () => {
    const found = extract("page.md", PAGE);
    const deps = dependencies(found);
    // Snippet 2 reads `v` before rebinding it; snippet 3 gets `v` from 2 (its last binder) and `w` from 2;
    // snippet 4's function body reads `w` when called.
    expect(dependencyReport(found, deps)).toBe(`dependencies of page.md
  snippet 1 (line 2) uses nothing from earlier snippets
  snippet 2 (line 8) uses \`v\` from snippet 1 (line 2)
  snippet 3 (line 13) uses \`v\`, \`w\` from snippet 2 (line 8)
  snippet 4 (line 17) uses \`w\` from snippet 2 (line 8)
`);
  });

  it("is in --json as each document's `dependencies`", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tfscope-deps-"));
    writeFileSync(join(dir, "page.md"), PAGE);
    const r = JSON.parse((await run(["--json", "--explain-deps", join(dir, "page.md")])).out);
    expect(r.documents[0].dependencies[2]).toEqual({ snippet: 3, uses: [{ from: 2, names: ["v", "w"] }] });
  });
});

describe("--tf 1.15,2", () => {
  it("judges every claim under each profile and lists those that fare differently", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tfscope-matrix-"));
    const path = join(dir, "m.md");
    // TF 1.15: a second Variable named "a" is a_1:0 (graph's unique_name); TF 2.x runs eagerly, where
    // names are never uniquified, and has no tf.variable_scope at the top level (only tf.compat.v1).
    writeFileSync(path, fence('import tensorflow as tf\nprint(tf.Variable(1.0, name="a").name)  # a:0\nprint(tf.Variable(1.0, name="a").name)  # a_1:0') + fence('with tf.compat.v1.variable_scope("s"):\n    print(tf.compat.v1.get_variable("v", [1]).name)  # s/v:0'));
    const r = await run(["--tf", "1.15,2", path]);
    expect(r.out.slice(r.out.indexOf("version matrix"))).toBe(`version matrix
  TF 1.15: 3 claims hold, 0 contradicted, 0 not checkable
  TF 2.x (tf.compat.v1): 2 claims hold, 1 contradicted, 0 not checkable
1 claim(s) or snippet(s) fare differently:
  ${path}:4: print-comment a_1:0: holds on 1.15, contradicted on 2.x (tf.compat.v1) (a:0)
`);
    expect((await run(["--tf", "1.15,3", path])).status).toBe(2);
  });
});
