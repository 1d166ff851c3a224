#!/usr/bin/env node
/**
 * Writes test/fuzz/differential-sample.json: a fixed-seed sample of generated programs (run) and
 * mutated snippets (compile) with CPython 3.11's outcome for each (PYTHONHASHSEED=0). Committed, so the
 * differential test in `npm test` is deterministic and its expected values are CPython's.
 */
import { writeFileSync } from "node:fs";
import { startOracle } from "./differential.mjs";
import { genMutation, seedSnippets } from "./gen-inputs.mjs";
import { genProgram } from "./gen-programs.mjs";

export const SAMPLE_SEED = 14_000;
export const SAMPLE_SIZE = 60;

const root = new URL("../..", import.meta.url).pathname;
const seeds = seedSnippets(root);
const oracle = startOracle();
const cases = [];
for (let k = 0; k < SAMPLE_SIZE; k++) {
  const s = SAMPLE_SEED + k;
  const program = genProgram(s);
  cases.push({ seed: s, mode: "run", src: program, cpython: await oracle.ask(program, "run") });
  const mutation = genMutation(s, seeds);
  cases.push({ seed: s, mode: "compile", src: mutation, cpython: await oracle.ask(mutation, "compile") });
}
oracle.close();
writeFileSync(new URL("./differential-sample.json", import.meta.url), JSON.stringify(cases, null, 1) + "\n");
