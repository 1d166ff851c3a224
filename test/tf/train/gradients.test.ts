/**
 * tf.gradients and tf.train.GradientDescentOptimizer as TF 1.15 builds and runs them. Expected op names
 * follow gradients_util.py / math_grad.py / optimizer.py; values use dyadic numbers so float32
 * arithmetic is exact and the expected digits are the real ones.
 */
import { describe, expect, it } from "vitest";
import { runTf } from "../../../src/shim/run.js";

function run(source: string) {
  const r = runTf(source, { filename: "prog.py", profile: "1.15" });
  const last = r.stderr.trimEnd().split("\n").pop() ?? "";
  return { stdout: r.stdout, last };
}

const MODEL = `import tensorflow as tf
x = tf.constant([[1.0, 2.0], [3.0, 4.0]])
w = tf.Variable([[0.5], [-1.0]], name="w")
b = tf.Variable([0.25], name="b")
y = tf.matmul(x, w) + b
loss = tf.reduce_mean(tf.square(y - tf.constant([[1.0], [2.0]])))
`;

const gradOps = `
for op in tf.get_default_graph().get_operations():
    if op.name.startswith("gradients") or op.name.startswith("GradientDescent"):
        print(op.name, op.type, ",".join(i.name for i in op.inputs), ",".join(c.name for c in op.control_inputs))
`;

describe("tf.gradients", () => {
  it("builds TF 1.15's ops with their names: Fill(Shape, grad_ys_0), the reduce-all Mean branch, Square's control dependency, the cached BroadcastGradientArgs", () => {
    const r = run(MODEL + "g = tf.gradients(loss, [w, b])\nprint([t.name for t in g])" + gradOps);
    expect(r.stdout.split("\n")).toEqual([
      "['gradients/MatMul_grad/MatMul_1:0', 'gradients/add_grad/Reshape:0']",
      "gradients/Shape Const  ",
      "gradients/grad_ys_0 Const  ",
      "gradients/Fill Fill gradients/Shape:0,gradients/grad_ys_0:0 ",
      // _SumGrad: axes == arange(rank) → Reshape to [1, 1], Tile by the constant input shape.
      "gradients/Mean_grad/Reshape/shape Const  ",
      "gradients/Mean_grad/Reshape Reshape gradients/Fill:0,gradients/Mean_grad/Reshape/shape:0 ",
      "gradients/Mean_grad/Const Const  ",
      "gradients/Mean_grad/Tile Tile gradients/Mean_grad/Reshape:0,gradients/Mean_grad/Const:0 ",
      // _MeanGrad: the factor 2 as a constant of the gradient's dtype, then truediv.
      "gradients/Mean_grad/Const_1 Const  ",
      "gradients/Mean_grad/truediv RealDiv gradients/Mean_grad/Tile:0,gradients/Mean_grad/Const_1:0 ",
      // _SquareGrad runs under control_dependencies([grad]): only the Const is not dominated.
      "gradients/Square_grad/Const Const  gradients/Mean_grad/truediv",
      "gradients/Square_grad/Mul Mul sub:0,gradients/Square_grad/Const:0 ",
      "gradients/Square_grad/Mul_1 Mul gradients/Mean_grad/truediv:0,gradients/Square_grad/Mul:0 ",
      "gradients/sub_grad/Neg Neg gradients/Square_grad/Mul_1:0 ",
      // SmartBroadcastGradientArgs with known shapes: the op is built once and evaluated.
      "gradients/add_grad/BroadcastGradientArgs/s0 Const  ",
      "gradients/add_grad/BroadcastGradientArgs/s1 Const  ",
      "gradients/add_grad/BroadcastGradientArgs BroadcastGradientArgs gradients/add_grad/BroadcastGradientArgs/s0:0,gradients/add_grad/BroadcastGradientArgs/s1:0 ",
      "gradients/add_grad/Sum/reduction_indices Const  ",
      "gradients/add_grad/Sum Sum gradients/Square_grad/Mul_1:0,gradients/add_grad/Sum/reduction_indices:0 ",
      "gradients/add_grad/Reshape/shape Const  ",
      "gradients/add_grad/Reshape Reshape gradients/add_grad/Sum:0,gradients/add_grad/Reshape/shape:0 ",
      "gradients/MatMul_grad/MatMul MatMul gradients/Square_grad/Mul_1:0,w/read:0 ",
      "gradients/MatMul_grad/MatMul_1 MatMul Const:0,gradients/Square_grad/Mul_1:0 ",
      "",
    ]);
  });

  it("computes the gradients' values (d = y - t = [-2.25, -4.25]: dw = x^T d, db = sum d)", () => {
    const r = run(MODEL + `g = tf.gradients(loss, [w, b])
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    gw, gb = s.run(g)
    print(gw.tolist(), gb.tolist(), s.run(loss))
`);
    expect(r.stdout).toBe("[[-15.0], [-21.5]] [-6.5] 11.5625\n");
  });

  it("returns None where no path leads from y to x, as TF does", () => {
    const r = run(MODEL + `c = tf.Variable(3.0, name="c")
print(tf.gradients(loss, [c, w])[0], tf.gradients(loss, c, unconnected_gradients="zero")[0].name)
`);
    // The second call opens `gradients_1`; UnconnectedGradients.ZERO is zeros_like(x) in its scope.
    expect(r.stdout).toBe("None gradients_1/zeros_like:0\n");
  });

  it("sums several gradients of one tensor with one AddN in the gradients scope", () => {
    const r = run(`import tensorflow as tf
a = tf.constant(3.0)
y = a * a
g = tf.gradients(y, a)[0]
print(g.name, g.op.type)
with tf.Session() as s:
    print(s.run(g))
`);
    // _MulGrad of mul(a, a): Mul (grad*y) and Mul_1 (x*grad) both reach a: _MultiDeviceAddN.
    expect(r.stdout).toBe("gradients/AddN:0 AddN\n6.0\n");
  });

  it("refuses by name the gradient of an op tfscope has no gradient function for", () => {
    const r = run(`import tensorflow as tf
v = tf.Variable([1.0, 2.0])
tf.gradients(tf.gather(v * 1.0, [0]), v)
`);
    // GatherV2's gradient is an IndexedSlices (array_grad.py 536), which tfscope refuses. (Relu6, the op
    // this test used to name, now has nn_grad.py's gradient.)
    expect(r.last).toContain("gradient of GatherV2");
  });
});

