/**
 * Kernels of GatherNd and SparseToDense (tensorflow/core/kernels/gather_nd_op.cc,
 * sparse_to_dense_op.cc with util/sparse/sparse_tensor.h's index checks).
 */
import { type Elem, NDArray, stridesOf } from "../../numpy/ndarray.js";
import { TFError } from "../errors.js";
import { type KernelContext, registerKernel } from "./registry.js";
import { shapeDebug } from "./math.js";

const arr = (ctx: KernelContext, i: number) => ctx.inputs[i] as NDArray;

registerKernel("GatherNd", {
  compute: (ctx) => {
    const params = arr(ctx, 0), indices = arr(ctx, 1);
    const depth = indices.shape[indices.ndim - 1]!;
    const batch = indices.shape.slice(0, -1);
    const rows = batch.reduce((p, q) => p * q, 1);
    const sliceShape = params.shape.slice(depth);
    const slice = sliceShape.reduce((p, q) => p * q, 1);
    const st = stridesOf(params.shape);
    const ix = indices.numbers();
    const data: Elem[] = [];
    for (let r = 0; r < rows; r++) {
      let off = 0;
      for (let k = 0; k < depth; k++) {
        const v = ix[r * depth + k]!;
        if (v < 0 || v >= params.shape[k]!) {
          // gather_nd_op.cc DoGatherNd: the bad row by its batch coordinates, its index joined by ", ".
          const at = batch.length <= 1 ? `[${r}]` : `[${unravel(r, batch).join(",")}]`;
          const row = ix.slice(r * depth, (r + 1) * depth).join(", ");
          throw new TFError("InvalidArgumentError", `indices${at} = [${row}] does not index into param shape ${shapeDebug(params)}`);
        }
        off += v * st[k]!;
      }
      for (let j = 0; j < slice; j++) data.push(params.data[off + j]!);
    }
    return [new NDArray(params.dtype, [...batch, ...sliceShape], data)];
  },
});

function unravel(f: number, shape: readonly number[]): number[] {
  const st = stridesOf(shape);
  return shape.map((n, i) => Math.floor(f / st[i]!) % n);
}

registerKernel("SparseToDense", {
  compute: (ctx) => {
    const indices = arr(ctx, 0), shape = arr(ctx, 1).numbers(), values = arr(ctx, 2), dflt = arr(ctx, 3);
    if (dflt.ndim !== 0) throw new TFError("InvalidArgumentError", "default_value should be a scalar.");
    const dims = indices.ndim > 1 ? indices.shape[1]! : 1;
    const count = indices.ndim > 0 ? indices.shape[0]! : 1;
    if (shape.length !== dims) {
      throw new TFError("InvalidArgumentError", `output_shape has incorrect number of elements: ${shape.length} should be: ${dims}`);
    }
    if (!(values.ndim === 0 || (values.ndim === 1 && values.size === count))) {
      throw new TFError("InvalidArgumentError", `sparse_values has incorrect shape ${shapeDebug(values)}, should be [] or [${count}]`);
    }
    const ix = indices.numbers();
    const validate = ctx.op.attrs?.["validate_indices"] !== false;
    const st = stridesOf(shape);
    const out: Elem[] = new Array(shape.reduce((p, q) => p * q, 1)).fill(dflt.data[0]!);
    for (let n = 0; n < count; n++) {
      const row = ix.slice(n * dims, (n + 1) * dims);
      const inBounds = row.every((v, k) => v >= 0 && v < shape[k]!);
      if (validate) {
        // SparseTensor::IndexValid, rows in row-major order.
        const prev = n > 0 ? ix.slice((n - 1) * dims, n * dims) : null;
        let different = prev === null, increasing = true;
        if (prev !== null) {
          for (let k = 0; k < dims; k++) {
            const diff = row[k]! - prev[k]!;
            if (diff > 0) different = true;
            if (!different && diff < 0) increasing = false;
          }
        }
        const at = `indices[${n}] = [${row.join(",")}]`;
        if (!inBounds) throw new TFError("InvalidArgumentError", `${at} is out of bounds: need 0 <= index < [${shape.join(",")}]`);
        if (!increasing) {
          throw new TFError("InvalidArgumentError",
            `${at} is out of order. Many sparse ops require sorted indices.\n    Use \`tf.sparse.reorder\` to create a correctly ordered copy.\n\n`);
        }
        if (!different) throw new TFError("InvalidArgumentError", `${at} is repeated`);
      } else if (!inBounds) {
        throw new TFError("InvalidArgumentError", `Indices are not valid (out of bounds).  Shape: [${shape.join(",")}]`);
      }
      out[row.reduce((p, v, k) => p + v * st[k]!, 0)] = values.ndim === 0 ? values.data[0]! : values.data[n]!;
    }
    return [new NDArray(values.dtype, shape, out)];
  },
});
