// InstanceDict (src/python/objects/instance-dict.ts) must read as the Map it replaced: after any
// sequence of sets, deletes and clears, the same names in the same order with the same values, whether
// the instance still shares a layout or has fallen back to a Map of its own.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InstanceDict, Layout } from "../../../src/python/objects/instance-dict.js";

type Op = { kind: "set"; k: string; v: number } | { kind: "delete"; k: string } | { kind: "clear" };

function op(names: string[]): fc.Arbitrary<Op> {
  const name = fc.constantFrom(...names);
  return fc.oneof(
    { weight: 8, arbitrary: fc.record({ kind: fc.constant("set" as const), k: name, v: fc.integer() }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant("delete" as const), k: name }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("clear" as const) }) },
  );
}

/** Applies the ops to several instances of one class (sharing its root layout) and to Maps alike. */
function agrees(runs: Op[][]): void {
  const root = new Layout();
  for (const ops of runs) {
    const d = new InstanceDict(root);
    const m = new Map<string, number>();
    for (const o of ops) {
      if (o.kind === "set") {
        d.set(o.k, o.v);
        m.set(o.k, o.v);
      } else if (o.kind === "delete") expect(d.delete(o.k)).toBe(m.delete(o.k));
      else {
        d.clear();
        m.clear();
      }
      expect(d.size).toBe(m.size);
    }
    expect([...d]).toEqual([...m]);
    expect([...d.keys()]).toEqual([...m.keys()]);
    expect([...d.values()]).toEqual([...m.values()]);
    for (const k of new Set(ops.flatMap((o) => (o.kind === "clear" ? [] : [o.k])))) {
      expect(d.get(k)).toBe(m.get(k));
      expect(d.has(k)).toBe(m.has(k));
    }
  }
}

describe("InstanceDict reads as a Map", () => {
  it("few names, shared layouts: any sets, deletes and clears over several instances", () => {
    const names = ["x", "y", "z", "w"];
    fc.assert(fc.property(fc.array(fc.array(op(names), { maxLength: 40 }), { minLength: 1, maxLength: 6 }), agrees), {
      seed: 20261207,
      numRuns: 300,
    });
  });

  it("many names: past 30 names or 16 shapes from one layout it falls back to a Map of its own", () => {
    const names = Array.from({ length: 45 }, (_, i) => `a${i}`);
    fc.assert(fc.property(fc.array(fc.array(op(names), { maxLength: 120 }), { minLength: 1, maxLength: 20 }), agrees), {
      seed: 20261207,
      numRuns: 100,
    });
  });

  it("a reassigned name keeps its place, a deleted and re-added one moves to the end", () => {
    const d = new InstanceDict(new Layout());
    d.set("a", 1).set("b", 2).set("c", 3).set("a", 4);
    expect([...d.keys()]).toEqual(["a", "b", "c"]);
    d.delete("a");
    d.set("a", 5);
    expect([...d]).toEqual([
      ["b", 2],
      ["c", 3],
      ["a", 5],
    ]);
  });

  it("instances that set the same names in the same order share one layout", () => {
    const root = new Layout();
    const p = new InstanceDict(root).set("x", 1).set("y", 2);
    const q = new InstanceDict(root).set("x", 3).set("y", 4);
    const r = new InstanceDict(root).set("y", 5).set("x", 6);
    expect(p.layout).toBe(q.layout);
    expect(r.layout).not.toBe(p.layout);
    // Deleting the same name leads back to a shared layout too.
    p.delete("x");
    q.delete("x");
    expect(p.layout).toBe(q.layout);
  });
});
