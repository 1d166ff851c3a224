/**
 * Shape and indexing ops (tensorflow/core/kernels: reshape_op, shape_ops, concat_op, pack_op,
 * transpose_op, tile_ops, strided_slice_op, gather_op, where_op, sequence_ops).
 */
import { coerce } from "../../numpy/dtype.js";
import { concatenate, expandDims, stack, tile, transpose } from "../../numpy/manipulation.js";
import { type Elem, NDArray, fromFunction, stridesOf } from "../../numpy/ndarray.js";
import { TFError, Unsupported } from "../errors.js";
import { numpyDTypeOf } from "../ops/tensor-proto.js";
import { strCatNumber } from "../strcat.js";
import { shapeDebug } from "./math.js";
import { type KernelContext, attr, registerKernel, typeAttr } from "./registry.js";

const arr = (ctx: KernelContext, i: number) => ctx.inputs[i] as NDArray;
const ints = (ctx: KernelContext, i: number) => arr(ctx, i).numbers();

function withShape(a: NDArray, shape: readonly number[]): NDArray {
  return new NDArray(a.dtype, [...shape], a.data);
}

registerKernel("Reshape", {
  compute: (ctx) => {
    const a = arr(ctx, 0), sizes = ints(ctx, 1);
    let unknown = -1, product = 1;
    sizes.forEach((d, i) => {
      if (d === -1) {
        if (unknown >= 0) throw new TFError("InvalidArgumentError", `Only one input size may be -1, not both ${unknown} and ${i}`);
        unknown = i;
      } else product *= d;
    });
    const out = [...sizes];
    if (unknown >= 0) {
      if (product === 0 || a.size % product !== 0) {
        throw new TFError("InvalidArgumentError",
          `Input to reshape is a tensor with ${a.size} values, but the requested shape requires a multiple of ${product}`);
      }
      out[unknown] = a.size / product;
    } else if (product !== a.size) {
      throw new TFError("InvalidArgumentError",
        `Input to reshape is a tensor with ${a.size} values, but the requested shape has ${product}`);
    }
    return [withShape(a, out)];
  },
});

const outType = (ctx: KernelContext) => numpyDTypeOf(typeAttr(ctx.op, "out_type"));

registerKernel("Shape", { compute: (ctx) => [fromFunction(outType(ctx), [arr(ctx, 0).ndim], (i) => arr(ctx, 0).shape[i])] });
registerKernel("Size", { compute: (ctx) => [fromFunction(outType(ctx), [], () => arr(ctx, 0).size)] });
registerKernel("Rank", { compute: (ctx) => [new NDArray("int32", [], [arr(ctx, 0).ndim])] });

registerKernel("Fill", {
  compute: (ctx) => {
    const dims = ints(ctx, 0), v = arr(ctx, 1);
    const n = dims.reduce((p, q) => p * q, 1);
    return [new NDArray(v.dtype, dims, new Array<Elem>(n).fill(v.data[0]))];
  },
});

registerKernel("ZerosLike", { compute: (ctx) => [fromFunction(arr(ctx, 0).dtype, arr(ctx, 0).shape, () => 0)] });
registerKernel("OnesLike", { compute: (ctx) => [fromFunction(arr(ctx, 0).dtype, arr(ctx, 0).shape, () => 1)] });

registerKernel("ExpandDims", {
  compute: (ctx) => {
    const a = arr(ctx, 0);
    let d = ints(ctx, 1)[0];
    if (d < -1 - a.ndim || d > a.ndim) {
      throw new TFError("InvalidArgumentError", `Tried to expand dim index ${d} for tensor with ${a.ndim} dimensions.`);
    }
    if (d < 0) d += a.ndim + 1;
    return [expandDims(a, d)];
  },
});

registerKernel("Squeeze", {
  compute: (ctx) => {
    const a = arr(ctx, 0);
    const wanted = (attr<number[] | undefined>(ctx.op, "squeeze_dims") ?? []).map((d) => (d < 0 ? d + a.ndim : d));
    const keep = a.shape.filter((d, i) => (wanted.length === 0 ? d !== 1 : !wanted.includes(i)));
    return [withShape(a, keep)];
  },
});

