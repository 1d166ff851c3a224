/**
 * numpy 1.17's legacy `np.random` (RandomState over MT19937: numpy/random/mtrand.pyx,
 * src/mt19937/mt19937.c, src/legacy/legacy-distributions.c, bounded_integers.pyx.in), bit-exact
 * for a given seed: `np.random.seed(0); np.random.rand()` gives 0.5488135039273248 as in numpy.
 */
import { NumpyError, checkElements } from "./errors.js";
import { NDArray } from "./ndarray.js";

const N = 624, M = 397;

export class RandomState {
  private readonly key = new Uint32Array(N);
  private pos = N;
  private gauss: number | null = null;

  /** A stream seeded like `RandomState(seed)`; without a seed, from OS entropy. */
  constructor(seed?: number | null) {
    this.seed(seed ?? null);
  }

  /** `np.random.seed(seed)` for an integer seed (mt19937_seed) or None (OS entropy). */
  seed(seed: number | null): void {
    if (seed === null) {
      crypto.getRandomValues(this.key);
      this.key[0] = 0x80000000;
    } else {
      if (!Number.isInteger(seed) || seed < 0 || seed > 2 ** 32 - 1) {
        throw new NumpyError("ValueError", "Seed must be between 0 and 2**32 - 1");
      }
      let s = seed >>> 0;
      for (let i = 0; i < N; i++) {
        this.key[i] = s;
        s = (Math.imul(1812433253, (s ^ (s >>> 30)) >>> 0) + i + 1) >>> 0;
      }
    }
    this.pos = N;
    this.gauss = null;
  }

  private generate(): void {
    const k = this.key;
    const mix = (i: number, j: number, m: number) => {
      const y = (k[i] & 0x80000000) | (k[j] & 0x7fffffff);
      k[i] = k[m] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    };
    let i = 0;
    for (; i < N - M; i++) mix(i, i + 1, i + M);
    for (; i < N - 1; i++) mix(i, i + 1, i + M - N);
    mix(N - 1, 0, M - 1);
    this.pos = 0;
  }

  nextUint32(): number {
    if (this.pos === N) this.generate();
    let y = this.key[this.pos++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** mt19937_next_double: 53 random bits in [0, 1). */
  nextDouble(): number {
    const a = this.nextUint32() >>> 5, b = this.nextUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /** legacy_gauss: the polar method, caching the second value. */
  gaussian(): number {
    if (this.gauss !== null) { const g = this.gauss; this.gauss = null; return g; }
    let x1: number, x2: number, r2: number;
    do {
      x1 = 2 * this.nextDouble() - 1;
      x2 = 2 * this.nextDouble() - 1;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1 || r2 === 0);
    const f = Math.sqrt((-2 * Math.log(r2)) / r2);
    this.gauss = f * x1;
    return f * x2;
  }

  /** Masked rejection on [0, rng] (random_bounded_uint64_fill with use_masked; random_interval). */
  private bounded(rng: number): number {
    if (rng === 0) return 0;
    if (rng > 0xffffffff) throw new NumpyError("ValueError", "tfscope supports integer ranges below 2**32");
    let mask = rng;
    for (const s of [1, 2, 4, 8, 16]) mask |= mask >>> s;
    mask >>>= 0;
    if (rng === 0xffffffff) return this.nextUint32();
    let v: number;
    do v = (this.nextUint32() & mask) >>> 0; while (v > rng);
    return v;
  }

  private fill(size: readonly number[] | null, dtype: "float64" | "int64", draw: () => number): NDArray {
    const shape = size ?? [];
    const n = shape.reduce((p, q) => p * q, 1);
    checkElements(n);
    return new NDArray(dtype, [...shape], Array.from({ length: n }, draw));
  }

  /** `random_sample(size)` / `rand(*shape)`; size null gives a 0-d array (a Python float in numpy). */
  randomSample(size: readonly number[] | null = null): NDArray {
    return this.fill(size, "float64", () => this.nextDouble());
  }

  /** `standard_normal(size)` / `randn(*shape)`. */
  standardNormal(size: readonly number[] | null = null): NDArray {
    return this.fill(size, "float64", () => this.gaussian());
  }

  /** `normal(loc, scale, size)`: loc + scale * gauss. */
  normal(loc = 0, scale = 1, size: readonly number[] | null = null): NDArray {
    if (scale < 0) throw new NumpyError("ValueError", "scale < 0");
    return this.fill(size, "float64", () => loc + scale * this.gaussian());
  }

  /** `uniform(low, high, size)`: low + (high - low) * U. */
  uniform(low = 0, high = 1, size: readonly number[] | null = null): NDArray {
    const range = high - low;
    if (!Number.isFinite(range)) throw new NumpyError("OverflowError", "Range exceeds valid bounds");
    return this.fill(size, "float64", () => low + range * this.nextDouble());
  }

  /** `randint(low, high=None, size)` with the default int64 dtype: values in [low, high). */
  randint(low: number, high: number | null = null, size: readonly number[] | null = null): NDArray {
    const [lo, hi] = high === null ? [0, low] : [low, high];
    if (lo > hi - 1) throw new NumpyError("ValueError", "low >= high");
    const rng = hi - 1 - lo;
    return this.fill(size, "int64", () => lo + this.bounded(rng));
  }

  /** The order `shuffle` leaves n rows in: Fisher–Yates from the end, as mtrand does (row i of the
   * result is row order[i] of the input). */
  shuffleOrder(n: number): number[] {
    const order = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i >= 1; i--) {
      // random_interval(i) is the same masked rejection on [0, i].
      const j = this.bounded(i);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    return order;
  }

  /** `shuffle(x)` on the first axis. */
  shuffle(a: NDArray): NDArray {
    const n = a.shape[0] ?? 0;
    const inner = n === 0 ? 0 : a.size / n;
    const order = this.shuffleOrder(n);
    const data = order.flatMap((r) => a.data.slice(r * inner, (r + 1) * inner));
    return new NDArray(a.dtype, a.shape, data);
  }

  /** `permutation(n)`: a shuffled `arange(n)`. */
  permutation(n: number): NDArray {
    return this.shuffle(new NDArray("int64", [n], Array.from({ length: n }, (_, i) => i)));
  }
}
