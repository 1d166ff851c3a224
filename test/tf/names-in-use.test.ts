// names-in-use.ts lays TF's flat `_names_in_use` dict out as a tree of scopes; these tests hold it to a
// line-by-line port of ops.py `Graph.unique_name` (TF 1.15, ops.py 4145-4195) over one flat dict.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Graph } from "../../src/tf/index.js";

/** ops.py `unique_name`, verbatim in TS: the oracle. */
function tfUniqueName(namesInUse: Map<string, number>, nameStack: string | null, name: string, markAsUsed: boolean): string {
  if (nameStack) name = nameStack + "/" + name;
  let nameKey = name.toLowerCase();
  let i = namesInUse.get(nameKey) ?? 0;
  if (markAsUsed) namesInUse.set(nameKey, i + 1);
  if (i > 0) {
    const baseNameKey = nameKey;
    while (namesInUse.has(nameKey)) {
      nameKey = `${baseNameKey}_${i}`;
      i += 1;
    }
    if (markAsUsed) namesInUse.set(nameKey, 1);
    name = `${name}_${i - 1}`;
  }
  return name;
}

describe("names_in_use as a tree of scopes", () => {
  it("keeps `x`, `/x` and `x/` apart, as the flat dict does", () => {
    const g = new Graph();
    expect(g.uniqueName("x")).toBe("x");
    // "/x" is another key than "x": both start at count 0.
    expect(g.uniqueName("/x")).toBe("/x");
    expect(g.uniqueName("/x")).toBe("/x_1");
    expect(g.uniqueName("x")).toBe("x_1");
    expect(g.nameUseCount("x")).toBe(2);
    expect(g.nameUseCount("/x")).toBe(2);
    expect(g.nameUseCount("x/")).toBe(0);
  });

  it("is case-insensitive across every segment and keeps the requested case", () => {
    const g = new Graph();
    g.nameStack = "Outer/Inner";
    expect(g.uniqueName("W")).toBe("Outer/Inner/W");
    g.nameStack = "outer/INNER";
    expect(g.uniqueName("w")).toBe("outer/INNER/w_1");
    expect(g.uniqueName("w_1")).toBe("outer/INNER/w_1_1");
    g.nameStack = null;
    expect(g.uniqueName("OUTER/inner/W")).toBe("OUTER/inner/W_2");
    expect(g.nameUseCount("outer/inner/w")).toBe(3);
  });

  /** Asks a fresh graph for each step's unique name; each, and the counts left, must be ops.py's. Returns both. */
  const replay = (steps: { stack: string | null; name: string; mark: boolean }[]) => {
    const g = new Graph();
    const flat = new Map<string, number>();
    for (const s of steps) {
      g.nameStack = s.stack;
      expect(g.uniqueName(s.name, s.mark)).toBe(tfUniqueName(flat, s.stack, s.name, s.mark));
    }
    for (const [key, count] of flat) expect(g.nameUseCount(key)).toBe(count);
    return { g, flat };
  };

  it("matches ops.py unique_name on random stacks, names and marks", () => {
    const stacks = [null, "", "a", "A", "a/b", "A/B", "a_1", "a/b_1", "b", "/a", "a//b"];
    const names = ["a", "A", "b", "a_1", "A_1", "b_1", "a/b", "A/b_1", "/a", "", "a_2", "b/a"];
    const step = fc.record({ stack: fc.constantFrom(...stacks), name: fc.constantFrom(...names), mark: fc.boolean() });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => void replay(steps)),
      { numRuns: 300, seed: 13 },
    );
  });

  it("matches ops.py unique_name in scopes of many names and sub-scopes (past the inline and flat layouts)", () => {
    // scope-node.ts keeps one leaf and one sub-scope inline, 16 more leaves in an array, then a Map.
    const leaves = Array.from({ length: 40 }, (_, k) => (k % 3 === 0 ? `n${k}` : k % 3 === 1 ? `N${k}_1` : "n"));
    const step = fc.record({ stack: fc.constantFrom(null, "s", "S/t", "s/t/u"), name: fc.constantFrom(...leaves, "t", "t/u", "T"), mark: fc.boolean() });
    fc.assert(
      fc.property(fc.array(step, { minLength: 50, maxLength: 200 }), (steps) => void replay(steps)),
      { numRuns: 100, seed: 29 },
    );
  });

  it("counts a name that is already a scope of other names (one entry holds both)", () => {
    const g = new Graph();
    const flat = new Map<string, number>();
    const seq: [string | null, string][] = [
      [null, "w_1/x"], [null, "w"], [null, "w"], [null, "W_1"], [null, "w"], ["w_2", "y"], [null, "w"], ["W_3", "z"], [null, "w_3"], ["w", "w"],
    ];
    for (const [stack, name] of seq) {
      g.nameStack = stack;
      expect(g.uniqueName(name)).toBe(tfUniqueName(flat, stack, name, true));
    }
    for (const [key, count] of flat) expect(g.nameUseCount(key)).toBe(count);
    expect(g.nameUseCount("w_1")).toBe(2);
  });

  it("matches ops.py unique_name where suffixes run on from a scope's first name (kept as one number)", () => {
    // scope-node.ts counts `w_1`, `w_2`, ... claimed after a scope's first name `w` as a run: names
    // written like suffixes, asked for directly or used as scopes, must see the same counts.
    const names = ["w", "W", "w", "w", "w_1", "w_2", "W_3", "w_01", "w_0", "w_", "w_1_1", "w_10", "w_2/x", "w_4/y", "x", "w1"];
    const probes = ["w", "w_", "w_0", "w_00", "w_01", "w_1", "w_2", "w_3", "w_4", "w_5", "w_9", "w_10", "w_11", "w_1_1", "w_1_2", "w_4/y", "w_2/x"];
    const step = fc.record({ stack: fc.constantFrom(null, "s", "S"), name: fc.constantFrom(...names), mark: fc.boolean() });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 120 }), (steps) => {
        const { g, flat } = replay(steps);
        for (const p of probes) for (const key of [p, `s/${p}`]) expect(g.nameUseCount(key)).toBe(flat.get(key) ?? 0);
      }),
      { numRuns: 300, seed: 31 },
    );
  });
});
