// Cold start, issue #13: `tfscope run` on a small TF snippet through the installed launcher
// (dist/bin/tfscope: the V8 start-up snapshot), through a plain `node dist/bin/cli.js`, and a bare
// `node -e 0`, interleaved, medians of RUNS; with NODE_EXTRA_CA_CERTS as the environment has it and
// without it (the machines set it; it costs any Node start a certificate read). Also a plain-Python
// `print(1)` through the launcher (a fresh interpreter there, not the pre-imported one).
// Figures: startup_bare_node_ms, startup_snapshot_ms, startup_plain_ms, startup_snapshot_over_bare_ms,
// startup_snapshot_print_ms, their CPU times (startup_*_cpu_ms), and the same with a _cacerts suffix
// when NODE_EXTRA_CA_CERTS is set; startup_snapshot_blob_mb, the snapshot's size (a start deserialises
// all of it: ~12 ms per MB here).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const RUNS = 7;
const SNIPPET = 'import tensorflow as tf\nwith tf.variable_scope("a"):\n    v = tf.get_variable("v", [1])\nprint(v.name)\n';

const quote = (s) => `'${s.replace(/'/g, "'\\''")}'`;

/** Wall ms of one run, and its CPU ms (user + system, from the shell's `times`: on a loaded machine the
 * wall time measures the other processes as much as this one). */
function ms(cmd, args, env) {
  const t0 = performance.now();
  const p = spawnSync("sh", ["-c", `${[cmd, ...args].map(quote).join(" ")} >/dev/null; s=$?; times; exit $s`], { encoding: "utf8", env });
  const t = performance.now() - t0;
  if (p.status !== 0) throw new Error(`${cmd} ${args.join(" ")}: exit ${p.status}: ${p.stderr}`);
  // `times`: the shell's user and system time, then its children's.
  const children = p.stdout.trim().split("\n").pop().split(/\s+/);
  const sec = (x) => {
    const [, min, s] = /^(\d+)m([\d.]+)s$/.exec(x) ?? [, NaN, NaN];
    return Number(min) * 60 + Number(s);
  };
  return { wall: t, cpu: (sec(children[0]) + sec(children[1])) * 1000 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

export default async function () {
  const dir = mkdtempSync(join(tmpdir(), "tfscope-startup-"));
  const file = join(dir, "small.py");
  writeFileSync(file, SNIPPET);
  const printFile = join(dir, "print.py");
  writeFileSync(printFile, "print(1)\n");
  const launcher = join(root, "dist", "bin", "tfscope");
  const blob = join(root, "dist", "bin", "tfscope.blob");
  const figures = {};
  if (!existsSync(blob)) console.log("no start-up snapshot was built: the launcher starts normally");
  else {
    figures.startup_snapshot_blob_mb = statSync(blob).size / 1e6;
    console.log(`start-up snapshot: ${figures.startup_snapshot_blob_mb.toFixed(2)} MB`);
  }
  const envs = [["", { ...process.env, NODE_EXTRA_CA_CERTS: "" }]];
  if (process.env.NODE_EXTRA_CA_CERTS) envs.push(["_cacerts", process.env]);
  for (const [suffix, env] of envs) {
    const t = { bare: [], snapshot: [], plain: [], print: [] };
    for (let i = 0; i < RUNS; i++) {
      t.bare.push(ms(process.execPath, ["-e", "0"], env));
      t.snapshot.push(ms(launcher, ["run", file], env));
      t.plain.push(ms(process.execPath, [join(root, "dist", "bin", "cli.js"), "run", file], env));
      t.print.push(ms(launcher, ["run", printFile], env));
    }
    const m = (k, what) => median(t[k].map((r) => r[what]));
    const [bare, snapshot, plain, print] = [m("bare", "wall"), m("snapshot", "wall"), m("plain", "wall"), m("print", "wall")];
    const [bareCpu, snapshotCpu, plainCpu, printCpu] = [m("bare", "cpu"), m("snapshot", "cpu"), m("plain", "cpu"), m("print", "cpu")];
    const label = suffix ? "with NODE_EXTRA_CA_CERTS" : "without NODE_EXTRA_CA_CERTS";
    console.log(`${label}: node -e 0 ${bare.toFixed(1)} ms; tfscope run (snapshot launcher) ${snapshot.toFixed(1)} ms (+${(snapshot - bare).toFixed(1)}); plain node cli.js ${plain.toFixed(1)} ms (target: +70 ms at most)`);
    console.log(`  CPU: node -e 0 ${bareCpu.toFixed(0)} ms; snapshot launcher ${snapshotCpu.toFixed(0)} ms (+${(snapshotCpu - bareCpu).toFixed(0)}); plain ${plainCpu.toFixed(0)} ms`);
    console.log(`  print(1) through the launcher: ${print.toFixed(1)} ms, CPU ${printCpu.toFixed(0)} ms`);
    Object.assign(figures, {
      [`startup_bare_node_ms${suffix}`]: bare,
      [`startup_snapshot_ms${suffix}`]: snapshot,
      [`startup_plain_ms${suffix}`]: plain,
      [`startup_snapshot_over_bare_ms${suffix}`]: snapshot - bare,
      [`startup_bare_node_cpu_ms${suffix}`]: bareCpu,
      [`startup_snapshot_cpu_ms${suffix}`]: snapshotCpu,
      [`startup_plain_cpu_ms${suffix}`]: plainCpu,
      [`startup_snapshot_print_ms${suffix}`]: print,
      [`startup_snapshot_print_cpu_ms${suffix}`]: printCpu,
    });
  }
  return figures;
}
