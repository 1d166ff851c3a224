import { describe, expect, it } from "vitest";
import { runOut as run } from "./run-tf.js";

const OPS = `
def ops(prefix=""):
    for op in tf.get_default_graph().get_operations():
        if op.name.startswith(prefix):
            print(op.name, op.type, [t.name for t in op.inputs], op.colocation_groups())
`;

describe("tf.TensorArray: the graph (tensor_array_ops.py 1.15 _GraphTensorArray)", () => {
  it("builds TensorArrayV3 in its name scope, writes under TensorArrayWrite, stacks under TensorArrayStack", () => {
    // __init__: name_scope(name, "TensorArray") then tensor_array_v3(name=scope) (the op is the scope);
    // write: name_scope "TensorArrayWrite", the value converted as "value", colocated with the first
    // written value; stack: colocate_with(handle), name_scope "TensorArrayStack", gather(range(0, size())).
    const { out, r } = run(`import tensorflow as tf
${OPS}
ta = tf.TensorArray(tf.float32, size=3, name="arr")
print(ta.handle, ta.flow)
op = ta.handle.op
print(op.get_attr("dynamic_size"), op.get_attr("clear_after_read"), op.get_attr("identical_element_shapes"), op.get_attr("tensor_array_name"))
ta = ta.write(0, [1., 2.])
s = ta.stack()
ops()
print(s, ta.element_shape)
`);
    expect(r.exception).toBeUndefined();
    expect(out).toBe([
      'Tensor("arr:0", shape=(2,), dtype=resource) Tensor("arr:1", shape=(), dtype=float32)',
      "False True True b''",
      "arr/size Const [] [b'loc:@arr/size']",
      "arr TensorArrayV3 ['arr/size:0'] [b'loc:@arr']",
      "TensorArrayWrite/value Const [] [b'loc:@TensorArrayWrite/value']",
      "TensorArrayWrite/TensorArrayWriteV3/index Const [] [b'loc:@TensorArrayWrite/value']",
      "TensorArrayWrite/TensorArrayWriteV3 TensorArrayWriteV3 ['arr:0', 'TensorArrayWrite/TensorArrayWriteV3/index:0', 'TensorArrayWrite/value:0', 'arr:1'] [b'loc:@TensorArrayWrite/value']",
      "TensorArrayStack/TensorArraySizeV3 TensorArraySizeV3 ['arr:0', 'TensorArrayWrite/TensorArrayWriteV3:0'] [b'loc:@arr']",
      "TensorArrayStack/range/start Const [] [b'loc:@arr']",
      "TensorArrayStack/range/delta Const [] [b'loc:@arr']",
      "TensorArrayStack/range Range ['TensorArrayStack/range/start:0', 'TensorArrayStack/TensorArraySizeV3:0', 'TensorArrayStack/range/delta:0'] [b'loc:@arr']",
      "TensorArrayStack/TensorArrayGatherV3 TensorArrayGatherV3 ['arr:0', 'TensorArrayStack/range:0', 'TensorArrayWrite/TensorArrayWriteV3:0'] [b'loc:@arr']",
      // gather: GatherV3's shape [?] + element shape, then set_shape([None] + element_shape.dims).
      'Tensor("TensorArrayStack/TensorArrayGatherV3:0", shape=(?, 2), dtype=float32) (2,)',
      "",
    ].join("\n"));
  });

  it("infers the element shape from writes and raises _check_element_shape's ValueError", () => {
    // _check_element_shape: "Inconsistent shapes: saw %s but expected %s " (with the trailing space).
    const { out, r } = run(`import tensorflow as tf
ta = tf.TensorArray(tf.int32, size=2, element_shape=[3])
try:
    ta.write(0, [1, 2])
except ValueError as e:
    print(repr(str(e)))
u = ta.unstack(tf.zeros([2, 3], tf.int32))
print(u.read(0))
print(tf.get_default_graph().get_operation_by_name("TensorArrayUnstack/TensorArrayScatter/TensorArrayScatterV3").inputs[1].op.name)
`);
    expect(r.exception).toBeUndefined();
    expect(out).toBe([
      "'Inconsistent shapes: saw (2,) but expected (3,) '",
      'Tensor("TensorArrayReadV3:0", shape=(3,), dtype=int32)',
      // unstack: name_scope "TensorArrayUnstack", then scatter's own "TensorArrayScatter" inside it.
      "TensorArrayUnstack/range",
      "",
    ].join("\n"));
  });
});

