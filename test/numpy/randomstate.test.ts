// Expected streams: numpy's famous seeded values, cross-checked with CPython's random module
// (the same MT19937 and 53-bit double) loaded with numpy's init_genrand state.
import { describe, expect, it } from "vitest";
import { arrayStr } from "../../src/numpy/arrayprint.js";
import { RandomState } from "../../src/numpy/randomstate.js";

describe("legacy RandomState", () => {
  it("reproduces numpy's seeded doubles and raw words", () => {
    const r = new RandomState(0);
    expect(r.randomSample([3]).data).toEqual([0.5488135039273248, 0.7151893663724195, 0.6027633760716439]);
    const w = new RandomState(0);
    expect([1, 2, 3, 4, 5].map(() => w.nextUint32())).toEqual([2357136044, 2546248239, 3071714933, 3626093760, 2588848963]);
    expect(new RandomState(42).randomSample([3]).data).toEqual([0.3745401188473625, 0.9507143064099162, 0.7319939418114051]);
  });
  it("prints rand(3) as numpy does", () => {
    expect(arrayStr(new RandomState(0).randomSample([3]))).toBe("[0.5488135  0.71518937 0.60276338]");
  });
  it("draws normals by the polar method and integers by masked rejection", () => {
    expect(new RandomState(0).standardNormal().data[0]).toBe(1.764052345967664);
    expect(new RandomState(42).standardNormal().data[0]).toBe(0.4967141530112327);
    expect(new RandomState(0).randint(0, 10, [5]).data).toEqual([5, 0, 3, 3, 7]);
  });
  it("permutes as numpy's shuffle does", () => {
    expect(new RandomState(0).permutation(10).data).toEqual([2, 8, 4, 9, 1, 6, 7, 3, 0, 5]);
    expect(new RandomState(42).permutation(10).data).toEqual([8, 1, 5, 0, 7, 2, 9, 4, 3, 6]);
  });
  it("checks its arguments", () => {
    expect(() => new RandomState(-1)).toThrow("Seed must be between 0 and 2**32 - 1");
    expect(() => new RandomState(0).randint(3, 3)).toThrow("low >= high");
  });
});
