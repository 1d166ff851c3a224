import { NotImplemented, None, PyFloat, PyObject, defMethod, strType, typeName, typeOf, type PyValue } from "./base.js";
import { argCount, bindNative, clinicTypeName, exactlyOne, noArgs, strArg, textArgs } from "./args.js";
import { TypeError, pyErr, unsupported } from "./exceptions.js";
import { StrIter } from "./iterators.js";
import { asIndex } from "./slice.js";
import { PyBytes, PyList, PyTuple, pyTuple } from "./values.js";
import { intOf } from "./numbers.js";
import { checkCells, repeatCount } from "../limits.js";
import { getAttr } from "../ops/attr.js";
import { RICH_COMPARISONS, builtinCompare } from "../ops/compare.js";
import { repr, str } from "../ops/convert.js";
import { formatValue } from "../ops/format.js";
import { pyHash } from "../ops/hash.js";
import { contains, getItem, len } from "../ops/items.js";
import { toArray } from "../ops/iter.js";
import { textCall } from "../ops/text-errors.js";
import { percentFormat, type PercentArgs, type PercentHost } from "../text/percent.js";
import { strAscii } from "../text/repr.js";
import { strFormat } from "../text/str-format.js";
import * as M from "../text/str-methods.js";
import { decodeBytes } from "./bytes.js";
import { toFloat, toInt } from "./numbers.js";

strType.make = (cls, args, kw) => {
  if (cls !== strType) throw unsupported("subclasses of str");
  if (args.length === 1 && kw === null) return str(args[0]!);
  const [o, encoding, errors] = bindNative("str", args, kw, ["object", "encoding", "errors"], 0);
  textArgs("str", encoding, errors);
  if (o === undefined) return "";
  if (encoding !== undefined || errors !== undefined) {
    // Objects/unicodeobject.c PyUnicode_FromEncodedObject refuses str by name.
    if (typeOf(o).isSubtypeOf(strType)) throw pyErr(TypeError, "decoding str is not supported");
    if (!(o instanceof PyBytes)) throw pyErr(TypeError, `decoding to str: need a bytes-like object, ${typeName(o)} found`);
    return decodeBytes(o.bytes, encoding, errors);
  }
  return str(o);
};
strType.one = str;

const s0 = (a: PyValue[]) => a[0] as string;

/** An optional start/end argument: None or an int (clamped slice-style by the text helpers). */
function optIndex(v: PyValue | undefined): number | null {
  if (v === undefined || v === None) return null;
  const i = asIndex(v);
  if (i === undefined) throw pyErr(TypeError, "slice indices must be integers or None or have an __index__ method");
  return Number(i);
}

function optChars(name: string, v: PyValue | undefined): string | null {
  if (v === undefined || v === None) return null;
  if (typeof v !== "string") throw pyErr(TypeError, `${name} arg must be None or str`);
  return v;
}

