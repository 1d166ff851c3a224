import { cpSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/docs/check.js";
import { checkCommand } from "../../src/docs/cli-check.js";
import { explainForCheck } from "../../src/explain/document.js";
import { planFixes } from "../../src/docs/fix.js";
import type { JsonDocument, JsonReport } from "../../src/docs/report-schema.js";
import { tfSessionFactory } from "../../src/shim/session.js";
import { fakeFactory } from "./fake-session.js";

const FIXTURES = join(import.meta.dirname, "fixtures", "fix");

function copy(from: string, names?: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "tfscope-fix-"));
  for (const n of names ?? readdirSync(from)) cpSync(join(from, n), join(dir, n), { recursive: true });
  return dir;
}

async function run(args: string[]): Promise<{ status: number; out: string }> {
  let out = "";
  const status = await checkCommand(args, {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (out += s) },
    sessionFactory: tfSessionFactory,
    env: {},
  });
  return { status, out };
}

async function contradicted(path: string): Promise<{ line: number; kind: string; expected: string }[]> {
  const r = JSON.parse((await run(["--json", path])).out) as JsonReport;
  return r.documents.flatMap((d) => d.snippets.flatMap((s) => s.claims.filter((c) => c.verdict === "contradicted").map((c) => ({ line: c.line, kind: c.kind, expected: c.expected }))));
}

/** `--fix --diff` prints the diff and writes nothing; `--fix` writes it; a second check finds no contradicted claim. */
async function fixOne(name: string): Promise<string> {
  const dir = copy(FIXTURES, [name]);
  const path = join(dir, name);
  const before = readFileSync(path, "utf8");
  const shown = await run(["--fix", "--diff", path]);
  expect(readFileSync(path, "utf8")).toBe(before);
  const fixed = await run(["--fix", path]);
  expect(fixed.status).toBe(0);
  expect(await contradicted(path)).toEqual([]);
  return shown.out.replaceAll(path, name);
}

