/**
 * ParseSingleExample and ParseExample as Session.run executes them (tensorflow/core/kernels/
 * example_parsing_ops.cc over example_proto_fast_parsing.cc FastParseSingleExample / FastParseExample):
 * dense features fill their fixed shapes (or take their default), VarLenFeatures become the
 * indices/values/dense_shape triples.
 */
import { NDArray } from "../../numpy/ndarray.js";
import type { DType } from "../dtypes.js";
import { type DenseConfig, type FeatureDtype, type SparseConfig, parseOneExample } from "../io/example-parse.js";
import { registerKernel, attr, type KernelContext } from "./registry.js";

const decoder = new TextDecoder();
/** The op's attr types are float, int64 and string (parsing_ops.cc). */
const featureDtype = (t: DType): FeatureDtype => (t.name === "string" ? "bytes" : (t.name as FeatureDtype));
const shapeOf = (s: { dims: readonly { value: number | null }[] | null }): number[] => (s.dims ?? []).map((x) => x.value ?? 0);

function configs(ctx: KernelContext, sparseKeys: string[], denseKeys: string[], defaults: NDArray[]): [DenseConfig[], SparseConfig[]] {
  const sparseTypes = attr<DType[]>(ctx.op, "sparse_types");
  const denseShapes = attr<{ dims: readonly { value: number | null }[] | null }[]>(ctx.op, "dense_shapes");
  const dense = denseKeys.map((key, i) => ({ key, dtype: defaults[i]!.dtype as FeatureDtype, shape: shapeOf(denseShapes[i]!), defaultValue: defaults[i]! }));
  const sparse = sparseKeys.map((key, i) => ({ key, dtype: featureDtype(sparseTypes[i]!) }));
  return [dense, sparse];
}

// example_parsing_ops.cc ParseSingleExampleOp.
registerKernel("ParseSingleExample", {
  compute: (ctx) => {
    const serialized = ctx.inputs[0] as NDArray;
    const defaults = ctx.inputs.slice(1) as NDArray[];
    const [dense, sparse] = configs(ctx, attr<string[]>(ctx.op, "sparse_keys"), attr<string[]>(ctx.op, "dense_keys"), defaults);
    const r = parseOneExample(serialized.data[0] as Uint8Array, dense, sparse, null);
    return [
      ...r.sparse.map((s) => new NDArray("int64", [s.values.length, 1], s.values.map((_, i) => i))),
      ...r.sparse.map((s, i) => new NDArray(sparse[i]!.dtype, [s.values.length], s.values)),
      ...r.sparse.map((s) => new NDArray("int64", [1], [s.values.length])),
      ...r.dense,
    ];
  },
});

// example_parsing_ops.cc ParseExampleOp (names empty: every example is "<unknown>").
registerKernel("ParseExample", {
  compute: (ctx) => {
    const serialized = ctx.inputs[0] as NDArray;
    const nSparse = attr<number>(ctx.op, "Nsparse"), nDense = attr<number>(ctx.op, "Ndense");
    const key = (i: number) => decoder.decode((ctx.inputs[i] as NDArray).data[0] as Uint8Array);
    const sparseKeys = Array.from({ length: nSparse }, (_, i) => key(2 + i));
    const denseKeys = Array.from({ length: nDense }, (_, i) => key(2 + nSparse + i));
    const defaults = ctx.inputs.slice(2 + nSparse + nDense) as NDArray[];
    const [dense, sparse] = configs(ctx, sparseKeys, denseKeys, defaults);
    const batch = serialized.data.map((b, i) => parseOneExample(b as Uint8Array, dense, sparse, i));
    const n = batch.length;
    return [
      ...sparse.map((_, s) => {
        const idx: number[] = [];
        batch.forEach((r, e) => r.sparse[s]!.values.forEach((_v, k) => idx.push(e, k)));
        return new NDArray("int64", [idx.length / 2, 2], idx);
      }),
      ...sparse.map((c, s) => {
        const vals = batch.flatMap((r) => r.sparse[s]!.values);
        return new NDArray(c.dtype, [vals.length], vals);
      }),
      ...sparse.map((_, s) => new NDArray("int64", [2], [n, batch.reduce((m, r) => Math.max(m, r.sparse[s]!.values.length), 0)])),
      ...dense.map((c, di) => new NDArray(c.dtype, [n, ...c.shape], batch.flatMap((r) => r.dense[di]!.data))),
    ];
  },
});
