/** Axis arguments as numpy validates them. */
import { NumpyError } from "./errors.js";

/** Normalises an axis argument (null = all axes); AxisError text as numpy 1.17 words it. */
export function normalizeAxes(axis: number | readonly number[] | null, ndim: number): number[] {
  if (axis === null) return Array.from({ length: ndim }, (_, i) => i);
  const list = typeof axis === "number" ? [axis] : [...axis];
  const out = list.map((ax) => {
    if (ax < -ndim || ax >= ndim) {
      throw new NumpyError("AxisError", `axis ${ax} is out of bounds for array of dimension ${ndim}`);
    }
    return ax < 0 ? ax + ndim : ax;
  });
  if (new Set(out).size !== out.length) throw new NumpyError("ValueError", "duplicate value in 'axis'");
  return out;
}
