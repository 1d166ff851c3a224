/** The legacy `tf.layers`: the base class and the layers built on it. */
export { type Activation, type KernelBiasOptions, Layer, type LayerOptions, type Regularizer, toSnakeCase } from "./base.js";
export { Dense, type DenseOptions, dense } from "./core.js";
export { Conv, type ConvOptions, conv } from "./conv.js";
