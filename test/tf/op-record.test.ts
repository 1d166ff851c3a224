// tensor.ts keeps an op record small (issue #13): its name in two parts until it is read, its single
// output as a shared PendingOutput until its Tensor is asked for, and device, control inputs and control
// flow context in a side record made on first use. These tests hold the lazy record to what an eager one
// gives: names (against a line-by-line port of ops.py unique_name), tensor identity, lookups by name,
// `get_operations()` order, shapes kept apart, and session runs.
import fc from "fast-check";
import { beforeEach, describe, expect, it } from "vitest";
import { Graph, type Operation, asDefault, asShape, float32, int32, resetRuntime, unknownShape, within } from "../../src/tf/index.js";
import * as ops from "../../src/tf/ops/index.js";
import { Session } from "../../src/tf/session.js";

beforeEach(() => resetRuntime("1.15"));

/** ops.py `unique_name` (TF 1.15, ops.py 4145-4195), verbatim: the oracle. */
function tfUniqueName(namesInUse: Map<string, number>, nameStack: string | null, name: string): string {
  if (nameStack) name = nameStack + "/" + name;
  let nameKey = name.toLowerCase();
  let i = namesInUse.get(nameKey) ?? 0;
  namesInUse.set(nameKey, i + 1);
  if (i > 0) {
    const baseNameKey = nameKey;
    while (namesInUse.has(nameKey)) {
      nameKey = `${baseNameKey}_${i}`;
      i += 1;
    }
    namesInUse.set(nameKey, 1);
    name = `${name}_${i - 1}`;
  }
  return name;
}

const SCALAR = asShape([]);

describe("op names kept in two parts until read", () => {
  it("equal ops.py unique_name's over random scopes and ops, whenever they are read", () => {
    const names = ["w", "W", "w_1", "b", "conv", "Const", "a/b", "w_2", "B_1"];
    const step = fc.oneof(
      fc.record({ kind: fc.constant("enter" as const), name: fc.constantFrom("layer", "Layer", "block", "w", "conv", "a/b") }),
      fc.record({ kind: fc.constant("exit" as const) }),
      fc.record({ kind: fc.constant("op" as const), name: fc.constantFrom(...names), readNow: fc.boolean() }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 80 }), fc.integer({ min: 0, max: 1000 }), (steps, seed) => {
        const g = new Graph();
        const flat = new Map<string, number>();
        const scopes: { cm: { exit(): void }; stack: string | null }[] = [];
        const made: [Operation, string][] = [];
        for (const s of steps) {
          const stack = g.nameStack;
          if (s.kind === "enter") {
            const cm = g.nameScope(s.name);
            const expected = tfUniqueName(flat, stack, s.name);
            expect(cm.enter()).toBe(`${expected}/`);
            scopes.push({ cm, stack });
          } else if (s.kind === "exit") {
            const top = scopes.pop();
            if (top === undefined) continue;
            top.cm.exit();
            expect(g.nameStack).toBe(top.stack);
          } else {
            const op = g.createOp({ type: "Const", name: s.name, dtypes: [float32], shapes: [SCALAR] });
            const expected = tfUniqueName(flat, stack, s.name);
            if (s.readNow) expect(op.name).toBe(expected);
            made.push([op, expected]);
          }
        }
        // Read the rest in a scrambled order, then look every op and tensor up by name.
        const order = made.map((_, k) => k).sort((a, b) => ((a * 7919 + seed) % 101) - ((b * 7919 + seed) % 101));
        for (const k of order) expect(made[k]![0].name).toBe(made[k]![1]);
        for (const [op, name] of made) {
          expect(g.getOperationByName(name)).toBe(op);
          expect(g.getTensorByName(`${name}:0`)).toBe(op.outputs[0]);
          expect(op.outputs[0]!.name).toBe(`${name}:0`);
        }
        expect(g.getOperations()).toEqual(made.map(([op]) => op));
      }),
      { numRuns: 200, seed: 13 },
    );
  });

  it("are checked against verbatim names and by the name index made before or after", () => {
    const g = new Graph();
    within(g.nameScope("s"), () => {
      g.createOp({ type: "Const", name: "x" });
      // The index exists from here on: later ops enter it under their whole name.
      expect(g.getOperationByName("s/x").name).toBe("s/x");
      g.createOp({ type: "Const", name: "y" });
    });
    expect(g.getOperationByName("s/y").type).toBe("Const");
    g.createOp({ type: "Const", name: "s/z/" });
    // A uniquified name equal to an earlier verbatim one is refused as the C API does.
    within(g.nameScope("s/"), () => {
      expect(() => g.createOp({ type: "Const", name: "z" })).toThrow("Duplicate node name in graph: 's/z'");
    });
    expect(g.getOperations().map((o) => o.name)).toEqual(["s/x", "s/y", "s/z"]);
  });
});

