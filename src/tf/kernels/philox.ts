/**
 * TF's random number pipeline, bit for bit: Philox4x32-10 (lib/random/philox_random.h), the
 * GuardedPhiloxRandom reservation per kernel call (util/guarded_philox_random.cc), the CPU fill
 * loop (kernels/random_op_cpu.h) and the distributions (lib/random/random_distributions.h).
 * Uniform floats and integers are exact. Normal samples use Box–Muller through float32
 * log/sin/cos, which we round from double precision; glibc's logf/sincosf are not always correctly
 * rounded, so those digits can differ from TF's in the last place.
 */

const W32A = 0x9e3779b9, W32B = 0xbb67ae85;
const M4x32A = 0xd2511f53, M4x32B = 0xcd9e8d57;

/** The high and low 32 bits of a 32×32-bit product. */
function mulHiLo(a: number, b: number): [number, number] {
  const aL = a & 0xffff, aH = a >>> 16, bL = b & 0xffff, bH = b >>> 16;
  const ll = aL * bL, lh = aL * bH, hl = aH * bL, hh = aH * bH;
  const mid = (ll >>> 16) + (lh & 0xffff) + (hl & 0xffff);
  const hi = hh + (lh >>> 16) + (hl >>> 16) + Math.floor(mid / 65536);
  return [hi >>> 0, Math.imul(a, b) >>> 0];
}

export class Philox {
  readonly counter = new Uint32Array(4);
  readonly key = new Uint32Array(2);

  /** PhiloxRandom(seed_lo, seed_hi) from the op's `seed` and `seed2` attrs (both as uint64). */
  static fromSeeds(seed: bigint, seed2: bigint): Philox {
    const p = new Philox();
    const s = BigInt.asUintN(64, seed), s2 = BigInt.asUintN(64, seed2);
    p.key[0] = Number(s & 0xffffffffn);
    p.key[1] = Number(s >> 32n);
    p.counter[2] = Number(s2 & 0xffffffffn);
    p.counter[3] = Number(s2 >> 32n);
    return p;
  }

  /** GuardedPhiloxRandom::Init with both seeds 0: fresh random seeds. */
  static unseeded(): Philox {
    const w = crypto.getRandomValues(new Uint32Array(4));
    const p = new Philox();
    p.key.set([w[0], w[1]]);
    p.counter.set([0, 0, w[2], w[3]]);
    return p;
  }

  clone(): Philox {
    const p = new Philox();
    p.counter.set(this.counter);
    p.key.set(this.key);
    return p;
  }

  /** Advances the 128-bit counter by `count` (< 2^53). */
  skip(count: number): void {
    const c = this.counter;
    const lo = count % 2 ** 32;
    let hi = Math.floor(count / 2 ** 32);
    const before = c[0];
    c[0] = before + lo;
    if (c[0] < lo) hi++;
    const b1 = c[1];
    c[1] = b1 + hi;
    if (c[1] < hi) {
      c[2]++;
      if (c[2] === 0) c[3]++;
    }
  }

  /** Ten rounds on the current counter, then the counter moves on by one. */
  next(): Uint32Array {
    let c0 = this.counter[0], c1 = this.counter[1], c2 = this.counter[2], c3 = this.counter[3];
    let k0 = this.key[0], k1 = this.key[1];
    for (let round = 0; round < 10; round++) {
      const [hi0, lo0] = mulHiLo(M4x32A, c0);
      const [hi1, lo1] = mulHiLo(M4x32B, c2);
      [c0, c1, c2, c3] = [(hi1 ^ c1 ^ k0) >>> 0, lo1, (hi0 ^ c3 ^ k1) >>> 0, lo0];
      k0 = (k0 + W32A) >>> 0;
      k1 = (k1 + W32B) >>> 0;
    }
    this.skip(1);
    return Uint32Array.of(c0, c1, c2, c3);
  }
}

const f32 = new Float32Array(1), u32 = new Uint32Array(f32.buffer);
const f64 = new Float64Array(1), u64 = new Uint32Array(f64.buffer);

/** Uint32ToFloat: 23 random mantissa bits in [1, 2), minus 1. */
export function uint32ToFloat(x: number): number {
  u32[0] = (127 << 23) | (x & 0x7fffff);
  return Math.fround(f32[0] - 1);
}

/** Uint64ToDouble: 52 random mantissa bits in [1, 2), minus 1 (little-endian words). */
export function uint64ToDouble(x0: number, x1: number): number {
  u64[0] = x1 >>> 0;
  u64[1] = ((1023 << 20) | (x0 & 0xfffff)) >>> 0;
  return f64[0] - 1;
}

/** BoxMullerFloat, evaluated with float32 rounding after every step C performs in float. */
export function boxMullerFloat(x0: number, x1: number): [number, number] {
  let u1 = uint32ToFloat(x0);
  if (u1 < Math.fround(1e-7)) u1 = Math.fround(1e-7);
  const v1 = Math.fround(2 * Math.PI * uint32ToFloat(x1));
  const u2 = Math.fround(Math.sqrt(Math.fround(-2 * Math.fround(Math.log(u1)))));
  return [Math.fround(Math.fround(Math.sin(v1)) * u2), Math.fround(Math.fround(Math.cos(v1)) * u2)];
}

/** BoxMullerDouble from four words. */
export function boxMullerDouble(x0: number, x1: number, x2: number, x3: number): [number, number] {
  let u1 = uint64ToDouble(x0, x1);
  if (u1 < 1e-7) u1 = 1e-7;
  const v1 = 2 * Math.PI * uint64ToDouble(x2, x3);
  const u2 = Math.sqrt(-2 * Math.log(u1));
  return [Math.sin(v1) * u2, Math.cos(v1) * u2];
}

/**
 * FillPhiloxRandom for a fixed-samples distribution: group i takes the i-th Philox output and
 * yields `groupSize` values; the last group may be cut short.
 */
export function fillFixed(gen: Philox, size: number, dist: (words: Uint32Array) => number[]): number[] {
  const out: number[] = [];
  while (out.length < size) {
    const vals = dist(gen.next());
    for (const v of vals) if (out.length < size) out.push(v);
  }
  return out;
}

/**
 * FillPhiloxRandom for a variable-samples distribution (truncated normal): group i starts from the
 * base generator skipped by i * groupSize * 256 / 4 and reads single words.
 */
export function fillVariable(base: Philox, size: number, groupSize: number, dist: (word: () => number) => number[]): number[] {
  const out: number[] = [];
  const skipPerGroup = (groupSize * 256) / 4;
  for (let g = 0; out.length < size; g++) {
    const gen = base.clone();
    gen.skip(g * skipPerGroup);
    let buf: Uint32Array | null = null, used = 4;
    const word = () => {
      if (used === 4) { buf = gen.next(); used = 0; }
      return buf![used++];
    };
    for (const v of dist(word)) if (out.length < size) out.push(v);
  }
  return out;
}