function intArg(v: PyValue, def: number): number {
  if (v === undefined) return def;
  const i = intOf(v) ?? asIndex(v);
  if (i === undefined) throw pyErr(TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
  return Number(i);
}

function subArg(v: PyValue | undefined): string {
  if (typeof v !== "string") throw pyErr(TypeError, `must be str, not ${typeName(v ?? None)}`);
  return v;
}

function searchMethod(name: string, fn: (s: string, sub: string, st: number | null, en: number | null) => number | boolean): void {
  defMethod(strType, name, (a) => {
    argCount(name, a, 1, 3, 1);
    return textCall(() => fn(s0(a), subArg(a[1]), optIndex(a[2]), optIndex(a[3])));
  });
}
searchMethod("find", M.find);
searchMethod("rfind", M.rfind);
searchMethod("index", M.index);
searchMethod("rindex", M.rindex);
searchMethod("count", M.count);

for (const [name, fn] of [
  ["startswith", M.startsWith],
  ["endswith", M.endsWith],
] as const) {
  defMethod(strType, name, (a) => {
    argCount(name, a, 1, 3, 1);
    const p = a[1]!;
    const st = optIndex(a[2]);
    const en = optIndex(a[3]);
    if (p instanceof PyTuple) {
      return p.items.some((x) => {
        if (typeof x !== "string")
          throw pyErr(TypeError, `tuple for ${name} must only contain str, not ${typeName(x)}`);
        return fn(s0(a), x, st, en);
      });
    }
    if (typeof p !== "string")
      throw pyErr(TypeError, `${name} first arg must be str or a tuple of str, not ${typeName(p)}`);
    return fn(s0(a), p, st, en);
  });
}

defMethod(strType, "join", (a) => {
  const arg = exactlyOne("str.join", a, null, 1);
  if (typeof arg !== "string" && typeOf(arg).lookup("__iter__") === undefined && typeOf(arg).lookup("__getitem__") === undefined)
    throw pyErr(TypeError, "can only join an iterable");
  const items = toArray(arg);
  for (let i = 0; i < items.length; i++)
    if (typeof items[i] !== "string")
      throw pyErr(TypeError, `sequence item ${i}: expected str instance, ${typeName(items[i]!)} found`);
  return (items as string[]).join(s0(a));
});

for (const [name, fn] of [
  ["split", M.split],
  ["rsplit", M.rsplit],
] as const) {
  defMethod(strType, name, (a, kw) => {
    const [sep, maxsplit] = bindNative(name, a, kw, ["sep", "maxsplit"], 0, [], 1);
    if (sep !== undefined && sep !== None && typeof sep !== "string")
      throw pyErr(TypeError, `must be str or None, not ${typeName(sep)}`);
    const seps = sep === undefined || sep === None ? null : (sep as string);
    return new PyList(textCall(() => fn(s0(a), seps, intArg(maxsplit!, -1))));
  });
}

for (const [name, fn] of [
  ["strip", M.strip],
  ["lstrip", M.lstrip],
  ["rstrip", M.rstrip],
] as const) {
  defMethod(strType, name, (a) => {
    argCount(name, a, 0, 1, 1);
    return fn(s0(a), optChars(name, a[1]));
  });
}

for (const [name, fn] of [
  ["upper", M.upper],
  ["lower", M.lower],
  ["title", M.title],
  ["capitalize", M.capitalize],
  ["swapcase", M.swapcase],
  ["casefold", M.casefold],
  ["isspace", M.isspace],
  ["isalpha", M.isalpha],
  ["isdecimal", M.isdecimal],
  ["isdigit", M.isdigit],
  ["isnumeric", M.isnumeric],
  ["isalnum", M.isalnum],
  ["isascii", M.isascii],
  ["isprintable", M.isprintable],
  ["isidentifier", M.isidentifier],
  ["isupper", M.isupper],
  ["islower", M.islower],
  ["istitle", M.istitle],
] as const) {
  defMethod(strType, name, (a, kw) => {
    noArgs(`str.${name}`, a, kw);
    return fn(s0(a));
  });
}

for (const [name, fn] of [
  ["center", M.center],
  ["ljust", M.ljust],
  ["rjust", M.rjust],
] as const) {
  defMethod(strType, name, (a) => {
    argCount(name, a, 1, 2, 1);
    const fill = a[2] === undefined ? " " : (a[2] as string);
    if (typeof fill !== "string" || fill.length !== 1)
      throw pyErr(TypeError, "The fill character must be exactly one character long");
    const w = intArg(a[1]!, 0);
    checkCells(w);
    return textCall(() => fn(s0(a), w, fill));
  });
}
defMethod(strType, "zfill", (a) => M.zfill(s0(a), intArg(exactlyOne("str.zfill", a, null, 1), 0)));
defMethod(strType, "expandtabs", (a, kw) => {
  const [t] = bindNative("expandtabs", a, kw, ["tabsize"], 0, [], 1);
  return M.expandtabs(s0(a), intArg(t!, 8));
});
defMethod(strType, "splitlines", (a, kw) => {
  const [k] = bindNative("splitlines", a, kw, ["keepends"], 0, [], 1);
  return new PyList(M.splitlines(s0(a), k !== undefined && k !== false && k !== 0));
});
defMethod(strType, "partition", (a) => pyTuple(textCall(() => M.partition(s0(a), strArg(exactlyOne("str.partition", a, null, 1), "sep")))));
defMethod(strType, "rpartition", (a) => pyTuple(textCall(() => M.rpartition(s0(a), strArg(exactlyOne("str.rpartition", a, null, 1), "sep")))));
defMethod(strType, "replace", (a) => {
  argCount("replace", a, 2, 3, 1);
  const old = a[1];
  const nw = a[2];
  if (typeof old !== "string") throw pyErr(TypeError, `replace() argument 1 must be str, not ${clinicTypeName(old!)}`);
  if (typeof nw !== "string") throw pyErr(TypeError, `replace() argument 2 must be str, not ${clinicTypeName(nw!)}`);
  return M.replace(s0(a), old, nw, intArg(a[3]!, -1));
});
defMethod(strType, "removeprefix", (a) => {
  const p = strArg(exactlyOne("str.removeprefix", a, null, 1), "removeprefix() argument");
  return s0(a).startsWith(p) ? s0(a).slice(p.length) : s0(a);
});
defMethod(strType, "removesuffix", (a) => {
  const p = strArg(exactlyOne("str.removesuffix", a, null, 1), "removesuffix() argument");
  return p && s0(a).endsWith(p) ? s0(a).slice(0, -p.length) : s0(a);
});
/**
 * `str.encode(encoding='utf-8', errors='strict')` with the codecs tfscope has (utf-8, ascii, latin-1,
 * under CPython's aliases) and text each can encode; anything else (another codec or error handler,
 * lone surrogates, a character the codec lacks, whose UnicodeEncodeError tfscope does not spell) is
 * refused by name, never encoded as something else.
 */
defMethod(strType, "encode", (a, kw) => {
  const [encoding, errors] = bindNative("encode", a, kw, ["encoding", "errors"], 0, [], 1);
  if (encoding !== undefined && typeof encoding !== "string") throw pyErr(TypeError, `encode() argument 'encoding' must be str, not ${typeName(encoding)}`);
  if (errors !== undefined && typeof errors !== "string") throw pyErr(TypeError, `encode() argument 'errors' must be str, not ${typeName(errors)}`);
  if (errors !== undefined && errors !== "strict") throw unsupported(`encoding with errors='${errors}'`);
  const text = s0(a);
  const name = encoding ?? "utf-8";
  const enc = name.toLowerCase().replace(/[-_ ]/g, "");
  let limit: number;
  if (enc === "utf8" || enc === "u8" || enc === "utf" || enc === "cp65001") {
    if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)) throw unsupported("the UnicodeEncodeError of a lone surrogate");
    return new PyBytes(new TextEncoder().encode(text));
  } else if (enc === "ascii" || enc === "usascii" || enc === "646") limit = 128;
  else if (["latin1", "latin", "l1", "iso88591", "iso8859", "8859", "cp819"].includes(enc)) limit = 256;
  else throw unsupported(`the '${name}' codec`);
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= limit) throw unsupported(`the UnicodeEncodeError of the '${name}' codec`);
    out[i] = c;
  }
  return new PyBytes(out);
});

