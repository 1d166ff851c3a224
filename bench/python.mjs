// The pure-Python benchmark: each bench/python/*.py program runs in tfscope (in a child process of its
// own, bench/python-child.mjs, after a smaller warm-up run) and in python3 (spawned), side by side. Both time the program body inside
// Python with time.perf_counter, so interpreter start-up is not counted; if tfscope lacks
// time.perf_counter the wall time around runPython is used instead (and said so).
// Each measurement is the best of REPEATS runs, CPython and tfscope interleaved so both see the
// same machine load.
// Figures: python_ratio_<program> (tfscope time / CPython time), python_ratio_geomean,
// python_scaling_10x (tfscope time at 10N over time at N, linear program: ideal 10),
// run_small_file_ms (median wall time of `node dist/bin/cli.js run <small file>`, the installed bin).
import { fork, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const programsDir = join(here, "python");
const REPEATS = 3;

/** The run with the fewest seconds among `REPEATS` calls of `f`. */
async function best(f) {
  let fastest;
  for (let i = 0; i < REPEATS; i++) {
    const r = await f();
    if (!fastest || r.seconds < fastest.seconds) fastest = r;
  }
  return fastest;
}

/** The program followed by a driver that times run(n) and prints its result and the seconds. */
function driver(source, n, timed) {
  const call = timed
    ? [
        "import time as _bench_time",
        "_bench_t0 = _bench_time.perf_counter()",
        `_bench_result = run(${n})`,
        "_bench_t1 = _bench_time.perf_counter()",
        'print("RESULT", _bench_result)',
        'print("SECONDS", _bench_t1 - _bench_t0)',
      ]
    : [`_bench_result = run(${n})`, 'print("RESULT", _bench_result)'];
  return `${source}\n\n${call.join("\n")}\n`;
}

function parse(stdout) {
  const result = /^RESULT (.*)$/m.exec(stdout)?.[1];
  const seconds = /^SECONDS (.*)$/m.exec(stdout)?.[1];
  return { result, seconds: seconds === undefined ? undefined : Number(seconds) };
}

function sizeOf(source) {
  const m = /^SIZE = (\d+)$/m.exec(source);
  if (!m) throw new Error("program has no SIZE");
  return Number(m[1]);
}

function runCPython(source, n) {
  const p = spawnSync("python3", ["-c", driver(source, n, true)], { encoding: "utf8", maxBuffer: 1 << 24 });
  if (p.status !== 0) throw new Error(`python3 failed: ${p.stderr.trim().split("\n").pop()}`);
  return parse(p.stdout);
}

/** The tfscope runner: a child process (bench/python-child.mjs) running one program per request. */
async function startTfscope() {
  const child = fork(join(here, "python-child.mjs"), [], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  let pending = null;
  child.on("message", (m) => pending?.(m));
  child.on("exit", (code) => pending?.({ error: `child exited (${code})` }));
  const request = (msg) =>
    new Promise((resolve) => {
      pending = resolve;
      if (msg) child.send(msg);
    });
  const ready = await request(null);
  if (ready.error) throw new Error(ready.error);
  const run = async (source, n) => {
    for (const timed of [true, false]) {
      const r = await request({ source: driver(source, n, timed) });
      if (r.stdout !== undefined) {
        const parsed = parse(r.stdout);
        return { ...parsed, seconds: parsed.seconds ?? r.wall, wallFallback: !timed };
      }
      // Without time.perf_counter the timed driver fails on import; retry measuring from outside.
      if (!(timed && /time|perf_counter/.test(r.error))) throw new Error(`tfscope failed: ${r.error}`);
    }
    throw new Error("unreachable");
  };
  return { run, stop: () => child.kill() };
}

/** Median wall time of five spawns of `args`, or NaN when one fails its check. */
function medianSpawnMs(args, ok) {
  const times = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const p = spawnSync(process.execPath, args, { encoding: "utf8" });
    times.push(performance.now() - t0);
    if (!ok(p)) return NaN;
  }
  times.sort((a, b) => a - b);
  return times[2];
}

function smallFileMs() {
  const dir = mkdtempSync(join(tmpdir(), "tfscope-bench-"));
  const file = join(dir, "small.py");
  writeFileSync(file, 'def greet(name):\n    return f"hello {name}"\n\nprint(greet("world"), sum(range(10)))\n');
  return medianSpawnMs([join(root, "dist", "bin", "cli.js"), "run", file], (p) => p.status === 0 && p.stdout.includes("hello world 45"));
}

const fmt = (x, d = 3) => (Number.isFinite(x) ? x.toFixed(d) : "n/a");

export default async function () {
  const figures = {};
  let runTfscope;
  let tfscope;
  try {
    tfscope = await startTfscope();
    runTfscope = tfscope.run;
  } catch (e) {
    console.log(`tfscope interpreter not built (${e instanceof Error ? e.message : e}); run npm run build`);
  }
  const programs = readdirSync(programsDir)
    .filter((f) => f.endsWith(".py"))
    .sort();
  console.log(`program           CPython s  tfscope s   ratio  same result  (best of ${REPEATS} each)`);
  const ratios = [];
  for (const file of programs) {
    const name = file.slice(0, -3);
    const source = readFileSync(join(programsDir, file), "utf8");
    const n = sizeOf(source);
    let py;
    let tf;
    let note = "";
    try {
      if (runTfscope) await runTfscope(source, Math.max(1, Math.floor(n / 10)));
      for (let i = 0; i < REPEATS; i++) {
        const p = runCPython(source, n);
        if (!py || p.seconds < py.seconds) py = p;
        if (runTfscope) {
          const t = await runTfscope(source, n);
          if (!tf || t.seconds < tf.seconds) tf = t;
        }
      }
      if (tf?.wallFallback) note = "(tfscope timed from outside: no time.perf_counter)";
    } catch (e) {
      note = e.message;
    }
    const ratio = py && tf ? tf.seconds / py.seconds : NaN;
    figures[`python_ratio_${name}`] = ratio;
    if (Number.isFinite(ratio)) ratios.push(ratio);
    const same = py && tf ? (py.result === tf.result ? "yes" : `NO (${tf.result})`) : "";
    console.log(`${name.padEnd(16)} ${fmt(py?.seconds).padStart(10)} ${fmt(tf?.seconds).padStart(10)} ${fmt(ratio, 2).padStart(7)}  ${same} ${note}`);
  }
  const geomean = ratios.length === programs.length ? Math.exp(ratios.reduce((s, r) => s + Math.log(r), 0) / ratios.length) : NaN;
  figures.python_ratio_geomean = geomean;
  console.log(`geometric mean of ratios: ${fmt(geomean, 2)} (${ratios.length}/${programs.length} programs ran)`);

  // Scaling: the with-blocks program is linear in n, so 10x the work should take about 10x the time.
  let scaling = NaN;
  if (runTfscope) {
    try {
      const source = readFileSync(join(programsDir, "with_blocks.py"), "utf8");
      const n = Math.floor(sizeOf(source) / 10);
      const small = (await best(() => runTfscope(source, n))).seconds;
      const large = (await best(() => runTfscope(source, n * 10))).seconds;
      scaling = large / small;
    } catch (e) {
      console.log(`scaling: ${e.message}`);
    }
  }
  tfscope?.stop();
  figures.python_scaling_10x = scaling;
  console.log(`scaling (with_blocks at N and 10N, best of ${REPEATS}): ${fmt(scaling, 2)}x time`);

  figures.run_small_file_ms = smallFileMs();
  // A bare `node -e 0` start on the same machine, to read the figure above against.
  const bare = medianSpawnMs(["-e", "0"], (p) => p.status === 0);
  console.log(`tfscope run <small file>: ${fmt(figures.run_small_file_ms, 1)} ms (median of 5; bare node start: ${fmt(bare, 1)} ms)`);
  return figures;
}
