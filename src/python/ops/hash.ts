import { PyFloat, PySingleton, bytesType, typeName, type PyValue } from "../objects/base.js";
import { TypeError, pyErr } from "../objects/exceptions.js";
import { PyBytes, PySet, PyTuple } from "../objects/values.js";
import { callMethod } from "./call.js";

const P = (1n << 61n) - 1n;
const M64 = (1n << 64n) - 1n;

/** The Python hash of an int, as CPython's long_hash: the value modulo 2**61 - 1, keeping the sign. */
function intHash(n: number | bigint): number | bigint {
  if (typeof n === "number") return n === -1 ? -2 : n;
  const a = n < 0n ? -n : n;
  let h = a % P;
  if (n < 0n) h = -h;
  const r = Number.isSafeInteger(Number(h)) ? Number(h) : h;
  return r === -1 ? -2 : r;
}

/** CPython's _Py_HashDouble: equal to the int hash for integral floats. */
function floatHash(x: number): number | bigint {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 0 : x > 0 ? 314159 : -314159;
  if (Number.isInteger(x)) return intHash(Number.isSafeInteger(x) ? x : BigInt(x));
  let sign = 1n;
  let m = x;
  if (m < 0) {
    sign = -1n;
    m = -m;
  }
  let e = 0;
  while (m >= 1) {
    m /= 2;
    e++;
  }
  while (m < 0.5) {
    m *= 2;
    e--;
  }
  let h = 0n;
  while (m) {
    h = ((h << 28n) & P) | (h >> 33n);
    m *= 268435456;
    e -= 28;
    const y = Math.floor(m);
    m -= y;
    h += BigInt(y);
    if (h >= P) h -= P;
  }
  const ee = BigInt(e >= 0 ? e % 61 : 60 - ((-1 - e) % 61));
  h = ((h << ee) & P) | (h >> (61n - ee));
  h *= sign;
  const r = Number.isSafeInteger(Number(h)) ? Number(h) : h;
  return r === -1 ? -2 : r;
}

/**
 * CPython 3.11's str hash: SipHash-1-3 (Python/pyhash.c) over the string's PEP 393 buffer (one, two
 * or four little-endian bytes per code point, by its widest character), with the key of
 * PYTHONHASHSEED=0 (all zero bits). Real runs randomise the key; with this one a set of strs iterates
 * as under `PYTHONHASHSEED=0`. Memoised: the BigInt arithmetic is slow and the same strs recur.
 */
function strHash(s: string): number | bigint {
  let h = strHashes.get(s);
  if (h === undefined) {
    h = sipHash13(strBuffer(s));
    if (strHashes.size > 50000) strHashes.clear();
    strHashes.set(s, h);
  }
  return h;
}
const strHashes = new Map<string, number | bigint>();

function strBuffer(s: string): Uint8Array {
  const cps = Array.from(s, (c) => c.codePointAt(0)!);
  const max = cps.reduce((m, c) => (c > m ? c : m), 0);
  const width = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
  const out = new Uint8Array(cps.length * width);
  cps.forEach((c, i) => {
    for (let b = 0; b < width; b++) out[i * width + b] = (c >>> (8 * b)) & 0xff;
  });
  return out;
}

const rotl = (x: bigint, b: bigint) => ((x << b) | (x >> (64n - b))) & M64;

