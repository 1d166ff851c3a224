/**
 * The matrix ops init_ops.py's orthogonal and identity initializers build: `Qr` (gen_linalg_ops.qr),
 * `DiagPart` (array_ops.diag_part), `MatrixDiag` and `MatrixSetDiag` (array_ops.matrix_diag and
 * matrix_set_diag: TF 1.15's forward-compatibility horizon, 2019-08-21, is before the 2019-08-31 that
 * switches them to the V2 ops), `ScatterNd`, `LinSpace` and `Sign`, with the registrations and shape
 * functions of tensorflow/core/ops/linalg_ops.cc, array_ops.cc and math_ops.cc.
 */
import * as d from "../dtypes.js";
import type { Tensor } from "../tensor.js";
import type { OpInput } from "./convert.js";
import { type Dim, type Dims, fail, mergeDim, withContext, withRank, withRankAtLeast } from "./infer-context.js";
import { arg, opDef, typeAttr } from "./op-def.js";
import { applyOp, applyOp1 } from "./op-library.js";
import { unchangedShape } from "./shape-fns.js";
import * as T from "./type-sets.js";

/** InferenceContext::Min: unknown unless both are known (or one is a known 0). */
const minDim = (a: Dim, b: Dim): Dim => (a === 0 || b === 0 ? 0 : a === null || b === null ? null : Math.min(a, b));

/** linalg_ops.cc QrShapeFn. */
function qrShape(c: { inputs: readonly Dims[]; attr<U>(n: string): U }): Dims[] {
  const s = withRankAtLeast(c.inputs[0]!, 2);
  if (s === null) return [null, null];
  const m = s[s.length - 2]!, n = s[s.length - 1]!, p = minDim(m, n), batch = s.slice(0, -2);
  return c.attr<boolean>("full_matrices") ? [[...batch, m, m], [...batch, m, n]] : [[...batch, m, p], [...batch, p, n]];
}

/** array_ops.cc DiagPart: an even rank 2k whose first k dims match the last k. */
function diagPartShape(c: { inputs: readonly Dims[] }): Dims[] {
  const s = c.inputs[0]!;
  if (s === null) return [null];
  if (s.length % 2 !== 0 || s.length === 0) fail(`Input must have even and non-zero rank, input rank is ${s.length}`);
  const mid = s.length / 2;
  return [s.slice(0, mid).map((x, i) => mergeDim(x, s[i + mid]!))];
}

/** array_ops.cc MatrixDiag: the last dim repeated. */
function matrixDiagShape(c: { inputs: readonly Dims[] }): Dims[] {
  const s = withRankAtLeast(c.inputs[0]!, 1);
  return s === null ? [null] : [[...s, s[s.length - 1]!]];
}

/** array_ops.cc MatrixSetDiag: the input's shape, its smaller matrix dim merged with the diagonal's. */
function matrixSetDiagShape(c: { inputs: readonly Dims[] }): Dims[] {
  const input = withRankAtLeast(c.inputs[0]!, 2);
  let diag = withRankAtLeast(c.inputs[1]!, 1);
  if (input !== null) diag = withRank(c.inputs[1]!, input.length - 1);
  if (input !== null && diag !== null) mergeDim(minDim(input[input.length - 2]!, input[input.length - 1]!), diag[diag.length - 1]!);
  return [input];
}

/** array_ops.cc ScatterNdShape over the shape input's value. */
function scatterNdShape(c: { inputs: readonly Dims[]; makeShapeFromShapeTensor(i: number): Dims }): Dims[] {
  withRankAtLeast(c.inputs[0]!, 1);
  withRankAtLeast(c.inputs[1]!, 1);
  const out = c.makeShapeFromShapeTensor(2);
  return [withRankAtLeast(out, 1)];
}

