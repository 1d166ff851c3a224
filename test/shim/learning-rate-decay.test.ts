import { describe, expect, it } from "vitest";
import { runOut as run } from "./run-tf.js";

describe("tf.train learning-rate decays (learning_rate_decay.py over keras learning_rate_schedule.py)", () => {
  it("exponential_decay: name_scope_v2 ExponentialDecay, the Cast scopes, the Mul named after the scope", () => {
    const { out, r } = run(`import tensorflow as tf
gs = tf.train.get_or_create_global_step()
lr = tf.train.exponential_decay(0.1, gs, 100, 0.96, staircase=True)
print(lr)
for o in tf.get_default_graph().get_operations():
    if o.name.startswith("ExponentialDecay"):
        print(o.name, o.type, [t.name for t in o.inputs])
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(s.run(lr))
    s.run(tf.assign(gs, 250))
    print(s.run(lr))
`);
    expect(r.exception).toBeUndefined();
    // math_ops.cast of a Python int: a Const x then a Cast; of a Python float already float32: the Const alone.
    expect(out).toBe([
      'Tensor("ExponentialDecay:0", shape=(), dtype=float32)',
      "ExponentialDecay/initial_learning_rate Const []",
      "ExponentialDecay/Cast/x Const []",
      "ExponentialDecay/Cast Cast ['ExponentialDecay/Cast/x:0']",
      "ExponentialDecay/Cast_1/x Const []",
      "ExponentialDecay/Cast_2 Cast ['global_step/read:0']",
      "ExponentialDecay/truediv RealDiv ['ExponentialDecay/Cast_2:0', 'ExponentialDecay/Cast:0']",
      "ExponentialDecay/Floor Floor ['ExponentialDecay/truediv:0']",
      "ExponentialDecay/Pow Pow ['ExponentialDecay/Cast_1/x:0', 'ExponentialDecay/Floor:0']",
      "ExponentialDecay Mul ['ExponentialDecay/initial_learning_rate:0', 'ExponentialDecay/Pow:0']",
      "0.1",
      "0.09216",
      "",
    ].join("\n"));
  });

  it("polynomial_decay, inverse_time_decay and natural_exp_decay", () => {
    const { out, r } = run(`import tensorflow as tf
import numpy as np
gs = tf.train.get_or_create_global_step()
lr2 = tf.train.polynomial_decay(0.1, gs, 1000, 0.01, power=0.5)
lr3 = tf.train.inverse_time_decay(0.1, gs, 10, 0.5)
lr4 = tf.train.natural_exp_decay(0.1, gs, 10, 0.5, name="nat")
lr5 = tf.train.polynomial_decay(0.1, gs, 10, cycle=True)
print(lr2, lr3, lr4, lr5)
for o in tf.get_default_graph().get_operations():
    if o.name.startswith("InverseTimeDecay"):
        print(o.name, o.type, [t.name for t in o.inputs])
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    s.run(tf.assign(gs, 250))
    print(["%.6g" % v for v in s.run([lr2, lr3, lr4, lr5])])
`);
    expect(r.exception).toBeUndefined();
    // (0.1 - 0.01) * (1 - 0.25) ** 0.5 + 0.01; 0.1 / (1 + 0.5 * 25); 0.1 * exp(-0.5) ** 25; cycle: decay_steps 10 * ceil(25) = 250, so
    // end_learning_rate 1e-4.
    expect(out).toBe([
      'Tensor("PolynomialDecay:0", shape=(), dtype=float32) Tensor("InverseTimeDecay:0", shape=(), dtype=float32) Tensor("nat:0", shape=(), dtype=float32) Tensor("PolynomialDecay_1:0", shape=(), dtype=float32)',
      "InverseTimeDecay/initial_learning_rate Const []",
      "InverseTimeDecay/Cast/x Const []",
      "InverseTimeDecay/Cast Cast ['InverseTimeDecay/Cast/x:0']",
      "InverseTimeDecay/Cast_1/x Const []",
      "InverseTimeDecay/Cast_2 Cast ['global_step/read:0']",
      "InverseTimeDecay/truediv RealDiv ['InverseTimeDecay/Cast_2:0', 'InverseTimeDecay/Cast:0']",
      "InverseTimeDecay/Const Const []",
      "InverseTimeDecay/Cast_3 Cast ['InverseTimeDecay/Const:0']",
      "InverseTimeDecay/Mul Mul ['InverseTimeDecay/Cast_1/x:0', 'InverseTimeDecay/truediv:0']",
      "InverseTimeDecay/Add Add ['InverseTimeDecay/Cast_3:0', 'InverseTimeDecay/Mul:0']",
      "InverseTimeDecay RealDiv ['InverseTimeDecay/initial_learning_rate:0', 'InverseTimeDecay/Add:0']",
      "['0.0879423', '0.00740741', '3.72665e-07', '0.0001']",
      "",
    ].join("\n"));
  });
});
