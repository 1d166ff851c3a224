/**
 * The generated-op bindings behind lookup tables and the feature columns' sparse path, for Python
 * (`_tf.hash_table_v2`, `_tf.gather_nd`...): thin bindings of src/tf/ops/lookup.ts and indexing-nd.ts
 * with gen_lookup_ops' / gen_array_ops' signatures. The Python classes over them live in
 * py/_tflookup.py, py/_tfsparse.py and py/_tffeature_column.py.
 */
import { type ModuleBuilder, type PyValue, isNone } from "../python/index.js";
import * as tf from "../tf/index.js";
import * as ops from "../tf/ops/index.js";
import { partialShapeOf } from "../tf/ops/constant-value.js";
import type { NativeKit } from "./native.js";

export function installLookupFunctions(k: NativeKit, m: ModuleBuilder): void {
  const { bridge } = k;
  const def = (name: string, names: string[], required: number, impl: (a: (PyValue | undefined)[]) => unknown) =>
    m.fn(name, k.bound(name, { names, required }, impl));
  const x = (v: PyValue | undefined): ops.OpInput => bridge.describe(v === undefined ? k.none() : v);
  const str = (v: PyValue | undefined) => (v === undefined ? "" : k.host.str(v));

  def("hash_table_v2", ["key_dtype", "value_dtype", "container", "shared_name", "use_node_name_sharing", "name"], 2, (a) =>
    ops.hashTableV2(bridge.dtypeRequired(a[0]), bridge.dtypeRequired(a[1]), str(a[3]), str(a[2]), k.bool(a[4], false), k.name(a[5])));
  def("lookup_table_import_v2", ["table_handle", "keys", "values", "name"], 3, (a) =>
    ops.lookupTableImportV2(x(a[0]), x(a[1]), x(a[2]), k.name(a[3])));
  def("lookup_table_find_v2", ["table_handle", "keys", "default_value", "name"], 3, (a) =>
    ops.lookupTableFindV2(x(a[0]), x(a[1]), x(a[2]), k.name(a[3])));
  def("lookup_table_size_v2", ["table_handle", "name"], 1, (a) => ops.lookupTableSizeV2(x(a[0]), k.name(a[1])));
  // tensor_util.constant_value_as_shape, for SparseTensor.get_shape: what the shape refiner knows of a shape vector.
  def("constant_value_as_shape", ["tensor"], 1, (a) => {
    const t = bridge.engineOf(a[0]!);
    if (!(t instanceof tf.Tensor)) throw new tf.Unsupported("constant_value_as_shape of a non-tensor");
    return tf.asShape(partialShapeOf(t) as (number | null)[] | null);
  });
  def("gather_nd_op", ["params", "indices", "name"], 2, (a) => ops.gatherNd(x(a[0]), x(a[1]), k.name(a[2])));
  def("sparse_to_dense", ["sparse_indices", "output_shape", "sparse_values", "default_value", "validate_indices", "name"], 4, (a) =>
    ops.sparseToDense(x(a[0]), x(a[1]), x(a[2]), x(a[3]), k.bool(a[4], true), k.name(a[5])));
  def("select_v2", ["condition", "t", "e", "name"], 3, (a) => ops.selectV2(x(a[0]), x(a[1]), x(a[2]), k.name(a[3])));
  def("one_hot_op", ["indices", "depth", "on_value", "off_value", "axis", "name"], 4, (a) =>
    ops.oneHotOp(x(a[0]), x(a[1]), x(a[2]), x(a[3]), a[4] === undefined || isNone(a[4]) ? -1 : k.intArg("one_hot", "axis", a[4]), k.name(a[5])));
}
