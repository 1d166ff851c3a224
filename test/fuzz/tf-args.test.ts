// The short run of the random-argument test (test/fuzz/tf-args.ts); `npm run fuzz:tf` runs the long one.
import { describe, expect, it } from "vitest";
import { fuzzTfArgs } from "./tf-args.js";

describe("every public callable of tf.* with random arguments", () => {
  it("ends each call in a Python value or a Python exception, never an internal error", () => {
    const report = fuzzTfArgs({ seed: 1, calls: 3000 });
    expect(report.internal.map((e) => `${e.call}: ${e.message}`)).toEqual([]);
    // Modelled functions return values and raise TF's own exceptions, not only unsupported.
    expect(report.counts.value).toBeGreaterThan(100);
    expect(report.counts.TypeError).toBeGreaterThan(100);
  });
});
