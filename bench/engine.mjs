// Engine benchmark: ops created in nested name scopes (3 levels, 10 ops per innermost scope) at 10k,
// 100k and 1M ops, and get_variable calls that reuse existing variables. Run after `npm run build`;
// `node --expose-gc` makes the bytes-per-op figure meaningful. Ops made through the interpreter (a
// Python loop of `tf.add`, and of `tf.get_variable` reusing variables) are timed in bench/engine-child.mjs.
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  Graph,
  asDefault,
  asShape,
  float32,
  getVariable,
  resetRuntime,
  variableScope,
} from "../dist/tf/index.js";
// The op catalogue installs tensor conversion, which constant initializers need.
import { pyFloat } from "../dist/tf/ops/index.js";

const SCALAR = asShape([]);

function gc() {
  if (typeof global.gc === "function") {
    global.gc();
    global.gc();
  }
}

// 10 ops per scope `l1/l2/l3`, the scopes re-entered so every level is uniquified as in real graphs.
function buildOps(g, n) {
  const per = 10;
  const scopes = n / per;
  for (let s = 0; s < scopes; s++) {
    const a = g.nameScope("layer");
    a.enter();
    const b = g.nameScope("block");
    b.enter();
    const c = g.nameScope("conv");
    c.enter();
    for (let k = 0; k < per; k++) g.createOp({ type: "Const", name: "w", dtypes: [float32], shapes: [SCALAR] });
    c.exit();
    b.exit();
    a.exit();
  }
}

function timeOps(n) {
  gc();
  const g = new Graph();
  const before = process.memoryUsage().heapUsed;
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  buildOps(g, n);
  const ns = Number(process.hrtime.bigint() - t0);
  const cpu = process.cpuUsage(c0);
  gc();
  const bytes = process.memoryUsage().heapUsed - before;
  if (g.getOperations().length !== n) throw new Error("wrong op count");
  // CPU time (GC threads included) stays meaningful when other processes share the cores.
  return { us: ns / 1000 / n, cpuUs: (cpu.user + cpu.system) / n, bytes: bytes / n, ms: ns / 1e6, graph: g };
}

function timeGetVariable(n, distinct) {
  resetRuntime("1.15");
  const g = new Graph();
  const gcm = asDefault(g);
  gcm.enter();
  const outer = variableScope("model");
  outer.enter();
  for (let i = 0; i < distinct; i++) getVariable(`v${i}`, { initializer: pyFloat(0) });
  outer.exit();
  const reuse = variableScope("model", { reuse: true });
  reuse.enter();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) getVariable(`v${i % distinct}`);
  const ns = Number(process.hrtime.bigint() - t0);
  reuse.exit();
  gcm.exit();
  return ns / 1000 / n;
}

// The host's speed: µs to insert one fresh string key into a Map. Op creation does about two of these,
// so engine figures can be compared across machines (and across a loaded or idle one).
function calibrate() {
  const m = new Map();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < 200_000; i++) m.set(`layer_${i >> 3}/block/conv/w_${i & 7}`, i);
  return Number(process.hrtime.bigint() - t0) / 1000 / 200_000;
}

// µs per op through `runTf` (wall and CPU), measured in a fresh process.
function timeThroughInterpreter() {
  const child = join(dirname(fileURLToPath(import.meta.url)), "engine-child.mjs");
  return JSON.parse(execFileSync(process.execPath, [child], { encoding: "utf8" }).trim().split("\n").pop());
}

