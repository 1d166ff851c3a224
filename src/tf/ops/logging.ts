/**
 * gen_logging_ops and gen_string_ops' StringFormat: the summary ops (ScalarSummary, HistogramSummary,
 * ImageSummary, AudioSummaryV2, TensorSummaryV2, MergeSummary), Print, PrintV2 and StringFormat, with
 * the registrations of tensorflow/core/ops/logging_ops.cc and string_ops.cc 127-151 (TF 1.15). The
 * summary_scope naming lives in the shim (summary_op_util.py); these wrappers name the op `name`.
 */
import * as d from "../dtypes.js";
import { executingEagerly } from "../context.js";
import { Unsupported } from "../errors.js";
import { applyOp as applyNamedOp } from "../apply-op.js";
import { graphFromInputs } from "../inputs.js";
import { SCALAR_SHAPE } from "../shape.js";
import type { Operation, Tensor } from "../tensor.js";
import { NDArray } from "../../numpy/ndarray.js";
import { type OpInput, convertNToTensor, convertToTensor, sourceOf } from "./convert.js";
import { fail } from "./infer-context.js";
import { arg, fixedArg, opDef, typeAttr } from "./op-def.js";
import { applyOp as applyDefOp, applyOp1 } from "./op-library.js";
import { scalarShape } from "./shape-fns.js";
import { REAL_NUMBER_TYPES } from "./type-sets.js";
import "../summary/summary-kernels.js";
import "../kernels/logging.js";

const summaryOut = [{ name: "summary", type: d.string }];

export const LOGGING_OPS = {
  ScalarSummary: opDef("ScalarSummary", [fixedArg("tags", d.string), arg("values")], summaryOut,
    [typeAttr("T", REAL_NUMBER_TYPES)], scalarShape),
  HistogramSummary: opDef("HistogramSummary", [fixedArg("tag", d.string), arg("values")], summaryOut,
    [typeAttr("T", REAL_NUMBER_TYPES, d.float32)], scalarShape),
  ImageSummary: opDef("ImageSummary", [fixedArg("tag", d.string), arg("tensor")], summaryOut, [
    { name: "max_images", kind: "int", default: 3, minimum: 1 },
    typeAttr("T", [d.uint8, d.float32, d.float16, d.float64], d.float32),
    // bad_color: tensor = { dtype: DT_UINT8 tensor_shape: { dim { size: 4 } } int_val: 255 0 0 255 }
    { name: "bad_color", kind: "tensor", default: new NDArray("uint8", [4], [255, 0, 0, 255]) },
  ], scalarShape),
  AudioSummaryV2: opDef("AudioSummaryV2",
    [fixedArg("tag", d.string), fixedArg("tensor", d.float32), fixedArg("sample_rate", d.float32)], summaryOut,
    [{ name: "max_outputs", kind: "int", default: 3, minimum: 1 }], scalarShape),
  TensorSummaryV2: opDef("TensorSummaryV2",
    [fixedArg("tag", d.string), arg("tensor"), fixedArg("serialized_summary_metadata", d.string)], summaryOut,
    [typeAttr("T")], scalarShape),
  MergeSummary: opDef("MergeSummary", [{ name: "inputs", type: d.string, numberAttr: "N" }], summaryOut,
    [{ name: "N", kind: "int", minimum: 1 }], scalarShape),
  PrintV2: opDef("PrintV2", [fixedArg("input", d.string)], [], [
    { name: "output_stream", kind: "string", default: "stderr" },
    { name: "end", kind: "string", default: "\n" },
  ], (c) => {
    // logging_ops.cc 47-54.
    const r = c.inputs[0] === null ? null : c.inputs[0]!.length;
    if (r !== null && r !== 0) fail(`input must be a scalar, but has rank: ${r}`);
    return [];
  }),
} as const;

/** gen_logging_ops.scalar_summary(tags, values, name). */
export const scalarSummary = (tags: OpInput, values: OpInput, name: string | null = null): Tensor =>
  applyOp1(LOGGING_OPS.ScalarSummary, name, { tags, values });

/** gen_logging_ops.histogram_summary(tag, values, name). */
export const histogramSummary = (tag: OpInput, values: OpInput, name: string | null = null): Tensor =>
  applyOp1(LOGGING_OPS.HistogramSummary, name, { tag, values });

/** gen_logging_ops.image_summary(tag, tensor, max_images=3, bad_color=..., name). */
export const imageSummary = (tag: OpInput, tensor: OpInput, maxImages: number, name: string | null = null): Tensor =>
  applyOp1(LOGGING_OPS.ImageSummary, name, { tag, tensor }, { max_images: maxImages });

