/**
 * Kernels of the array ops the gradient functions build: InvertPermutation (transpose_functor /
 * array_ops InvertPermutationOp), ConcatOffset (concat_op.cc ConcatOffsetOp), ShapeN, Pad/PadV2
 * (pad_op.cc), StridedSliceGrad (strided_slice_op.cc: dy placed where StridedSlice took its
 * elements, zeros elsewhere), ListDiff (listdiff_op.cc) and Cumprod (scan_ops.h: a sequential product
 * along the axis, rounded to T at each step).
 */
import { coerce } from "../../numpy/dtype.js";
import { NDArray } from "../../numpy/ndarray.js";
import { TFError } from "../errors.js";
import { type KernelContext, kernelFor, registerKernel, typeAttr } from "./registry.js";
import { numpyDTypeOf } from "../ops/tensor-proto.js";

const arr = (ctx: KernelContext, i: number) => ctx.inputs[i] as NDArray;

registerKernel("InvertPermutation", {
  compute: (ctx) => {
    const x = arr(ctx, 0);
    if (x.ndim !== 1) throw new TFError("InvalidArgumentError", `invert_permutation expects a 1D vector.`);
    const v = x.numbers(), n = v.length;
    const out = new Array<number>(n).fill(-1);
    v.forEach((p, i) => {
      if (p < 0 || p >= n) throw new TFError("InvalidArgumentError", `${p} is not between 0 and ${n}`);
      if (out[p] !== -1) throw new TFError("InvalidArgumentError", `${p} is duplicated in the input.`);
      out[p] = i;
    });
    return [new NDArray(x.dtype, [n], out)];
  },
});

registerKernel("ConcatOffset", {
  compute: (ctx) => {
    const cdim = arr(ctx, 0).numbers()[0]!;
    const shapes = (ctx.inputs.slice(1) as NDArray[]).map((s) => s.numbers());
    const dims = shapes[0]!.length;
    const axis = cdim < 0 ? cdim + dims : cdim;
    if (axis < 0 || axis >= dims) throw new TFError("InvalidArgumentError", `Concat dim is out of range: ${cdim} vs. ${dims}`);
    let offset = 0;
    return shapes.map((s, i) => {
      if (s.length !== dims) {
        throw new TFError("InvalidArgumentError", `input ${i} should contain ${dims} elements, but got ${s.length}`);
      }
      const out = s.map((x, j) => {
        if (j !== axis && x !== shapes[0]![j]) {
          throw new TFError("InvalidArgumentError", `All dimensions except ${axis} must match. Input ${i} has shape [${s.join(" ")}] and doesn't match input 0 with shape [${shapes[0]!.join(" ")}].`);
        }
        return j === axis ? offset : 0;
      });
      offset += s[axis]!;
      return new NDArray("int32", [dims], out);
    });
  },
});

registerKernel("ShapeN", {
  compute: (ctx) => {
    const out = numpyDTypeOf(typeAttr(ctx.op, "out_type"));
    return (ctx.inputs as NDArray[]).map((a) => new NDArray(out, [a.ndim], [...a.shape]));
  },
});

function padKernel(ctx: KernelContext): NDArray[] {
  const a = arr(ctx, 0), p = arr(ctx, 1);
  if (p.ndim !== 2 || p.shape[1] !== 2) {
    throw new TFError("InvalidArgumentError", `paddings must be a matrix with 2 columns: [${p.shape.join(",")}]`);
  }
  if (p.shape[0] !== a.ndim) {
    throw new TFError("InvalidArgumentError", `The first dimension of paddings must be the rank of inputs[${p.shape.join(",")}] [${a.shape.join(",")}]`);
  }
  let value = 0;
  if (ctx.inputs.length === 3) {
    const c = arr(ctx, 2);
    if (c.ndim !== 0) throw new TFError("InvalidArgumentError", `constant_values must be a scalar. Found: [${c.shape.join(",")}]`);
    value = c.numbers()[0]!;
  }
  const pv = p.numbers();
  for (let i = 0; i < a.ndim; i++) {
    if (pv[2 * i]! < 0 || pv[2 * i + 1]! < 0) throw new TFError("InvalidArgumentError", `Paddings must be non-negative: ${pv[2 * i]} ${pv[2 * i + 1]}`);
  }
  const shape = a.shape.map((s, i) => s + pv[2 * i]! + pv[2 * i + 1]!);
  const n = shape.reduce((x, y) => x * y, 1);
  const out = new Array(n).fill(value);
  const src = a.data;
  const inStrides = a.shape.map((_, i) => a.shape.slice(i + 1).reduce((x, y) => x * y, 1));
  const outStrides = shape.map((_, i) => shape.slice(i + 1).reduce((x, y) => x * y, 1));
  for (let f = 0; f < a.size; f++) {
    let off = 0;
    for (let dd = 0; dd < a.ndim; dd++) off += (Math.floor(f / inStrides[dd]!) % a.shape[dd]! + pv[2 * dd]!) * outStrides[dd]!;
    out[off] = src[f];
  }
  return [new NDArray(a.dtype, shape, out)];
}
registerKernel(["Pad", "PadV2"], { compute: padKernel });