describe("check --fix, per format: only the claim text changes, and a second check finds nothing contradicted", () => {
  it("Markdown: print comments' values (a quoted claim stays quoted) and an output block's lines", async () => {
    // TF 1.15: get_variable under variable_scope("foo") is foo/v:0; an op's name is the name= given;
    // a second Variable(name="a") is uniquified to a_1 (ops.Graph.unique_name).
    expect(await fixOne("page.md")).toBe(`--- page.md
+++ page.md
@@ -6,9 +6,9 @@
 import tensorflow as tf
 with tf.variable_scope("foo"):
     v = tf.get_variable("v", [1])
-print(v.name)  # foo/bar:0
+print(v.name)  # foo/v:0
 c = tf.constant(3, name="c")
-print(c.op.name)  # prints: 'x'
+print(c.op.name)  # prints: 'c'
 \`\`\`
 
 Two variables asked for the same name:
@@ -24,5 +24,5 @@
 
 \`\`\`
 a:0
-a:0
+a_1:0
 \`\`\`
would rewrite 3 contradicted claim(s)
`);
  });

  it("a text page: a name comment and a print comment", async () => {
    // name_scope prefixes op names (outer/x:0); the second "x" in the same scope becomes outer/x_1.
    expect(await fixOne("page.txt")).toBe(`--- page.txt
+++ page.txt
@@ -4,8 +4,8 @@
 
 import tensorflow as tf
 with tf.name_scope("outer"):
-    x = tf.constant(1.0, name="x")  # x.name = 'x:0'
+    x = tf.constant(1.0, name="x")  # x.name = 'outer/x:0'
     y = tf.constant(2.0, name="x")
-print(y.name)  # outer/x:0
+print(y.name)  # outer/x_1:0
 
 That is all.
would rewrite 2 contradicted claim(s)
`);
  });

  it("a >>> session: the examples' output lines", async () => {
    expect(await fixOne("session.md")).toBe(`--- session.md
+++ session.md
@@ -4,7 +4,7 @@
 >>> import tensorflow as tf
 >>> w = tf.Variable(0, name="w")
 >>> w.name
-'w:1'
+'w:0'
 >>> print(w.op.name)
-weight
+w
 \`\`\`
would rewrite 2 contradicted claim(s)
`);
  });

  it("a >>> session: only an expected traceback's exception line, and output an example left out", async () => {
    // CPython 3.11: int("x") raises ValueError: invalid literal for int() with base 10: 'x'.
    expect(await fixOne("traceback.md")).toBe(`--- traceback.md
+++ traceback.md
@@ -4,7 +4,9 @@
 >>> int("x")
 Traceback (most recent call last):
   ...
-ValueError: not a number
+ValueError: invalid literal for int() with base 10: 'x'
 >>> print(len("abc"))
+3
 >>> print("done")
+done
 \`\`\`
would rewrite 3 contradicted claim(s)
`);
  });

  it("a notebook: a stream output's and an execute_result's text, in Jupyter's layout", async () => {
    expect(await fixOne("notebook.ipynb")).toBe(`--- notebook.ipynb
+++ notebook.ipynb
@@ -18,7 +18,7 @@
      "output_type": "stream",
      "text": [
       "s/v:0\\n",
-      "s/v:0\\n"
+      "s/u:0\\n"
      ]
     }
    ],
@@ -39,7 +39,7 @@
     {
      "data": {
       "text/plain": [
-       "'t:0'"
+       "'k:0'"
       ]
      },
      "execution_count": 2,
would rewrite 2 contradicted claim(s)
`);
  });

  it("a notebook's printed traceback: the message is rewritten, the recorded frames of the author's machine kept", async () => {
    // TF 1.15's message (variable_scope.py _get_single_variable) says "reuse=True or reuse=tf.AUTO_REUSE";
    // the frames after "Originally defined at:" name the author's kernel and are no claim.
    expect(await fixOne("notebook-frames.ipynb")).toBe(`--- notebook-frames.ipynb
+++ notebook-frames.ipynb
@@ -9,7 +9,7 @@
      "name": "stdout",
      "output_type": "stream",
      "text": [
-      "Variable s/v already exists, disallowed. Did you mean to set reuse=True in VarScope? Originally defined at:\\n",
+      "Variable s/v already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope? Originally defined at:\\n",
       "\\n",
       "  File \\"<ipython-input-1-5f3c2a0b9d1e>\\", line 3, in <module>\\n",
       "    v = tf.get_variable(\\"v\\", [1])\\n",
would rewrite 1 contradicted claim(s)
`);
  });

  it("a notebook's recorded error: evalue's first line and IPython's last traceback entry, the frames kept", async () => {
    // The second get_variable("v") in scope s raises variable_scope.py's E1 ValueError, whose TF 1.15 text says
    // "reuse=True or reuse=tf.AUTO_REUSE"; the judge compares the message's first line, so only it changes.
    expect(await fixOne("notebook-error.ipynb")).toBe(`--- notebook-error.ipynb
+++ notebook-error.ipynb
@@ -18,13 +18,13 @@
    "outputs": [
     {
      "ename": "ValueError",
-     "evalue": "Variable s/v already exists, disallowed. Did you mean to set reuse=True in VarScope? Originally defined at:\\n\\n  File \\"<ipython-input-1-5f3c2a0b9d1e>\\", line 3, in <module>\\n    v = tf.get_variable(\\"v\\", [1])\\n",
+     "evalue": "Variable s/v already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope? Originally defined at:\\n\\n  File \\"<ipython-input-1-5f3c2a0b9d1e>\\", line 3, in <module>\\n    v = tf.get_variable(\\"v\\", [1])\\n",
      "output_type": "error",
      "traceback": [
       "\\u001b[0;31m---------------------------------------------------------------------------\\u001b[0m",
       "\\u001b[0;31mValueError\\u001b[0m                                Traceback (most recent call last)",
       "\\u001b[0;32m<ipython-input-2-0c1f2d3e4a5b>\\u001b[0m in \\u001b[0;36m<module>\\u001b[0;34m()\\u001b[0m\\n\\u001b[1;32m      1\\u001b[0m \\u001b[0;32mwith\\u001b[0m \\u001b[0mtf\\u001b[0m\\u001b[0;34m.\\u001b[0m\\u001b[0mvariable_scope\\u001b[0m\\u001b[0;34m(\\u001b[0m\\u001b[0;34m\\"s\\"\\u001b[0m\\u001b[0;34m)\\u001b[0m\\u001b[0;34m:\\u001b[0m\\u001b[0;34m\\u001b[0m\\u001b[0m\\n",
-      "\\u001b[0;31mValueError\\u001b[0m: Variable s/v already exists, disallowed. Did you mean to set reuse=True in VarScope? Originally defined at:\\n\\n  File \\"<ipython-input-1-5f3c2a0b9d1e>\\", line 3, in <module>\\n    v = tf.get_variable(\\"v\\", [1])\\n"
+      "\\u001b[0;31mValueError\\u001b[0m: Variable s/v already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope? Originally defined at:\\n\\n  File \\"<ipython-input-1-5f3c2a0b9d1e>\\", line 3, in <module>\\n    v = tf.get_variable(\\"v\\", [1])\\n"
      ]
     }
    ],
would rewrite 1 contradicted claim(s)
`);
  });

  it("--fix writes the file and says what it changed", async () => {
    const dir = copy(FIXTURES, ["session.md"]);
    const path = join(dir, "session.md");
    const r = await run(["--fix", path]);
    expect(r.out.replaceAll(path, "session.md")).toBe(`session.md: rewrote 2 claim(s)
  session.md:6: doctest: 'w:1' → 'w:0'
  session.md:8: doctest: weight → w
rewrote 2 contradicted claim(s)
`);
    expect(readFileSync(path, "utf8")).toBe(readFileSync(join(FIXTURES, "session.md"), "utf8").replace("'w:1'", "'w:0'").replace("weight", "w"));
  });

  it("--diff without --fix, and --fix without paths, are usage errors", async () => {
    expect((await run(["--diff", join(FIXTURES, "page.md")])).status).toBe(2);
    expect((await run(["--fix"])).status).toBe(2);
  });
});

