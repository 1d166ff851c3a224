/**
 * Natives behind tf.data (`_tfdata.py` holds TF 1.15's Python classes: element structures, the
 * Dataset transformations, Iterator): thin bindings of src/tf/data's op builders. A flat structure
 * crosses as two lists, DTypes and shapes (a list of dims, or None for an unknown rank).
 */
import { type ModuleBuilder, type PyValue, asList, isNone } from "../python/index.js";
import * as tf from "../tf/index.js";
import * as data from "../tf/data/index.js";
import { constantValue } from "../tf/ops/constant-value.js";
import { getSeed } from "../tf/ops/random.js";
import type { NativeKit } from "./native.js";

type Args = (PyValue | undefined)[];

export function installDataFunctions(k: NativeKit, m: ModuleBuilder): void {
  const { bridge } = k;
  const def = (name: string, names: string[], required: number, impl: (a: Args) => unknown) =>
    m.fn(name, k.bound(name, { names, required }, impl));
  const tensor = (v: PyValue | undefined): tf.Tensor => bridge.expect(v!, [tf.Tensor], "a tf.data op");
  const structure = (types: PyValue | undefined, shapes: PyValue | undefined): data.FlatStructure => ({
    types: asList(types!).map((t) => bridge.dtypeRequired(t)),
    shapes: asList(shapes!).map((s) => (isNone(s) ? tf.unknownShape() : tf.asShape(asList(s).map((x) => (isNone(x) ? null : Number(x)))))),
  });

  def("data_dataset", ["op_type", "inputs", "types", "shapes"], 4, (a) =>
    data.datasetOp(k.str(a[0])!, asList(a[1]!).map(tensor), structure(a[2], a[3])));
  // gen_dataset_ops.shuffle_dataset(input_dataset, buffer_size, seed, seed2, reshuffle_each_iteration, ...).
  def("data_shuffle_dataset", ["dataset", "inputs", "reshuffle_each_iteration", "types", "shapes"], 5, (a) =>
    data.datasetOp("ShuffleDataset", [tensor(a[0]), ...asList(a[1]!).map(tensor)], structure(a[3], a[4]), null,
      { reshuffle_each_iteration: k.bool(a[2], true) }));
  // random_seed.get_seed(op_seed) (framework/random_seed.py).
  def("data_get_seed", ["op_seed"], 1, (a) => {
    const [s1, s2] = getSeed(a[0] === undefined || isNone(a[0]) ? null : k.intArg("tf.data.Dataset.shuffle", "seed", a[0]));
    return [s1, s2];
  });
  def("data_map_dataset", ["dataset", "args", "outputs", "types", "shapes"], 5, (a) =>
    data.mapDataset(tensor(a[0]), { args: asList(a[1]!).map(tensor), outputs: asList(a[2]!).map(tensor) }, structure(a[3], a[4])));
  def("data_one_shot_iterator", ["dataset", "types", "shapes"], 3, (a) => data.oneShotIterator(tensor(a[0]), structure(a[1], a[2])));
  def("data_iterator_v2", ["shared_name", "types", "shapes"], 3, (a) => data.iteratorV2(k.str(a[0], "")!, structure(a[1], a[2])));
  def("data_make_iterator", ["dataset", "iterator", "name"], 2, (a) => data.makeIterator(tensor(a[0]), tensor(a[1]), k.name(a[2])));
  def("data_to_string_handle", ["iterator", "name"], 1, (a) => data.iteratorToStringHandle(tensor(a[0]), k.name(a[1])));
  def("data_get_next", ["iterator", "types", "shapes", "name"], 3, (a) =>
    data.iteratorGetNext(tensor(a[0]), structure(a[1], a[2]), k.name(a[3])));
  // tensor_util.constant_value of a scalar, as BatchDataset reads batch_size and drop_remainder.
  def("data_constant_scalar", ["tensor"], 1, (a) => {
    const v = constantValue(tensor(a[0]));
    return v === null ? null : v.dtype === "bool" ? Boolean(v.item()) : Number(v.item());
  });
}