describe("tf.TensorArray in a Session (tensor_array_ops.cc, tensor_array.h)", () => {
  it("stacks written values, unstacks, and grows a dynamic array in a while_loop", () => {
    const { out, r } = run(`import tensorflow as tf
ta = tf.TensorArray(tf.float32, size=3)
ta = ta.write(0, [1., 2.]).write(1, [3., 4.]).write(2, [5., 6.])
s = ta.stack()
ta2 = tf.TensorArray(tf.float32, size=0, dynamic_size=True)
def body(i, t):
    return i + 1, t.write(i, tf.cast(i, tf.float32) * 2.)
i, out = tf.while_loop(lambda i, t: i < 4, body, [0, ta2])
print(type(out).__name__, out.flow.op.type)
st = out.stack()
u = tf.TensorArray(tf.float32, size=2).unstack(tf.constant([[1., 2.], [3., 4.]]))
with tf.Session() as sess:
    print(sess.run(s))
    print(sess.run([st, out.size()]))
    print(sess.run(u.read(1)))
`);
    expect(r.exception).toBeUndefined();
    expect(out).toBe([
      "TensorArray Exit",
      "[[1. 2.]",
      " [3. 4.]",
      " [5. 6.]]",
      "[array([0., 2., 4., 6.], dtype=float32), 4]",
      "[3. 4.]",
      "",
    ].join("\n"));
  });

  it("fails a second write, a second read and an out-of-range write with tensor_array.h's messages", () => {
    // The array's name is `<node name>_<TensorArray::tensor_array_counter>`, counted per process from 0.
    const { out, r } = run(`import tensorflow as tf
def attempt(sess, t):
    try:
        print(sess.run(t))
    except tf.errors.InvalidArgumentError as e:
        print(type(e).__name__, e.message)
with tf.Session() as sess:
    ta = tf.TensorArray(tf.float32, size=2)
    attempt(sess, ta.write(0, 1.).write(0, 2.).stack())
    attempt(sess, ta.write(2, 1.).flow)
    w = ta.write(0, 1.).write(1, 2.)
    r0 = w.read(0)
    with tf.control_dependencies([r0]):
        r1 = w.read(0, name="again")
    attempt(sess, r1)
    attempt(sess, tf.TensorArray(tf.float32, size=2).read(0))
    attempt(sess, tf.TensorArray(tf.float32, size=2, element_shape=[2]).read(1))
`);
    expect(r.exception).toBeUndefined();
    expect(out).toBe([
      "InvalidArgumentError TensorArray TensorArray_0: Could not write to TensorArray index 0 because it has already been written to.",
      "\t [[node TensorArrayWrite_1/TensorArrayWriteV3 ]]",
      "InvalidArgumentError TensorArray TensorArray_1: Tried to write to index 2 but array is not resizeable and size is: 2",
      "\t [[node TensorArrayWrite_2/TensorArrayWriteV3 ]]",
      "InvalidArgumentError TensorArray TensorArray_2: Could not read index 0 twice because it was cleared after a previous read (perhaps try setting clear_after_read = false?).",
      "\t [[node again ]]",
      "InvalidArgumentError TensorArray TensorArray_1_3: Could not read from TensorArray index 0.  Furthermore, the element shape is not fully defined: <unknown>.  It is possible you are working with a resizeable TensorArray and stop_gradients is not allowing the gradients to be written.  If you set the full element_shape property on the forward TensorArray, the proper all-zeros tensor will be returned instead of incurring this error.",
      "\t [[node TensorArrayReadV3_1 ]]",
      // LockedRead: an unwritten element of a fully defined element shape reads as zeros.
      "[0. 0.]",
      "",
    ].join("\n"));
  });
});
