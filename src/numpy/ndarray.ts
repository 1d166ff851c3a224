/**
 * An n-dimensional array with numpy semantics (emulating numpy 1.17, which TF 1.15 installs).
 * Data are stored flat in row-major (C) order. Numeric and bool dtypes hold JS numbers
 * (bool as 0/1, floats already rounded to their dtype); the `bytes` dtype holds Uint8Arrays.
 */
import { type DType, coerce, isDType } from "./dtype.js";
import { checkElements } from "./errors.js";

export type { DType } from "./dtype.js";

/** One stored element: a number for numeric/bool dtypes, a Uint8Array for `bytes`. */
export type Elem = number | Uint8Array;

/** A nested JS value accepted by {@link fromNested}. Strings are UTF-8 encoded to bytes, as TF does. */
export type Nested = number | bigint | boolean | string | Uint8Array | readonly Nested[];

/**
 * Every write into array memory bumps this counter, so a view's materialised copy of its elements
 * (`data`) is rebuilt after any write to the memory it shares.
 */
let writeEpoch = 0;

/** Marks that some array memory was written (see {@link NDArray.data}). */
export function markWritten(): void { writeEpoch++; }

/**
 * An array over a flat `buffer` (numpy's memory): `offset` and element `layout` strides place it there,
 * so a view (a basic slice, a reshape, a transpose) shares its base's buffer as numpy's views share
 * memory. An array made by the constructor owns a fresh buffer (`base` null).
 */
export class NDArray {
  readonly size: number;
  readonly buffer: Elem[];
  readonly offset: number;
  /** Strides in elements through `buffer` (a fresh array's are row-major). */
  readonly layout: readonly number[];
  /** The array owning the memory this one views (numpy's `.base`, collapsed to the owner), or null. */
  readonly base: NDArray | null;
  private cache: Elem[] | null = null;
  private cacheEpoch = -1;

  constructor(readonly dtype: DType, readonly shape: readonly number[], data: Elem[]) {
    this.size = shape.reduce((a, b) => a * b, 1);
    // Paths that cannot check before allocating are stopped here, before the next step builds on them.
    checkElements(this.size);
    if (data.length !== this.size) {
      throw new RangeError(`data length ${data.length} does not match shape (${shape.join(", ")})`);
    }
    this.buffer = data;
    this.offset = 0;
    this.layout = stridesOf(shape);
    this.base = null;
  }

  /** A view of `of`'s memory with its own shape, element strides and offset. */
  static view(of: NDArray, shape: readonly number[], layout: readonly number[], offset: number): NDArray {
    const v = Object.create(NDArray.prototype) as NDArray;
    const w = v as unknown as { -readonly [K in keyof NDArray]: unknown };
    Object.assign(w, {
      dtype: of.dtype, shape: [...shape], size: shape.reduce((a, b) => a * b, 1), buffer: of.buffer,
      offset, layout: [...layout], base: of.base ?? of, cache: null, cacheEpoch: -1,
    });
    return v;
  }

  get ndim(): number { return this.shape.length; }

  /** Row-major strides in elements (of `data`, the elements in C order). */
  get strides(): number[] { return stridesOf(this.shape); }

  /** Whether the elements lie in C order from `offset` on (numpy's C_CONTIGUOUS; length-1 axes do not count). */
  get cContiguous(): boolean {
    let want = 1;
    for (let i = this.shape.length - 1; i >= 0; i--) {
      if (this.shape[i] === 1) continue;
      if (this.shape[i] === 0) return true;
      if (this.layout[i] !== want) return false;
      want *= this.shape[i];
    }
    return true;
  }

  /**
   * The elements in C order. An array covering its whole buffer in C order gives the buffer itself;
   * a view gives a copy, rebuilt after any write to array memory.
   */
  get data(): Elem[] {
    if (this.offset === 0 && this.buffer.length === this.size && this.cContiguous) return this.buffer;
    if (this.cache !== null && this.cacheEpoch === writeEpoch) return this.cache;
    const pos = this.positions();
    const out: Elem[] = new Array(pos.length);
    for (let i = 0; i < pos.length; i++) out[i] = this.buffer[pos[i]];
    this.cache = out;
    this.cacheEpoch = writeEpoch;
    return out;
  }

  /** The buffer index of each element, in C order. */
  positions(): number[] {
    const n = this.size, nd = this.shape.length;
    const out = new Array<number>(n);
    if (n === 0) return out;
    const counter = new Array<number>(nd).fill(0);
    let p = this.offset;
    for (let i = 0; i < n; i++) {
      out[i] = p;
      for (let j = nd - 1; j >= 0; j--) {
        counter[j]++;
        p += this.layout[j];
        if (counter[j] < this.shape[j]) break;
        p -= this.layout[j] * counter[j];
        counter[j] = 0;
      }
    }
    return out;
  }

