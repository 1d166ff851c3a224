/**
 * Attributes, reprs and small methods of the engine objects as Python sees them (`t.name`,
 * `v.op`, `scope.reuse`, `shape[0]`, ...): one table per class, so a missing attribute raises
 * AttributeError with CPython's wording for the Python class.
 */
import { type PyValue, isNone, pyTupleOf } from "../python/index.js";
import * as tf from "../tf/index.js";
import { PartitionedVariable } from "../tf/partitioned.js";
import { GraphKeys } from "../tf/index.js";
import { EagerTensor, eagerAttributeError, eagerTensorRepr, eagerTensorStr, eagerVariableRepr } from "../tf/eager/index.js";
import type { NativeKit } from "./native.js";
import { apiMember } from "./surface/index.js";

type Getter = (o: never, k: NativeKit) => unknown;

const v2 = () => tf.behavior().v2Shapes;

const TENSOR: Record<string, Getter> = {
  // An EagerTensor refuses `name` (and `graph`) itself; a graph tensor has one even in eager mode.
  name: (t: tf.Tensor) => t.name,
  op: (t: tf.Tensor) => t.op,
  dtype: (t: tf.Tensor) => t.dtype,
  shape: (t: tf.Tensor) => t.shape,
  graph: (t: tf.Tensor) => t.graph,
  device: (t: tf.Tensor) => t.device,
  value_index: (t: tf.Tensor) => t.valueIndex,
  ndim: (t: tf.Tensor) => t.shape.rank,
  _shape_tuple: (t: tf.Tensor) => t.shape.rank === null ? null : t.shape.dims!.map((d) => d.value),
};

/** ops.py `_EagerTensorBase`: the value is there; the graph attributes are refused. */
const EAGER_TENSOR: Record<string, Getter> = {
  ...TENSOR,
  op: () => { throw eagerAttributeError("op"); },
  value_index: () => { throw eagerAttributeError("value_index"); },
};

const EAGER_VARIABLE: Record<string, Getter> = {
  name: (v: tf.EagerVariable) => v.name,
  dtype: (v: tf.EagerVariable) => v.dtype,
  shape: (v: tf.EagerVariable) => v.shape,
  trainable: (v: tf.EagerVariable) => v.trainable,
  constraint: (v: tf.EagerVariable) => v.constraint,
  device: () => "/job:localhost/replica:0/task:0/device:CPU:0",
};

const OPERATION: Record<string, Getter> = {
  name: (o: tf.Operation) => o.name,
  type: (o: tf.Operation) => o.type,
  inputs: (o: tf.Operation) => o.inputs.slice(),
  outputs: (o: tf.Operation) => o.outputs.slice(),
  graph: (o: tf.Operation) => o.graph,
  device: (o: tf.Operation) => o.device,
  control_inputs: (o: tf.Operation) => o.controlInputs.slice(),
  // ops.py: set only on ops made by gradients with a `_original_op` scope, which tfscope does not build.
  _original_op: () => null,
};

const VARIABLE: Record<string, Getter> = {
  name: (v: tf.Variable) => v.name,
  op: (v: tf.Variable) => v.op,
  dtype: (v: tf.Variable) => v.dtype,
  shape: (v: tf.Variable) => v.shape,
  graph: (v: tf.Variable) => v.graph,
  device: (v: tf.Variable) => v.device,
  initializer: (v: tf.Variable) => v.initializer,
  initial_value: (v: tf.Variable) => v.initialValue,
  trainable: (v: tf.Variable) => v.trainable,
  constraint: (v: tf.Variable) => v.constraint,
  _caching_device: (v: tf.Variable) => v.cachingDevice,
  // to_proto's snapshot_name: RefVariable's `_snapshot`, a resource variable's cached value or graph element.
  _snapshot: (v: tf.Variable) => (v instanceof tf.ResourceVariable ? v.cachedValue ?? v.asGraphElement() : v.value()),
  _variable: (v: tf.Variable) => (v instanceof tf.RefVariable ? v.op.outputs[0] : v.op.outputs[0]),
  handle: (v: tf.Variable) => {
    if (!(v instanceof tf.ResourceVariable)) throw new tf.TFError("AttributeError", "'RefVariable' object has no attribute 'handle'");
    return v.handle;
  },
  synchronization: (v: tf.Variable, k: NativeKit) => k.host.getAttr(k.bridge.cls("VariableSynchronization"), v.synchronization),
  aggregation: (v: tf.Variable, k: NativeKit) => k.host.getAttr(k.bridge.cls("VariableAggregation"), v.aggregation),
  _save_slice_info_data: (v: tf.Variable) => {
    const s = v.saveSliceInfo;
    return s === null ? null : [s.fullName, s.fullShape.slice(), s.varOffset.slice(), s.varShape.slice()];
  },
};

