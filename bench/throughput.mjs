// check_snippets_per_s_jobs1 / _jobsN: `tfscope check` on a generated corpus of DOCS three-snippet
// Markdown documents (TF scoping code with name claims), as the CLI runs it, with one worker and with
// one per core; check_peak_rss_mb_jobsN is the whole process's peak resident memory (workers included).
// Issue #13's target: >= 1,000 snippets per second on 2 cores, <= 300 MB.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const DOCS = Number(process.env.THROUGHPUT_DOCS ?? 1000);

function generate(dir) {
  for (let i = 0; i < DOCS; i++) {
    const doc = [
      `# Example ${i}`,
      "",
      "```python",
      "import tensorflow as tf",
      `with tf.variable_scope("layer${i % 7}"):`,
      `    w = tf.get_variable("w", [${(i % 5) + 1}, 3])`,
      "print(w.name)  # layer" + (i % 7) + "/w:0",
      "```",
      "",
      "```python",
      `with tf.name_scope("block"):`,
      "    c = tf.constant(1.0, name='c') + w[0, 0]",
      "print(c.op.name)",
      "```",
      "",
      "```python",
      "for k in range(3):",
      "    with tf.variable_scope('rep', reuse=tf.AUTO_REUSE):",
      "        r = tf.get_variable('r', [2])",
      "assert r.name == 'rep/r:0'",
      "```",
      "",
    ].join("\n");
    writeFileSync(join(dir, `doc${String(i).padStart(4, "0")}.md`), doc);
  }
}

export default async function () {
  const dir = mkdtempSync(join(tmpdir(), "tfscope-throughput-"));
  const probe = join(dir, "rss.mjs");
  // Peak memory and CPU seconds of the whole process (workers included): on a loaded machine the CPU
  // time says more than the wall time.
  writeFileSync(probe, "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('\\nRSS_KB ' + u.maxRSS + ' CPU_US ' + (u.userCPUTime + u.systemCPUTime) + '\\n'); });\n");
  const docsDir = join(dir, "docs");
  rmSync(docsDir, { recursive: true, force: true });
  (await import("node:fs")).mkdirSync(docsDir);
  generate(docsDir);
  const figures = {};
  const cores = availableParallelism();
  for (const jobs of [...new Set([1, cores])]) {
    const t0 = performance.now();
    const r = spawnSync("node", ["--import", probe, join(root, "dist", "bin", "cli.js"), "check", "--json", "--jobs", String(jobs), docsDir], { encoding: "utf8", maxBuffer: 1 << 30 });
    const ms = performance.now() - t0;
    const snippets = JSON.parse(r.stdout).summary.snippets;
    const rssMb = Number(/RSS_KB (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
    const cpuS = Number(/CPU_US (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1e6;
    const rate = snippets / (ms / 1000);
    console.log(`check --jobs ${jobs}: ${snippets} snippets of ${DOCS} documents in ${ms.toFixed(0)} ms: ${rate.toFixed(0)} snippets/s, ${cpuS.toFixed(2)} CPU s (${(snippets / cpuS).toFixed(0)} snippets per CPU s), peak RSS ${rssMb.toFixed(0)} MB`);
    figures[`check_snippets_per_s_jobs${jobs === 1 ? 1 : "N"}`] = rate;
    figures[`check_peak_rss_mb_jobs${jobs === 1 ? 1 : "N"}`] = rssMb;
    figures[`check_cpu_s_jobs${jobs === 1 ? 1 : "N"}`] = cpuS;
  }
  rmSync(dir, { recursive: true, force: true });
  return figures;
}
