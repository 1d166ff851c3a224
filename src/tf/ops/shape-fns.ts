/**
 * Shape functions shared by many ops (tensorflow/core/framework/common_shape_fns.cc).
 */
import {
  type Dim, type Dims, type InferContext, fail, mergeDim, rankOf, withRank, withRankAtLeast, withRankAtMost,
} from "./infer-context.js";

/** UnchangedShape: output 0 is input 0. */
export const unchangedShape = (c: InferContext): Dims[] => [c.inputs[0]!];

/** A scalar output. */
export const scalarShape = (): Dims[] => [[]];

/** BroadcastBinaryOpOutputShapeFnHelper (numpy broadcasting; an unknown dim against a known one > 1
 *  is assumed to broadcast to it). With `incompatibleShapeError` false (Equal/NotEqual's attr), a
 *  guess about an unknown dim gives an unknown shape and a clash gives a scalar instead of an error
 *  (common_shape_fns.cc 2119-2163 in 2.10). */
export function broadcastShapes(x: Dims, y: Dims, incompatibleShapeError = true): Dims {
  if (x === null || y === null) return null;
  const rank = Math.max(x.length, y.length);
  const out: Dim[] = [];
  for (let i = 0; i < rank; i++) {
    const yIsPad = i < rank - y.length;
    const dx: Dim = i < rank - x.length ? 1 : x[i - (rank - x.length)]!;
    const dy: Dim = yIsPad ? 1 : y[i - (rank - y.length)]!;
    if (dx === null || dy === null) {
      const guess = (dx !== null && dx > 1) || (dy !== null && dy > 1) || (dx !== 1 && dy !== 1);
      if (guess && !incompatibleShapeError) return null;
      if (dx !== null && dx > 1) out.push(dx);
      else if (dy !== null && dy > 1) out.push(dy);
      else if (dx === 1) out.push(dy);
      else if (dy === 1) out.push(dx);
      else out.push(null);
    } else if (dx === 1 || dy === 1) {
      out.push(dx === 1 && !yIsPad ? dy : dx);
    } else if (dx !== dy && !incompatibleShapeError) {
      return [];
    } else {
      out.push(mergeDim(dx, dy));
    }
  }
  return out;
}

export const broadcastBinaryShape = (c: InferContext): Dims[] => [broadcastShapes(c.inputs[0]!, c.inputs[1]!)];

/** Equal/NotEqual: broadcasting, lenient when `incompatible_shape_error` is false. */
export const equalityShape = (c: InferContext): Dims[] =>
  [broadcastShapes(c.inputs[0]!, c.inputs[1]!, c.attr<boolean>("incompatible_shape_error"))];

/** BatchMatMulV2Shape (common_shape_fns.cc): rows and columns as adjoints say, the inner dimensions
 *  merged, the batch dimensions broadcast. */
export function batchMatMulV2Shape(c: InferContext): Dims[] {
  const a = withRankAtLeast(c.inputs[0]!, 2);
  const b = withRankAtLeast(c.inputs[1]!, 2);
  const adjX = c.attr<boolean>("adj_x"), adjY = c.attr<boolean>("adj_y");
  const dim = (s: Dims, i: number): Dim => (s === null ? null : s[s.length + i]!);
  const rows = dim(a, adjX ? -1 : -2);
  const cols = dim(b, adjY ? -2 : -1);
  mergeDim(dim(a, adjX ? -2 : -1), dim(b, adjY ? -1 : -2));
  const batch = broadcastShapes(a === null ? null : a.slice(0, -2), b === null ? null : b.slice(0, -2));
  return [batch === null ? null : [...batch, rows, cols]];
}

/** MatMulShape (common_shape_fns.cc 222-246). */
export function matMulShape(c: InferContext): Dims[] {
  const a = withRank(c.inputs[0]!, 2);
  const b = withRank(c.inputs[1]!, 2);
  const ta = c.attr<boolean>("transpose_a");
  const tb = c.attr<boolean>("transpose_b");
  const rows = ta ? a[1]! : a[0]!;
  const cols = tb ? b[0]! : b[1]!;
  mergeDim(ta ? a[0]! : a[1]!, tb ? b[1]! : b[0]!);
  return [[rows, cols]];
}

/** ReductionShape (common_shape_fns.cc 1476-1531). */
export function reductionShape(c: InferContext): Dims[] {
  const input = c.inputs[0]!;
  withRankAtMost(c.inputs[1]!, 1);
  const keepDims = c.attr<boolean>("keep_dims");
  const indices = c.inputTensor(1);
  if (indices === null || input === null) {
    return [keepDims && input !== null ? new Array<Dim>(input.length).fill(null) : null];
  }
  const rank = input.length;
  const reduced = new Set<number>();
  for (const r of indices.numbers()) {
    if (r < -rank || r >= rank) fail(`Invalid reduction dimension ${r} for input with ${rank} dimensions.`);
    reduced.add(r < 0 ? r + rank : r);
  }
  const out: Dim[] = [];
  for (let i = 0; i < rank; i++) {
    if (!reduced.has(i)) out.push(input[i]!);
    else if (keepDims) out.push(1);
  }
  return [out];
}

/** RandomShape: the output shape is the value of the shape tensor (input 0). */
export const randomShape = (c: InferContext): Dims[] => [c.makeShapeFromShapeTensor(0)];

export { rankOf };
