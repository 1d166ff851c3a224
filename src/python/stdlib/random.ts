import { None, PyFloat, PyObject, builtinType, defMethod, type PyValue } from "../objects/base.js";
import { TypeError, ValueError, pyErr, unsupported } from "../objects/exceptions.js";
import * as I from "../objects/intmath.js";
import { PyModule } from "../objects/module.js";
import { intOf } from "../objects/numbers.js";
import { rt } from "../state.js";
import { defineStdlib } from "./index.js";

/**
 * `_random`: CPython's Mersenne Twister (Modules/_randommodule.c), seeded by init_by_array from an int
 * exactly as CPython does, so `random.seed(0); random.random()` prints CPython's numbers.
 */
class MT {
  private readonly mt = new Uint32Array(624);
  private mti = 625;

  private initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < 624; i++) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.mti = 624;
  }

  initByArray(key: number[]): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(624, key.length); k > 0; k--) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = ((mt[i]! ^ Math.imul(prev, 1664525)) + key[j]! + j) >>> 0;
      i++;
      j++;
      if (i >= 624) {
        mt[0] = mt[623]!;
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = 623; k > 0; k--) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = ((mt[i]! ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= 624) {
        mt[0] = mt[623]!;
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }

  genrand(): number {
    const mt = this.mt;
    if (this.mti >= 624) {
      for (let kk = 0; kk < 624; kk++) {
        const y = (mt[kk]! & 0x80000000) | (mt[(kk + 1) % 624]! & 0x7fffffff);
        mt[kk] = mt[(kk + 397) % 624]! ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      this.mti = 0;
    }
    let y = mt[this.mti++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  random(): number {
    const a = this.genrand() >>> 5;
    const b = this.genrand() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  getrandbits(k: number): bigint {
    if (k <= 32) return BigInt(this.genrand() >>> (32 - k));
    let r = 0n;
    let shift = 0n;
    for (let left = k; left > 0; left -= 32) {
      let w = this.genrand();
      if (left < 32) w >>>= 32 - left;
      r |= BigInt(w) << shift;
      shift += 32n;
    }
    return r;
  }

  state(): number[] {
    return [...this.mt, this.mti];
  }
  setState(s: number[]): void {
    this.mt.set(s.slice(0, 624));
    this.mti = s[624]!;
  }
}

const randomType = builtinType("Random", undefined, "_random");
class PyRandom extends PyObject {
  readonly mt = new MT();
  /** Seeded from the OS (no seed given): its draws differ on every run of CPython. */
  unseeded = false;
  constructor(cls = randomType) {
    super(cls, new Map());
  }
}

function seedWith(r: PyRandom, a: PyValue | undefined): void {
  let n: bigint;
  r.unseeded = a === undefined || a === None;
  if (a === undefined || a === None) n = BigInt(Math.floor(Math.random() * 2 ** 52)) ^ BigInt(Date.now());
  else {
    const i = intOf(a);
    if (i === undefined) throw unsupported("random.seed() with a non-int seed (CPython hashes it with SHA-512)");
    n = I.big(i);
  }
  if (n < 0n) n = -n;
  const key: number[] = [];
  while (n > 0n) {
    key.push(Number(n & 0xffffffffn));
    n >>= 32n;
  }
  r.mt.initByArray(key.length ? key : [0]);
}

/** Seeds `r` from entropy again when nothing seeded it: a process restored from a start-up snapshot
 * must not draw what the snapshot's process would have drawn (CPython seeds every run from the OS). */
export function reseedUnseeded(r: PyValue | undefined): void {
  if (r instanceof PyRandom && r.unseeded) seedWith(r, undefined);
}

randomType.make = (cls, args) => {
  const r = new PyRandom(cls);
  seedWith(r, args[0]);
  return r;
};
const R = (a: PyValue[]) => a[0] as PyRandom;
/** The generator, about to draw: an unseeded draw makes the run's output run-dependent (state.ts). */
const drawing = (a: PyValue[]) => {
  const r = R(a);
  if (r.unseeded) rt.runDependent = true;
  return r;
};
defMethod(randomType, "__init__", (a) => {
  seedWith(R(a), a[1]);
  return None;
});
defMethod(randomType, "seed", (a) => {
  seedWith(R(a), a[1]);
  return None;
});
defMethod(randomType, "random", (a) => new PyFloat(drawing(a).mt.random()));
defMethod(randomType, "getrandbits", (a) => {
  const k = intOf(a[1] ?? None);
  if (k === undefined) throw pyErr(TypeError, "getrandbits() requires an int");
  if (k < 0) throw pyErr(ValueError, "number of bits must be non-negative");
  return I.norm(drawing(a).mt.getrandbits(Number(k)));
});
defMethod(randomType, "getstate", (a) => {
  const h = new PyObject(builtinType("mt_state", undefined, "_random"));
  (h as unknown as { s: number[] }).s = R(a).mt.state();
  return h;
});
defMethod(randomType, "setstate", (a) => {
  R(a).mt.setState((a[1] as unknown as { s: number[] }).s);
  return None;
});

defineStdlib("_random", () => {
  const m = new PyModule("_random");
  m.ns.set("Random", randomType);
  return m;
});

defineStdlib(
  "random",
  () => String.raw`
import _random
from math import log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil, sqrt as _sqrt, cos as _cos, sin as _sin

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
TWOPI = 2.0 * _pi

class Random(_random.Random):
    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        super().seed(a)
        self.gauss_next = None

    def _randbelow(self, n):
        k = n.bit_length()
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return r

    def randrange(self, start, stop=None, step=1):
        if stop is None:
            if start > 0:
                return self._randbelow(start)
            raise ValueError("empty range for randrange()")
        width = stop - start
        if step == 1:
            if width > 0:
                return start + self._randbelow(width)
            raise ValueError(f"empty range in randrange({start}, {stop})")
        if step > 0:
            n = (width + step - 1) // step
        elif step < 0:
            n = (width + step + 1) // step
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return start + step * self._randbelow(n)

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    def choice(self, seq):
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        randbelow = self._randbelow
        for i in reversed(range(1, len(x))):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        n = len(population)
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [None] * k
        setsize = 21
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = self._randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            selected = set()
            for i in range(k):
                j = self._randbelow(n)
                while j in selected:
                    j = self._randbelow(n)
                selected.add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        n = len(population)
        if cum_weights is None:
            if weights is None:
                return [population[int(self.random() * n)] for i in range(k)]
            cum_weights = []
            total = 0
            for w in weights:
                total += w
                cum_weights.append(total)
        total = cum_weights[-1] + 0.0
        hi = n - 1
        out = []
        for i in range(k):
            x = self.random() * total
            lo, h = 0, hi
            while lo < h:
                mid = (lo + h) // 2
                if x < cum_weights[mid]:
                    h = mid
                else:
                    lo = mid + 1
            out.append(population[lo])
        return out

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def normalvariate(self, mu=0.0, sigma=1.0):
        while True:
            u1 = self.random()
            u2 = 1.0 - self.random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            zz = z * z / 4.0
            if zz <= -_log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = self.random() * TWOPI
            g2rad = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = _cos(x2pi) * g2rad
            self.gauss_next = _sin(x2pi) * g2rad
        return mu + z * sigma

    def expovariate(self, lambd):
        return -_log(1.0 - self.random()) / lambd

_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
gauss = _inst.gauss
expovariate = _inst.expovariate
getrandbits = _inst.getrandbits
getstate = _inst.getstate
setstate = _inst.setstate
`,
);
