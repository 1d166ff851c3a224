/**
 * `tf.constant` and `convert_to_tensor` (constant_op.py, ops.py internal_convert_to_tensor, and the
 * conversion functions TF registers: tensors pass through, variables convert themselves, lists holding
 * tensors are auto-packed (array_ops.py 1158-1276), and everything else becomes a Const).
 */
import type { DType } from "../dtypes.js";
import { TFError, Unsupported, tfError } from "../errors.js";
import { executingEagerly, getDefaultGraph } from "../context.js";
import { asShape } from "../shape.js";
import { nameScope } from "../name-scope.js";
import { Tensor } from "../tensor.js";
import { reshape } from "../../numpy/manipulation.js";
import { full } from "../../numpy/creation.js";
import { EagerTensor } from "../eager/eager-tensor.js";
import { eagerConstant, quietly, refusingGraphErrors } from "../eager/execute.js";
import { OM } from "./op-messages.js";
import type { PySequence, PyValue } from "./pyvalue.js";
import { type ShapeRule, makeTensorValue } from "./tensor-proto.js";
import { type TensorSource, isTensorSource, sourceRepr } from "./tensor-source.js";

/** What ops accept as a tensor argument: a Python value, or a tensor/variable given directly. */
export type OpInput = PyValue | TensorSource;

export interface ConvertOptions {
  dtype?: DType | null;
  name?: string | null;
  /** Tried first when no dtype is required; falls back silently when the value does not fit. */
  preferredDtype?: DType | null;
  asRef?: boolean;
}

const V1_RULE: ShapeRule = { verifyShape: false, allowBroadcast: false };
const V2_RULE: ShapeRule = { verifyShape: false, allowBroadcast: true };

/** `tf.constant(value, dtype=None, shape=None, name="Const", verify_shape=False)` (TF1's constant_v1). */
export function constant(
  value: PyValue,
  dtype: DType | null = null,
  shape: readonly number[] | null = null,
  name: string | null = "Const",
  verifyShape = false,
): Tensor {
  const rule = verifyShape ? { verifyShape: true, allowBroadcast: false } : V1_RULE;
  if (executingEagerly()) return refusingGraphErrors("tf.constant", () => eagerConstantOf(value, dtype, shape, rule));
  return constantImpl(value, dtype, shape, name, rule);
}

/** The v2 `constant` that tensor conversion uses (allow_broadcast=True). */
export function constantV2(value: PyValue, dtype: DType | null, name: string | null): Tensor {
  return constantImpl(value, dtype, null, name ?? "Const", V2_RULE);
}

function constantImpl(value: PyValue, dtype: DType | null, shape: readonly number[] | null, name: string | null, rule: ShapeRule): Tensor {
  if (executingEagerly()) return eagerConstantOf(value, dtype, shape, rule);
  const tv = makeTensorValue(value, dtype, shape, rule);
  const op = getDefaultGraph().createOp({
    type: "Const",
    name: name ?? "Const",
    attrs: { value: tv.value, dtype: tv.dtype },
    dtypes: [tv.dtype],
    shapes: [asShape([...tv.value.shape])],
  });
  return op.outputs[0]!;
}

/**
 * constant_op.py `_constant_eager_impl` (2.10): the value converted without a shape, then reshaped
 * when the element counts agree or filled when it is a single element; `verify_shape` or a shape
 * that fits neither way is refused. Conversion failures stay TFErrors here, so that a preferred dtype
 * can fall back; eager conversion words them differently from make_tensor_proto ("Cannot convert
 * ... to EagerTensor of dtype ..."), so tf.constant and convert_to_tensor refuse whatever escapes.
 */
function eagerConstantOf(value: PyValue, dtype: DType | null, shape: readonly number[] | null, rule: ShapeRule): Tensor {
  const tv = quietly(() => makeTensorValue(value, dtype, null, rule));
  let arr = tv.value;
  if (shape !== null && !sameDims(arr.shape, shape)) {
    const n = shape.reduce((a, b) => a * b, 1);
    if (rule.verifyShape || (arr.size !== n && arr.size !== 1)) throw new Unsupported("the eager-mode error of tf.constant with an unfitting shape");
    arr = arr.size === n ? reshape(arr, shape) : full(shape, arr.data[0]!, arr.dtype);
  }
  return eagerConstant(arr, tv.dtype);
}

