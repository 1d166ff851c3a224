/**
 * The allowed-type lists of op registrations, in the order TF stores them: explicit `{...}` lists in
 * the order written, `numbertype`/`realnumbertype` in DataType enum order (a DataTypeSet bitmask,
 * tensorflow/core/framework/types.h 280-292). Messages list them in exactly this order.
 */
import * as d from "../dtypes.js";

/** kNumberTypes, iterated in enum order. */
export const NUMBER_TYPES = [
  d.float32, d.float64, d.int32, d.uint8, d.int16, d.int8, d.complex64, d.int64, d.qint8, d.quint8,
  d.qint32, d.bfloat16, d.uint16, d.complex128, d.float16, d.uint32, d.uint64,
];

/** kRealNumberTypes, iterated in enum order. */
export const REAL_NUMBER_TYPES = [
  d.float32, d.float64, d.int32, d.uint8, d.int16, d.int8, d.int64, d.bfloat16, d.uint16, d.float16,
  d.uint32, d.uint64,
];

/** math_ops.cc BINARY_MORE (Sub, Mul, RealDiv, FloorDiv). */
export const BINARY_MORE = [
  d.bfloat16, d.float16, d.float32, d.float64, d.uint8, d.int8, d.uint16, d.int16, d.int32, d.int64,
  d.complex64, d.complex128,
];

/** math_ops.cc `Add` (AddV2 is the same without string). */
export const ADD_TYPES = [
  d.bfloat16, d.float16, d.float32, d.float64, d.uint8, d.int8, d.int16, d.int32, d.int64, d.complex64,
  d.complex128, d.string,
];
export const ADDV2_TYPES = ADD_TYPES.slice(0, -1);

/** math_ops.cc UNARY (Neg, Square...). */
export const UNARY_TYPES = [d.bfloat16, d.float16, d.float32, d.float64, d.int32, d.int64, d.complex64, d.complex128];
/** math_ops.cc UNARY_COMPLEX (Sqrt, Exp, Log, Tanh, Sigmoid...). */
export const UNARY_COMPLEX_TYPES = [d.bfloat16, d.float16, d.float32, d.float64, d.complex64, d.complex128];
/** math_ops.cc Maximum / Minimum. */
export const MAX_MIN_TYPES = [d.bfloat16, d.float16, d.float32, d.float64, d.int32, d.int64];
/** math_ops.cc EQUALITY_COMPARISON (Equal, NotEqual). */
export const EQUALITY_TYPES = [
  d.bfloat16, d.float16, d.float32, d.float64, d.uint8, d.int8, d.int16, d.int32, d.int64, d.complex64,
  d.quint8, d.qint8, d.qint32, d.string, d.bool, d.complex128,
];
/** `{int32, int64}`, the usual index type constraint. */
export const INDEX_TYPES = [d.int32, d.int64];
/** `{half, bfloat16, float, double}`, the usual float constraint of nn ops. */
export const FLOAT_TYPES = [d.float16, d.bfloat16, d.float32, d.float64];
