// tf.summary's ops in graph mode (summary.py, summary_op_util.py of TF 1.15) and the Summary bytes their
// kernels return (summary_op.cc, summary_tensor_op.cc, histogram.cc; summary.proto's field numbers).
import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

const run = (source: string) => runTf(source, { filename: "prog.py", profile: "1.15" });
const err = (r: ReturnType<typeof run>): string =>
  r.exception ? `${r.exception.type}: ${r.exception.message}` : r.unsupported ? `unsupported: ${r.unsupported.feature}` : "";

describe("tf.summary graph construction", () => {
  it("names the op after the scope and tags it with the scope (summary_scope)", () => {
    const r = run(`import tensorflow as tf
with tf.name_scope('train'):
    s = tf.summary.scalar('loss', tf.constant(1.5))
print(s.name, s.op.type, tf.get_collection(tf.GraphKeys.SUMMARIES))
print([i.name for i in s.op.inputs], s.op.get_attr("T"))
s2 = tf.summary.scalar('loss', 2)
print(s2.name, [i.name for i in s2.op.inputs], s2.op.get_attr("T"))
s3 = tf.summary.scalar('loss', 3.0, family='fam')
h = tf.summary.histogram('w', tf.constant([1.0]))
h2 = tf.summary.histogram(None, tf.constant([1.0]), collections=['mine'])
print(s3.name, h.name, h.op.type, h2.name, tf.get_collection('mine') == [h2], len(tf.get_collection('summaries')))
m = tf.summary.merge_all()
print(m.name, m.op.type, m.op.get_attr("N"), [i.name for i in m.op.inputs])
print(tf.summary.merge_all('mine').name, tf.summary.merge_all(scope='train').op.get_attr("N"))
print(tf.summary.merge_all('nothing'))
`);
    expect(r.exception).toBeUndefined();
    expect(r.stdout).toBe([
      "train/loss:0 ScalarSummary [<tf.Tensor 'train/loss:0' shape=() dtype=string>]",
      // scalar_summary(tags=tag, values=tensor, name=scope): the tag is converted inside the scope.
      "['train/loss/tags:0', 'train/Const:0'] <dtype: 'float32'>",
      "loss:0 ['loss/tags:0', 'loss/values:0'] <dtype: 'int32'>",
      // family: scope fam/loss, tag fam/fam/loss (summary_op_util.py 96-102); histogram's default name.
      "fam/loss:0 w:0 HistogramSummary HistogramSummary:0 True 4",
      // merge(): name_scope(None, 'Merge') around merge_summary(name=None).
      "Merge/MergeSummary:0 MergeSummary 4 ['train/loss:0', 'loss:0', 'fam/loss:0', 'w:0']",
      "Merge_1/MergeSummary:0 1",
      "None",
      "",
    ].join("\n"));
  });

  it("replaces illegal characters with _ and strips leading slashes (clean_tag)", () => {
    const r = run(`import tensorflow as tf
print(tf.summary.scalar('my loss!', 1.0).name, tf.summary.scalar('/a b', 1.0).name)
print(tf.summary.scalar('x', 1.0, family='f g').name)
`);
    expect(r.stdout).toBe("my_loss_:0 a_b:0\nf_g/x:0\n");
    // tf_logging.info: not shown outside an interactive shell (INFO is below the default WARNING).
    expect(r.stderr).toBe("");
  });

  it("text() checks the dtype and tensor_summary's op carries the serialized metadata", () => {
    const r = run(`import tensorflow as tf
t = tf.summary.text('greeting', tf.constant('hello'))
print(t.name, t.op.type, [i.name for i in t.op.inputs], t.op.get_attr("T"))
with tf.Session() as sess:
    print(sess.run(t.op.inputs[2]))
tf.summary.text('n', tf.constant(1.0))
`);
    expect(r.stdout).toBe([
      "greeting:0 TensorSummaryV2 ['greeting/tag:0', 'Const:0', 'greeting/serialized_summary_metadata:0'] <dtype: 'string'>",
      // SummaryMetadata(plugin_data=PluginData(plugin_name='text')).SerializeToString()
      "b'\\n\\x06\\n\\x04text'",
      "",
    ].join("\n"));
    expect(err(r)).toContain("ValueError: Expected tensor Const_1:0 to have dtype string, got <dtype: 'float32'>");
  });

  it("merge() in eager mode is TF's RuntimeError", () => {
    const r = run(`import tensorflow as tf
tf.enable_eager_execution()
tf.summary.merge_all()
`);
    expect(err(r)).toContain("RuntimeError: Merging tf.summary.* ops is not compatible with eager execution. Use tf.contrib.summary instead.");
  });
});

