// `tfscope check --explain`: the checker's explain hook attaches the reasons to a contradicted snippet.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { check } from "../../src/docs/check.js";
import { explainForCheck } from "../../src/explain/document.js";
import { tfSessionFactory } from "../../src/shim/session.js";

test("a wrong claim about a re-entered scope gets the name scope rule, in document lines", () => {
  const dir = mkdtempSync(join(tmpdir(), "tfscope-explain-check-"));
  const doc = join(dir, "page.md");
  writeFileSync(
    doc,
    [
      "# Re-entering a scope",
      "",
      "```python",
      "import tensorflow as tf",
      'with tf.variable_scope("foo"):',
      '    v = tf.get_variable("v", [1])',
      'with tf.variable_scope("foo"):',
      "    x = tf.constant(1.)",
      "print(x.name)  # foo/Const:0",
      "```",
      "",
    ].join("\n"),
  );
  const report = check([doc], { sessionFactory: tfSessionFactory, explain: explainForCheck });
  const s = report.documents[0]!.snippets[0]!;
  expect(s.status).toBe("contradicted");
  // variable_scope("foo") again opens name_scope("foo") again: unique_name gives foo_1 (ops.py 4145-4195).
  expect(s.explanation).toContain(
    "variable_scope `foo` (line 7): variable scope `foo`: the string itself (a variable scope name is never uniquified); " +
      "`foo_1/` because the name scope `foo` was taken at line 5 (re-entering a variable scope by string opens a new name scope)",
  );
  expect(s.explanation).toContain("`foo_1/Const` (line 8): ops follow the name scope `foo_1/`, not the variable scope `foo`");
});
