/**
 * The parsing kernels' reading of serialized tf.train.Example protos (tensorflow/core/example/
 * example.proto, feature.proto) as example_proto_fast_parsing.cc FastParseSingleExample and
 * FastParseExample read them, for fixed-length dense features and VarLenFeatures: the last map
 * entry of a key wins, a Feature with no kind is skipped, and the errors are TF's InvalidArgument
 * texts. Variable-length dense features (FixedLenSequenceFeature) are not built (the shim refuses them).
 */
import { NDArray } from "../../numpy/ndarray.js";

/** A feature's element type as the arrays hold it: BytesList, FloatList, Int64List. */
export type FeatureDtype = "bytes" | "float32" | "int64";
import { TFError, Unsupported } from "../errors.js";

export type FeatureValues =
  | { readonly dtype: "bytes"; readonly values: Uint8Array[] }
  | { readonly dtype: "float32"; readonly values: number[] }
  | { readonly dtype: "int64"; readonly values: number[] }
  | { readonly dtype: null };

class Malformed extends Error {}

class Reader {
  pos = 0;
  constructor(readonly b: Uint8Array, readonly end = b.length) {}
  get done(): boolean {
    return this.pos >= this.end;
  }
  varint(): bigint {
    let v = 0n, shift = 0n;
    for (;;) {
      if (this.pos >= this.end || shift > 63n) throw new Malformed();
      const c = this.b[this.pos++]!;
      v |= BigInt(c & 0x7f) << shift;
      if ((c & 0x80) === 0) return v & 0xffffffffffffffffn;
      shift += 7n;
    }
  }
  bytes(): Uint8Array {
    const n = Number(this.varint());
    if (this.pos + n > this.end) throw new Malformed();
    const out = this.b.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
  skip(wire: number): void {
    if (wire === 0) this.varint();
    else if (wire === 1) this.pos += 8;
    else if (wire === 2) this.bytes();
    else if (wire === 5) this.pos += 4;
    else throw new Malformed();
    if (this.pos > this.end) throw new Malformed();
  }
}

function fields(b: Uint8Array, visit: (field: number, wire: number, r: Reader) => void): void {
  const r = new Reader(b);
  while (!r.done) {
    const tag = Number(r.varint());
    const field = tag >>> 3, wire = tag & 7;
    if (field === 0) throw new Malformed();
    const before = r.pos;
    visit(field, wire, r);
    if (r.pos === before) r.skip(wire);
  }
}

function int64Of(v: bigint): number {
  const s = BigInt.asIntN(64, v);
  if (s > BigInt(Number.MAX_SAFE_INTEGER) || s < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new Unsupported("an Int64List value beyond 2**53 (tfscope's int64 tensors are doubles)");
  }
  return Number(s);
}

function parseFeature(b: Uint8Array): FeatureValues {
  // parsed::Feature::ParseDataType: the first field's tag names the kind.
  let out: FeatureValues = { dtype: null };
  fields(b, (field, wire, r) => {
    if (wire !== 2 || field < 1 || field > 3) throw new Malformed();
    const list = r.bytes();
    if (field === 1) {
      const values: Uint8Array[] = [];
      fields(list, (f, w, lr) => {
        if (f === 1 && w === 2) values.push(lr.bytes().slice());
      });
      out = { dtype: "bytes", values };
    } else if (field === 2) {
      const values: number[] = [];
      const dv = new DataView(list.buffer, list.byteOffset, list.byteLength);
      fields(list, (f, w, lr) => {
        if (f !== 1) return;
        if (w === 2) {
          const packed = lr.bytes();
          if (packed.length % 4 !== 0) throw new Malformed();
          const pv = new DataView(packed.buffer, packed.byteOffset, packed.byteLength);
          for (let i = 0; i < packed.length; i += 4) values.push(pv.getFloat32(i, true));
        } else if (w === 5) {
          if (lr.pos + 4 > list.length) throw new Malformed();
          values.push(dv.getFloat32(lr.pos, true));
          lr.pos += 4;
        }
      });
      out = { dtype: "float32", values };
    } else {
      const values: number[] = [];
      fields(list, (f, w, lr) => {
        if (f !== 1) return;
        if (w === 2) {
          const inner = new Reader(lr.bytes());
          while (!inner.done) values.push(int64Of(inner.varint()));
        } else if (w === 0) values.push(int64Of(lr.varint()));
      });
      out = { dtype: "int64", values };
    }
  });
  return out;
}

/** An Example's features in wire order (map entries as written), or null when it does not parse. */
export function parseExampleProto(b: Uint8Array): [string, FeatureValues][] | null {
  const out: [string, FeatureValues][] = [];
  const decoder = new TextDecoder();
  try {
    fields(b, (field, wire, r) => {
      if (field !== 1) return;
      if (wire !== 2) throw new Malformed();
      fields(r.bytes(), (f, w, fr) => {
        if (f !== 1) return;
        if (w !== 2) throw new Malformed();
        let key = "", value: FeatureValues = { dtype: null };
        fields(fr.bytes(), (ef, ew, er) => {
          if (ew !== 2) return;
          if (ef === 1) key = decoder.decode(er.bytes());
          else if (ef === 2) value = parseFeature(er.bytes());
        });
        out.push([key, value]);
      });
    });
  } catch (e) {
    if (e instanceof Malformed) return null;
    throw e;
  }
  return out;
}

/** One feature the op asks for: its key, dtype, and for a dense one its shape and default. */
export interface DenseConfig {
  readonly key: string;
  readonly dtype: FeatureDtype;
  readonly shape: readonly number[];
  readonly defaultValue: NDArray;
}

export interface SparseConfig {
  readonly key: string;
  readonly dtype: FeatureDtype;
}

/** DataTypeString. */
const typeName = (t: FeatureDtype): string => (t === "float32" ? "float" : t === "bytes" ? "string" : t);
/** The shape_error's type_str. */
const listName = (t: FeatureDtype): string => (t === "float32" ? "float" : t);
const shapeDebug = (s: readonly number[]): string => `[${s.join(",")}]`;

export interface ParsedExample {
  readonly dense: NDArray[];
  /** Per sparse feature: its values (in order) and their dtype. */
  readonly sparse: { values: (number | Uint8Array)[] }[];
}

/**
 * One Example as FastParseSingleExample (`batchIndex` null) or FastParseExample's per-example step
 * (`batchIndex` its index; errors then name the example as "<unknown>").
 */
export function parseOneExample(serialized: Uint8Array, dense: readonly DenseConfig[], sparse: readonly SparseConfig[],
  batchIndex: number | null): ParsedExample {
  const entries = parseExampleProto(serialized);
  if (entries === null) {
    throw new Unsupported("parsing bytes that are no tf.train.Example (TF's InvalidArgumentError quotes the raw bytes)");
  }
  const prefix = (key: string) => (batchIndex === null ? `Key: ${key}.  ` : `Name: <unknown>, Key: ${key}, Index: ${batchIndex}.  `);
  const err = (key: string, suffix: string) => new TFError("InvalidArgumentError", prefix(key) + suffix);
  const denseOut: (NDArray | null)[] = dense.map(() => null);
  const sparseOut: ({ values: (number | Uint8Array)[] } | null)[] = sparse.map(() => null);
  for (let i = entries.length - 1; i >= 0; i--) {
    const [key, feature] = entries[i]!;
    const d = dense.findIndex((c) => c.key === key);
    const s = d < 0 ? sparse.findIndex((c) => c.key === key) : -1;
    if (d < 0 && s < 0) continue;
    if (feature.dtype === null) continue;
    if (d >= 0) {
      const c = dense[d]!;
      if (denseOut[d] !== null) continue;
      if (feature.dtype !== c.dtype) {
        throw err(key, `Data types don't match. Data type: ${typeName(feature.dtype)} but expected type: ${typeName(c.dtype)}`);
      }
      const n = c.shape.reduce((p, x) => p * x, 1);
      if (feature.values.length !== n) {
        if (batchIndex === null) throw err(key, "Can't parse serialized Example.");
        throw err(key, `Number of ${listName(feature.dtype)} values != expected.  Values size: ${feature.values.length} but output shape: ${shapeDebug(c.shape)}`);
      }
      denseOut[d] = new NDArray(c.dtype, [...c.shape], [...feature.values]);
    } else {
      const c = sparse[s]!;
      if (sparseOut[s] !== null) continue;
      if (feature.dtype !== c.dtype) {
        throw err(key, `Data types don't match. Expected type: ${typeName(c.dtype)}, Actual type: ${typeName(feature.dtype)}`);
      }
      sparseOut[s] = { values: [...feature.values] };
    }
  }
  return {
    dense: denseOut.map((v, d) => {
      if (v !== null) return v;
      const c = dense[d]!;
      if (c.defaultValue.size === 0) {
        const where = batchIndex === null ? "" : "Name: <unknown>, ";
        throw new TFError("InvalidArgumentError", `${where}Feature: ${c.key} (data type: ${typeName(c.dtype)}) is required but could not be found.`);
      }
      return c.defaultValue;
    }),
    sparse: sparseOut.map((v) => v ?? { values: [] }),
  };
}
