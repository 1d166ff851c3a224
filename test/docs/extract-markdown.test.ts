import { describe, expect, it } from "vitest";
import { extract } from "../../src/docs/extract.js";

const md = (text: string) => extract("doc.md", text);
const spans = (text: string) => md(text).snippets.map((s) => [s.startLine, s.endLine, s.code]);

describe("Markdown extraction", () => {
  it("takes backtick and tilde fences tagged python, py, python3 or untagged", () => {
    const text = ["```python", "a = 1", "```", "", "~~~py", "b = 2", "~~~", "", "```python3", "c = 3", "```", "", "```", "d = f(4)", "```"].join("\n");
    expect(spans(text)).toEqual([
      [2, 2, "a = 1\n"],
      [6, 6, "b = 2\n"],
      [10, 10, "c = 3\n"],
      [14, 14, "d = f(4)\n"],
    ]);
  });

  it("reads the tag as the first word of an info string with attributes", () => {
    const e = md(['```python title="x.py" {linenos}', "x = 1", "```"].join("\n"));
    expect(e.snippets).toHaveLength(1);
    expect(e.snippets[0]!.tag).toBe("python");
  });

  it("leaves other languages alone", () => {
    const e = md(["```bash", "pip install tensorflow==1.15", "```", "", "```json", '{"a": 1}', "```"].join("\n"));
    expect(e.snippets).toHaveLength(0);
    expect(e.notes).toHaveLength(2);
  });

  it("lists an empty Python or console fence as a note, in line order, and reads the blocks around it as before", () => {
    const text = ["```python", "a = 1", "```", "", "```python", "", "```", "", "```bash", "ls", "```", "", "```pycon", "```", "", "```", "```", "", "~~~py", ""].join("\n");
    const e = md(text);
    expect(e.snippets.map((s) => s.code)).toEqual(["a = 1\n"]);
    expect(e.notes.map((n) => [n.location?.line, n.text])).toEqual([
      [5, 'lines 5–7: an empty "python" block; nothing to run'],
      [10, 'lines 10–10: a "bash" block that is not Python code; not run'],
      [13, 'lines 13–14: an empty "pycon" block; nothing to run'],
      // An untagged empty fence says nothing; an unclosed fence runs to the end of the document (CommonMark).
      [19, 'lines 19–20: an empty "py" block; nothing to run'],
    ]);
  });

  it("strips list indentation and keeps relative indentation", () => {
    const text = ["1. Define it:", "", "   ```python", "   def f():", "       return 1", "   ```"].join("\n");
    expect(spans(text)).toEqual([[4, 5, "def f():\n    return 1\n"]]);
  });

  it("removes a fence's own indentation from its lines, as CommonMark does", () => {
    // CommonMark 4.5: a fence indented N spaces strips up to N spaces from each content line.
    const text = [" ```python", " import tensorflow as tf", "", "with tf.device('/cpu:0'):", "    a = 1", " ```"].join("\n");
    expect(spans(text)).toEqual([[2, 5, "import tensorflow as tf\n\nwith tf.device('/cpu:0'):\n   a = 1\n"]]);
    const listed = ["- item", "", "   ```python", "   x = 1", "     y = 2", "  z", "   ```"].join("\n");
    expect(spans(listed)).toEqual([[4, 6, "x = 1\n  y = 2\nz\n"]]);
    const quoted = [">  ```python", ">  def g():", ">      pass", ">  ```"].join("\n");
    expect(spans(quoted)).toEqual([[2, 3, "def g():\n    pass\n"]]);
  });

  it("strips block-quote markers, keeping blank quoted lines blank", () => {
    const text = ["> ```python", "> def g():", ">     pass", ">", "> y = g()", "> ```"].join("\n");
    expect(spans(text)).toEqual([[2, 5, "def g():\n    pass\n\ny = g()\n"]]);
  });

  it("takes indented code blocks", () => {
    const text = ["Some prose.", "", "    with tf.name_scope('a'):", "        x = tf.constant(1)", "", "More prose."].join("\n");
    expect(spans(text)).toEqual([[3, 4, "with tf.name_scope('a'):\n    x = tf.constant(1)\n"]]);
  });

  it("treats pycon fences and untagged >>> blocks as console sessions", () => {
    const text = ["```pycon", ">>> 1 + 1", "2", "```", "", "```", ">>> print('hi')", "hi", "```"].join("\n");
    const e = md(text);
    expect(e.snippets.map((s) => s.kind)).toEqual(["console", "console"]);
    expect(e.snippets[0]!.examples).toEqual([
      { line: 2, source: "1 + 1\n", want: "2\n", wantLine: 3, excMsg: null, ellipsis: false, normalizeWhitespace: false, ignoreExceptionDetail: false },
    ]);
  });

  it("blanks YAML front matter: it is never code", () => {
    const text = ["---", "title: x = 1", "id: y", "---", "```python", "z = 3", "```"].join("\n");
    expect(spans(text)).toEqual([[6, 6, "z = 3\n"]]);
  });

  it("applies an HTML-comment marker to the next snippet only", () => {
    const text = ['<!-- tfscope: skip reason="needs data" -->', "", "```python", "a = 1", "```", "", "```python", "b = 2", "```"].join("\n");
    const e = md(text);
    expect(e.snippets[0]!.markers).toEqual({ skip: true, reason: "needs data" });
    expect(e.snippets[1]!.markers).toEqual({});
  });

  it("reads markers written as code comments", () => {
    const e = md(["```python", "# tfscope: continue profile=2", "a = 1", "```"].join("\n"));
    expect(e.snippets[0]!.markers).toEqual({ continue: true, profile: "2" });
  });

  it("keeps adjacent complete blocks apart", () => {
    const text = ["```", "a = f(1)", "```", "", "```", "b = f(2)", "```"].join("\n");
    expect(md(text).snippets.map((s) => s.blocks)).toEqual([[[2, 2]], [[6, 6]]]);
  });

  it("joins two untagged blocks a page break cut inside an indented body", () => {
    const text = ["```", "def f():", "    x = 1", "```", "", "```", "", "    return x", "```", "", "Prose.", "", "```", "y = 2", "```"].join("\n");
    const e = md(text);
    expect(e.snippets.map((s) => s.blocks)).toEqual([[[2, 3], [8, 8]], [[14, 14]]]);
    expect(e.snippets[0]!.code).toBe("def f():\n    x = 1\n\n\n\n\n    return x\n");
  });

  it("attaches an untagged non-code block after output-announcing prose as expected output", () => {
    const text = ["```python", "print('a/b:0')", "```", "", "This prints:", "", "```", "a/b:0", "```"].join("\n");
    const e = md(text);
    expect(e.snippets).toHaveLength(1);
    expect(e.snippets[0]!.output).toEqual({ startLine: 8, endLine: 8, text: "a/b:0\n" });
  });

  it("does not take a non-code block as output when unrelated prose separates it", () => {
    const text = ["```python", "x = 1", "```", "", "Now something else entirely.", "", "```", "a/b:0", "```"].join("\n");
    const e = md(text);
    expect(e.snippets[0]!.output).toBeUndefined();
    expect(e.notes[0]!.text).toContain("lines 8–8");
  });

  it("does not take output shown for another case ('If we try printing z directly') as the snippet's", () => {
    // EffectiveTensorflow's first TF example prints z_val, then shows what print(z) would show.
    const text = ["```python", "print(z_val)", "```", "If we try printing the value of z directly, we get something like this:", "```", 'Tensor("MatMul:0", shape=(10, 10), dtype=float32)', "```"].join("\n");
    const e = md(text);
    expect(e.snippets).toHaveLength(1);
    expect(e.snippets[0]!.output).toBeUndefined();
    expect(e.notes.map((n) => n.text)).toEqual(['lines 6–6: shows another case ("If we try printing the value of z directly"), not what the snippet gives; not judged']);
  });

  it("still takes output after 'If you run this, you get:'", () => {
    const text = ["```python", "print('a/b:0')", "```", "If you run this, you get:", "```", "a/b:0", "```"].join("\n");
    expect(md(text).snippets[0]!.output).toEqual({ startLine: 6, endLine: 6, text: "a/b:0\n" });
  });

  it("a template after a snippet (`{timestamp}`, `<JOB_NAME>`) shows a form, not output", () => {
    const text = ["```python", "w = f('.')", "```", "", "This writes a file named in the following format:", "", "```", "events.out.tfevents.{timestamp}.{hostname}", "```"].join("\n");
    expect(md(text).snippets[0]!.output).toBeUndefined();
  });

  it("keeps a python-tagged block that does not parse: its syntax error is the document's", () => {
    const e = md(["```python", "def f(:", "```"].join("\n"));
    expect(e.snippets).toHaveLength(1);
  });

  it("handles an unclosed fence at the end of the document", () => {
    expect(spans(["```python", "a = 1", "b = 2"].join("\n"))).toEqual([[2, 3, "a = 1\nb = 2\n"]]);
  });

  it("marks python2-tagged fences as Python 2", () => {
    expect(md(["```python2", "print 'x'", "```"].join("\n")).snippets[0]!.markers.python2).toBe(true);
  });
});

