/**
 * init_ops.py initializers: callables `(shape, dtype, partitionInfo)` that build TF's ops in the
 * current name scope (get_variable calls them under `<var>/Initializer/`), with their constructor
 * arguments, checks and `get_config()` as TF 1.15 has them.
 */
import * as d from "../dtypes.js";
import type { DType } from "../dtypes.js";
import { Unsupported, tfError } from "../errors.js";
import { OM } from "./op-messages.js";
import type { InitializerFn, PartitionInfo } from "../services.js";
import type { Tensor } from "../tensor.js";
import { ones, zeros } from "./array.js";
import { constant } from "./convert.js";
import { pyStrRepr } from "../messages.js";
import { type PyValue, pyFloat, pyInt, pyTypeRepr } from "./pyvalue.js";
import { randomNormal, randomUniform, truncatedNormal } from "./random.js";

/** An init_ops.py initializer object: callable, with its class name and `get_config()`. */
export interface Initializer extends InitializerFn {
  (shape?: readonly number[], dtype?: DType, partitionInfo?: PartitionInfo | null): Tensor;
  /** The Python class name, e.g. `RandomNormal`. */
  readonly className: string;
  getConfig(): Record<string, unknown>;
}

function makeInitializer(
  className: string,
  config: () => Record<string, unknown>,
  call: (shape: readonly number[], dtype: DType | undefined, partitionInfo: PartitionInfo | null) => Tensor,
): Initializer {
  const fn = ((shape?: readonly number[], dtype?: DType, partitionInfo?: PartitionInfo | null) => {
    if (shape === undefined) throw tfError(OM.missingShape);
    return call(shape, dtype, partitionInfo ?? null);
  }) as Initializer & { className: string; getConfig: () => Record<string, unknown>; acceptsNoArgs: boolean };
  fn.className = className;
  fn.getConfig = config;
  fn.acceptsNoArgs = false;
  return fn;
}

const listOf = (shape: readonly number[]): PyValue => ({ kind: "list", items: shape.map((x) => pyInt(x)) });

/** init_ops.py `_assert_float_dtype`. */
function assertFloat(dtype: DType): DType {
  if (!dtype.isFloating) throw tfError(OM.notFloatDtype, dtype);
  return dtype;
}

/** `tf.zeros_initializer(dtype=tf.float32)`: `array_ops.zeros(shape, dtype)`. */
export function zerosInitializer(dtype: DType = d.float32): Initializer {
  return makeInitializer("Zeros", () => ({ dtype: dtype.name }), (shape, dt) => zeros(listOf(shape), dt ?? dtype));
}

/** `tf.ones_initializer(dtype=tf.float32)`: `array_ops.ones(shape, dtype)`. */
export function onesInitializer(dtype: DType = d.float32): Initializer {
  return makeInitializer("Ones", () => ({ dtype: dtype.name }), (shape, dt) => ones(listOf(shape), dt ?? dtype));
}

/**
 * `tf.constant_initializer(value=0, dtype=tf.float32, verify_shape=False)`: `constant_v1(value,
 * dtype, shape)`, an op named `Const`. The value must be a Python scalar, list, tuple or ndarray.
 */
export function constantInitializer(value: PyValue = pyInt(0), dtype: DType = d.float32, verifyShape = false): Initializer {
  const ok = ["int", "float", "bool", "str", "bytes", "list", "tuple", "ndarray"].includes(value.kind);
  if (!ok) {
    if (value.kind === "tensor") throw new Unsupported("constant_initializer of a Tensor (its type repr in TF's message)");
    throw tfError(OM.constantValueType, pyTypeRepr(value));
  }
  return makeInitializer("Constant", () => ({ value, dtype: dtype.name }),
    (shape, dt) => constant(value, dt ?? dtype, shape, "Const", verifyShape));
}

/** constant_initializer's TypeError for a value of the class `typeRepr` (e.g. a Tensor's, which only
 *  the Python side can name). */
export const invalidConstantValue = (typeRepr: string): Error => tfError(OM.constantValueType, typeRepr);

/** `tf.random_uniform_initializer(minval=0, maxval=None, seed=None, dtype=tf.float32)`. */
export function randomUniformInitializer(minval: PyValue = pyInt(0), maxval: PyValue | null = null, seed: number | null = null, dtype: DType = d.float32): Initializer {
  return makeInitializer("RandomUniform", () => ({ minval, maxval, seed, dtype: dtype.name }),
    (shape, dt) => randomUniform(listOf(shape), minval, maxval, { dtype: dt ?? dtype, seed }));
}

