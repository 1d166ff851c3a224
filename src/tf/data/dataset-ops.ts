/**
 * The graph side of TF 1.15's tf.data: the nodes gen_dataset_ops.py adds for a dataset (a scalar
 * DT_VARIANT tensor per dataset, tensorflow/core/ops/dataset_ops.cc) and for an iterator over it
 * (iterator_ops.py: OneShotIterator, IteratorV2 + MakeIterator, IteratorToStringHandle,
 * IteratorGetNext). The Python classes (shim/py/_tfdata.py) hold the element structure; here a
 * structure is its flat component types and shapes, as the ops' `output_types`/`output_shapes` attrs.
 */
import { applyOp } from "../apply-op.js";
import * as d from "../dtypes.js";
import { executingEagerly, getDefaultGraph } from "../context.js";
import { TFError, Unsupported } from "../errors.js";
import { graphFromInputs } from "../inputs.js";
import { SCALAR_SHAPE, type TensorShape } from "../shape.js";
import type { Operation, Tensor } from "../tensor.js";

/** The flat components of a dataset's element: `output_types` and `output_shapes`. */
export interface FlatStructure {
  readonly types: readonly d.DType[];
  readonly shapes: readonly TensorShape[];
}

/** The dataset ops tfscope runs, with the name of their types attr and the attrs their wrapper fills
 * (dataset_ops.cc registrations; TensorSliceDataset and TensorDataset say `Toutput_types`). */
const DATASET_OPS: Readonly<Record<string, { types: string; extra: Record<string, unknown> }>> = {
  TensorSliceDataset: { types: "Toutput_types", extra: {} },
  TensorDataset: { types: "Toutput_types", extra: {} },
  RangeDataset: { types: "output_types", extra: {} },
  RepeatDataset: { types: "output_types", extra: {} },
  // reshuffle_each_iteration is the wrapper's argument (datasetOp's `attrs`).
  ShuffleDataset: { types: "output_types", extra: {} },
  TakeDataset: { types: "output_types", extra: {} },
  SkipDataset: { types: "output_types", extra: {} },
  BatchDatasetV2: { types: "output_types", extra: { parallel_copy: false } },
  PrefetchDataset: { types: "output_types", extra: { slack_period: 0, legacy_autotune: true } },
  // DatasetV1.map: preserve_cardinality=False; the function captures nothing (Targuments empty).
  MapDataset: { types: "output_types", extra: { Targuments: [], use_inter_op_parallelism: true, preserve_cardinality: false } },
  // Dataset.flat_map (readers.py TFRecordDatasetV2): the function captures nothing.
  FlatMapDataset: { types: "output_types", extra: { Targuments: [] } },
  // dataset_ops.py `_OptimizeDataset` passes the configs of the default optimizations
  // (optimization_options.py MapVectorizationOptions `_static_optimization_configs`).
  OptimizeDataset: { types: "output_types", extra: { optimization_configs: ["map_vectorization:use_choose_fastest:false"] } },
  // `_ModelDataset` with HILL_CLIMB leaves `algorithm` to its default (0) and passes cpu_budget=0.
  ModelDataset: { types: "output_types", extra: { algorithm: 0, cpu_budget: 0 } },
};

export function isDatasetOp(type: string): boolean {
  return type in DATASET_OPS;
}

/** `gen_dataset_ops.<op>(inputs..., output_types, output_shapes)`: a dataset node of type `type`. */
export function datasetOp(type: string, inputs: readonly Tensor[], s: FlatStructure, name: string | null = null,
  extraAttrs: Readonly<Record<string, unknown>> = {}): Tensor {
  const spec = DATASET_OPS[type];
  if (spec === undefined) throw new Error(`not a dataset op tfscope models: ${type}`);
  // Eager datasets (iterated with `for`) are TF 2's way; tfscope models TF 1's graph pipeline.
  if (executingEagerly()) throw new Unsupported("tf.data under eager execution");
  const g = graphFromInputs(inputs);
  const attrs = { ...spec.extra, ...extraAttrs, [spec.types]: [...s.types], output_shapes: [...s.shapes] };
  return applyOp(g, type, name, () => ({ inputs, attrs, dtypes: [d.variant], shapes: [SCALAR_SHAPE] })).outputs[0]!;
}

/** The dataset tensor a OneShotIterator's factory function rebuilds (captured by value). */
const ONE_SHOT_SOURCE = new WeakMap<Operation, Tensor>();

export function oneShotSource(op: Operation): Tensor | undefined {
  return ONE_SHOT_SOURCE.get(op);
}

// Ops whose OpDef says is_stateful among those tfscope builds: capture by value refuses them.
const STATEFUL = new Set([
  "VariableV2", "Variable", "VarHandleOp", "ReadVariableOp", "AssignVariableOp", "VarIsInitializedOp",
  "IsVariableInitialized", "RandomUniform", "RandomUniformInt", "RandomStandardNormal", "TruncatedNormal",
  "Assign", "AssignAdd", "AssignSub", "OneShotIterator", "IteratorV2", "IteratorGetNext",
]);

