/**
 * The CPU kernels of the tf.data ops tfscope builds (tensorflow/core/kernels/data/*.cc): a dataset
 * op's output is a dataset value that makes fresh element streams; an iterator resource holds one
 * stream per session, set by MakeIterator (or built on first use by OneShotIterator) and read by
 * IteratorGetNext until "End of sequence".
 */
import { NDArray } from "../../numpy/ndarray.js";
import { TFError, Unsupported } from "../errors.js";
import { type KernelContext, type SessionState, registerKernel } from "../kernels/registry.js";
import { type HandleValue, RANDOM, type Taint } from "../kernels/values.js";
import { Session } from "../session.js";
import { mapFunction, oneShotSource } from "./dataset-ops.js";

import { type DatasetValue, type Element, type IterationContext, dataset, datasetInput, newIterationContext } from "./dataset-value.js";
import { shuffleAndRepeat } from "./shuffle.js";

export type { DatasetValue };

function scalarOf(ctx: KernelContext, i: number): number {
  return Number((ctx.inputs[i] as NDArray).item());
}

const rowSize = (a: NDArray) => a.shape.slice(1).reduce((p, x) => p * x, 1);

function row(a: NDArray, i: number): NDArray {
  const n = rowSize(a);
  return new NDArray(a.dtype, a.shape.slice(1), a.data.slice(i * n, (i + 1) * n));
}

/** TensorShape::DebugString. */
const shapeDebug = (shape: readonly number[]) => `[${shape.join(",")}]`;

// tensor_slice_dataset_op.cc MakeDataset.
registerKernel("TensorSliceDataset", {
  compute: (ctx) => {
    const components = ctx.inputs as NDArray[];
    if (components.some((c) => c.ndim === 0)) throw new TFError("InvalidArgumentError", "All components must be at least 1-dimensional");
    const n = components[0]!.shape[0]!;
    if (components.some((c) => c.shape[0] !== n)) {
      throw new TFError("InvalidArgumentError", "All components must have the same size in the 0th dimension");
    }
    return [dataset(function* () {
      for (let i = 0; i < n; i++) yield components.map((c) => row(c, i));
    })];
  },
});

registerKernel("TensorDataset", {
  compute: (ctx) => {
    const components = ctx.inputs as NDArray[];
    return [dataset(function* () {
      yield components;
    })];
  },
});

// range_dataset_op.cc: Python's range() over int64.
registerKernel("RangeDataset", {
  compute: (ctx) => {
    const [start, stop, step] = [0, 1, 2].map((i) => scalarOf(ctx, i)) as [number, number, number];
    if (step === 0) throw new TFError("InvalidArgumentError", "step must be a non-zero integer.");
    return [dataset(function* () {
      for (let v = start; step > 0 ? v < stop : v > stop; v += step) yield [new NDArray("int64", [], [v])];
    })];
  },
});

// repeat_dataset_op.cc: a negative count repeats forever, but a pass that yields nothing ends it
// (ForeverIterator's `first_call_` check).
// A repeat over a reshuffling ShuffleDataset is fused into ShuffleAndRepeatDataset by the default
// `shuffle_and_repeat_fusion` (grappler/optimizers/data/shuffle_and_repeat_fusion.cc), after
// `noop_elimination` has removed a repeat(1).
registerKernel("RepeatDataset", {
  compute: (ctx) => {
    const input = datasetInput(ctx, 0), count = scalarOf(ctx, 1);
    if (input.shuffle !== undefined && count !== 1) return [shuffleAndRepeat(input.shuffle, count)];
    return [dataset(function* (ictx) {
      for (let pass = 0; count < 0 || pass < count; pass++) {
        let any = false;
        for (let it = input.elements(ictx), r = it.next(); !r.done; r = it.next()) {
          any = true;
          yield r.value;
        }
        if (!any && count < 0) return;
      }
    })];
  },
});

// take_dataset_op.cc: a negative count takes everything.
registerKernel("TakeDataset", {
  compute: (ctx) => {
    const input = datasetInput(ctx, 0), count = scalarOf(ctx, 1);
    return [dataset(function* (ictx) {
      let i = 0;
      for (let it = input.elements(ictx), r = it.next(); !r.done && (count < 0 || i < count); r = it.next(), i++) yield r.value;
    })];
  },
});

// skip_dataset_op.cc: a negative count skips everything.
registerKernel("SkipDataset", {
  compute: (ctx) => {
    const input = datasetInput(ctx, 0), count = scalarOf(ctx, 1);
    return [dataset(function* (ictx) {
      let i = 0;
      for (let it = input.elements(ictx), r = it.next(); !r.done; r = it.next(), i++) if (count >= 0 && i >= count) yield r.value;
    })];
  },
});

// batch_dataset_op.cc: MakeDataset checks the size; GetNextInternal stacks up to batch_size
// elements, drops a short last batch when asked, and refuses elements of differing shapes.
registerKernel("BatchDatasetV2", {
  compute: (ctx) => {
    const input = datasetInput(ctx, 0), size = scalarOf(ctx, 1);
    const dropRemainder = Boolean((ctx.inputs[2] as NDArray).item());
    if (size <= 0) throw new TFError("InvalidArgumentError", "Batch size must be greater than zero.");
    return [dataset(function* (ictx) {
      const it = input.elements(ictx);
      for (;;) {
        const batch: Element[] = [];
        while (batch.length < size) {
          const r = it.next();
          if (r.done === true) break;
          batch.push(r.value);
        }
        if (batch.length === 0 || (dropRemainder && batch.length < size)) return;
        yield batch[0]!.map((first, c) => {
          batch.forEach((el, i) => {
            if (shapeDebug(el[c]!.shape) !== shapeDebug(first.shape)) {
              throw new TFError("InvalidArgumentError", `Cannot batch tensors with different shapes in component ${c}. ` +
                `First element had shape ${shapeDebug(first.shape)} and element ${i} had shape ${shapeDebug(el[c]!.shape)}.`);
            }
          });
          return new NDArray(first.dtype, [batch.length, ...first.shape], batch.flatMap((el) => el[c]!.data));
        });
        if (batch.length < size) return;
      }
    })];
  },
});