registerKernel("Transpose", { compute: (ctx) => [transpose(arr(ctx, 0), ints(ctx, 1))] });

registerKernel("ConcatV2", {
  compute: (ctx) => {
    const values = ctx.inputs.slice(0, -1) as NDArray[];
    let axis = (ctx.inputs[ctx.inputs.length - 1] as NDArray).numbers()[0];
    const rank = values[0].ndim;
    if (axis < -rank || axis >= rank) {
      throw new TFError("InvalidArgumentError", `ConcatOp : Expected concatenating dimensions in the range [${-rank}, ${rank}), but got ${axis}`);
    }
    if (axis < 0) axis += rank;
    values.forEach((v, i) => {
      const mismatch = v.ndim !== rank ? "Ranks of all input tensors should match"
        : v.shape.some((d, j) => j !== axis && d !== values[0].shape[j]) ? "Dimensions of inputs should match" : null;
      if (mismatch !== null) {
        throw new TFError("InvalidArgumentError", `ConcatOp : ${mismatch}: shape[0] = ${shapeDebug(values[0])} vs. shape[${i}] = ${shapeDebug(v)}`);
      }
    });
    return [concatenate(values, axis)];
  },
});

registerKernel("Pack", {
  compute: (ctx) => {
    const values = ctx.inputs as NDArray[];
    values.forEach((v, i) => {
      if (shapeDebug(v) !== shapeDebug(values[0])) {
        throw new TFError("InvalidArgumentError",
          `Shapes of all inputs must match: values[0].shape = ${shapeDebug(values[0])} != values[${i}].shape = ${shapeDebug(v)}`);
      }
    });
    let axis = attr<number>(ctx.op, "axis");
    if (axis < 0) axis += values[0].ndim + 1;
    return [stack(values, axis)];
  },
});

// unpack_op.cc: the slices along axis, whose size must be num.
registerKernel("Unpack", {
  compute: (ctx) => {
    const a = arr(ctx, 0);
    const num = attr<number>(ctx.op, "num");
    const given = attr<number>(ctx.op, "axis");
    const axis = given < 0 ? given + a.ndim : given;
    if (!(0 <= axis && axis < a.ndim)) throw new TFError("InvalidArgumentError", `axis = ${given} not in [${-a.ndim}, ${a.ndim})`);
    if (a.shape[axis] !== num) {
      throw new TFError("InvalidArgumentError", `Input shape axis ${axis} must equal ${num}, got shape [${a.shape.join(",")}]`);
    }
    const perm = [axis, ...a.shape.keys()].filter((d, i) => i === 0 || d !== axis);
    const moved = transpose(a, perm);
    const inner = moved.size / a.shape[axis];
    const shape = a.shape.filter((_, i) => i !== axis);
    return Array.from({ length: a.shape[axis] }, (_, k) => new NDArray(a.dtype, shape, moved.data.slice(k * inner, (k + 1) * inner)));
  },
});

registerKernel("Tile", { compute: (ctx) => [tile(arr(ctx, 0), ints(ctx, 1))] });

registerKernel("Range", {
  compute: (ctx) => {
    const [start, limit, delta] = [0, 1, 2].map((i) => ints(ctx, i)[0]);
    const T = typeAttr(ctx.op, "Tidx"), s = (x: number) => strCatNumber(x, T);
    if (delta === 0) throw new TFError("InvalidArgumentError", `Requires delta != 0: ${s(delta)}`);
    if (delta > 0 ? start > limit : start < limit) {
      throw new TFError("InvalidArgumentError",
        delta > 0 ? `Requires start <= limit when delta > 0: ${s(start)}/${s(limit)}` : `Requires start >= limit when delta < 0: ${s(start)}/${s(limit)}`);
    }
    const d = arr(ctx, 0).dtype;
    const n = T.isInteger ? Math.floor((Math.abs(limit - start) + Math.abs(delta) - 1) / Math.abs(delta))
      : Math.ceil(Math.abs(coerce(d, coerce(d, limit - start) / delta)));
    // sequence_ops.cc RangeOp: `val += delta` in T, element after element.
    const out: number[] = [];
    for (let i = 0, v = start; i < n; i++, v = coerce(d, v + delta)) out.push(v);
    return [new NDArray(d, [n], out)];
  },
});

