/**
 * EagerTensor (ops.py `_EagerTensorBase` in TF 2.x): a Tensor that holds its value. TF makes it a
 * subclass of Tensor, and so does tfscope: every op wrapper accepts it where a Tensor goes, and
 * `convert_to_tensor` returns it unchanged while executing eagerly. Its `op` is a node of a private
 * one-op graph (see execute.ts) that no Python code can reach: the shim must refuse `op`, `graph`,
 * `name` and `value_index` with `eagerAttributeError`.
 */
import type { NDArray } from "../../numpy/ndarray.js";
import { currentProfile } from "../context.js";
import type { DType } from "../dtypes.js";
import { TFError } from "../errors.js";
import type { Operation } from "../tensor.js";
import { Tensor } from "../tensor.js";
import { asShape } from "../shape.js";
import { type Taint, INEXACT, RANDOM } from "../kernels/values.js";

export class EagerTensor extends Tensor {
  /** @internal Made by `executeEagerly` from an op it has run. */
  constructor(
    op: Operation,
    valueIndex: number,
    dtype: DType,
    /** The computed value (`t.numpy()`); its shape is the tensor's, always fully known. */
    readonly value: NDArray,
    /** Why the digits may differ from TF's (RANDOM, INEXACT bits of kernels/values.ts). */
    readonly taint: Taint,
  ) {
    super(op, valueIndex, dtype, asShape([...value.shape]));
  }

  /** ops.py `_EagerTensorBase.name`: refused whatever the mode (tfscope's graph-tensor formatting,
   *  which reads the name, therefore fails rather than print a graph tensor's text). */
  override get name(): string {
    throw eagerAttributeError("name");
  }
  override get graph(): never {
    throw eagerAttributeError("graph");
  }
  /** `t.device`: eager tensors live on the local CPU. */
  override get device(): string {
    return "/job:localhost/replica:0/task:0/device:CPU:0";
  }

  /** The value came from an unseeded random draw: TF's digits are genuinely random. */
  get nondeterministic(): boolean {
    return (this.taint & RANDOM) !== 0;
  }
  /** Float math whose last bits may differ from TF's went into the value. */
  get inexact(): boolean {
    return (this.taint & INEXACT) !== 0;
  }
}

/** The Tensor attributes an EagerTensor refuses (ops.py 1306-1327 in 2.10, 1078-1099 in 1.15). */
export type EagerRefusedAttribute = "op" | "graph" | "name" | "value_index" | "consumers";

/** The error of `t.op`, `t.graph`, `t.name`, `t.value_index` (AttributeError) or `t.consumers()`
 *  (NotImplementedError) on an EagerTensor. TF 1.15 says "meaningless", TF 2.10 "undefined". */
export function eagerAttributeError(attr: EagerRefusedAttribute): TFError {
  const word = currentProfile() === "2" ? "undefined" : "meaningless";
  const type = attr === "consumers" ? "NotImplementedError" : "AttributeError";
  return new TFError(type, `Tensor.${attr} is ${word} when eager execution is enabled.`);
}
