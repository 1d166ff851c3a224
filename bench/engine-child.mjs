// The interpreter side of bench/engine.mjs, in a process of its own (the parent holds a 1M-op graph,
// whose heap would be measured as interpreter time): TF ops made by a Python loop through `runTf`,
// minus the same loop doing nothing. Prints one JSON line of figures (µs per op, wall and CPU).
import { runTf } from "../dist/shim/run.js";

const LIMITS = { steps: 1e13, recursion: 1000, memoryCells: 5e8 };
const SETUP = `import tensorflow as tf
a = tf.constant(1.0)
b = tf.constant(2.0)
`;
// Each body runs N times; `pass` is the loop's own cost, subtracted from the others.
const BODIES = {
  pass: "pass",
  add: "tf.add(a, b)",
  // The reuse path of get_variable inside a variable scope (100 distinct variables, then reused).
  get_variable: 'tf.get_variable("v%d" % (i % 100), shape=[])',
};

function program(body, n) {
  const loop = `for i in range(${n}):\n        ${body}`;
  return `${SETUP}with tf.variable_scope("m", reuse=tf.AUTO_REUSE):\n    ${loop}\nprint(len(tf.get_default_graph().get_operations()))\n`;
}

function run(body, n) {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const r = runTf(program(body, n), { filename: "bench.py", limits: LIMITS });
  const ns = Number(process.hrtime.bigint() - t0);
  const cpu = process.cpuUsage(c0);
  if (r.exitCode !== 0) throw new Error(`engine-child: ${body}: ${r.stderr.trim().split("\n").pop()}`);
  return { us: ns / 1000, cpuUs: cpu.user + cpu.system };
}

const N = Number(process.argv[2] ?? 20000);
const REPEATS = 3;
for (const body of Object.values(BODIES)) run(body, 2000); // warm-up
// Best of REPEATS, the programs interleaved so all see the same machine load.
const best = {};
for (let k = 0; k < REPEATS; k++) {
  for (const [key, body] of Object.entries(BODIES)) {
    const r = run(body, N);
    const b = (best[key] ??= { us: Infinity, cpuUs: Infinity });
    b.us = Math.min(b.us, r.us);
    b.cpuUs = Math.min(b.cpuUs, r.cpuUs);
  }
}
const out = {};
for (const key of Object.keys(BODIES)) {
  if (key === "pass") continue;
  out[`${key}_us`] = (best[key].us - best.pass.us) / N;
  out[`${key}_cpu_us`] = (best[key].cpuUs - best.pass.cpuUs) / N;
}
console.log(JSON.stringify(out));
