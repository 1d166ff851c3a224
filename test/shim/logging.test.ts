// tf.logging and tf.get_logger (tensorflow/python/platform/tf_logging.py of TF 1.15) over CPython's
// logging: the "tensorflow" logger, its handler (BASIC_FORMAT on stderr, or INFO on stdout when
// interactive), the verbosity TF's own log lines obey, log_first_n / log_every_n's per-token counts.
import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";
import { timedSessionFactory } from "../../src/shim/session.js";

const run = (source: string) => runTf(source, { filename: "prog.py", profile: "1.15" });
const err = (r: ReturnType<typeof run>): string =>
  r.exception ? `${r.exception.type}: ${r.exception.message}` : r.unsupported ? `unsupported: ${r.unsupported.feature}` : "";

describe("tf.logging", () => {
  it("has logging's levels; the logger starts at the root's WARNING with BASIC_FORMAT on stderr", () => {
    const r = run(`import tensorflow as tf
print(tf.logging.DEBUG, tf.logging.INFO, tf.logging.WARN, tf.logging.ERROR, tf.logging.FATAL)
print(tf.logging.get_verbosity(), tf.get_logger())
tf.logging.info("not shown %d", 1)
tf.logging.debug("not shown")
tf.logging.warning("careful: %s", "x")
tf.logging.warn("warn is warning")
tf.logging.error("bad %r", [1])
tf.logging.fatal("fatal is %s", "CRITICAL")
h = tf.get_logger().handlers
print(len(h), h[0].formatter._fmt, tf.get_logger() is tf.compat.v1.get_logger(), tf.logging.info is tf.compat.v1.logging.info)
`);
    expect(err(r)).toBe("");
    // logging: DEBUG 10, INFO 20, WARN 30, ERROR 40, FATAL = CRITICAL 50; the tensorflow logger is NOTSET,
    // so its effective level is the root's WARNING (tf_logging.py 292-295 get_verbosity).
    expect(r.stdout).toBe("10 20 30 40 50\n30 <Logger tensorflow (WARNING)>\n1 %(levelname)s:%(name)s:%(message)s True True\n");
    // warn and warning log at WARNING (levelname "WARNING"); fatal at CRITICAL (tf_logging.py 138-161).
    expect(r.stderr).toBe([
      "WARNING:tensorflow:careful: x",
      "WARNING:tensorflow:warn is warning",
      "ERROR:tensorflow:bad [1]",
      "CRITICAL:tensorflow:fatal is CRITICAL",
      "",
    ].join("\n"));
  });

  it("set_verbosity sets the logger's level: INFO shows info and log/vlog at that level, not vlog(1)", () => {
    const r = run(`import tensorflow as tf
tf.logging.set_verbosity(tf.logging.INFO)
print(tf.logging.get_verbosity())
tf.logging.info("step %d loss %.2f", 3, 0.5)
tf.logging.log(tf.logging.ERROR, "log %s", "error")
tf.logging.vlog(1, "below DEBUG")
tf.logging.vlog(tf.logging.INFO, "vlog at INFO")
tf.logging.log_if(tf.logging.INFO, "if true", True)
tf.logging.log_if(tf.logging.INFO, "if false", False)
tf.logging.TaskLevelStatusMessage("status")
tf.logging.set_verbosity("DEBUG")
tf.logging.debug("debug now")
`);
    expect(err(r)).toBe("");
    expect(r.stdout).toBe("20\n");
    // TaskLevelStatusMessage is error(msg) (tf_logging.py 182-184).
    expect(r.stderr).toBe([
      "INFO:tensorflow:step 3 loss 0.50",
      "ERROR:tensorflow:log error",
      "INFO:tensorflow:vlog at INFO",
      "INFO:tensorflow:if true",
      "ERROR:tensorflow:status",
      "DEBUG:tensorflow:debug now",
      "",
    ].join("\n"));
  });

  it("log_first_n and log_every_n count per token: the first frame outside the caller's file", () => {
    // _GetFileAndLine (tf_logging.py 267-272) takes _get_caller(offset=3): the caller's frame, then the first
    // frame below it in another file. A script's calls have none below them: all share ('<unknown>', 0).
    const r = run(`import tensorflow as tf
tf.logging.set_verbosity(tf.logging.INFO)
for i in range(5):
    tf.logging.log_first_n(tf.logging.INFO, "first %d", 2, i)
for i in range(5):
    tf.logging.log_every_n(tf.logging.INFO, "every %d", 2, i)
def f(i):
    tf.logging.log_first_n(tf.logging.WARN, "f %d", 20, i)
f(0)
`);
    expect(err(r)).toBe("");
    // The counter reaches 0..4 in the first loop, 5..9 in the second (logged at even counts 6 and 8: i = 1, 3),
    // and f's call, in the same file, counts 10 < 20.
    expect(r.stderr).toBe("INFO:tensorflow:first 0\nINFO:tensorflow:first 1\nINFO:tensorflow:every 1\nINFO:tensorflow:every 3\nWARNING:tensorflow:f 0\n");
  });

  it("flush raises NotImplementedError; a non-int level is logging's TypeError", () => {
    expect(err(run(`import tensorflow as tf
tf.logging.flush()
`))).toBe("NotImplementedError: ");
    expect(err(run(`import tensorflow as tf
tf.logging.log("x", "m")
`))).toBe("TypeError: level must be an integer");
  });

  it("governs TF's own log lines: ERROR silences deprecation warnings, INFO shows Saver's restore line", () => {
    const quiet = run(`import tensorflow as tf
tf.logging.set_verbosity(tf.logging.ERROR)
x = tf.Print(tf.constant(1), [])
with tf.op_scope([], "a"):
    pass
`);
    expect(err(quiet)).toBe("");
    expect(quiet.stderr).toBe("");
    const loud = run(`import tensorflow as tf
tf.logging.set_verbosity(tf.logging.INFO)
v = tf.Variable(1.5, name="v")
saver = tf.train.Saver()
with tf.Session() as sess:
    sess.run(v.initializer)
    saver.restore(sess, saver.save(sess, "./model.ckpt"))
`);
    expect(err(loud)).toBe("");
    // saver.py 1284: logging.info("Restoring parameters from %s", ...).
    expect(loud.stderr).toBe("INFO:tensorflow:Restoring parameters from ./model.ckpt\n");
  });

  it("adds no handler when the root logger has one: TF's lines take the root's format", () => {
    const r = run(`import logging
import tensorflow as tf
logging.basicConfig(level=logging.INFO, format="[%(levelname)s] %(name)s: %(message)s")
tf.logging.info("hi")
with tf.op_scope([], "a"):
    pass
print(tf.get_logger().handlers, tf.logging.get_verbosity())
`);
    expect(err(r)).toBe("");
    expect(r.stdout).toBe("[] 20\n");
    expect(r.stderr).toBe("[INFO] tensorflow: hi\n[WARNING] tensorflow: tf.op_scope(values, name, default_name) is deprecated, use tf.name_scope(name, default_name, values)\n");
  });

  it("names the user's line for the caller; refuses a caller format for a line TF logs from its own source", () => {
    const r = run(`import logging
import tensorflow as tf
logging.basicConfig(format="%(filename)s:%(lineno)d %(funcName)s %(message)s")
tf.logging.warning("top")
def f():
    tf.logging.warn("in f")
f()
tf.Print(tf.constant(1), [])
`);
    expect(r.stderr.startsWith("prog.py:4 <module> top\nprog.py:6 f in f\n")).toBe(true);
    expect(r.unsupported?.feature).toBe("a log format naming the caller (%(filename)s, %(lineno)d...) for a line TF logs from its own source");
  });

  it("MultiRNNCell's same-cell warning is log_first_n(WARN, ..., 1) per calling line", () => {
    const r = run(`import tensorflow as tf
c = tf.nn.rnn_cell.BasicRNNCell(2)
for i in range(3):
    m = tf.nn.rnn_cell.MultiRNNCell([c, c])
m = tf.nn.rnn_cell.MultiRNNCell([c, c])
`);
    expect(err(r)).toBe("");
    const line = "WARNING:tensorflow:At least two cells provided to MultiRNNCell are the same object and will share weights.\n";
    expect(r.stderr).toBe(line + line);
  });

  it("starts each document afresh: a verbosity or root handler set by an earlier one is gone", () => {
    const s = timedSessionFactory(5)({ profile: "1.15" });
    const first = s.run(`import logging
import tensorflow as tf
logging.basicConfig(format="root: %(message)s")
tf.logging.set_verbosity(tf.logging.DEBUG)
tf.logging.debug("one")
`, { filename: "a.py", firstLine: 1 });
    expect(first.stderr).toBe("root: one\n");
    s.reset();
    const second = s.run(`import tensorflow as tf
tf.logging.debug("two")
tf.logging.warning("three")
print(tf.logging.get_verbosity())
`, { filename: "b.py", firstLine: 1 });
    expect(second.stdout).toBe("30\n");
    expect(second.stderr).toBe("WARNING:tensorflow:three\n");
  });

  it("in a notebook logs INFO and up on stdout (the interactive branch of get_logger)", () => {
    const s = timedSessionFactory(5)({ profile: "1.15" });
    const o = s.run(`import tensorflow as tf
tf.logging.info("cell %d", 1)
tf.logging.debug("no")
print(tf.logging.get_verbosity())
`, { filename: "a.ipynb", firstLine: 1, display: true });
    expect(o.stdout).toBe("INFO:tensorflow:cell 1\n20\n");
    expect(o.stderr).toBe("");
  });

  it("a log line makes the run depend on the clock only when its format prints the time", () => {
    const plain = run(`import tensorflow as tf
tf.logging.warning("no time here")
print(1)
`);
    expect(plain.stderr).toBe("WARNING:tensorflow:no time here\n");
    expect(plain.nondeterministic).toBe(false);
    const timed = run(`import logging
import tensorflow as tf
logging.basicConfig(format="%(asctime)s %(message)s")
tf.logging.warning("at a time")
print(1)
`);
    expect(timed.nondeterministic).toBe(true);
  });

  it("tf.contrib is TF 1.15's LazyLoader: its first attribute use logs the contrib warning, once per document", () => {
    const code = `import tensorflow as tf
c = tf.contrib
print(hasattr(tf, "contrib"))
init = tf.contrib.layers.xavier_initializer()
cell = c.rnn.BasicRNNCell
print(tf.contrib is c)
`;
    // api_template_v1.__init__.py 81-90; lazy_loader.py 45-55 logs it once (self._warning = None).
    const warning = "WARNING:tensorflow:\nThe TensorFlow contrib module will not be included in TensorFlow 2.0.\n" +
      "For more information, please see:\n" +
      "  * https://github.com/tensorflow/community/blob/master/rfcs/20180907-contrib-sunset.md\n" +
      "  * https://github.com/tensorflow/addons\n" +
      "  * https://github.com/tensorflow/io (for I/O related ops)\n" +
      "If you depend on functionality not listed there, please file an issue.\n\n";
    const s = timedSessionFactory(5)({ profile: "1.15" });
    const first = s.run(code, { filename: "a.py", firstLine: 1 });
    expect(first.stdout).toBe("True\nFalse\n");
    expect(first.stderr).toBe(warning);
    s.reset();
    expect(s.run(code, { filename: "b.py", firstLine: 1 }).stderr).toBe(warning);
    const direct = run(`import tensorflow.contrib.layers as layers
import tensorflow as tf
print(tf.contrib.layers is layers)
`);
    // Importing the package binds it on tensorflow in place of the LazyLoader: nothing is logged.
    expect(direct.stdout).toBe("True\n");
    expect(direct.stderr).toBe("");
  });
});
