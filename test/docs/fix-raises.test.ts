import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/docs/claims.js";
import { keepRecordedFrames } from "../../src/docs/fix-notebook.js";
import { align, raisesEdit } from "../../src/docs/fix-raises.js";

// TF 1.15 variable_scope.py _get_single_variable, reuse=True and the variable missing.
const MISSING = "ValueError: Variable foo/v does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?";
// The same function when the variable exists and reuse is off (its first line; frames follow).
const EXISTS = "ValueError: Variable foo/v already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope? Originally defined at:\n\n  File \"x.py\", line 3, in <module>";

const claim = (exceptionType: string, fragment: string): Claim => ({ line: 1, kind: "raises", expected: "", exceptionType, fragment });
const apply = (line: string, c: Claim, actual: string) => {
  const e = raisesEdit(line, c, actual);
  return "refused" in e ? e : line.slice(0, e.from) + e.text + line.slice(e.to);
};

describe("raises comments: only what TF contradicts is rewritten", () => {
  it("a misspelt word of the fragment becomes the smallest span of TF's message covering its words", () => {
    expect(apply(`    #  Raises ValueError("... v does not exists ...").`, claim("ValueError", "v does not exists"), MISSING)).toBe(
      `    #  Raises ValueError("... v does not exist ...").`,
    );
  });

  it("a wrong type is renamed, the fragment kept when TF's message contains it", () => {
    expect(apply(`v = f()  # Raises TypeError("... already exists ...")`, claim("TypeError", "already exists"), EXISTS)).toBe(
      `v = f()  # Raises ValueError("... already exists ...")`,
    );
  });

  it("each piece between elisions is aligned on its own, in order", () => {
    expect(apply(`# Raises ValueError("Variable ... does not exists, or was not created with get_variable")`, claim("ValueError", "Variable … does not exists, or was not created with get_variable"), MISSING)).toBe(
      `# Raises ValueError("Variable ... does not exist, or was not created with tf.get_variable")`,
    );
  });

  it("a pasted exception line, in a comment or opening an output line", () => {
    expect(apply(`# ValueError: Variable foo/v does not exists`, claim("ValueError", "Variable foo/v does not exists"), MISSING)).toBe(`# ValueError: Variable foo/v does not exist`);
    expect(apply(`ValueError: Variable foo/v alredy exists`, claim("ValueError", "Variable foo/v alredy exists"), EXISTS)).toBe(`ValueError: Variable foo/v already exists`);
  });

  it("refuses what is not a wrong value: no exception, another line, no shared word, a quote inside", () => {
    const refused = (line: string, c: Claim, actual: string) => (raisesEdit(line, c, actual) as { refused: string }).refused;
    expect(refused(`x()  # Raises ValueError`, claim("ValueError", ""), "no exception")).toMatch(/^TF raises nothing there/);
    expect(refused(`x()  # Raises ValueError`, claim("ValueError", ""), "ValueError: boom (at line 4)")).toMatch(/^TF raises at another line/);
    expect(refused(`x()  # Raises ValueError("... zebra ...")`, claim("ValueError", "zebra"), MISSING)).toMatch(/^none of the words/);
    expect(refused(`x()  # Raises KeyError('... name w not fund ...')`, claim("KeyError", "name w not fund"), `KeyError: "name 'w' not found"`)).toMatch(/contains the comment's quote '/);
  });

  it("align prefers the most words, then the shortest span", () => {
    expect(align("was not created", "v does not exist, or was not created with")).toEqual({ text: "was not created", end: 36 });
    expect(align("does not exists", "v does not exist")?.text).toBe("does not exist");
  });
});

describe("keepRecordedFrames", () => {
  it("keeps the recorded frame runs in place of the true ones, run for run, and refuses when their number differs", () => {
    const recorded = 'old message\n\n  File "<ipython-input-3-ab>", line 6, in <module>\n    y = f()\n  File "shell.py", line 9, in run\n    exec(x)\n\ntail\n';
    const actual = 'new message\n\n  File "/tmp/nb.ipynb", line 15, in <module>\n    y = f()\n\ntail\n';
    expect(keepRecordedFrames(recorded, actual)).toBe('new message\n\n  File "<ipython-input-3-ab>", line 6, in <module>\n    y = f()\n  File "shell.py", line 9, in run\n    exec(x)\n\ntail\n');
    expect(keepRecordedFrames("a\nb\n", "c\n")).toBe("c\n");
    expect(keepRecordedFrames(recorded, "no frames\n")).toBeNull();
  });
});
