import { None, PyFloat, PyNativeFunction, PyObject, typeName, type Kwargs, type PyValue } from "../objects/base.js";
import { OverflowError, TypeError, ValueError, pyErr } from "../objects/exceptions.js";
import * as I from "../objects/intmath.js";
import { PyModule } from "../objects/module.js";
import { floatOf, floatToInt, intOf } from "../objects/numbers.js";
import { asIndex } from "../objects/slice.js";
import { pyTuple } from "../objects/values.js";
import { callMethod } from "../ops/call.js";
import { toArray } from "../ops/iter.js";
import { Op, arith } from "../ops/arith.js";
import { defineStdlib } from "./index.js";

/** A float argument (`must be real number, not str`), via __float__ for other objects. */
function real(v: PyValue): number {
  const x = floatOf(v);
  if (x !== undefined) return x;
  if (v instanceof PyObject) {
    const f = v.cls.lookup("__float__");
    if (f !== undefined) return floatOf(callMethod(f, v, []))!;
  }
  throw pyErr(TypeError, `must be real number, not ${typeName(v)}`);
}

function integer(v: PyValue): I.Int {
  const i = asIndex(v);
  if (i === undefined) throw pyErr(TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
  return i;
}

/** Wraps a libm function with CPython's errno mapping: NaN from non-NaN input is a domain error, an
 * infinite result from finite input a range error. */
function libm(fn: (...x: number[]) => number, overflow = true): (a: PyValue[]) => PyValue {
  return (a) => {
    const xs = a.map(real);
    const r = fn(...xs);
    if (Number.isNaN(r) && !xs.some(Number.isNaN)) throw pyErr(ValueError, "math domain error");
    if (!Number.isFinite(r) && !Number.isNaN(r) && xs.every(Number.isFinite))
      throw overflow ? pyErr(OverflowError, "math range error") : pyErr(ValueError, "math domain error");
    return new PyFloat(r);
  };
}

function roundingMethod(name: string, fn: (x: number) => number) {
  return (a: PyValue[]) => {
    const v = a[0]!;
    const i = intOf(v);
    if (i !== undefined) return i;
    if (v instanceof PyObject && !(v instanceof PyFloat)) {
      const f = v.cls.lookup(name);
      if (f !== undefined) return callMethod(f, v, []);
    }
    const x = real(v);
    if (!Number.isFinite(x))
      throw Number.isNaN(x)
        ? pyErr(ValueError, "cannot convert float NaN to integer")
        : pyErr(OverflowError, "cannot convert float infinity to integer");
    return floatToInt(fn(x));
  };
}

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b) [a, b] = [b, a % b];
  return a;
}

/** Neumaier-compensated sum standing in for CPython's exact fsum (equal on ordinary inputs). */
function fsum(xs: number[]): number {
  let s = 0;
  let c = 0;
  for (const x of xs) {
    const t = s + x;
    c += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
    s = t;
  }
  return s + c;
}

