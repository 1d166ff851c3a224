import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/docs/check.js";
import type { Outcome } from "../../src/docs/outcome.js";
import { fakeFactory, snippetRuns } from "./fake-session.js";
import { seed } from "./seeds.js";

const md = (...blocks: string[]) => blocks.map((b) => (b.startsWith("<!--") ? b + "\n" : "```python\n" + b + "```\n")).join("\nProse.\n\n");
const raise = (type: string, message: string, line: number, traceback = ""): Partial<Outcome> => ({ exception: { type, message, line, traceback } });

describe("judging claims and statuses (fake sessions)", () => {
  it("pass: ran, asserts held", () => {
    const { factory } = fakeFactory();
    const d = checkDocument("doc.md", md("x = 1\nassert x == 1\n"), { sessionFactory: factory });
    expect(d.snippets[0]).toMatchObject({ status: "pass", claims: [{ line: 3, kind: "assert", verdict: "holds" }] });
  });

  it("contradicted: the assert at that line raised AssertionError", () => {
    const { factory } = fakeFactory(() => raise("AssertionError", "foo_1/v:0", 3));
    const d = checkDocument("doc.md", md("x = 1\nassert x == 2, x\nassert x\n"), { sessionFactory: factory });
    const s = d.snippets[0]!;
    expect(s.status).toBe("contradicted");
    expect(s.claims.map((c) => [c.line, c.verdict])).toEqual([
      [3, "contradicted"],
      [4, "not-checkable"],
    ]);
    expect(s.claims[0]!.actual).toBe("AssertionError: foo_1/v:0");
    expect(s.diagnostics[0]!.location).toMatchObject({ file: "doc.md", line: 3 });
  });

  it("error: an exception nobody claimed; later claims are not checkable", () => {
    const { factory } = fakeFactory(() => raise("NameError", "name 'npx' is not defined", 2));
    const d = checkDocument("doc.md", md("print(npx.ones(1))\nassert True\n"), { sessionFactory: factory });
    expect(d.snippets[0]).toMatchObject({ status: "error", exception: { type: "NameError", line: 2 } });
    expect(d.snippets[0]!.claims[0]!.verdict).toBe("not-checkable");
  });

  it("an unclaimed exception decides the status over the claims it spoils", () => {
    const text = "```python\nprint('a')\nf()\n```\n\nYou will get the following:\n\n```\na\nb\n```\n";
    const { factory } = fakeFactory(() => ({ stdout: "a\n", ...raise("NameError", "name 'f' is not defined", 3) }));
    const s = checkDocument("doc.md", text, { sessionFactory: factory }).snippets[0]!;
    expect(s.status).toBe("error");
    expect(s.claims[0]!.verdict).toBe("contradicted");
  });

  it("a claimed exception holds when type and message fragment match (whitespace-normalised)", () => {
    const msg = "Variable foo/v already exists, disallowed. Did you mean to set reuse=True";
    const { factory } = fakeFactory(() => raise("ValueError", msg, 3));
    const d = checkDocument("doc.md", md('v = get("v")\nv1 = get("v")\n# Raises ValueError("... v   already exists ...").\n'), { sessionFactory: factory });
    expect(d.snippets[0]).toMatchObject({ status: "pass", claims: [{ kind: "raises", verdict: "holds" }] });
  });

  it("seed 002's 'v does not exists' is contradicted by TF's 'does not exist' message", () => {
    const s = seed("002");
    const tfMsg = "Variable foo/v does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?";
    const { factory } = fakeFactory((code, o) => (o.firstLine === 96 ? raise("ValueError", tfMsg, 97) : {}));
    const d = checkDocument(s.name, s.text, { sessionFactory: factory });
    const last = d.snippets[8]!;
    expect(last.status).toBe("contradicted");
    expect(last.claims[0]).toMatchObject({ line: 98, verdict: "contradicted", why: "the message does not contain the claimed text" });
    expect(last.claims[0]!.diff).toContain("+ValueError: Variable foo/v does not exist");
  });

  it("an elision inside the claimed message matches any text, in order", () => {
    const msg = "Variable foo/v already exists, disallowed.";
    const { factory } = fakeFactory(() => raise("ValueError", msg, 2));
    const claim = (frag: string) => checkDocument("doc.md", md(`v = get("v")  # Raises ValueError("${frag}")\n`), { sessionFactory: factory }).snippets[0]!.claims[0]!.verdict;
    expect(claim("Variable ... already exists")).toBe("holds");
    expect(claim("already exists ... Variable")).toBe("contradicted");
  });

  it("a claimed exception type holds for a subclass of it, as `except` would catch it", () => {
    // TF 1.15's OperatorNotAllowedInGraphError is a TypeError (errors_impl.py 53).
    const sub = (): Partial<Outcome> => ({
      exception: { type: "tensorflow.python.framework.errors_impl.OperatorNotAllowedInGraphError", message: "using a `tf.Tensor` ...", line: 3, traceback: "",
        bases: ["TypeError", "Exception", "BaseException"] },
    });
    const { factory } = fakeFactory(sub);
    const verdict = (type: string) =>
      checkDocument("doc.md", md(`x = constant(1.)\nif x:  # This will raise a ${type}\n    pass\n`), { sessionFactory: factory }).snippets[0]!.claims[0]!.verdict;
    expect(verdict("TypeError")).toBe("holds");
    expect(verdict("ValueError")).toBe("contradicted");
  });

  it("a SyntaxError at a placeholder the page wrote for code (`<<some op>>`) skips the snippet, not blames it", () => {
    const { factory } = fakeFactory(() => ({ syntaxError: { message: "invalid syntax", line: 2, col: 4 } }));
    const s = checkDocument("doc.md", md("t = <<some tensorflow operation>>\nprint(t)\n"), { sessionFactory: factory }).snippets[0]!;
    expect(s.status).toBe("skipped");
    expect(s.notes).toContain("skipped: the snippet has the placeholder `<<some tensorflow operation>>` where code would be (CPython: SyntaxError: invalid syntax)");
    const { factory: f2 } = fakeFactory(() => ({ syntaxError: { message: "invalid syntax", line: 2, col: 0 } }));
    expect(checkDocument("doc.md", md("t = <<op>> x\n"), { sessionFactory: f2 }).snippets[0]!.status).toBe("syntax-error");
    // `...` for the other arguments, after a keyword one (TF's r1 GPU guide).
    const { factory: f3 } = fakeFactory(() => ({ syntaxError: { message: "positional argument follows keyword argument", line: 2, col: 39 } }));
    expect(checkDocument("doc.md", md("session = Session(config=config, ...)\n"), { sessionFactory: f3 }).snippets[0]!.status).toBe("skipped");
  });

  it("a raises claim whose statement ran without raising is contradicted", () => {
    const { factory } = fakeFactory();
    const d = checkDocument("doc.md", md("v = f()\n# Raises ValueError\n"), { sessionFactory: factory });
    expect(d.snippets[0]!.claims[0]).toMatchObject({ verdict: "contradicted", actual: "no exception" });
  });

  it("print comments are matched to stdout lines by order", () => {
    const { factory } = fakeFactory(() => ({ stdout: "var1:0\nmy_scope/var2:0\nmy_scope/add:0\n" }));
    const d = checkDocument("doc.md", md("print(v1.name) # var1:0\nprint(v2.name) # my_scope/var2:0\nprint(a.name)  # my_scope/Add:0\n"), { sessionFactory: factory });
    const s = d.snippets[0]!;
    expect(s.claims.map((c) => c.verdict)).toEqual(["holds", "holds", "contradicted"]);
    expect(s.claims[2]).toMatchObject({ line: 4, expected: "my_scope/Add:0", actual: "my_scope/add:0" });
    expect(s.status).toBe("contradicted");
  });

  it("print comments are not checkable when stdout lines cannot be matched to calls", () => {
    const { factory } = fakeFactory(() => ({ stdout: "[[1. 2.]\n [3. 4.]]\n" }));
    const d = checkDocument("doc.md", md("print(x) # [[1. 2.] [3. 4.]]\n"), { sessionFactory: factory });
    expect(d.snippets[0]!.claims[0]).toMatchObject({ verdict: "not-checkable" });
    // Nothing was verified: the snippet ran clean, which is not a pass.
    expect(d.snippets[0]!.status).toBe("ran-clean");
  });

  it("name comments are read back from the session when it can evaluate, else not checkable", () => {
    const code = "v1 = tf.get_variable('v1', [1]) #v1.name = 'vs/v1:0'\n";
    const without = fakeFactory();
    expect(checkDocument("doc.md", md(code), { sessionFactory: without.factory }).snippets[0]!.claims[0]!.verdict).toBe("not-checkable");
    const withEval = fakeFactory(undefined, (e) => ({ value: e === "v1.name" ? "v1:0" : "?" }));
    const c = checkDocument("doc.md", md(code), { sessionFactory: withEval.factory }).snippets[0]!.claims[0]!;
    expect(c).toMatchObject({ verdict: "contradicted", expected: "vs/v1:0", actual: "v1:0" });
  });

  it("an output block is compared with stdout, ignoring trailing spaces and blank lines only", () => {
    const text = "```python\nprint('a')\n```\n\nYou will get the following:\n\n```\na/b:0\n```\n";
    const ok = fakeFactory(() => ({ stdout: "a/b:0  \n\n" }));
    expect(checkDocument("doc.md", text, { sessionFactory: ok.factory }).snippets[0]!.status).toBe("pass");
    const bad = fakeFactory(() => ({ stdout: " a/b:0\n" }));
    expect(checkDocument("doc.md", text, { sessionFactory: bad.factory }).snippets[0]!.status).toBe("contradicted");
  });

  it("an output block in numpy's pre-1.14 spacing holds against numpy 1.17's print of the same values", () => {
    // numpy 1.13 printed np.array([3., 7.]) as "[ 3.  7.]"; numpy 1.14+ (TF 1.15 ships with 1.17) as "[3. 7.]".
    const text = "```python\nprint(v)\n```\n\nOutput:\n\n```\n[ 3.  7.]\n```\n";
    const same = fakeFactory(() => ({ stdout: "[3. 7.]\n" }));
    expect(checkDocument("doc.md", text, { sessionFactory: same.factory }).snippets[0]!.claims[0]).toMatchObject({ verdict: "holds", why: "the same values in numpy's pre-1.14 spacing" });
    const other = fakeFactory(() => ({ stdout: "[3. 8.]\n" }));
    expect(checkDocument("doc.md", text, { sessionFactory: other.factory }).snippets[0]!.claims[0]!.verdict).toBe("contradicted");
  });

  it("random output: a claim differing only in its numbers holds when the run was nondeterministic", () => {
    const text = "```python\nprint(sess.run(w))\n```\n\nOutput:\n\n```\n[0.5488135]\n```\n";
    const random = fakeFactory(() => ({ stdout: "[-0.1234]\n", nondeterministic: true }));
    const s = checkDocument("doc.md", text, { sessionFactory: random.factory }).snippets[0]!;
    expect(s.claims[0]).toMatchObject({ verdict: "holds", why: "random values: compared with every number masked" });
    // A page's hand-wrapped print of random arrays: the numbers and the line breaks differ, the structure does not.
    const wrapped = "```python\nprint(sess.run((a, b)))\n```\n\nOutput:\n\n```\n(\n  array([ 1.8,  1.7], dtype=float32),\n  array([ 2.8,  2.7], dtype=float32)\n)\n```\n";
    const laidOut = fakeFactory(() => ({ stdout: "(array([1.1, 1.2], dtype=float32), array([2.1, 2.2], dtype=float32))\n", nondeterministic: true }));
    expect(checkDocument("doc.md", wrapped, { sessionFactory: laidOut.factory }).snippets[0]!.claims[0]).toMatchObject({ verdict: "holds", why: "random values: compared with every number masked and spacing ignored" });
    const fixed = fakeFactory(() => ({ stdout: "[-0.1234]\n" }));
    expect(checkDocument("doc.md", text, { sessionFactory: fixed.factory }).snippets[0]!.claims[0]!.verdict).toBe("contradicted");
  });

  it("syntax-error, unsupported, skipped, xfail and unknown markers keep distinct statuses", () => {
    const { factory } = fakeFactory((code) =>
      code.includes("bad") ? { syntaxError: { message: "invalid syntax", line: 2, col: 4 } } : code.includes("gpu") ? { unsupported: { feature: "tf.device", line: 2 } } : code.includes("fails") ? raise("ValueError", "x", 2) : {},
    );
    const d = checkDocument(
      "doc.md",
      md("bad(\n", "gpu()\n", '<!-- tfscope: skip reason="slow" -->', "x = 1\n", "<!-- tfscope: xfail -->", "fails()\n", "<!-- tfscope: frobnicate -->", "y = 2\n"),
      { sessionFactory: factory },
    );
    expect(d.snippets.map((s) => s.status)).toEqual(["syntax-error", "unsupported", "skipped", "xfail", "error"]);
    expect(d.snippets[4]!.diagnostics[0]!.text).toContain("frobnicate");
  });

  it("a syntax error also reported as an exception still means nothing ran", () => {
    const syntax = { message: "'return' outside function", line: 3, col: 0 };
    const { factory } = fakeFactory(() => ({ syntaxError: syntax, ...raise("SyntaxError", syntax.message, 3) }));
    const s = checkDocument("doc.md", md("assert True\nreturn 1\n"), { sessionFactory: factory }).snippets[0]!;
    expect(s.status).toBe("syntax-error");
    expect(s.claims[0]!.verdict).toBe("not-checkable");
    expect(s.exception).toBeNull();
  });

  it("a crash in the session becomes an internal error for that snippet only", () => {
    const { factory } = fakeFactory((code) => {
      if (code.includes("boom")) throw new Error("kaboom");
      return {};
    });
    const d = checkDocument("doc.md", md("boom()\n", "x = 1\n"), { sessionFactory: factory });
    expect(d.snippets.map((s) => s.status)).toEqual(["internal-error", "ran-clean"]);
    expect(d.snippets[0]!.diagnostics[0]!.text).toBe("internal error: Error: kaboom");
  });

  it("console examples are judged as doctest does, one run per example", () => {
    const text = "```pycon\n>>> x = 1\n>>> x + 1\n2\n>>> f()\nTraceback (most recent call last):\n  ...\nValueError: no\n```\n";
    const { factory, calls } = fakeFactory((code) => (code === "x + 1\n" ? { stdout: "2\n" } : code === "f()\n" ? raise("ValueError", "no", 5) : {}));
    const s = checkDocument("doc.md", text, { sessionFactory: factory }).snippets[0]!;
    expect(s.status).toBe("pass");
    expect(s.claims.map((c) => c.verdict)).toEqual(["holds", "holds", "holds"]);
    expect(snippetRuns(calls).map((c) => [c.options.firstLine, c.options.interactive])).toEqual([
      [2, true],
      [3, true],
      [5, true],
    ]);
  });
});

