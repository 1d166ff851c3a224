/**
 * `tf.tensordot(a, b, axes, name=None)` (math_ops.py tensordot): each operand is transposed and reshaped
 * to a matrix (static shapes when fully defined, Shape/GatherV2/Prod/concat/stack ops when only the rank
 * is known), multiplied, and reshaped back under the `Tensordot` scope.
 */
import * as d from "../dtypes.js";
import { Unsupported, tfError } from "../errors.js";
import type { Tensor } from "../tensor.js";
import { concat, gather, reshape, shape, stack, transpose } from "./array.js";
import { type OpInput, constant, convertToTensor } from "./convert.js";
import { matmul, reduceProd } from "./math.js";
import { pyInt, pyList } from "./pyvalue.js";
import { withNameScope } from "./scope.js";

const ints = (xs: readonly number[]) => pyList(xs.map(pyInt));

interface Reshaped {
  matrix: Tensor;
  /** The free dims: a list when static, else a tensor. */
  free: number[] | Tensor;
  /** The static free dims (null entries for unknown ones). */
  freeStatic: (number | null)[];
}

/** `_tensordot_reshape(a, axes, flipped)` for list axes on a tensor of known rank. */
function tensordotReshape(a: Tensor, axesIn: readonly number[], flipped: boolean): Reshaped {
  const dims = a.shape.dims;
  if (dims === null) throw new Unsupported("tf.tensordot on a tensor of unknown rank");
  const n = dims.length;
  const axes = axesIn.map((i) => (i >= 0 ? i : i + n));
  const free = [...Array(n).keys()].filter((i) => !axes.includes(i));
  const values = dims.map((x) => x.value);
  const freeStatic = free.map((i) => values[i]!);
  if (a.shape.isFullyDefined()) {
    const prod = (xs: number[]) => xs.reduce((p, i) => p * values[i]!, 1);
    const perm = flipped ? [...axes, ...free] : [...free, ...axes];
    const newShape = flipped ? [prod(axes), prod(free)] : [prod(free), prod(axes)];
    return { matrix: reshape(transpose(a, ints(perm)), ints(newShape)), free: freeStatic as number[], freeStatic };
  }
  const axesT = constant(ints(axes), d.int32, null, "axes");
  const freeT = constant(ints(free), d.int32, null, "free");
  const shapeA = shape(a);
  const freeDims = gather(shapeA, freeT);
  const axesDims = gather(shapeA, axesT);
  const prodFree = reduceProd(freeDims);
  const prodAxes = reduceProd(axesDims);
  const perm = flipped ? concat([axesT, freeT], pyInt(0)) : concat([freeT, axesT], pyInt(0));
  const newShape = flipped ? stack([prodAxes, prodFree]) : stack([prodFree, prodAxes]);
  return { matrix: reshape(transpose(a, perm), newShape), free: freeDims, freeStatic };
}

/** `tf.tensordot(a, b, [[a_axes], [b_axes]])` with explicit axis lists. */
export function tensordot(a: OpInput, b: OpInput, aAxes: readonly number[], bAxes: readonly number[], name: string | null = null): Tensor {
  if (aAxes.length !== bAxes.length) {
    throw tfError({ type: "ValueError", text: "Different number of contraction axes 'a' and 'b', {0} != {1}." }, aAxes.length, bAxes.length);
  }
  return withNameScope(name, "Tensordot", [a, b], (scope) => {
    const ta = convertToTensor(a, { name: "a" });
    const tb = convertToTensor(b, { name: "b" });
    const ra = tensordotReshape(ta, aAxes, false);
    const rb = tensordotReshape(tb, bAxes, true);
    const ab = matmul(ra.matrix, rb.matrix);
    if (Array.isArray(ra.free) && Array.isArray(rb.free)) return reshape(ab, ints([...ra.free, ...rb.free]), scope);
    const fa = Array.isArray(ra.free) ? constant(ints(ra.free), d.int32) : ra.free;
    const fb = Array.isArray(rb.free) ? constant(ints(rb.free), d.int32) : rb.free;
    const product = reshape(ab, concat([fa, fb], pyInt(0)), scope);
    product.setShape([...ra.freeStatic, ...rb.freeStatic]);
    return product;
  });
}
