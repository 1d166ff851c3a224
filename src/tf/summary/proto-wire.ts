/**
 * The protocol-buffer wire format as TF's C++ serializes the summary messages (protobuf 3.8, proto3):
 * fields in field-number order, scalar fields at their default (0, "", empty bytes) left out, a
 * submessage that is set written even when empty, packed repeated doubles. Only what the summary
 * kernels write and read (tensorflow/core/framework/summary.proto, tensor.proto, tensor_shape.proto).
 */

/** Builds one message's bytes. */
export class ProtoWriter {
  private readonly parts: number[] = [];

  private varint(v: number): void {
    // Non-negative values below 2^53 (field keys, lengths, enum and int64 sizes).
    let x = v;
    while (x >= 0x80) {
      this.parts.push((x % 0x80) | 0x80);
      x = Math.floor(x / 0x80);
    }
    this.parts.push(x);
  }

  private key(field: number, wire: number): void {
    this.varint(field * 8 + wire);
  }

  /** An int32/int64/enum field (proto3: 0 is not written). */
  int(field: number, v: number): this {
    if (v === 0) return this;
    if (v < 0) throw new RangeError("negative varint");
    this.key(field, 0);
    this.varint(v);
    return this;
  }

  /** A float field; `always` for a oneof member (present even at 0). */
  float(field: number, v: number, always = false): this {
    if (v === 0 && !always) return this;
    const b = new Uint8Array(4);
    new DataView(b.buffer).setFloat32(0, v, true);
    this.key(field, 5);
    this.parts.push(...b);
    return this;
  }

  /** A double field (proto3: `!= 0` decides, so -0.0 is left out as protobuf 3.8's generated code does). */
  double(field: number, v: number): this {
    if (v === 0) return this;
    this.key(field, 1);
    this.parts.push(...doubleBytes(v));
    return this;
  }

  /** A packed `repeated double` field. */
  packedDoubles(field: number, vs: readonly number[]): this {
    if (vs.length === 0) return this;
    this.key(field, 2);
    this.varint(vs.length * 8);
    for (const v of vs) this.parts.push(...doubleBytes(v));
    return this;
  }

  /** A string/bytes field (proto3: empty is not written unless `always`: a repeated element). */
  bytes(field: number, v: Uint8Array | string, always = false): this {
    const b = typeof v === "string" ? new TextEncoder().encode(v) : v;
    if (b.length === 0 && !always) return this;
    this.key(field, 2);
    this.varint(b.length);
    for (const x of b) this.parts.push(x);
    return this;
  }

  /** A submessage field that is set (written even when empty). */
  message(field: number, m: ProtoWriter | Uint8Array): this {
    return this.bytes(field, m instanceof ProtoWriter ? m.finish() : m, true);
  }

  finish(): Uint8Array {
    return Uint8Array.from(this.parts);
  }
}

function doubleBytes(v: number): Uint8Array {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setFloat64(0, v, true);
  return b;
}

/** One field as read off the wire. */
export interface WireField {
  readonly field: number;
  readonly wire: number;
  /** The varint's value (wire 0). */
  readonly int?: number;
  /** The field's bytes (wire 1, 2, 5). */
  readonly bytes?: Uint8Array;
}

/** The fields of one message in wire order; null when the bytes are not a valid message. */
export function readFields(b: Uint8Array): WireField[] | null {
  const out: WireField[] = [];
  let i = 0;
  const varint = (): number | null => {
    let x = 0;
    let mul = 1;
    for (let n = 0; n < 10; n++) {
      if (i >= b.length) return null;
      const c = b[i++]!;
      x += (c & 0x7f) * mul;
      mul *= 0x80;
      if ((c & 0x80) === 0) return x;
    }
    return null;
  };
  while (i < b.length) {
    const k = varint();
    if (k === null) return null;
    const field = Math.floor(k / 8);
    const wire = k % 8;
    if (field === 0) return null;
    if (wire === 0) {
      const v = varint();
      if (v === null) return null;
      out.push({ field, wire, int: v });
    } else if (wire === 1 || wire === 5) {
      const n = wire === 1 ? 8 : 4;
      if (i + n > b.length) return null;
      out.push({ field, wire, bytes: b.subarray(i, i + n) });
      i += n;
    } else if (wire === 2) {
      const n = varint();
      if (n === null || i + n > b.length) return null;
      out.push({ field, wire, bytes: b.subarray(i, i + n) });
      i += n;
    } else {
      return null;
    }
  }
  return out;
}
