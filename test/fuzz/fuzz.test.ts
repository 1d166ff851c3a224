// The short, fixed-seed fuzz run of `npm test` (the long run is `npm run fuzz`): random mutations of the
// seed snippets, deep constructs, generated programs and documents; no JS exception may escape.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { genDeep, genDocument, genMutation, seedSnippets } from "./gen-inputs.mjs";
import { genProgram } from "./gen-programs.mjs";
import { checkProperty, explainProperty, parseProperty, runProperty } from "./harness.mjs";
import { lib } from "./lib-src.js";

const root = new URL("../..", import.meta.url).pathname;
const seeds = seedSnippets(root);
const SEED = 20261206;

/** fast-check over an integer seed: the generators are seeded functions, so a failure replays from it. */
function holds(numRuns: number, prop: (seed: number) => object | null): void {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
      const f = prop(seed);
      if (f) throw new Error(`seed ${seed}: ${JSON.stringify(f).slice(0, 2000)}`);
    }),
    { seed: SEED, numRuns, endOnFailure: true },
  );
}

describe("fuzz (short, fixed seed)", () => {
  it("mutated snippets: the parser and the interpreter never let a JS exception escape", () => {
    holds(40, (s) => {
      const src = genMutation(s, seeds);
      return parseProperty(lib, src) ?? runProperty(lib, src);
    });
  });
  it("deep and long constructs are parsed and run without a JS stack overflow", () => {
    holds(25, (s) => {
      const src = genDeep(s, 1000);
      return parseProperty(lib, src) ?? runProperty(lib, src);
    });
  });
  it("generated programs run without an internal error", () => {
    holds(60, (s) => runProperty(lib, genProgram(s)));
  });
  it("explain never throws", () => {
    holds(15, (s) => explainProperty(lib, genMutation(s, seeds)));
  });
  it("every check report lists every Python block of a random document", () => {
    holds(15, (s) => checkProperty(lib, genDocument(s, seeds)));
  });
  it("the seeds are there", () => expect(seeds.length).toBeGreaterThan(20));
});
