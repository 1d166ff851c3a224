// The helper most shim tests share: a program run under the TF 1.15 shim, its stdout kept apart.
import { runTf } from "../../src/shim/run.js";

/** Runs `code` as a TF 1.15 program: what it printed, and the run's outcome. */
export function runOut(code: string): { out: string; r: ReturnType<typeof runTf> } {
  let out = "";
  const r = runTf(code, { stdout: (s) => (out += s), stderr: () => {} });
  return { out, r };
}