describe("check --fix on the seed documents", () => {
  it("rewrites 002's raises fragment and 003's output block, and then no contradicted claim remains", async () => {
    const dir = copy("/work/shared/seeds");
    const shown = await run(["--fix", "--diff", dir]);
    const out = shown.out.replaceAll(dir + "/", "");
    // 002: TF 1.15 raises "Variable foo/v does not exist, or was not created with tf.get_variable()..."
    // (variable_scope.py _get_single_variable); the fragment's words align on "v does not exist".
    // 003's output block: Python 2's `print '\n '.join([...]), '\n'` starts every line after the first
    // with a space and ends with " \n" + "\n"; the session's `print sess.run([d1, d2])` adds [5, 5].
    expect(out).toBe(`--- 002_ff5bcbb91229b9d0.txt
+++ 002_ff5bcbb91229b9d0.txt
@@ -95,7 +95,7 @@
 
 with tf.compat.v1.variable_scope("foo", reuse=True):
     v = tf.compat.v1.get_variable("v", [1])
-    #  Raises ValueError("... v does not exists ...").
+    #  Raises ValueError("... v does not exist ...").
 
 Note that the reuse flag is inherited: if we open a reusing scope, then all its sub-scopes become reusing as well.
 
--- 003_45ca9b96d4a9cf0e.txt
+++ 003_45ca9b96d4a9cf0e.txt
@@ -211,16 +211,18 @@
 
 \`\`\`
 scope_vars
-scope_vars/a:0
-scope_vars/b:0
-scope_vars/c:0
-scope_vars/res/res:0
+ scope_vars/a:0
+ scope_vars/b:0
+ scope_vars/c:0
+ scope_vars/res/res:0 
 
 scope_name
-scope_name/a:0
-b:0
-scope_name/c:0
-scope_name/res/res:0
+ scope_name/a:0
+ b:0
+ scope_name/c:0
+ scope_name/res/res:0 
+
+[5, 5]
 \`\`\`
 
 You see the similar pattern if you open TB (as you see \`b\` is outside of \`scope_name\`)
would rewrite 2 contradicted claim(s)
`);
    // A second check in the same process: it must not inherit the first one's random draws (shim/session.ts).
    expect((await run(["--fix", dir])).out).toContain("rewrote 2 contradicted claim(s)\n");
    expect(await contradicted(dir)).toEqual([]);
  });
});

