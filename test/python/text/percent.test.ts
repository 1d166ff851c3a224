import { describe, expect, it } from "vitest";
import { percentFormat, type PercentArgs, type PercentHost } from "../../../src/python/text/percent.js";
import { floatRepr } from "../../../src/python/text/float.js";
import { strAscii, strRepr } from "../../../src/python/text/repr.js";
import { outcome } from "./fixtures.js";

// A miniature object model: ints are bigint, floats number, str string, None null, lists arrays,
// dicts Maps; enough to drive every branch of `%`.
type V = bigint | number | string | null | V[] | Map<string, V>;
const typeName = (v: V): string =>
  typeof v === "bigint" ? "int" : typeof v === "number" ? "float" : typeof v === "string" ? "str" : v === null ? "NoneType" : Array.isArray(v) ? "list" : "dict";
const repr = (v: V): string =>
  typeof v === "bigint" ? v.toString() : typeof v === "number" ? floatRepr(v) : typeof v === "string" ? strRepr(v) : v === null ? "None"
  : Array.isArray(v) ? `[${v.map(repr).join(", ")}]` : `{${[...v].map(([k, x]) => `${strRepr(k)}: ${repr(x)}`).join(", ")}}`;
const host: PercentHost<V> = {
  str: (v) => (typeof v === "string" ? v : repr(v)),
  repr,
  ascii: (v) => strAscii(repr(v)),
  typeName,
  asStr: (v) => (typeof v === "string" ? v : null),
  exactInt: (v) => (typeof v === "bigint" ? v : null),
  index: (v) => (typeof v === "bigint" ? v : null),
  toInt: (v) => (typeof v === "bigint" ? v : typeof v === "number" ? BigInt(Math.trunc(v)) : null),
  toFloat: (v) => (typeof v === "bigint" ? Number(v) : typeof v === "number" ? v : null),
  getItem: (m, k) => {
    const v = (m as Map<string, V>).get(k);
    if (v === undefined) throw Object.assign(new Error(k), { pyType: "KeyError" });
    return v;
  },
};
const tuple = (...items: V[]): PercentArgs<V> => ({ kind: "tuple", items });
const one = (value: V): PercentArgs<V> => ({ kind: "single", value, mapping: value instanceof Map || Array.isArray(value) });
const fmt = (f: string, a: PercentArgs<V>) => outcome(() => percentFormat(f, a, host));

// Every expectation below is what CPython 3.11 prints for the same expression.
describe("% formatting", () => {
  it("conversions, flags, width and precision", () => {
    expect(fmt("%s %d %5.2f %-10s| %r %x %%", tuple("a", 3n, 3.14159, "b", "c", 255n))).toBe("a 3  3.14 b         | 'c' ff %");
    expect(fmt("%+d % d %05d %-5d| %+05d", tuple(1n, 2n, 3n, 4n, 5n))).toBe("+1  2 00003 4    | +0005");
    expect(fmt("%#x %#o %#X", tuple(255n, 255n, 255n))).toBe("0xff 0o377 0XFF");
    expect(fmt("%#08x|%+#08o|% 05d", tuple(255n, 8n, -3n))).toBe("0x0000ff|+0o00010|-0003");
    expect(fmt("%5.3d|%.3x|%010.3d", tuple(7n, 7n, -7n))).toBe("  007|007|-000000007");
    expect(fmt("%e %E %g %G", tuple(1e10, 1e10, 1e-10, 1e-10))).toBe("1.000000e+10 1.000000E+10 1e-10 1E-10");
    expect(fmt("%.0f %.0f %.0f|%#.0e|%#g", tuple(0.5, 1.5, 2.5, 1.0, 1.0))).toBe("0 2 2|1.e+00|1.00000");
    expect(fmt("%05.1f|%05.1f|%+f|%F", tuple(Number.NaN, -Infinity, Infinity, Infinity))).toBe("00nan|-0inf|+inf|INF");
    expect(fmt("%05s|%-5c|%5c|%.3r|%a", tuple("a", "x", 65n, "abcd", "é"))).toBe("    a|x    |    A|'ab|'\\xe9'");
    expect(fmt("%*d|%-*d|%.*f|%*s|%.*s|", tuple(5n, 3n, 5n, 3n, 2n, 3.14159, -5n, "a", -1n, "abc"))).toBe("    3|3    |3.14|a    ||");
    expect(fmt("%d %i %x", tuple(3.9, -3.9, 10n ** 20n))).toBe("3 -3 56bc75e2d63100000");
    expect(fmt("%hd %Ls %ld", tuple(1n, 2n, 3n))).toBe("1 2 3");
  });

  it("argument walking: tuples, single objects, mappings", () => {
    expect(fmt("%s", one(new Map([["a", 1n]])))).toBe("{'a': 1}");
    expect(fmt("%(a)s %(b)r %(a)d", one(new Map<string, V>([["a", 1n], ["b", "x"]])))).toBe("1 'x' 1");
    expect(fmt("%((a))s", one(new Map([["(a)", 2n]])))).toBe("2");
    expect(fmt("", one([]))).toBe("");
    expect(fmt("", tuple())).toBe("");
    expect(fmt("%s %(a)s", one(new Map([["a", 1n]])))).toBe("{'a': 1} 1");
  });

  it("CPython's errors", () => {
    expect(fmt("%d", one("x"))).toBe("!TypeError: %d format: a real number is required, not str");
    expect(fmt("%u", one("x"))).toBe("!TypeError: %u format: a real number is required, not str");
    expect(fmt("%x", one(1.5))).toBe("!TypeError: %x format: an integer is required, not float");
    expect(fmt("%f", one("x"))).toBe("!TypeError: must be real number, not str");
    expect(fmt("%e", one(null))).toBe("!TypeError: must be real number, not NoneType");
    expect(fmt("%c", one("ab"))).toBe("!TypeError: %c requires int or char");
    expect(fmt("%c", one(-1n))).toBe("!OverflowError: %c arg not in range(0x110000)");
    expect(fmt("%s %s", tuple(1n))).toBe("!TypeError: not enough arguments for format string");
    expect(fmt("%s", tuple(1n, 2n))).toBe("!TypeError: not all arguments converted during string formatting");
    expect(fmt("", one(5n))).toBe("!TypeError: not all arguments converted during string formatting");
    expect(fmt("%(a)s %s", one(new Map([["a", 1n]])))).toBe("!TypeError: not enough arguments for format string");
    expect(fmt("%(a)s", one(5n))).toBe("!TypeError: format requires a mapping");
    expect(fmt("%(a", one(new Map([["a", 1n]])))).toBe("!ValueError: incomplete format key");
    expect(fmt("%", one(5n))).toBe("!ValueError: incomplete format");
    expect(fmt("%l", one(5n))).toBe("!ValueError: incomplete format");
    expect(fmt("%y", one(5n))).toBe("!ValueError: unsupported format character 'y' (0x79) at index 1");
    expect(fmt("%é", one(5n))).toBe("!ValueError: unsupported format character '?' (0xe9) at index 1");
    expect(fmt("%5%", one(1n))).toBe("!ValueError: unsupported format character '%' (0x25) at index 2");
    expect(fmt("%-%", tuple())).toBe("!TypeError: not enough arguments for format string");
    expect(fmt("%*d", tuple("a", 3n))).toBe("!TypeError: * wants int");
    expect(fmt("%(a)*d", one(new Map([["a", 1n]])))).toBe("!TypeError: not enough arguments for format string");
    expect(fmt("%*d", tuple(10n ** 20n, 1n))).toBe("!OverflowError: Python int too large to convert to C ssize_t");
  });
});