describe("tf.train.GradientDescentOptimizer", () => {
  it("names the graph minimize builds: gated gradients (tuple/control_dependency), update_<var>/ApplyGradientDescent, the group", () => {
    const r = run(MODEL + `train = tf.train.GradientDescentOptimizer(0.5).minimize(loss)
print(train.name, train.type, [c.name for c in train.control_inputs])
print(tf.get_collection(tf.GraphKeys.TRAIN_OP) == [train])
for op in tf.get_default_graph().get_operations():
    if "tuple" in op.name or op.name.startswith("GradientDescent/"):
        print(op.name, op.type, ",".join(i.name for i in op.inputs), ",".join(c.name for c in op.control_inputs))
`);
    expect(r.stdout.split("\n")).toEqual([
      "GradientDescent NoOp ['GradientDescent/update_w/ApplyGradientDescent', 'GradientDescent/update_b/ApplyGradientDescent']",
      "True",
      // Optimizer.GATE_OP: every op whose gradient function returns 2+ gradients is gated by a tuple.
      "gradients/sub_grad/tuple/group_deps NoOp  gradients/Square_grad/Mul_1,gradients/sub_grad/Neg",
      "gradients/sub_grad/tuple/control_dependency Identity gradients/Square_grad/Mul_1:0 gradients/sub_grad/tuple/group_deps",
      "gradients/sub_grad/tuple/control_dependency_1 Identity gradients/sub_grad/Neg:0 gradients/sub_grad/tuple/group_deps",
      // tuple() sorts the gating ops by creation (op._id).
      "gradients/add_grad/tuple/group_deps NoOp  gradients/sub_grad/tuple/control_dependency,gradients/add_grad/Reshape",
      "gradients/add_grad/tuple/control_dependency Identity gradients/sub_grad/tuple/control_dependency:0 gradients/add_grad/tuple/group_deps",
      "gradients/add_grad/tuple/control_dependency_1 Identity gradients/add_grad/Reshape:0 gradients/add_grad/tuple/group_deps",
      "gradients/MatMul_grad/tuple/group_deps NoOp  gradients/MatMul_grad/MatMul,gradients/MatMul_grad/MatMul_1",
      "gradients/MatMul_grad/tuple/control_dependency Identity gradients/MatMul_grad/MatMul:0 gradients/MatMul_grad/tuple/group_deps",
      "gradients/MatMul_grad/tuple/control_dependency_1 Identity gradients/MatMul_grad/MatMul_1:0 gradients/MatMul_grad/tuple/group_deps",
      "GradientDescent/learning_rate Const  ",
      "GradientDescent/update_w/ApplyGradientDescent ApplyGradientDescent w:0,GradientDescent/learning_rate:0,gradients/MatMul_grad/tuple/control_dependency_1:0 ",
      "GradientDescent/update_b/ApplyGradientDescent ApplyGradientDescent b:0,GradientDescent/learning_rate:0,gradients/add_grad/tuple/control_dependency_1:0 ",
      "",
    ]);
  });

  it("trains: one step of lr 0.5 moves w by -0.5 * [-15, -21.5] and b by -0.5 * -6.5; the global step counts", () => {
    const r = run(MODEL + `gs = tf.train.get_or_create_global_step()
train = tf.train.GradientDescentOptimizer(0.5).minimize(loss, global_step=gs)
print(gs.name, train.name, train.type, tf.train.get_global_step() is gs)
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    s.run(train)
    print(s.run(w).tolist(), s.run(b).tolist(), s.run(gs))
`);
    expect(r.stdout).toBe("global_step:0 GradientDescent AssignAdd True\n[[8.0], [9.75]] [3.5] 1\n");
  });

  it("rejects a loss of a non-float dtype with TF's message (the valid set iterates as CPython orders it)", () => {
    const r = run(`import tensorflow as tf
v = tf.Variable(1)
tf.train.GradientDescentOptimizer(0.1).minimize(tf.constant(1))
`);
    expect(r.last).toBe("ValueError: Invalid type tf.int32 for Const:0, expected: [tf.float32, tf.float64, tf.float16, tf.bfloat16].");
  });

  it("says 'No variables to optimize.' in a graph without trainable variables", () => {
    const r = run(`import tensorflow as tf
tf.train.GradientDescentOptimizer(0.1).minimize(tf.constant(1.0))
`);
    expect(r.last).toBe("ValueError: No variables to optimize.");
  });
});

