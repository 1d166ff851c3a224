import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

function run(code: string): { out: string; err: string; r: ReturnType<typeof runTf> } {
  let out = "", err = "";
  const r = runTf(code, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { out, err, r };
}

describe("RNN cells (rnn_cell_impl.py 1.15)", () => {
  it("names a BasicLSTMCell's variables and ops after its layer scope, and its zero state's", () => {
    // RNNCell.zero_state: name_scope("BasicLSTMCellZeroState"); _concat builds Consts for the dynamic and the
    // static shape alike (Const..Const_7 for two states). LayerRNNCell.__call__ is base Layer.__call__:
    // variable_scope(None, default_name="basic_lstm_cell") on first call, kernel [3+4, 16] and bias [16].
    const { out, r } = run(`import tensorflow as tf
cell = tf.nn.rnn_cell.BasicLSTMCell(4)
print(cell.state_size, cell.output_size)
x = tf.placeholder(tf.float32, [None, 3])
st = cell.zero_state(2, tf.float32)
print(st)
with tf.variable_scope("rnn"):
    out, s2 = cell(x, st)
print(out)
print([v.name for v in tf.global_variables()], [v.shape.as_list() for v in cell.trainable_weights])
print([op.name for op in tf.get_default_graph().get_operations() if op.name.startswith("rnn/basic_lstm_cell/") and "/kernel" not in op.name and "/bias" not in op.name])
`);
    expect(r.exception).toBeUndefined();
    expect(out).toBe([
      "LSTMStateTuple(c=4, h=4) 4",
      "LSTMStateTuple(c=<tf.Tensor 'BasicLSTMCellZeroState/zeros:0' shape=(2, 4) dtype=float32>, h=<tf.Tensor 'BasicLSTMCellZeroState/zeros_1:0' shape=(2, 4) dtype=float32>)",
      'Tensor("rnn/basic_lstm_cell/Mul_2:0", shape=(2, 4), dtype=float32)',
      "['rnn/basic_lstm_cell/kernel:0', 'rnn/basic_lstm_cell/bias:0'] [[7, 16], [16]]",
      // call(): Const(1) for the split axis, concat, MatMul, BiasAdd, split, Const(forget_bias), then
      // add(multiply(c, sigmoid(add(f, fb))), multiply(sigmoid(i), tanh(j))) and multiply(tanh(new_c), sigmoid(o)).
      "['rnn/basic_lstm_cell/Const', 'rnn/basic_lstm_cell/concat/axis', 'rnn/basic_lstm_cell/concat', 'rnn/basic_lstm_cell/MatMul', " +
        "'rnn/basic_lstm_cell/BiasAdd', 'rnn/basic_lstm_cell/Const_1', 'rnn/basic_lstm_cell/split', 'rnn/basic_lstm_cell/Const_2', " +
        "'rnn/basic_lstm_cell/Add', 'rnn/basic_lstm_cell/Sigmoid', 'rnn/basic_lstm_cell/Mul', 'rnn/basic_lstm_cell/Sigmoid_1', " +
        "'rnn/basic_lstm_cell/Tanh', 'rnn/basic_lstm_cell/Mul_1', 'rnn/basic_lstm_cell/Add_1', 'rnn/basic_lstm_cell/Tanh_1', " +
        "'rnn/basic_lstm_cell/Sigmoid_2', 'rnn/basic_lstm_cell/Mul_2']",
      "",
    ].join("\n"));
  });

  it("gives GRUCell gates/ and candidate/ variables and LSTMCell its projection", () => {
    // GRUCell.build: gates/kernel [in+n, 2n], gates/bias (constant 1.0), candidate/kernel, candidate/bias;
    // LSTMCell.build with use_peepholes and num_proj: kernel [in+num_proj, 4n], bias, w_f_diag, w_i_diag,
    // w_o_diag, projection/kernel [n, num_proj]; output_size is num_proj.
    const { out, r } = run(`import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 3])
g = tf.nn.rnn_cell.GRUCell(4)
g(x, g.zero_state(2, tf.float32))
l = tf.contrib.rnn.LSTMCell(4, use_peepholes=True, num_proj=2)
print(l.state_size, l.output_size)
o, s = l(x, l.zero_state(2, tf.float32))
print(o.shape, s.c.shape, s.h.shape)
print([(v.name, v.shape.as_list()) for v in tf.global_variables()])
`);
    expect(r.exception).toBeUndefined();
    expect(out).toBe([
      "LSTMStateTuple(c=4, h=2) 2",
      "(2, 2) (2, 4) (2, 2)",
      "[('gru_cell/gates/kernel:0', [7, 8]), ('gru_cell/gates/bias:0', [8]), ('gru_cell/candidate/kernel:0', [7, 4]), " +
        "('gru_cell/candidate/bias:0', [4]), ('lstm_cell/kernel:0', [5, 16]), ('lstm_cell/bias:0', [16]), " +
        "('lstm_cell/w_f_diag:0', [4]), ('lstm_cell/w_i_diag:0', [4]), ('lstm_cell/w_o_diag:0', [4]), " +
        "('lstm_cell/projection/kernel:0', [4, 2])]",
      "",
    ].join("\n"));
  });

  it("refuses by name what it does not model", () => {
    const { r } = run(`import tensorflow as tf
tf.nn.rnn_cell.LSTMCell(4, cell_clip=3.0)
`);
    expect(r.exception?.message).toContain("unsupported by tfscope: tf.nn.rnn_cell.LSTMCell(cell_clip=...)");
    const d = run(`import tensorflow as tf
tf.nn.rnn_cell.DropoutWrapper(tf.nn.rnn_cell.GRUCell(4), output_keep_prob=0.5)
`);
    expect(d.r.exception?.message).toContain("unsupported by tfscope: tf.nn.rnn_cell.DropoutWrapper(output_keep_prob=...) below 1");
  });
});

describe("tf.nn.dynamic_rnn (rnn.py 1.15 dynamic_rnn, _dynamic_rnn_loop)", () => {
  it("builds the rnn scope, the while loop over TensorArrays and the transposes", () => {
    // Loop variables (iteration_counter, time, output_ta flow, c, h): the state leaves through Exit_3/Exit_4;
    // outputs are the stacked TensorArray transposed back (the second transpose, `rnn/transpose_1`).
    const { out, r } = run(`import tensorflow as tf
cell = tf.nn.rnn_cell.BasicLSTMCell(4)
x = tf.placeholder(tf.float32, [None, 5, 3])
out, st = tf.nn.dynamic_rnn(cell, x, dtype=tf.float32)
print([v.name for v in tf.global_variables()])
print(out, st)
g = tf.get_default_graph()
print(g.get_operation_by_name("rnn/TensorArray").get_attr("tensor_array_name"), g.get_operation_by_name("rnn/TensorArray_1").get_attr("tensor_array_name"))
print([op.name for op in g.get_operations() if op.name.startswith("rnn/while/basic_lstm_cell/MatMul") or op.name.startswith("rnn/while/TensorArray")])
`);
    expect(r.exception).toBeUndefined();
    expect(out).toBe([
      "['rnn/basic_lstm_cell/kernel:0', 'rnn/basic_lstm_cell/bias:0']",
      "Tensor(\"rnn/transpose_1:0\", shape=(?, 5, 4), dtype=float32) LSTMStateTuple(c=<tf.Tensor 'rnn/while/Exit_3:0' shape=(?, 4) dtype=float32>, h=<tf.Tensor 'rnn/while/Exit_4:0' shape=(?, 4) dtype=float32>)",
      // _create_ta: tensor_array_name=base_name + name, base_name the "rnn/dynamic_rnn/" name scope.
      "b'rnn/dynamic_rnn/output_0' b'rnn/dynamic_rnn/input_0'",
      "['rnn/while/TensorArrayReadV3', 'rnn/while/TensorArrayReadV3/Enter', 'rnn/while/TensorArrayReadV3/Enter_1', " +
        "'rnn/while/basic_lstm_cell/MatMul', 'rnn/while/basic_lstm_cell/MatMul/Enter', " +
        "'rnn/while/TensorArrayWrite/TensorArrayWriteV3', 'rnn/while/TensorArrayWrite/TensorArrayWriteV3/Enter']",
      "",
    ].join("\n"));
  });

  it("scopes a MultiRNNCell's cells as multi_rnn_cell/cell_i and fails MultiRNNCell([cell] * 2) on a shared kernel", () => {
    // MultiRNNCell is an RNNCell: its __call__ re-enters the variable scope current at its first call ("rnn"),
    // which opens the name scope rnn/while/rnn/; each cell runs under variable_scope("cell_%d"). The same cell
    // twice is built once (kernel [3+4, 16]) and reused under cell_1, whose input is 4 wide: its MatMul, in
    // the layer's original name scope, gets [?, 8] against [7, 16].
    const { out, err, r } = run(`import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 5, 3])
m = tf.nn.rnn_cell.MultiRNNCell([tf.nn.rnn_cell.BasicLSTMCell(4), tf.nn.rnn_cell.BasicLSTMCell(4)])
out, st = tf.nn.dynamic_rnn(m, x, dtype=tf.float32)
print([v.name for v in tf.global_variables()])
print(st[1].h, m.state_size)
print([op.name for op in tf.get_default_graph().get_operations() if op.name.endswith("MatMul")])
tf.reset_default_graph()
x = tf.placeholder(tf.float32, [None, 5, 3])
c = tf.nn.rnn_cell.BasicLSTMCell(4)
try:
    tf.nn.dynamic_rnn(tf.nn.rnn_cell.MultiRNNCell([c] * 2), x, dtype=tf.float32)
except ValueError as e:
    print(e)
`);
    expect(r.exception).toBeUndefined();
    expect(out).toBe([
      "['rnn/multi_rnn_cell/cell_0/basic_lstm_cell/kernel:0', 'rnn/multi_rnn_cell/cell_0/basic_lstm_cell/bias:0', " +
        "'rnn/multi_rnn_cell/cell_1/basic_lstm_cell/kernel:0', 'rnn/multi_rnn_cell/cell_1/basic_lstm_cell/bias:0']",
      "Tensor(\"rnn/while/Exit_6:0\", shape=(?, 4), dtype=float32) (LSTMStateTuple(c=4, h=4), LSTMStateTuple(c=4, h=4))",
      "['rnn/while/rnn/multi_rnn_cell/cell_0/basic_lstm_cell/MatMul', 'rnn/while/rnn/multi_rnn_cell/cell_1/basic_lstm_cell/MatMul']",
      "Dimensions must be equal, but are 8 and 7 for 'rnn/while/rnn/multi_rnn_cell/cell_0/basic_lstm_cell/MatMul_1' (op: 'MatMul') with input shapes: [?,8], [7,16].",
      "",
    ].join("\n"));
    // MultiRNNCell.__init__: logging.log_first_n(WARN, ...) for the same cell twice.
    expect(err).toContain("WARNING:tensorflow:At least two cells provided to MultiRNNCell are the same object and will share weights.\n");
  });

  it("raises TF's errors for a repeated cell name, a missing dtype and inputs of rank 2", () => {
    const { out, r } = run(`import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 5, 3])
tf.nn.dynamic_rnn(tf.nn.rnn_cell.GRUCell(4, name="g"), x, dtype=tf.float32)
try:
    tf.nn.dynamic_rnn(tf.nn.rnn_cell.GRUCell(4, name="g"), x, dtype=tf.float32)
except ValueError as e:
    print(str(e).split("\\n")[0])
try:
    tf.nn.dynamic_rnn(tf.nn.rnn_cell.GRUCell(4), x)
except ValueError as e:
    print(e)
try:
    tf.nn.dynamic_rnn(tf.nn.rnn_cell.GRUCell(4), tf.placeholder(tf.float32, [None, 3]), dtype=tf.float32)
except ValueError as e:
    print(e)
`);
    expect(r.exception).toBeUndefined();
    expect(out).toBe([
      // A named layer opens variable_scope("g") under "rnn": the second cell's get_variable finds the first's.
      "Variable rnn/g/gates/kernel already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope? Originally defined at:",
      "If there is no initial_state, you must give a dtype.",
      // _transpose_batch_time swaps the two dims, then _dynamic_rnn_loop's with_rank_at_least(3).
      "Shape (3, ?) must have rank at least 3",
      "",
    ].join("\n"));
  });

  it("runs the loop in a Session: an LSTM over three steps", () => {
    // Reference: the cell's math in float32 numpy (kernel 0.05 everywhere from the scope initializer, bias 0).
    const { out, r } = run(`import tensorflow as tf
import numpy as np
x = tf.placeholder(tf.float32, [None, 3, 2])
with tf.variable_scope("v", initializer=tf.constant_initializer(0.05)):
    out, st = tf.nn.dynamic_rnn(tf.nn.rnn_cell.BasicLSTMCell(2), x, dtype=tf.float32)
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    o, c = s.run([out, st.c], {x: np.arange(12, dtype=np.float32).reshape(2, 3, 2) / 10})
print(" ".join("%.5f" % v for v in o.ravel()))
print(" ".join("%.5f" % v for v in c.ravel()))
`);
    expect(r.exception).toBeUndefined();
    expect(out).toBe([
      "0.00126 0.00126 0.00737 0.00737 0.01746 0.01746 0.01729 0.01729 0.03655 0.03655 0.05766 0.05766",
      "0.03415 0.03415 0.10982 0.10982",
      "",
    ].join("\n"));
  });

  it("sequence_length: the sequence_length and CheckSeqLen identities, the shape Assert, min/max before the loop", () => {
    // rnn.py 659-667: math_ops.cast of an int32 list converts it as Cast/x and makes no Cast op; 681-696: Assert
    // of the length vector's shape against stack([batch_size]) (string/int32 data: the Assert op itself, its
    // strings converted twice, as Assert/Const* and Assert/Assert/data_*); 804-806: reduce_min and reduce_max.
    const { out, r } = run(`import tensorflow as tf
x = tf.placeholder(tf.float32, [2, 3, 1])
out, st = tf.nn.dynamic_rnn(tf.nn.rnn_cell.BasicRNNCell(2), x, sequence_length=[3, 1], dtype=tf.float32)
g = tf.get_default_graph()
ops = [o for o in g.get_operations() if "while" not in o.name and "ZeroState" not in o.name and "basic_rnn_cell" not in o.name]
names = [o.name for o in ops]
for o in ops[names.index("rnn/Cast/x"):names.index("rnn/time") + 1]:
    print(o.name, o.type, [t.name for t in o.inputs], [c.name for c in o.control_inputs])
a = g.get_operation_by_name("rnn/Assert/Assert")
print(a.get_attr("T"), a.get_attr("summarize"), tf.Session().run(g.get_tensor_by_name("rnn/Assert/Assert/data_0:0")))
`);
    expect(r.exception).toBeUndefined();
    expect(out).toBe([
      "rnn/Cast/x Const [] []",
      "rnn/sequence_length Identity ['rnn/Cast/x:0'] []",
      "rnn/Shape Const [] []",
      "rnn/stack Const [] []",
      "rnn/Equal Equal ['rnn/Shape:0', 'rnn/stack:0'] []",
      "rnn/Const Const [] []",
      "rnn/All All ['rnn/Equal:0', 'rnn/Const:0'] []",
      "rnn/Assert/Const Const [] []",
      "rnn/Assert/Const_1 Const [] []",
      "rnn/Assert/Assert/data_0 Const [] []",
      "rnn/Assert/Assert/data_2 Const [] []",
      "rnn/Assert/Assert Assert ['rnn/All:0', 'rnn/Assert/Assert/data_0:0', 'rnn/stack:0', 'rnn/Assert/Assert/data_2:0', 'rnn/Shape:0'] []",
      "rnn/CheckSeqLen Identity ['rnn/sequence_length:0'] ['rnn/Assert/Assert']",
      "rnn/Shape_1 Const [] []",
      "rnn/strided_slice/stack Const [] []",
      "rnn/strided_slice/stack_1 Const [] []",
      "rnn/strided_slice/stack_2 Const [] []",
      "rnn/strided_slice StridedSlice ['rnn/Shape_1:0', 'rnn/strided_slice/stack:0', 'rnn/strided_slice/stack_1:0', 'rnn/strided_slice/stack_2:0'] []",
      "rnn/Const_1 Const [] []",
      "rnn/Const_2 Const [] []",
      "rnn/concat_1/axis Const [] []",
      "rnn/concat_1 ConcatV2 ['rnn/Const_1:0', 'rnn/Const_2:0', 'rnn/concat_1/axis:0'] []",
      "rnn/zeros/Const Const [] []",
      "rnn/zeros Fill ['rnn/concat_1:0', 'rnn/zeros/Const:0'] []",
      "rnn/Const_3 Const [] []",
      "rnn/Min Min ['rnn/CheckSeqLen:0', 'rnn/Const_3:0'] []",
      "rnn/Const_4 Const [] []",
      "rnn/Max Max ['rnn/CheckSeqLen:0', 'rnn/Const_4:0'] []",
      "rnn/time Const [] []",
      "[tf.string, tf.int32, tf.string, tf.int32] 3 b'Expected shape for Tensor rnn/sequence_length:0 is '",
      "",
    ].join("\n"));
  });

  it("sequence_length: each step selects the zero output and the old state where time >= length (_rnn_step)", () => {
    // rnn.py 233-257 with skip_conditionals=True (dynamic_rnn 870-880): GreaterEqual before the cell, then a
    // Select per output and per state, colocated with the cell's new value; the loop bound is
    // minimum(time_steps, maximum(1, max_sequence_length)) (903-905).
    const { out, r } = run(`import tensorflow as tf
x = tf.placeholder(tf.float32, [2, 3, 1])
lens = tf.placeholder(tf.int64, [None])
with tf.variable_scope("s", initializer=tf.constant_initializer(0.5)):
    out, st = tf.nn.dynamic_rnn(tf.nn.rnn_cell.BasicRNNCell(2, activation=tf.identity), x, sequence_length=lens, dtype=tf.float32)
print(out, st)
g = tf.get_default_graph()
print([(o.name, o.type) for o in g.get_operations() if o.name in ("s/rnn/Cast", "s/rnn/Shape", "s/rnn/stack")])
for n in ["s/rnn/while/GreaterEqual", "s/rnn/while/Select", "s/rnn/while/Select_1"]:
    o = g.get_operation_by_name(n)
    print(n, [t.name for t in o.inputs], o.colocation_groups())
print(g.get_operation_by_name("s/rnn/Maximum").inputs[1].name, g.get_operation_by_name("s/rnn/Minimum").inputs[1].name)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    o, h = sess.run([out, st], {x: [[[1.0], [2.0], [3.0]], [[4.0], [5.0], [6.0]]], lens: [3, 1]})
    print(o.tolist(), h.tolist())
    o, h = sess.run([out, st], {x: [[[1.0], [2.0], [3.0]], [[4.0], [5.0], [6.0]]], lens: [2, 0]})
    print(o.tolist(), h.tolist())
`);
    expect(r.exception).toBeUndefined();
    expect(out).toBe([
      'Tensor("s/rnn/transpose_1:0", shape=(2, 3, 2), dtype=float32) Tensor("s/rnn/while/Exit_3:0", shape=(2, 2), dtype=float32)',
      // An int64 placeholder is cast; its static shape (?) is not [2]: Shape and stack are ops.
      "[('s/rnn/Cast', 'Cast'), ('s/rnn/Shape', 'Shape'), ('s/rnn/stack', 'Const')]",
      "s/rnn/while/GreaterEqual ['s/rnn/while/Identity_1:0', 's/rnn/while/GreaterEqual/Enter:0'] [b'loc:@s/rnn/while/GreaterEqual']",
      "s/rnn/while/Select ['s/rnn/while/GreaterEqual:0', 's/rnn/while/Select/Enter:0', 's/rnn/while/basic_rnn_cell/Identity:0'] [b'loc:@s/rnn/while/basic_rnn_cell/Identity']",
      "s/rnn/while/Select_1 ['s/rnn/while/GreaterEqual:0', 's/rnn/while/Identity_3:0', 's/rnn/while/basic_rnn_cell/Identity:0'] [b'loc:@s/rnn/while/basic_rnn_cell/Identity']",
      "s/rnn/Max:0 s/rnn/Maximum:0",
      // Kernel 0.5 everywhere, bias 0, identity activation: h_t = 0.5 x_t + h_{t-1} for both units. Past its
      // length a row's output is zero and its state stays; length 0 keeps the zero state.
      "[[[0.5, 0.5], [1.5, 1.5], [3.0, 3.0]], [[2.0, 2.0], [0.0, 0.0], [0.0, 0.0]]] [[3.0, 3.0], [2.0, 2.0]]",
      "[[[0.5, 0.5], [1.5, 1.5], [0.0, 0.0]], [[0.0, 0.0], [0.0, 0.0], [0.0, 0.0]]] [[1.5, 1.5], [0.0, 0.0]]",
      "",
    ].join("\n"));
  });

  it("sequence_length: the rank check's ValueError; static_rnn's and bidirectional_dynamic_rnn's stay refused by name", () => {
    const a = run(`import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 5, 3])
try:
    tf.nn.dynamic_rnn(tf.nn.rnn_cell.GRUCell(4), x, sequence_length=[[5, 5]], dtype=tf.float32)
except ValueError as e:
    print(e)
`);
    expect(a.out).toBe("sequence_length must be a vector of length batch_size, but saw shape: (1, 2)\n");
    const b = run(`import tensorflow as tf
xs = [tf.placeholder(tf.float32, [2, 3])] * 2
tf.nn.static_rnn(tf.nn.rnn_cell.GRUCell(4), xs, sequence_length=[1, 2], dtype=tf.float32)
`);
    expect(b.r.unsupported?.feature).toBe("tf.nn.static_rnn(sequence_length=...)");
    const c = run(`import tensorflow as tf
x = tf.placeholder(tf.float32, [2, 5, 3])
tf.nn.bidirectional_dynamic_rnn(tf.nn.rnn_cell.GRUCell(4), tf.nn.rnn_cell.GRUCell(4), x, sequence_length=[1, 2], dtype=tf.float32)
`);
    expect(c.r.unsupported?.feature).toBe("tf.nn.bidirectional_dynamic_rnn(sequence_length=...)");
  });
});

describe("tf.nn.static_rnn (rnn.py 1.15 1266-1444)", () => {
  it("unrolls under rnn/ with the cell's ops renamed per step, and trains through the steps", () => {
    // Step 0 builds the layer; later steps reuse it (varscope.reuse_variables(), the built layer's reuse
    // scope) with ops in its original name scope: Tanh, Tanh_1, Tanh_2. Reference numbers from float32 numpy:
    // forward tanh(concat(x, h) @ k + b), backward through three steps, one SGD step of 0.5 on sum(h_3).
    const { out, r } = run(`import tensorflow as tf
import numpy as np
xs = [tf.placeholder(tf.float32, [2, 3], name="x%d" % i) for i in range(3)]
cell = tf.nn.rnn_cell.BasicRNNCell(2)
with tf.variable_scope("v", initializer=tf.constant_initializer(0.1)):
    outs, st = tf.nn.static_rnn(cell, xs, dtype=tf.float32)
print(outs, st)
print([v.name for v in tf.global_variables()])
train = tf.train.GradientDescentOptimizer(0.5).minimize(tf.reduce_sum(outs[-1]))
feed = {x: np.full((2, 3), 0.1 * (i + 1), np.float32) for i, x in enumerate(xs)}
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(s.run(outs[-1], feed).tolist())
    s.run(train, feed)
    k, b = s.run(cell.trainable_weights)
print(k[:, 0].tolist(), b.tolist())
`);
    expect(r.exception).toBeUndefined();
    expect(out).toBe([
      "[<tf.Tensor 'v/rnn/basic_rnn_cell/Tanh:0' shape=(2, 2) dtype=float32>, <tf.Tensor 'v/rnn/basic_rnn_cell/Tanh_1:0' shape=(2, 2) dtype=float32>, " +
        "<tf.Tensor 'v/rnn/basic_rnn_cell/Tanh_2:0' shape=(2, 2) dtype=float32>] Tensor(\"v/rnn/basic_rnn_cell/Tanh_2:0\", shape=(2, 2), dtype=float32)",
      "['v/rnn/basic_rnn_cell/kernel:0', 'v/rnn/basic_rnn_cell/bias:0']",
      "[[0.1028159037232399, 0.1028159037232399], [0.1028159037232399, 0.1028159037232399]]",
      "[-0.2401709258556366, -0.2401709258556366, -0.2401709258556366, 0.028885111212730408, 0.028885111212730408] [-1.2258250713348389, -1.2258250713348389]",
      "",
    ].join("\n"));
  });
});

describe("tf.nn.bidirectional_dynamic_rnn (rnn.py 1.15 364-514)", () => {
  it("runs dynamic_rnn under bidirectional_rnn/fw and /bw, the backward one on time-reversed inputs", () => {
    // dynamic_rnn(scope=fw_scope) re-enters the scope object: ops under bidirectional_rnn/fw/fw/; the inputs
    // and the backward outputs go through array_ops.reverse (ReverseV2), the latter outside the scope.
    // Reference: GRU math in float32 numpy (kernels 0.05 from the scope initializer, gates bias 1, candidate 0).
    const { out, r } = run(`import tensorflow as tf
import numpy as np
x = tf.placeholder(tf.float32, [None, 3, 2])
with tf.variable_scope("v", initializer=tf.constant_initializer(0.05)):
    (of, ob), (sf, sb) = tf.nn.bidirectional_dynamic_rnn(tf.nn.rnn_cell.GRUCell(2), tf.nn.rnn_cell.GRUCell(2), x, dtype=tf.float32)
print(of, ob)
print(sf, sb)
print([v.name for v in tf.global_variables()])
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    a, b = s.run([of, ob], {x: np.arange(12, dtype=np.float32).reshape(2, 3, 2) / 10})
print(" ".join("%.5f" % v for v in a.ravel()))
print(" ".join("%.5f" % v for v in b.ravel()))
`);
    expect(r.exception).toBeUndefined();
    expect(out).toBe([
      'Tensor("v/bidirectional_rnn/fw/fw/transpose_1:0", shape=(?, 3, 2), dtype=float32) Tensor("v/ReverseV2:0", shape=(?, 3, 2), dtype=float32)',
      'Tensor("v/bidirectional_rnn/fw/fw/while/Exit_3:0", shape=(?, 2), dtype=float32) Tensor("v/bidirectional_rnn/bw/bw/while/Exit_3:0", shape=(?, 2), dtype=float32)',
      "['v/bidirectional_rnn/fw/gru_cell/gates/kernel:0', 'v/bidirectional_rnn/fw/gru_cell/gates/bias:0', " +
        "'v/bidirectional_rnn/fw/gru_cell/candidate/kernel:0', 'v/bidirectional_rnn/fw/gru_cell/candidate/bias:0', " +
        "'v/bidirectional_rnn/bw/gru_cell/gates/kernel:0', 'v/bidirectional_rnn/bw/gru_cell/gates/bias:0', " +
        "'v/bidirectional_rnn/bw/gru_cell/candidate/kernel:0', 'v/bidirectional_rnn/bw/gru_cell/candidate/bias:0']",
      "0.00134 0.00134 0.00761 0.00761 0.01747 0.01747 0.01664 0.01664 0.03414 0.03414 0.05226 0.05226",
      "0.01294 0.01294 0.01543 0.01543 0.01170 0.01170 0.04814 0.04814 0.04133 0.04133 0.02603 0.02603",
      "",
    ].join("\n"));
  });
});