/** math_ops.cc LinSpace: scalar start, stop and num; `[num]` when num is constant. */
function linSpaceShape(c: { inputs: readonly Dims[]; inputTensor(i: number): { numbers(): number[] } | null }): Dims[] {
  for (const [i, what] of [[0, "start"], [1, "stop"], [2, "num"]] as const) {
    withContext(() => withRank(c.inputs[i]!, 0), ` for '${what}'`);
  }
  const num = c.inputTensor(2);
  if (num === null) return [[null]];
  const n = num.numbers()[0]!;
  if (n <= 0) fail(`Requires num > 0: ${n}`);
  return [[n]];
}

/** The registrations (tensorflow/core/ops/linalg_ops.cc, array_ops.cc, math_ops.cc). */
export const LINALG_OPS = {
  Qr: opDef("Qr", [arg("input")], [{ name: "q", typeAttr: "T" }, { name: "r", typeAttr: "T" }], [
    { name: "full_matrices", kind: "bool", default: false },
    typeAttr("T", [d.float64, d.float32, d.float16, d.complex64, d.complex128]),
  ], qrShape),
  DiagPart: opDef("DiagPart", [arg("input")], [{ name: "diagonal", typeAttr: "T" }], [
    typeAttr("T", [d.bfloat16, d.float16, d.float32, d.float64, d.int32, d.int64, d.complex64, d.complex128]),
  ], diagPartShape),
  MatrixDiag: opDef("MatrixDiag", [arg("diagonal")], [{ name: "output", typeAttr: "T" }], [typeAttr("T")], matrixDiagShape),
  MatrixSetDiag: opDef("MatrixSetDiag", [arg("input"), arg("diagonal")], [{ name: "output", typeAttr: "T" }], [typeAttr("T")],
    matrixSetDiagShape),
  ScatterNd: opDef("ScatterNd", [arg("indices", "Tindices"), arg("updates"), arg("shape", "Tindices")], [{ name: "output", typeAttr: "T" }],
    [typeAttr("T"), typeAttr("Tindices", T.INDEX_TYPES)], scatterNdShape),
  LinSpace: opDef("LinSpace", [arg("start"), arg("stop"), arg("num", "Tidx")], [{ name: "output", typeAttr: "T" }], [
    typeAttr("T", [d.bfloat16, d.float32, d.float64]), typeAttr("Tidx", T.INDEX_TYPES, d.int32),
  ], linSpaceShape),
} as const;

/** `gen_linalg_ops.qr(input, full_matrices=False, name=None)`: the (q, r) outputs. */
export function qr(input: OpInput, fullMatrices = false, name: string | null = null): [Tensor, Tensor] {
  const op = applyOp(LINALG_OPS.Qr, name, { input }, { full_matrices: fullMatrices });
  return [op.outputs[0]!, op.outputs[1]!];
}

/** `tf.diag_part(input, name=None)` (gen_array_ops.diag_part). */
export const diagPart = (input: OpInput, name: string | null = null): Tensor => applyOp1(LINALG_OPS.DiagPart, name, { input });

/** `tf.matrix_diag(diagonal, name="diag")` as TF 1.15 builds it (the V1 op). */
export const matrixDiag = (diagonal: OpInput, name: string | null = "diag"): Tensor => applyOp1(LINALG_OPS.MatrixDiag, name, { diagonal });

/** `tf.matrix_set_diag(input, diagonal, name="set_diag")` (the V1 op). */
export const matrixSetDiag = (input: OpInput, diagonal: OpInput, name: string | null = "set_diag"): Tensor =>
  applyOp1(LINALG_OPS.MatrixSetDiag, name, { input, diagonal });

/** `tf.scatter_nd(indices, updates, shape, name=None)`. */
export const scatterNd = (indices: OpInput, updates: OpInput, shape: OpInput, name: string | null = null): Tensor =>
  applyOp1(LINALG_OPS.ScatterNd, name, { indices, updates, shape });

/** `tf.linspace(start, stop, num, name=None)` (math_ops.linspace is gen_math_ops.lin_space). */
export const linSpace = (start: OpInput, stop: OpInput, num: OpInput, name: string | null = null): Tensor =>
  applyOp1(LINALG_OPS.LinSpace, name, { start, stop, num });
