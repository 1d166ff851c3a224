// check_seeds_ms: wall time of checking the whole bundled seed corpus in-process (the main job),
// median of 5 runs after one warm-up; and check_cli_ms: the same through the CLI in a fresh process.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { checkCorpus, BUNDLED_CORPUS } from "../dist/docs/golden.js";
import { tfSessionFactory } from "../dist/shim/session.js";

const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export default async function () {
  checkCorpus(BUNDLED_CORPUS, { sessionFactory: tfSessionFactory });
  const times = [];
  let snippets = 0;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const r = checkCorpus(BUNDLED_CORPUS, { sessionFactory: tfSessionFactory });
    times.push(performance.now() - t0);
    snippets = r.summary.snippets;
  }
  const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
  const cliTimes = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    spawnSync(process.execPath, [cli, "check"], { stdio: "ignore" });
    cliTimes.push(performance.now() - t0);
  }
  const inProcess = median(times), viaCli = median(cliTimes);
  console.log(`check of the bundled corpus (${snippets} snippets): ${inProcess.toFixed(1)} ms in-process, ${viaCli.toFixed(0)} ms via the CLI`);
  return { check_seeds_ms: inProcess, check_cli_ms: viaCli };
}
