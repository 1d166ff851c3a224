/**
 * ShuffleDataset and the ShuffleAndRepeatDataset it fuses into (tensorflow/core/kernels/data/
 * shuffle_dataset_op.cc, random_seed_ops.cc; TF 1.15), bit for bit with given seeds:
 *
 * - the iterator fills a buffer of `buffer_size` elements (keeping up to kMaxEpochsInBuffer epochs in
 *   "slices"), then each GetNext picks `Random() % (slice size)` in the oldest slice, returns that
 *   element and swaps the slice's first into its place; Random() is a SingleSampleAdapter over
 *   PhiloxRandom(seed, seed2);
 * - reshuffle_each_iteration=True (ReshufflingDataset): each new iterator draws its two seeds from a
 *   RandomSeedGenerator(seed, seed2) kept in the iterator resource (fresh at every MakeIterator), so
 *   each epoch of a repeat gets a new order; False (FixedSeedDataset): every iterator uses (seed, seed2);
 * - fused with a following repeat (ShuffleAndRepeatDataset): one iterator, PhiloxRandom(seed, seed2),
 *   refilling across epochs;
 * - seed == seed2 == 0: random::New64() seeds, so the order is a random draw (RANDOM taint).
 */
import { TFError } from "../errors.js";
import { Philox } from "../kernels/philox.js";
import { attr, registerKernel } from "../kernels/registry.js";
import { RANDOM, type Value } from "../kernels/values.js";
import type { NDArray } from "../../numpy/ndarray.js";
import { type DatasetValue, type Element, type IterationContext, SingleSample, dataset, datasetInput } from "./dataset-value.js";

const K_MAX_EPOCHS_IN_BUFFER = 3;

/** random::New64() twice: the OS's entropy. */
function randomSeeds(): [bigint, bigint] {
  const w = crypto.getRandomValues(new Uint32Array(4));
  return [(BigInt(w[0]!) << 32n) | BigInt(w[1]!), (BigInt(w[2]!) << 32n) | BigInt(w[3]!)];
}

/** ShuffleDatasetBase::Iterator::GetNextInternal over `input`, `count` epochs (-1: forever). */
function* shuffled(input: DatasetValue, ictx: IterationContext, bufferSize: number, count: number, rng: SingleSample): Generator<Element> {
  const buffer = new Array<Element | undefined>(bufferSize);
  const slices: { start: number; end: number }[] = [{ start: 0, end: 0 }];
  let inputIt: Iterator<Element> | null = null;
  let epoch = 0;
  let numElements = 0;
  for (;;) {
    let firstCall = false;
    if (inputIt === null && epoch === 0) {
      firstCall = true;
      inputIt = input.elements(ictx);
    }
    while (inputIt !== null && numElements < bufferSize) {
      let element: Element | undefined;
      let endOfInput = false;
      while (count === -1 || epoch < count) {
        const r: IteratorResult<Element> = inputIt.next();
        endOfInput = r.done === true;
        if (!endOfInput) {
          firstCall = false;
          element = r.value as Element;
          break;
        }
        if (firstCall && count === -1) return;
        epoch++;
        const n = slices[slices.length - 1]!.end;
        slices.push({ start: n, end: n });
        inputIt = input.elements(ictx);
      }
      if (!endOfInput) {
        const last = slices[slices.length - 1]!;
        buffer[last.end % bufferSize] = element;
        numElements++;
        last.end++;
      } else {
        inputIt = null;
      }
      if (slices.length > K_MAX_EPOCHS_IN_BUFFER) break;
    }
    if (numElements === 0) return;
    while (slices.length > 0 && slices[0]!.start === slices[0]!.end) slices.shift();
    const front = slices[0]!;
    const offset = rng.next() % (front.end - front.start);
    const index = (front.start + offset) % bufferSize;
    const out = buffer[index]!;
    const first = front.start % bufferSize;
    buffer[index] = buffer[first];
    buffer[first] = undefined;
    front.start++;
    numElements--;
    yield out;
  }
}

const scalar = (v: unknown): bigint => BigInt((v as NDArray).item() as number);

// ShuffleDatasetOp::MakeDataset (version 1: seed and seed2 inputs).
registerKernel("ShuffleDataset", {
  compute: (ctx) => {
    const input = datasetInput(ctx, 0);
    const bufferSize = Number(scalar(ctx.inputs[1]));
    if (bufferSize <= 0) throw new TFError("InvalidArgumentError", "buffer_size must be greater than zero.");
    let seed = scalar(ctx.inputs[2]), seed2 = scalar(ctx.inputs[3]);
    const unseeded = seed === 0n && seed2 === 0n;
    if (unseeded) [seed, seed2] = randomSeeds();
    const taint = unseeded ? RANDOM : 0;
    if (attr<boolean>(ctx.op, "reshuffle_each_iteration")) {
      const name = ctx.op.name;
      // ReshufflingDataset::Iterator::Initialize: the generator is looked up or made in the iterator
      // resource; each iterator takes two samples from it as its seeds.
      const elements = (ictx: IterationContext): Iterator<Element> => {
        let gen = ictx.seedGenerators.get(name);
        if (gen === undefined) ictx.seedGenerators.set(name, (gen = new SingleSample(Philox.fromSeeds(seed, seed2))));
        const s1 = BigInt(gen.next()), s2 = BigInt(gen.next());
        return shuffled(input, ictx, bufferSize, 1, new SingleSample(Philox.fromSeeds(s1, s2)));
      };
      return { outputs: [dataset(elements, { shuffle: { input, bufferSize, seed, seed2 } })], taint };
    }
    return { outputs: [dataset((ictx) => shuffled(input, ictx, bufferSize, 1, new SingleSample(Philox.fromSeeds(seed, seed2))))], taint };
  },
});

/** ShuffleAndRepeatDatasetOp::MakeDataset with the fused shuffle's inputs and the repeat's count. */
export function shuffleAndRepeat(s: NonNullable<DatasetValue["shuffle"]>, count: number): Value {
  if (!(count > 0 || count === -1)) throw new TFError("InvalidArgumentError", "count must be greater than zero or equal to -1.");
  return dataset((ictx) => shuffled(s.input, ictx, s.bufferSize, count, new SingleSample(Philox.fromSeeds(s.seed, s.seed2))));
}
