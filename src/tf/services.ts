/**
 * What the scope engine needs from the op catalogue (src/tf/ops, another module family): converting
 * Python values to tensors, and the two default initializers get_variable falls back on. The catalogue
 * installs them with `installOpServices`; until then the engine raises Unsupported rather than guess.
 */
import type { DType } from "./dtypes.js";
import { Unsupported, tfError } from "./errors.js";
import { M } from "./messages.js";
import type { Tensor } from "./tensor.js";

/** init_ops.py `_PartitionInfo`: where a shard sits in the full variable. */
export interface PartitionInfo {
  readonly fullShape: readonly number[];
  readonly varOffset: readonly number[];
}

/**
 * A callable initializer: called as `init(shape, dtype, partitionInfo)` (TF's `initializer(shape,
 * dtype=, partition_info=)`) when the variable's shape is fully defined, or with no arguments when
 * it is not and the callable accepts that. It returns a Tensor or any value the converter accepts.
 */
export interface InitializerFn {
  (shape?: readonly number[], dtype?: DType, partitionInfo?: PartitionInfo | null): unknown;
  /** tf_inspect: every positional parameter has a default, so `init()` is valid. Defaults to
   *  `fn.length === 0`. */
  acceptsNoArgs?: boolean;
  /** The value is an initializer CLASS (e.g. `tf.zeros_initializer`): TF instantiates it with no
   *  arguments first (`tf_inspect.isclass`). */
  isClass?: boolean;
}

/** The op catalogue's side of the contract. */
export interface OpServices {
  /** `ops.convert_to_tensor(value, dtype=dtype, name=name)`; a Tensor (or variable) is returned as
   *  is when no dtype is requested. */
  convertToTensor(value: unknown, dtype: DType | null, name: string | null): Tensor;
  /** `init_ops.glorot_uniform_initializer()`: the default for floating variables. */
  glorotUniformInitializer(): InitializerFn;
  /** `init_ops.zeros_initializer()`: the default for int, bool and string variables. */
  zerosInitializer(): InitializerFn;
}

let services: OpServices | null = null;

/** Installs the op catalogue's conversion and default initializers. */
export function installOpServices(s: OpServices): void {
  services = s;
}

export function opServices(): OpServices {
  if (services === null) throw new Unsupported("tensor conversion before the op catalogue is installed");
  return services;
}

/** Python `callable(x)` for values handed to the engine: JS functions are the callables. */
export function isCallable(x: unknown): x is (...args: never[]) => unknown {
  return typeof x === "function";
}

/** vs.py 969-1000 `_get_default_initializer`: glorot for floats; zeros for ints, bools and strings;
 *  E8 for anything else (complex). `name` is the requested (unsharded) variable name. */
export function defaultInitializer(name: string, dtype: DType): InitializerFn {
  if (dtype.isFloating) return opServices().glorotUniformInitializer();
  if (dtype.isInteger || dtype.isUnsigned || dtype.isBool || dtype.baseDtype.name === "string") {
    return opServices().zerosInitializer();
  }
  throw tfError(M.initializerRequired, name, dtype.baseDtype.toString());
}
