// The ops of ops/linalg.ts and slice-op.ts, and Range over floats: shape functions as
// tensorflow/core/ops/{linalg,array,math}_ops.cc register them, values as their CPU kernels compute
// them (sequence_ops.cc LinSpaceOp and RangeOp compute in T, element after element).
import { beforeEach, describe, expect, it } from "vitest";
import { float32, float64 } from "../../../src/tf/index.js";
import { Session } from "../../../src/tf/session.js";
import {
  constant, diagPart, linSpace, matrixDiag, matrixSetDiag, ones, qr, range, scatterNd, sign, slice, zeros,
} from "../../../src/tf/ops/index.js";
import type { NDArray } from "../../../src/numpy/index.js";
import { fl, floats, fresh, i, ints, opSummary, pyError } from "./helpers.js";

beforeEach(() => fresh());

const run = (t: Parameters<Session["run"]>[0]) => new Session().run(t) as NDArray;
const f32 = (x: number) => Math.fround(x);
const dimsOf = (t: { shape: { asList(): (number | null)[] } }) => t.shape.asList();

describe("Qr", () => {
  it("has q [.., m, min(m, n)] and r [.., min(m, n), n], or square q with full_matrices", () => {
    const a = zeros(ints(2, 5, 3));
    const [q, r] = qr(a);
    expect([dimsOf(q), dimsOf(r)]).toEqual([[2, 5, 3], [2, 3, 3]]);
    const [qf, rf] = qr(a, true);
    expect([dimsOf(qf), dimsOf(rf)]).toEqual([[2, 5, 5], [2, 5, 3]]);
    expect(pyError(() => qr(zeros(ints(3))))).toContain("Shape must be at least rank 2 but is rank 1");
  });

  it("factors a matrix: Q R = A with Q's columns orthonormal", () => {
    const a = constant(floats(2, -1, 0, 1, 3, 4, 0, 5, -2), float64, [3, 3]);
    const [q, r] = qr(a);
    const [Q, R] = new Session().run([q, r]) as NDArray[];
    const qd = Q!.numbers(), rd = R!.numbers();
    for (let i2 = 0; i2 < 3; i2++) {
      for (let j = 0; j < 3; j++) {
        let prod = 0, dot = 0;
        for (let k = 0; k < 3; k++) { prod += qd[i2 * 3 + k]! * rd[k * 3 + j]!; dot += qd[k * 3 + i2]! * qd[k * 3 + j]!; }
        expect(prod).toBeCloseTo([2, -1, 0, 1, 3, 4, 0, 5, -2][i2 * 3 + j]!, 12);
        expect(dot).toBeCloseTo(i2 === j ? 1 : 0, 12);
        if (i2 > j) expect(rd[i2 * 3 + j]).toBe(0);
      }
    }
  });
});

describe("DiagPart, MatrixDiag, MatrixSetDiag, Sign", () => {
  it("DiagPart takes the diagonal of an even-rank tensor and refuses an odd rank", () => {
    expect(run(diagPart(constant(floats(1, 2, 3, 4), float32, [2, 2]))).numbers()).toEqual([1, 4]);
    expect(pyError(() => diagPart(zeros(ints(2, 2, 2))))).toBe(
      "ValueError: Input must have even and non-zero rank, input rank is 3 for 'DiagPart_1' (op: 'DiagPart') with input shapes: [2,2,2].");
  });

  it("MatrixDiag (named `diag`) and MatrixSetDiag (named `set_diag`) as TF 1.15 builds them", () => {
    const m = matrixDiag(ones(ints(3)));
    const s = matrixSetDiag(zeros(ints(3, 2)), ones(ints(2)));
    expect(opSummary().filter((x) => !x.startsWith("ones") && !x.startsWith("zeros"))).toEqual(["diag:MatrixDiag", "set_diag:MatrixSetDiag"]);
    expect(run(m).numbers()).toEqual([1, 0, 0, 0, 1, 0, 0, 0, 1]);
    expect(run(s).numbers()).toEqual([1, 0, 0, 1, 0, 0]);
  });

  it("Sign keeps the dtype and gives -1, 0, 1", () => {
    const t = sign(constant(floats(-2.5, 0, 3), float32));
    expect(t.op.name).toBe("Sign");
    expect(run(t).numbers()).toEqual([-1, 0, 1]);
  });
});

describe("ScatterNd and Slice", () => {
  it("ScatterNd writes slices of updates at the indexed positions of zeros", () => {
    const t = scatterNd(ints(1), constant(floats(5, 6), float32, [1, 2]), ints(3, 2));
    expect(dimsOf(t)).toEqual([3, 2]);
    expect(run(t).numbers()).toEqual([0, 0, 5, 6, 0, 0]);
  });

  it("Slice has exact dims for a constant size, -1 taking the rest", () => {
    const t = slice(zeros(ints(4, 5)), ints(1, 2), ints(-1, 2));
    expect([t.op.type, dimsOf(t)]).toEqual(["Slice", [3, 2]]);
  });
});

describe("LinSpace", () => {
  it("steps in T from start and ends exactly at stop (sequence_ops.cc)", () => {
    const t = linSpace(fl(1), fl(5), i(4));
    expect(dimsOf(t)).toEqual([4]);
    const step = f32(4 / 3);
    expect(run(t).numbers()).toEqual([1, f32(1 + step), f32(1 + f32(step * 2)), 5]);
    expect(run(linSpace(fl(0.1), fl(0.2), i(4))).numbers().at(-1)).toBe(f32(0.2));
  });

  it("refuses num <= 0 in its shape function", () => {
    expect(pyError(() => linSpace(fl(0), fl(1), i(0)))).toContain("Requires num > 0: 0");
  });
});

describe("Range over floats", () => {
  it("has ceil(|limit - start| / delta) elements and accumulates delta in T", () => {
    const t = range(i(0), i(3), fl(0.9));
    expect(dimsOf(t)).toEqual([4]);
    // 0.9f added three times is 2.6999998f (float32 accumulation, as TF prints it).
    expect(run(t).numbers()).toEqual([0, f32(0.9), f32(f32(0.9) + f32(0.9)), f32(f32(f32(0.9) + f32(0.9)) + f32(0.9))]);
    expect(f32(f32(f32(0.9) + f32(0.9)) + f32(0.9))).toBe(f32(2.6999998));
  });

  it("words its shape errors as math_ops.cc RangeSize does, numbers as StrCat writes them", () => {
    expect(pyError(() => range(fl(5), fl(1), fl(0.3)))).toBe(
      "ValueError: Requires start <= limit when delta > 0: 5/1 for 'range' (op: 'Range') with input shapes: [], [], [] "
      + "and with computed input tensors: input[0] = <5>, input[1] = <1>, input[2] = <0.3>.");
    expect(pyError(() => range(i(1), i(5), i(0)))).toContain("ValueError: Requires delta != 0 for 'range_1'");
  });
});
