/**
 * What a DT_VARIANT dataset tensor carries in tfscope: a recipe for element streams. Making a stream
 * is DatasetBase::MakeIterator; the IterationContext stands for the iterator resource's own state
 * that the dataset iterators share (iterator_ops.cc: each MakeIterator gives a fresh `resource_mgr`,
 * where ShuffleDataset's RandomSeedGenerator lives).
 */
import type { NDArray } from "../../numpy/ndarray.js";
import type { KernelContext } from "../kernels/registry.js";
import type { Value } from "../kernels/values.js";
import type { Philox } from "../kernels/philox.js";

export type Element = readonly NDArray[];

/** The iterator resource's state shared by the iterators of one pipeline. */
export interface IterationContext {
  /** ShuffleDataset's RandomSeedGenerator resources, by the shuffle node's name. */
  readonly seedGenerators: Map<string, SingleSample>;
}

export const newIterationContext = (): IterationContext => ({ seedGenerators: new Map() });

export interface DatasetValue {
  readonly kind: "dataset";
  elements(ictx: IterationContext): Iterator<Element>;
  /** A ShuffleDataset that reshuffles each iteration: the ShuffleAndRepeat fusion's input. */
  readonly shuffle?: { readonly input: DatasetValue; readonly bufferSize: number; readonly seed: bigint; readonly seed2: bigint };
}

export function dataset(elements: (ictx: IterationContext) => Iterator<Element>, extra: Partial<DatasetValue> = {}): Value {
  return { kind: "dataset", elements, ...extra } satisfies DatasetValue as unknown as Value;
}

export function datasetInput(ctx: KernelContext, i: number): DatasetValue {
  return ctx.inputs[i] as unknown as DatasetValue;
}

/** random::SingleSampleAdapter<PhiloxRandom> (lib/random/random_distributions.h): one uint32 at a
 *  time from each 4-word Philox block. */
export class SingleSample {
  private block: Uint32Array = new Uint32Array(0);
  private used = 4;

  constructor(private readonly gen: Philox) {}

  next(): number {
    if (this.used === 4) {
      this.block = this.gen.next();
      this.used = 0;
    }
    return this.block[this.used++]!;
  }
}