registerKernel("Slice", {
  compute: (ctx) => {
    const a = arr(ctx, 0), begin = ints(ctx, 1), size = ints(ctx, 2);
    const sz = size.map((s, i) => (s === -1 ? a.shape[i] - begin[i] : s));
    return [gatherBox(a, sz, (i, k) => begin[i] + k)];
  },
});

/** An array of `shape` whose element at multi-index k is `a` at `src(axis, k[axis])` per axis. */
function gatherBox(a: NDArray, shape: readonly number[], src: (axis: number, k: number) => number): NDArray {
  const st = stridesOf(a.shape), out = stridesOf(shape);
  const n = shape.reduce((p, q) => p * q, 1);
  const data: Elem[] = new Array(n);
  for (let f = 0; f < n; f++) {
    let off = 0;
    for (let d = 0; d < shape.length; d++) off += src(d, Math.floor(f / out[d]) % shape[d]) * st[d];
    data[f] = a.data[off];
  }
  return new NDArray(a.dtype, [...shape], data);
}

/** strided_slice_op.cc with ValidateStridedSliceOp's mask semantics (ellipsis, new axes, shrink). */
registerKernel("StridedSlice", {
  compute: (ctx) => {
    const a = arr(ctx, 0), begin = ints(ctx, 1), end = ints(ctx, 2), strides = ints(ctx, 3);
    const mask = (n: string) => Number(ctx.op.attrs?.[n] ?? 0);
    const [bm, em, elm, nam, sam] = ["begin_mask", "end_mask", "ellipsis_mask", "new_axis_mask", "shrink_axis_mask"].map(mask);
    // Expand the sparse spec to one entry per input dimension (plus new axes).
    type Dim = { kind: "new" } | { kind: "dim"; axis: number; b: number; e: number; s: number; bm: boolean; em: boolean; shrink: boolean };
    const dims: Dim[] = [];
    let axis = 0;
    const explicitAfter = (i: number) => [...begin.keys()].filter((j) => j > i && !(nam & (1 << j))).length;
    for (let i = 0; i < begin.length; i++) {
      if (elm & (1 << i)) {
        const fill = a.ndim - axis - explicitAfter(i);
        for (let k = 0; k < fill; k++) dims.push({ kind: "dim", axis: axis++, b: 0, e: 0, s: 1, bm: true, em: true, shrink: false });
      } else if (nam & (1 << i)) dims.push({ kind: "new" });
      else dims.push({ kind: "dim", axis: axis++, b: begin[i], e: end[i], s: strides[i], bm: !!(bm & (1 << i)), em: !!(em & (1 << i)), shrink: !!(sam & (1 << i)) });
    }
    while (axis < a.ndim) dims.push({ kind: "dim", axis: axis++, b: 0, e: 0, s: 1, bm: true, em: true, shrink: false });
    const picks: number[][] = [];
    const outShape: number[] = [];
    for (const d of dims) {
      if (d.kind === "new") { outShape.push(1); continue; }
      const n = a.shape[d.axis];
      if (d.s === 0) throw new TFError("InvalidArgumentError", `strides[${d.axis}] must be non-zero`);
      if (d.shrink) {
        const idx = d.b < 0 ? d.b + n : d.b;
        if (idx < 0 || idx >= n) {
          throw new TFError("InvalidArgumentError", `slice index ${d.b} of dimension ${d.axis} out of bounds.`);
        }
        picks.push([idx]);
        continue;
      }
      const clamp = (x: number, lo: number, hi: number) => Math.min(Math.max(x, lo), hi);
      const norm = (x: number) => (x < 0 ? x + n : x);
      const [lo, hi] = d.s > 0 ? [0, n] : [-1, n - 1];
      const b = d.bm ? (d.s > 0 ? 0 : n - 1) : clamp(norm(d.b), lo, hi);
      const e = d.em ? (d.s > 0 ? n : -1) : clamp(norm(d.e), lo, hi);
      const sel: number[] = [];
      for (let k = b; d.s > 0 ? k < e : k > e; k += d.s) sel.push(k);
      picks.push(sel);
      outShape.push(sel.length);
    }
    const box = gatherBox(a, picks.map((p) => p.length), (ax, k) => picks[ax][k]);
    return [withShape(box, outShape)];
  },
});

