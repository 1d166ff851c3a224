// tf.gfile over the files the run wrote (tensorflow/gfile.py): exact where the run made or removed the
// path, with file_io.py's errors; refused where the answer is on the reader's disk.
import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

const run = (source: string) => runTf(source, { filename: "prog.py", profile: "1.15" });

describe("tf.gfile", () => {
  it("makes, writes, reads back and removes the run's files, with TF's errors", () => {
    const r = run(`import tensorflow as tf
print(tf.compat.v1.gfile is tf.gfile)
tf.gfile.MakeDirs("logs/run1")
print(tf.gfile.Exists("logs"), tf.gfile.IsDirectory("logs/run1"), tf.gfile.IsDirectory(""))
with tf.gfile.GFile("logs/run1/notes.txt", "w") as f:
    f.write("a\\nb\\n")
print(tf.gfile.GFile("logs/run1/notes.txt").readlines(), tf.gfile.Exists("logs/run1/notes.txt"))
tf.gfile.Remove("logs/run1/notes.txt")
for f in (lambda: tf.gfile.Remove("logs/run1/notes.txt"), lambda: tf.gfile.GFile("logs/run1/notes.txt").read()):
    try:
        f()
    except tf.errors.NotFoundError as e:
        print(type(e).__name__, e)
tf.gfile.DeleteRecursively("logs")
try:
    tf.gfile.ListDirectory("logs")
except tf.errors.NotFoundError as e:
    print(type(e).__name__, e)
print(tf.gfile.Exists("logs/run1"))
`);
    expect(r.exception).toBeUndefined();
    expect(r.stdout).toBe([
      "True",
      "True True False",
      "['a\\n', 'b\\n'] True",
      // posix/error.cc IOError: "<path>; <strerror>"
      "NotFoundError logs/run1/notes.txt; No such file or directory",
      "NotFoundError logs/run1/notes.txt; No such file or directory",
      // file_io.py list_directory_v2 (638)
      "NotFoundError Could not find directory logs",
      "False",
      "",
    ].join("\n"));
  });

  it("refuses paths on the reader's disk", () => {
    for (const [code, feature] of [
      ["tf.gfile.Exists('data')", "tf.gfile.Exists (the filesystem)"],
      ["tf.gfile.MakeDirs('d')\ntf.gfile.ListDirectory('d')", "tf.gfile.ListDirectory (the filesystem)"],
      ["tf.gfile.Glob('*.ckpt')", "tf.gfile.Glob (the filesystem)"],
      ["tf.gfile.GFile('data.txt').read()", "tf.gfile.GFile.read (the filesystem)"],
    ]) {
      expect(run(`import tensorflow as tf\n${code}\n`).unsupported?.feature, code).toBe(feature);
    }
  });
});
