/**
 * Dimension and TensorShape (tensorflow/python/framework/tensor_shape.py). Their str and repr depend on
 * TF2 behaviour (`(?, 20)` in 1.15, `(None, 20)` under TF 2.x), so the printing lives in format.ts and
 * reads the runtime profile; this module is only the algebra.
 */
import { TFError, tfError } from "./errors.js";
import { shapeStr as formatShape, dimensionStr as formatDim } from "./format.js";
import { M, type Message } from "./messages.js";

/** One dimension: a non-negative integer, or null when unknown. */
export class Dimension {
  constructor(readonly value: number | null) {}

  /** tensor_shape.py `Dimension.is_compatible_with`: unknown matches anything. */
  isCompatibleWith(other: DimensionLike): boolean {
    const o = asDimension(other).value;
    return this.value === null || o === null || this.value === o;
  }

  assertIsCompatibleWith(other: DimensionLike): void {
    const o = asDimension(other);
    if (!this.isCompatibleWith(o)) {
      throw tfError(M.dimensionsNotCompatible, dimStr(this), dimStr(o));
    }
  }

  mergeWith(other: DimensionLike): Dimension {
    const o = asDimension(other);
    this.assertIsCompatibleWith(o);
    return this.value === null ? o : this;
  }

  /** `+`, `-`, `*`, `//`, `%` (tensor_shape.py 317-596): unknown if either side is; a negative result
   *  fails as Dimension() does. */
  add(other: DimensionLike): Dimension {
    return this.arith(other, (a, b) => a + b);
  }
  sub(other: DimensionLike): Dimension {
    return this.arith(other, (a, b) => a - b);
  }
  mul(other: DimensionLike): Dimension {
    return this.arith(other, (a, b) => a * b);
  }
  floordiv(other: DimensionLike): Dimension {
    return this.arith(other, (a, b) => Math.floor(a / nonZero(b, M.zeroDivision)));
  }
  mod(other: DimensionLike): Dimension {
    return this.arith(other, (a, b) => a - Math.floor(a / nonZero(b, M.zeroModulo)) * b);
  }
  private arith(other: DimensionLike, f: (a: number, b: number) => number): Dimension {
    const o = asDimension(other).value;
    return this.value === null || o === null ? UNKNOWN_DIM : asDimension(f(this.value, o));
  }

  /** `<`, `<=`, `>`, `>=`: null (Python None) when either side is unknown. */
  compare(other: DimensionLike, op: "<" | "<=" | ">" | ">="): boolean | null {
    const o = asDimension(other).value;
    if (this.value === null || o === null) return null;
    const v = this.value;
    return op === "<" ? v < o : op === "<=" ? v <= o : op === ">" ? v > o : v >= o;
  }

  /** Python `==`: null (Python None) when either side is unknown. */
  equals(other: DimensionLike): boolean | null {
    const o = asDimension(other).value;
    if (this.value === null || o === null) return null;
    return this.value === o;
  }
}

export type DimensionLike = Dimension | number | null;

function nonZero(b: number, message: Message): number {
  if (b === 0) throw tfError(message);
  return b;
}

const UNKNOWN_DIM = new Dimension(null);
const smallDims: Dimension[] = [];
for (let i = 0; i < 1025; i++) smallDims.push(new Dimension(i));

/** tensor_shape.py `as_dimension`, with Dimension.__init__'s checks. */
export function asDimension(value: DimensionLike): Dimension {
  if (value instanceof Dimension) return value;
  if (value === null) return UNKNOWN_DIM;
  if (!Number.isInteger(value)) {
    throw tfError(M.ambiguousDimension, value);
  }
  if (value < 0) throw tfError(M.negativeDimension, value);
  return value < smallDims.length ? smallDims[value]! : new Dimension(value);
}

// Messages print shapes with str(), which follows the profile.
const dimStr = (d: Dimension) => formatDim(d);
const shapeStr = (s: TensorShape) => formatShape(s);

/** Anything `tf.TensorShape(x)` / `as_shape(x)` accepts: a shape, null (unknown rank), one
 *  dimension (a singleton shape), or a list of dimensions. */
export type ShapeLike = TensorShape | DimensionLike | readonly DimensionLike[];

/** A possibly partial shape: `dims` is null when the rank is unknown. */
const NO_DIMS: readonly Dimension[] = Object.freeze([]);

export class TensorShape {
  readonly dims: readonly Dimension[] | null;

  constructor(dims: ShapeLike) {
    if (dims instanceof TensorShape) this.dims = dims.dims;
    else if (dims === null) this.dims = null;
    // Scalars share one empty list (dims is read-only): one array less per scalar tensor (issue #13).
    else if (Array.isArray(dims)) this.dims = dims.length === 0 ? NO_DIMS : dims.map(asDimension);
    else this.dims = [asDimension(dims as DimensionLike)];
  }

  get rank(): number | null {
    return this.dims === null ? null : this.dims.length;
  }
  /** Alias of rank (TF's `ndims`). */
  get ndims(): number | null {
    return this.rank;
  }

