/**
 * Output that differs from run to run in real CPython and TF, so a document cannot be wrong about it:
 * object addresses, the iteration order of sets of strings (str hashes are salted per process unless
 * PYTHONHASHSEED is set), and IPython's timing lines. Comparing "modulo noise" masks exactly these in
 * both texts; everything deterministic (ints in sets, float digits, dict order, seeded randoms) still
 * counts. Unseeded random values are masked elsewhere (compare.ts maskNumbers), only when the run drew them.
 */

/** A kind of run-to-run variation, as reports name it. */
export type NoiseKind = "object addresses" | "set order" | "timings";

/** The text with every noisy piece replaced by a canonical form, and the kinds that were replaced. */
export interface Masked {
  text: string;
  kinds: Set<NoiseKind>;
}

// `<__main__.A object at 0x7f3b2c1d5e50>`, `<function f at 0x10a2b3c40>`: id() is an address in CPython.
const ADDRESS = /\bat 0x[0-9a-fA-F]{4,16}\b/g;
// IPython's %time and %timeit lines (IPython/core/magics/execution.py), and the old timeit summary.
const TIMING = [
  /^CPU times: .*$/gm,
  /^Wall time: .*$/gm,
  /^.*\bper loop \(mean ± std\. dev\. of \d+ runs?, [\d,]+ loops? each\)$/gm,
  /^[\d,]+ loops?, best of \d+: .* per loop$/gm,
];
// A set or frozenset display whose elements are all str reprs: `{'b', 'a'}`, `frozenset({'x'})`.
const STR = String.raw`(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")`;
const STR_SET = new RegExp(String.raw`\{(${STR}(?:, ${STR})+)\}`, "g");
const STR_ITEM = new RegExp(STR, "g");

/** Masks the noise in one text. */
export function maskNoise(text: string): Masked {
  const kinds = new Set<NoiseKind>();
  let out = text.replace(ADDRESS, () => {
    kinds.add("object addresses");
    return "at 0x…";
  });
  for (const re of TIMING) {
    out = out.replace(re, () => {
      kinds.add("timings");
      return "<timing>";
    });
  }
  out = out.replace(STR_SET, (m, body: string) => {
    // A dict display has `:` between items; the item pattern consumes whole strings, so what is left
    // between them must be exactly the separators for this to be a set.
    const items = body.match(STR_ITEM) ?? [];
    if (items.join(", ") !== body) return m;
    const sorted = [...items].sort();
    if (sorted.join(", ") !== body) kinds.add("set order");
    return `{${sorted.join(", ")}}`;
  });
  return { text: out, kinds };
}

/** How claimed text compared with actual text once noise was taken into account. */
export interface NoiseComparison {
  same: boolean;
  /** The kinds of noise the match needed (empty when the texts agreed as they are). */
  masked: NoiseKind[];
}

/**
 * `same` on the texts as they are, else on both texts with their noise masked. A match that needed the
 * masking names what was masked, so a report can say the claim held "modulo object addresses".
 */
export function compareModuloNoise(expected: string, actual: string, same: (e: string, a: string) => boolean): NoiseComparison {
  if (same(expected, actual)) return { same: true, masked: [] };
  const e = maskNoise(expected);
  const a = maskNoise(actual);
  if (e.kinds.size === 0 && a.kinds.size === 0) return { same: false, masked: [] };
  if (!same(e.text, a.text)) return { same: false, masked: [] };
  return { same: true, masked: [...new Set([...e.kinds, ...a.kinds])] };
}
