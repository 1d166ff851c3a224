/**
 * random_ops.py, gen_random_ops and random_seed.py: random_normal, random_uniform (float: an Add over
 * RandomUniform; int: one RandomUniformInt) and truncated_normal, with the graph/op seed pair.
 */
import { currentProfile, executingEagerly, getDefaultGraph } from "../context.js";
import type { Graph } from "../graph.js";
import * as d from "../dtypes.js";
import type { DType } from "../dtypes.js";
import { Unsupported, tfError } from "../errors.js";
import type { Tensor } from "../tensor.js";
import { type OpInput, convertToTensor, pyValueOf } from "./convert.js";
import { withRank } from "./infer-context.js";
import { add, multiply, tensorOperator } from "./math.js";
import { type OpDef, arg, opDef, typeAttr } from "./op-def.js";
import { applyOp1 } from "./op-library.js";
import { OM } from "./op-messages.js";
import { pyFloat, pyInt } from "./pyvalue.js";
import { withNameScope } from "./scope.js";
import { randomShape } from "./shape-fns.js";
import * as T from "./type-sets.js";

const SEED_ATTRS = [{ name: "seed", kind: "int", default: 0 }, { name: "seed2", kind: "int", default: 0 }] as const;
const FLOAT_DTYPES = [d.float16, d.bfloat16, d.float32, d.float64];
const floatRandom = (name: string): OpDef =>
  opDef(name, [arg("shape")], [{ name: "output", typeAttr: "dtype" }],
    [...SEED_ATTRS, typeAttr("dtype", FLOAT_DTYPES), typeAttr("T", T.INDEX_TYPES)], randomShape);

/** The random op registrations (tensorflow/core/ops/random_ops.cc). */
export const RANDOM_OPS = {
  RandomUniform: floatRandom("RandomUniform"),
  RandomStandardNormal: floatRandom("RandomStandardNormal"),
  TruncatedNormal: floatRandom("TruncatedNormal"),
  RandomUniformInt: opDef("RandomUniformInt", [arg("shape"), arg("minval", "Tout"), arg("maxval", "Tout")],
    [{ name: "output", typeAttr: "Tout" }],
    [...SEED_ATTRS, typeAttr("Tout", T.INDEX_TYPES), typeAttr("T", T.INDEX_TYPES)],
    (c) => {
      withRank(c.inputs[1]!, 0);
      withRank(c.inputs[2]!, 0);
      return randomShape(c);
    }),
} as const;

/** random_seed.py DEFAULT_GRAPH_SEED. */
export const DEFAULT_GRAPH_SEED = 87654321;
const MAXINT32 = 2 ** 31 - 1;

// Python's `%` takes the sign of the divisor.
const truncateSeed = (seed: number): number => ((seed % MAXINT32) + MAXINT32) % MAXINT32;

/**
 * random_seed.get_seed(op_seed): the (seed, seed2) attrs. With a graph seed and no op seed, the op
 * seed is the id of the last op created; no graph seed and no op seed gives (0, 0) in the attrs.
 */
export function getSeed(opSeed: number | null): [number | null, number | null] {
  if (executingEagerly()) {
    // Unseeded eager ops draw from the OS like graph ones. With a seed, TF caches each kernel with its
    // generator in the eager context, so repeated calls continue one stream: not modelled.
    if (opSeed !== null) throw new Unsupported("random seeds in eager mode");
    return [null, null];
  }
  const g = getDefaultGraph();
  const global = g.seed;
  let seeds: [number | null, number | null];
  if (global !== null) {
    seeds = [truncateSeed(global), truncateSeed(opSeed ?? implicitOpSeed(g))];
  } else if (opSeed !== null) {
    seeds = [DEFAULT_GRAPH_SEED, truncateSeed(opSeed)];
  } else {
    seeds = [null, null];
  }
  // (0, 0) would mean "nondeterministic" to the kernels.
  if (seeds[0] === 0 && seeds[1] === 0) return [0, MAXINT32];
  return seeds;
}

// random_seed.py in 2.10 (lines 31, 73-74) counts the ops it seeds per graph; 1.15 used the last op id.
const seedCounters = new WeakMap<Graph, number>();

function implicitOpSeed(g: Graph): number {
  if (currentProfile() !== "2") return g.version;
  const n = seedCounters.get(g) ?? 0;
  seedCounters.set(g, n + 1);
  return n;
}

/** `tf.set_random_seed(seed)`: the default graph's seed. Eager mode keeps it in the eager context
 *  instead (random_seed.py `set_random_seed`), which is not modelled. */
export function setRandomSeed(seed: number | null): void {
  if (executingEagerly()) throw new Unsupported("tf.compat.v1.set_random_seed in eager mode");
  getDefaultGraph().seed = seed;
}

/** tensor_util.shape_tensor: the shape argument as an int tensor named `shape` (int32 when empty). */
function shapeTensor(shape: OpInput): Tensor {
  const py = pyValueOf(shape);
  const empty = py !== null && (py.kind === "list" || py.kind === "tuple") && py.items.length === 0;
  return convertToTensor(shape, { dtype: empty ? d.int32 : null, name: "shape" });
}

function seedAttrs(seed: number | null): { seed: number; seed2: number } {
  const [s1, s2] = getSeed(seed);
  // The generated wrappers turn a None seed into 0.
  return { seed: s1 ?? 0, seed2: s2 ?? 0 };
}