// StridedSlice of an array of flat indices names the input element behind each output element.
registerKernel("StridedSliceGrad", {
  compute: (ctx) => {
    const shape = arr(ctx, 0).numbers(), dy = arr(ctx, 4);
    const n = shape.reduce((x, y) => x * y, 1);
    const iota = new NDArray("float64", shape, Array.from({ length: n }, (_, i) => i));
    const op = Object.create(ctx.op, { type: { value: "StridedSlice" } }) as typeof ctx.op;
    const r = kernelFor(op).compute({ ...ctx, op, inputs: [iota, ...ctx.inputs.slice(1, 4)] });
    const picked = ((Array.isArray(r) ? r : (r as { outputs: readonly unknown[] }).outputs)[0] as NDArray);
    if (picked.shape.join(",") !== dy.shape.join(",")) {
      throw new TFError("InvalidArgumentError", `shape of dy was [${dy.shape.join(",")}] instead of [${picked.shape.join(",")}]`);
    }
    const out = new Array(n).fill(0);
    const idx = picked.numbers(), g = dy.data;
    for (let i = 0; i < idx.length; i++) out[idx[i]!] = g[i];
    return [new NDArray(dy.dtype, shape, out)];
  },
});

registerKernel("ListDiff", {
  compute: (ctx) => {
    const x = arr(ctx, 0), y = arr(ctx, 1);
    if (x.ndim !== 1) throw new TFError("InvalidArgumentError", `x should be a 1D vector.`);
    if (y.ndim !== 1) throw new TFError("InvalidArgumentError", `y should be a 1D vector.`);
    const ys = new Set(y.numbers());
    const out: number[] = [], idx: number[] = [];
    x.numbers().forEach((v, i) => { if (!ys.has(v)) { out.push(v); idx.push(i); } });
    return [new NDArray(x.dtype, [out.length], out), new NDArray(numpyDTypeOf(typeAttr(ctx.op, "out_idx")), [idx.length], idx)];
  },
});

registerKernel("Cumprod", {
  compute: (ctx) => {
    const x = arr(ctx, 0), dt = x.dtype;
    let axis = arr(ctx, 1).numbers()[0]!;
    if (axis < -x.ndim || axis >= x.ndim) {
      throw new TFError("InvalidArgumentError", `ScanOp: Expected scan axis in the range [${-x.ndim}, ${x.ndim}), but got ${axis}`);
    }
    if (axis < 0) axis += x.ndim;
    const exclusive = Boolean(ctx.op.attrs?.["exclusive"]), reverse = Boolean(ctx.op.attrs?.["reverse"]);
    const n = x.shape[axis]!, inner = x.shape.slice(axis + 1).reduce((a, b) => a * b, 1), outer = x.size / Math.max(n * inner, 1);
    const xs = x.numbers(), out = new Array<number>(x.size);
    for (let o = 0; o < outer; o++) for (let i = 0; i < inner; i++) {
      let acc = 1;
      for (let k = 0; k < n; k++) {
        const j = reverse ? n - 1 - k : k;
        const at = (o * n + j) * inner + i;
        if (exclusive) { out[at] = acc; acc = coerce(dt, acc * xs[at]!); } else { acc = coerce(dt, acc * xs[at]!); out[at] = acc; }
      }
    }
    return [new NDArray(dt, x.shape, out)];
  },
});