/** SipHash-1-3 with a zero key, as a signed 64-bit hash (0 for no bytes, never -1). */
function sipHash13(src: Uint8Array): number | bigint {
  if (src.length === 0) return 0;
  let v0 = 0x736f6d6570736575n;
  let v1 = 0x646f72616e646f6dn;
  let v2 = 0x6c7967656e657261n;
  let v3 = 0x7465646279746573n;
  const round = () => {
    v0 = (v0 + v1) & M64;
    v1 = rotl(v1, 13n) ^ v0;
    v0 = rotl(v0, 32n);
    v2 = (v2 + v3) & M64;
    v3 = rotl(v3, 16n) ^ v2;
    v0 = (v0 + v3) & M64;
    v3 = rotl(v3, 21n) ^ v0;
    v2 = (v2 + v1) & M64;
    v1 = rotl(v1, 17n) ^ v2;
    v2 = rotl(v2, 32n);
  };
  const word = (from: number, n: number) => {
    let m = 0n;
    for (let k = n - 1; k >= 0; k--) m = (m << 8n) | BigInt(src[from + k]!);
    return m;
  };
  const blocks = src.length >> 3;
  for (let i = 0; i < blocks; i++) {
    const m = word(i * 8, 8);
    v3 ^= m;
    round();
    v0 ^= m;
  }
  const b = ((BigInt(src.length) << 56n) | word(blocks * 8, src.length & 7)) & M64;
  v3 ^= b;
  round();
  v0 ^= b;
  v2 ^= 0xffn;
  round();
  round();
  round();
  const h = BigInt.asIntN(64, v0 ^ v1 ^ v2 ^ v3);
  if (h === -1n) return -2;
  return Number.isSafeInteger(Number(h)) ? Number(h) : h;
}

const X1 = 11400714785074694791n;
const X2 = 14029467366897019727n;
const X5 = 2870177450012600261n;

/** CPython 3.11's tuplehash (xxHash-derived), so `hash((1, 2))` prints what CPython prints. */
function tupleHash(items: readonly PyValue[]): number | bigint {
  let acc = X5;
  for (const it of items) {
    const lane = BigInt.asUintN(64, BigInt(pyHash(it)));
    acc = (acc + lane * X2) & M64;
    acc = ((acc << 31n) | (acc >> 33n)) & M64;
    acc = (acc * X1) & M64;
  }
  acc = (acc + (BigInt(items.length) ^ (X5 ^ 3527539n))) & M64;
  if (acc === M64) return 1546275796;
  const s = BigInt.asIntN(64, acc);
  return Number.isSafeInteger(Number(s)) ? Number(s) : s;
}

/** `hash(v)` exactly as Python returns it (TypeError for unhashable values). */
export function pyHash(v: PyValue): number | bigint {
  switch (typeof v) {
    case "number":
    case "bigint":
      return intHash(v);
    case "boolean":
      return v ? 1 : 0;
    case "string":
      return strHash(v);
  }
  if (v instanceof PyFloat) return floatHash(v.v);
  if (v instanceof PySingleton) return identityHash(v);
  const t = v.cls;
  if (t.builtin) {
    if (v instanceof PyTuple) return tupleHash(v.items);
    if (v instanceof PyBytes) return sipHash13(v.bytes);
  }
  const f = t.lookup("__hash__");
  // A bytes subclass that keeps bytes' __hash__ inherits its tp_hash slot: the bytes' own hash.
  if (v instanceof PyBytes && f !== undefined && f === bytesType.lookup("__hash__")) return sipHash13(v.bytes);
  if (f === undefined || f instanceof PySingleton) throw pyErr(TypeError, `unhashable type: '${typeName(v)}'`);
  if (v instanceof PySet && t.builtin) {
    let h = 0;
    for (const e of v.table.entries()) h ^= hashOf(e.k);
    return h;
  }
  const r = callMethod(f, v, []);
  if (typeof r === "number" || typeof r === "bigint") return intHash(r);
  if (typeof r === "boolean") return r ? 1 : 0;
  throw pyErr(TypeError, "__hash__ method should return an integer");
}

/** The hash as a JS number, for hash-table buckets. */
export function hashOf(v: PyValue): number {
  const h = pyHash(v);
  return typeof h === "number" ? h : Number(h);
}

const ids = new WeakMap<object, number>();
const primitiveIds = new Map<unknown, number>();
let nextId = 1;

/** A stable per-object number standing in for CPython's address (id(), default hash and reprs). */
export function identity(o: unknown): number {
  const isObj = typeof o === "object" && o !== null;
  let n = isObj ? ids.get(o) : primitiveIds.get(o);
  if (n === undefined) {
    n = 0x7f0000001000 + 16 * nextId++;
    if (isObj) ids.set(o, n);
    else primitiveIds.set(o, n);
  }
  return n;
}

/** object.__hash__: CPython derives it from the address (id >> 4). */
export function identityHash(o: object): number {
  return Math.floor(identity(o) / 16);
}