// What the host allows an op at 1M ops: allocating and keeping the objects of one (an op-sized record, a
// tensor-sized record, a `scope/leaf_N` name string, held in a growing array; the scope's own string
// every 10 ops), with no naming work at all. The engine cannot go below this figure on the same host.
class FloorOp {
  constructor(name, id) {
    this.graph = null;
    this.name = name;
    this.type = "Const";
    this.inputs = null;
    this.attrs = null;
    this.controlInputs = null;
    this.device = "";
    this.id = id;
    this.outputs = null;
    this.flow = null;
  }
}
class FloorTensor {
  constructor(op) {
    this.op = op;
    this.index = 0;
    this.dtype = null;
    this.shape = null;
    this.face = null;
    this.owner = null;
  }
}
function floor(n) {
  gc();
  const kept = [];
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  let scope = "";
  for (let i = 0; i < n; i++) {
    if (i % 10 === 0) scope = `layer_${i / 10}/block/conv/`;
    const op = new FloorOp(scope + (i % 10 === 0 ? "w" : `w_${i % 10}`), i);
    op.outputs = new FloorTensor(op);
    kept.push(op);
  }
  const ns = Number(process.hrtime.bigint() - t0);
  const cpu = process.cpuUsage(c0);
  if (kept.length !== n) throw new Error("floor: wrong count");
  return { us: ns / 1000 / n, cpuUs: (cpu.user + cpu.system) / n };
}

export default async function () {
  const py = timeThroughInterpreter();
  console.log(`through the interpreter: tf.add ${py.add_us.toFixed(2)} µs/op (${py.add_cpu_us.toFixed(2)} CPU µs), ` +
    `tf.get_variable with reuse ${py.get_variable_us.toFixed(2)} µs/call (${py.get_variable_cpu_us.toFixed(2)} CPU µs)`);
  const calibration = calibrate();
  timeOps(10_000); // warm-up
  const r10k = timeOps(10_000);
  const r100k = timeOps(100_000);
  // The floor runs where the 1M ops do, with the same graphs alive.
  const floor1m = floor(1_000_000);
  const r1m = timeOps(1_000_000);
  const last = r1m.graph.getOperations().at(-1).name;
  console.log(`ops  10k: ${r10k.us.toFixed(3)} µs/op`);
  console.log(`ops 100k: ${r100k.us.toFixed(3)} µs/op, ${r100k.bytes.toFixed(0)} bytes/op`);
  console.log(`ops   1M: ${r1m.us.toFixed(3)} µs/op (${r1m.cpuUs.toFixed(3)} CPU µs), ${r1m.bytes.toFixed(0)} bytes/op (last op ${last})`);
  console.log(`scaling 1M/100k: ${(r1m.ms / r100k.ms).toFixed(2)}x for 10x the ops`);
  timeGetVariable(10_000, 1000); // warm-up
  const gv100k = timeGetVariable(100_000, 1000);
  const gv1m = timeGetVariable(1_000_000, 1000);
  console.log(`host calibration: ${calibration.toFixed(3)} µs per Map insert of a fresh key; ` +
    `host floor at 1M: ${floor1m.us.toFixed(3)} µs (${floor1m.cpuUs.toFixed(3)} CPU µs) to allocate and keep an op's objects`);
  console.log(`get_variable with reuse: ${gv100k.toFixed(3)} µs/call (100k), ${gv1m.toFixed(3)} µs/call (1M)`);
  return {
    engine_us_per_op_10k: r10k.us,
    engine_us_per_op_100k: r100k.us,
    engine_us_per_op_1m: r1m.us,
    engine_cpu_us_per_op_1m: r1m.cpuUs,
    engine_bytes_per_op_1m: r1m.bytes,
    engine_scaling_10x: r1m.ms / r100k.ms,
    engine_get_variable_us_100k: gv100k,
    engine_get_variable_us_1m: gv1m,
    engine_host_map_insert_us: calibration,
    engine_host_floor_us_1m: floor1m.us,
    engine_host_floor_cpu_us_1m: floor1m.cpuUs,
    engine_py_add_us: py.add_us,
    engine_py_add_cpu_us: py.add_cpu_us,
    engine_py_get_variable_us: py.get_variable_us,
    engine_py_get_variable_cpu_us: py.get_variable_cpu_us,
  };
}
