/**
 * Partitioned variables (variable_scope.py `_get_partitioned_variable` 569-790, `_call_partitioner`
 * 2395-2432, `_iter_slices` 2451-2460; variables.py `PartitionedVariable` 2830+): shards named
 * `<name>/part_<i>`, each after reserving the relative name scope `<name>/part_<i>/PartitionedInitializer`.
 */
import { executingEagerly, getDefaultGraph, pyDescriber } from "./context.js";
import { type DType, asDType, float32 } from "./dtypes.js";
import { Unsupported, tfError } from "./errors.js";
import { shapeStr } from "./format.js";
import { M } from "./messages.js";
import { nameScope } from "./name-scope.js";
import type { GetterArgs } from "./scope-store.js";
import { type PartitionInfo, defaultInitializer, isCallable, opServices } from "./services.js";
import { within } from "./graph.js";
import { concat, identity } from "./ops/array.js";
import type { OpInput } from "./ops/convert.js";
import { pyInt, pyList } from "./ops/pyvalue.js";
import { slice } from "./ops/slice-op.js";
import { Variable } from "./variables.js";
import { type ShapeLike, type TensorShape, asShape } from "./shape.js";
import { Tensor } from "./tensor.js";
import type { VariableStore } from "./variable-store.js";

/** `PartitionedVariable`: the shards of one logical variable, ordered by offset. */
export class PartitionedVariable {
  constructor(
    readonly name: string,
    private readonly fullShape: TensorShape,
    readonly dtype: DType,
    readonly variables: readonly unknown[],
    readonly partitions: readonly number[],
  ) {}

  getShape(): TensorShape {
    return this.fullShape;
  }
  get shape(): TensorShape {
    return this.fullShape;
  }
  /** `len(pv)`: the shard count (ValueError for more than one partitioned axis). */
  get length(): number {
    const axes = this.partitions.every((p) => p === 1) ? [0] : this.partitions.flatMap((p, i) => (p > 1 ? [i] : []));
    if (axes.length > 1) throw tfError(M.partitionLengthAxes, axes.length);
    return this.variables.length;
  }
  /** variables.py `_partition_axes`: the axes with more than one shard ([0] when none has). */
  partitionAxes(): number[] {
    return this.partitions.every((p) => p === 1) ? [0] : this.partitions.flatMap((p, i) => (p > 1 ? [i] : []));
  }
  /** variables.py 2925-2945 `_concat`: one shard as `identity(v, name)` at the root; several through
   *  `concat` in the absolute scope `<name>/ConcatPartitions/`, then that identity. */
  concat(): Tensor {
    const g = getDefaultGraph();
    if (this.variables.length === 1) return within(g.nameScope(null), () => identity(this.variables[0] as OpInput, this.name));
    const axes = this.partitionAxes();
    if (axes.length > 1) throw tfError(M.partitionConcatAxes, `[${axes.join(", ")}]`);
    const joined = within(g.nameScope(`${this.name}/ConcatPartitions/`), () => concat(this.variables as OpInput[], pyInt(axes[0]!)));
    return within(g.nameScope(null), () => identity(joined, this.name));
  }
  /** variables.py 2947-2957 `as_tensor`: `_concat()` outside any control dependencies. */
  asTensor(): Tensor {
    return within(getDefaultGraph().controlDependencies(null), () => this.concat());
  }
  /** `_TensorConversionFunction` (variables.py 2959-2969). */
  convertToTensor(dtype: DType | null = null, _name: string | null = null, asRef = false): Tensor {
    if (dtype !== null && !dtype.isCompatibleWith(this.dtype)) throw tfError(M.incompatibleConversion, dtype.name, this.dtype.name);
    if (asRef) throw tfError(M.partitionedAsRef);
    return this.asTensor();
  }
}

/** Python's str() of a list of ints: `[2, 1]`. */
function listStr(xs: readonly number[]): string {
  return `[${xs.join(", ")}]`;
}

// vs.py 2395-2432.
function callPartitioner(partitioner: (s: TensorShape, d: DType) => unknown, shape: TensorShape, dtype: DType): number[] {
  if (!shape.isFullyDefined()) throw tfError(M.partitionedShapeUndefined, shapeStr(shape));
  if (shape.rank! < 1) throw tfError(M.partitionedRank0, shapeStr(shape));
  const slicing = partitioner(shape, dtype);
  if (!Array.isArray(slicing)) throw tfError(M.partitionerNotSequence, pyDescriber().str(slicing));
  const parts = slicing as number[];
  if (parts.length !== shape.rank) throw tfError(M.partitionerLength, listStr(parts), shapeStr(shape));
  if (parts.some((p) => p < 1)) throw tfError(M.partitionerZero, listStr(parts));
  if (parts.filter((p) => p > 1).length > 1) throw tfError(M.partitionerMultiAxis, shapeStr(shape), listStr(parts));
  return parts;
}

