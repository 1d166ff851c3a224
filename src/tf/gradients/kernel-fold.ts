/**
 * Constant folding by kernel: TF's shape refiner evaluates a constant subgraph by running the ops'
 * CPU kernels on their constant inputs (eval_const_tensor.cc EvaluateConstantTensor). The gradient
 * functions build such subgraphs over shapes known when the graph is built (`reduced_shape` of a
 * constant shape, `invert_permutation` of a constant perm, ConcatOffset of constant shapes), and the
 * ops consuming them (Reshape, Transpose, Slice) read their values while inferring shapes.
 */
import type { NDArray } from "../../numpy/ndarray.js";
import { Unsupported } from "../errors.js";
import { registerConstantFolder } from "../ops/constant-value.js";
import type { Tensor } from "../tensor.js";
import { type SessionState, kernelFor } from "../kernels/registry.js";
import "../kernels/index.js";

const NO_STATE: SessionState = { slots: new Map(), resources: new Map(), generators: new Map(), counters: new Map() };

function foldByKernel(t: Tensor, value: (t: Tensor) => NDArray | null): NDArray {
  const inputs = t.op.inputs.map((i) => {
    const v = value(i);
    if (v === null) throw new Unsupported(`constant-folding '${t.op.type}' of a non-constant input`);
    return v;
  });
  const r = kernelFor(t.op).compute({ op: t.op, inputs, taint: 0, state: NO_STATE });
  const outputs = "outputs" in r ? (r as { outputs: readonly unknown[] }).outputs : (r as readonly unknown[]);
  return outputs[t.valueIndex] as NDArray;
}

/** The deterministic shape-arithmetic ops the gradient functions (and shape computations in documents:
 *  `tf.squeeze(tf.stack([tf.shape(x), [n]]))`) build, folded by their kernels. */
export const KERNEL_FOLDED = [
  "DynamicStitch", "FloorMod", "Fill", "InvertPermutation", "ConcatOffset", "ShapeN", "Pack", "Transpose", "Reshape", "Slice", "ConcatV2",
  "Add", "AddV2", "Sub", "Mul", "Squeeze", "ExpandDims", "Identity", "Tile", "Maximum", "Minimum", "FloorDiv",
  "ListDiff", "GatherV2", "Prod",
] as const;
for (const type of KERNEL_FOLDED) registerConstantFolder(type, foldByKernel);