/** `template.format(*args, **kwargs)`. */
export function strDotFormat(template: string, args: readonly PyValue[], kw: Map<string, PyValue> | null): string {
  return textCall(() =>
    strFormat<PyValue>(template, {
      positional: (i) => args[i],
      keyword: (n) => kw?.get(n),
      getAttr: (v, n) => getAttr(v, n),
      getItem: (v, k) => getItem(v, k),
      convert: (v, c) => (c === "r" ? repr(v) : c === "s" ? str(v) : strAscii(repr(v))),
      format: (v, spec) => formatValue(v, spec) as string,
    }),
  );
}
defMethod(strType, "format", (a, kw) => strDotFormat(s0(a), a.slice(1), kw));
defMethod(strType, "format_map", (a) => {
  const m = exactlyOne("str.format_map", a, null, 1);
  return textCall(() =>
    strFormat<PyValue>(s0(a), {
      keyword: (n) => getItem(m, n),
      getAttr: (v, n) => getAttr(v, n),
      getItem: (v, k) => getItem(v, k),
      convert: (v, c) => (c === "r" ? repr(v) : c === "s" ? str(v) : strAscii(repr(v))),
      format: (v, spec) => formatValue(v, spec) as string,
    }),
  );
});

const percentHost: PercentHost<PyValue> = {
  str,
  repr,
  ascii: (v) => strAscii(repr(v)),
  typeName,
  asStr: (v) => (typeof v === "string" ? v : null),
  exactInt: (v) => {
    const i = intOf(v);
    return i === undefined ? null : BigInt(i);
  },
  index: (v) => {
    const i = asIndex(v);
    return i === undefined ? null : BigInt(i);
  },
  toInt: (v) => {
    if (intOf(v) === undefined && !(v instanceof PyFloat) && !(v instanceof PyObject && v.cls.lookup("__int__"))) return null;
    return BigInt(toInt(v));
  },
  toFloat: (v) => {
    if (intOf(v) === undefined && !(v instanceof PyFloat) && !(v instanceof PyObject && v.cls.lookup("__float__"))) return null;
    return toFloat(v);
  },
  getItem: (m, k) => getItem(m, k),
};