export interface RandomOptions {
  dtype?: DType;
  seed?: number | null;
  name?: string | null;
}

function normalLike(kind: "random_normal" | "truncated_normal", def: OpDef, shape: OpInput, mean: OpInput, stddev: OpInput, o: RandomOptions): Tensor {
  const dtype = o.dtype ?? d.float32;
  return withNameScope(o.name ?? null, kind, [shape, mean, stddev], (scope) => {
    const shapeT = shapeTensor(shape);
    const meanT = convertToTensor(mean, { dtype, name: "mean" });
    const stddevT = convertToTensor(stddev, { dtype, name: "stddev" });
    const rnd = applyOp1(def, null, { shape: shapeT }, { dtype, ...seedAttrs(o.seed ?? null) });
    return add(tensorOperator("mul", rnd, stddevT), meanT, scope);
  });
}

/** `tf.random_normal(shape, mean=0.0, stddev=1.0, dtype=tf.float32, seed=None, name=None)`. */
export function randomNormal(shape: OpInput, mean: OpInput = pyFloat(0), stddev: OpInput = pyFloat(1), o: RandomOptions = {}): Tensor {
  return normalLike("random_normal", RANDOM_OPS.RandomStandardNormal, shape, mean, stddev, o);
}

/** `tf.truncated_normal(shape, mean=0.0, stddev=1.0, dtype=tf.float32, seed=None, name=None)`. */
export function truncatedNormal(shape: OpInput, mean: OpInput = pyFloat(0), stddev: OpInput = pyFloat(1), o: RandomOptions = {}): Tensor {
  return normalLike("truncated_normal", RANDOM_OPS.TruncatedNormal, shape, mean, stddev, o);
}

const UNIFORM_DTYPES = [d.float16, d.bfloat16, d.float32, d.float64, d.int32, d.int64];

/** `tf.random_uniform(shape, minval=0, maxval=None, dtype=tf.float32, seed=None, name=None)`. */
export function randomUniform(shape: OpInput, minval: OpInput = pyInt(0), maxval: OpInput | null = null, o: RandomOptions = {}): Tensor {
  const dtype = o.dtype ?? d.float32;
  if (!UNIFORM_DTYPES.includes(dtype)) throw tfError(OM.invalidRandomDtype, dtype.repr());
  let maxV: OpInput | null = maxval;
  if (maxV === null) {
    if (dtype.isInteger) throw tfError(OM.maxvalForInt, dtype.repr());
    maxV = pyInt(1);
  }
  const max = maxV;
  if (currentProfile() === "2") return randomUniformV2(shape, minval, max, dtype, o);
  return withNameScope(o.name ?? null, "random_uniform", [shape, minval, max], (scope) => {
    const shapeT = shapeTensor(shape);
    const minT = convertToTensor(minval, { dtype, name: "min" });
    const maxT = convertToTensor(max, { dtype, name: "max" });
    const seeds = seedAttrs(o.seed ?? null);
    if (dtype.isInteger) {
      return applyOp1(RANDOM_OPS.RandomUniformInt, scope, { shape: shapeT, minval: minT, maxval: maxT }, seeds);
    }
    const rnd = applyOp1(RANDOM_OPS.RandomUniform, null, { shape: shapeT }, { dtype, ...seeds });
    return add(tensorOperator("mul", rnd, tensorOperator("sub", maxT, minT)), minT, scope);
  });
}

/** Python `isinstance(v, int) and v == k` (bools are ints). */
function isPyInt(v: OpInput, k: number): boolean {
  const py = pyValueOf(v);
  if (py === null) return false;
  return (py.kind === "int" && py.value === BigInt(k)) || (py.kind === "bool" && Number(py.value) === k);
}

/**
 * TF 2.10's random_uniform (random_ops.py 295-320): for [0, 1) floats it converts neither bound and
 * returns the RandomUniform op itself; a zero minval only scales by maxval (`Mul`); otherwise it is
 * 1.15's `add(rnd * (max - min), min, name=scope)`.
 */
function randomUniformV2(shape: OpInput, minval: OpInput, maxval: OpInput, dtype: DType, o: RandomOptions): Tensor {
  return withNameScope(o.name ?? null, "random_uniform", [shape, minval, maxval], (scope) => {
    const shapeT = shapeTensor(shape);
    const minZero = isPyInt(minval, 0);
    const maxOne = isPyInt(maxval, 1);
    const bounds = !minZero || !maxOne || dtype.isInteger
      ? [convertToTensor(minval, { dtype, name: "min" }), convertToTensor(maxval, { dtype, name: "max" })] as const
      : null;
    const seeds = seedAttrs(o.seed ?? null);
    if (dtype.isInteger) {
      return applyOp1(RANDOM_OPS.RandomUniformInt, scope, { shape: shapeT, minval: bounds![0], maxval: bounds![1] }, seeds);
    }
    const rnd = applyOp1(RANDOM_OPS.RandomUniform, null, { shape: shapeT }, { dtype, ...seeds });
    if (minZero) return maxOne ? rnd : multiply(rnd, bounds![1]);
    const [minT, maxT] = bounds!;
    return add(tensorOperator("mul", rnd, tensorOperator("sub", maxT, minT)), minT, scope);
  });
}