describe("console sessions", () => {
  it("an example raising what it did not expect is an error; wrong output is contradicted", () => {
    const text = "```pycon\n>>> f()\n>>> print(1)\n2\n```\n";
    const raising = fakeFactory((code) => (code === "f()\n" ? raise("KeyError", "'k'", 2) : { stdout: "2\n" }));
    const s = checkDocument("doc.md", text, { sessionFactory: raising.factory }).snippets[0]!;
    expect(s.status).toBe("error");
    expect(s.diagnostics[0]!.text).toBe("KeyError: 'k' (not expected by the example)");
    const wrong = fakeFactory((code) => (code === "print(1)\n" ? { stdout: "1\n" } : {}));
    const t = checkDocument("doc.md", text, { sessionFactory: wrong.factory }).snippets[0]!;
    expect(t.status).toBe("contradicted");
    expect(t.claims[1]).toMatchObject({ line: 3, expected: "2\n", actual: "1\n", verdict: "contradicted" });
  });

  it("an unsupported example makes the snippet unsupported", () => {
    const { factory } = fakeFactory(() => ({ unsupported: { feature: "tf.data" } }));
    const s = checkDocument("doc.md", "```pycon\n>>> ds = tf.data.Dataset.range(3)\n```\n", { sessionFactory: factory }).snippets[0]!;
    expect(s.status).toBe("unsupported");
  });
});

