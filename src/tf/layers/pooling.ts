/**
 * tf.layers' MaxPooling2D and AveragePooling2D (tensorflow/python/layers/pooling.py over keras
 * layers/pooling.py Pooling2D): no weights; `call` runs nn.max_pool / nn.avg_pool (v1, scopes
 * `MaxPool` / `AvgPool` inside the layer's scope) with the pool size and strides around unit batch
 * and channel entries.
 */
import type { Tensor } from "../tensor.js";
import { maxPool } from "../ops/nn.js";
import { avgPool } from "../ops/nn-pool.js";
import { Layer, type LayerOptions } from "./base.js";

export interface Pooling2DOptions extends LayerOptions {
  padding: "valid" | "same";
  dataFormat: "channels_last" | "channels_first";
}

export class Pooling2D extends Layer {
  constructor(readonly kind: "max" | "average", readonly poolSize: readonly number[], readonly strides: readonly number[], readonly o: Pooling2DOptions) {
    super(kind === "max" ? "MaxPooling2D" : "AveragePooling2D", o);
    this.inputSpec = { ndim: 4 };
  }

  protected build(): void {}

  protected call(inputs: Tensor): Tensor {
    const last = this.o.dataFormat === "channels_last";
    const ksize = last ? [1, ...this.poolSize, 1] : [1, 1, ...this.poolSize];
    const strides = last ? [1, ...this.strides, 1] : [1, 1, ...this.strides];
    const format = last ? "NHWC" : "NCHW";
    const padding = this.o.padding.toUpperCase();
    return this.kind === "max" ? maxPool(inputs, ksize, strides, padding, format) : avgPool(inputs, ksize, strides, padding, format);
  }
}
