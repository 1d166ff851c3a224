import { None, NotImplemented, bytearrayType, bytesType, defMethod, intType, typeName, type Kwargs, type PyValue } from "./base.js";
import { argCount, bindNative, textArgs } from "./args.js";
import { OverflowError, PyException, TypeError, UnicodeDecodeError, ValueError, pyErr, unsupported } from "./exceptions.js";
import * as I from "./intmath.js";
import { JsIter, iteratorType } from "./iterators.js";
import { intOf } from "./numbers.js";
import { PyNativeFunction } from "./base.js";
import { PyClassMethod } from "./descriptors.js";
import { asIndex, seqIndex, sliceArray } from "./slice.js";
import { PyBytes, PySlice } from "./values.js";
import { RICH_COMPARISONS, builtinCompare } from "../ops/compare.js";
import { pyHash } from "../ops/hash.js";
import { toArray } from "../ops/iter.js";
import { len } from "../ops/items.js";
import { checkCells, repeatCount } from "../limits.js";
import { bytesRepr } from "../text/repr.js";

/** bytes: immutable byte strings (the common operations; encodings are UTF-8/ASCII only). */

const BY = (o: PyValue) => (o as PyBytes).bytes;

function fromInts(items: PyValue[]): Uint8Array {
  return Uint8Array.from(items, (x) => {
    const n = intOf(x);
    if (n === undefined) throw pyErr(TypeError, `'${typeName(x)}' object cannot be interpreted as an integer`);
    if (n < 0 || n > 255) throw pyErr(ValueError, "bytes must be in range(0, 256)");
    return Number(n);
  });
}

function encode(s: string, encoding: PyValue | undefined): Uint8Array {
  const enc = typeof encoding === "string" ? encoding.toLowerCase().replace(/[-_]/g, "") : "utf8";
  if (enc === "latin1") {
    // CPython's latin-1 codec: one byte per code point below 256.
    const cps = [...s].map((c) => c.codePointAt(0)!);
    const bad = cps.findIndex((c) => c > 255);
    if (bad >= 0) throw unsupported("a character outside latin-1 in the latin-1 codec");
    return Uint8Array.from(cps);
  }
  if (enc !== "utf8" && enc !== "ascii") throw unsupported(`the '${String(encoding)}' codec`);
  const out = new TextEncoder().encode(s);
  if (enc === "ascii" && out.some((b) => b > 127)) throw unsupported("non-ASCII text in the ascii codec");
  return out;
}

// bytes_subtype_new: a subclass's instance copies what bytes(...) would build.
bytesType.make = (cls, args, kw) => {
  const b = newBytes(args, kw);
  return cls === bytesType ? b : new PyBytes(b.bytes, cls);
};

function newBytes(args: PyValue[], kw: Kwargs): PyBytes {
  const [v, encoding, errors] = bindNative("bytes", args, kw, ["source", "encoding", "errors"], 0);
  textArgs("bytes", encoding, errors);
  // bytes_new_impl (Objects/bytesobject.c), in its order of checks.
  const what = encoding !== undefined ? "encoding" : "errors";
  if (v === undefined) {
    if (encoding !== undefined || errors !== undefined) throw pyErr(TypeError, `${what} without a string argument`);
    return new PyBytes(new Uint8Array());
  }
  if (encoding !== undefined && typeof v !== "string") throw pyErr(TypeError, "encoding without a string argument");
  if (typeof v === "string") {
    if (encoding === undefined) throw pyErr(TypeError, "string argument without an encoding");
    return new PyBytes(encode(v, encoding));
  }
  if (errors !== undefined) throw pyErr(TypeError, "errors without a string argument");
  if (v instanceof PyBytes) return v.cls === bytesType ? v : new PyBytes(v.bytes.slice());
  const n = intOf(v);
  if (n !== undefined) {
    // PyNumber_AsSsize_t(x, OverflowError) first, then the sign, then the allocation (tfscope's memory cap).
    if (n > 0x7fffffffffffffffn || n < -0x8000000000000000n) throw pyErr(OverflowError, `cannot fit '${typeName(v)}' into an index-sized integer`);
    if (n < 0) throw pyErr(ValueError, "negative count");
    checkCells(Number(n));
    return new PyBytes(new Uint8Array(Number(n)));
  }
  // PyBytes_FromObject: what is neither a buffer nor iterable "cannot convert".
  let items: PyValue[];
  try {
    items = toArray(v);
  } catch (e) {
    if (e instanceof PyException && e.cls === TypeError && / object is not iterable$/.test(String(e.args[0]))) throw pyErr(TypeError, `cannot convert '${typeName(v)}' object to bytes`);
    throw e;
  }
  return new PyBytes(fromInts(items));
}