/**
 * function.py `_FuncGraph._add_op_and_parents` (capture_by_value), depth first over inputs: the
 * dataset ops themselves are whitelisted (dataset_ops.py `_make_one_shot_iterator` passes
 * `traverse.obtain_all_variant_tensor_ops`), any other stateful op or a placeholder is refused.
 */
function captureByValue(op: Operation, seen: Set<Operation>): void {
  if (seen.has(op)) return;
  seen.add(op);
  if (!isDatasetOp(op.type) && STATEFUL.has(op.type)) {
    throw new TFError("ValueError",
      "Failed to create a one-shot iterator for a dataset. `Dataset.make_one_shot_iterator()` does not support " +
      "datasets that capture stateful objects, such as a `Variable` or `LookupTable`. In these cases, use " +
      "`Dataset.make_initializable_iterator()`. (Original error: " +
      `Cannot capture a stateful node (name:${op.name}, type:${op.type}) by value.)`);
  }
  if (op.type === "Placeholder" || op.type === "PlaceholderV2") {
    throw new TFError("ValueError", `Cannot capture a placeholder (name:${op.name}, type:${op.type}) by value.`);
  }
  for (const t of op.inputs) captureByValue(t.op, seen);
}

const iteratorAttrs = (s: FlatStructure) => ({ output_types: [...s.types], output_shapes: [...s.shapes] });

/** dataset_ops.py `_make_one_shot_iterator`: the factory function (holding the dataset and the
 * options' OptimizeDataset/ModelDataset) lives in the function library, so the graph gains only the
 * OneShotIterator node. */
export function oneShotIterator(dataset: Tensor, s: FlatStructure): Tensor {
  captureByValue(dataset.op, new Set());
  const op = applyOp(getDefaultGraph(), "OneShotIterator", null, () => ({
    inputs: [], attrs: { ...iteratorAttrs(s), container: "", shared_name: "" }, dtypes: [d.resource], shapes: [SCALAR_SHAPE],
  }));
  ONE_SHOT_SOURCE.set(op, dataset);
  return op.outputs[0]!;
}

/** `gen_dataset_ops.iterator_v2(container="", shared_name=...)`. */
export function iteratorV2(sharedName: string, s: FlatStructure): Tensor {
  return applyOp(getDefaultGraph(), "IteratorV2", null, () => ({
    inputs: [], attrs: { ...iteratorAttrs(s), container: "", shared_name: sharedName }, dtypes: [d.resource], shapes: [SCALAR_SHAPE],
  })).outputs[0]!;
}

/** `with ops.colocate_with(iterator_resource): gen_dataset_ops.make_iterator(dataset, iterator)`. */
export function makeIterator(dataset: Tensor, iterator: Tensor, name: string | null = null): Operation {
  return applyOp(graphFromInputs([dataset, iterator]), "MakeIterator", name, () => ({
    inputs: [dataset, iterator], attrs: {}, dtypes: [], shapes: [], colocateWith: [iterator.op],
  }));
}

/** Iterator.__init__'s `gen_dataset_ops.iterator_to_string_handle(iterator_resource)`. */
export function iteratorToStringHandle(iterator: Tensor, name: string | null = null): Tensor {
  return applyOp(iterator.graph, "IteratorToStringHandle", name, () => ({
    inputs: [iterator], attrs: {}, dtypes: [d.string], shapes: [SCALAR_SHAPE],
  })).outputs[0]!;
}

/** `gen_dataset_ops.iterator_get_next(iterator, output_types, output_shapes, name)`: one tensor per component. */
export function iteratorGetNext(iterator: Tensor, s: FlatStructure, name: string | null = null): Tensor[] {
  return [...applyOp(iterator.graph, "IteratorGetNext", name, () => ({
    inputs: [iterator], attrs: iteratorAttrs(s), dtypes: [...s.types], shapes: [...s.shapes],
  })).outputs];
}

/** A traced dataset function: its graph (TF's FuncGraph), argument placeholders and results. */
export interface DatasetFunction {
  readonly args: readonly Tensor[];
  readonly outputs: readonly Tensor[];
}

const MAP_FUNCTION = new WeakMap<Operation, DatasetFunction>();

export function mapFunction(op: Operation): DatasetFunction | undefined {
  return MAP_FUNCTION.get(op);
}

/** `gen_dataset_ops.map_dataset(input, captured_inputs=[], f=...)`: the function lives in the library, not the graph. */
export function mapDataset(input: Tensor, fn: DatasetFunction, s: FlatStructure): Tensor {
  const t = datasetOp("MapDataset", [input], s);
  MAP_FUNCTION.set(t.op, fn);
  return t;
}
