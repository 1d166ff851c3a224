/**
 * Gradient functions of nn_grad.py (TF 1.15) for Conv2D (569-606: ShapeN of input and filter, then
 * Conv2DBackpropInput and Conv2DBackpropFilter with the forward op's attrs), MaxPool (680-689:
 * MaxPoolGrad of the input, output and gradient), AvgPool (658-666: AvgPoolGrad of Shape(input)) and
 * the two Conv2D backprops (32-93, what tf.nn.conv2d_transpose builds).
 */
import { shape } from "../ops/array.js";
import { NN_OPS } from "../ops/nn.js";
import { applyOp1 } from "../ops/op-library.js";
import type { Operation } from "../tensor.js";
import { shapeN } from "./array-grad-ops.js";
import { type ConvAttrs, avgPoolGrad, conv2dBackpropFilter, conv2dBackpropInput, maxPoolGrad } from "./nn-grad-ops.js";
import { registerGradient } from "./registry.js";
import "./kernel-fold.js";

const convAttrs = (op: Operation): ConvAttrs => ({
  dilations: op.getAttr("dilations"), strides: op.getAttr("strides"), padding: op.getAttr("padding"),
  explicit_paddings: op.getAttr("explicit_paddings"), use_cudnn_on_gpu: op.getAttr("use_cudnn_on_gpu"),
  data_format: op.getAttr("data_format"),
});

registerGradient("Conv2D", (op, [grad]) => {
  const a = convAttrs(op);
  const [s0, s1] = shapeN([op.inputs[0]!, op.inputs[1]!]);
  return [conv2dBackpropInput(s0!, op.inputs[1]!, grad!, a), conv2dBackpropFilter(op.inputs[0]!, s1!, grad!, a)];
});

const poolAttrs = (op: Operation) => ({
  ksize: op.getAttr("ksize"), strides: op.getAttr("strides"), padding: op.getAttr("padding"), data_format: op.getAttr("data_format"),
});
registerGradient("MaxPool", (op, [grad]) => [maxPoolGrad(op.inputs[0]!, op.outputs[0]!, grad!, poolAttrs(op))]);
registerGradient("AvgPool", (op, [grad]) => [avgPoolGrad(shape(op.inputs[0]!), grad!, poolAttrs(op))]);

// nn_grad.py 32-66 and 69-93: the backprops' own gradients (a transposed convolution's): the other
// backprop and a forward Conv2D, with the op's attrs.
registerGradient("Conv2DBackpropInput", (op, [grad]) => {
  const a = convAttrs(op);
  return [null, conv2dBackpropFilter(grad!, shape(op.inputs[1]!), op.inputs[2]!, a), applyOp1(NN_OPS.Conv2D, null, { input: grad!, filter: op.inputs[1]! }, { ...a })];
});
registerGradient("Conv2DBackpropFilter", (op, [grad]) => {
  const a = convAttrs(op);
  return [conv2dBackpropInput(shape(op.inputs[0]!), grad!, op.inputs[2]!, a), null, applyOp1(NN_OPS.Conv2D, null, { input: op.inputs[0]!, filter: grad! }, { ...a })];
});