/** gen_logging_ops.audio_summary_v2(tag, tensor, sample_rate, max_outputs=3, name). */
export const audioSummaryV2 = (tag: OpInput, tensor: OpInput, sampleRate: OpInput, maxOutputs: number, name: string | null = null): Tensor =>
  applyOp1(LOGGING_OPS.AudioSummaryV2, name, { tag, tensor, sample_rate: sampleRate }, { max_outputs: maxOutputs });

/** gen_logging_ops.tensor_summary_v2(tag, tensor, serialized_summary_metadata, name). */
export const tensorSummaryV2 = (tag: OpInput, tensor: OpInput, metadata: OpInput, name: string | null = null): Tensor =>
  applyOp1(LOGGING_OPS.TensorSummaryV2, name, { tag, tensor, serialized_summary_metadata: metadata });

/** gen_logging_ops.merge_summary(inputs, name). */
export const mergeSummary = (inputs: readonly OpInput[], name: string | null = null): Tensor =>
  applyOp1(LOGGING_OPS.MergeSummary, name, { inputs });

/** gen_logging_ops.print_v2(input, output_stream="stderr", end="\n", name): the op (no outputs). */
export function printV2(input: OpInput, outputStream: string, end: string, name: string | null = null): Operation {
  if (executingEagerly()) throw new Unsupported("tf.print in eager mode");
  return applyDefOp(LOGGING_OPS.PrintV2, name, { input }, { output_stream: outputStream, end });
}

/**
 * gen_logging_ops._print(input, data, message, first_n, summarize, name): `Print` with the type-list
 * input `data: U` (op_def_library converts its items as `data_0`, `data_1`... inside the op's scope).
 */
export function print(input: OpInput, data: readonly OpInput[], message: string, firstN: number, summarize: number,
  name: string | null = null): Tensor {
  if (executingEagerly()) throw new Unsupported("tf.Print in eager mode");
  const g = graphFromInputs([input, ...data].map((v) => sourceOf(v)).filter((v) => v !== null));
  return applyNamedOp(g, "Print", name, () => {
    const x = convertToTensor(input, { name: "input" });
    const ds = convertNToTensor(data, { name: "data" });
    return {
      inputs: [x, ...ds],
      attrs: { T: x.dtype.baseDtype, U: ds.map((t) => t.dtype.baseDtype), message, first_n: firstN, summarize },
      dtypes: [x.dtype.baseDtype],
      shapes: [x.shape],
    };
  }).outputs[0]!;
}

/**
 * gen_logging_ops._assert(condition, data, summarize, name) (logging_ops.cc Assert: `condition: bool`,
 * `data: T` a type list, `summarize: int = 3`, no outputs): its data converted as `data_0`, `data_1`...
 */
export function assertOp(condition: OpInput, data: readonly OpInput[], summarize: number, name: string | null = null): Operation {
  if (executingEagerly()) throw new Unsupported("tf.Assert in eager mode");
  const g = graphFromInputs([condition, ...data].map((v) => sourceOf(v)).filter((v) => v !== null));
  return applyNamedOp(g, "Assert", name, () => {
    const c = convertToTensor(condition, { name: "condition" });
    if (c.dtype.baseDtype !== d.bool) throw new Unsupported("tf.Assert of a condition that is not bool");
    const ds = convertNToTensor(data, { name: "data" });
    return {
      inputs: [c, ...ds],
      attrs: { T: ds.map((t) => t.dtype.baseDtype), summarize },
      dtypes: [],
      shapes: [],
    };
  });
}

/** gen_string_ops.string_format(inputs, template, placeholder, summarize, name) (string_ops.cc 127-151). */
export function stringFormat(inputs: readonly OpInput[], template: string, placeholder: string, summarize: number,
  name: string | null = null): Tensor {
  if (executingEagerly()) throw new Unsupported("tf.strings.format in eager mode");
  const g = graphFromInputs(inputs.map((v) => sourceOf(v)).filter((v) => v !== null));
  return applyNamedOp(g, "StringFormat", name, () => {
    const ts = convertNToTensor(inputs, { name: "inputs" });
    const placeholders = template.split(placeholder).length - 1;
    if (placeholder === "" || placeholders !== ts.length) {
      throw new Unsupported("tf.strings.format whose placeholders do not match its inputs (the shape function's error)");
    }
    return {
      inputs: ts,
      attrs: { T: ts.map((t) => t.dtype.baseDtype), template, placeholder, summarize },
      dtypes: [d.string],
      shapes: [SCALAR_SHAPE],
    };
  }).outputs[0]!;
}
