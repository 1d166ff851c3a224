/** The legacy `tf.layers`: the base class and the layers built on it. */
export { type Activation, type KernelBiasOptions, Layer, type LayerOptions, type Regularizer, toSnakeCase } from "./base.js";
export { Dense, type DenseOptions, Dropout, Flatten, dense, flattenShape } from "./core.js";
export { Conv, Conv2DTranspose, type ConvOptions, conv } from "./conv.js";