// prefetch_dataset_op.cc MakeDataset: -1 (kAutotune) or a size; prefetching changes speed only.
registerKernel("PrefetchDataset", {
  compute: (ctx) => {
    const size = scalarOf(ctx, 1);
    if (size < 0 && size !== -1) throw new TFError("InvalidArgumentError", "buffer_size must be >= 0 or set buffer_size to be -1 for auto-tuning");
    return [ctx.inputs[0]!];
  },
});

// map_dataset_op.cc: the function runs once per element (here in a session over its own graph, which
// holds no stateful op: _tfdata.py refuses those).
registerKernel("MapDataset", {
  compute: (ctx) => {
    const input = datasetInput(ctx, 0), fn = mapFunction(ctx.op);
    if (fn === undefined) throw new Unsupported(`running ${ctx.op.name}, a MapDataset tfscope did not build`);
    return [dataset(function* (ictx) {
      const sess = new Session({ graph: fn.args[0]?.graph ?? fn.outputs[0]!.graph });
      for (let it = input.elements(ictx), r = it.next(); !r.done; r = it.next()) {
        const feeds = new Map(fn.args.map((a, i) => [a, r.value[i]!]));
        try {
          yield sess.runFlat(fn.outputs, feeds) as NDArray[];
        } catch (e) {
          // TF names the failing node inside the function's own frame: not modelled.
          if (e instanceof TFError) throw new Unsupported(`the runtime error of a tf.data map function (${e.pyType}: ${e.message.split("\n")[0]})`);
          throw e;
        }
      }
    })];
  },
});

// Static optimizations and autotuning change speed, never the elements.
registerKernel(["OptimizeDataset", "ModelDataset"], { compute: (ctx) => [ctx.inputs[0]!] });

/** An iterator resource's state in one session: its stream, and the taint of what it yields. */
interface IteratorState {
  stream: Iterator<Element> | null;
  taint: Taint;
}

const ITERATORS = new WeakMap<SessionState, Map<string, IteratorState>>();

function iteratorsOf(state: SessionState): Map<string, IteratorState> {
  let m = ITERATORS.get(state);
  if (m === undefined) ITERATORS.set(state, (m = new Map()));
  return m;
}

const handle = (name: string): HandleValue => ({ kind: "handle", container: "", name });

registerKernel("IteratorV2", {
  compute: (ctx) => {
    const iters = iteratorsOf(ctx.state);
    if (!iters.has(ctx.op.name)) iters.set(ctx.op.name, { stream: null, taint: 0 });
    return [handle(ctx.op.name)];
  },
});

// iterator_ops.cc OneShotIteratorOp: the first run in a session calls the factory function, which
// rebuilds the dataset from the by-value copy of its graph (stateless by construction, so a fresh
// run of that subgraph gives TF's dataset).
registerKernel("OneShotIterator", {
  compute: (ctx) => {
    const iters = iteratorsOf(ctx.state);
    if (!iters.has(ctx.op.name)) {
      const source = oneShotSource(ctx.op);
      if (source === undefined) throw new Unsupported(`running ${ctx.op.name}, a OneShotIterator tfscope did not build`);
      let made: DatasetValue;
      const factory = new Session({ graph: ctx.op.graph });
      try {
        made = factory.runFlat([source], new Map(), true)[0] as unknown as DatasetValue;
      } catch (e) {
        // TF reports a failure inside the factory function through the function runtime's own context.
        if (e instanceof TFError) throw new Unsupported(`the error of a one-shot iterator's dataset function (${e.pyType}: ${e.message.split("\n")[0]})`);
        throw e;
      }
      // An unseeded shuffle inside makes the elements random draws.
      iters.set(ctx.op.name, { stream: made.elements(newIterationContext()), taint: factory.nondeterministic ? RANDOM : 0 });
    }
    return [handle(ctx.op.name)];
  },
});

registerKernel("MakeIterator", {
  compute: (ctx) => {
    const h = ctx.inputs[1] as HandleValue;
    iteratorsOf(ctx.state).set(h.name, { stream: datasetInput(ctx, 0).elements(newIterationContext()), taint: ctx.taint });
    return [];
  },
});

// iterator_ops.cc IteratorResource::GetNext and IteratorGetNextOp.
registerKernel("IteratorGetNext", {
  compute: (ctx) => {
    const s = iteratorsOf(ctx.state).get((ctx.inputs[0] as HandleValue).name);
    if (s === undefined || s.stream === null) {
      throw new TFError("FailedPreconditionError", "GetNext() failed because the iterator has not been initialized. " +
        "Ensure that you have run the initializer operation for this iterator before getting the next element.");
    }
    const r = s.stream.next();
    if (r.done === true) throw new TFError("OutOfRangeError", "End of sequence");
    return { outputs: r.value, taint: s.taint };
  },
});

registerKernel("IteratorToStringHandle", {
  compute: () => {
    throw new Unsupported("running IteratorToStringHandle (an iterator's string handle)");
  },
});
