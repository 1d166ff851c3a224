/**
 * Random streams for numpy's and TF's random ops. The generator is xoshiro128** (Blackman & Vigna);
 * an unseeded stream takes its state from `crypto.getRandomValues`, so it is genuinely random.
 * Seeded streams are deterministic but do NOT reproduce numpy's Mersenne Twister or TF's Philox
 * digits: callers must treat seeded values as "some valid sample", never as TF's exact numbers.
 */
import { webcrypto } from "node:crypto";

export class RandomStream {
  private s: Uint32Array;
  private spare: number | null = null;

  private constructor(state: Uint32Array) {
    this.s = state;
    if (this.s.every((x) => x === 0)) this.s[0] = 1;
  }

  /** A stream seeded from the OS entropy source. */
  static unseeded(): RandomStream {
    return new RandomStream(webcrypto.getRandomValues(new Uint32Array(4)));
  }

  /** A deterministic stream from integer seeds (e.g. TF's graph seed and op seed), mixed with splitmix32. */
  static seeded(...seeds: number[]): RandomStream {
    let h = 0x9e3779b9;
    const state = new Uint32Array(4);
    const mix = (x: number) => {
      h = (h + 0x9e3779b9 + (x | 0)) | 0;
      let z = h;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    for (const s of seeds) { mix(s); mix(Math.floor(s / 2 ** 32)); }
    for (let i = 0; i < 4; i++) state[i] = mix(i);
    return new RandomStream(state);
  }

  /** The next 32 random bits. */
  nextUint32(): number {
    const s = this.s;
    const result = Math.imul(rotl(Math.imul(s[1], 5), 7), 9) >>> 0;
    const t = s[1] << 9;
    s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 11);
    return result;
  }

  /** Uniform in [0, 1) with 53 random bits. */
  uniform(): number {
    const hi = this.nextUint32() >>> 5, lo = this.nextUint32() >>> 6;
    return (hi * 67108864 + lo) / 9007199254740992;
  }

  /** Standard normal by the Box–Muller transform (pairs are used in turn). */
  normal(): number {
    if (this.spare !== null) { const z = this.spare; this.spare = null; return z; }
    let u = 0;
    while (u === 0) u = this.uniform();
    const v = this.uniform();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  }

  /** Standard normal truncated to (-2, 2) by resampling, as TF's TruncatedNormal does. */
  truncatedNormal(): number {
    for (;;) {
      const z = this.normal();
      if (Math.abs(z) < 2) return z;
    }
  }

  /** Uniform integer in [lo, hi). */
  integer(lo: number, hi: number): number {
    const span = hi - lo;
    if (span <= 0) throw new RangeError("empty integer range");
    if (span <= 2 ** 32) {
      // Rejection keeps every value equally likely.
      const limit = Math.floor(2 ** 32 / span) * span;
      let x: number;
      do x = this.nextUint32(); while (x >= limit);
      return lo + (x % span);
    }
    return lo + Math.floor(this.uniform() * span);
  }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