defMethod(bytesType, "__repr__", (a) => bytesRepr(BY(a[0]!)));
defMethod(bytesType, "__str__", (a) => bytesRepr(BY(a[0]!)));
defMethod(bytesType, "__len__", (a) => BY(a[0]!).length);
// bytes_hash on the bytes themselves (a subclass instance too).
defMethod(bytesType, "__hash__", (a) => pyHash(new PyBytes(BY(a[0]!))));
defMethod(bytesType, "decode", (a, kw) => {
  const [encoding, errors] = bindNative("decode", a, kw, ["encoding", "errors"], 0, [], 1);
  return decodeBytes(BY(a[0]!), encoding, errors);
});

/** Latin-1 text of bytes, in chunks (a spread of a large array would overflow the JS stack). */
function latin1(b: Uint8Array): string {
  let out = "";
  for (let i = 0; i < b.length; i += 8192) out += String.fromCharCode(...b.subarray(i, i + 8192));
  return out;
}

/**
 * bytes.decode and str(bytes, encoding): the codecs tfscope has (utf-8, ascii, latin-1, under CPython's
 * aliases) with strict errors; any other codec or error handler is refused by name, never decoded as
 * something else.
 */
export function decodeBytes(b: Uint8Array, encoding: PyValue | undefined, errors: PyValue | undefined): string {
  const name = typeof encoding === "string" ? encoding : "utf-8";
  const enc = name.toLowerCase().replace(/[-_ ]/g, "");
  if (errors !== undefined && errors !== "strict") throw unsupported(`decoding with errors=${typeof errors === "string" ? `'${errors}'` : typeName(errors)}`);
  if (enc === "utf8" || enc === "u8" || enc === "utf" || enc === "cp65001") {
    // CPython's utf-8 codec keeps a byte-order mark as U+FEFF; invalid bytes raise UnicodeDecodeError.
    try {
      return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(b);
    } catch {
      throw unsupported("the UnicodeDecodeError of invalid UTF-8 (its message names the byte and the reason)");
    }
  }
  if (enc === "ascii" || enc === "usascii" || enc === "646") {
    const i = b.findIndex((x) => x > 127);
    if (i >= 0) throw pyErr(UnicodeDecodeError, `'ascii' codec can't decode byte 0x${b[i]!.toString(16).padStart(2, "0")} in position ${i}: ordinal not in range(128)`);
    return latin1(b);
  }
  if (["latin1", "latin", "l1", "iso88591", "iso8859", "8859", "cp819"].includes(enc)) return latin1(b);
  throw unsupported(`the '${name}' codec`);
}
// bytes.hex(sep=None, bytes_per_sep=1), as pystrhex.c _Py_strhex_impl: one ASCII separator between
// groups of |bytes_per_sep| bytes, counted from the right when positive, from the left when negative.
defMethod(bytesType, "hex", (a, kw) => {
  const [sep, perArg] = bindNative("hex", a, kw, ["sep", "bytes_per_sep"], 0, [], 1);
  const pairs = [...BY(a[0]!)].map((b) => b.toString(16).padStart(2, "0"));
  if (sep === undefined || sep === None) return pairs.join("");
  if (len(sep) !== 1) throw pyErr(ValueError, "sep must be length 1.");
  let code: number;
  if (typeof sep === "string") code = sep.codePointAt(0)!;
  else if (sep instanceof PyBytes && sep.cls.isSubtypeOf(bytesType)) code = sep.bytes[0]!;
  else throw pyErr(TypeError, "sep must be str or bytes.");
  if (code > 127) throw pyErr(ValueError, "sep must be ASCII.");
  let per = 1;
  if (perArg !== undefined) {
    const i = asIndex(perArg);
    if (i === undefined) throw pyErr(TypeError, `'${typeName(perArg)}' object cannot be interpreted as an integer`);
    if (typeof i === "bigint" || i > 2147483647 || i < -2147483648) throw pyErr(OverflowError, "Python int too large to convert to C int");
    per = i;
  }
  if (per === 0 || pairs.length === 0) return pairs.join("");
  const size = Math.abs(per);
  const groups: string[] = [];
  if (per > 0) for (let end = pairs.length; end > 0; end -= size) groups.unshift(pairs.slice(Math.max(0, end - size), end).join(""));
  else for (let start = 0; start < pairs.length; start += size) groups.push(pairs.slice(start, start + size).join(""));
  return groups.join(String.fromCharCode(code));
});
for (const [name, c] of RICH_COMPARISONS)
  defMethod(bytesType, name, (a) => {
    const y = a[1];
    if (!(y instanceof PyBytes)) return NotImplemented;
    return builtinCompare(String.fromCharCode(...BY(a[0]!)), String.fromCharCode(...y.bytes), c)!;
  });