// vs.py 2438-2448: the first axis with more than one slice, or (0, 1).
function sliceDimAndCount(parts: readonly number[]): [number, number] {
  const i = parts.findIndex((p) => p > 1);
  return i < 0 ? [0, 1] : [i, parts[i]!];
}

/** The single-variable path, injected to avoid a module cycle. */
export type SingleVariable = (store: VariableStore, a: GetterArgs, info: PartitionInfo | null) => unknown;

/** `_get_partitioned_variable`: returns the stored PartitionedVariable or builds its shards. */
export function getPartitionedVariable(store: VariableStore, a: GetterArgs, single: SingleVariable): PartitionedVariable {
  const name = a.name;
  const reuse = a.reuse === undefined ? null : a.reuse;
  const initializer = a.initializer ?? null;
  const fromTensor = initializer instanceof Tensor;
  if (store.vars.has(name)) throw tfError(M.unpartitionedFoundPartitioned, name);
  let shape = asShape((a.shape ?? null) as ShapeLike);
  if (fromTensor) shape = shape.mergeWith(initializer.shape);
  let dtype = asDType(a.dtype ?? float32);
  const partitioner = (a.partitioner ?? null) as ((s: TensorShape, d: DType) => unknown) | null;
  let partitions: number[] | null = null;
  if (!reuse || partitioner !== null) partitions = callPartitioner(partitioner!, shape, dtype);

  const existing = store.partitionedVars.get(name);
  if (existing !== undefined) {
    if (reuse === false) throw tfError(M.partitionedExists, name);
    if (!shape.isCompatibleWith(existing.getShape())) {
      throw tfError(M.partitionedShapeMismatch, name, shapeStr(shape), shapeStr(existing.getShape()));
    }
    if (!dtype.isCompatibleWith(existing.dtype)) throw tfError(M.partitionedDtypeMismatch, name, dtype.name, existing.dtype.name);
    if (partitions !== null && listStr(existing.partitions) !== listStr(partitions)) {
      throw tfError(M.partitionsMismatch, name, listStr(partitions), listStr(existing.partitions));
    }
    return existing;
  }
  if (reuse === true) throw tfError(M.partitionedMissing, name);

  const [sliceDim, numSlices] = sliceDimAndCount(partitions!);
  if (store.vars.has(`${name}/part_0`)) {
    if (!store.vars.has(`${name}/part_${numSlices - 1}`)) throw tfError(M.partitionFewerShards, numSlices, name, numSlices - 1);
    if (store.vars.has(`${name}/part_${numSlices}`)) throw tfError(M.partitionExtraShard, numSlices, name);
  }
  const full = shape.asList() as number[];
  const shards: unknown[] = [];
  const excess = full[sliceDim]! % numSlices;
  const minLen = Math.floor(full[sliceDim]! / numSlices);
  const offset = full.map(() => 0);
  for (let i = 0; i < numSlices; i++) {
    const varShape = full.slice();
    varShape[sliceDim] = minLen + (i < excess ? 1 : 0);
    const info: PartitionInfo = { fullShape: full, varOffset: offset.slice() };
    // vs.py `_PartitionInfo.__init__`: every offset inside the full shape (more slices than a dimension
    // has rows leaves an empty last shard whose offset is the dimension's size).
    full.forEach((size, k) => {
      if (!(offset[k]! >= 0 && offset[k]! < size)) throw tfError(M.partitionOffset, offset[k]!, size, listStr(offset), listStr(full));
    });
    const shardName = `${name}/part_${i}`;
    // vs.py 741-761: this relative scope is opened (and so reserved) even though nothing may be made in it.
    const ns = nameScope(`${shardName}/PartitionedInitializer`);
    ns.enter();
    let init: unknown;
    let initShape: number[] | null = varShape;
    try {
      if (initializer === null) init = defaultInitializer(name, dtype);
      else if (isCallable(initializer)) init = initializer;
      else {
        // vs.py 749-757: a Tensor (or a value converted to `dtype`) is sliced per shard, and the shards
        // take the slice's dtype.
        const whole = fromTensor ? initializer : opServices().convertToTensor(initializer, dtype, null);
        const ints = (xs: readonly number[]) => pyList(xs.map((x) => pyInt(x)));
        const part = slice(whole as OpInput, ints(info.varOffset), ints(varShape));
        dtype = part.dtype.baseDtype;
        init = part;
        initShape = null;
      }
    } finally {
      ns.exit();
    }
    const root = nameScope(null);
    root.enter();
    let shard: unknown;
    try {
      shard = single(store, { ...a, name: shardName, shape: initShape, dtype, initializer: init }, info);
    } finally {
      root.exit();
    }
    // vs.py 778-780.
    if (shard instanceof Variable) {
      shard.saveSliceInfo = { fullName: name, fullShape: full.slice(), varOffset: info.varOffset.slice(), varShape };
    }
    shards.push(shard);
    offset[sliceDim]! += varShape[sliceDim]!;
  }
  const pv = new PartitionedVariable(name, shape, dtype, shards, partitions!);
  if (!executingEagerly()) store.partitionedVars.set(name, pv);
  return pv;
}
