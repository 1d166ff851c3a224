// The tfscope side of bench/python.mjs, in a process of its own: the other bench areas run before it in
// the parent process and leave their heaps and type feedback there (a 1M-op graph, every corpus
// snippet's shim), which would be measured as interpreter time. Receives { source, n, timed } and
// answers { stdout } or { error }, the run's own output holding its RESULT and SECONDS lines.
const { runPython } = await import("../dist/python/index.js");
const LIMITS = { steps: 1e13, recursion: 1000, memoryCells: 5e7 };

process.on("message", ({ source }) => {
  const t0 = performance.now();
  const r = runPython(source, { filename: "bench.py", limits: LIMITS });
  const wall = (performance.now() - t0) / 1000;
  process.send(r.exitCode === 0 ? { stdout: r.stdout, wall } : { error: r.stderr.trim().split("\n").pop() ?? "" });
});
process.send({ ready: true });
