/**
 * A TF 0.x name TF 1.0 removed (tensorflow/tools/compatibility/tf_upgrade.py symbol_renames) is an
 * AttributeError under TF 1.15, as the document's error; the report adds what TF 1.0 calls it.
 */
import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/docs/check.js";
import { renamedInTf1 } from "../../src/docs/tf-renames.js";
import { tfSessionFactory } from "../../src/shim/session.js";

describe("TF 0.x names under TF 1.15", () => {
  it("names the TF 1.0 rename for a missing tf.X or tf.sub.X, and nothing else", () => {
    expect(renamedInTf1("AttributeError", "module 'tensorflow' has no attribute 'neg'")).toBe(
      "TF 1.0 renamed `tf.neg` to `tf.negative` (tf_upgrade.py): the document was written for TF 0.x",
    );
    expect(renamedInTf1("AttributeError", "module 'tensorflow.train' has no attribute 'SummaryWriter'")).toContain("`tf.summary.FileWriter`");
    expect(renamedInTf1("AttributeError", "module 'tensorflow' has no attribute 'foo'")).toBeNull();
    expect(renamedInTf1("NameError", "module 'tensorflow' has no attribute 'neg'")).toBeNull();
  });

  it("adds the note to the snippet whose error it explains", () => {
    const page = "# Ops\n\n```python\nimport tensorflow as tf\nx = tf.constant([1., 2.])\nneg_x = tf.neg(x)\n```\n";
    const d = checkDocument("page.md", page, { sessionFactory: tfSessionFactory });
    expect(d.snippets.map((s) => s.status)).toEqual(["error"]);
    expect(d.snippets[0]!.notes).toContain("TF 1.0 renamed `tf.neg` to `tf.negative` (tf_upgrade.py): the document was written for TF 0.x");
  });
});