describe("tf.train.MomentumOptimizer", () => {
  it("makes a zeros slot <var>/Momentum per variable and applies accum = accum * m + g; var -= lr * accum", () => {
    const r = run(MODEL + `opt = tf.train.MomentumOptimizer(0.5, 0.5)
train = opt.minimize(loss)
print(opt.get_slot_names(), opt.get_slot(w, "momentum").name, [v.name for v in tf.global_variables()])
print(train.name, train.type, [i.op.type for i in opt.get_slot(w, "momentum").initial_value.op.inputs] == [], opt.get_slot(w, "momentum").initial_value.name)
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    s.run(train)
    s.run(train)
    print(s.run(w).tolist())
`);
    // Step 1 as for GradientDescent (accum = g); step 2: d = [30, 64.5], g = [223.5, 318],
    // accum = [216, 307.25], w = [8 - 108, 9.75 - 153.625].
    expect(r.stdout).toBe("['momentum'] w/Momentum:0 ['w:0', 'b:0', 'w/Momentum:0', 'b/Momentum:0']\n"
      + "Momentum NoOp True w/Momentum/Initializer/zeros:0\n[[-100.0], [-143.875]]\n");
  });
});

describe("tf.argmax", () => {
  it("builds ArgMax (int64 by default, axis 0 when None) and computes it", () => {
    const r = run(`import tensorflow as tf
t = tf.constant([[1.0, 5.0, 2.0], [7.0, 0.0, 3.0]])
a, b = tf.argmax(t, 1), tf.argmax(t)
print(a.name, a.dtype, a.shape, b.shape, tf.argmin(t, axis=1, output_type=tf.int32).dtype)
with tf.Session() as s:
    print(s.run(a).tolist(), s.run(b).tolist())
`);
    expect(r.stdout).toBe("ArgMax:0 <dtype: 'int64'> (2,) (3,) <dtype: 'int32'>\n[1, 0] [1, 0, 1]\n");
  });
});

