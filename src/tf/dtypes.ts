/**
 * TF element types (tensorflow/python/framework/dtypes.py). Each DType is interned, so `===` is
 * identity and equality at once; ref types (`float32_ref`) are their base enum + 100, as in
 * tensorflow/core/framework/types.proto.
 */
import { tfError } from "./errors.js";
import { M, pyStrRepr } from "./messages.js";

type Kind = "float" | "int" | "uint" | "complex" | "bool" | "string" | "quantized" | "opaque";

/** One TF element type. Obtain instances from the exported constants or `asDType`, never `new`. */
export class DType {
  /** @internal */ _ref: DType | undefined;
  /** @internal */ _base: DType | undefined;

  /** @internal */
  constructor(
    /** The `types_pb2.DataType` enum value (ref types are > 100). */
    readonly enumValue: number,
    /** TF's name, e.g. `float32`, `int32_ref`. */
    readonly name: string,
    /** @internal */ readonly kind: Kind,
    /** Bytes per element (1 for resource and variant, as `DType.size` says). */
    readonly size: number,
  ) {}

  get isRef(): boolean {
    return this.enumValue > 100;
  }
  /** The non-ref type (`float32_ref` → `float32`). */
  get baseDtype(): DType {
    return this._base ?? this;
  }
  /** The ref type (`float32` → `float32_ref`). */
  get asRef(): DType {
    return this._ref ?? this;
  }
  get isFloating(): boolean {
    return this.kind === "float";
  }
  /** dtypes.py `is_integer`: signed and unsigned, not quantized. */
  get isInteger(): boolean {
    return this.kind === "int" || this.kind === "uint";
  }
  /** dtypes.py `is_unsigned`: `min == 0`, which holds for the uint types only. */
  get isUnsigned(): boolean {
    return this.kind === "uint";
  }
  get isBool(): boolean {
    return this.kind === "bool";
  }
  get isComplex(): boolean {
    return this.kind === "complex";
  }
  get isQuantized(): boolean {
    return this.kind === "quantized";
  }
  get isNumpyCompatible(): boolean {
    return this.kind !== "opaque";
  }
  /** dtypes.py `is_compatible_with`: `other` (or its base type) is this very type. */
  isCompatibleWith(other: DType): boolean {
    return this === other || this === other.baseDtype;
  }
  /** `str(dtype)`: `<dtype: 'float32'>`. */
  toString(): string {
    return `<dtype: '${this.name}'>`;
  }
  /** `repr(dtype)`: `tf.float32`. */
  repr(): string {
    return `tf.${this.name}`;
  }
}

const byName = new Map<string, DType>();
const byEnum = new Map<number, DType>();

function define(enumValue: number, name: string, kind: Kind, size: number): DType {
  const base = new DType(enumValue, name, kind, size);
  const ref = new DType(enumValue + 100, `${name}_ref`, kind, size);
  base._ref = ref;
  ref._base = base;
  for (const d of [base, ref]) {
    byName.set(d.name, d);
    byEnum.set(d.enumValue, d);
  }
  return base;
}

export const float32 = define(1, "float32", "float", 4);
export const float64 = define(2, "float64", "float", 8);
export const int32 = define(3, "int32", "int", 4);
export const uint8 = define(4, "uint8", "uint", 1);
export const int16 = define(5, "int16", "int", 2);
export const int8 = define(6, "int8", "int", 1);
export const string = define(7, "string", "string", 8);
export const complex64 = define(8, "complex64", "complex", 8);
export const int64 = define(9, "int64", "int", 8);
export const bool = define(10, "bool", "bool", 1);
export const qint8 = define(11, "qint8", "quantized", 1);
export const quint8 = define(12, "quint8", "quantized", 1);
export const qint32 = define(13, "qint32", "quantized", 4);
// bfloat16 is floating although numpy does not know it (dtypes.py `is_floating`).
export const bfloat16 = define(14, "bfloat16", "float", 2);
export const qint16 = define(15, "qint16", "quantized", 2);
export const quint16 = define(16, "quint16", "quantized", 2);
export const uint16 = define(17, "uint16", "uint", 2);
export const complex128 = define(18, "complex128", "complex", 16);
export const float16 = define(19, "float16", "float", 2);
export const resource = define(20, "resource", "opaque", 1);
export const variant = define(21, "variant", "opaque", 1);
export const uint32 = define(22, "uint32", "uint", 4);
export const uint64 = define(23, "uint64", "uint", 8);

// Aliases accepted by as_dtype (dtypes.py _STRING_TO_TF).
for (const [alias, d] of [
  ["half", float16],
  ["float", float32],
  ["double", float64],
] as const) {
  byName.set(alias, d);
  byName.set(`${alias}_ref`, d.asRef);
}

/** Every base (non-ref) DType, in enum order. */
export const ALL_DTYPES: readonly DType[] = [...byEnum.values()].filter((d) => !d.isRef);

/** `tf.as_dtype` for a DType, a TF type name (`"float32"`, `"float"`, `"int32_ref"`) or an enum value. */
export function asDType(value: DType | string | number): DType {
  if (value instanceof DType) return value;
  const d = typeof value === "string" ? byName.get(value) : byEnum.get(value);
  if (d === undefined) {
    throw tfError(M.cannotConvertDtype, typeof value === "string" ? pyStrRepr(value) : String(value));
  }
  return d;
}

/** The DType named `name`, or undefined. */
export function dtypeByName(name: string): DType | undefined {
  return byName.get(name);
}
