/**
 * The matrix ops behind init_ops.py's orthogonal and identity initializers, and linspace, for
 * Python (`_tf.qr`, `_tf.diag_part`...): thin bindings of src/tf/ops/linalg.ts with the generated
 * wrappers' signatures. The Python compositions over them (eye, matrix_transpose, norm) live in
 * py/_tflinalg.py.
 */
import type { ModuleBuilder, PyValue } from "../python/index.js";
import * as ops from "../tf/ops/index.js";
import type { NativeKit } from "./native.js";

export function installLinalgFunctions(k: NativeKit, m: ModuleBuilder): void {
  const { bridge } = k;
  const def = (name: string, names: string[], required: number, impl: (a: (PyValue | undefined)[]) => unknown) =>
    m.fn(name, k.bound(name, { names, required }, impl));
  const x = (v: PyValue | undefined): ops.OpInput => bridge.describe(v === undefined ? k.none() : v);

  def("qr", ["input", "full_matrices", "name"], 1, (a) => bridge.tuple(ops.qr(x(a[0]), k.bool(a[1], false), k.name(a[2])).map((t) => bridge.toPy(t))));
  def("diag_part", ["input", "name"], 1, (a) => ops.diagPart(x(a[0]), k.name(a[1])));
  def("matrix_diag", ["diagonal", "name"], 1, (a) => ops.matrixDiag(x(a[0]), k.name(a[1], "diag")));
  def("matrix_set_diag", ["input", "diagonal", "name"], 2, (a) => ops.matrixSetDiag(x(a[0]), x(a[1]), k.name(a[2], "set_diag")));
  def("scatter_nd", ["indices", "updates", "shape", "name"], 3, (a) => ops.scatterNd(x(a[0]), x(a[1]), x(a[2]), k.name(a[3])));
  def("lin_space", ["start", "stop", "num", "name"], 3, (a) => ops.linSpace(x(a[0]), x(a[1]), x(a[2]), k.name(a[3])));
  def("slice", ["input_", "begin", "size", "name"], 3, (a) => ops.slice(x(a[0]), x(a[1]), x(a[2]), k.name(a[3])));
}
