/**
 * The graph `tf.train.Saver` builds (training/saver.py of TF 1.15: BulkSaverBuilder._build_internal with
 * sharded=False and the V2 format): under the name scope `save`,
 *
 *   save/filename/input, save/filename   placeholder_with_default(filename or "model", name="filename")
 *   save/Const                           placeholder_with_default(that, name="Const")  (saver.py 826-831)
 *   save/SaveV2 (+ tensor_names, shape_and_slices)   BaseSaverBuilder.save_op (saver.py 86-124)
 *   save/control_dependency              with_dependencies([save], filename)  (_AddSaveOps, 195-207)
 *   save/RestoreV2 (+ its two Consts) on /device:CPU:0   BulkSaverBuilder.bulk_restore (562-573)
 *   save/Assign, save/Assign_1...        ReferenceVariableSaveable.restore (saveable_object_util.py 48-57)
 *   save/restore_all                     group(*assign_ops, name="restore_all")  (_AddRestoreOps 331-333)
 *
 * The saveables arrive validated and sorted by name (the shim's _tfsaver.py mirrors
 * saveable_object_util.validate_and_slice_inputs).
 */
import { getDefaultGraph } from "../context.js";
import { Unsupported } from "../errors.js";
import { placeholderWithDefault, identity } from "../ops/array.js";
import { convertToTensor } from "../ops/convert.js";
import { group } from "../ops/control.js";
import { pyList, pyStr } from "../ops/pyvalue.js";
import { withNameScope } from "../ops/scope.js";
import { assign } from "../ops/state.js";
import { applyOp } from "../apply-op.js";
import { within } from "../graph.js";
import { SCALAR_SHAPE } from "../shape.js";
import type { Operation, Tensor } from "../tensor.js";
import { RefVariable, type Variable } from "../variables.js";
import * as d from "../dtypes.js";
import "./saver-kernels.js";

/** One saveable: the checkpoint key and the variable saved under it. */
export interface Saveable {
  readonly name: string;
  readonly variable: Variable;
}

/** What SaverDef records: the filename feed, the save fetch and the restore op. */
export interface SaverGraph {
  readonly filenameTensor: Tensor;
  readonly saveTensor: Tensor;
  readonly restoreOp: Operation;
}

/** `BaseSaverBuilder._build_internal(names_to_saveables, name=name, filename=filename)` in graph mode. */
export function buildSaver(saveables: readonly Saveable[], name: string | null, filename: string | null, reshape: boolean): SaverGraph {
  if (reshape) throw new Unsupported("tf.train.Saver(reshape=True)");
  for (const s of saveables) {
    if (!(s.variable instanceof RefVariable)) throw new Unsupported("tf.train.Saver of a resource variable (ResourceVariableSaveable)");
    if (s.variable.saveSliceInfo !== null) throw new Unsupported("tf.train.Saver of a partitioned variable's slices");
  }
  const refs = saveables.map((s) => convertToTensor(s.variable as never, { asRef: true }));
  // name_scope(name, "save", [saveable.op for saveable in saveables]): the variables pick the graph.
  return withNameScope(name, "save", refs, () => {
    const fileDefault = placeholderWithDefault(pyStr(filename || "model"), SCALAR_SHAPE, "filename");
    const filenameTensor = placeholderWithDefault(fileDefault, SCALAR_SHAPE, "Const");
    const save = saveV2(filenameTensor, saveables.map((s) => s.name), refs);
    const saveTensor = withDependencies(save, filenameTensor);
    const g = getDefaultGraph();
    const restored = within(g.device("cpu:0"), () => restoreV2(filenameTensor, saveables.map((s) => s.name), refs.map((t) => t.dtype.baseDtype)));
    const assigns = refs.map((ref, i) => assign(ref, restored[i]!, { validateShape: ref.shape.isFullyDefined() }) as Tensor);
    return { filenameTensor, saveTensor, restoreOp: group(assigns, "restore_all")! };
  });
}

/** io_ops.save_v2(prefix, tensor_names, shape_and_slices, tensors) (gen_io_ops SaveV2). */
function saveV2(prefix: Tensor, names: readonly string[], tensors: readonly Tensor[]): Operation {
  return applyOp(prefix.graph, "SaveV2", null, () => {
    const tn = stringVector(names, "tensor_names");
    const ss = stringVector(names.map(() => ""), "shape_and_slices");
    return { inputs: [prefix, tn, ss, ...tensors], attrs: { dtypes: tensors.map((t) => t.dtype.baseDtype) }, dtypes: [] };
  });
}

/** io_ops.restore_v2(prefix, tensor_names, shape_and_slices, dtypes): one output per name, of unknown
 * shape unless the slices say otherwise (io_ops.cc RestoreV2's shape function, "" slices). */
function restoreV2(prefix: Tensor, names: readonly string[], dtypes: readonly d.DType[]): Tensor[] {
  const op = applyOp(prefix.graph, "RestoreV2", null, () => {
    const tn = stringVector(names, "tensor_names");
    const ss = stringVector(names.map(() => ""), "shape_and_slices");
    return { inputs: [prefix, tn, ss], attrs: { dtypes: [...dtypes] }, dtypes: [...dtypes] };
  });
  return op.outputs.slice();
}

function stringVector(items: readonly string[], name: string): Tensor {
  return convertToTensor(pyList(items.map(pyStr)), { name, dtype: d.string });
}

/** control_flow_ops.with_dependencies (control_flow_ops.py 2817-2848): an Identity colocated with the
 * output, gated on the dependencies, in the scope `control_dependency`. */
function withDependencies(dep: Operation, t: Tensor): Tensor {
  return withNameScope(null, "control_dependency", [t], (scope) =>
    within(t.graph.colocateWith(t.op), () => within(t.graph.controlDependencies([dep]), () => identity(t, scope))));
}

