// tf.train.Saver through Python: the graph saver.py builds (BulkSaverBuilder, V2, unsharded), save() and
// restore() over the files the run wrote, the `checkpoint` state file, max_to_keep, latest_checkpoint,
// TF's errors, its logging line, and the refusals where the answer is on the reader's disk.
import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";
import { timedSessionFactory } from "../../src/shim/session.js";

const run = (source: string) => runTf(source, { filename: "prog.py", profile: "1.15" });

describe("tf.train.Saver's graph", () => {
  it("builds the save/ ops of saver.py in TF's order, with their inputs, devices and colocation", () => {
    const r = run(`import tensorflow as tf
v1 = tf.Variable([1.0, 2.3], name="v1")
v2 = tf.Variable(55, name="v2")
n = len(tf.get_default_graph().get_operations())
saver = tf.train.Saver()
for op in tf.get_default_graph().get_operations()[n:]:
    cls = op.get_attr("_class") if op.name in ("save/control_dependency", "save/Assign", "save/Assign_1") else ""
    print(op.name, op.type, op.device, [t.name for t in op.inputs], [c.name for c in op.control_inputs], cls)
print(saver.as_saver_def())
print(tf.train.Saver(name="ckpt").saver_def.restore_op_name, tf.train.Saver().saver_def.save_tensor_name)
`);
    expect(r.exception).toBeUndefined();
    expect(r.stdout).toBe([
      // saver.py 826-831: two placeholder_with_default, the outer one named Const for compatibility.
      "save/filename/input Const  [] [] ",
      "save/filename PlaceholderWithDefault  ['save/filename/input:0'] [] ",
      "save/Const PlaceholderWithDefault  ['save/filename:0'] [] ",
      // save_op (86-124): SaveV2 of the refs, keys sorted (saveable_object_util.py validate_and_slice_inputs).
      "save/SaveV2/tensor_names Const  [] [] ",
      "save/SaveV2/shape_and_slices Const  [] [] ",
      "save/SaveV2 SaveV2  ['save/Const:0', 'save/SaveV2/tensor_names:0', 'save/SaveV2/shape_and_slices:0', 'v1:0', 'v2:0'] [] ",
      // _AddSaveOps: with_dependencies colocates its Identity with the filename tensor.
      "save/control_dependency Identity  ['save/Const:0'] ['save/SaveV2'] [b'loc:@save/Const']",
      // BulkSaverBuilder.bulk_restore (562-573): one RestoreV2 under ops.device("cpu:0").
      "save/RestoreV2/tensor_names Const /device:CPU:0 [] [] ",
      "save/RestoreV2/shape_and_slices Const /device:CPU:0 [] [] ",
      "save/RestoreV2 RestoreV2 /device:CPU:0 ['save/Const:0', 'save/RestoreV2/tensor_names:0', 'save/RestoreV2/shape_and_slices:0'] [] ",
      // ReferenceVariableSaveable.restore: state_ops.assign, colocated with the variable (its ref input).
      "save/Assign Assign  ['v1:0', 'save/RestoreV2:0'] [] [b'loc:@v1']",
      "save/Assign_1 Assign  ['v2:0', 'save/RestoreV2:1'] [] [b'loc:@v2']",
      "save/restore_all NoOp  [] ['save/Assign', 'save/Assign_1'] ",
      // SaverDef (saver.py 540-548) in text format.
      'filename_tensor_name: "save/Const:0"',
      'save_tensor_name: "save/control_dependency:0"',
      'restore_op_name: "save/restore_all"',
      "max_to_keep: 5",
      "keep_checkpoint_every_n_hours: 10000.0",
      "version: V2",
      "",
      // name_scope(None, "save") after "save" and "ckpt" were taken.
      "ckpt/restore_all save_1/control_dependency:0",
      "",
    ].join("\n"));
  });
});

