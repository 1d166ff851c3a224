/** IPython syntax turned into Python line for line, nbval's markers, and reading nbformat 3 and 4. */
import { describe, expect, it } from "vitest";
import { endsWithSemicolon, logicalLineStarts, stripTiming, translateIPython } from "../../src/docs/formats/ipython.js";
import { nbvalOptions } from "../../src/docs/formats/nbval.js";
import { NotebookError, readNotebook } from "../../src/docs/formats/notebook.js";

describe("IPython syntax", () => {
  it("keeps every line where it was", () => {
    const t = translateIPython("%matplotlib inline\nx = 1\n!ls -l\nfor i in range(2):\n    %time y = i\n");
    expect(t.code).toBe("pass\nx = 1\npass\nfor i in range(2):\n    y = i\n");
    expect(t.shell).toBe(true);
    expect(t.timing).toBe("time");
  });

  it("a __future__ import after other statements is IPython's to allow (each statement compiles on its own)", () => {
    expect(translateIPython("%matplotlib inline\nfrom __future__ import print_function").code).toBe("pass\npass");
    expect(translateIPython("from __future__ import division\nx = 1").code).toBe("from __future__ import division\nx = 1");
  });

  it("%timeit's options are not the statement", () => {
    expect(translateIPython("%timeit -n 10 -r 3 f(x)").code).toBe("f(x)");
  });

  it("cell magics: %%time runs its body; %%bash and unknown cell magics are not Python", () => {
    expect(translateIPython("%%time\nx = 1").code).toBe("\nx = 1");
    expect(translateIPython("%%bash\nls").notPython).toBe("a `%%bash` cell is not Python");
    expect(translateIPython("%%foo\nx").notPython).toBe("the cell magic `%%foo` is not run by tfscope");
  });

  it("help, shell assignment, nbconvert's get_ipython() calls", () => {
    expect(translateIPython("tf.get_variable?\n??tf.Variable").code).toBe("pass\npass");
    expect(translateIPython("files = !ls").code).toBe('files = __import__("_tf").unsupported("the value of IPython\'s `!ls`")');
    expect(translateIPython("get_ipython().run_line_magic('matplotlib', 'inline')").notes).toEqual(["noted and skipped: `%matplotlib inline` (an IPython setting)"]);
    expect(translateIPython("get_ipython().system('ls')").shell).toBe(true);
  });

  it("leaves Python alone: modulo continuation lines, strings, comparisons", () => {
    const src = "x = (10\n%3)\ns = '''\n%notmagic\n'''\nok = a != b\ny = 7 % 2";
    expect(translateIPython(src).code).toBe(src);
    expect(logicalLineStarts(["a = [1,", "2]", "b = 1 \\", "+ 2", "c"])).toEqual([true, false, true, false, true]);
  });

  it("a trailing ';' hides the value, a ';' in a comment or string does not", () => {
    expect(endsWithSemicolon("x = 1\nx;\n\n")).toBe(true);
    expect(endsWithSemicolon("x  # done;")).toBe(false);
    expect(endsWithSemicolon("'a;'")).toBe(false);
  });

  it("timing lines of %time and %timeit are noise", () => {
    const text = "a\nCPU times: user 3 ms, sys: 0 ns, total: 3 ms\nWall time: 2.9 ms\n100 loops, best of 3: 2.1 ms per loop\n1.2 ms ± 3.4 µs per loop (mean ± std. dev. of 7 runs, 1000 loops each)\nb\n";
    expect(stripTiming(text)).toBe("a\nb\n");
  });
});

describe("nbval", () => {
  it("markers are whole comment lines; tags are the markers lower-cased with dashes", () => {
    expect(nbvalOptions(["# NBVAL_SKIP"], [])).toMatchObject({ skip: "nbval: # NBVAL_SKIP" });
    expect(nbvalOptions(["x = 1  # NBVAL_SKIP"], [])).toMatchObject({ skip: null });
    expect(nbvalOptions(["##  NBVAL_IGNORE_OUTPUT"], [])).toMatchObject({ ignoreOutput: true });
    expect(nbvalOptions([], ["nbval-raises-exception"])).toMatchObject({ raisesException: true });
    expect(nbvalOptions([], ["raises-exception"])).toMatchObject({ raisesException: true });
    expect(nbvalOptions([], ["skip-execution"])).toMatchObject({ skip: "nbval: tag skip-execution" });
    expect(nbvalOptions(["# NBVAL_CHECK_OUTPUT"], [])).toEqual({ skip: null, ignoreOutput: false, raisesException: false });
  });
});

describe("reading notebooks", () => {
  it("nbformat 4: code cells numbered among all cells, outputs, tags, kernel", () => {
    const nb = readNotebook(JSON.stringify({
      nbformat: 4,
      metadata: { kernelspec: { name: "python2", display_name: "Python 2" } },
      cells: [
        { cell_type: "markdown", source: "# t" },
        { cell_type: "code", execution_count: 3, metadata: { tags: ["nbval-skip"] }, source: ["a\n", "b"], outputs: [
          { output_type: "stream", name: "stderr", text: "w\n" },
          { output_type: "error", ename: "E", evalue: "\u001b[0;31mbad\u001b[0m", traceback: [] },
        ] },
      ],
    }));
    expect(nb).toEqual({ nbformat: 4, python: 2, language: null, cells: [{
      cell: 2, source: "a\nb", count: 3, tags: ["nbval-skip"],
      outputs: [{ type: "stream", name: "stderr", text: "w\n" }, { type: "error", ename: "E", evalue: "bad", traceback: [] }],
    }] });
  });

  it("the kernel's language and version", () => {
    const kernel = (metadata: object) => readNotebook(JSON.stringify({ nbformat: 4, metadata, cells: [] }));
    expect(kernel({ language_info: { name: "python", version: "3.6.9" } }).python).toBe(3);
    expect(kernel({ language_info: { name: "python", codemirror_mode: { name: "ipython", version: 2 } } }).python).toBe(2);
    expect(kernel({}).python).toBe(null);
    expect(kernel({ language_info: { name: "R" } }).language).toBe("r");
  });

  it("what is not a notebook says why", () => {
    expect(() => readNotebook("x = 1")).toThrow(NotebookError);
    expect(() => readNotebook("[1]")).toThrow("not a notebook: the JSON is not an object");
    expect(() => readNotebook("{}")).toThrow("not a notebook: no `cells` (nbformat 4) or `worksheets` (nbformat 3)");
  });
});
