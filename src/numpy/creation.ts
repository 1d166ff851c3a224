/** Array constructors: zeros, ones, full, arange, linspace, eye. */
import { type DType, coerce } from "./dtype.js";
import { NumpyError, checkElements } from "./errors.js";
import { type Elem, NDArray, fromFunction } from "./ndarray.js";

export function full(shape: readonly number[], value: number | Uint8Array, dtype: DType): NDArray {
  const n = shape.reduce((a, b) => a * b, 1);
  checkElements(n);
  const v: Elem = value instanceof Uint8Array ? value : coerce(dtype, value);
  return new NDArray(dtype, [...shape], new Array<Elem>(n).fill(v));
}

/** `np.zeros(shape, dtype)`; numpy's default dtype is float64. */
export function zeros(shape: readonly number[], dtype: DType = "float64"): NDArray {
  return dtype === "bytes" ? full(shape, new Uint8Array(0), dtype) : full(shape, 0, dtype);
}

export function ones(shape: readonly number[], dtype: DType = "float64"): NDArray {
  return full(shape, 1, dtype);
}

/**
 * `np.arange(start, stop, step, dtype)` (`arange(n)` counts from 0): length ceil((stop - start) / step).
 * As numpy's `@TYPE@_fill` does, the first two values are start and start + step, and element i is
 * start + i * delta with delta = (start + step) - start, all in the result dtype. Without a dtype,
 * integer arguments give int64, else float64.
 */
export function arange(startOrStop: number, stopArg?: number, step = 1, dtype?: DType): NDArray {
  const [start, stop] = stopArg === undefined ? [0, startOrStop] : [startOrStop, stopArg];
  if (step === 0) throw new NumpyError("ZeroDivisionError", "division by zero");
  const dt = dtype ?? ([start, stop, step].every(Number.isInteger) ? "int64" : "float64");
  const n = Math.max(0, Math.ceil((stop - start) / step));
  const first = coerce(dt, start), second = coerce(dt, start + step);
  const delta = coerce(dt, second - first);
  return fromFunction(dt, [n], (i) => (i === 0 ? first : i === 1 ? second : coerce(dt, first + coerce(dt, i * delta))));
}

/**
 * `np.linspace(start, stop, num, endpoint=True)` in float64: numpy computes start + i*step with
 * step = (stop-start)/div, and sets the last element to `stop` exactly when endpoint is true.
 */
export function linspace(start: number, stop: number, num = 50, endpoint = true, dtype: DType = "float64"): NDArray {
  if (num < 0) throw new NumpyError("ValueError", `Number of samples, ${num}, must be non-negative.`);
  const div = endpoint ? num - 1 : num;
  const delta = stop - start;
  const step = div > 0 ? delta / div : NaN;
  const vals = Array.from({ length: num }, (_, i) => (div > 0 ? (step === 0 ? (i / div) * delta : i * step) + start : i * delta + start));
  if (endpoint && num > 1) vals[num - 1] = stop;
  return fromFunction(dtype, [num], (i) => vals[i]);
}

export function eye(n: number, m: number = n, dtype: DType = "float64"): NDArray {
  return fromFunction(dtype, [n, m], (i) => (Math.floor(i / m) === i % m ? 1 : 0));
}