registerKernel("GatherV2", {
  compute: (ctx) => {
    const params = arr(ctx, 0), indices = arr(ctx, 1);
    let axis = ints(ctx, 2)[0];
    if (axis < 0) axis += params.ndim;
    if (Number(ctx.op.attrs?.["batch_dims"] ?? 0) !== 0) throw new Unsupported("GatherV2 with batch_dims");
    const n = params.shape[axis];
    const idx = indices.numbers();
    idx.forEach((v, i) => {
      if (v < 0 || v >= n) {
        const at = indices.ndim === 1 ? `${i}` : stridesOf(indices.shape).map((s, d) => Math.floor(i / s) % indices.shape[d]).join(",");
        throw new TFError("InvalidArgumentError", `indices[${at}] = ${v} is not in [0, ${n})`);
      }
    });
    const outShape = [...params.shape.slice(0, axis), ...indices.shape, ...params.shape.slice(axis + 1)];
    const outer = params.shape.slice(0, axis).reduce((p, q) => p * q, 1);
    const inner = params.shape.slice(axis + 1).reduce((p, q) => p * q, 1);
    const data: Elem[] = [];
    for (let o = 0; o < outer; o++) {
      for (const v of idx) for (let k = 0; k < inner; k++) data.push(params.data[(o * n + v) * inner + k]);
    }
    return [new NDArray(params.dtype, outShape, data)];
  },
});

registerKernel("Where", {
  compute: (ctx) => {
    const a = arr(ctx, 0);
    const st = stridesOf(a.shape);
    const coords: number[] = [];
    a.data.forEach((v, f) => {
      if (v !== 0) for (let d = 0; d < a.ndim; d++) coords.push(Math.floor(f / st[d]) % a.shape[d]);
    });
    return [new NDArray("int64", [coords.length / Math.max(a.ndim, 1), a.ndim], coords)];
  },
});

// cwise_op_select.cc SelectOp: a scalar condition picks a whole input; a vector condition against
// higher-rank inputs picks rows; otherwise all three inputs have one shape.
registerKernel("Select", {
  compute: (ctx) => {
    const c = arr(ctx, 0), x = arr(ctx, 1), y = arr(ctx, 2);
    const sh = (a: NDArray) => `[${a.shape.join(",")}]`;
    const sameSize = (a: NDArray, b: NDArray) => a.ndim === b.ndim && a.shape.every((n, i) => n === b.shape[i]);
    const bothSame = () => {
      if (!sameSize(x, y)) throw new TFError("InvalidArgumentError", `'then' and 'else' must have the same size.  but received: ${sh(x)} vs. ${sh(y)}`);
    };
    if (c.ndim === 0) {
      bothSame();
      return [c.data[0] ? x : y];
    }
    if (c.ndim === 1 && x.ndim !== 1) {
      if (x.ndim < 1) throw new TFError("InvalidArgumentError", `'then' must be at least a vector, but saw shape: ${sh(x)}`);
      if (x.shape[0] !== c.size) {
        throw new TFError("InvalidArgumentError", `Number of batches of 'then' must match size of 'cond', but saw: ${x.shape[0]} vs. ${c.size}`);
      }
      bothSame();
      const inner = x.shape[0] === 0 ? 0 : x.size / x.shape[0]!;
      return [new NDArray(x.dtype, x.shape, x.data.map((v, i) => (c.data[Math.floor(i / inner)] ? v : y.data[i]!)))];
    }
    // OpKernelContext::ValidateInputsAreSameShape.
    for (const [i, a] of [[1, x], [2, y]] as const) {
      if (!sameSize(c, a)) {
        throw new TFError("InvalidArgumentError",
          `Inputs to operation ${ctx.op.name} of type Select must have the same size and shape.  Input 0: ${sh(c)} != input ${i}: ${sh(a)}`);
      }
    }
    return [new NDArray(x.dtype, x.shape, x.data.map((v, i) => (c.data[i] ? v : y.data[i]!)))];
  },
});

