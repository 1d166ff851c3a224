/** Gradient functions of nn_grad.py (TF 1.15) for the nn ops tfscope models: BiasAdd, Softmax, LogSoftmax, Elu, Softplus, Softsign, Relu6, LeakyRelu and L2Loss. */
import { exp, reduceSum, sigmoid, tensorOperator } from "../ops/math.js";
import { pyInt } from "../ops/pyvalue.js";
import { biasAddGrad, eluGrad, softsignGrad } from "./grad-ops.js";
import { leakyReluGrad, relu6Grad } from "./cwise-grad-ops.js";
import { registerGradient } from "./registry.js";

registerGradient("BiasAdd", (op, [grad]) => [grad, biasAddGrad(grad!, op.getAttr("data_format") as string)]);

// _SoftmaxGrad: (grad - sum(grad * softmax, -1, keepdims)) * softmax, with the operators' scopes.
registerGradient("Softmax", (op, [grad]) => {
  const sm = op.outputs[0]!;
  const sumChannels = reduceSum(tensorOperator("mul", grad!, sm), { axis: pyInt(-1), keepdims: true });
  return [tensorOperator("mul", tensorOperator("sub", grad!, sumChannels), sm)];
});

// _LogSoftmaxGrad: grad - reduce_sum(grad, -1, keepdims=True) * exp(logsoftmax).
registerGradient("LogSoftmax", (op, [grad]) => {
  const softmax = exp(op.outputs[0]!);
  const sum = reduceSum(grad!, { axis: pyInt(-1), keepdims: true });
  return [tensorOperator("sub", grad!, tensorOperator("mul", sum, softmax))];
});

// _EluGrad: elu_grad(grad, outputs); _SoftplusGrad: grad * sigmoid(features); _SoftsignGrad: softsign_grad(grad, features).
registerGradient("Elu", (op, [grad]) => [eluGrad(grad!, op.outputs[0]!)]);
registerGradient("Softplus", (op, [grad]) => [tensorOperator("mul", grad!, sigmoid(op.inputs[0]!))]);
registerGradient("Softsign", (op, [grad]) => [softsignGrad(grad!, op.inputs[0]!)]);

// nn_grad.py 434-436 and 446-450: relu6_grad(grad, outputs); leaky_relu_grad(grad, features, alpha).
registerGradient("Relu6", (op, [grad]) => [relu6Grad(grad!, op.outputs[0]!)]);
registerGradient("LeakyRelu", (op, [grad]) => [leakyReluGrad(grad!, op.inputs[0]!, Number(op.getAttr("alpha")))]);

// nn_grad.py 1057-1068 _L2LossGrad: op.inputs[0] * grad.
registerGradient("L2Loss", (op, [grad]) => [tensorOperator("mul", op.inputs[0]!, grad!)]);