describe("a single output made on first use", () => {
  it("is one Tensor per op, the same object however it is reached", () => {
    const g = new Graph();
    const a = g.createOp({ type: "Const", name: "c", dtypes: [float32], shapes: [SCALAR] });
    const b = g.createOp({ type: "Const", name: "c", dtypes: [float32], shapes: [SCALAR] });
    const c = g.createOp({ type: "Const", name: "c", dtypes: [float32], shapes: [SCALAR] });
    // Reached first by name, by `outputs`, by the first-output shortcut.
    const tb = g.getTensorByName("c_1:0");
    const ta = a.outputs[0]!;
    const tc = c.firstOutput!;
    expect(b.outputs[0]).toBe(tb);
    expect(b.firstOutput).toBe(tb);
    expect(a.firstOutput).toBe(ta);
    expect(a.outputs).toBe(a.outputs);
    expect(c.outputs[0]).toBe(tc);
    expect(c.values()[0]).toBe(tc);
    expect(new Set([ta, tb, tc]).size).toBe(3);
    for (const [op, t] of [[a, ta], [b, tb], [c, tc]] as const) {
      expect(t.op).toBe(op);
      expect(t.valueIndex).toBe(0);
      expect(t.dtype).toBe(float32);
      expect(t.shape).toBe(SCALAR);
      expect(t.graph).toBe(g);
    }
    expect([ta.name, tb.name, tc.name]).toEqual(["c:0", "c_1:0", "c_2:0"]);
  });

  it("keeps its own shape when ops shared one pending output", () => {
    const g = new Graph();
    const partial = asShape([null, 2]);
    const a = g.createOp({ type: "Placeholder", dtypes: [float32], shapes: [partial] });
    const b = g.createOp({ type: "Placeholder", dtypes: [float32], shapes: [partial] });
    const c = g.createOp({ type: "Placeholder", dtypes: [int32] });
    a.outputs[0]!.setShape([3, 2]);
    expect(a.outputs[0]!.shape.asList()).toEqual([3, 2]);
    expect(b.outputs[0]!.shape).toBe(partial);
    expect(c.outputs[0]!.dtype).toBe(int32);
    expect(c.outputs[0]!.shape).toBe(unknownShape());
  });

  it("leaves ops without outputs and ops with several as they were", () => {
    const g = new Graph();
    const none = g.createOp({ type: "NoOp" });
    expect(none.outputs).toEqual([]);
    expect(none.firstOutput).toBeUndefined();
    const two = g.createOp({ type: "Unique", dtypes: [float32, int32] });
    const [y, idx] = two.outputs;
    expect(two.firstOutput).toBe(y);
    expect(g.getTensorByName("Unique:1")).toBe(idx);
    expect(idx!.dtype).toBe(int32);
  });

  it("runs in a session, fetched by tensor and by name", () => {
    const g = new Graph();
    const cm = asDefault(g);
    cm.enter();
    try {
      const x = within(g.nameScope("a"), () => ops.constant(ops.pyInt(3)));
      const y = ops.add(x, ops.constant(ops.pyInt(4)));
      const sess = new Session({ graph: g });
      expect((sess.run(y) as { data: unknown }).data).toEqual([7]);
      expect(g.getTensorByName("a/Const:0")).toBe(x);
      expect((sess.run(g.getTensorByName("Add:0")) as { data: unknown }).data).toEqual([7]);
    } finally {
      cm.exit();
    }
  });
});

describe("device, control inputs and control flow context in a side record", () => {
  it("read as TF's defaults until set, and as set after", () => {
    const g = new Graph();
    const a = g.createOp({ type: "NoOp", name: "a" });
    expect(a.device).toBe("");
    expect(a.controlInputs).toEqual([]);
    expect(a._controlFlowContext).toBeNull();
    const b = within(g.controlDependencies([a]), () => within(g.device("/cpu:0"), () => g.createOp({ type: "NoOp", name: "b" })));
    expect(b.device).toBe("/device:CPU:0");
    expect(b.controlInputs).toEqual([a]);
    const c = g.createOp({ type: "NoOp", name: "c", controlInputs: [b] });
    expect(c.device).toBe("");
    expect(c.controlInputs).toEqual([b]);
    c._addControlInput(a);
    expect(c.controlInputs).toEqual([b, a]);
    a._addControlInput(c);
    expect(a.controlInputs).toEqual([c]);
    expect(a.device).toBe("");
    b._setDevice("");
    expect(b.device).toBe("");
  });
});