describe("how snippets are run", () => {
  it("the page reading runs every snippet in one session, at its document line, supplying `import tensorflow as tf` once", () => {
    const { factory, calls } = fakeFactory();
    checkDocument("doc.md", md("import numpy as np\n", "x = tf.constant(1)\n", "y = tf.constant(2)\n"), { sessionFactory: factory });
    expect(calls).toEqual([
      { kind: "run", code: "import numpy as np\n", options: { filename: "doc.md", python2: "auto", firstLine: 2 } },
      { kind: "run", code: "import tensorflow as tf\n", options: { filename: "<tfscope setup>", firstLine: 1, python2: "auto" } },
      { kind: "run", code: "x = tf.constant(1)\n", options: { filename: "doc.md", python2: "auto", firstLine: 8 } },
      { kind: "run", code: "y = tf.constant(2)\n", options: { filename: "doc.md", python2: "auto", firstLine: 14 } },
    ]);
  });

  it("a snippet that does not pass top to bottom is run again as an independent example, with only the definitions it needs", () => {
    const { factory, calls } = fakeFactory((code, o) => (code === "print(v)\n" && o.firstLine === 15 && calls.filter((c) => c.kind === "reset").length === 0 ? raise("ValueError", "boom", 15) : {}));
    const d = checkDocument("doc.md", md("v = 1\nu = 3\n", "w = 2\n", "print(v)\n"), { sessionFactory: factory });
    const runs = calls.map((c) => (c.kind === "run" ? `${c.options.firstLine}: ${c.code.trim()}` : c.kind));
    // Page: three snippets; then a fresh session gets line 2 (v = 1) alone, at its own line, and the snippet.
    expect(runs).toEqual(["2: v = 1\nu = 3", "9: w = 2", "15: print(v)", "reset", "2: v = 1", "15: print(v)"]);
    expect(d.snippets[2]!.reading).toMatchObject({ name: "examples", dependsOn: [1] });
    expect(d.snippets[2]!.otherReading).toMatchObject({ name: "page", status: "error" });
  });

  it("python2 markers and profiles reach the session", () => {
    const { factory, calls, profiles } = fakeFactory();
    checkDocument("doc.md", md("<!-- tfscope: python2 profile=0.12 -->", "print 'x'\n"), { sessionFactory: factory });
    expect(profiles).toEqual(["0.12"]);
    expect(snippetRuns(calls)[0]!.options.python2).toBe(true);
  });
});