describe("check --fix refuses, per claim, what a reader could not rely on", () => {
  const doc = (code: string) => "```python\n" + code + "\n```\n";
  const plan = (text: string, respond: Parameters<typeof fakeFactory>[0], edit?: (d: JsonDocument) => void) => {
    const d = checkDocument("doc.md", text, { sessionFactory: fakeFactory(respond).factory });
    edit?.(d);
    const f = planFixes(d, text);
    expect(f.after).toBe(text);
    return f.refused.map((r) => [r.at, r.kind, r.refused]);
  };

  it("a run that drew unseeded random values", () => {
    expect(plan(doc("print(x)  # foo"), () => ({ stdout: "bar\n", nondeterministic: true }))).toEqual([
      ["doc.md:2", "print-comment", "noise: the run drew unseeded random values, which differ every run"],
    ]);
  });

  it("a true value showing an object address or a set of strings", () => {
    expect(plan(doc("print(a)  # <__main__.B object at 0x7f00aa11>"), () => ({ stdout: "<__main__.A object at 0x7f00bb22>\n" }))).toEqual([
      ["doc.md:2", "print-comment", "noise: the true value shows object addresses; that part differs from run to run"],
    ]);
    expect(plan(doc("print(s)  # {'a', 'c'}"), () => ({ stdout: "{'b', 'a'}\n" }))).toEqual([
      ["doc.md:2", "print-comment", "noise: the true value shows set order; that part differs from run to run"],
    ]);
  });

  it("an assert, and a snippet tfscope could not run as a whole", () => {
    const failing = () => ({ exception: { type: "AssertionError", message: "", line: 3, traceback: "" } });
    expect(plan(doc("x = 1\nassert x == 2"), failing)).toEqual([["doc.md:3", "assert", "an assert is code, not a recorded value"]]);
    expect(plan(doc("print(x)  # foo"), () => ({ stdout: "bar\n" }), (d) => (d.snippets[0]!.status = "unsupported"))).toEqual([
      ["doc.md:2", "print-comment", "the snippet is unsupported: its run is not TF's whole answer"],
    ]);
  });

  it("a verdict of the independent-examples reading that the page reading disputes", () => {
    const disputed = (d: JsonDocument) => {
      d.snippets[0]!.reading = { name: "examples", reason: "", dependsOn: [] };
      d.snippets[0]!.otherReading = { name: "page", status: "error", summary: "" };
    };
    expect(plan(doc("print(x)  # foo"), () => ({ stdout: "bar\n" }), disputed)).toEqual([
      ["doc.md:2", "print-comment", "the verdict rests on the independent-examples reading, and the page reading gives error: which one the author meant is not known"],
    ]);
  });
});

describe("check --fix --interactive and --fix --explain", () => {
  async function runWith(args: string[], answers: (string | null)[], tty = true): Promise<{ status: number; out: string; asked: number }> {
    let out = "";
    let asked = 0;
    const status = await checkCommand(args, {
      stdout: { write: (s: string) => (out += s) },
      stderr: { write: (s: string) => (out += s) },
      sessionFactory: tfSessionFactory,
      env: {},
      explain: explainForCheck,
      stdinIsTTY: tty,
      ask: async () => (asked++, answers.shift() ?? null),
    });
    return { status, out, asked };
  }

  it("asks per claim: y rewrites, n leaves it, an unknown answer asks again, and the exit status says claims were left", async () => {
    const dir = copy(FIXTURES, ["page.md"]);
    const path = join(dir, "page.md");
    const r = await runWith(["--fix", "--interactive", path], ["y", "what?", "n", "y"]);
    expect(r.asked).toBe(4);
    expect(r.status).toBe(1);
    expect(r.out).toContain("rewrote 2 contradicted claim(s); 1 declined");
    const text = readFileSync(path, "utf8");
    expect(text).toContain("print(v.name)  # foo/v:0");
    expect(text).toContain("print(c.op.name)  # prints: 'x'");
  });

  it("a rewrites this claim and the rest without asking again; q stops", async () => {
    const dir = copy(FIXTURES, ["page.md"]);
    const all = await runWith(["--fix", "--interactive", join(dir, "page.md")], ["a"]);
    expect([all.asked, all.status]).toEqual([1, 0]);
    const dir2 = copy(FIXTURES, ["page.md"]);
    const quit = await runWith(["--fix", "--interactive", join(dir2, "page.md")], ["q"]);
    expect([quit.asked, quit.status]).toEqual([1, 1]);
    expect(readFileSync(join(dir2, "page.md"), "utf8")).toBe(readFileSync(join(FIXTURES, "page.md"), "utf8"));
  });

  it("refuses without a terminal, with --diff, and without --fix", async () => {
    const path = join(FIXTURES, "page.md");
    const noTty = await runWith(["--fix", "--interactive", path], [], false);
    expect(noTty.status).toBe(2);
    expect(noTty.out).toBe("tfscope check: --interactive asks on a terminal, and stdin is not one (review the change with --fix --diff instead)\n");
    expect((await runWith(["--fix", "--diff", "--interactive", path], [])).status).toBe(2);
    expect((await runWith(["--interactive", path], [])).status).toBe(2);
  });

  it("--fix --explain writes explain's reason above a rewritten comment, as a marker line the checker reads as free text", async () => {
    const dir = copy(FIXTURES, ["page.md"]);
    const path = join(dir, "page.md");
    const r = await runWith(["--fix", "--explain", path], []);
    expect(r.status).toBe(0);
    const lines = readFileSync(path, "utf8").split("\n");
    const at = lines.indexOf("print(v.name)  # foo/v:0");
    // explain/document.ts: get_variable prefixes the variable scope's name (variable_scope.py _get_single_variable).
    expect(lines[at - 1]).toBe(`# tfscope: reason="foo/v: get_variable puts the variable scope \`foo\` (entered at line 7) before \`v\`"`);
    expect(await contradicted(path)).toEqual([]);
  });
});