  /** Writes `values` (already of this dtype, C order, one per element) into this array's memory. */
  writeAll(values: readonly Elem[]): void {
    const pos = this.positions();
    for (let i = 0; i < pos.length; i++) this.buffer[pos[i]] = values[i];
    markWritten();
  }

  /** A fresh array (own memory) with the same elements: numpy's `a.copy()`. */
  copy(): NDArray { return new NDArray(this.dtype, [...this.shape], [...this.data]); }

  /** Element values as numbers; throws for bytes arrays. */
  numbers(): number[] {
    if (this.dtype === "bytes") throw new TypeError("bytes array has no numeric values");
    return this.data as number[];
  }

  /** The single element of a size-1 array (numpy's `.item()` without arguments). */
  item(): Elem {
    if (this.size !== 1) throw new RangeError("can only convert an array of size 1 to a Python scalar");
    return this.data[0];
  }

  /** Nested JS arrays (numpy's `tolist()`): bool elements become booleans. */
  toNested(): unknown {
    const data = this.data;
    const conv = (e: Elem): unknown => (this.dtype === "bool" ? e === 1 : e);
    const st = stridesOf(this.shape);
    const build = (dim: number, off: number): unknown => {
      if (dim === this.shape.length) return conv(data[off]);
      const out: unknown[] = [];
      for (let i = 0; i < this.shape[dim]; i++) out.push(build(dim + 1, off + i * st[dim]));
      return out;
    };
    return build(0, 0);
  }
}

export function stridesOf(shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) { s[i] = acc; acc *= shape[i]; }
  return s;
}

/** Builds an array whose every element is produced by `f(flatIndex)`, coerced to `dtype`. */
export function fromFunction(dtype: DType, shape: readonly number[], f: (i: number) => number): NDArray {
  const n = shape.reduce((a, b) => a * b, 1);
  const data: Elem[] = new Array(n);
  for (let i = 0; i < n; i++) data[i] = coerce(dtype, f(i));
  return new NDArray(dtype, [...shape], data);
}

/**
 * numpy's `np.array(value, dtype)`: nested lists must be rectangular. Without a dtype, booleans
 * give bool, bytes/strings give bytes, integral numbers and bigints give int64, any other number
 * gives float64. JS cannot tell Python's `1.0` from `1`, so callers holding Python floats pass
 * `float64` (or the wanted dtype) explicitly.
 */
export function fromNested(value: Nested, dtype?: DType): NDArray {
  const shape: number[] = [];
  for (let v: Nested = value; Array.isArray(v); v = (v as readonly Nested[])[0]) {
    shape.push((v as readonly Nested[]).length);
    if ((v as readonly Nested[]).length === 0) break;
  }
  const leaves: Exclude<Nested, readonly Nested[]>[] = [];
  const walk = (v: Nested, dim: number): void => {
    if (dim === shape.length) {
      if (Array.isArray(v)) throw new RangeError("setting an array element with a sequence.");
      leaves.push(v as Exclude<Nested, readonly Nested[]>);
      return;
    }
    if (!Array.isArray(v) || v.length !== shape[dim]) {
      throw new RangeError("setting an array element with a sequence.");
    }
    for (const x of v as readonly Nested[]) walk(x, dim + 1);
  };
  walk(value, 0);
  const dt = dtype ?? inferDType(leaves);
  if (dt === "bytes") {
    return new NDArray(dt, shape, leaves.map((x) => toBytes(x)));
  }
  return new NDArray(dt, shape, leaves.map((x) => coerce(dt, toNumber(x))));
}

function inferDType(leaves: readonly Exclude<Nested, readonly Nested[]>[]): DType {
  if (leaves.length === 0) return "float64";
  if (leaves.some((x) => typeof x === "string" || x instanceof Uint8Array)) return "bytes";
  if (leaves.every((x) => typeof x === "boolean")) return "bool";
  if (leaves.every((x) => typeof x !== "number" || Number.isInteger(x))) return "int64";
  return "float64";
}

function toNumber(x: Exclude<Nested, readonly Nested[]>): number {
  if (typeof x === "number") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "bigint") return Number(x);
  throw new TypeError("could not convert bytes to a number");
}

function toBytes(x: Exclude<Nested, readonly Nested[]>): Uint8Array {
  if (x instanceof Uint8Array) return x;
  if (typeof x === "string") return new TextEncoder().encode(x);
  throw new TypeError("expected bytes or str in a bytes array");
}

/** A 0-d array holding one value. */
export function scalar(value: number | boolean | Uint8Array | string, dtype?: DType): NDArray {
  return fromNested(value, dtype);
}

export function asDType(name: string): DType {
  if (!isDType(name)) throw new TypeError(`data type '${name}' not understood`);
  return name;
}
