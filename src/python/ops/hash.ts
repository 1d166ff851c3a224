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
  let max = 0;
  let count = 0;
  for (let i = 0; i < s.length; count++) {
    const c = s.codePointAt(i)!;
    if (c > max) max = c;
    i += c > 0xffff ? 2 : 1;
  }
  const width = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
  const out = new Uint8Array(count * width);
  if (width === 1) {
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  }
  for (let i = 0, k = 0; i < s.length; k += width) {
    const c = s.codePointAt(i)!;
    for (let b = 0; b < width; b++) out[k + b] = (c >>> (8 * b)) & 0xff;
    i += c > 0xffff ? 2 : 1;
  }
  return out;
}

/** The little-endian 32-bit word of up to 4 bytes of `src` from `at` (only bytes before `end`). */
function word32(src: Uint8Array, at: number, end: number): number {
  let w = 0;
  for (let k = Math.min(at + 4, end) - 1; k >= at; k--) w = (w << 8) | src[k]!;
  return w >>> 0;
}

/**
 * SipHash-1-3 with a zero key (Python/pyhash.c), as a signed 64-bit hash (0 for no bytes, never -1).
 * Each 64-bit word is a pair of unsigned 32-bit halves in locals: BigInt arithmetic was ~10x slower,
 * and `import tensorflow` alone hashes thousands of strs.
 */
function sipHash13(src: Uint8Array): number | bigint {
  const n = src.length;
  if (n === 0) return 0;
  // The key is zero, so the state starts as the constants "somepseudorandomlygeneratedbytes".
  let v0h = 0x736f6d65, v0l = 0x70736575, v1h = 0x646f7261, v1l = 0x6e646f6d;
  let v2h = 0x6c796765, v2l = 0x6e657261, v3h = 0x74656462, v3l = 0x79746573;
  let h: number, l: number;
  const blocks = n >> 3;
  // One SipRound per step: a compression round per 8-byte block, one for the last word (the remaining
  // bytes with the length's low byte on top), then three finalisation rounds.
  for (let i = 0; i < blocks + 4; i++) {
    let mh = 0, ml = 0;
    if (i < blocks) {
      ml = word32(src, i * 8, n);
      mh = word32(src, i * 8 + 4, n);
    } else if (i === blocks) {
      ml = word32(src, blocks * 8, n);
      mh = (word32(src, blocks * 8 + 4, n) | ((n & 0xff) << 24)) >>> 0;
    } else if (i === blocks + 1) v2l = (v2l ^ 0xff) >>> 0;
    v3h = (v3h ^ mh) >>> 0;
    v3l = (v3l ^ ml) >>> 0;
    // v0 += v1; v1 = rotl(v1, 13) ^ v0; v0 = rotl(v0, 32)
    l = (v0l + v1l) >>> 0;
    v0h = (v0h + v1h + (l < v0l ? 1 : 0)) >>> 0;
    v0l = l;
    h = ((v1h << 13) | (v1l >>> 19)) >>> 0;
    l = ((v1l << 13) | (v1h >>> 19)) >>> 0;
    v1h = (h ^ v0h) >>> 0;
    v1l = (l ^ v0l) >>> 0;
    h = v0h;
    v0h = v0l;
    v0l = h;
    // v2 += v3; v3 = rotl(v3, 16) ^ v2
    l = (v2l + v3l) >>> 0;
    v2h = (v2h + v3h + (l < v2l ? 1 : 0)) >>> 0;
    v2l = l;
    h = ((v3h << 16) | (v3l >>> 16)) >>> 0;
    l = ((v3l << 16) | (v3h >>> 16)) >>> 0;
    v3h = (h ^ v2h) >>> 0;
    v3l = (l ^ v2l) >>> 0;
    // v0 += v3; v3 = rotl(v3, 21) ^ v0
    l = (v0l + v3l) >>> 0;
    v0h = (v0h + v3h + (l < v0l ? 1 : 0)) >>> 0;
    v0l = l;
    h = ((v3h << 21) | (v3l >>> 11)) >>> 0;
    l = ((v3l << 21) | (v3h >>> 11)) >>> 0;
    v3h = (h ^ v0h) >>> 0;
    v3l = (l ^ v0l) >>> 0;
    // v2 += v1; v1 = rotl(v1, 17) ^ v2; v2 = rotl(v2, 32)
    l = (v2l + v1l) >>> 0;
    v2h = (v2h + v1h + (l < v2l ? 1 : 0)) >>> 0;
    v2l = l;
    h = ((v1h << 17) | (v1l >>> 15)) >>> 0;
    l = ((v1l << 17) | (v1h >>> 15)) >>> 0;
    v1h = (h ^ v2h) >>> 0;
    v1l = (l ^ v2l) >>> 0;
    h = v2h;
    v2h = v2l;
    v2l = h;
    v0h = (v0h ^ mh) >>> 0;
    v0l = (v0l ^ ml) >>> 0;
  }
  const hh = (v0h ^ v1h ^ v2h ^ v3h) | 0;
  const hl = (v0l ^ v1l ^ v2l ^ v3l) >>> 0;
  if (hh === -1 && hl === 0xffffffff) return -2;
  // Exact while |h| < 2**53; past that the rounded value is no safe integer either.
  const v = hh * 4294967296 + hl;
  return Number.isSafeInteger(v) ? v : BigInt(hh) * 4294967296n + BigInt(hl);
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
  // Python 3.10+: a NaN hashes by identity (float_hash -> _Py_HashPointer), so distinct NaNs rarely collide.
  if (v instanceof PyFloat) return Number.isNaN(v.v) ? identityHash(v) : floatHash(v.v);
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
  // slot_tp_hash: an int that fits in Py_ssize_t is the hash as it is (-1 becoming -2); a bigger
  // one is hashed as an int.
  if (typeof r === "number") return r === -1 ? -2 : r;
  if (typeof r === "bigint") {
    if (r < -(2n ** 63n) || r >= 2n ** 63n) return intHash(r);
    return r === -1n ? -2 : Number.isSafeInteger(Number(r)) ? Number(r) : r;
  }
  if (typeof r === "boolean") return r ? 1 : 0;
  throw pyErr(TypeError, "__hash__ method should return an integer");
}

/** The hash as a JS number, for hash-table buckets. */
export function hashOf(v: PyValue): number {
  const h = pyHash(v);
  return typeof h === "number" ? h : Number(h);
}

let ids = new WeakMap<object, number>();
const primitiveIds = new Map<unknown, number>();
let nextId = 1;

/** Numbers objects from the first again, as a new process does (a start-up snapshot's build runs a
 * warm-up program before the interpreter it keeps, and that one must give a fresh process's ids). */
export function resetIdentities(): void {
  ids = new WeakMap();
  primitiveIds.clear();
  nextId = 1;
}

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