describe("Saver.save and Saver.restore", () => {
  it("saves, restores the saved values, writes the checkpoint files and state, and keeps max_to_keep", () => {
    const r = run(`import os
import tensorflow as tf
v1 = tf.Variable([1.0, 2.0], name="v1")
v2 = tf.Variable(3, name="v2")
saver = tf.train.Saver(max_to_keep=2)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for step in range(3):
        print(saver.save(sess, "ck/m", global_step=step * 10))
        sess.run([v1.assign_add([1.0, 1.0]), v2.assign(7)])
    print(saver.last_checkpoints)
    print(open("ck/checkpoint").read(), end="")
    for p in ("ck/m-0", "ck/m-20"):
        print([os.path.exists(p + s) for s in (".index", ".data-00000-of-00001", ".meta")])
    saver.restore(sess, "ck/m-10")
    print(sess.run([v1, v2]))
    print(tf.train.latest_checkpoint("ck"), tf.train.get_checkpoint_state("ck").all_model_checkpoint_paths)
    print(tf.train.get_checkpoint_state("ck/"))
    print(tf.train.Saver([v2], max_to_keep=None).save(sess, "../m.ckpt", write_meta_graph=False), os.path.exists("../m.ckpt.index"))
print(open("../checkpoint").read(), end="")
`);
    expect(r.exception).toBeUndefined();
    expect(r.stdout).toBe([
      // "%s-%d" % (save_path, global_step) (saver.py 1160)
      "ck/m-0", "ck/m-10", "ck/m-20",
      "['ck/m-10', 'ck/m-20']",
      // generate_checkpoint_state_proto: paths relative to the save dir (checkpoint_management.py 107-112)
      'model_checkpoint_path: "m-20"',
      'all_model_checkpoint_paths: "m-10"',
      'all_model_checkpoint_paths: "m-20"',
      // _MaybeDeleteOldCheckpoints → remove_checkpoint: meta, index and data files of the oldest
      "[False, False, False]",
      "[True, True, True]",
      "[array([2., 3.], dtype=float32), 7]",
      // get_checkpoint_state joins relative paths with the directory it was given (246-252)
      "ck/m-20 ['ck/m-10', 'ck/m-20']",
      'model_checkpoint_path: "ck/m-20"',
      'all_model_checkpoint_paths: "ck/m-10"',
      'all_model_checkpoint_paths: "ck/m-20"',
      "",
      "../m.ckpt True",
      // max_to_keep=None: no last checkpoints; the path is added to the state "manually" (99-102).
      'model_checkpoint_path: "m.ckpt"',
      'all_model_checkpoint_paths: "m.ckpt"',
      "",
    ].join("\n"));
  });

  it("raises TF's errors", () => {
    const r = run(`import os
import tensorflow as tf
v1 = tf.Variable([1.0, 2.0], name="v1")
v2 = tf.Variable(3, name="v2")
sa = tf.train.Saver([v1])
sb = tf.train.Saver()
def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", str(e).split("\\n\\t")[0])
with tf.Session() as sess:
    # Uninitialized: FailedPreconditionError, and gfile.IsDirectory("") is False (Env::IsDirectory stats "").
    attempt(lambda: sb.save(sess, "model.ckpt"))
    sess.run(tf.global_variables_initializer())
    path = sa.save(sess, "ck/m")
    attempt(lambda: sb.restore(sess, path))
    open("f", "w").write("x")
    os.remove("f")
    attempt(lambda: sb.save(sess, "f/sub/model"))
    attempt(lambda: sb.save(sess, "ck/checkpoint"))
    attempt(lambda: sb.save(sess, "ck/m", latest_filename="a/b"))
    attempt(lambda: sb.save("sess", "ck/m"))
    attempt(lambda: sb.restore(sess, None))
attempt(lambda: tf.train.Saver([v1, v1]))
attempt(lambda: tf.train.Saver({"a": v1, "b": v1}))
attempt(lambda: tf.train.Saver({1: v1}))
attempt(lambda: tf.train.Saver(v1))
with tf.Graph().as_default():
    attempt(lambda: tf.train.Saver())
    print(tf.train.Saver(allow_empty=True).save(tf.Session(), "x"))
`);
    expect(r.exception).toBeUndefined();
    expect(r.stdout).toBe([
      "ValueError: Parent directory of model.ckpt doesn't exist, can't save.",
      // saver.py 1308-1311 and _wrap_restore_error_with_msg (1630-1636) over "Key v2 not found in checkpoint" (tensor_bundle.cc 793)
      "NotFoundError: Restoring from checkpoint failed. This is most likely due to a Variable name or other graph key that is missing from the checkpoint. Please ensure that you have not altered the graph expected based on the checkpoint. Original error:",
      "",
      "Key v2 not found in checkpoint",
      "ValueError: Parent directory of f/sub/model doesn't exist, can't save.",
      "ValueError: 'latest_filename' collides with 'save_path': 'checkpoint' and 'ck/checkpoint'",
      "ValueError: 'latest_filename' must not contain path components",
      "TypeError: 'sess' must be a Session; sess",
      "ValueError: Can't load save_path when it is None.",
      // saveable_object_util.py op_list_to_dict, _add_saveable, saveable_objects_for_op
      "ValueError: At least two variables have the same name: v1",
      "ValueError: The same saveable will be restored with two names: b",
      "TypeError: names_to_saveables must be a dict mapping string names to trackable operations. Name is not a string: 1",
      "TypeError: Variables to save should be passed in a dict or a list: <tf.Variable 'v1:0' shape=(2,) dtype=float32_ref>",
      "ValueError: No variables to save",
      "None",
      "",
    ].join("\n"));
  });

  it("numbers checkpoints by an int, a numpy int or a global step tensor, and wraps restore's mismatches", () => {
    const r = run(`import numpy as np
import tensorflow as tf
v1 = tf.Variable([1.0, 2.0], name="v1")
gs = tf.train.get_or_create_global_step()
s = tf.train.Saver()
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(s.save(sess, "a/m", global_step=np.int64(7)), s.save(sess, "a/m", global_step=gs))
for dtype in (tf.float32, tf.int64):
    with tf.Graph().as_default():
        v1 = tf.Variable([1.0, 2.0, 3.0], name="v1")
        gs = tf.Variable(5, dtype=dtype, name="global_step")
        with tf.Session() as sess:
            try:
                tf.train.Saver().restore(sess, "a/m-7")
            except tf.errors.InvalidArgumentError as e:
                print(e.message.split("\\n\\t")[0])
`);
    expect(r.exception).toBeUndefined();
    const wrap = "Restoring from checkpoint failed. This is most likely due to a mismatch between the current graph and the graph from the checkpoint. Please ensure that you have not altered the graph expected based on the checkpoint. Original error:\n\n";
    expect(r.stdout).toBe([
      "a/m-7 a/m-0",
      // save_restore_tensor.cc RestoreTensorsV2 (348-353), DataTypeString names
      wrap + "tensor_name = global_step; expected dtype float does not equal original dtype int64",
      // keys sorted: global_step is save/Assign, v1 save/Assign_1 (assign_op.h's shape check)
      wrap + "Assign requires shapes of both tensors to match. lhs shape= [3] rhs shape= [2]",
      "",
    ].join("\n"));
  });

  it("keeps no old checkpoints with max_to_keep=0, and honours latest_filename, save_relative_paths and pad_step_number", () => {
    const r = run("import os\nimport tensorflow as tf\nv = tf.Variable(2.0, name=\"v\")\ns = tf.train.Saver(max_to_keep=0)\nwith tf.Session() as sess:\n    sess.run(v.initializer)\n    for i in range(3):\n        s.save(sess, \"d/m\", global_step=i)\n    print(s.last_checkpoints, os.path.exists(\"d/m-0.index\"))\n    print(open(\"d/checkpoint\").read(), end=\"\")\n    os.remove(\"d/checkpoint\")\n    print(tf.train.get_checkpoint_state(\"d\"), tf.train.latest_checkpoint(\"d\"))\n    s.save(sess, \"d/m\", latest_filename=\"state\")\n    print(tf.train.latest_checkpoint(\"d\", \"state\"), os.path.exists(\"d/checkpoint\"))\n    s2 = tf.train.Saver(save_relative_paths=True, pad_step_number=True)\n    print(s2.save(sess, os.path.join(\"/tmp\", \"abs\", \"m\"), global_step=3))\n    print(open(\"/tmp/abs/checkpoint\").read(), end=\"\")\n    print(tf.train.latest_checkpoint(\"/tmp/abs\"))\n");
    expect(r.exception).toBeUndefined();
    expect(r.stdout).toBe([
      // _RecordLastCheckpoint returns at once for max_to_keep=0: nothing is deleted, the state names the last.
      "[] True",
      'model_checkpoint_path: "m-2"',
      'all_model_checkpoint_paths: "m-2"',
      // get_checkpoint_state: no state file, no state (checkpoint_management.py 236-240)
      "None None",
      "d/m False",
      // pad_step_number: "{:08d}" (saver.py 1162); relative paths in the state when asked (153-161)
      "/tmp/abs/m-00000003",
      'model_checkpoint_path: "m-00000003"',
      'all_model_checkpoint_paths: "m-00000003"',
      "/tmp/abs/m-00000003",
      "",
    ].join("\n"));
  });

  it("logs the restore at INFO, which TF shows only in an interactive shell (a notebook), on stdout", () => {
    const code = `import tensorflow as tf
v = tf.Variable(1.5, name="v")
saver = tf.train.Saver()
sess = tf.Session()
sess.run(v.initializer)
saver.restore(sess, saver.save(sess, "./model.ckpt"))
print(sess.run(v))
`;
    const s = timedSessionFactory(5)({ profile: "1.15" });
    // tf_logging.py get_logger: INFO level and stdout when interactive, else the root's WARNING on stderr.
    expect(s.run(code, { filename: "a.py", firstLine: 1 })).toMatchObject({ stdout: "1.5\n", stderr: "" });
    s.reset();
    expect(s.run(code, { filename: "a.ipynb", firstLine: 1, display: true }).stdout).toBe("INFO:tensorflow:Restoring parameters from ./model.ckpt\n1.5\n");
  });

  it("refuses checkpoints and state files this run did not write", () => {
    const pre = `import tensorflow as tf
v = tf.Variable(1.5, name="v")
saver = tf.train.Saver()
sess = tf.Session()
`;
    for (const [code, feature] of [
      ["saver.restore(sess, './model.ckpt')", "Saver.restore(sess, './model.ckpt') (the filesystem: './model.ckpt.index' is not a file this run wrote)"],
      ["tf.train.latest_checkpoint('ckpt')", "tf.train.get_checkpoint_state('ckpt') (the filesystem: 'ckpt/checkpoint' is not a file this run wrote)"],
      ["saver.save(sess, 'a/b/m')", "saving a checkpoint to 'a/b/m' (the filesystem: whether directory 'a' exists)"],
      ["tf.train.import_meta_graph('m.meta')", "tf.train.import_meta_graph (rebuilding a graph from a MetaGraphDef)"],
      ["tf.train.Saver(sharded=True)", "tf.train.Saver(sharded=True)"],
      // mkdir in / needs permissions the reader may not have.
      ["saver.save(sess, '/models/m')", "saving a checkpoint to '/models/m' (the filesystem: permission to make '/models')"],
      ["saver.save(sess, 'm')\nopen('m.index')", "reading a TensorFlow checkpoint's index 'm.index'"],
    ]) {
      expect(run(pre + "sess.run(v.initializer)\n" + code).unsupported?.feature, code).toBe(`${feature}`);
    }
  });
});