defMethod(bytesType, "__add__", (a) => {
  const y = a[1];
  if (!(y instanceof PyBytes)) return NotImplemented;
  const x = BY(a[0]!);
  const out = new Uint8Array(x.length + y.bytes.length);
  out.set(x);
  out.set(y.bytes, x.length);
  return new PyBytes(out);
});
/** bytes * n and n * bytes (sq_repeat is reached from both sides). */
function repeatBytes(a: PyValue[]): PyValue {
  const n = intOf(a[1]!) ?? asIndex(a[1]!);
  if (n === undefined) return NotImplemented;
  const x = BY(a[0]!);
  const k = repeatCount(n);
  checkCells(x.length * k);
  const out = new Uint8Array(x.length * k);
  for (let i = 0; i < k; i++) out.set(x, i * x.length);
  // A subclass's repeat is its base type's: bytes for bytes, bytearray for bytearray.
  return (a[0] as PyBytes).cls.isSubtypeOf(bytearrayType) ? new PyBytes(out, bytearrayType) : new PyBytes(out);
}
for (const t of [bytesType, bytearrayType]) {
  defMethod(t, "__mul__", repeatBytes);
  defMethod(t, "__rmul__", repeatBytes);
}
defMethod(bytesType, "__contains__", (a) => {
  const x = BY(a[0]!);
  const y = a[1]!;
  if (y instanceof PyBytes) return String.fromCharCode(...x).includes(String.fromCharCode(...y.bytes));
  const n = intOf(y);
  if (n === undefined) throw pyErr(TypeError, `a bytes-like object is required, not '${typeName(y)}'`);
  return x.includes(Number(n));
});
const bytesIterType = iteratorType("bytes_iterator");
defMethod(bytesType, "__iter__", (a) => {
  const b = BY(a[0]!);
  return new JsIter(bytesIterType, (function* () {
    for (const x of b) yield x;
  })());
});
defMethod(bytesType, "__getitem__", (a) => {
  const b = BY(a[0]!);
  const k = a[1]!;
  if (k instanceof PySlice) return new PyBytes(Uint8Array.from(sliceArray([...b], k.start, k.stop, k.step)));
  const i = asIndex(k);
  // Objects/bytearrayobject.c names itself where bytes_subscript says "byte indices" / "index".
  const ba = (a[0] as PyBytes).cls.isSubtypeOf(bytearrayType);
  if (i === undefined)
    throw pyErr(TypeError, `${ba ? "bytearray" : "byte"} indices must be integers or slices, not ${typeName(k)}`);
  return b[seqIndex(i, b.length, ba ? "bytearray index" : "index")]!;
});

/**
 * bytes.strip/lstrip/rstrip and bytearray's (bytes_methods.c do_xstrip/do_argstrip): ASCII whitespace
 * (Py_ISSPACE) or the bytes given; exact bytes that lose nothing are returned themselves.
 */
const ASCII_SPACE = new Set([0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d]);
for (const t of [bytesType, bytearrayType])
  for (const [name, left, right] of [["strip", true, true], ["lstrip", true, false], ["rstrip", false, true]] as const)
    defMethod(t, name, (a) => {
      argCount(name, a, 0, 1, 1);
      const chars = a[1];
      if (chars !== undefined && chars !== None && !(chars instanceof PyBytes))
        throw pyErr(TypeError, `a bytes-like object is required, not '${typeName(chars)}'`);
      const strip = chars === undefined || chars === None ? ASCII_SPACE : new Set((chars as PyBytes).bytes);
      const self = a[0] as PyBytes;
      const b = self.bytes;
      let i = 0;
      let j = b.length;
      if (left) while (i < j && strip.has(b[i]!)) i++;
      if (right) while (j > i && strip.has(b[j - 1]!)) j--;
      if (t === bytesType && i === 0 && j === b.length && self.cls === bytesType) return self;
      return t === bytesType ? new PyBytes(b.slice(i, j)) : new PyBytes(b.slice(i, j), bytearrayType);
    });

