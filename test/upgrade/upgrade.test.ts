import { describe, expect, it } from "vitest";
import { upgradeSource } from "../../src/upgrade/upgrade.js";

// Expected texts and log lines follow tensorflow/tools/compatibility/{ast_edits,tf_upgrade_v2}.py of
// TF 1.15.5 (the visitor's order: call warnings, reorders, keyword renames, transformers, then renames).
const up = (src: string) => upgradeSource(src, "t.py");
const lines = (src: string) => up(src).log.map((l) => `${l.level} line ${l.line}:${l.col}: ${l.message}`);

describe("tf_upgrade_v2: renames", () => {
  it("moves TF1-only scoping names to tf.compat.v1 (renames_v2.py) and leaves the rest", () => {
    const src = "import tensorflow as tf\nwith tf.variable_scope('s'):\n    v = tf.get_variable('v', [1])\nx = tf.add(v, 1)\n";
    expect(up(src).text).toBe(
      "import tensorflow as tf\nwith tf.compat.v1.variable_scope('s'):\n    v = tf.compat.v1.get_variable('v', [1])\nx = tf.add(v, 1)\n",
    );
    // tf.get_variable also carries a function warning (tf_upgrade_v2.py function_warnings), logged first.
    expect(lines(src)).toEqual([
      "INFO line 2:5: Renamed 'tf.variable_scope' to 'tf.compat.v1.variable_scope'",
      "WARNING line 3:8: tf.get_variable requires manual check. tf.get_variable returns ResourceVariables by default in 2.0, which have well-defined semantics and are stricter about shapes. You can disable this behavior by passing use_resource=False, or by calling tf.compat.v1.disable_resource_variables().",
      "INFO line 3:8: Renamed 'tf.get_variable' to 'tf.compat.v1.get_variable'",
    ]);
  });

  it("renames the longest dotted name first and does not descend into a renamed one", () => {
    expect(up("y = tf.layers.dense(x, 3)\n").text).toBe("y = tf.compat.v1.layers.dense(x, 3)\n");
  });

  it("keeps comments and line breaks inside calls", () => {
    const src = "s = tf.Session(  # run it\n    config=None)\n";
    expect(up(src).text).toBe("s = tf.compat.v1.Session(  # run it\n    config=None)\n");
  });
});

describe("tf_upgrade_v2: arguments", () => {
  it("reorders positional arguments into keywords and renames keywords (testArgmax)", () => {
    expect(up("tf.argmax(input, 0)").text).toBe("tf.argmax(input=input, axis=0)");
    expect(up("tf.argmax(input, name=n, dimension=1, output_type=type)").text).toBe("tf.argmax(input=input, name=n, axis=1, output_type=type)");
  });

  it("removes a dropped keyword with its comma, also one the reorder produced (testColocateGradientsWithOps)", () => {
    expect(up("tf.gradients(yx=a, colocate_gradients_with_ops=False)\n").text).toBe("tf.gradients(yx=a)\n");
    expect(up("tf.gradients(y, x, grad_ys, name, colocate, gate)\n").text).toBe(
      "tf.gradients(ys=y, xs=x, grad_ys=grad_ys, name=name, gate_gradients=gate)\n",
    );
    expect(up("optimizer.minimize(a, colocate_gradients_with_ops=False)\n").text).toBe("optimizer.minimize(a)\n");
  });
});

