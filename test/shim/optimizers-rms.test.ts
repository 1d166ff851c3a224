import { describe, expect, it } from "vitest";
import { runOut as run } from "./run-tf.js";

const MODEL = `import tensorflow as tf
import numpy as np
w = tf.Variable([1.0, -2.0], name='w')
b = tf.Variable(0.5, name='b')
loss = tf.reduce_sum(w * w) + b * 3.0
`;

describe("tf.train.RMSPropOptimizer (rmsprop.py, training_ops.cc ApplyRMSProp/ApplyCenteredRMSProp)", () => {
  it("makes the rms (ones) and momentum slots <var>/RMSProp, <var>/RMSProp_1 and one ApplyRMSProp per variable", () => {
    const { out, r } = run(`${MODEL}
opt = tf.train.RMSPropOptimizer(0.1, momentum=0.5)
train = opt.minimize(loss)
print([v.name for v in tf.global_variables()])
print(opt.get_slot_names(), opt.get_slot(w, "rms").name, opt.get_slot(w, "momentum").name, opt.get_slot(w, "mg"))
for o in tf.get_default_graph().get_operations():
    if o.name.startswith("RMSProp"):
        print(o.name, o.type, [t.name for t in o.inputs][:7])
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(s.run(opt.get_slot(w, "rms")))
    for i in range(3):
        s.run(train)
        print(s.run([w, b]))
`);
    expect(r.exception).toBeUndefined();
    // ms += (g^2 - ms) * (1 - rho); mom = mom * momentum + g * lr / sqrt(ms + eps); var -= mom, in float32.
    expect(out).toBe([
      "['w:0', 'b:0', 'w/RMSProp:0', 'w/RMSProp_1:0', 'b/RMSProp:0', 'b/RMSProp_1:0']",
      "['momentum', 'rms'] w/RMSProp:0 w/RMSProp_1:0 None",
      "RMSProp/learning_rate Const []",
      "RMSProp/decay Const []",
      "RMSProp/momentum Const []",
      "RMSProp/epsilon Const []",
      "RMSProp/update_w/ApplyRMSProp ApplyRMSProp ['w:0', 'w/RMSProp:0', 'w/RMSProp_1:0', 'RMSProp/learning_rate:0', 'RMSProp/decay:0', 'RMSProp/momentum:0', 'RMSProp/epsilon:0']",
      "RMSProp/update_b/ApplyRMSProp ApplyRMSProp ['b:0', 'b/RMSProp:0', 'b/RMSProp_1:0', 'RMSProp/learning_rate:0', 'RMSProp/decay:0', 'RMSProp/momentum:0', 'RMSProp/epsilon:0']",
      "RMSProp NoOp []",
      "[1. 1.]",
      "[array([ 0.8245884, -1.7470179], dtype=float32), 0.2763932]",
      "[array([ 0.59954554, -1.4329795 ], dtype=float32), -0.024392396]",
      "[array([ 0.387154, -1.131669], dtype=float32), -0.34333515]",
      "",
    ].join("\n"));
  });

  it("centered: rms, mg, momentum slots in that order, ApplyCenteredRMSProp", () => {
    const { out, r } = run(`${MODEL}
opt = tf.train.RMSPropOptimizer(0.01, centered=True, name="C")
train = opt.minimize(loss)
print([v.name for v in tf.global_variables()][2:5], opt.get_slot(w, "mg").name)
print(train.control_inputs[0].name, train.control_inputs[0].type)
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    for i in range(2):
        s.run(train)
        print(s.run([w, b]))
`);
    expect(r.exception).toBeUndefined();
    // ms and mg move by (1 - rho); mom = g * lr / sqrt(ms - mg^2 + eps).
    expect(out).toBe([
      "['w/C:0', 'w/C_1:0', 'w/C_2:0'] w/C_1:0",
      "C/update_w/ApplyCenteredRMSProp ApplyCenteredRMSProp",
      "[array([ 0.98218256, -1.9738512 ], dtype=float32), 0.47705844]",
      "[array([ 0.965664 , -1.9519153], dtype=float32), 0.45680988]",
      "",
    ].join("\n"));
  });
});

describe("tf.train.AdadeltaOptimizer (adadelta.py, training_ops.cc ApplyAdadelta)", () => {
  it("makes accum and accum_update slots <var>/Adadelta, <var>/Adadelta_1, tensors lr, rho, epsilon", () => {
    const { out, r } = run(`${MODEL}
opt = tf.train.AdadeltaOptimizer(1.0)
train = opt.minimize(loss)
print([v.name for v in tf.global_variables()][2:], opt.get_slot_names())
print([o.name for o in tf.get_default_graph().get_operations() if o.name.startswith("Adadelta/") and o.type == "Const"])
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    s.run(train)
    print(np.round(s.run(w), 6), np.round(s.run(b), 6))
`);
    expect(r.exception).toBeUndefined();
    // accum = g^2 * 0.05; update = sqrt(0 + 1e-8) * rsqrt(accum + 1e-8) * g (about 4.47e-4 for any g here).
    expect(out).toBe([
      "['w/Adadelta:0', 'w/Adadelta_1:0', 'b/Adadelta:0', 'b/Adadelta_1:0'] ['accum', 'accum_update']",
      "['Adadelta/lr', 'Adadelta/rho', 'Adadelta/epsilon']",
      "[ 0.999553 -1.999553] 0.499553",
      "",
    ].join("\n"));
  });
});

describe("tf.train.ProximalGradientDescentOptimizer (proximal_gradient_descent.py, training_ops.cc ApplyProximalGradientDescent)", () => {
  it("has no slots and shrinks by lr * l1, then divides by 1 + l2 * lr", () => {
    const { out, r } = run(`import tensorflow as tf
w = tf.Variable([1.0, -2.0, 0.01], name='w')
loss = tf.reduce_sum(w * w)
opt = tf.train.ProximalGradientDescentOptimizer(0.1, l1_regularization_strength=0.5, l2_regularization_strength=0.25)
train = opt.minimize(loss)
print([o.name for o in tf.get_default_graph().get_operations() if o.name.startswith("ProximalGradientDescent")])
print(opt.get_slot_names())
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    s.run(train)
    print(s.run(w))
`);
    expect(r.exception).toBeUndefined();
    // prox = w - 2w * 0.1 = [0.8, -1.6, 0.008]; sign * max(|prox| - 0.05, 0) / 1.025.
    expect(out).toBe([
      "['ProximalGradientDescent/learning_rate', 'ProximalGradientDescent/l1_regularization_strength', 'ProximalGradientDescent/l2_regularization_strength', 'ProximalGradientDescent/update_w/ApplyProximalGradientDescent', 'ProximalGradientDescent']",
      "[]",
      "[ 0.73170733 -1.5121952   0.        ]",
      "",
    ].join("\n"));
  });
});
