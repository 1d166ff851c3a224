// op-table.ts keeps a graph's op records as columns in chunks of 8,192 ops (issue #13): an Operation is
// its chunk and row. These tests build graphs across several chunks and hold every record to what the
// op was given, in creation order: names, types, ids (also after a failed creation used one), inputs
// and attrs (columns made late, after ops without any), outputs' identity, lookups by name, control
// inputs, devices and session runs.
import { beforeEach, describe, expect, it } from "vitest";
import { Graph, type Operation, type Tensor, asDefault, asShape, float32, resetRuntime, within } from "../../src/tf/index.js";
import * as ops from "../../src/tf/ops/index.js";
import { CHUNK } from "../../src/tf/op-table.js";
import { Session } from "../../src/tf/session.js";
import { raises } from "./helpers.js";

beforeEach(() => resetRuntime("1.15"));

const SCALAR = asShape([]);

describe("op records in chunks", () => {
  it("give back each op's name, type, id, inputs, attrs and outputs across chunk boundaries", () => {
    const g = new Graph();
    const n = 2 * CHUNK + 100;
    const made: Operation[] = [];
    const want: { name: string; type: string; inputs: Tensor[]; attrs: Record<string, unknown> | null }[] = [];
    let prev: Tensor | null = null;
    for (let i = 0; i < n; i++) {
      // Inputs and attrs start late in each chunk (i % CHUNK >= 5000), so their columns are made then.
      const late = i % CHUNK >= 5000;
      const inputs = late && prev !== null && i % 3 === 0 ? [prev] : [];
      const attrs = late && i % 5 === 0 ? { k: i } : null;
      const type = i % 7 === 0 ? "Identity" : `T${i % 4}`;
      const op = g.createOp({ type, name: i % 2 === 0 ? "w" : `s${i % 3}/x`, inputs, attrs, dtypes: [float32], shapes: [SCALAR] });
      made.push(op);
      want.push({ name: "", type, inputs, attrs });
      if (i % 11 === 0) prev = op.outputs[0]!;
    }
    const all = g.getOperations();
    expect(all.length).toBe(n);
    expect(g.opCount).toBe(n);
    for (let i = 0; i < n; i++) {
      const op = made[i]!;
      expect(all[i]).toBe(op);
      expect(op.graph).toBe(g);
      expect(op.id).toBe(i + 1);
      expect(op.type).toBe(want[i]!.type);
      expect(op.inputs).toEqual(want[i]!.inputs);
      expect(op.attrs).toEqual(want[i]!.attrs);
      expect(op.outputs.length).toBe(1);
      expect(op.outputs[0]!.op).toBe(op);
    }
    // unique_name's answers: `w`, `w_1`, ... and `s0/x`, `s0/x_1`, ... in creation order.
    const counts = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const base = i % 2 === 0 ? "w" : `s${i % 3}/x`;
      const c = counts.get(base) ?? 0;
      counts.set(base, c + 1);
      const name = c === 0 ? base : `${base}_${c}`;
      expect(made[i]!.name).toBe(name);
      expect(g.getOperationByName(name)).toBe(made[i]);
      expect(g.getTensorByName(`${name}:0`)).toBe(made[i]!.outputs[0]);
    }
  });

  it("keep a list returned by get_operations() growing with the graph, and each op's tensor the same object", () => {
    const g = new Graph();
    const first = g.createOp({ type: "Const", name: "c", dtypes: [float32], shapes: [SCALAR] });
    const t = first.outputs[0]!;
    const list = g.getOperations();
    expect(list).toEqual([first]);
    for (let i = 0; i < CHUNK + 10; i++) g.createOp({ type: "Const", name: "c", dtypes: [float32], shapes: [SCALAR] });
    expect(g.getOperations().length).toBe(CHUNK + 11);
    expect(g.getOperations()[0]).toBe(first);
    expect(first.outputs[0]).toBe(t);
    expect(g.getTensorByName("c:0")).toBe(t);
    expect(g.getOperations()[CHUNK + 10]!.name).toBe(`c_${CHUNK + 10}`);
  });

  it("number ids as TF after a creation the C API refused (its id is used), in every chunk", () => {
    const g = new Graph();
    g.createOp({ type: "NoOp", name: "x/" });
    for (let i = 0; i < CHUNK - 2; i++) g.createOp({ type: "NoOp", name: "n" });
    // The next op would be the chunk's last; a duplicate verbatim name takes an id and no row.
    raises(() => g.createOp({ type: "NoOp", name: "x/" }), "ValueError", "Duplicate node name in graph: 'x'");
    const a = g.createOp({ type: "NoOp", name: "a" });
    const b = g.createOp({ type: "NoOp", name: "b" });
    raises(() => g.createOp({ type: "NoOp", name: "x/" }), "ValueError", "Duplicate node name in graph: 'x'");
    const c = g.createOp({ type: "NoOp", name: "c" });
    expect(a.id).toBe(CHUNK + 1);
    expect(b.id).toBe(CHUNK + 2);
    expect(c.id).toBe(CHUNK + 4);
    expect(g.version).toBe(CHUNK + 4);
    const all = g.getOperations();
    expect(all.length).toBe(CHUNK + 2);
    expect(all[CHUNK - 1]).toBe(a);
    expect(all[CHUNK]).toBe(b);
    expect(all[CHUNK + 1]).toBe(c);
    expect(all[CHUNK - 2]!.id).toBe(CHUNK - 1);
  });

  it("keep control inputs, devices, attrs set later and rerouted inputs per op", () => {
    const g = new Graph();
    within(asDefault(g), () => {
      const ops1: Operation[] = [];
      for (let i = 0; i < CHUNK + 5; i++) ops1.push(g.createOp({ type: "NoOp", name: "n" }));
      const x = g.createOp({ type: "Const", name: "x", dtypes: [float32], shapes: [SCALAR] });
      const y = within(g.controlDependencies([ops1[3]!]), () =>
        within(g.device("/cpu:0"), () => g.createOp({ type: "Identity", name: "y", inputs: [x.outputs[0]!], dtypes: [float32] })),
      );
      expect(y.controlInputs).toEqual([ops1[3]]);
      expect(y.device).toBe("/device:CPU:0");
      expect(x.device).toBe("");
      expect(x.controlInputs).toEqual([]);
      ops1[CHUNK + 1]!._setAttr("late", 1);
      expect(ops1[CHUNK + 1]!.getAttr("late")).toBe(1);
      expect(ops1[CHUNK]!.attrs).toBe(null);
      ops1[CHUNK + 2]!._addControlInput(ops1[0]!);
      expect(ops1[CHUNK + 2]!.controlInputs).toEqual([ops1[0]]);
      expect(ops1[CHUNK + 3]!.controlInputs).toEqual([]);
      const z = g.createOp({ type: "Const", name: "z", dtypes: [float32], shapes: [SCALAR] });
      y._updateInput(0, z.outputs[0]!);
      expect(y.inputs).toEqual([z.outputs[0]]);
      expect(ops1[CHUNK + 4]!.inputs).toEqual([]);
    });
  });

  it("keep devices set first late in the first chunk, for that op and the ones after", () => {
    const g = new Graph();
    const made: Operation[] = [];
    for (let i = 0; i < 5000; i++) made.push(g.createOp({ type: "NoOp", name: "a" }));
    within(g.device("/cpu:0"), () => {
      for (let i = 0; i < 3; i++) made.push(g.createOp({ type: "NoOp", name: "b" }));
    });
    made.push(g.createOp({ type: "NoOp", name: "c" }));
    expect(made.slice(0, 5000).every((op) => op.device === "")).toBe(true);
    expect(made.slice(5000, 5003).map((op) => op.device)).toEqual(["/device:CPU:0", "/device:CPU:0", "/device:CPU:0"]);
    expect(made[5003]!.device).toBe("");
    expect(made[4999]!.controlInputs).toEqual([]);
  });

  it("run in a session as before, past the first chunk", () => {
    const g = new Graph();
    const out = within(asDefault(g), () => {
      for (let i = 0; i < CHUNK; i++) g.createOp({ type: "NoOp", name: "pad" });
      const a = ops.constant(ops.pyInt(2));
      const b = ops.constant(ops.pyInt(3));
      return ops.add(a, b);
    });
    expect(out.op.id).toBe(CHUNK + 3);
    const s = new Session({ graph: g });
    expect((s.run(out) as { data: unknown }).data).toEqual([5]);
    expect((s.run(g.getTensorByName("Add:0")) as { data: unknown }).data).toEqual([5]);
  });
});