describe("tf.train.AdamOptimizer", () => {
  it("makes beta1_power/beta2_power, slots <var>/Adam and <var>/Adam_1, ApplyAdam per variable and the Adam/mul, Adam/Assign updates", () => {
    const r = run(MODEL + `opt = tf.train.AdamOptimizer(0.5)
train = opt.minimize(loss)
print([v.name for v in tf.global_variables()], opt.get_slot_names())
print(train.name, [c.name for c in train.control_inputs])
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    s.run(train)
    print([round(v[0], 5) for v in s.run(w).tolist()], s.run(opt.get_slot(w, "m")).tolist()[0])
`);
    // The first Adam step moves each weight by lr * sign(g) (up to rounding); m = g * float32(1 - 0.9).
    expect(r.stdout).toBe("['w:0', 'b:0', 'beta1_power:0', 'beta2_power:0', 'w/Adam:0', 'w/Adam_1:0', 'b/Adam:0', 'b/Adam_1:0'] ['m', 'v']\n"
      + "Adam ['Adam/update_w/ApplyAdam', 'Adam/update_b/ApplyAdam', 'Adam/Assign', 'Adam/Assign_1']\n"
      + "[1.0, -0.5] [-1.5000003576278687]\n");
  });
});

describe("tf.nn.xw_plus_b", () => {
  it("is MatMul then a BiasAdd named after its scope, differentiated through BiasAddGrad and a Shape-tiled Sum", () => {
    const r = run(`import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 2])
W = tf.Variable([[1.0, 2.0], [3.0, 4.0]])
b = tf.Variable([0.5, -0.5])
y = tf.nn.xw_plus_b(x, W, b)
g = tf.gradients(tf.reduce_sum(y), [W, b])
print(y.name, y.op.inputs[0].name, y.shape, [t.name for t in g])
print(tf.get_default_graph().get_operation_by_name("gradients/Sum_grad/Tile").inputs[1].op.type)
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(s.run(y, {x: [[1.0, 1.0]]}).tolist(), [v.tolist() for v in s.run(g, {x: [[1.0, 1.0], [2.0, 0.0]]})])
`);
    // x has an unknown batch dim, so _SumGrad tiles by Shape(x_plus_b) rather than a constant.
    expect(r.stdout).toBe("xw_plus_b:0 xw_plus_b/MatMul:0 (?, 2) ['gradients/xw_plus_b/MatMul_grad/MatMul_1:0', 'gradients/xw_plus_b_grad/BiasAddGrad:0']\n"
      + "Shape\n[[4.5, 5.5]] [[[3.0, 3.0], [1.0, 1.0]], [2.0, 2.0]]\n");
  });
});

describe("tf.train.AdagradOptimizer", () => {
  it("makes an accumulator slot <var>/Adagrad of initial_accumulator_value and applies accum += g^2; var -= lr * g / sqrt(accum)", () => {
    const r = run(`import tensorflow as tf
w = tf.Variable([1.0, 2.0], name="w")
opt = tf.train.AdagradOptimizer(0.5)
t = opt.minimize(tf.reduce_sum(w * w))
acc = opt.get_slot(w, "accumulator")
print(acc.name, acc.initial_value.name, t.name, [c.name for c in t.control_inputs])
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    s.run(t)
    print(s.run(acc).tolist(), [round(v, 5) for v in s.run(w).tolist()])
`);
    // g = 2w = [2, 4]: accum = 0.1 + [4, 16]; w = [1 - 1/sqrt(4.1), 2 - 2/sqrt(16.1)].
    expect(r.stdout).toBe("w/Adagrad:0 w/Adagrad/Initializer/Const:0 Adagrad ['Adagrad/update_w/ApplyAdagrad']\n"
      + "[4.099999904632568, 16.100000381469727] [0.50614, 1.50156]\n");
  });

  it("reads the loss's dtype before converting it, as optimizer.py does: loss = ... is an AttributeError", () => {
    const r = run(`import tensorflow as tf
x = tf.Variable(1.0)
tf.train.AdagradOptimizer(0.01).minimize(...)
`);
    expect(r.last).toBe("AttributeError: 'ellipsis' object has no attribute 'dtype'");
  });

  it("rejects a non-positive initial_accumulator_value with TF's message", () => {
    expect(run("import tensorflow as tf\ntf.train.AdagradOptimizer(0.1, initial_accumulator_value=0)\n").last)
      .toBe("ValueError: initial_accumulator_value must be positive: 0");
  });
});
