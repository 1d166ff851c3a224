import { describe, expect, it } from "vitest";
import { runOut as run } from "./run-tf.js";

const OPS = `
def ops(prefix=""):
    for op in tf.get_default_graph().get_operations():
        if op.name.startswith(prefix):
            print(op.name, op.type, [t.name for t in op.inputs], [c.name for c in op.control_inputs])
`;

describe("tf.train.ExponentialMovingAverage (moving_averages.py 259-550)", () => {
  it("names the shadow variable <var>/ExponentialMovingAverage and the updates AssignMovingAvg under the EMA scope", () => {
    const { out, r } = run(`import tensorflow as tf
${OPS}
ema = tf.train.ExponentialMovingAverage(0.99); w = tf.Variable(1.0, name='w'); op = ema.apply([w])
print(ema.average(w).name, ema.average_name(w), ema.name)
print(op.name, op.type, [c.name for c in op.control_inputs])
ops("ExponentialMovingAverage")
print(tf.moving_average_variables(), [v.name for v in tf.global_variables()], [v.name for v in tf.trainable_variables()])
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    s.run(tf.assign(w, 2.0))
    s.run(op)
    print(s.run(ema.average(w)))
    s.run(op)
    print(s.run(ema.average(w)))
`);
    expect(r.exception).toBeUndefined();
    // decay 0.99 is a float32 constant; assign_moving_average's `1.0 - decay` is a float32 Sub, so the shadow moves
    // by (shadow - w) * 0.00999999: 1 -> 1.01 -> 1.0199.
    expect(out).toBe([
      "w/ExponentialMovingAverage:0 w/ExponentialMovingAverage ExponentialMovingAverage",
      "ExponentialMovingAverage NoOp ['ExponentialMovingAverage/AssignMovingAvg']",
      "ExponentialMovingAverage/decay Const [] []",
      "ExponentialMovingAverage/AssignMovingAvg/sub/x Const [] []",
      "ExponentialMovingAverage/AssignMovingAvg/sub Sub ['ExponentialMovingAverage/AssignMovingAvg/sub/x:0', 'ExponentialMovingAverage/decay:0'] []",
      "ExponentialMovingAverage/AssignMovingAvg/sub_1 Sub ['w/ExponentialMovingAverage/read:0', 'w/read:0'] []",
      "ExponentialMovingAverage/AssignMovingAvg/mul Mul ['ExponentialMovingAverage/AssignMovingAvg/sub_1:0', 'ExponentialMovingAverage/AssignMovingAvg/sub:0'] []",
      "ExponentialMovingAverage/AssignMovingAvg AssignSub ['w/ExponentialMovingAverage:0', 'ExponentialMovingAverage/AssignMovingAvg/mul:0'] []",
      "ExponentialMovingAverage NoOp [] ['ExponentialMovingAverage/AssignMovingAvg']",
      "[<tf.Variable 'w:0' shape=() dtype=float32_ref>] ['w:0', 'w/ExponentialMovingAverage:0'] ['w:0']",
      "1.01",
      "1.0199",
      "",
    ].join("\n"));
  });

  it("decays by min(decay, (1 + n) / (10 + n)) with num_updates, and numbers a second EMA's shadows _1", () => {
    const { out, r } = run(`import tensorflow as tf
${OPS}
w = tf.Variable(1.0, name='w'); v = tf.Variable([1.0, 2.0], name='v')
step = tf.Variable(0, name="step", trainable=False)
ema = tf.train.ExponentialMovingAverage(0.9)
ema.apply([w])
print(ema.average_name(v), ema.average(v))
ema2 = tf.train.ExponentialMovingAverage(0.9, num_updates=step, name="avg")
op2 = ema2.apply([w, v])
print(ema2.average(w).name, ema2.average(v).name, op2.name, [c.name for c in op2.control_inputs])
ops("avg/num_updates")
ops("avg/Minimum")
print(sorted(ema.variables_to_restore()))
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    s.run([tf.assign(w, 2.0), tf.assign(v, [3., 5.])])
    s.run(op2)
    print(s.run([ema2.average(w), ema2.average(v)]))
    s.run(tf.assign(step, 90))
    s.run(op2)
    print(s.run([ema2.average(w), ema2.average(v)]))
`);
    expect(r.exception).toBeUndefined();
    // step 0: decay min(0.9, 1/10) = 0.1, 1 - 0.1 = 0.9: 1 -> 1.9, [1, 2] -> [2.8, 4.7];
    // step 90: min(0.9, 91/100): 0.9, so 1 - 0.9 (float32) = 0.100000024: 1.9 -> 1.91, [2.8, 4.7] -> [2.82, 4.73].
    expect(out).toBe([
      "v/ExponentialMovingAverage None",
      "w/avg:0 v/avg:0 avg ['avg/AssignMovingAvg', 'avg/AssignMovingAvg_1']",
      "avg/num_updates Cast ['step/read:0'] []",
      "avg/Minimum Minimum ['avg/decay:0', 'avg/truediv:0'] []",
      // average_name(v) of the first EMA (v has no shadow there): the graph's unique_name of v/ExponentialMovingAverage.
      "['step', 'v/ExponentialMovingAverage', 'v/avg', 'w/ExponentialMovingAverage', 'w/avg']",
      "[1.9, array([2.8, 4.7], dtype=float32)]",
      "[1.91, array([2.82, 4.73], dtype=float32)]",
      "",
    ].join("\n"));
  });

  it("refuses non-float variables as TF does", () => {
    const { out } = run(`import tensorflow as tf
try:
    tf.train.ExponentialMovingAverage(0.9).apply([tf.Variable(1, name="i")])
except TypeError as e:
    print(e)
`);
    expect(out).toBe("The variables must be half, float, or double: i:0\n");
  });
});
