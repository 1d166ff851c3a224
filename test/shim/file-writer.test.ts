// tf.summary.FileWriter (summary/writer/writer.py, event_file_writer.py of TF 1.15) over the run's files:
// the logdir is made (gfile.MakeDirs), the event file is not modelled (a note says so), and what TF would
// log or warn is reproduced or refused by name.
import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

const run = (source: string) => runTf(source, { filename: "prog.py", profile: "1.15" });
const err = (r: ReturnType<typeof run>): string =>
  r.exception ? `${r.exception.type}: ${r.exception.message}` : r.unsupported ? `unsupported: ${r.unsupported.feature}` : "";

describe("tf.summary.FileWriter", () => {
  it("makes the logdir and takes summaries from Session.run, the graph, flush, close and reopen", () => {
    const r = run(`import os
import tensorflow as tf
s = tf.summary.scalar('loss', tf.constant(1.5))
m = tf.summary.merge_all()
with tf.Session() as sess:
    w = tf.summary.FileWriter('logs/run1', sess.graph)
    print(w.get_logdir(), os.path.isdir('logs/run1'), os.path.isdir('logs'), tf.gfile.IsDirectory('logs/run1'))
    w.add_summary(sess.run(m), 1)
    w.add_graph(sess.graph)
    w.flush()
    w.close()
    w.reopen()
    w.add_summary(sess.run(s), 2)
with tf.summary.FileWriter('logs/run2') as w2:
    print(type(w2).__name__)
`);
    expect(r.exception).toBeUndefined();
    expect(r.unsupported).toBeUndefined();
    // The directories exist once the writer made them (event_file_writer.py: gfile.MakeDirs).
    expect(r.stdout).toBe("logs/run1 True True True\nFileWriter\n");
  });

  it("raises TF's errors for graphs and eager mode", () => {
    expect(err(run("import tensorflow as tf\ntf.summary.FileWriter('l', graph=5)\n")))
      .toBe("TypeError: The passed graph must be an instance of `Graph` or the deprecated `GraphDef`");
    expect(err(run("import tensorflow as tf\ng = tf.get_default_graph()\ntf.summary.FileWriter('l', graph=g, graph_def=g)\n")))
      .toBe("ValueError: Please pass only graph, or graph_def (deprecated), but not both.");
    expect(err(run("import tensorflow as tf\ntf.enable_eager_execution()\ntf.summary.FileWriter('l')\n")))
      .toBe("RuntimeError: tf.summary.FileWriter is not compatible with eager execution. Use tf.contrib.summary instead.");
    const r = run("import tensorflow as tf\nw = tf.summary.FileWriter('l', graph_def=tf.get_default_graph())\n");
    expect(r.exception).toBeUndefined();
    // writer.py add_graph: logging.warning on stderr outside an interactive shell.
    expect(r.stderr).toBe("WARNING:tensorflow:When passing a `Graph` object, please use the `graph` named argument instead of `graph_def`.\n");
  });

  it("refuses what it cannot reproduce, by name", () => {
    expect(err(run("import tensorflow as tf\nw = tf.summary.FileWriter('l')\nw.close()\nw.flush()\n")))
      .toContain("using a closed tf.summary.FileWriter");
    expect(err(run("import tensorflow as tf\nw = tf.summary.FileWriter('l')\nw.add_summary(b'\\xff')\n")))
      .toContain("add_summary of bytes that are no Summary");
    expect(err(run("import tensorflow as tf\nw = tf.summary.FileWriter('/tfscope_top_level_logs')\n")))
      .toContain("permission to make a directory in /");
    expect(err(run("import tensorflow as tf\ntf.add_to_collection('odd', object())\nw = tf.summary.FileWriter('l', tf.get_default_graph())\n")))
      .toContain("tf.summary.FileWriter(graph=...) with collection 'odd'");
    expect(err(run("import tensorflow as tf\nw = tf.summary.FileWriter('l')\nw.add_summary('text')\n")))
      .toBe("AttributeError: 'str' object has no attribute 'value'");
  });
});