  /** The dimension at `i` (Python indexing, negatives allowed); unknown for an unknown-rank shape. */
  dim(i: number): Dimension {
    if (this.dims === null) return UNKNOWN_DIM;
    const j = i < 0 ? this.dims.length + i : i;
    const d = this.dims[j];
    if (d === undefined) throw tfError(M.listIndex);
    return d;
  }

  isFullyDefined(): boolean {
    return this.dims !== null && this.dims.every((d) => d.value !== null);
  }

  assertIsFullyDefined(): void {
    if (!this.isFullyDefined()) throw tfError(M.shapeNotFullyDefined, shapeStr(this));
  }

  /** `as_list()`: the dimension values, null for unknown ones. */
  asList(): (number | null)[] {
    if (this.dims === null) {
      throw tfError(M.asListUnknown);
    }
    return this.dims.map((d) => d.value);
  }

  /** The element count, or null when not fully defined. */
  numElements(): number | null {
    if (!this.isFullyDefined()) return null;
    let n = 1;
    for (const d of this.dims!) n *= d.value!;
    return n;
  }

  isCompatibleWith(other: ShapeLike): boolean {
    const o = asShape(other);
    if (this.dims === null || o.dims === null) return true;
    if (this.dims.length !== o.dims.length) return false;
    for (let i = 0; i < this.dims.length; i++) {
      if (!this.dims[i]!.isCompatibleWith(o.dims[i]!)) return false;
    }
    return true;
  }

  assertIsCompatibleWith(other: ShapeLike): void {
    const o = asShape(other);
    if (!this.isCompatibleWith(o)) {
      throw tfError(M.shapesIncompatible, shapeStr(this), shapeStr(o));
    }
  }

  mergeWith(other: ShapeLike): TensorShape {
    const o = asShape(other);
    if (this.dims === null) return o;
    // tensor_shape.py re-raises any rank or dimension mismatch as this one message.
    const fail = () => tfError(M.shapesNotCompatible, shapeStr(this), shapeStr(o));
    if (o.dims === null) return this;
    if (o.dims.length !== this.dims.length) throw fail();
    const merged: Dimension[] = [];
    for (let i = 0; i < this.dims.length; i++) {
      const a = this.dims[i]!;
      const b = o.dims[i]!;
      if (!a.isCompatibleWith(b)) throw fail();
      merged.push(a.value === null ? b : a);
    }
    return new TensorShape(merged);
  }

  concatenate(other: ShapeLike): TensorShape {
    const o = asShape(other);
    if (this.dims === null || o.dims === null) return UNKNOWN_SHAPE;
    return new TensorShape([...this.dims, ...o.dims]);
  }

  assertSameRank(other: ShapeLike): void {
    const o = asShape(other);
    if (this.rank !== null && o.rank !== null && this.rank !== o.rank) {
      throw tfError(M.shapesSameRank, shapeStr(this), shapeStr(o));
    }
  }

  assertHasRank(rank: number): void {
    if (this.rank !== null && this.rank !== rank) {
      throw tfError(M.shapeRank, shapeStr(this), rank);
    }
  }

  withRank(rank: number): TensorShape {
    try {
      return this.mergeWith(unknownShape(rank));
    } catch (e) {
      if (e instanceof TFError) throw tfError(M.shapeRank, shapeStr(this), rank);
      throw e;
    }
  }

  withRankAtLeast(rank: number): TensorShape {
    if (this.rank !== null && this.rank < rank) {
      throw tfError(M.shapeRankAtLeast, shapeStr(this), rank);
    }
    return this;
  }

  withRankAtMost(rank: number): TensorShape {
    if (this.rank !== null && this.rank > rank) {
      throw tfError(M.shapeRankAtMost, shapeStr(this), rank);
    }
    return this;
  }

  /** Python `==` (tensor_shape.py compares the dims lists, and unknown dims compare as None == None
   *  only when both are the same object, so two unknown dims are unequal). */
  equals(other: ShapeLike): boolean {
    const o = asShape(other);
    // Python's list == short-cuts on identical elements, so a shape equals its own copies.
    if (this.dims === o.dims) return true;
    if (this.dims === null || o.dims === null) return false;
    if (this.dims.length !== o.dims.length) return false;
    return this.dims.every((d, i) => d.value !== null && d.value === o.dims![i]!.value);
  }

  mostSpecificCompatibleShape(other: ShapeLike): TensorShape {
    const o = asShape(other);
    if (this.dims === null || o.dims === null || this.dims.length !== o.dims.length) return UNKNOWN_SHAPE;
    return new TensorShape(this.dims.map((d, i) => (d.value !== null && d.value === o.dims![i]!.value ? d : null)));
  }
}

const UNKNOWN_SHAPE = new TensorShape(null);
/** The scalar shape `()`. */
export const SCALAR_SHAPE = new TensorShape([]);

/** `tf.TensorShape(None)`, or `[None] * rank` when a rank is given. */
export function unknownShape(rank?: number): TensorShape {
  if (rank === undefined) return UNKNOWN_SHAPE;
  return new TensorShape(new Array<null>(rank).fill(null));
}

/** tensor_shape.py `as_shape`: a TensorShape unchanged, anything else through the constructor. */
export function asShape(shape: ShapeLike): TensorShape {
  return shape instanceof TensorShape ? shape : shape === null ? UNKNOWN_SHAPE : new TensorShape(shape);
}
