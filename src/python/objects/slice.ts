import { None, PyObject, typeName, type PyValue } from "./base.js";
import { IndexError, TypeError, ValueError, pyErr } from "./exceptions.js";
import { callMethod } from "../ops/call.js";

/** `operator.index(v)`: an int (as a JS number; bigints are clamped to ±Infinity for slicing), or
 * undefined when v is not an integer. */
export function asIndex(v: PyValue): number | bigint | undefined {
  switch (typeof v) {
    case "number":
    case "bigint":
      return v;
    case "boolean":
      return v ? 1 : 0;
  }
  if (v instanceof PyObject && !v.cls.builtin) {
    const f = v.cls.lookup("__index__");
    if (f !== undefined) {
      const r = callMethod(f, v, []);
      if (typeof r === "number" || typeof r === "bigint") return r;
      throw pyErr(TypeError, `__index__ returned non-int (type ${typeName(r)})`);
    }
  }
  return undefined;
}

/** Whether an int fits a C Py_ssize_t (64-bit), as PyNumber_AsSsize_t requires. */
export function fitsSsize(k: number | bigint): boolean {
  return typeof k === "number" ? Number.isSafeInteger(k) : k <= 9223372036854775807n && k >= -9223372036854775808n;
}

/** An index into a sequence of length n, negative counting from the end; `what` names the sequence in
 * the IndexError (`list index out of range`). Sequence subscripts convert with
 * PyNumber_AsSsize_t(item, PyExc_IndexError), so an int beyond 64 bits is that IndexError first; range
 * compares its index as a Python int (Objects/rangeobject.c compute_range_item), so `ssize` is false. */
export function seqIndex(k: number | bigint, n: number, what: string, ssize = true): number {
  if (ssize && !fitsSsize(k)) throw pyErr(IndexError, "cannot fit 'int' into an index-sized integer");
  let i = typeof k === "number" ? k : Number(k);
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw pyErr(IndexError, `${what} out of range`);
  return i;
}

function sliceBound(v: PyValue): number | undefined {
  if (v === None) return undefined;
  const i = asIndex(v);
  if (i === undefined)
    throw pyErr(TypeError, "slice indices must be integers or None or have an __index__ method");
  return typeof i === "number" ? i : Number(i);
}

/** PySlice_GetIndicesEx: [start, stop, step, count] for a sequence of length n. */
export function sliceIndices(lower: PyValue, upper: PyValue, stepV: PyValue, n: number): [number, number, number, number] {
  const st = sliceBound(stepV);
  const step = st === undefined ? 1 : st;
  if (step === 0) throw pyErr(ValueError, "slice step cannot be zero");
  let start: number;
  let stop: number;
  const lo = sliceBound(lower);
  const hi = sliceBound(upper);
  if (lo === undefined) start = step < 0 ? n - 1 : 0;
  else {
    start = lo < 0 ? Math.max(lo + n, step < 0 ? -1 : 0) : Math.min(lo, step < 0 ? n - 1 : n);
  }
  if (hi === undefined) stop = step < 0 ? -1 : n;
  else {
    stop = hi < 0 ? Math.max(hi + n, step < 0 ? -1 : 0) : Math.min(hi, step < 0 ? n - 1 : n);
  }
  let count = 0;
  if (step > 0) count = stop > start ? Math.floor((stop - start - 1) / step) + 1 : 0;
  else count = stop < start ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  return [start, stop, step, count];
}

/** The items of `items` selected by a slice. */
export function sliceArray<T>(items: readonly T[], lower: PyValue, upper: PyValue, step: PyValue): T[] {
  const [start, stop, st, count] = sliceIndices(lower, upper, step, items.length);
  if (st === 1) return items.slice(start, stop > start ? stop : start);
  const out = new Array<T>(count);
  for (let i = 0, j = start; i < count; i++, j += st) out[i] = items[j]!;
  return out;
}
