/**
 * `float.fromhex(s)` as CPython's float_fromhex (Objects/floatobject.c) reads it: optional sign,
 * `inf`/`infinity`/`nan`, an optional `0x`, hex digits with an optional point, an optional binary
 * exponent `p[+-]N`; the value rounded once to the nearest double (ties to even), subnormals included.
 */
export type FromHex = { value: number } | { error: "invalid" | "overflow" };

export function floatFromHex(text: string): FromHex {
  const s = text.trim();
  const m = /^([+-]?)(?:(inf|infinity)|(nan)|(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?[0-9]+))?)$/i.exec(s);
  if (m === null) return { error: "invalid" };
  const sign = m[1] === "-" ? -1 : 1;
  if (m[2] !== undefined) return { value: sign * Infinity };
  if (m[3] !== undefined) return { value: NaN };
  const whole = m[4] ?? "", frac = m[5] ?? "";
  if (whole === "" && frac === "") return { error: "invalid" };
  let mant = BigInt("0x0" + whole + frac);
  let exp = BigInt(m[6] ?? "0") - BigInt(4 * frac.length);
  if (mant === 0n) return { value: sign * 0 };
  // Normalise to at most 53 significant bits at an exponent no lower than the subnormal one (-1074).
  const bits = mant.toString(2).length;
  let shift = BigInt(bits) - 53n;
  if (exp + shift < -1074n) shift = -1074n - exp;
  if (shift > 0n) {
    const half = 1n << (shift - 1n), rest = mant & ((1n << shift) - 1n);
    mant >>= shift;
    if (rest > half || (rest === half && (mant & 1n) === 1n)) mant += 1n;
    exp += shift;
  }
  if (exp + BigInt(mant.toString(2).length) > 1024n) return { error: "overflow" };
  // mant < 2^54 and exp within range: two exact steps (the scale split keeps each power finite).
  const e = Number(exp);
  const value = Number(mant) * 2 ** Math.trunc(e / 2) * 2 ** (e - Math.trunc(e / 2));
  return { value: sign * value };
}
