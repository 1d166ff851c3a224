/** The legacy `tf.layers`: the base class and the layers built on it. */
export { type Activation, type KernelBiasOptions, Layer, type LayerOptions, type Regularizer, type WeightOptions, toSnakeCase } from "./base.js";
export { PyLayer, type PyLayerMethods } from "./py-layer.js";
export { Dense, type DenseOptions, Dropout, Flatten, dense, flattenShape } from "./core.js";
export { Conv, type ConvOptions, conv } from "./conv.js";
export { ConvTranspose } from "./conv-transpose.js";
export { SeparableConv, type SeparableConvOptions } from "./separable-conv.js";
export { Pooling2D, type Pooling2DOptions } from "./pooling.js";
