// Philox4x32-10 known-answer vectors are Random123's, which TF's own tests use
// (tensorflow/compiler/tests/stateful_random_ops_test.py testPhilox4x32); the conversions follow
// lib/random/random_distributions.h.
import { describe, expect, it } from "vitest";
import { Philox, fillVariable, uint32ToFloat, uint64ToDouble } from "../../../src/tf/kernels/philox.js";

function philox(counter: number[], key: number[]): Philox {
  const p = new Philox();
  p.counter.set(counter);
  p.key.set(key);
  return p;
}

describe("Philox4x32-10", () => {
  it("matches the known-answer vectors", () => {
    expect([...philox([0, 0, 0, 0], [0, 0]).next()]).toEqual([0x6627e8d5, 0xe169c58d, 0xbc57ac4c, 0x9b00dbd8]);
    const ones = 0xffffffff;
    expect([...philox([ones, ones, ones, ones], [ones, ones]).next()]).toEqual([0x408f276d, 0x41c83b0e, 0xa20bc7c6, 0x6d5451fd]);
    expect([...philox([0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344], [0xa4093822, 0x299f31d0]).next()])
      .toEqual([0xd16cfe09, 0x94fdcceb, 0x5001e420, 0x24126ea1]);
  });
  it("seeds key and upper counter from (seed, seed2) and carries when skipping", () => {
    const p = Philox.fromSeeds(0x100000002n, 0x300000004n);
    expect([...p.key]).toEqual([2, 1]);
    expect([...p.counter]).toEqual([0, 0, 4, 3]);
    const q = philox([0xffffffff, 0xffffffff, 7, 0], [0, 0]);
    q.skip(1);
    expect([...q.counter]).toEqual([0, 0, 8, 0]);
    const r = philox([5, 0, 0, 0], [0, 0]);
    r.skip(2 ** 32 + 3);
    expect([...r.counter]).toEqual([8, 1, 0, 0]);
  });
  it("turns words into floats in [0, 1) from their mantissa bits", () => {
    expect(uint32ToFloat(0)).toBe(0);
    expect(uint32ToFloat(0x400000)).toBe(0.5);
    expect(uint32ToFloat(0xffffffff)).toBe(1 - 2 ** -23);
    expect(uint64ToDouble(0x80000, 0)).toBe(0.5);
    expect(uint64ToDouble(0xfffff, 0xffffffff)).toBe(1 - 2 ** -52);
  });
  it("starts each variable-sample group 256 outputs apart", () => {
    const base = philox([0, 0, 0, 0], [1, 2]);
    const firstWords: number[] = [];
    fillVariable(base, 8, 4, (word) => { firstWords.push(word()); return [0, 0, 0, 0]; });
    const g1 = base.clone();
    g1.skip(256);
    expect(firstWords).toEqual([base.clone().next()[0], g1.next()[0]]);
  });
});
