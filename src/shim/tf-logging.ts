/**
 * The generated-op bindings behind tf.summary.*, tf.Print and tf.print, for Python (`_tf.scalar_summary`,
 * `_tf.print_op`...): thin bindings of src/tf/ops/logging.ts with gen_logging_ops' / gen_string_ops'
 * signatures. The Python over them (summary.py, summary_op_util.py, logging_ops.py) is py/_tfsummary.py
 * and py/_tflogging.py.
 */
import { type ModuleBuilder, type PyValue, asList } from "../python/index.js";
import { PyBytes } from "../python/objects/values.js";
import * as ops from "../tf/ops/index.js";
import { summaryParses } from "../tf/summary/summary-kernels.js";
import type { NativeKit } from "./native.js";

export function installLoggingFunctions(k: NativeKit, m: ModuleBuilder): void {
  const { bridge } = k;
  const def = (name: string, names: string[], required: number, impl: (a: (PyValue | undefined)[]) => unknown) =>
    m.fn(name, k.bound(name, { names, required }, impl));
  const x = (v: PyValue | undefined): ops.OpInput => bridge.describe(v === undefined ? k.none() : v);
  const xs = (v: PyValue | undefined): ops.OpInput[] => asList(v!).map((e) => x(e));
  const int = (f: string, a: string, v: PyValue | undefined) => k.intArg(f, a, v!);
  const str = (v: PyValue | undefined) => k.str(v) ?? "";

  // Whether bytes parse as a Summary (FileWriter.add_summary's ParseFromString): fields well formed, `value` a message.
  def("summary_parses", ["data"], 1, (a) => {
    const b = a[0];
    return b instanceof PyBytes && summaryParses(b.bytes);
  });
  def("scalar_summary", ["tags", "values", "name"], 2, (a) => ops.scalarSummary(x(a[0]), x(a[1]), k.name(a[2])));
  def("histogram_summary", ["tag", "values", "name"], 2, (a) => ops.histogramSummary(x(a[0]), x(a[1]), k.name(a[2])));
  def("image_summary", ["tag", "tensor", "max_images", "name"], 3, (a) =>
    ops.imageSummary(x(a[0]), x(a[1]), int("tf.summary.image", "max_outputs", a[2]), k.name(a[3])));
  def("audio_summary_v2", ["tag", "tensor", "sample_rate", "max_outputs", "name"], 4, (a) =>
    ops.audioSummaryV2(x(a[0]), x(a[1]), x(a[2]), int("tf.summary.audio", "max_outputs", a[3]), k.name(a[4])));
  def("tensor_summary_v2", ["tag", "tensor", "serialized_summary_metadata", "name"], 3, (a) =>
    ops.tensorSummaryV2(x(a[0]), x(a[1]), x(a[2]), k.name(a[3])));
  def("merge_summary", ["inputs", "name"], 1, (a) => ops.mergeSummary(xs(a[0]), k.name(a[1])));
  // The arguments arrive checked by _tflogging.py (_execute.make_str / make_int).
  def("print_op", ["input_", "data", "message", "first_n", "summarize", "name"], 5, (a) =>
    ops.print(x(a[0]), xs(a[1]), str(a[2]), int("tf.Print", "first_n", a[3]), int("tf.Print", "summarize", a[4]), k.name(a[5])));
  def("assert_op", ["condition", "data", "summarize", "name"], 3, (a) =>
    ops.assertOp(x(a[0]), xs(a[1]), int("tf.Assert", "summarize", a[2]), k.name(a[3])));
  def("print_v2", ["input", "output_stream", "end", "name"], 3, (a) => ops.printV2(x(a[0]), str(a[1]), str(a[2]), k.name(a[3])));
  def("string_format", ["inputs", "template", "placeholder", "summarize", "name"], 4, (a) =>
    ops.stringFormat(xs(a[0]), str(a[1]), str(a[2]), int("tf.strings.format", "summarize", a[3]), k.name(a[4])));
}
