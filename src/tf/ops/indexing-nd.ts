/**
 * The ops that address a tensor by rows of coordinates, as the feature columns' sparse path builds
 * them: `GatherNd` (array_ops.gather_nd), `SparseToDense` (sparse_ops.sparse_tensor_to_dense) and
 * `OneHot` (array_ops.one_hot's op), with the registrations and shape functions of
 * tensorflow/core/ops/array_ops.cc, sparse_ops.cc and framework/common_shape_fns.cc GatherNdShape.
 */
import * as d from "../dtypes.js";
import type { Tensor } from "../tensor.js";
import type { OpInput } from "./convert.js";
import { type Dim, type Dims, debugShape, fail, subshape, withRankAtLeast } from "./infer-context.js";
import { arg, fixedArg, opDef, typeAttr } from "./op-def.js";
import { applyOp1 } from "./op-library.js";
import * as T from "./type-sets.js";

/** common_shape_fns.cc GatherNdShape: indices.shape[:-1] + params.shape[indices.shape[-1]:]. */
function gatherNdShape(c: { inputs: readonly Dims[] }): Dims[] {
  const params = c.inputs[0]!;
  const indices = withRankAtLeast(c.inputs[1]!, 1);
  const r = indices === null ? null : indices[indices.length - 1]!;
  if (params === null || r === null) return [null];
  if (r > params.length) {
    fail(`indices.shape[-1] must be <= params.rank, but saw indices shape: ${debugShape(indices)} and params shape: ${debugShape(params)}`);
  }
  return [[...subshape(indices, 0, -1)!, ...subshape(params, r)!]];
}

/** array_ops.cc OneHot: depth (MakeDimForScalarInput) inserted at `axis` into the indices' shape. */
function oneHotShape(c: { inputs: readonly Dims[]; attr<U>(n: string): U; inputTensor(i: number): { numbers(): number[] } | null }): Dims[] {
  const axis = c.attr<number>("axis");
  if (axis < -1) fail("axis must be >= -1");
  const t = c.inputTensor(1);
  let depth: Dim = null;
  if (t !== null) {
    depth = t.numbers()[0]!;
    if (depth < 0) fail(`Dimension size, given by scalar input 1, must be non-negative but is ${depth}`);
  }
  const indices = c.inputs[0]!;
  if (indices === null) return [null];
  const rank = indices.length + 1;
  const at = (axis + rank) % rank;
  return [[...indices.slice(0, at), depth, ...indices.slice(at)]];
}

export const INDEXING_ND_OPS = {
  GatherNd: opDef("GatherNd", [arg("params", "Tparams"), arg("indices", "Tindices")], [{ name: "output", typeAttr: "Tparams" }],
    [typeAttr("Tparams"), typeAttr("Tindices", T.INDEX_TYPES)], gatherNdShape),
  SparseToDense: opDef("SparseToDense",
    [arg("sparse_indices", "Tindices"), arg("output_shape", "Tindices"), arg("sparse_values"), arg("default_value")],
    [{ name: "dense", typeAttr: "T" }],
    [{ name: "validate_indices", kind: "bool", default: true }, typeAttr("T"), typeAttr("Tindices", T.INDEX_TYPES)],
    (c) => [c.makeShapeFromShapeTensor(1)]),
  OneHot: opDef("OneHot", [arg("indices", "TI"), fixedArg("depth", d.int32), arg("on_value"), arg("off_value")],
    [{ name: "output", typeAttr: "T" }],
    [{ name: "axis", kind: "int", default: -1 }, typeAttr("T"), typeAttr("TI", [d.uint8, d.int32, d.int64], d.int64)],
    oneHotShape),
} as const;

/** `gen_array_ops.gather_nd(params, indices, name=None)`. */
export const gatherNd = (params: OpInput, indices: OpInput, name: string | null = null): Tensor =>
  applyOp1(INDEXING_ND_OPS.GatherNd, name, { params, indices });

/** `gen_sparse_ops.sparse_to_dense(sparse_indices, output_shape, sparse_values, default_value, validate_indices=True, name=None)`. */
export const sparseToDense = (indices: OpInput, outputShape: OpInput, values: OpInput, defaultValue: OpInput,
  validateIndices = true, name: string | null = null): Tensor =>
  applyOp1(INDEXING_ND_OPS.SparseToDense, name,
    { sparse_indices: indices, output_shape: outputShape, sparse_values: values, default_value: defaultValue },
    { validate_indices: validateIndices });

/** `gen_array_ops.one_hot(indices, depth, on_value, off_value, axis=-1, name=None)`. */
export const oneHotOp = (indices: OpInput, depth: OpInput, onValue: OpInput, offValue: OpInput, axis = -1,
  name: string | null = null): Tensor =>
  applyOp1(INDEXING_ND_OPS.OneHot, name, { indices, depth, on_value: onValue, off_value: offValue }, { axis });