// bytearray: bytes' read-only protocol plus append/extend (a fresh array each time).
bytearrayType.make = (cls, args, kw) => new PyBytes((bytesType.make!(bytesType, args, kw) as PyBytes).bytes.slice(), cls);
// printf-style formatting of bytes (PEP 461) is not modelled: a gap, never a false TypeError.
for (const t of [bytesType, bytearrayType])
  defMethod(t, "__mod__", () => {
    throw unsupported(`${t.name} % formatting`);
  });

// Each its own method of bytearray (a bound `bytearray(b'ab').hex` checks for a bytearray, not bytes).
for (const name of ["__len__", "__iter__", "__getitem__", "__contains__", "__eq__", "decode", "hex"])
  defMethod(bytearrayType, name, (bytesType.dict!.get(name) as PyNativeFunction).unchecked);
defMethod(bytearrayType, "__repr__", (a) => `bytearray(${bytesRepr(BY(a[0]!))})`);
defMethod(bytearrayType, "append", (a) => {
  const b = a[0] as PyBytes;
  const next = new Uint8Array(b.bytes.length + 1);
  next.set(b.bytes);
  next[b.bytes.length] = fromInts([a[1]!])[0]!;
  b.bytes = next;
  return None;
});
defMethod(bytearrayType, "extend", (a) => {
  const b = a[0] as PyBytes;
  const more = a[1] instanceof PyBytes ? a[1].bytes : fromInts(toArray(a[1]!));
  const next = new Uint8Array(b.bytes.length + more.length);
  next.set(b.bytes);
  next.set(more, b.bytes.length);
  b.bytes = next;
  return None;
});
// bytearray_ass_subscript: an index takes one int in range(0, 256); slice assignment and deletion are
// not modelled (a gap, never a false TypeError).
defMethod(bytearrayType, "__setitem__", (a) => {
  const b = a[0] as PyBytes;
  const k = a[1]!;
  if (k instanceof PySlice) throw unsupported("bytearray slice assignment");
  const i = asIndex(k);
  if (i === undefined) throw pyErr(TypeError, `bytearray indices must be integers or slices, not ${typeName(k)}`);
  const at = seqIndex(i, b.bytes.length, "bytearray index");
  const n = intOf(a[2]!);
  if (n === undefined) throw pyErr(TypeError, `'${typeName(a[2]!)}' object cannot be interpreted as an integer`);
  if (n < 0 || n > 255) throw pyErr(ValueError, "byte must be in range(0, 256)");
  const next = b.bytes.slice();
  next[at] = Number(n);
  b.bytes = next;
  return None;
});
defMethod(bytearrayType, "__delitem__", () => {
  throw unsupported("bytearray item deletion");
});
bytearrayType.dict!.set("__hash__", None);

/** int.to_bytes(length=1, byteorder='big', *, signed=False). */
defMethod(intType, "to_bytes", (a, kw) => {
  const [length, order, signed] = bindNative("to_bytes", a, kw, ["length", "byteorder"], 0, ["signed"], 1);
  const n = I.big(intOf(a[0]!)!);
  const len = length === undefined ? 1 : Number(intOf(length) ?? 1);
  const little = order === "little";
  if (order !== undefined && order !== "little" && order !== "big")
    throw pyErr(ValueError, "byteorder must be either 'little' or 'big'");
  const isSigned = signed === true;
  if (n < 0n && !isSigned) throw pyErr(OverflowError, "can't convert negative int to unsigned");
  let v = n < 0n ? (1n << BigInt(8 * len)) + n : n;
  const limit = isSigned ? 1n << BigInt(8 * len - 1) : 1n << BigInt(8 * len);
  if ((n >= 0n && n >= limit) || (n < 0n && -n > limit)) throw pyErr(OverflowError, "int too big to convert");
  const out = new Uint8Array(len);
  for (let i = len - 1; i >= 0; i--) {
    out[i] = Number(v & 255n);
    v >>= 8n;
  }
  if (little) out.reverse();
  return new PyBytes(out);
});
intType.dict!.set(
  "from_bytes",
  new PyClassMethod(
    new PyNativeFunction("from_bytes", (a, kw) => {
      const [data, order, signed] = bindNative("from_bytes", a, kw, ["bytes", "byteorder"], 1, ["signed"], 1);
      const b = data instanceof PyBytes ? [...data.bytes] : fromInts(toArray(data!));
      const bs = order === "little" ? [...b].reverse() : [...b];
      let v = 0n;
      for (const x of bs) v = (v << 8n) | BigInt(x);
      if (signed === true && bs.length && bs[0]! >= 128) v -= 1n << BigInt(8 * bs.length);
      return I.norm(v);
    }),
  ),
);

