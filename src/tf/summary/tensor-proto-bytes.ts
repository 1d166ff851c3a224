/**
 * A tensor as the TensorProto bytes TensorSummaryV2 writes (tensor.cc AsProtoField for strings,
 * AsProtoTensorContent for the rest; tensor.proto, tensor_shape.proto): dtype (1), tensor_shape (2,
 * always set: one `dim { size }` per dimension), then string_val (8) or tensor_content (4, the
 * little-endian bytes of the elements).
 */
import type { NDArray } from "../../numpy/ndarray.js";
import type { DType } from "../dtypes.js";
import { Unsupported } from "../errors.js";
import { ProtoWriter } from "./proto-wire.js";

/** Element writers for tensor_content, by numpy dtype. */
const CONTENT: Readonly<Record<string, [number, (v: DataView, at: number, x: number) => void]>> = {
  float32: [4, (v, at, x) => v.setFloat32(at, x, true)],
  float64: [8, (v, at, x) => v.setFloat64(at, x, true)],
  int32: [4, (v, at, x) => v.setInt32(at, x, true)],
  uint32: [4, (v, at, x) => v.setUint32(at, x, true)],
  int16: [2, (v, at, x) => v.setInt16(at, x, true)],
  uint16: [2, (v, at, x) => v.setUint16(at, x, true)],
  int8: [1, (v, at, x) => v.setInt8(at, x)],
  uint8: [1, (v, at, x) => v.setUint8(at, x)],
  bool: [1, (v, at, x) => v.setUint8(at, x ? 1 : 0)],
  int64: [8, (v, at, x) => v.setBigInt64(at, BigInt(x), true)],
  uint64: [8, (v, at, x) => v.setBigUint64(at, BigInt(x), true)],
};

/** TensorProto bytes of `t`, whose TF dtype is `dtype`. */
export function tensorProto(t: NDArray, dtype: DType): Uint8Array {
  const shape = new ProtoWriter();
  for (const n of t.shape) shape.message(2, new ProtoWriter().int(1, n));
  const p = new ProtoWriter().int(1, dtype.baseDtype.enumValue).message(2, shape);
  if (t.dtype === "bytes") {
    for (const s of t.data as Uint8Array[]) p.bytes(8, s, true);
    return p.finish();
  }
  const enc = CONTENT[t.dtype];
  if (enc === undefined) throw new Unsupported(`tf.summary.tensor_summary of a ${dtype.name} tensor`);
  const [size, put] = enc;
  const buf = new Uint8Array(size * t.size);
  const view = new DataView(buf.buffer);
  t.numbers().forEach((x, i) => put(view, i * size, x));
  return p.bytes(4, buf).finish();
}