describe("tf.summary in Session.run: the serialized Summary", () => {
  it("ScalarSummary: value { tag: 1, simple_value: 2 (float) }", () => {
    const r = run(`import tensorflow as tf
with tf.name_scope('train'):
    s = tf.summary.scalar('loss', tf.constant(1.5))
z = tf.summary.scalar('zero', tf.constant(0, tf.int64))
m = tf.summary.merge_all()
with tf.Session() as sess:
    print(sess.run(s))
    print(sess.run(z))
    print(sess.run(m))
`);
    expect(r.exception).toBeUndefined();
    expect(r.stdout).toBe([
      "b'\\n\\x11\\n\\ntrain/loss\\x15\\x00\\x00\\xc0?'",
      // simple_value is a oneof member: written even at 0.0.
      "b'\\n\\x0b\\n\\x04zero\\x15\\x00\\x00\\x00\\x00'",
      "b'\\n\\x11\\n\\ntrain/loss\\x15\\x00\\x00\\xc0?\\n\\x0b\\n\\x04zero\\x15\\x00\\x00\\x00\\x00'",
      "",
    ].join("\n"));
  });

  it("HistogramSummary: histogram.cc's default buckets, empty runs merged", () => {
    const r = run(`import tensorflow as tf
h = tf.summary.histogram('w', tf.constant([1.0, 2.0, 2.5, -3.0]))
with tf.Session() as sess:
    print(sess.run(h))
`);
    expect(r.exception).toBeUndefined();
    // Derived independently in Python from histogram.cc InitDefaultBucketsInner / Add / EncodeToProto.
    expect(r.stdout).toBe("b'\\n\\xc7\\x01\\n\\x01w*\\xc1\\x01\\t\\x00\\x00\\x00\\x00\\x00\\x00\\x08\\xc0\\x11\\x00\\x00\\x00\\x00\\x00\\x00\\x04@\\x19\\x00\\x00\\x00\\x00\\x00\\x00\\x10@!\\x00\\x00\\x00\\x00\\x00\\x00\\x04@)\\x00\\x00\\x00\\x00\\x00@4@2H\\r\\x9c\\xc5\\xa0)U\\t\\xc0h\\xbc\\x105\\x9a\\x07\\x07\\xc0\\x08\\x99i\\x19\\x15Z\\xed?+\\x14\\xfa\\xcd\\xbe$\\xf0?\\xdc\\x94\\xcd.\\x8du\\xff?\\xe0\\x11\\xf1\\x0ctM\\x01@w`<\\x0ef\\x08\\x03@\\xea6\\x0fv\\xa3\\xef\\x04@\\xff\\xff\\xff\\xff\\xff\\xff\\xef\\x7f:H\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\xf0?\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\xf0?\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\xf0?\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\xf0?\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00'" + "\n");
  });

  it("the kernels' errors: shapes, NaN, duplicate tags", () => {
    const shape = run(`import tensorflow as tf
s = tf.summary.scalar('x', tf.constant([1.0]))
tf.Session().run(s)
`);
    expect(err(shape)).toContain("InvalidArgumentError: tags and values not the same shape: [] != [1] (tag 'x')");
    const nan = run(`import tensorflow as tf
h = tf.summary.histogram('h', tf.constant([1.0, float('nan')]))
tf.Session().run(h)
`);
    expect(err(nan)).toContain("InvalidArgumentError: Nan in summary histogram for: h");
    const inf = run(`import tensorflow as tf
h = tf.summary.histogram('h', tf.constant([float('-inf')]))
tf.Session().run(h)
`);
    expect(err(inf)).toContain("InvalidArgumentError: Infinity in summary histogram for: h");
    const dup = run(`import tensorflow as tf
s = tf.summary.scalar('x', 1.0)
tf.Session().run(tf.summary.merge([s, s]))
`);
    expect(err(dup)).toContain("InvalidArgumentError: Duplicate tag x found in summary inputs");
  });

  it("TensorSummaryV2: the tensor as TensorProto (string_val / tensor_content) and the metadata", () => {
    const r = run(`import tensorflow as tf
t = tf.summary.text('greeting', tf.constant('hello'))
u = tf.summary.tensor_summary('v', tf.constant([1, 2], tf.int32))
with tf.Session() as sess:
    print(sess.run(t))
    print(sess.run(u))
`);
    expect(r.exception).toBeUndefined();
    expect(r.stdout).toBe([
      // value{tag=1, tensor=8{dtype=1: DT_STRING, tensor_shape=2 {}, string_val=8}, metadata=9}
      "b'\\n!\\n\\x08greetingB\\x0b\\x08\\x07\\x12\\x00B\\x05helloJ\\x08\\n\\x06\\n\\x04text'",
      // tensor_shape{dim{size:2}}, tensor_content little-endian int32; the empty metadata still set.
      "b'\\n\\x19\\n\\x01vB\\x12\\x08\\x03\\x12\\x04\\x12\\x02\\x08\\x02\"\\x08\\x01\\x00\\x00\\x00\\x02\\x00\\x00\\x00J\\x00'",
      "",
    ].join("\n"));
  });

  it("image and audio summaries build their ops but are refused when run", () => {
    const r = run(`import tensorflow as tf
i = tf.summary.image('img', tf.zeros([2, 4, 4, 3]), max_outputs=2)
a = tf.summary.audio('snd', tf.zeros([1, 10]), 8000)
print(i.name, i.op.type, i.op.get_attr("max_images"), a.name, a.op.type, [x.name for x in a.op.inputs])
tf.Session().run(i)
`);
    expect(r.stdout).toBe("img:0 ImageSummary 2 snd:0 AudioSummaryV2 ['snd/tag:0', 'zeros_1:0', 'snd/sample_rate:0']\n");
    expect(err(r)).toContain("unsupported by tfscope: running tf.summary.image (its PNG encoding)");
  });
});
