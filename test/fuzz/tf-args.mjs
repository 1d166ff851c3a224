#!/usr/bin/env node
// The long run of the random-argument test: `npm run fuzz:tf [-- --calls N --seed S]` (default 100,000
// calls, seed 1). It compiles test/fuzz/tf-args.ts with esbuild (a dev dependency) against the built
// dist/ (run `npm run build` first) and prints the outcome counts and every internal error with the
// call that caused it; exit status 1 when any.
import { build } from "esbuild";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : dflt;
};
const calls = opt("calls", 100_000);
const seed = opt("seed", 1);
// --show TypeError,KeyError: print example calls that ended in those exceptions.
const show = argv.includes("--show") ? argv[argv.indexOf("--show") + 1].split(",") : [];

const root = fileURLToPath(new URL("../..", import.meta.url)).replace(/\/$/, "");
const dir = mkdtempSync(join(tmpdir(), "tf-args-"));
const out = join(dir, "tf-args.mjs");
await build({
  entryPoints: [fileURLToPath(new URL("./tf-args.ts", import.meta.url))],
  bundle: true,
  platform: "node",
  format: "esm",
  outfile: out,
  packages: "external",
  logLevel: "warning",
  // The test imports ../../src/*.js; the compiled dist/*.js stand in (the shim finds its Python
  // sources beside its own module, so it must run from there).
  plugins: [{
    name: "dist",
    setup(b) {
      b.onResolve({ filter: /\/src\// }, (a) => ({ path: resolve(a.resolveDir, a.path).replace(`${root}/src/`, `${root}/dist/`), external: true }));
    },
  }],
});
try {
  const { fuzzTfArgs } = await import(pathToFileURL(out).href);
  const started = Date.now();
  const report = fuzzTfArgs({ seed, calls, show });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(`${report.calls} calls (seed ${seed}) over ${report.targets} callables in ${secs} s\n`);
  for (const [k, n] of Object.entries(report.counts).sort((a, b) => b[1] - a[1])) process.stdout.write(`  ${k.padEnd(24)} ${n}\n`);
  for (const x of report.examples) process.stdout.write(`  [${x.kind}] ${x.call}\n      ${x.message}\n`);
  process.stdout.write(`internal errors: ${report.internal.length}\n`);
  // One example per function and message.
  const seen = new Set();
  for (const e of report.internal) {
    const key = `${e.call.split("(")[0]}: ${e.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    process.stdout.write(`  ${e.call}\n    ${e.message}\n`);
    if (argv.includes("--stacks")) process.stdout.write(`${e.stack.split("\n").slice(1, 6).join("\n")}\n`);
  }
  process.exitCode = report.internal.length > 0 ? 1 : 0;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
