/**
 * The gen_data_flow_ops bindings behind `tf.TensorArray` (py/_tftensorarray.py holds the Python class,
 * tensor_array_ops.py `_GraphTensorArray`): thin bindings of src/tf/ops/tensor-array.ts with the
 * generated wrappers' signatures.
 */
import { type ModuleBuilder, type PyValue } from "../python/index.js";
import * as tf from "../tf/index.js";
import * as ops from "../tf/ops/index.js";
import type { NativeKit } from "./native.js";

export function installTensorArrayFunctions(k: NativeKit, m: ModuleBuilder): void {
  const { bridge } = k;
  const def = (name: string, names: string[], required: number, impl: (a: (PyValue | undefined)[]) => unknown) =>
    m.fn(name, k.bound(name, { names, required }, impl));
  const x = (v: PyValue | undefined): ops.OpInput => bridge.describe(v === undefined ? k.none() : v);
  const shape = (v: PyValue | undefined) => tf.asShape(bridge.shapeArg(v) ?? null);

  def("tensor_array_v3", ["size", "dtype", "element_shape", "dynamic_size", "clear_after_read", "identical_element_shapes", "tensor_array_name", "name"], 2,
    (a) => ops.tensorArrayV3(x(a[0]), {
      dtype: bridge.dtypeRequired(a[1]), elementShape: shape(a[2]), dynamicSize: k.bool(a[3], false), clearAfterRead: k.bool(a[4], true),
      identicalElementShapes: k.bool(a[5], false), tensorArrayName: a[6] === undefined ? "" : k.host.str(a[6]),
    }, k.name(a[7])));
  def("tensor_array_write_v3", ["handle", "index", "value", "flow_in", "name"], 4, (a) =>
    ops.tensorArrayWriteV3(x(a[0]), x(a[1]), x(a[2]), x(a[3]), k.name(a[4])));
  def("tensor_array_read_v3", ["handle", "index", "flow_in", "dtype", "name"], 4, (a) =>
    ops.tensorArrayReadV3(x(a[0]), x(a[1]), x(a[2]), bridge.dtypeRequired(a[3]), k.name(a[4])));
  def("tensor_array_gather_v3", ["handle", "indices", "flow_in", "dtype", "element_shape", "name"], 4, (a) =>
    ops.tensorArrayGatherV3(x(a[0]), x(a[1]), x(a[2]), bridge.dtypeRequired(a[3]), shape(a[4]), k.name(a[5])));
  def("tensor_array_scatter_v3", ["handle", "indices", "value", "flow_in", "name"], 4, (a) =>
    ops.tensorArrayScatterV3(x(a[0]), x(a[1]), x(a[2]), x(a[3]), k.name(a[4])));
  def("tensor_array_concat_v3", ["handle", "flow_in", "dtype", "element_shape_except0", "name"], 3, (a) =>
    ops.tensorArrayConcatV3(x(a[0]), x(a[1]), bridge.dtypeRequired(a[2]), shape(a[3]), k.name(a[4])));
  def("tensor_array_split_v3", ["handle", "value", "lengths", "flow_in", "name"], 4, (a) =>
    ops.tensorArraySplitV3(x(a[0]), x(a[1]), x(a[2]), x(a[3]), k.name(a[4])));
  def("tensor_array_size_v3", ["handle", "flow_in", "name"], 2, (a) => ops.tensorArraySizeV3(x(a[0]), x(a[1]), k.name(a[2])));
  def("tensor_array_close_v3", ["handle", "name"], 1, (a) => ops.tensorArrayCloseV3(x(a[0]), k.name(a[1])));
}
