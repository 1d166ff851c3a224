/**
 * Gradient functions of nn_grad.py (TF 1.15) for Conv2D (569-606: ShapeN of input and filter, then
 * Conv2DBackpropInput and Conv2DBackpropFilter with the forward op's attrs), MaxPool (680-689:
 * MaxPoolGrad of the input, output and gradient) and AvgPool (658-666: AvgPoolGrad of Shape(input)).
 */
import { shape } from "../ops/array.js";
import type { Operation } from "../tensor.js";
import { shapeN } from "./array-grad-ops.js";
import { type ConvAttrs, avgPoolGrad, conv2dBackpropFilter, conv2dBackpropInput, maxPoolGrad } from "./nn-grad-ops.js";
import { registerGradient } from "./registry.js";
import "./kernel-fold.js";

registerGradient("Conv2D", (op, [grad]) => {
  const a: ConvAttrs = {
    dilations: op.getAttr("dilations"), strides: op.getAttr("strides"), padding: op.getAttr("padding"),
    explicit_paddings: op.getAttr("explicit_paddings"), use_cudnn_on_gpu: op.getAttr("use_cudnn_on_gpu"),
    data_format: op.getAttr("data_format"),
  };
  const [s0, s1] = shapeN([op.inputs[0]!, op.inputs[1]!]);
  return [conv2dBackpropInput(s0!, op.inputs[1]!, grad!, a), conv2dBackpropFilter(op.inputs[0]!, s1!, grad!, a)];
});

const poolAttrs = (op: Operation) => ({
  ksize: op.getAttr("ksize"), strides: op.getAttr("strides"), padding: op.getAttr("padding"), data_format: op.getAttr("data_format"),
});
registerGradient("MaxPool", (op, [grad]) => [maxPoolGrad(op.inputs[0]!, op.outputs[0]!, grad!, poolAttrs(op))]);
registerGradient("AvgPool", (op, [grad]) => [avgPoolGrad(shape(op.inputs[0]!), grad!, poolAttrs(op))]);
