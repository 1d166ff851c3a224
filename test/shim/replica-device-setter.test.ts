// tf.train.replica_device_setter through Python: the placements device_setter.py gives (variable ops
// to the ps tasks in turn, every other op to the worker job, inner device scopes merged over them).
import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

const run = (source: string) => runTf(source, { filename: "prog.py", profile: "1.15" });

describe("tf.train.replica_device_setter", () => {
  it("places variables round-robin on the ps job of a cluster dict, other ops on the worker", () => {
    const r = run(`import tensorflow as tf
cluster = {"ps": ["ps0:2222", "ps1:2222"], "worker": ["w0:2222", "w1:2222", "w2:2222"]}
with tf.device(tf.train.replica_device_setter(cluster=cluster)):
    v = tf.get_variable("v", shape=[2, 2])
    w = tf.Variable(1.0)
    x = v + 1
    with tf.device("/job:ps/task:7/device:CPU:0"):
        u = tf.Variable(2.0)
    with tf.device("/device:GPU:1"):
        y = x * 2
    z = tf.Variable(3.0)
print(v.device, w.device, x.device, u.device, y.device, z.device)
`);
    // u's inner scope sets task 7, which the merge keeps; the strategy still took a turn (task 0), so z is on task 1.
    expect(r.stdout).toBe("/job:ps/task:0 /job:ps/task:1 /job:worker /job:ps/task:7/device:CPU:0 /job:worker/device:GPU:1 /job:ps/task:1\n");
  });

  it("gives None without ps tasks, and refuses what it does not model by name", () => {
    const r = run(`import tensorflow as tf
print(tf.train.replica_device_setter(), tf.train.replica_device_setter(cluster={"worker": ["w0:1"]}))
try:
    tf.train.replica_device_setter(ps_tasks=1, ps_strategy=3)
except TypeError as e:
    print(e)
tf.train.replica_device_setter(ps_tasks=2, merge_devices=False)
`);
    expect(r.stdout).toBe("None None\nps_strategy must be callable\n");
    expect(r.unsupported?.feature).toBe("tf.train.replica_device_setter(merge_devices=False) (TF logs a deprecation warning)");
  });
});
