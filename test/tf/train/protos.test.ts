/**
 * tf.ConfigProto, tf.GPUOptions, tf.RunOptions and tf.RunMetadata as tutorials hand them to sessions:
 * protobuf's text format for str() (proto3: defaults omitted; field-number order; map entries by key),
 * protobuf's ValueError for an unknown field, and what a Session does with them.
 */
import { describe, expect, it } from "vitest";
import { runTf } from "../../../src/shim/run.js";

function run(source: string) {
  const r = runTf(source, { filename: "prog.py", profile: "1.15" });
  const last = r.stderr.trimEnd().split("\n").pop() ?? "";
  return { stdout: r.stdout, last };
}

describe("session protos", () => {
  it("prints a ConfigProto in text format: device_count (1) entries by key, then 2, 6 (gpu_options), 7", () => {
    const r = run(`import tensorflow as tf
config = tf.ConfigProto(allow_soft_placement=True, device_count={'GPU': 0, 'CPU': 1}, intra_op_parallelism_threads=2)
config.gpu_options.allow_growth = True
config.gpu_options.per_process_gpu_memory_fraction = 0.4
print(config)
print(repr(tf.GPUOptions(allow_growth=True)), type(config))
print(repr(str(tf.ConfigProto())), tf.ConfigProto().gpu_options.allow_growth)
`);
    expect(r.stdout).toBe(`device_count {
  key: "CPU"
  value: 1
}
device_count {
  key: "GPU"
  value: 0
}
intra_op_parallelism_threads: 2
gpu_options {
  per_process_gpu_memory_fraction: 0.4
  allow_growth: true
}
allow_soft_placement: true

allow_growth: true
 <class 'tensorflow.core.protobuf.config_pb2.ConfigProto'>
'' False
`);
  });

  it("raises protobuf's ValueError for an unknown field and AttributeError for assigning one", () => {
    const r = run(`import tensorflow as tf
try:
    tf.ConfigProto(allow_growth=True)
except ValueError as e:
    print(e)
c = tf.ConfigProto()
c.gpu_options.nonsense = 1
`);
    expect(r.stdout).toBe('Protocol message ConfigProto has no "allow_growth" field.\n');
    expect(r.last).toBe('AttributeError: Assignment not allowed (no field "nonsense" in protocol message object).');
  });

  it("runs sessions given a config and run options; a traced run's metadata is refused when read", () => {
    const r = run(`import tensorflow as tf
a = tf.constant(2.0) * 3
ro = tf.RunOptions(trace_level=tf.RunOptions.FULL_TRACE)
print(ro, end="")
md = tf.RunMetadata()
with tf.Session(config=tf.ConfigProto(gpu_options=tf.GPUOptions(per_process_gpu_memory_fraction=0.333))) as s:
    print(s.run(a, options=ro, run_metadata=md))
print(md.step_stats)
`);
    expect(r.stdout).toBe("trace_level: FULL_TRACE\n6.0\n");
    expect(r.last).toContain("RunMetadata.step_stats");
  });

  it("refuses log_device_placement (TF prints every op's placement) and checks config's type as TF", () => {
    expect(run(`import tensorflow as tf
tf.Session(config=tf.ConfigProto(log_device_placement=True))
`).last).toContain("log_device_placement");
    expect(run(`import tensorflow as tf
tf.Session(config={})
`).last).toBe("TypeError: config must be a tf.ConfigProto, but got <class 'dict'>");
  });
});