/** `tf.random_normal_initializer(mean=0.0, stddev=1.0, seed=None, dtype=tf.float32)`. */
export function randomNormalInitializer(mean: PyValue = pyFloat(0), stddev: PyValue = pyFloat(1), seed: number | null = null, dtype: DType = d.float32): Initializer {
  assertFloat(dtype);
  return makeInitializer("RandomNormal", () => ({ mean, stddev, seed, dtype: dtype.name }),
    (shape, dt) => randomNormal(listOf(shape), mean, stddev, { dtype: dt ?? dtype, seed }));
}

/** `tf.truncated_normal_initializer(mean=0.0, stddev=1.0, seed=None, dtype=tf.float32)`. */
export function truncatedNormalInitializer(mean: PyValue = pyFloat(0), stddev: PyValue = pyFloat(1), seed: number | null = null, dtype: DType = d.float32): Initializer {
  assertFloat(dtype);
  return makeInitializer("TruncatedNormal", () => ({ mean, stddev, seed, dtype: dtype.name }),
    (shape, dt) => truncatedNormal(listOf(shape), mean, stddev, { dtype: dt ?? dtype, seed }));
}

/** init_ops.py `_compute_fans`. */
export function computeFans(shape: readonly number[]): [number, number] {
  if (shape.length < 1) return [1, 1];
  if (shape.length === 1) return [shape[0]!, shape[0]!];
  if (shape.length === 2) return [shape[0]!, shape[1]!];
  const receptive = shape.slice(0, -2).reduce((a, b) => a * b, 1);
  return [shape[shape.length - 2]! * receptive, shape[shape.length - 1]! * receptive];
}

export type FanMode = "fan_in" | "fan_out" | "fan_avg";

/**
 * `tf.variance_scaling_initializer(scale=1.0, mode="fan_in", distribution="truncated_normal",
 * seed=None, dtype=tf.float32)`. `className` lets Glorot reuse it as its subclass does.
 */
export function varianceScalingInitializer(
  scale = 1.0,
  mode: string = "fan_in",
  distribution = "truncated_normal",
  seed: number | null = null,
  dtype: DType = d.float32,
  className = "VarianceScaling",
  config?: () => Record<string, unknown>,
): Initializer {
  if (scale <= 0) throw tfError(OM.scalePositive);
  // These ValueErrors carry two arguments, so Python shows the args tuple.
  if (!["fan_in", "fan_out", "fan_avg"].includes(mode)) {
    throw tfError(OM.invalidMode, pyStrRepr(mode));
  }
  const dist = distribution.toLowerCase();
  if (!["normal", "uniform", "truncated_normal", "untruncated_normal"].includes(dist)) {
    throw tfError(OM.invalidDistribution, pyStrRepr(dist));
  }
  assertFloat(dtype);
  const cfg = config ?? (() => ({ scale, mode, distribution: dist, seed, dtype: dtype.name }));
  return makeInitializer(className, cfg, (shape, dt, partitionInfo) => {
    const dtype2 = dt ?? dtype;
    const [fanIn, fanOut] = computeFans(partitionInfo === null ? shape : partitionInfo.fullShape);
    let s = scale;
    if (mode === "fan_in") s /= Math.max(1, fanIn);
    else if (mode === "fan_out") s /= Math.max(1, fanOut);
    else s /= Math.max(1, (fanIn + fanOut) / 2);
    if (dist === "normal" || dist === "truncated_normal") {
      // Stddev of a unit normal truncated to [-2, 2].
      const stddev = Math.sqrt(s) / 0.87962566103423978;
      return truncatedNormal(listOf(shape), pyFloat(0), pyFloat(stddev), { dtype: dtype2, seed });
    }
    if (dist === "untruncated_normal") {
      return randomNormal(listOf(shape), pyFloat(0), pyFloat(Math.sqrt(s)), { dtype: dtype2, seed });
    }
    const limit = Math.sqrt(3.0 * s);
    return randomUniform(listOf(shape), pyFloat(-limit), pyFloat(limit), { dtype: dtype2, seed });
  });
}

/** `tf.glorot_uniform_initializer(seed=None, dtype=tf.float32)`: fan_avg uniform. GlorotUniform's
 *  __init__ does not pass `dtype` on, so the instance's dtype (and config) stays float32. */
export function glorotUniformInitializer(seed: number | null = null): Initializer {
  return varianceScalingInitializer(1.0, "fan_avg", "uniform", seed, d.float32, "GlorotUniform", () => ({ seed, dtype: d.float32.name }));
}

/** `tf.glorot_normal_initializer(seed=None, dtype=tf.float32)`: fan_avg truncated normal. */
export function glorotNormalInitializer(seed: number | null = null): Initializer {
  return varianceScalingInitializer(1.0, "fan_avg", "truncated_normal", seed, d.float32, "GlorotNormal", () => ({ seed, dtype: d.float32.name }));
}