const UNREAD_VARIABLE: Record<string, Getter> = {
  name: (v: tf.UnreadVariable) => v.name,
  op: (v: tf.UnreadVariable) => v.op,
  dtype: (v: tf.UnreadVariable) => v.dtype,
  shape: (v: tf.UnreadVariable) => v.shape,
  graph: (v: tf.UnreadVariable) => v.graph,
  device: (v: tf.UnreadVariable) => v.device,
  trainable: (v: tf.UnreadVariable) => v.trainable,
  handle: (v: tf.UnreadVariable) => v.parent.handle,
  // rv.py BaseResourceVariable: an _UnreadVariable has no initial value and no initializer.
  initial_value: () => null,
  initializer: () => null,
};

const PARTITIONED: Record<string, Getter> = {
  name: (p: PartitionedVariable) => p.name,
  dtype: (p: PartitionedVariable) => p.dtype,
  shape: (p: PartitionedVariable) => p.shape,
  _variable_list: (p: PartitionedVariable) => p.variables.slice(),
  _partitions: (p: PartitionedVariable) => p.partitions.slice(),
};

const SCOPE: Record<string, Getter> = {
  name: (s: tf.VariableScope) => s.name,
  original_name_scope: (s: tf.VariableScope) => s.originalNameScope,
  reuse: (s: tf.VariableScope) => s.reuse,
  initializer: (s: tf.VariableScope) => s.initializer,
  regularizer: (s: tf.VariableScope) => s.regularizer,
  caching_device: (s: tf.VariableScope) => s.cachingDevice,
  partitioner: (s: tf.VariableScope) => s.partitioner,
  custom_getter: (s: tf.VariableScope) => s.customGetter,
  dtype: (s: tf.VariableScope) => s.dtype,
  use_resource: (s: tf.VariableScope) => s.useResource,
  constraint: (s: tf.VariableScope) => s.constraint,
};

const GRAPH: Record<string, Getter> = {
  version: (g: tf.Graph) => g.version,
  finalized: (g: tf.Graph) => g.finalized,
  seed: (g: tf.Graph) => g.seed,
  collections: (g: tf.Graph) => g.getAllCollectionKeys(),
  building_function: (g: tf.Graph) => g.buildingFunction,
  _last_id: (g: tf.Graph) => g.version,
};

const DTYPE: Record<string, Getter> = {
  name: (d: tf.DType) => d.name,
  base_dtype: (d: tf.DType) => d.baseDtype,
  real_dtype: (d: tf.DType) => d.baseDtype,
  is_floating: (d: tf.DType) => d.isFloating,
  is_integer: (d: tf.DType) => d.isInteger,
  is_unsigned: (d: tf.DType) => d.isUnsigned,
  is_bool: (d: tf.DType) => d.isBool,
  is_complex: (d: tf.DType) => d.isComplex,
  is_quantized: (d: tf.DType) => d.isQuantized,
  is_numpy_compatible: (d: tf.DType) => d.isNumpyCompatible,
  _is_ref_dtype: (d: tf.DType) => d.isRef,
  as_datatype_enum: (d: tf.DType) => d.enumValue,
  size: (d: tf.DType) => d.size,
};

const SHAPE: Record<string, Getter> = {
  ndims: (s: tf.TensorShape) => s.rank,
  rank: (s: tf.TensorShape) => s.rank,
  dims: (s: tf.TensorShape) => (s.rank === null ? null : v2() ? s.dims!.map((d) => d.value) : s.dims!.slice()),
  _dims: (s: tf.TensorShape) => (s.rank === null ? null : s.dims!.slice()),
  _fully_defined: (s: tf.TensorShape) => s.isFullyDefined(),
  _num_elements: (s: tf.TensorShape) => s.numElements(),
};

const DIMENSION: Record<string, Getter> = {
  value: (d: tf.Dimension) => d.value,
};

