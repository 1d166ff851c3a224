import { describe, expect, it } from "vitest";
import { strFormat, type StrFormatHost } from "../../../src/python/text/str-format.js";
import { formatInt, formatStr } from "../../../src/python/text/format-spec.js";
import { strAscii, strRepr } from "../../../src/python/text/repr.js";
import { outcome } from "./fixtures.js";

// Objects: bigint ints, strings, arrays (sequences), Maps (dicts), and plain records (attributes).
type V = bigint | string | V[] | Map<unknown, V> | { attrs: Record<string, V> };
const host = (args: V[], kwargs: Record<string, V>, formatMap = false): StrFormatHost<V> => ({
  ...(formatMap ? {} : { positional: (i: number) => args[i] }),
  keyword: (k) => (Object.hasOwn(kwargs, k) ? kwargs[k] : undefined),
  getAttr: (v, name) => {
    if (typeof v === "object" && "attrs" in v && Object.hasOwn(v.attrs, name)) return v.attrs[name]!;
    throw Object.assign(new Error(`'${typeof v === "bigint" ? "int" : "object"}' object has no attribute '${name}'`), { pyType: "AttributeError" });
  },
  getItem: (v, key) => (v instanceof Map ? v.get(key)! : (v as V[])[key as number]!),
  convert: (v, c) => (typeof v === "string" ? (c === "r" ? strRepr(v) : c === "a" ? strAscii(strRepr(v)) : v) : String(v)),
  format: (v, spec) => (typeof v === "bigint" ? formatInt(v, spec) : formatStr(v as string, spec)),
});
const f = (t: string, args: V[] = [], kwargs: Record<string, V> = {}) => outcome(() => strFormat(t, host(args, kwargs)));
const A = { attrs: { b: 5n } };

// Every expectation below is what CPython 3.11 gives for the same call.
describe("str.format", () => {
  it("fields, conversions, nested specs, escapes", () => {
    expect(f("{0[a].b!r:>{w}}", [new Map([["a", A]])], { w: 6n })).toBe("     5");
    expect(f("{0:{1}}|{:{}}", [3n, 5n])).toBe("!ValueError: cannot switch from manual field specification to automatic field numbering");
    expect(f("{:{}}", [3n, 5n])).toBe("    3");
    expect(f("a}}b{{c{{}}")).toBe("a}b{c{}");
    expect(f("{0[-1]}|{0[0]}", [new Map<unknown, V>([["-1", 3n], [0, 2n]])])).toBe("3|2");
    expect(f("{[0]}{.b}{!r}", [[7n], A, "s"])).toBe("7" + "5" + "'s'");
    expect(f("{ }{00}", [1n], { " ": 9n })).toBe("91");
    expect(f("{0!a}", ["é"])).toBe("'\\xe9'");
    expect(f("{0!s:{1}}", ["x", 3n])).toBe("x  ");
  });

  it("CPython's errors, raised in evaluation order", () => {
    expect(f("{}")).toBe("!IndexError: Replacement index 0 out of range for positional args tuple");
    expect(f("{x}")).toBe("!KeyError: 'x'");
    expect(f("{x} {")).toBe("!KeyError: 'x'");
    expect(f("{} {0}", [1n])).toBe("!ValueError: cannot switch from automatic field numbering to manual field specification");
    expect(f("{")).toBe("!ValueError: Single '{' encountered in format string");
    expect(f("}")).toBe("!ValueError: Single '}' encountered in format string");
    expect(f("{0:}}", [1n])).toBe("!ValueError: Single '}' encountered in format string");
    expect(f("{0", [1n])).toBe("!ValueError: expected '}' before end of string");
    expect(f("{0[}", [1n])).toBe("!ValueError: expected '}' before end of string");
    expect(f("{0!}", [1n])).toBe("!ValueError: unmatched '{' in format spec");
    expect(f("{0!x}", [1n])).toBe("!ValueError: Unknown conversion specifier x");
    expect(f("{0!rr}", [1n])).toBe("!ValueError: expected ':' after conversion specifier");
    expect(f("{0!", [1n])).toBe("!ValueError: end of string while looking for conversion specifier");
    expect(f("{0.}", [1n])).toBe("!ValueError: Empty attribute in format string");
    expect(f("{0[]}", [[1n]])).toBe("!ValueError: Empty attribute in format string");
    expect(f("{0[0]x}", [[1n]])).toBe("!ValueError: Only '.' or '[' may follow ']' in format field specifier");
    expect(f("{a.b[c]d}", [], { a: 1n })).toBe("!AttributeError: 'int' object has no attribute 'b'");
    expect(f("{:{:{}}}", [3n, 5n, 6n])).toBe("!ValueError: Max string recursion exceeded");
    expect(f("{10000000000000000000000}", [1n])).toBe("!ValueError: Too many decimal digits in format string");
    expect(outcome(() => strFormat("{0}", host([1n], {}, true)))).toBe("!ValueError: Format string contains positional fields");
  });
});
