/**
 * Tensor::SummarizeValue(max_entries, print_v2) (tensorflow/core/framework/tensor.cc 960-1175, TF 1.15):
 * how Print, Assert and StringFormat write a tensor. V1 (PrintOneDim) prints the first `max` elements
 * in row-major order with brackets for inner dims and "..." after; V2 (PrintOneDimV2, tf.print) prints
 * the first and last `max` of every dim, numpy-like, with strings quoted.
 */
import type { NDArray } from "../../numpy/ndarray.js";
import { Unsupported } from "../errors.js";
import { strCatNumber } from "../strcat.js";

/** absl::CEscape: \n \r \t \" \' \\ escaped, other bytes outside printable ASCII as 3-digit octal. */
export function cEscape(b: Uint8Array): string {
  let out = "";
  for (const c of b) {
    if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c === 9) out += "\\t";
    else if (c === 34) out += '\\"';
    else if (c === 39) out += "\\'";
    else if (c === 92) out += "\\\\";
    else if (c >= 32 && c < 127) out += String.fromCharCode(c);
    else out += "\\" + c.toString(8).padStart(3, "0");
  }
  return out;
}

/** PrintOneElement: StrCat of a number (bool as 0/1, half as float), CEscape of a string. */
function elements(t: NDArray, printV2: boolean): string[] {
  if (t.dtype === "bytes") return (t.data as Uint8Array[]).map((b) => (printV2 ? `"${cEscape(b)}"` : cEscape(b)));
  if (t.dtype === "bool") return t.numbers().map((x) => (x ? "1" : "0"));
  if (!/^(u?int|float)/.test(t.dtype)) throw new Unsupported(`printing a ${t.dtype} tensor (Tensor::SummarizeValue)`);
  const dtype = t.dtype === "float16" ? "float32" : t.dtype;
  return t.numbers().map((x) => strCatNumber(x, dtype));
}

/** Tensor::SummarizeValue(max_entries, print_v2). */
export function summarizeTensor(t: NDArray, maxEntries: number, printV2 = false): string {
  const numElts = t.size;
  const limit = Math.min(maxEntries < 0 ? numElts : maxEntries, numElts);
  const data = elements(t, printV2);
  const shape = t.shape;
  if (shape.length === 0) {
    return data.slice(0, limit).join(" ") + (numElts > limit ? "..." : "");
  }
  if (printV2) return oneDimV2(0, shape, limit, data, 0);
  let idx = 0;
  let out = "";
  const dim = (di: number): void => {
    if (idx >= limit) return;
    const n = shape[di]!;
    if (di === shape.length - 1) {
      for (let i = 0; i < n; i++) {
        if (idx >= limit) {
          if (di !== 0) out += "...";
          return;
        }
        if (i > 0) out += " ";
        out += data[idx++];
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      let opened = false;
      if (idx < limit) {
        out += "[";
        opened = true;
      }
      dim(di + 1);
      if (idx < limit || opened) out += "]";
    }
  };
  dim(0);
  return numElts > limit ? out + "..." : out;
}

// PrintDimSpacing (tensor.cc 1022-1034).
function spacing(di: number, numDims: number): string {
  if (di === numDims - 1) return " ";
  return "\n".repeat(numDims - di - 1) + " ".repeat(di + 1);
}

// PrintOneDimV2 (tensor.cc 1037-1077).
function oneDimV2(di: number, shape: readonly number[], ends: number, data: readonly string[], at: number): string {
  const numDims = shape.length;
  if (di === numDims) return data[at]!;
  let out = "[";
  const count = shape[di]!;
  const startOfEnd = Math.max(ends, count - ends);
  let per = 1;
  for (let i = di + 1; i < numDims; i++) per *= shape[i]!;
  for (let i = 0; i < ends && i < count; i++) {
    if (i > 0) out += spacing(di, numDims);
    out += oneDimV2(di + 1, shape, ends, data, at + per * i);
  }
  if (count > 2 * ends) out += spacing(di, numDims) + "...";
  for (let i = startOfEnd; i < count; i++) {
    out += spacing(di, numDims);
    out += oneDimV2(di + 1, shape, ends, data, at + per * i);
  }
  return out + "]";
}