defineStdlib("math", () => {
  const m = new PyModule("math");
  const ns = m.ns;
  const def = (name: string, fn: (a: PyValue[], kw: Kwargs) => PyValue) => ns.set(name, new PyNativeFunction(name, fn));
  ns.set("pi", new PyFloat(Math.PI));
  ns.set("e", new PyFloat(Math.E));
  ns.set("tau", new PyFloat(2 * Math.PI));
  ns.set("inf", new PyFloat(Infinity));
  ns.set("nan", new PyFloat(NaN));
  for (const [name, fn] of [
    ["sqrt", Math.sqrt],
    ["exp", Math.exp],
    ["sin", Math.sin],
    ["cos", Math.cos],
    ["tan", Math.tan],
    ["asin", Math.asin],
    ["acos", Math.acos],
    ["atan", Math.atan],
    ["sinh", Math.sinh],
    ["cosh", Math.cosh],
    ["tanh", Math.tanh],
    ["asinh", Math.asinh],
    ["acosh", Math.acosh],
    ["atanh", Math.atanh],
    ["expm1", Math.expm1],
    ["log1p", Math.log1p],
    ["fabs", Math.abs],
    ["atan2", Math.atan2],
    ["hypot", Math.hypot],
    ["copysign", (x: number, y: number) => (y < 0 || Object.is(y, -0) ? -Math.abs(x) : Math.abs(x))],
    ["fmod", (x: number, y: number) => (y === 0 ? NaN : x % y)],
    ["degrees", (x: number) => (x * 180) / Math.PI],
    ["radians", (x: number) => (x * Math.PI) / 180],
    ["log2", (x: number) => (x <= 0 ? NaN : Math.log2(x))],
    ["log10", (x: number) => (x <= 0 ? NaN : Math.log10(x))],
  ] as const)
    def(name, libm(fn as (...x: number[]) => number));
  def("pow", libm((x, y) => (x === 1 || y === 0 ? 1 : x ** y!)));
  def("log", (a) => {
    const ln = (v: PyValue) => {
      const i = intOf(v);
      if (typeof i === "bigint" && i > 0n) return Math.log(Number(i));
      const x = real(v);
      if (x <= 0) throw pyErr(ValueError, "math domain error");
      return Math.log(x);
    };
    if (a.length === 2) {
      const d = ln(a[1]!);
      if (d === 0) throw pyErr(ValueError, "math domain error");
      return new PyFloat(ln(a[0]!) / d);
    }
    return new PyFloat(ln(a[0]!));
  });
  def("floor", roundingMethod("__floor__", Math.floor));
  def("ceil", roundingMethod("__ceil__", Math.ceil));
  def("trunc", roundingMethod("__trunc__", Math.trunc));
  def("isnan", (a) => Number.isNaN(real(a[0]!)));
  def("isinf", (a) => {
    const x = real(a[0]!);
    return x === Infinity || x === -Infinity;
  });
  def("isfinite", (a) => Number.isFinite(real(a[0]!)));
  def("isclose", (a, kw) => {
    const x = real(a[0]!);
    const y = real(a[1]!);
    const rel = kw?.get("rel_tol") !== undefined ? real(kw.get("rel_tol")!) : 1e-9;
    const abs = kw?.get("abs_tol") !== undefined ? real(kw.get("abs_tol")!) : 0;
    if (rel < 0 || abs < 0) throw pyErr(ValueError, "tolerances must be non-negative");
    if (x === y) return true;
    if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
    const d = Math.abs(y - x);
    return d <= Math.abs(rel * y) || d <= Math.abs(rel * x) || d <= abs;
  });
  def("modf", (a) => {
    const x = real(a[0]!);
    const ip = Math.trunc(x);
    return pyTuple([new PyFloat(Number.isFinite(x) ? x - ip : Object.is(x, NaN) ? x : 0), new PyFloat(ip)]);
  });
  def("frexp", (a) => {
    const x = real(a[0]!);
    if (x === 0 || !Number.isFinite(x)) return pyTuple([new PyFloat(x), 0]);
    // Read the exponent from the bits (subnormals scaled up first): 2 ** -e overflows for them.
    const sub = Math.abs(x) < 2 ** -1022;
    const y = sub ? x * 2 ** 64 : x;
    const dv = new DataView(new ArrayBuffer(8));
    dv.setFloat64(0, y);
    const e = ((dv.getUint32(0) >>> 20) & 0x7ff) - 1022;
    dv.setUint32(0, (dv.getUint32(0) & 0x800fffff) | (1022 << 20));
    return pyTuple([new PyFloat(dv.getFloat64(0)), sub ? e - 64 : e]);
  });
  def("ldexp", (a) => {
    const x = real(a[0]!);
    let e = Number(integer(a[1]!));
    if (x === 0 || !Number.isFinite(x)) return new PyFloat(x);
    // Scale in steps: 2 ** e alone is 0 or Infinity for |e| > 1023 even when the result is a float.
    let r = x;
    while (e > 1000 && Number.isFinite(r)) (r *= 2 ** 1000), (e -= 1000);
    while (e < -1000 && r !== 0) (r *= 2 ** -1000), (e += 1000);
    r *= 2 ** Math.max(-1100, Math.min(1100, e));
    if (!Number.isFinite(r)) throw pyErr(OverflowError, "math range error");
    return new PyFloat(r);
  });
  def("factorial", (a) => {
    const v = a[0]!;
    if (v instanceof PyFloat) throw pyErr(TypeError, "'float' object cannot be interpreted as an integer");
    const n = integer(v);
    if (n < 0) throw pyErr(ValueError, "factorial() not defined for negative values");
    let r = 1n;
    for (let i = 2n; i <= BigInt(n); i++) r *= i;
    return I.norm(r);
  });
  def("gcd", (a) => I.norm(a.map(integer).reduce<bigint>((g, x) => gcd(g, I.big(x)), 0n)));
  def("lcm", (a) =>
    I.norm(
      a.map(integer).reduce<bigint>((l, x) => {
        const b = I.big(x);
        if (l === 0n || b === 0n) return 0n;
        const r = (l * b) / gcd(l, b);
        return r < 0n ? -r : r;
      }, 1n),
    ),
  );
  def("isqrt", (a) => {
    const n = I.big(integer(a[0]!));
    if (n < 0n) throw pyErr(ValueError, "isqrt() argument must be nonnegative");
    if (n < 2n) return I.norm(n);
    let x = BigInt(Math.floor(Math.sqrt(Number(n))));
    while (x * x > n) x--;
    while ((x + 1n) * (x + 1n) <= n) x++;
    return I.norm(x);
  });
  def("comb", (a) => {
    const n = I.big(integer(a[0]!));
    let k = I.big(integer(a[1]!));
    if (n < 0n || k < 0n) throw pyErr(ValueError, `${n < 0n ? "n" : "k"} must be a non-negative integer`);
    if (k > n) return 0;
    if (k > n - k) k = n - k;
    let r = 1n;
    for (let i = 0n; i < k; i++) r = (r * (n - i)) / (i + 1n);
    return I.norm(r);
  });
  def("perm", (a) => {
    const n = I.big(integer(a[0]!));
    const k = a[1] === undefined || a[1] === None ? n : I.big(integer(a[1]));
    if (n < 0n || k < 0n) throw pyErr(ValueError, `${n < 0n ? "n" : "k"} must be a non-negative integer`);
    if (k > n) return 0;
    let r = 1n;
    for (let i = 0n; i < k; i++) r *= n - i;
    return I.norm(r);
  });
  def("prod", (a, kw) => {
    let acc: PyValue = kw?.get("start") ?? 1;
    for (const x of toArray(a[0]!)) acc = arith(Op.Mul, acc, x);
    return acc;
  });
  def("fsum", (a) => new PyFloat(fsum(toArray(a[0]!).map(real))));
  def("dist", (a) => {
    const p = toArray(a[0]!).map(real);
    const q = toArray(a[1]!).map(real);
    if (p.length !== q.length) throw pyErr(ValueError, "both points must have the same number of dimensions");
    return new PyFloat(Math.hypot(...p.map((x, i) => x - q[i]!)));
  });
  return m;
});