describe("other formats", () => {
  it("a .py file is one snippet", () => {
    const e = extract("x.py", "import tensorflow as tf\n\nprint(tf)\n");
    expect(e.format).toBe("python");
    expect(e.snippets.map((s) => [s.startLine, s.endLine])).toEqual([[1, 3]]);
  });

  it("a .txt page without fences is read as plain text", () => {
    const e = extract("page.txt", ["Title", "", "x = tf.constant(1)", "", "An ordinary sentence of prose here."].join("\n"));
    expect(e.format).toBe("text");
    expect(e.snippets.map((s) => [s.startLine, s.endLine])).toEqual([[3, 3]]);
  });

  it("plain text: a marker comment line applies to the next code paragraph", () => {
    const e = extract("page.txt", ["<!-- tfscope: xfail -->", "x = f(1)"].join("\n"));
    expect(e.snippets[0]!.markers).toEqual({ xfail: true });
  });
});

describe("fence info strings and lengths", () => {
  it.each([["{python}"], ["{.python .numberLines}"], ["python:example.py"], ["Python"], ["py3"]])("reads %j as Python", (info) => {
    const e = extract("doc.md", ["```" + info, "x = f(1)", "```"].join("\n"));
    expect(e.snippets).toHaveLength(1);
  });

  it("takes a fence of four backticks holding three", () => {
    const e = extract("doc.md", ["````python", 's = """', "```", '"""', "````"].join("\n"));
    expect(e.snippets.map((s) => [s.startLine, s.endLine, s.code])).toEqual([[2, 4, 's = """\n```\n"""\n']]);
  });
});

describe("plain-text API pages", () => {
  it("finds the example between an API page's prose and its Args/Returns/Raises sections", () => {
    const page = [
      "tf.name_scope", // 1
      "",
      "A context manager for use when defining a Python op.", // 3
      "",
      "Example usage:", // 5
      "",
      "def my_op(a, b, c, name=None):", // 7
      '  with tf.name_scope(name, "MyOp", [a, b, c]) as scope:',
      '    a = tf.convert_to_tensor(a, name="a")',
      "    # Define some computation that uses `a`, `b`, and `c`.",
      "    return foo_op(..., name=scope)", // 11
      "",
      "Args:",
      "  name: The name argument that is passed to the op function.",
      "  default_name: The default name to use if the name argument is None.",
      "",
      "Returns:",
      "  The scope name.",
      "",
      "Raises:",
      "  ValueError: if neither name nor default_name is provided but values are.",
      "asked Mar 10 '16 at 14:19",
    ].join("\n");
    const e = extract("page.txt", page);
    expect(e.format).toBe("text");
    expect(e.snippets.map((s) => [s.startLine, s.endLine])).toEqual([[7, 11]]);
  });
});
