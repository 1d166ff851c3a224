/**
 * numpy 1.17's advanced indexing (multiarray/mapping.c prepare_index, mapiter): integer index arrays
 * (a boolean array stands for its nonzero indices, an integer next to an array for a 0-d array) broadcast
 * together; their result dimensions stand where the arrays stood when the arrays are adjacent, else first;
 * slices keep their axes. Gives the buffer position of every element of the result, which reading
 * gathers and assignment scatters to.
 */
import { tryBroadcastShapes, broadcastIndex } from "./elementwise.js";
import { NumpyError, compactShape } from "./errors.js";
import { type IndexItem, type Slice, sliceIndices } from "./indexing.js";
import { NDArray } from "./ndarray.js";

export interface FancyPlan { readonly shape: number[]; readonly positions: number[] }

type Axis = { kind: "adv"; idx: NDArray; source: NDArray } | { kind: "slice"; s: Slice };

export function fancyPlan(a: NDArray, index: readonly IndexItem[]): FancyPlan {
  if (index.includes("newaxis")) {
    throw new NumpyError("TfscopeUnsupported", "unsupported by tfscope: numpy indexing mixing index arrays with numpy.newaxis");
  }
  if (index.filter((x) => x === "ellipsis").length > 1) throw new NumpyError("IndexError", "an index can only have a single ellipsis ('...')");
  // Each entry's axes: a boolean array uses as many as it has dimensions.
  let used = 0;
  for (const x of index) used += x === "ellipsis" ? 0 : x instanceof NDArray && x.dtype === "bool" ? x.ndim : 1;
  if (used > a.ndim) throw new NumpyError("IndexError", "too many indices for array");
  const full: Slice = { start: null, stop: null, step: null };
  const axes: Axis[] = [];
  for (const x of index) {
    if (x === "ellipsis") { for (let k = 0; k < a.ndim - used; k++) axes.push({ kind: "slice", s: full }); continue; }
    if (x === "newaxis") continue;
    if (typeof x === "number") { axes.push({ kind: "adv", idx: new NDArray("int64", [], [x]), source: new NDArray("int64", [], [x]) }); continue; }
    if (x instanceof NDArray) {
      if (x.dtype === "bool") {
        if (x.ndim === 0) throw new NumpyError("TfscopeUnsupported", "unsupported by tfscope: numpy indexing with a 0-d boolean");
        const at = axes.length;
        x.shape.forEach((d, i) => {
          if (d !== a.shape[at + i]) {
            throw new NumpyError("IndexError",
              `boolean index did not match indexed array along dimension ${at + i}; dimension is ${a.shape[at + i]} but corresponding boolean dimension is ${d}`);
          }
        });
        // nonzero: one integer array per mask dimension.
        const hits: number[] = [];
        x.data.forEach((m, k) => { if (m !== 0) hits.push(k); });
        const st = x.strides;
        for (let i = 0; i < x.ndim; i++) {
          axes.push({ kind: "adv", idx: new NDArray("int64", [hits.length], hits.map((h) => Math.floor(h / st[i]!) % x.shape[i]!)), source: x });
        }
        continue;
      }
      if (x.dtype === "bytes" || x.dtype.startsWith("float")) {
        throw new NumpyError("IndexError", "arrays used as indices must be of integer (or boolean) type");
      }
      axes.push({ kind: "adv", idx: x, source: x });
      continue;
    }
    axes.push({ kind: "slice", s: x });
  }
  while (axes.length < a.ndim) axes.push({ kind: "slice", s: full });

  const adv = axes.map((x, i) => (x.kind === "adv" ? i : -1)).filter((i) => i >= 0);
  const b = tryBroadcastShapes(...adv.map((i) => (axes[i] as { idx: NDArray }).idx.shape));
  if (b === null) {
    const shown = [...new Set(adv.map((i) => (axes[i] as { source: NDArray }).source))];
    throw new NumpyError("IndexError",
      `shape mismatch: indexing arrays could not be broadcast together with shapes ${shown.map((s) => compactShape(s.shape)).join(" ")} `);
  }
  const nb = b.reduce((p, q) => p * q, 1);
  // The summed offset of the index arrays at each broadcast position, bounds checked per axis.
  const advOffsets = new Array<number>(nb).fill(0);
  for (const i of adv) {
    const idx = (axes[i] as { idx: NDArray }).idx;
    const n = a.shape[i]!;
    const vals = idx.numbers().map((v) => {
      if (v < -n || v >= n) throw new NumpyError("IndexError", `index ${v} is out of bounds for axis ${i} with size ${n}`);
      return (v < 0 ? v + n : v) * a.layout[i]!;
    });
    const map = broadcastIndex(idx.shape, b);
    for (let k = 0; k < nb; k++) advOffsets[k] += vals[map === null ? k : map[k]!]!;
  }
  const consecutive = adv[adv.length - 1]! - adv[0]! === adv.length - 1;
  // The result's components in order: slices keep their axes, the broadcast block stands where the
  // arrays were when adjacent, else first.
  const parts: { len: number; offsets: number[] }[] = [];
  const dims: number[] = [];
  const block = () => { parts.push({ len: nb, offsets: advOffsets }); dims.push(...b); };
  if (!consecutive) block();
  axes.forEach((x, i) => {
    if (x.kind === "adv") { if (consecutive && i === adv[0]) block(); return; }
    const [start, stop, step] = sliceIndices(x.s, a.shape[i]!);
    const offsets: number[] = [];
    for (let k = start; step > 0 ? k < stop : k > stop; k += step) offsets.push(k * a.layout[i]!);
    parts.push({ len: offsets.length, offsets });
    dims.push(offsets.length);
  });
  let positions = [a.offset];
  for (const p of parts) {
    const next: number[] = new Array(positions.length * p.len);
    let w = 0;
    for (const base of positions) for (const o of p.offsets) next[w++] = base + o;
    positions = next;
  }
  return { shape: dims, positions };
}

/** `a[index]` with index arrays: a new array of the gathered elements. */
export function fancyGet(a: NDArray, index: readonly IndexItem[]): NDArray {
  const plan = fancyPlan(a, index);
  return new NDArray(a.dtype, plan.shape, plan.positions.map((p) => a.buffer[p]!));
}
