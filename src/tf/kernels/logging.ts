/**
 * The logging kernels (tensorflow/core/kernels/logging_ops.cc, string_format_op.cc; TF 1.15): Print
 * forwards its input and writes `message[d1][d2]...` to std::cerr, at most `first_n` times per kernel;
 * StringFormat fills its template with Tensor::SummarizeValue(summarize, print_v2=true); PrintV2 writes
 * its string and `end` to the log listeners if any (an IPython kernel's), else to the chosen stream.
 */
import { NDArray } from "../../numpy/ndarray.js";
import { writeStream } from "../context.js";
import { TFError, Unsupported } from "../errors.js";
import { attr, registerKernel } from "./registry.js";
import type { Value } from "./values.js";
import { summarizeTensor } from "./summarize.js";

const decoder = new TextDecoder();
const encoder = new TextEncoder();

// PrintOp::Compute (logging_ops.cc 86-103).
registerKernel("Print", {
  compute: (ctx) => {
    const out: readonly Value[] = [ctx.inputs[0]!];
    const firstN = Number(attr<number>(ctx.op, "first_n"));
    if (firstN >= 0) {
      const calls = ctx.state.counters.get(ctx.op.name) ?? 0;
      if (calls >= firstN) return out;
      ctx.state.counters.set(ctx.op.name, calls + 1);
    }
    const summarize = Number(attr<number>(ctx.op, "summarize"));
    let msg = String(attr<string>(ctx.op, "message"));
    for (const t of ctx.inputs.slice(1)) msg += `[${summarizeTensor(t as NDArray, summarize)}]`;
    writeStream("stderr", `${msg}\n`);
    return out;
  },
});

// StringFormatOp (string_format_op.cc 25-70): absl::StrSplit(template, placeholder).
registerKernel("StringFormat", {
  compute: (ctx) => {
    const parts = String(attr<string>(ctx.op, "template")).split(String(attr<string>(ctx.op, "placeholder")));
    const summarize = Number(attr<number>(ctx.op, "summarize"));
    let msg = parts[0]!;
    ctx.inputs.forEach((t, i) => {
      msg += summarizeTensor(t as NDArray, summarize, true) + parts[i + 1]!;
    });
    return [new NDArray("bytes", [], [encoder.encode(msg)])];
  },
});

const VALID_STREAMS = ["stdout", "stderr", "log(info)", "log(warning)", "log(error)"];

// PrintV2Op (logging_ops.cc 110-175).
registerKernel("PrintV2", {
  compute: (ctx) => {
    const stream = String(attr<string>(ctx.op, "output_stream"));
    if (stream.startsWith("file://")) throw new Unsupported("tf.print(output_stream='file://...') (writing a file)");
    if (!VALID_STREAMS.includes(stream)) {
      throw new TFError("InvalidArgumentError", `Unknown output stream: ${stream}, Valid streams are: ${VALID_STREAMS.join(" ")}`);
    }
    const text = decoder.decode((ctx.inputs[0] as NDArray).data[0] as Uint8Array) + String(attr<string>(ctx.op, "end"));
    if (writeStream("listeners", text)) return [];
    if (stream === "stdout" || stream === "stderr") {
      writeStream(stream, text);
      return [];
    }
    // LOG(INFO) and friends prefix a timestamp and the process id.
    throw new Unsupported(`tf.print to ${stream} outside a notebook (TF's C++ log line carries a timestamp)`);
  },
});