function sameDims(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The tensor or variable an input stands for, or null for a plain Python value. */
export function sourceOf(v: OpInput): TensorSource | null {
  if (isTensorSource(v)) return v;
  return v.kind === "tensor" ? v.value : null;
}

/** The input as a Tensor when it is one (not a variable, not a Python value). */
export function plainTensorOf(v: OpInput): Tensor | null {
  const s = sourceOf(v);
  return s instanceof Tensor ? s : null;
}

/** The input as a Python value, or null when it is a tensor or variable. */
export function pyValueOf(v: OpInput): PyValue | null {
  return sourceOf(v) === null ? (v as PyValue) : null;
}

/** True for tensors and variables (ops.is_dense_tensor_like). */
export function isDenseTensorLike(v: OpInput): boolean {
  return sourceOf(v) !== null;
}

/** ops.py internal_convert_to_tensor. */
export function convertToTensor(value: OpInput, opts: ConvertOptions = {}): Tensor {
  if (executingEagerly()) return refusingGraphErrors("convert_to_tensor", () => convertToTensorImpl(value, opts));
  return convertToTensorImpl(value, opts);
}

function convertToTensorImpl(value: OpInput, opts: ConvertOptions): Tensor {
  const dtype = opts.dtype ?? null;
  const name = opts.name ?? null;
  const asRef = opts.asRef ?? false;
  const src = sourceOf(value);
  if (src instanceof Tensor) {
    // ops.py internal_convert_to_tensor (2.10, 1583-1591): an eager value met while building a graph.
    if (src instanceof EagerTensor && !executingEagerly()) {
      const msg = "Attempting to capture an EagerTensor without building a function.";
      throw new TFError("RuntimeError", name === null ? msg : `${name}: ${msg}`);
    }
    if (dtype !== null && !dtype.isCompatibleWith(src.dtype)) {
      throw tfError(OM.conversionDtype, dtype.name, src.dtype.name, sourceRepr(src));
    }
    return src;
  }
  const convert = (d: DType | null): Tensor => {
    if (src !== null) return src.convertToTensor(d, name, asRef);
    const py = value as PyValue;
    const packed = autopack(py, d, name, asRef);
    return packed ?? constantV2(py, d, name);
  };
  const preferred = opts.preferredDtype ?? null;
  if (dtype === null && preferred !== null) {
    let ret: Tensor | null = null;
    try {
      ret = convert(preferred);
    } catch (e) {
      if (!(e instanceof TFError && (e.pyType === "TypeError" || e.pyType === "ValueError"))) throw e;
    }
    if (ret !== null) {
      if (ret.dtype.baseDtype !== preferred.baseDtype) {
        throw tfError(OM.notPreferredDtype, ret.dtype.baseDtype, preferred.baseDtype);
      }
      return ret;
    }
  }
  const ret = convert(dtype);
  if (dtype !== null && !dtype.isCompatibleWith(ret.dtype)) {
    // TF's message names the conversion function's Python repr, which tfscope cannot know.
    throw new Unsupported(`a conversion function returning ${ret.dtype.name} when ${dtype.name} was requested`);
  }
  return ret;
}

/** `ops.convert_n_to_tensor` naming: element i is named `name_i`. */
export function convertNToTensor(values: readonly OpInput[], opts: ConvertOptions = {}): Tensor[] {
  return values.map((v, i) => convertToTensor(v, { ...opts, name: opts.name == null ? null : `${opts.name}_${i}` }));
}

// ---- auto-packing of lists that hold tensors (array_ops.py 1158-1276) ----

function containsTensor(v: PyValue): boolean {
  if (v.kind === "tensor") return true;
  return (v.kind === "list" || v.kind === "tuple") && v.items.some(containsTensor);
}

/** `_get_dtype_from_nested_lists`: the dtype of the first tensor, depth first. */
function nestedDtype(v: PyValue): DType | null {
  if (v.kind !== "list" && v.kind !== "tuple") return null;
  for (const e of v.items) {
    if (e.kind === "tensor") return e.value.dtype.baseDtype;
    const d = nestedDtype(e);
    if (d !== null) return d;
  }
  return null;
}

/** `_autopacking_conversion_function`: null where TF's returns NotImplemented. */
function autopack(v: PyValue, dtype: DType | null, name: string | null, asRef: boolean): Tensor | null {
  if (asRef || (v.kind !== "list" && v.kind !== "tuple") || !containsTensor(v)) return null;
  const inferred = nestedDtype(v);
  if (inferred === null) return null;
  if (dtype !== null && dtype !== inferred) throw new Unsupported("auto-packing a list of tensors into another dtype");
  return packHelper(v, dtype ?? inferred, name ?? "packed") as Tensor;
}

/** `_autopacking_helper`: a Pack of the elements, converting plain values as Consts named by index;
 *  a list with no tensor inside comes back as a plain list. */
function packHelper(v: PySequence, dtype: DType, name: string): Tensor | PyValue {
  // Variables stay unconverted here: the Pack op converts its inputs itself, after the Consts.
  // ops.name_scope(name): the graph's scope, or only a prefix while eager (nothing marked as used).
  const scope = nameScope(name);
  const s = scope.enter();
  try {
    let mustPack = false;
    const converted: (Tensor | TensorSource | PyValue)[] = v.items.map((e, i) => {
      if (e.kind === "tensor") {
        if (e.value.dtype.baseDtype !== dtype) {
          throw tfError(OM.packedTensorDtype, e.value.dtype, dtype, sourceRepr(e.value));
        }
        mustPack = true;
        return e.value;
      }
      if (e.kind === "list" || e.kind === "tuple") {
        const c = packHelper(e, dtype, String(i));
        if (c instanceof Tensor) mustPack = true;
        return c;
      }
      return e;
    });
    if (!mustPack) return { kind: v.kind, items: converted as PyValue[] };
    const elems = converted.map((c, i) => (isTensorSource(c) ? c : constantV2(c as PyValue, dtype, String(i))));
    return packOp(elems, 0, s);
  } finally {
    scope.exit();
  }
}

// Wired by array.ts (gen_array_ops.pack), which depends on this module.
let packOp: (values: readonly OpInput[], axis: number, name: string) => Tensor = () => {
  throw new Error("array ops not loaded");
};
/** @internal */
export function setPackOp(fn: typeof packOp): void {
  packOp = fn;
}