describe("tf_upgrade_v2: transformers", () => {
  it("name_scope: default_name becomes name and values go; a real name keeps compat.v1 (test_name_scope)", () => {
    expect(up("tf.name_scope(None, default_name, [some, values])").text).toBe("tf.name_scope(name=default_name)");
    expect(up("tf.name_scope(default_name=default_name, values=stuff)").text).toBe("tf.name_scope(name=default_name)");
    expect(up("tf.name_scope(name=n, default_name=d, values=s)").text).toBe("tf.compat.v1.name_scope(name=n, default_name=d, values=s)");
    const r = up("tf.name_scope(name=None, values=stuff)");
    expect(r.text).toBe("tf.name_scope(name=None, values=stuff)");
    expect(r.log).toEqual([{ level: "ERROR", line: 1, col: 0, message: "name_scope call with neither name nor default_name cannot be converted properly." }]);
  });

  it("casts: tf.to_float(x, 'n') becomes tf.cast(x, name='n', dtype=tf.float32) (testCast*)", () => {
    expect(up("tf.to_float(x, 'test')").text).toBe("tf.cast(x, name='test', dtype=tf.float32)");
    expect(up("tf.to_double(x, name='test')").text).toBe("tf.cast(x, name='test', dtype=tf.float64)");
    expect(up("tf.to_int32(x)").text).toBe("tf.cast(x, dtype=tf.int32)");
  });

  it("dropout: keep_prob becomes rate = 1 - (keep_prob) (testDropout)", () => {
    expect(up('tf.nn.dropout(x, keep_prob, name="foo")\n').text).toBe('tf.nn.dropout(x, 1 - (keep_prob), name="foo")\n');
    expect(up('tf.nn.dropout(x, keep_prob=.4, name="foo")\n').text).toBe('tf.nn.dropout(x, rate=1 - (.4), name="foo")\n');
    expect(up('tf.nn.dropout(x,  # Stuff before\n              keep_prob=.4,  # Stuff after\n              name="foo")\n').text).toBe(
      'tf.nn.dropout(x,  # Stuff before\n              rate=1 - (.4),  # Stuff after\n              name="foo")\n',
    );
  });

  it("rename-if-arg-found: optimize=True is dropped, anything else keeps compat.v1", () => {
    expect(up("tf.zeros_like(x, optimize=True)").text).toBe("tf.zeros_like(x)");
    expect(up("tf.zeros_like(x, optimize=False)").text).toBe("tf.compat.v1.zeros_like(x, optimize=False)");
    expect(up("tf.zeros_like(x)").text).toBe("tf.zeros_like(x)");
  });

  it("refuses, by name, a rewrite tfscope does not reproduce", () => {
    const r = up("tf.image.resize_bilinear(i, s)");
    expect(r.text).toBe("");
    expect(r.unsupported).toEqual(["tf_upgrade_v2's _image_resize_transformer (for tf.image.resize_bilinear, line 1)"]);
  });
});

describe("tf_upgrade_v2: imports", () => {
  it("an unaliased `import tensorflow` stops every conversion (TFAPIImportAnalysisSpec)", () => {
    const r = up("import tensorflow\nwith tensorflow.variable_scope('s'):\n    pass\nx = tf.variable_scope\n");
    expect(r.text).toBe("import tensorflow\nwith tensorflow.variable_scope('s'):\n    pass\nx = tf.variable_scope\n");
    expect(r.log[0]).toEqual({ level: "ERROR", line: 1, col: 0, message: "The tf_upgrade_v2 script detected an unaliased `import tensorflow`. The script can only run when importing with `import tensorflow as tf`." });
  });

  it("tf.compat.v1 imported as tf: nothing is upgraded but module deprecations are still reported", () => {
    const r = up("import tensorflow.compat.v1 as tf\ntf.variable_scope('a')\ntf.contrib.layers.flatten(x)\n");
    expect(r.text).toBe("import tensorflow.compat.v1 as tf\ntf.variable_scope('a')\ntf.contrib.layers.flatten(x)\n");
    expect(r.log.map((l) => l.level)).toEqual(["INFO", "ERROR"]);
    expect(r.log[1]!.message).toBe(
      "Using member tf.contrib.layers.flatten in deprecated module tf.contrib. tf.contrib.layers.flatten cannot be converted automatically. tf.contrib will not be distributed with TensorFlow 2.0, please consider an alternative in non-contrib TensorFlow, a community-maintained repository such as tensorflow/addons, or fork the required code.",
    );
  });

  it("a file that does not parse is not converted", () => {
    expect(up("print 'x'\n")).toMatchObject({ parsed: false, text: "" });
  });
});
