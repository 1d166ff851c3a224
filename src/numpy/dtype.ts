/**
 * numpy dtypes as tfscope models them (numpy 1.17, the version TF 1.15 installs).
 * `bytes` stands for TF string tensors, which `Session.run` returns as numpy object arrays of bytes.
 */
export type DType =
  | "bool"
  | "int8" | "int16" | "int32" | "int64"
  | "uint8" | "uint16" | "uint32" | "uint64"
  | "float16" | "float32" | "float64"
  | "bytes";

export type Kind = "b" | "i" | "u" | "f" | "S";

interface Info { kind: Kind; bits: number }

const INFO: Record<DType, Info> = {
  bool: { kind: "b", bits: 8 },
  int8: { kind: "i", bits: 8 }, int16: { kind: "i", bits: 16 },
  int32: { kind: "i", bits: 32 }, int64: { kind: "i", bits: 64 },
  uint8: { kind: "u", bits: 8 }, uint16: { kind: "u", bits: 16 },
  uint32: { kind: "u", bits: 32 }, uint64: { kind: "u", bits: 64 },
  float16: { kind: "f", bits: 16 }, float32: { kind: "f", bits: 32 }, float64: { kind: "f", bits: 64 },
  bytes: { kind: "S", bits: 0 },
};

export const DTYPES = Object.keys(INFO) as DType[];

export function isDType(name: string): name is DType {
  return Object.prototype.hasOwnProperty.call(INFO, name);
}

export function kindOf(d: DType): Kind { return INFO[d].kind; }
export function bitsOf(d: DType): number { return INFO[d].bits; }
export function isFloat(d: DType): boolean { return INFO[d].kind === "f"; }
export function isInteger(d: DType): boolean { return INFO[d].kind === "i" || INFO[d].kind === "u"; }

/**
 * numpy's `np.result_type` for two array dtypes (numpy's safe-casting lattice):
 * bool < ints < floats; mixing signed and unsigned widens to the next signed size
 * (uint64 with any signed int goes to float64, as numpy does).
 */
export function promote(a: DType, b: DType): DType {
  if (a === b) return a;
  const ia = INFO[a], ib = INFO[b];
  if (ia.kind === "S" || ib.kind === "S") throw new TypeError(`no common dtype for ${a} and ${b}`);
  if (ia.kind === "b") return b;
  if (ib.kind === "b") return a;
  if (ia.kind === "f" || ib.kind === "f") {
    const intBits = (i: Info) => (i.kind === "f" ? i.bits : i.bits <= 8 ? 16 : i.bits <= 16 ? 32 : 64);
    return floatOf(Math.max(intBits(ia), intBits(ib)));
  }
  if (ia.kind === ib.kind) return intOf(ia.kind, Math.max(ia.bits, ib.bits));
  const [s, u] = ia.kind === "i" ? [ia, ib] : [ib, ia];
  if (u.bits < s.bits) return intOf("i", s.bits);
  if (u.bits === 64) return "float64";
  return intOf("i", u.bits * 2);
}

function floatOf(bits: number): DType {
  return bits <= 16 ? "float16" : bits <= 32 ? "float32" : "float64";
}

function intOf(kind: Kind, bits: number): DType {
  return `${kind === "u" ? "uint" : "int"}${bits}` as DType;
}

const f32 = new Float32Array(1);

/** Rounds to nearest-even IEEE half precision (numpy's float16). */
export function toFloat16(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const a = Math.abs(x);
  if (a >= 65520) return x > 0 ? Infinity : -Infinity;
  // Spacing of float16 values near |x|: 2^(e-10) for normals, 2^-24 for subnormals.
  const e = Math.max(Math.floor(Math.log2(a)), -14);
  const ulp = 2 ** (e - 10);
  let q = a / ulp;
  const fl = Math.floor(q);
  const rem = q - fl;
  q = rem > 0.5 || (rem === 0.5 && fl % 2 === 1) ? fl + 1 : fl;
  return Math.sign(x) * q * ulp;
}

