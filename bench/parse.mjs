// The parser benchmark: parse() of a generated 5,000-line module (functions, classes, decorators,
// comprehensions, f-strings, long flat runs of assignments).
// Figures: parse_5000_lines_ms (best warm parse of REPEATS, after WARMUP parses),
// parse_5000_lines_cold_ms (the first parse in a fresh node process: module load excluded, JIT
// warm-up included; median of COLD_RUNS processes), parse_lines_per_ms (lines / warm ms),
// lezer_5000_lines_ms (Lezer's own parse of the same text cut into the chunks parse() gives it, best
// warm time: the part of parse_5000_lines_ms that is not ours; the small parses of f-string fields and
// overlaid expressions are not in it), parse_5000_lines_gc_ms (the garbage collector's main-thread
// pauses per warm parse, from PerformanceObserver "gc" entries: the part of the time that allocation
// costs; its helper threads' work shows in the CPU figure only).
import { spawnSync } from "node:child_process";
import { PerformanceObserver } from "node:perf_hooks";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const parseUrl = pathToFileURL(join(here, "..", "dist", "python", "parse", "index.js")).href;
const LINES = 5000;
const WARMUP = 5;
const REPEATS = 10;
const COLD_RUNS = 3;

/** A module of about `lines` lines of the kinds of code tfscope reads. */
export function generate(lines) {
  const out = ["import tensorflow as tf", "from collections import OrderedDict", ""];
  for (let i = 0; out.length < lines; i++) {
    switch (i % 4) {
      case 0:
        out.push(
          `def build_${i}(inputs, units=${i}, *args, scope=None, **kw):`,
          `    """Builds block ${i}."""`,
          `    with tf.variable_scope(scope or "block_${i}", reuse=tf.AUTO_REUSE):`,
          `        w = tf.get_variable("w", shape=[units, ${i % 7 + 1}], initializer=tf.zeros_initializer())`,
          "        out = [x * 2 for x in range(units) if x % 3 == 0]",
          `        name = f"layer_{units}_{len(out):03d}"`,
          "        return tf.matmul(inputs, w, name=name), {k: v for k, v in kw.items()}",
          "",
        );
        break;
      case 1:
        out.push(
          "@staticmethod",
          `class Model${i}(object):`,
          `    rate = 0.${i}`,
          "",
          "    def __init__(self, a, b=None):",
          "        self.a, self.b = a, b",
          "        if a > 1 and not b:",
          "            raise ValueError('bad %d' % a)",
          "        elif a:",
          "            self.c = lambda x, y=2: x ** y - a",
          "        else:",
          "            self.c = None",
          "",
        );
        break;
      case 2:
        for (let j = 0; j < 40; j++) out.push(`v${i}_${j} = fn(${j}, k=[${j}, 1.5e-3], s='${j}')  # note ${j}`);
        break;
      case 3:
        out.push(
          "try:",
          `    table = OrderedDict((str(n), n) for n in range(${i}))`,
          "except (KeyError, IndexError) as e:",
          "    table = {}",
          "finally:",
          "    pass",
          `for k, v in sorted(table.items())[::-1]:`,
          "    while v > 0:",
          "        v -= 1",
          "",
        );
        break;
    }
  }
  return out.slice(0, lines).join("\n") + "\n";
}

/** `source` cut before top-level statements at least `size` characters apart, as parse() cuts it
 * (src/python/parse/index.ts statementLines; this text has no continuation lines to care about). */
function chunks(source, size) {
  const out = [];
  let last = 0;
  let off = 0;
  let prev = "";
  for (const line of source.split("\n")) {
    if (off - last >= size && /^[A-Za-z_@]/.test(line) && !/^(else|elif|except|finally)\b/.test(line) && !prev.startsWith("@")) {
      out.push(source.slice(last, off));
      last = off;
    }
    if (line.trim() !== "") prev = line;
    off += line.length + 1;
  }
  out.push(source.slice(last));
  return out;
}

