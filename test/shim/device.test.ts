// tf.device, Graph.device, colocate_with and DeviceSpec through Python, with the devices TF 1.15 gives
// variables (variables.py 1806-1872: initializer under device(None), `read` colocated with the variable).
import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

function run(source: string) {
  const r = runTf(source, { filename: "prog.py", profile: "1.15" });
  return { stdout: r.stdout, stderr: r.stderr };
}

describe("devices in Python", () => {
  it("puts op.device and str(tensor) as TF does (the silent no-op is gone)", () => {
    const r = run(`import tensorflow as tf
g = tf.Graph()
with g.as_default():
    with g.device("/cpu:0"):
        c = tf.constant(1.0, name="c")
    with tf.device(tf.DeviceSpec(job="w", device_type="gpu", device_index=1)):
        d = tf.constant(1.0, name="d")
print(repr(c.op.device), c.device)
print(c)
print(d.op.device)
`);
    expect(r.stdout).toBe("'/device:CPU:0' /device:CPU:0\nTensor(\"c:0\", shape=(), dtype=float32, device=/device:CPU:0)\n/job:w/device:GPU:1\n");
  });
  it("gives a variable's ops their devices and colocation groups", () => {
    const r = run(`import tensorflow as tf
with tf.device("/job:ps/cpu:0"):
    w = tf.Variable(lambda: tf.zeros([2]), name="w")
for op in tf.get_default_graph().get_operations():
    print(op.name, repr(op.device), op.colocation_groups())
`);
    expect(r.stdout).toBe(
      "w/Initializer/zeros '' [b'loc:@w']\n" +
      "w '/job:ps/device:CPU:0' [b'loc:@w']\n" +
      // op_def_library _MaybeColocateWith: Assign takes the ref input, so it joins w's group.
      "w/Assign '/job:ps/device:CPU:0' [b'loc:@w']\n" +
      "w/read '/job:ps/device:CPU:0' [b'loc:@w']\n",
    );
  });
  it("puts an assignment with its variable whatever the device scope (variables_test testColocation)", () => {
    const r = run(`import tensorflow as tf
with tf.device("/job:ps"):
    var = tf.Variable(0, name="v")
with tf.device("/job:worker/task:7"):
    a = var.assign(1)
print(a.device, a.op.colocation_groups())
for x in var:
    pass
`);
    expect(r.stdout).toBe("/job:ps [b'loc:@v']\n");
    expect(r.stderr.trimEnd().split("\n").pop()).toBe("TypeError: 'Variable' object is not iterable.");
  });
  it("models DeviceSpecV1's setters, merge_from and errors", () => {
    const r = run(`import tensorflow as tf
s = tf.DeviceSpec.from_string("/job:a/task:3/cpu:2")
print(s.to_string(), s.job, s.task, s.device_type, s.device_index)
s.job = "b"
s.merge_from(tf.DeviceSpec(device_type="GPU"))
print(s.to_string())
try:
    tf.DeviceSpec.from_string("/cpu:0/gpu:1")
except ValueError as e:
    print(e)
`);
    expect(r.stdout).toBe("/job:a/task:3/device:CPU:2 a 3 CPU 2\n/job:b/task:3/device:GPU:2\nCannot specify multiple device types: /cpu:0/gpu:1\n");
  });
});