/**
 * Converts a JS number to the value the dtype can hold: floats round to their precision,
 * integers wrap modulo 2^bits as numpy's C casts do (int64/uint64 are limited to JS double precision).
 */
export function coerce(d: DType, x: number): number {
  switch (d) {
    case "float64": return x;
    case "float32": f32[0] = x; return f32[0];
    case "float16": return toFloat16(x);
    case "bool": return x !== 0 && !Number.isNaN(x) ? 1 : 0;
    case "bytes": throw new TypeError("cannot store a number in a bytes array");
    default: {
      const t = Math.trunc(x);
      if (!Number.isFinite(t)) return d.startsWith("u") ? 0 : -(2 ** (bitsOf(d) - 1));
      const bits = bitsOf(d);
      if (bits === 64) return t === 0 ? 0 : t;
      const m = 2 ** bits;
      let r = ((t % m) + m) % m;
      if (d.startsWith("int") && r >= m / 2) r -= m;
      return r;
    }
  }
}

/** A Python scalar operand as numpy 1.x sees it in mixed scalar/array arithmetic. */
export type PyScalar = { kind: "bool"; value: boolean } | { kind: "int"; value: number } | { kind: "float"; value: number };

const CATEGORY: Record<Kind, number> = { b: 0, i: 1, u: 1, f: 2, S: 3 };

/** numpy's `min_scalar_type` for a Python scalar: the smallest dtype holding the value. */
export function minScalarType(s: PyScalar): DType {
  if (s.kind === "bool") return "bool";
  if (s.kind === "float") {
    const a = Math.abs(s.value);
    return !Number.isFinite(a) || a < 65000 ? "float16" : a < 3.4e38 ? "float32" : "float64";
  }
  const v = s.value;
  if (v >= 0) return v < 256 ? "uint8" : v < 65536 ? "uint16" : v < 2 ** 32 ? "uint32" : "uint64";
  return v >= -128 ? "int8" : v >= -32768 ? "int16" : v >= -(2 ** 31) ? "int32" : "int64";
}

/**
 * numpy 1.17's result type of `array <op> python_scalar` (value-based casting): when the scalar's
 * kind is not above the array's, its value picks the smallest fitting type (so float32 * 2.0 stays
 * float32 and int8 + 1000 gives int16); otherwise the scalar counts as its default type (int64/float64).
 */
export function resultTypeWithScalar(array: DType, s: PyScalar): DType {
  const scalarDefault: DType = s.kind === "bool" ? "bool" : s.kind === "int" ? "int64" : "float64";
  if (CATEGORY[kindOf(scalarDefault)] > CATEGORY[kindOf(array)]) return promote(array, scalarDefault);
  let min = minScalarType(s);
  // numpy's "small unsigned" rule: a positive value that also fits the signed type of the same size
  // promotes with signed arrays as that signed type.
  if (s.kind === "int" && kindOf(min) === "u" && kindOf(array) === "i" && s.value < 2 ** (bitsOf(min) - 1)) min = intOf("i", bitsOf(min));
  return promote(array, min);
}

// multiarray/convert_datatype.c dtype_kind_to_ordering: b < u < i < f.
const KIND_ORDER: Record<string, number> = { b: 0, u: 1, i: 2, f: 4 };

/**
 * `np.can_cast(from, to, 'same_kind')` (PyArray_CanCastTypeTo): a safe cast (the pair promotes to
 * `to`), or a cast to a kind no lower than `from`'s (float64 to float32, uint64 to int8).
 */
export function canCastSameKind(from: DType, to: DType): boolean {
  if (from === "bytes" || to === "bytes") return from === to;
  return promote(from, to) === to || KIND_ORDER[INFO[from].kind]! <= KIND_ORDER[INFO[to].kind]!;
}