/** `format % args`. */
export function percent(format: string, v: PyValue): string {
  const args: PercentArgs<PyValue> =
    v instanceof PyTuple
      ? { kind: "tuple", items: v.items }
      : {
          kind: "single",
          value: v,
          mapping: typeof v !== "string" && !(v instanceof PyTuple) && v instanceof PyObject && v.cls.lookup("__getitem__") !== undefined,
        };
  return textCall(() => percentFormat(format, args, percentHost));
}

defMethod(strType, "__mod__", (a) => (typeof a[0] === "string" ? percent(a[0], a[1]!) : NotImplemented));
defMethod(strType, "__add__", (a) => (typeof a[1] === "string" ? s0(a) + a[1] : NotImplemented));
defMethod(strType, "__mul__", (a) => repeat(s0(a), a[1]!));
defMethod(strType, "__rmul__", (a) => repeat(s0(a), a[1]!));
defMethod(strType, "__len__", (a) => len(s0(a)));
defMethod(strType, "__getitem__", (a) => getItem(s0(a), a[1]!));
defMethod(strType, "__contains__", (a) => contains(s0(a), a[1]!));
defMethod(strType, "__iter__", (a) => new StrIter(s0(a)));
defMethod(strType, "__hash__", (a) => pyHash(s0(a)));
defMethod(strType, "__repr__", (a) => repr(s0(a)));
defMethod(strType, "__str__", (a) => s0(a));
defMethod(strType, "__format__", (a) => formatValue(s0(a), strArg(a[1]!, "format_spec")));
for (const [name, c] of RICH_COMPARISONS)
  defMethod(strType, name, (a) => builtinCompare(a[0]!, a[1]!, c) ?? NotImplemented);
defMethod(strType, "maketrans", () => {
  throw unsupported("str.maketrans");
});

function repeat(s: string, n: PyValue): PyValue {
  const k = intOf(n) ?? asIndex(n);
  if (k === undefined) return NotImplemented;
  const count = repeatCount(k);
  checkCells(s.length * count);
  return s.repeat(count);
}

