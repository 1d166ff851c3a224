/**
 * nn_grad.py _BaseFusedBatchNormGrad for FusedBatchNormV3 (version 2, TF 1.15): in training
 * FusedBatchNormGradV3 on the saved statistics (its five outputs are the five input gradients);
 * otherwise on the population statistics, NCHW transposed to NHWC and back, no mean/variance gradient.
 */
import type { Operation, Tensor } from "../tensor.js";
import { transpose } from "../ops/array.js";
import { fusedBatchNormGradV3 } from "../ops/fused-batch-norm.js";
import { pyInt, pyList } from "../ops/pyvalue.js";
import { registerGradient } from "./registry.js";

registerGradient("FusedBatchNormV3", (op: Operation, grads: readonly (Tensor | null)[]) => {
  let x = op.inputs[0]!;
  let gradY = grads[0]!;
  const scale = op.inputs[1]!;
  const epsilon = op.getAttr("epsilon") as number;
  const dataFormat = op.getAttr("data_format") as string;
  const isTraining = op.getAttr("is_training") as boolean;
  if (isTraining) {
    return fusedBatchNormGradV3(gradY, x, scale, op.outputs[3]!, op.outputs[4]!, op.outputs[5]!, { epsilon, dataFormat, isTraining });
  }
  const nchw = dataFormat === "NCHW";
  const perm = (p: number[]) => pyList(p.map(pyInt));
  if (nchw) {
    x = transpose(x, perm([0, 2, 3, 1]));
    gradY = transpose(gradY, perm([0, 2, 3, 1]));
  }
  const [dx0, dscale, doffset] = fusedBatchNormGradV3(gradY, x, scale, op.inputs[3]!, op.inputs[4]!, op.outputs[5]!,
    { epsilon, dataFormat: "NHWC", isTraining }) as [Tensor, Tensor, Tensor];
  const dx = nchw ? transpose(dx0, perm([0, 3, 1, 2])) : dx0;
  return [dx, dscale, doffset, null, null];
});