/** The attribute table of an engine object, with the Python class name for error messages. */
function tableOf(o: unknown): [Record<string, Getter>, string] | null {
  if (o instanceof EagerTensor) return [EAGER_TENSOR, "EagerTensor"];
  if (o instanceof tf.Tensor) return [TENSOR, "Tensor"];
  if (o instanceof tf.EagerVariable) return [EAGER_VARIABLE, "ResourceVariable"];
  if (o instanceof tf.Operation) return [OPERATION, "Operation"];
  if (o instanceof tf.RefVariable) return [VARIABLE, "RefVariable"];
  if (o instanceof tf.ResourceVariable) return [VARIABLE, "ResourceVariable"];
  if (o instanceof tf.UnreadVariable) return [UNREAD_VARIABLE, "_UnreadVariable"];
  if (o instanceof PartitionedVariable) return [PARTITIONED, "PartitionedVariable"];
  if (o instanceof tf.VariableScope) return [SCOPE, "VariableScope"];
  if (o instanceof tf.Graph) return [GRAPH, "Graph"];
  if (o instanceof tf.DType) return [DTYPE, "DType"];
  if (o instanceof tf.TensorShape) return [SHAPE, "TensorShape"];
  if (o instanceof tf.Dimension) return [DIMENSION, "Dimension"];
  return null;
}

/** The public TF class (API golden path) behind each table's Python class name (variables list TF's
 *  members themselves, private ones included: _tfvariables.py). */
const GOLDEN_CLASS: Record<string, string> = {
  Tensor: "tensorflow.Tensor",
  EagerTensor: "tensorflow.Tensor",
  Operation: "tensorflow.Operation",
  VariableScope: "tensorflow.VariableScope",
  Graph: "tensorflow.Graph",
  DType: "tensorflow.DType",
  TensorShape: "tensorflow.TensorShape",
  Dimension: "tensorflow.Dimension",
};

/** `obj.<name>` for a shim object; AttributeError as CPython words it when there is none. */
export function getAttribute(k: NativeKit, obj: PyValue, name: string): PyValue {
  const e = k.bridge.engineOf(obj);
  const t = tableOf(e);
  const g = t?.[0][name];
  if (g === undefined || !Object.prototype.hasOwnProperty.call(t![0], name)) {
    const cls = t?.[1] ?? k.bridge.typeName(obj);
    // A member TF's class has (its API golden lists it) that tfscope does not model is our gap, not
    // the AttributeError a reader would take as TF's answer.
    const golden = GOLDEN_CLASS[cls];
    if (golden !== undefined && (apiMember("v1", golden, name) ?? apiMember("v2", golden, name)) !== undefined) {
      throw new tf.Unsupported(`${golden.slice("tensorflow.".length)}.${name}`);
    }
    return k.host.raise("AttributeError", `'${cls}' object has no attribute '${name}'`);
  }
  return k.bridge.toPy((g as (o: unknown, k: NativeKit) => unknown)(e, k));
}

/** `repr(obj)` as TF 1.15 (or the profile) prints it. */
export function reprOf(k: NativeKit, obj: PyValue): string {
  const e = k.bridge.engineOf(obj);
  if (e instanceof EagerTensor) return k.printed(e, eagerTensorRepr(e));
  if (e instanceof tf.EagerVariable) return k.printed(e.initialValue as EagerTensor, eagerVariableRepr(e as never));
  if (e instanceof tf.Tensor) return tf.tensorRepr(e);
  if (e instanceof tf.Operation) return tf.operationRepr(e);
  if (e instanceof tf.Variable || e instanceof tf.UnreadVariable) return tf.variableRepr(e);
  if (e instanceof tf.DType) return tf.dtypeRepr(e);
  if (e instanceof tf.TensorShape) return tf.shapeRepr(e);
  if (e instanceof tf.Dimension) return tf.dimensionRepr(e);
  if (e instanceof tf.Graph) return `<tensorflow.python.framework.ops.Graph object at 0x${(0x7f0000000000 + e.uid * 0x100).toString(16)}>`;
  if (e instanceof PartitionedVariable) return `<tensorflow.python.ops.variables.PartitionedVariable object at 0x7f00000${e.name.length}>`;
  throw new tf.Unsupported("the repr of this object");
}

/** `str(obj)`. */
export function strOf(k: NativeKit, obj: PyValue): string {
  const e = k.bridge.engineOf(obj);
  if (e instanceof EagerTensor) return k.printed(e, eagerTensorStr(e));
  if (e instanceof tf.Tensor) return tf.tensorStr(e);
  if (e instanceof tf.Operation) return tf.operationStr(e);
  if (e instanceof tf.DType) return tf.dtypeStr(e);
  if (e instanceof tf.TensorShape) return tf.shapeStr(e);
  if (e instanceof tf.Dimension) return tf.dimensionStr(e);
  return reprOf(k, obj);
}



export function graphKeys(k: NativeKit): [string, PyValue][] {
  return Object.entries(GraphKeys).map(([name, v]) => [name, k.bridge.toPy(v)]);
}

export function tupleOf(k: NativeKit, items: unknown[]): PyValue {
  return pyTupleOf(items.map((x) => k.bridge.toPy(x)));
}

export { isNone };
