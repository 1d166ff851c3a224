/**
 * Notebooks we wrote in the shapes real ones take, checked end to end with the real session. Each
 * expected verdict is what a fresh TF 1.15 kernel running the cells in order gives (TF's naming
 * rules in variable_scope.py / ops.py), never what tfscope printed.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check, report as wrapReport } from "../../src/docs/check.js";
import { checkCommand } from "../../src/docs/cli-check.js";
import type { JsonDocument, JsonReport } from "../../src/docs/report-schema.js";
import { humanReport } from "../../src/docs/report.js";
import { tfSessionFactory } from "../../src/shim/session.js";
import { ROOT } from "./seeds.js";

const DIR = join(ROOT, "test/docs/fixtures/notebooks");
const checked = (name: string): JsonDocument => check([join(DIR, name)], { sessionFactory: tfSessionFactory }).documents[0]!;
/** `cell: status` and each claim's `kind verdict`, in order. */
const verdicts = (d: JsonDocument) => d.snippets.map((s) => [`${s.cell}: ${s.status}`, ...s.claims.map((c) => `${c.kind} ${c.verdict}`)]);

describe("notebooks: cells in order in one kernel, recorded outputs as claims", () => {
  it("IPython syntax: magics run, are noted or not run; shell lines unverifiable; %reset clears names, not the graph", () => {
    const d = checked("magics.ipynb");
    expect(d.format).toBe("notebook");
    expect(verdicts(d)).toEqual([
      ["2: ran-clean"],
      ["3: pass", "recorded-stdout holds"], // %%time body once; timing lines dropped
      ["4: pass", "recorded-result holds"], // %time c = ...; then 'c'
      ["5: pass", "recorded-stdout not-checkable", "recorded-result holds"], // pip's output is not ours to know; tf.add → 'Add:0'
      ["6: unsupported", "recorded-result not-checkable"], // files = !ls
      ["7: ran-clean"], // tf.get_variable? shows help only
      ["8: skipped", "recorded-stdout not-checkable"], // %%bash
      ["9: pass", "recorded-stdout holds"], // get_ipython().run_line_magic('config', ...)
      ["10: pass", "recorded-result holds"], // array([0, 1, 2])
      ["11: pass", "recorded-stdout holds"], // %reset -f removes x and tf
      ["12: pass", "recorded-stdout holds"], // the graph still holds a/x: 1 global variable
      ["13: pass", "recorded-error holds"], // NameError: x was reset
      ["14: pass", "recorded-result holds"], // 'Const:0': the first op named Const
      ["15: unsupported", "recorded-display not-checkable"], // IPython's display() is not modelled
      ["16: ran-clean"], // trailing ';' hides the value: nothing recorded, nothing shown
      ["17: pass", "recorded-stdout holds"],
      ["18: skipped", "recorded-stdout not-checkable"], // needs `files`, which only `!ls` (not run here) defines
      ["19: ran-clean", "recorded-stdout not-checkable"], // what %load_ext printed itself is not known here: nothing verified
    ]);
    const cell = (n: number) => d.snippets.find((s) => s.cell === n)!;
    expect(cell(2).notes).toContain("noted and skipped: `%matplotlib inline` (an IPython setting)");
    expect(cell(14).notes).toContain("not run: IPython magic `%foo bar`");
    expect(cell(5).notes.some((n) => n.startsWith("not run: shell command `!pip install"))).toBe(true);
    expect(cell(14).display).toBe("'Const:0'");
    expect(cell(16).display).toBeUndefined();
    expect(cell(6).unsupported).toEqual({ feature: "the value of IPython's `!ls`", line: 1 });
    expect(cell(18).notes).toContain("skipped: needs `files` from cell 6, where tfscope cannot run it (unsupported: the value of IPython's `!ls`)");
  });

  it("recorded errors are claims; an unclaimed exception is an error; later cells still run", () => {
    expect(verdicts(checked("errors.ipynb"))).toEqual([
      ["1: ran-clean"],
      ["2: pass", "recorded-error holds"], // foo/v exists: ValueError, first line of the message
      ["3: contradicted", "recorded-error contradicted"], // reuse=True finds foo/v: no exception
      ["4: pass", "recorded-error holds"], // NBVAL_RAISES_EXCEPTION, and it raises
      ["5: contradicted", "recorded-error contradicted"], // tagged raises-exception; creating w raises nothing
      ["6: error"], // variable_scope(None): TypeError nobody claimed
      ["7: pass", "recorded-stdout holds"],
      ["8: pass", "recorded-error holds"],
      ["9: pass", "recorded-stdout holds"], // the printed "Originally defined at:" stack names the recording machine's files: not compared
      ["10: pass", "recorded-stdout holds"], // the comment after print is the author's words; the record is the claim
    ]);
  });

  it("a notebook recorded out of order is said so; its differing outputs are not held against TF", () => {
    const d = checked("out_of_order.ipynb");
    expect(verdicts(d)).toEqual([
      ["1: ran-clean"],
      ["2: ran-clean", "recorded-result not-checkable"], // 'Variable_2:0': the cell ran three times
      ["3: pass", "recorded-stdout holds"],
      ["4: pass", "recorded-result holds"], // run in order u is the second unnamed Variable too
      ["5: ran-clean", "recorded-stdout not-checkable"],
    ]);
    // In [2] ran before In [4] and In [5]: cells 2 and 3 saw u too.
    expect(d.notes[0]!.text).toMatch(/^recorded out of order: In \[2\] comes after In \[5\] \(cell 4\)/);
    expect(d.snippets[1]!.claims[0]!.why).toMatch(/run in order, the cell gives "'Variable:0'"/);
  });

  it("counts that skip numbers but only increase are a recording in order; a TF message is TF's under Python 2 too", () => {
    const d = checked("skipped_counts.ipynb");
    expect(d.notes).toEqual([]);
    expect(verdicts(d)).toEqual([
      ["1: ran-clean"],
      ["2: pass", "recorded-stdout holds"], // In [4]: s/a:0
      ["3: contradicted", "recorded-stdout contradicted"], // TF 1.15 prints <tf.Variable 'Variable:0' shape=() dtype=float32_ref>
      ["4: contradicted", "recorded-error contradicted"], // variable_scope.py:855 says "reuse=True or reuse=tf.AUTO_REUSE"
      ["5: pass", "recorded-error holds"], // Python 2's "global name ..." is Python's own wording
    ]);
  });

  it("after a kernel restart (In [1] again) a cell is also run as that kernel ran it; blamed only where both runs blame it", () => {
    const d = checked("restarted.ipynb");
    expect(verdicts(d)).toEqual([
      ["1: pass", "recorded-stdout holds"],
      ["2: pass", "recorded-result holds"],
      ["3: pass", "recorded-stdout holds"], // in order get_variable("v") raises ValueError; on the restarted kernel it prints v:0
      ["4: pass", "recorded-result holds"], // in order c_1:0; after the restart c:0 as recorded
      ["5: contradicted", "recorded-stdout contradicted"], // <tf.Variable 'w:0' shape=() dtype=float32_ref> under both runs
      ["6: pass", "recorded-stdout holds"], // a fresh kernel holds no variable
    ]);
    const cell = (n: number) => d.snippets.find((s) => s.cell === n)!;
    expect(cell(3).reading.name).toBe("restart");
    expect(cell(3).otherReading?.summary).toMatch(/^unsupported: ValueError: Variable v already exists/);
    expect(cell(4).reading.reason).toBe("restart: as recorded after a kernel restart: a fresh kernel running cell 3 first");
  });

  it("recorded in order, an output TF 1.15 does not give is contradicted", () => {
    expect(verdicts(checked("in_order_mismatch.ipynb"))).toEqual([
      ["1: ran-clean"],
      ["2: contradicted", "recorded-result contradicted"], // the first tf.Variable is Variable:0
      ["3: contradicted", "recorded-stdout contradicted"], // the first constant in s/ is s/Const:0
    ]);
  });

  it("arrays recorded by numpy before 1.14 (sign room, other wraps) hold when the values agree; random ones are masked", () => {
    expect(verdicts(checked("legacy_numpy.ipynb"))).toEqual([
      ["1: ran-clean"],
      ["2: pass", "recorded-result holds"], // zeros in numpy 1.13's layout
      ["3: pass", "recorded-stdout holds"], // unseeded random_normal: numbers masked, layout set aside
      ["4: contradicted", "recorded-result contradicted"], // ones are not 2.
    ]);
  });

  it("a Python 2 kernel runs print statements; u'' reprs match", () => {
    const d = checked("python2.ipynb");
    expect(d.snippets.map((s) => s.python2)).toEqual([true, true, true, true, true, false, false]);
    expect(verdicts(d)).toEqual([
      ["1: pass", "recorded-stdout holds", "recorded-result holds"],
      ["2: pass", "recorded-stdout holds"],
      ["3: pass", "recorded-error holds"],
      ["4: pass", "recorded-stdout holds"], // Python 2: sess.run gives a str, printed as Hello
      ["5: pass", "recorded-stdout holds"], // numpy < 1.14 printed [[ 12.]]
      ["6: pass", "recorded-stdout holds"], // from __future__ import print_function after a magic: print("a", 1) is a call
      ["7: pass", "recorded-stdout holds"], // and stays one in later cells
    ]);
  });

  it("nbval markers and tags: skip, ignore output, check output; tfscope's own markers beside them", () => {
    const d = checked("nbval.ipynb");
    expect(verdicts(d)).toEqual([
      ["1: ran-clean"],
      ["2: skipped"], // # NBVAL_SKIP
      ["3: skipped"], // tag nbval-skip
      ["4: skipped"], // tag skip-execution
      ["5: ran-clean", "recorded-stdout not-checkable"], // # NBVAL_IGNORE_OUTPUT: Const_7:0 is not compared
      ["6: ran-clean", "recorded-stdout not-checkable"], // tag nbval-ignore-output
      ["7: pass", "recorded-stdout holds"], // <dtype: 'float32'>
      ["8: skipped"], // # tfscope: skip
    ]);
    expect(d.snippets[1]!.notes).toContain("skipped: nbval: # NBVAL_SKIP");
  });

  it("nbformat 3: worksheets, input, prompt_number, pyout and pyerr", () => {
    expect(verdicts(checked("nbformat3.ipynb"))).toEqual([
      ["2: pass", "recorded-stdout holds"],
      ["3: pass", "recorded-result holds"],
      ["4: pass", "recorded-error holds"],
    ]);
  });

  it("a module the recording kernel had is tfscope's gap, and so are the names only it would define", () => {
    expect(verdicts(checked("missing_module.ipynb"))).toEqual([
      ["1: ran-clean"], // import matplotlib.pyplot binds a stand-in (the recording kernel had the module)
      ["2: unsupported", "recorded-result not-checkable", "recorded-display not-checkable"], // plt.plot: the stand-in's first use
      ["3: pass", "recorded-stdout holds"], // s/v:0
      ["4: ran-clean"], // import PIL binds a stand-in, and the cell goes on to create Variable
      ["5: pass", "recorded-stdout holds"], // Variable_1:0
    ]);
  });

  it("a float32 array recorded by numpy before 1.14 (8 decimals of the double) holds when each number is the same float32", () => {
    // numpy 1.13 arrayprint FloatFormat: '%#11.8f' of float32 1.3 as a double is 1.29999995; 1.17 prints 1.3.
    const d = checked("legacy_float32.ipynb");
    expect(verdicts(d)).toEqual([["1: pass", "recorded-stdout holds"], ["2: contradicted", "recorded-stdout contradicted"]]);
    expect(d.snippets[0]!.claims[0]!.why).toBe("the same float32 values, printed with numpy's pre-1.14 spacing and precision");
  });

  it("a float32 array's recorded repr from numpy before 1.14 holds when each number is the same float32", () => {
    // numpy 1.13 printed float32 -21.64912 as -21.64912033 (8 decimals of the double); 1.17's repr is -21.64912.
    // The second cell's -21.64913033 is another float32.
    const d = checked("legacy_float32_repr.ipynb");
    expect(verdicts(d)).toEqual([["1: pass", "recorded-result holds"], ["2: contradicted", "recorded-result contradicted"]]);
    expect(d.snippets[0]!.claims[0]!.why).toBe("the same float32 values, printed with numpy's pre-1.14 spacing and precision");
  });

  it("a Python 2 kernel printed builtin types as <type '...'>: the same type holds, another is contradicted", () => {
    const d = checked("python2_types.ipynb");
    expect(verdicts(d)).toEqual([["1: pass", "recorded-stdout holds"], ["2: contradicted", "recorded-stdout contradicted"]]);
    expect(d.snippets[0]!.claims[0]!.why).toBe("Python 2 kernel: it printed builtin types as <type '...'>");
  });

  it("printed object addresses differ in every process: compared masked, the rest of the line still counts", () => {
    const d = checked("addresses.ipynb");
    expect(verdicts(d)).toEqual([
      ["1: pass", "recorded-stdout holds"], // <__main__.A object at 0x...>
      ["2: contradicted", "recorded-stdout contradicted"], // the recording names B; the object is an A
      ["3: pass", "recorded-stdout holds"], // TF 1.15's Iterator repr is object.__repr__
    ]);
    expect(d.snippets[0]!.claims[0]!.why).toBe("compared modulo object addresses, which vary from run to run");
  });

  it("a recording that shows tf.__version__ of another release says so; its changed outputs stay contradicted", () => {
    const d = checked("recorded_version.ipynb");
    expect(d.notes.map((n) => n.text)).toEqual([
      "recorded with TensorFlow 1.7.0 (cell 1 shows it); tfscope judges against TensorFlow 1.15.5: recorded outputs that changed between the two releases are contradicted",
    ]);
    // TF 1.15's v1 Dataset is a DatasetV1Adapter (dataset_ops.py DatasetV1Adapter); 1.7 printed RangeDataset.
    expect(verdicts(d)).toEqual([["1: contradicted", "recorded-stdout contradicted"], ["2: contradicted", "recorded-result contradicted"]]);
    expect(checked("addresses.ipynb").notes).toEqual([]);
  });

  it("invalid JSON is a note, never run as Python", () => {
    const d = checked("broken.ipynb");
    expect(d.snippets).toEqual([]);
    expect(d.notes[0]!.text).toMatch(/^not a notebook: invalid JSON/);
  });

  it("locations are cell + line: JSON `cell`, lines within the cell, people read `nb.ipynb:cell N:L`", () => {
    const d = checked("errors.ipynb");
    const six = d.snippets.find((s) => s.cell === 6)!;
    expect(six).toMatchObject({ startLine: 1, endLine: 1, exception: { type: "TypeError", line: 1 } });
    expect(six.diagnostics[0]!.location).toMatchObject({ file: join(DIR, "errors.ipynb") + ":cell 6", line: 1, lineText: "tf.variable_scope(None)" });
    const report: JsonReport = wrapReport("documents", [d]);
    expect(humanReport(report)).toContain(`${join(DIR, "errors.ipynb")}:cell 3:1: contradicted`);
  });

  it("a folder includes its notebooks", async () => {
    let out = "";
    const io = { stdout: { write: (s: string) => (out += s) }, stderr: { write: () => true }, sessionFactory: tfSessionFactory, env: {} };
    expect(await checkCommand([DIR, "--json"], io)).toBe(1);
    const names = (JSON.parse(out) as JsonReport).documents.map((x) => x.document.split("/").pop());
    expect(names).toEqual(["addresses.ipynb", "broken.ipynb", "errors.ipynb", "in_order_mismatch.ipynb", "legacy_float32_repr.ipynb", "legacy_float32.ipynb", "legacy_numpy.ipynb", "magics.ipynb", "missing_module.ipynb", "nbformat3.ipynb", "nbval.ipynb", "out_of_order.ipynb", "python2_types.ipynb", "python2.ipynb", "recorded_version.ipynb", "restarted.ipynb", "skipped_counts.ipynb"]);
  });
});