/** Best warm time of Lezer's own parse of `source` in parse()'s chunks, in ms. */
async function lezerOnly(source) {
  const { parser } = await import("@lezer/python");
  const parts = chunks(source, 2000);
  const once = () => {
    for (const c of parts) parser.parse(c);
  };
  for (let i = 0; i < WARMUP; i++) once();
  let best = Infinity;
  for (let i = 0; i < REPEATS; i++) {
    const t0 = performance.now();
    once();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** The first parse of `source` in a fresh process, in milliseconds. */
function coldOnce(source) {
  const script = `
    const { parse } = await import(${JSON.stringify(parseUrl)});
    const src = (await import("node:fs")).readFileSync(0, "utf8");
    const t0 = performance.now();
    parse(src, { filename: "bench.py" });
    console.log(performance.now() - t0);
  `;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { input: source, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`cold parse failed: ${r.stderr ?? r.error}`);
  return Number(r.stdout.trim());
}

/** CPython's best `compile()` and `ast.parse()` times of `source` in ms, or null without python3. */
function cpython(source) {
  const script = [
    "import ast, sys, time",
    "src = sys.stdin.read()",
    "def best(f):",
    "    t = float('inf')",
    "    c0 = time.process_time()",
    `    for _ in range(${REPEATS}):`,
    "        t0 = time.perf_counter(); f(); t = min(t, time.perf_counter() - t0)",
    `    return t * 1000, (time.process_time() - c0) * 1000 / ${REPEATS}`,
    "c, cpu = best(lambda: compile(src, 'bench.py', 'exec'))",
    "a, _ = best(lambda: ast.parse(src, 'bench.py'))",
    "print(c, a, cpu)",
  ].join("\n");
  const r = spawnSync("python3", ["-c", script], { input: source, encoding: "utf8" });
  if (r.status !== 0) return null;
  const [compileMs, astMs, compileCpuMs] = r.stdout.trim().split(" ").map(Number);
  return { compileMs, astMs, compileCpuMs };
}

export default async function () {
  const { parse } = await import(parseUrl);
  const source = generate(LINES);
  const lines = source.split("\n").length - 1;
  const colds = Array.from({ length: COLD_RUNS }, () => coldOnce(source)).sort((a, b) => a - b);
  const cold = colds[Math.floor(COLD_RUNS / 2)];
  for (let i = 0; i < WARMUP; i++) parse(source, { filename: "bench.py" });
  let warm = Infinity;
  let gcMs = 0;
  const gcWatch = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcMs += e.duration;
  });
  gcWatch.observe({ entryTypes: ["gc"] });
  const c0 = process.cpuUsage();
  for (let i = 0; i < REPEATS; i++) {
    const t0 = performance.now();
    parse(source, { filename: "bench.py" });
    warm = Math.min(warm, performance.now() - t0);
  }
  const c = process.cpuUsage(c0);
  const cpu = (c.user + c.system) / 1000 / REPEATS;
  // The observer is told of the last collections asynchronously.
  await new Promise((resolve) => setTimeout(resolve, 10));
  gcWatch.disconnect();
  const gcPerParse = gcMs / REPEATS;
  const lezer = await lezerOnly(source);
  console.log(`parse: ${lines} lines, warm ${warm.toFixed(1)} ms (best of ${REPEATS}), cold ${cold.toFixed(1)} ms (median of ${COLD_RUNS} fresh processes), ${cpu.toFixed(1)} CPU ms per warm parse (${gcPerParse.toFixed(1)} ms of it in garbage collection pauses); Lezer's own parse of it ${lezer.toFixed(1)} ms`);
  const py = cpython(source);
  if (py !== null) {
    console.log(`CPython on the same text: compile() ${py.compileMs.toFixed(1)} ms, ast.parse() ${py.astMs.toFixed(1)} ms (best of ${REPEATS}), compile() ${py.compileCpuMs.toFixed(1)} CPU ms; ours / compile(): ${(warm / py.compileMs).toFixed(2)}x wall, ${(cpu / py.compileCpuMs).toFixed(2)}x CPU`);
  }
  return {
    ...(py === null
      ? {}
      : {
          cpython_compile_5000_lines_ms: Number(py.compileMs.toFixed(2)),
          cpython_ast_parse_5000_lines_ms: Number(py.astMs.toFixed(2)),
          cpython_compile_5000_lines_cpu_ms: Number(py.compileCpuMs.toFixed(2)),
          parse_vs_cpython_compile: Number((warm / py.compileMs).toFixed(2)),
        }),
    parse_5000_lines_ms: Number(warm.toFixed(2)),
    parse_5000_lines_cpu_ms: Number(cpu.toFixed(2)),
    parse_5000_lines_cold_ms: Number(cold.toFixed(2)),
    parse_lines_per_ms: Number((lines / warm).toFixed(1)),
    lezer_5000_lines_ms: Number(lezer.toFixed(2)),
    parse_5000_lines_gc_ms: Number(gcPerParse.toFixed(2)),
  };
}
