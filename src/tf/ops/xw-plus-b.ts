/** `tf.nn.xw_plus_b(x, weights, biases, name=None)` (nn_ops.py, TF 1.15): MatMul then BiasAdd named after the scope. */
import type { Tensor } from "../tensor.js";
import { type OpInput, convertToTensor } from "./convert.js";
import { matmul } from "./math.js";
import { biasAdd } from "./nn.js";
import { withNameScope } from "./scope.js";

export function xwPlusB(x: OpInput, weights: OpInput, biases: OpInput, name: string | null = null): Tensor {
  return withNameScope(name, "xw_plus_b", [x, weights, biases], (scope) => {
    const tx = convertToTensor(x, { name: "x" });
    const tw = convertToTensor(weights, { name: "weights" });
    const tb = convertToTensor(biases, { name: "biases" });
    return biasAdd(matmul(tx, tw), tb, null, scope);
  });
}
