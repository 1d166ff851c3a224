/**
 * The summary kernels as Session.run executes them (tensorflow/core/kernels/summary_op.cc,
 * summary_tensor_op.cc; TF 1.15): each returns a serialized `Summary` (summary.proto) as a scalar
 * string. ScalarSummary writes value{tag, simple_value}; HistogramSummary value{tag, histo} with the
 * default buckets; TensorSummaryV2 value{tag, tensor, metadata}; MergeSummary concatenates the
 * inputs' values, failing on a repeated non-empty tag. ImageSummary (PNG encoding) and AudioSummaryV2
 * (WAV encoding) are refused when run.
 */
import { NDArray } from "../../numpy/ndarray.js";
import { TFError, Unsupported } from "../errors.js";
import { registerKernel, typeAttr } from "../kernels/registry.js";
import { Histogram } from "./histogram.js";
import { ProtoWriter, readFields } from "./proto-wire.js";
import { tensorProto } from "./tensor-proto-bytes.js";

const decoder = new TextDecoder();

const summaryTensor = (s: ProtoWriter): NDArray => new NDArray("bytes", [], [s.finish()]);

/** TensorShape::DebugString: `[2,3]`. */
const shapeString = (shape: readonly number[]): string => `[${shape.join(",")}]`;

// SummaryScalarOp::Compute (summary_op.cc 35-60): IsLegacyScalar is rank 0 (no legacy scalars).
registerKernel("ScalarSummary", {
  compute: (ctx) => {
    const tags = ctx.inputs[0] as NDArray;
    const values = ctx.inputs[1] as NDArray;
    const same = tags.shape.length === values.shape.length && tags.shape.every((n, i) => n === values.shape[i]);
    if (!same) {
      const single = tags.size === 1 ? ` (tag '${decoder.decode(tags.data[0] as Uint8Array)}')` : "";
      throw new TFError("InvalidArgumentError",
        `tags and values not the same shape: ${shapeString(tags.shape)} != ${shapeString(values.shape)}${single}`);
    }
    const s = new ProtoWriter();
    const nums = values.numbers();
    tags.data.forEach((tag, i) => {
      s.message(1, new ProtoWriter().bytes(1, tag as Uint8Array).float(2, Math.fround(nums[i]!), true));
    });
    return [summaryTensor(s)];
  },
});

// SummaryHistoOp::Compute (summary_op.cc 74-104).
registerKernel("HistogramSummary", {
  compute: (ctx) => {
    const tags = ctx.inputs[0] as NDArray;
    const values = ctx.inputs[1] as NDArray;
    if (tags.shape.length !== 0) throw new TFError("InvalidArgumentError", "tags must be scalar");
    const histo = new Histogram();
    for (const v of values.numbers()) {
      if (Number.isNaN(v)) throw new TFError("InvalidArgumentError", `Nan in summary histogram for: ${ctx.op.name}`);
      if (!Number.isFinite(v)) throw new TFError("InvalidArgumentError", `Infinity in summary histogram for: ${ctx.op.name}`);
      histo.add(v);
    }
    const value = new ProtoWriter().bytes(1, tags.data[0] as Uint8Array).message(5, histo.encode());
    return [summaryTensor(new ProtoWriter().message(1, value))];
  },
});

// SummaryTensorOpV2::Compute (summary_tensor_op.cc 30-56): a string tensor as string_val
// (AsProtoField), any other as tensor_content (AsProtoTensorContent); the metadata parsed back.
registerKernel("TensorSummaryV2", {
  compute: (ctx) => {
    const [tag, tensor, metadata] = ctx.inputs as NDArray[];
    if (tag!.shape.length !== 0) throw new TFError("InvalidArgumentError", "tag must be scalar");
    const meta = metadata!.data[0] as Uint8Array;
    if (meta.length > 0 && !canonicalMetadata(meta)) throw new Unsupported("tf.summary.tensor_summary with summary metadata tfscope did not serialize");
    const value = new ProtoWriter().bytes(1, tag!.data[0] as Uint8Array).message(8, tensorProto(tensor!, typeAttr(ctx.op, "T"))).message(9, meta);
    return [summaryTensor(new ProtoWriter().message(1, value))];
  },
});

/** Whether SummaryMetadata bytes re-serialize to themselves: fields 1-3 once each, in order, non-empty. */
function canonicalMetadata(b: Uint8Array): boolean {
  const fields = readFields(b);
  if (fields === null) return false;
  let last = 0;
  for (const f of fields) {
    if (f.field <= last || f.field > 3 || f.wire !== 2) return false;
    if (f.field !== 1 && f.bytes!.length === 0) return false;
    last = f.field;
  }
  return true;
}

// The fields of Summary.Value (summary.proto) and their wire types, in number order.
const VALUE_WIRE: Readonly<Record<number, number>> = { 1: 2, 2: 5, 3: 2, 4: 2, 5: 2, 6: 2, 7: 2, 8: 2, 9: 2 };

// SummaryMergeOp::Compute (summary_op.cc 124-157): a parsed value re-serializes to its bytes when they
// are canonical (fields in number order, each once); others are refused rather than re-encoded.
registerKernel("MergeSummary", {
  compute: (ctx) => {
    const out = new ProtoWriter();
    const tags = new Set<string>();
    for (const input of ctx.inputs as NDArray[]) {
      for (const s of input.data as Uint8Array[]) {
        const fields = readFields(s);
        if (fields === null || fields.some((f) => f.field === 1 && f.wire !== 2)) {
          throw new TFError("InvalidArgumentError", "Could not parse one of the summary inputs");
        }
        for (const f of fields) {
          if (f.field !== 1) throw new Unsupported("tf.summary.merge of a Summary with fields other than `value`");
          const vf = readFields(f.bytes!);
          if (vf === null) throw new TFError("InvalidArgumentError", "Could not parse one of the summary inputs");
          let last = 0;
          let tag = "";
          for (const x of vf) {
            if (x.field <= last || VALUE_WIRE[x.field] !== x.wire) throw new Unsupported("tf.summary.merge of a Summary.Value not in canonical form");
            if (x.field === 1 && x.bytes!.length === 0) throw new Unsupported("tf.summary.merge of a Summary.Value not in canonical form");
            if (x.field === 1) tag = decoder.decode(x.bytes!);
            last = x.field;
          }
          if (tag !== "") {
            if (tags.has(tag)) throw new TFError("InvalidArgumentError", `Duplicate tag ${tag} found in summary inputs`);
            tags.add(tag);
          }
          out.message(1, f.bytes!);
        }
      }
    }
    return [summaryTensor(out)];
  },
});

/** Whether `b` parses as a Summary: well-formed fields, each `value` (1) a message. */
export function summaryParses(b: Uint8Array): boolean {
  const fields = readFields(b);
  return fields !== null && fields.every((f) => f.field !== 1 || (f.wire === 2 && readFields(f.bytes!) !== null));
}

registerKernel("ImageSummary", {
  compute: () => {
    throw new Unsupported("running tf.summary.image (its PNG encoding)");
  },
});
registerKernel("AudioSummaryV2", {
  compute: () => {
    throw new Unsupported("running tf.summary.audio (its WAV encoding)");
  },
});
