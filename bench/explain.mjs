// explain_overhead: CPU time of explaining every bundled corpus snippet (snippets/*/NN.py: run with the
// recorder on, then the explanation built) over the time of running them normally, recorder off.
// Also explain_noop_ratio: a recorder that does nothing over none, i.e. what the engine's hook sites
// cost when they fire; off, each site is a single null check, so normal runs do not slow down.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function corpus() {
  const dir = join(root, "snippets");
  const out = [];
  for (const doc of readdirSync(dir).filter((d) => /^\d{3}_/.test(d)).sort()) {
    const manifest = JSON.parse(readFileSync(join(dir, doc, "manifest.json"), "utf8"));
    for (const s of manifest.snippets) {
      out.push({ name: `${doc}/${s.id}`, code: readFileSync(join(dir, doc, `${s.id}.py`), "utf8"), setup: s.prelude.join("\n"), python2: s.python2 ? true : "auto" });
    }
  }
  return out;
}

export default async function () {
  const { createTfHost } = await import("../dist/shim/host.js");
  const tf = await import("../dist/tf/index.js");
  const { explainSnippet } = await import("../dist/explain/explain.js");
  const snippets = corpus();

  const plain = (s) => {
    const host = createTfHost({ argv: [s.name] });
    const setup = s.setup ? host.py.runSource(s.setup, { filename: "<setup>", python2: "auto" }).globals : undefined;
    host.py.runSource(s.code, { filename: s.name, globals: setup, python2: s.python2 });
  };
  const noop = (s) => {
    tf.setRecorder({ record() {} });
    try {
      plain(s);
    } finally {
      tf.setRecorder(null);
    }
  };
  const explained = (s) => explainSnippet(s.code, { filename: s.name, setup: s.setup, python2: s.python2 });
  // CPU time, interleaved per snippet in rotating order, median per snippet: on a shared machine wall
  // time mostly measures the other processes, and passes run one after another meet different loads.
  const variants = [plain, noop, explained];
  const times = variants.map(() => snippets.map(() => []));
  for (const v of variants) for (const s of snippets) v(s); // warm up every path once
  const rounds = 9;
  for (let r = 0; r < rounds; r++) {
    snippets.forEach((s, i) => {
      for (let k = 0; k < variants.length; k++) {
        const v = (k + r) % variants.length;
        const t0 = process.cpuUsage();
        variants[v](s);
        const dt = process.cpuUsage(t0);
        times[v][i].push((dt.user + dt.system) / 1000);
      }
    });
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const [offMs, noopMs, explainMs] = times.map((perSnippet) => perSnippet.reduce((sum, xs) => sum + median(xs), 0));

  console.log(`${snippets.length} corpus snippets, CPU ms, sum of per-snippet medians over ${rounds} interleaved rounds:`);
  console.log(`  normal runs (recorder off)  ${offMs.toFixed(1)} ms`);
  console.log(`  a recorder that does nothing ${noopMs.toFixed(1)} ms  (x${(noopMs / offMs).toFixed(3)})`);
  console.log(`  explain (record + build)     ${explainMs.toFixed(1)} ms  (x${(explainMs / offMs).toFixed(3)})`);
  console.log("  off, every hook site is one null check of the installed recorder: normal runs pay nothing more");
  return {
    explain_overhead: explainMs / offMs,
    explain_noop_ratio: noopMs / offMs,
  };
}