registerKernel("SelectV2", {
  compute: (ctx) => {
    const c = arr(ctx, 0), x = arr(ctx, 1), y = arr(ctx, 2);
    if (c.size === x.size) return [new NDArray(x.dtype, x.shape, x.data.map((v, i) => (c.data[i] ? v : y.data[i])))];
    if (c.ndim === 1 && c.size === x.shape[0]) {
      const inner = x.size / x.shape[0];
      return [new NDArray(x.dtype, x.shape, x.data.map((v, i) => (c.data[Math.floor(i / inner)] ? v : y.data[i])))];
    }
    throw new Unsupported("Select with broadcasting condition");
  },
});

registerKernel("OneHot", {
  compute: (ctx) => {
    const idx = arr(ctx, 0), depth = ints(ctx, 1)[0], on = arr(ctx, 2), off = arr(ctx, 3);
    if (Number(ctx.op.attrs?.["axis"] ?? -1) !== -1) throw new Unsupported("OneHot with an axis other than -1");
    const xs = idx.numbers();
    return [fromFunction(on.dtype, [...idx.shape, depth], (f) => coerce(on.dtype,
      xs[Math.floor(f / depth)] === f % depth ? on.numbers()[0] : off.numbers()[0]))];
  },
});

/** The shards of `a` along `axis`, of the given sizes. */
function shards(a: NDArray, axis: number, sizes: readonly number[]): NDArray[] {
  const st = stridesOf(a.shape);
  let start = 0;
  return sizes.map((size) => {
    const shape = a.shape.map((x, i) => (i === axis ? size : x));
    const outStrides = stridesOf(shape);
    const from = start;
    start += size;
    const data: Elem[] = new Array(shape.reduce((p, q) => p * q, 1));
    for (let f = 0; f < data.length; f++) {
      let src = 0;
      for (let dim = 0; dim < shape.length; dim++) {
        const c = Math.floor(f / outStrides[dim]!) % shape[dim]!;
        src += (dim === axis ? c + from : c) * st[dim]!;
      }
      data[f] = a.data[src]!;
    }
    return new NDArray(a.dtype, shape, data);
  });
}

// split_v_op.cc: the shards along split_dim, a -1 size taking what the others leave.
registerKernel("SplitV", {
  compute: (ctx) => {
    const a = arr(ctx, 0);
    let axis = ints(ctx, 2)[0]!;
    if (axis < 0) axis += a.ndim;
    const rest = ints(ctx, 1).filter((s) => s !== -1).reduce((p, q) => p + q, 0);
    return shards(a, axis, ints(ctx, 1).map((s) => (s === -1 ? a.shape[axis]! - rest : s)));
  },
});

// split_op.cc SplitOpBase::ComputeEasyCases and SplitOpCPU: num_split equal shards along split_dim.
registerKernel("Split", {
  compute: (ctx) => {
    const dimT = arr(ctx, 0), a = arr(ctx, 1);
    const n = attr<number>(ctx.op, "num_split");
    if (dimT.ndim !== 0) throw new TFError("InvalidArgumentError", `split_dim must be a scalar but has rank ${dimT.ndim}`);
    const orig = ints(ctx, 0)[0]!;
    const axis = orig < 0 ? orig + a.ndim : orig;
    if (!(0 <= axis && axis < a.ndim)) {
      throw new TFError("InvalidArgumentError", `-input rank(-${a.ndim}) <= split_dim < input rank (${a.ndim}), but got ${orig}`);
    }
    if (a.shape[axis]! % n !== 0) {
      throw new TFError("InvalidArgumentError",
        `Number of ways to split should evenly divide the split dimension, but got split_dim ${axis} (size = ${a.shape[axis]}) and num_split ${n}`);
    }
    return shards(a, axis, new Array<number>(n).fill(a.shape[axis]! / n));
  },
});
