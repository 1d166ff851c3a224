/**
 * The native module `_np` behind the shim's `numpy`: arrays from Python data with numpy's dtype
 * inference, printing by the numpy room, element-wise arithmetic with numpy's promotion, reductions
 * and basic indexing.
 */
import * as np from "../numpy/index.js";
import type { NDArray as Arr } from "../numpy/index.js";
import { NumpyError } from "../numpy/errors.js";
import {
  type ModuleBuilder,
  type PyValue,
  asList,
  isFloat,
  isInt,
  isList,
  isNone,
  isStr,
  isTuple,
  pyFloat,
  pyInt,
  pyList,
  pyNone,
  pyTupleOf,
} from "../python/index.js";
import { PyBytes, PyDict, PyRange, PySet } from "../python/objects/values.js";
import type { NativeKit } from "./native.js";

export function buildNpModule(k: NativeKit, m: ModuleBuilder): void {
  const { host, bridge } = k;
  let make: PyValue = pyNone, ndarrayCls: PyValue = pyNone, scalarOf: PyValue = pyNone;
  let rng: np.RandomState | null = null;
  let seeded = false;
  const random = () => (rng ??= new np.RandomState(null));

  const fn = (name: string, impl: (a: PyValue[], kw: Map<string, PyValue>) => unknown) =>
    m.fn(name, k.guard((a, kw) => {
      try {
        let r = impl(a, kw);
        // A numpy function returning new memory never hands back an argument's own array (two Python
        // arrays on one NDArray would alias where numpy's do not); views are new NDArray objects.
        if (r instanceof np.NDArray && a.some((x) => bridge.ndarrayOf(x) === r)) r = r.copy();
        if (r instanceof np.NDArray && (ARRAY_FNS.has(name) || (r.ndim === 0 && r.base !== null))) return wrapNd(r);
        return out(r);
      } catch (e) {
        // numpy.AxisError is numpy's own class (numpy/core/_exceptions.py), the rest are builtins.
        if (e instanceof NumpyError) return host.raise(e.pyType === "AxisError" ? "numpy.AxisError" : e.pyType, e.message);
        if (e instanceof RangeError || e instanceof TypeError) return host.raise("ValueError", e.message);
        throw e;
      }
    }));
  const wrapArray = (a: Arr): PyValue => (a.ndim === 0 ? host.call(scalarOf, [host.opaque(a)]) : host.call(make, [ndarrayCls, host.opaque(a)]));
  // np.array(5.) and friends keep a 0-d ndarray (repr `array(5.)`); ufuncs, reductions and indexing
  // give numpy scalars.
  const wrapNd = (a: Arr): PyValue => host.call(make, [ndarrayCls, host.opaque(a)]);
  const ARRAY_FNS = new Set(["array", "scalar_array", "filled", "full", "astype", "reshape"]);
  const out = (x: unknown): PyValue => {
    if (x instanceof np.NDArray) return wrapArray(x);
    if (x === undefined || x === null) return pyNone;
    if (typeof x === "boolean" || typeof x === "string") return x;
    if (typeof x === "number") return Number.isInteger(x) ? pyInt(x) : pyFloat(x);
    return x as PyValue;
  };
  const arr = (v: PyValue, dtype?: np.DType): Arr => toArray(k, v, dtype);
  const dt = (v: PyValue | undefined): np.DType | undefined => (v === undefined || isNone(v) ? undefined : dtypeName(k, v));

  fn("unsupported", (a) => host.raise("TfscopeUnsupported", `unsupported by tfscope: ${host.str(a[0]!)}`));
  fn("register", (a) => {
    [make, ndarrayCls, scalarOf] = [a[0]!, a[1]!, a[2]!];
    bridge.npWrap = wrapArray;
    return null;
  });
  // The Python array object of each NDArray, for `.base` (numpy's base is the very array viewed).
  const faces = new WeakMap<Arr, PyValue>();
  fn("adopt", (a) => {
    const h = host.unwrap<Arr>(a[1]!);
    bridge.npHandles.set(a[0] as object, h);
    if (!faces.has(h)) faces.set(h, a[0]!);
    return null;
  });
  fn("base", (a) => {
    const b = arr(a[0]!).base;
    return b === null ? null : faces.get(b) ?? wrapNd(b);
  });
  fn("copy", (a) => wrapNd(arr(a[0]!).copy()));
  fn("view", (a) => {
    const x = arr(a[0]!);
    return wrapNd(np.NDArray.view(x, x.shape, x.layout, x.offset));
  });
  fn("ravel", (a) => wrapNd(np.ravelView(arr(a[0]!))));
  fn("shares_memory", (a) => (host.truthy(a[2]!) ? np.sharesMemory : np.mayShareMemory)(arr(a[0]!), arr(a[1]!)));
  fn("setitem", (a) => {
    const target = arr(a[0]!);
    np.setItem(target, indexOf(k, a[1]!), assignValue(k, a[2]!));
    return null;
  });
  fn("fill", (a) => {
    const target = arr(a[0]!);
    np.setItem(target, ["ellipsis"], assignValue(k, a[1]!));
    return null;
  });
  fn("iop", (a) => inplace(k, host.str(a[0]!), a[1]!, a[2]!));
  // np.copyto(dst, src): PyArray_AssignArray with 'same_kind' casting, a 0-d src judged by its value
  // (array_assign_scalar.c can_cast_scalar_to); the error message is returned for Python to raise.
  fn("copyto", (a) => {
    const dst = arr(a[0]!);
    const known = bridge.ndarrayOf(a[1]!);
    const src = known ?? toArray(k, a[1]!);
    const value = (x: number): np.PyScalar => (src.dtype === "bool" ? { kind: "bool", value: x !== 0 }
      : src.dtype.startsWith("float") ? { kind: "float", value: x } : { kind: "int", value: x });
    const from = src.ndim === 0 && src.dtype !== "bytes" ? np.minScalarType(value(src.data[0] as number)) : src.dtype;
    if (!np.canCastSameKind(from, dst.dtype)) {
      const q = (d: np.DType) => (d === "bytes" ? "dtype('O')" : `dtype('${d}')`);
      return `Cannot cast scalar from ${q(src.dtype)} to ${q(dst.dtype)} according to the rule 'same_kind'`;
    }
    np.setItem(dst, ["ellipsis"], { kind: "array", array: src });
    return null;
  });
  fn("handle_dtype", (a) => host.unwrap<Arr>(a[0]!).dtype);
  fn("dtype_name", (a) => dtypeName(k, a[0]!));
  fn("dtype_kind", (a) => ({ f: "f", i: "i", u: "u", b: "b", S: "O" } as Record<string, string>)[kindOf(host.str(a[0]!) as np.DType)]);
  fn("dtype_itemsize", (a) => (host.str(a[0]!) === "bool" ? 1 : host.str(a[0]!) === "bytes" ? 8 : Number(/\d+/.exec(host.str(a[0]!))![0]) / 8));
  fn("attr", (a) => {
    const x = arr(a[0]!);
    const what = host.str(a[1]!);
    if (what === "shape") return pyList(x.shape.map((d) => pyInt(d)));
    if (what === "dtype") return x.dtype;
    if (what === "size") return x.size;
    return host.raise("AttributeError", `'numpy.ndarray' object has no attribute '${what}'`);
  });
  fn("repr", (a) => {
    const x = arr(a[0]!);
    return x.ndim === 0 && bridge.typeName(a[0]!) !== "ndarray" ? np.scalarRepr(x.data[0]!, x.dtype) : np.arrayRepr(x);
  });
  fn("str", (a) => np.arrayStr(arr(a[0]!)));
  fn("array", (a) => arr(a[0]!, dt(a[1])));
  fn("scalar", (a) => arr(a[1]!, host.str(a[0]!) as np.DType));
  fn("filled", (a) => np.full(shapeOf(k, a[0]!), Number(a[2]), dt(a[1]) ?? "float64"));
  fn("full", (a) => {
    const v = arr(a[1]!);
    return np.full(shapeOf(k, a[0]!), v.data[0]!, dt(a[2]) ?? v.dtype);
  });
  fn("arange", (a) => np.arange(Number(num(a[0]!)), isNone(a[1]!) ? undefined : Number(num(a[1]!)), Number(num(a[2]!)), dt(a[3]) ?? (isFloat(a[0]!) || isFloat(a[1]!) || isFloat(a[2]!) ? "float64" : "int64")));
  fn("linspace", (a) => np.linspace(Number(num(a[0]!)), Number(num(a[1]!)), Number(a[2]), host.truthy(a[3]!), dt(a[4]) ?? "float64"));
  fn("eye", (a) => np.eye(Number(a[0]), isNone(a[1]!) ? undefined : Number(a[1]), dt(a[2]) ?? "float64"));
  fn("allclose", (a) => np.allclose(arr(a[0]!), arr(a[1]!), Number(num(a[2]!)), Number(num(a[3]!))));
  fn("isclose", (a) => {
    const x = arr(a[0]!), y = arr(a[1]!);
    const rtol = Number(num(a[2]!)), atol = Number(num(a[3]!));
    return np.binary(x, y, "bool", (p, q) => (Math.abs(p - q) <= atol + rtol * Math.abs(q) ? 1 : 0));
  });
  fn("array_equal", (a) => np.arrayEqual(arr(a[0]!), arr(a[1]!)));
  fn("tolist", (a) => toList(arr(a[0]!)));
  fn("item", (a) => {
    const x = arr(a[0]!);
    if (x.size !== 1) return host.raise("ValueError", "can only convert an array of size 1 to a Python scalar");
    return elemToPy(x.data[0]!, x.dtype);
  });
  fn("truth", (a) => {
    const x = arr(a[0]!);
    if (x.size > 1) return host.raise("ValueError", "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()");
    return x.size === 1 && x.numbers()[0] !== 0;
  });
  fn("astype", (a) => np.astype(arr(a[0]!), dtypeName(k, a[1]!)));
  fn("reshape", (a) => np.reshape(arr(a[0]!), asList(a[1]!).map(Number)));
  fn("transpose", (a) => np.transpose(arr(a[0]!), a[1] === undefined ? undefined : asList(a[1]!).map(Number)));
  fn("matmul", (a) => { const x = arr(a[0]!), y = arr(a[1]!); return np.matmul(x, y, np.promote(x.dtype, y.dtype)); });
  // concatenate and stack cast every array to their common type (PyArray_ResultType over the arrays).
  const common = (xs: Arr[]): Arr[] => {
    if (xs.length === 0) return xs;
    const dts = xs.map((x) => x.dtype);
    if (dts.includes("bytes") && !dts.every((d) => d === "bytes")) {
      return host.raise("TfscopeUnsupported", "unsupported by tfscope: numpy.concatenate of strings with numbers");
    }
    const to = dts.reduce((p, q) => np.promote(p, q));
    return xs.map((x) => (x.dtype === to ? x : np.astype(x, to)));
  };
  fn("concatenate", (a) => np.concatenate(common(asList(a[0]!).map((x) => arr(x))), Number(a[1])));
  fn("stack", (a) => np.stack(common(asList(a[0]!).map((x) => arr(x))), Number(a[1])));
  fn("repeat", (a) => {
    const x = arr(a[0]!);
    const r = a[1]!;
    const asCount = (v: PyValue): number | null => (typeof v === "number" && Number.isInteger(v) ? v : typeof v === "boolean" ? Number(v) : null);
    const counts = isList(r) || isTuple(r) ? asList(r).map(asCount) : [asCount(r)];
    const axis = isNone(a[2]!) ? null : asCount(a[2]!);
    if (counts.some((c) => c === null) || (!isNone(a[2]!) && axis === null)) {
      return host.raise("TfscopeUnsupported", "unsupported by tfscope: numpy.repeat with repeats or axis other than ints");
    }
    const n = axis === null ? x.size : x.shape[axis < 0 ? axis + x.ndim : axis];
    if (counts.some((c) => c! < 0) || (counts.length !== 1 && n !== undefined && counts.length !== n)) {
      return host.raise("TfscopeUnsupported", "unsupported by tfscope: numpy.repeat with negative repeats or one per element of another length");
    }
    return np.repeat(x, counts as number[], axis);
  });
  fn("reduce", (a) => {
    const kind = host.str(a[0]!);
    const x = arr(a[1]!);
    const axis = isNone(a[2]!) ? null : isInt(a[2]!) ? Number(a[2]) : asList(a[2]!).map(Number);
    const keep = host.truthy(a[3]!);
    if (kind === "all" || kind === "any") {
      const ns = x.numbers();
      return kind === "all" ? np.scalar(ns.every((v) => v !== 0), "bool") : np.scalar(ns.some((v) => v !== 0), "bool");
    }
    const f = { sum: np.sum, mean: np.mean, max: np.max, min: np.min, prod: np.prod }[kind as "sum"]!;
    return f(x, axis, keep);
  });
  fn("unary", (a) => np.mathUnary(host.str(a[0]!), arr(a[1]!)));
  const axisArg = (v: PyValue): number | null => (isNone(v) ? null : Number(v));
  fn("sort", (a) => np.sort(arr(a[0]!), axisArg(a[1]!)));
  fn("argsort", (a) => np.argsort(arr(a[0]!), axisArg(a[1]!), host.truthy(a[2]!)));
  fn("sort_inplace", (a) => {
    const x = arr(a[0]!);
    x.writeAll(np.sort(x, axisArg(a[1]!)).data);
    return null;
  });
  fn("argextreme", (a) => np.argExtreme(arr(a[0]!), axisArg(a[1]!), host.str(a[2]!) === "max" ? "max" : "min"));
  fn("unique", (a) => np.unique(arr(a[0]!)));
  fn("rounding", (a) => np.roundingUfunc(host.str(a[0]!) as "rint", arr(a[1]!)));
  fn("classify", (a) => np.classify(host.str(a[0]!) as "isnan", arr(a[1]!)));
  fn("round", (a) => np.roundDecimals(arr(a[0]!), Number(a[1])));
  fn("nan_to_num", (a) => np.nanToNum(arr(a[0]!)));
  fn("clip", (a) => {
    const x = arr(a[0]!);
    let out = x.dtype;
    const bound = (v: PyValue): number | null => {
      if (isNone(v)) return null;
      if (!(isInt(v) || isFloat(v) || typeof v === "boolean")) return host.raise("TfscopeUnsupported", "unsupported by tfscope: numpy.clip with array bounds");
      out = np.resultTypeWithScalar(out, pythonScalar(v));
      return num(v);
    };
    const lo = bound(a[1]!), hi = bound(a[2]!);
    if (lo === null && hi === null) return host.raise("ValueError", "One of max or min must be given");
    return np.clip(x, lo, hi, out);
  });
  fn("shuffle_order", (a) => {
    if (!seeded) k.randomUsed = true;
    return pyList(random().shuffleOrder(Number(a[0])).map((i) => pyInt(i)));
  });
  fn("permute_rows", (a) => {
    np.permuteRowsInPlace(arr(a[0]!), asList(a[1]!).map(Number));
    return null;
  });
  // numpy/linalg.py checks the shape (LinAlgError) before calling this.
  fn("det", (a) => { const x = arr(a[0]!); return np.det(x, x.dtype === "float32" ? "float32" : "float64"); });
  fn("getitem", (a) => np.getItem(arr(a[0]!), indexOf(k, a[1]!)));
  fn("binop", (a) => binop(k, host.str(a[0]!), a[1]!, a[2]!));
  fn("set_printoptions", () => {
    throw new Error("numpy.set_printoptions is not supported by tfscope");
  });
  fn("random_seed", (a) => {
    rng = new np.RandomState(isNone(a[0]!) ? null : Number(a[0]));
    seeded = !isNone(a[0]!);
    return null;
  });
  fn("random", (a) => {
    const kind = host.str(a[0]!);
    const shape = isNone(a[1]!) ? null : shapeOf(k, a[1]!);
    const p = isNone(a[2]!) ? [] : asList(a[2]!).map((v) => (isNone(v) ? null : num(v)));
    const r = random();
    // numpy's MT19937 is bit-exact once seeded; only unseeded draws make the output unrepeatable.
    if (!seeded) k.randomUsed = true;
    switch (kind) {
      case "rand": return r.randomSample(shape);
      case "randn": return r.standardNormal(shape);
      case "uniform": return r.uniform(p[0] ?? 0, p[1] ?? 1, shape);
      case "normal": return r.normal(p[0] ?? 0, p[1] ?? 1, shape);
      case "randint": return r.randint(p[0]!, p[1] ?? null, shape);
      case "permutation": return r.permutation(p[0]!);
    }
    return host.raise("TfscopeUnsupported", `unsupported by tfscope: numpy.random.${kind}`);
  });
}

function num(v: PyValue): number {
  if (isFloat(v)) return v.v;
  if (typeof v === "boolean") return v ? 1 : 0;
  return Number(v);
}

function kindOf(d: np.DType): string {
  if (d === "bool") return "b";
  if (d === "bytes") return "S";
  if (d.startsWith("float")) return "f";
  return d.startsWith("u") ? "u" : "i";
}

/** A numpy dtype name from a dtype, a scalar type, a Python type or a string. */
// numpy's one-character type codes and sized codes (on a 64-bit Linux: 'l' is int64), as np.dtype reads them.
const DTYPE_CODES: Record<string, np.DType> = {
  f: "float32", d: "float64", e: "float16", i: "int32", l: "int64", q: "int64", b: "int8", B: "uint8", h: "int16",
  H: "uint16", I: "uint32", L: "uint64", Q: "uint64", "?": "bool", f2: "float16", f4: "float32", f8: "float64",
  i1: "int8", i2: "int16", i4: "int32", i8: "int64", u1: "uint8", u2: "uint16", u4: "uint32", u8: "uint64",
};

export function dtypeName(k: NativeKit, v: PyValue): np.DType {
  const { host, bridge } = k;
  if (isStr(v)) {
    const alias: Record<string, np.DType> = { ...DTYPE_CODES, float: "float64", int: "int64", bool: "bool", object: "bytes", O: "bytes" };
    const n = alias[v] ?? v;
    if (np.isDType(n)) return n;
    return host.raise("TypeError", `data type '${v}' not understood`);
  }
  const n = bridge.npDtypeName(v);
  if (n !== null && np.isDType(n)) return n;
  const e = bridge.engineOf(v);
  if (e !== undefined && typeof (e as { name?: unknown }).name === "string") {
    const tfName = (e as { baseDtype?: { name: string } }).baseDtype?.name ?? (e as { name: string }).name;
    if (tfName === "string") return "bytes";
    if (np.isDType(tfName)) return tfName;
  }
  const builtins = host.importModule("builtins");
  for (const [py, name] of [["float", "float64"], ["int", "int64"], ["bool", "bool"], ["bytes", "bytes"], ["object", "bytes"]] as const) {
    if (v === host.getAttr(builtins, py)) return name;
  }
  return host.raise("TypeError", `data type '${host.repr(v)}' not understood`);
}

/**
 * A shape argument as numpy 1.17's PyArray_IntpConverter reads it (conversion_utils.c): None is (); a
 * list or tuple of dimensions, or one dimension; each through PyNumber_Index (`'float' object cannot be
 * interpreted as an integer`), bools refused, a TF Dimension or Tensor through int(); none negative
 * (PyArray_NewFromDescr's ValueError).
 */
function shapeOf(k: NativeKit, v: PyValue): number[] {
  // PyArray_PyIntAsIntp refuses bools (and numpy bools) before trying __index__.
  const noBool = (x: PyValue) => typeof x === "boolean" && k.host.raise("TypeError", "an integer is required");
  noBool(v);
  if (isInt(v)) {
    if (Number(v) < 0) k.host.raise("ValueError", "negative dimensions are not allowed");
    return [Number(v)];
  }
  // None and an empty sequence are the shape (); a dict or set is neither a sequence nor a number.
  if (isNone(v) || v === "") return [];
  if (v instanceof PyDict || v instanceof PySet) k.host.raise("TypeError", "expected sequence object with len >= 0 or a single integer");
  const items = isList(v) || isTuple(v) ? asList(v) : [v];
  if (items.length > 32) k.host.raise("ValueError", `maximum supported dimension for an ndarray is 32, found ${items.length}`);
  const dims = items.map((x) => {
    noBool(x);
    if (isInt(x)) return Number(x);
    const builtin = k.bridge.engineOf(x) !== undefined ? "int" : null;
    const convert = builtin ? k.host.getAttr(k.host.importModule("builtins"), builtin) : k.host.getAttr(k.host.importModule("operator"), "index");
    return Number(k.host.call(convert, [x]));
  });
  if (dims.some((d) => d < 0)) k.host.raise("ValueError", "negative dimensions are not allowed");
  return dims;
}

/** Python data (or a numpy value, or a TF value) → NDArray with numpy's dtype inference. */
export function toArray(k: NativeKit, v: PyValue, dtype?: np.DType): Arr {
  const known = k.bridge.ndarrayOf(v);
  if (known !== null) return dtype === undefined ? known : np.astype(known, dtype);
  let sawFloat = false;
  const walk = (x: PyValue): np.Nested => {
    if (isList(x) || isTuple(x)) return asList(x).map(walk);
    // numpy reads a range as the sequence of its ints (np.array(range(3)) is array([0, 1, 2])).
    if (x instanceof PyRange) return Array.from({ length: x.length }, (_, i) => x.start + i * x.step);
    const a = k.bridge.ndarrayOf(x);
    if (a !== null) {
      if (a.dtype.startsWith("float")) sawFloat = true;
      return a.ndim === 0 ? (a.data[0] as number) : (toNested(a) as np.Nested);
    }
    if (typeof x === "boolean") return x;
    if (isInt(x)) return typeof x === "bigint" ? x : x;
    if (isFloat(x)) {
      sawFloat = true;
      return x.v;
    }
    if (isStr(x)) return x;
    if (x instanceof PyBytes) return x.bytes;
    if (isNone(x)) return k.host.raise("TfscopeUnsupported", "unsupported by tfscope: numpy object arrays holding None");
    return k.host.raise("TfscopeUnsupported", `unsupported by tfscope: numpy.array of ${k.bridge.typeName(x)}`);
  };
  const nested = walk(v);
  return np.fromNested(nested, dtype ?? (sawFloat ? "float64" : undefined));
}

function toNested(a: Arr): unknown {
  if (a.ndim === 0) return a.data[0];
  const [n, ...rest] = a.shape;
  const stride = rest.reduce((p, q) => p * q, 1);
  const outArr: unknown[] = [];
  for (let i = 0; i < n!; i++) outArr.push(toNested(new np.NDArray(a.dtype, rest, a.data.slice(i * stride, (i + 1) * stride))));
  return outArr;
}

function elemToPy(e: np.Elem, dtype: np.DType): PyValue {
  if (e instanceof Uint8Array) return new PyBytes(e);
  if (dtype === "bool") return e !== 0;
  if (dtype.startsWith("float")) return pyFloat(e);
  return pyInt(e);
}

function toList(a: Arr): PyValue {
  if (a.ndim === 0) return elemToPy(a.data[0]!, a.dtype);
  const [n, ...rest] = a.shape;
  const stride = rest.reduce((p, q) => p * q, 1);
  const items: PyValue[] = [];
  for (let i = 0; i < n!; i++) items.push(toList(new np.NDArray(a.dtype, rest, a.data.slice(i * stride, (i + 1) * stride))));
  return pyList(items);
}

function indexOf(k: NativeKit, key: PyValue): np.IndexItem[] {
  const items = isTuple(key) ? asList(key) : [key];
  return items.map((x): np.IndexItem => {
    if (isInt(x)) return Number(x);
    if (isNone(x)) return "newaxis";
    // A list is an integer (or boolean) index array (numpy's advanced indexing).
    if (isList(x)) {
      // prepare_index: an empty list is an empty integer index; a list that is not of integers or bools
      // gets the general message (an ndarray of floats gets "arrays used as indices ...").
      if (asList(x).length === 0) return new np.NDArray("int64", [0], []);
      const made = toArray(k, x);
      if (made.dtype === "bytes" || made.dtype.startsWith("float")) {
        return k.host.raise("IndexError", "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices");
      }
      return made;
    }
    const arr = k.bridge.ndarrayOf(x);
    if (arr !== null) return arr;
    const cls = k.host.str(k.host.getAttr(k.host.getAttr(x, "__class__"), "__name__"));
    if (cls === "slice") {
      const g = (n: string) => {
        const v = k.host.getAttr(x, n);
        return isNone(v) ? null : Number(v);
      };
      return { start: g("start"), stop: g("stop"), step: g("step") } as np.Slice;
    }
    if (cls === "ellipsis") return "ellipsis";
    return k.host.raise("IndexError", "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices");
  });
}

const OPS: Record<string, (x: number, y: number) => number> = {
  add: (x, y) => x + y,
  sub: (x, y) => x - y,
  mul: (x, y) => x * y,
  truediv: (x, y) => x / y,
  floordiv: (x, y) => divmod(x, y)[0],
  mod: (x, y) => divmod(x, y)[1],
  pow: (x, y) => x ** y,
  eq: (x, y) => (x === y ? 1 : 0),
  ne: (x, y) => (x !== y ? 1 : 0),
  lt: (x, y) => (x < y ? 1 : 0),
  le: (x, y) => (x <= y ? 1 : 0),
  gt: (x, y) => (x > y ? 1 : 0),
  ge: (x, y) => (x >= y ? 1 : 0),
  // numpy's maximum/minimum propagate NaN (either side).
  maximum: (x, y) => (x !== x || y !== y ? NaN : x >= y ? x : y),
  minimum: (x, y) => (x !== x || y !== y ? NaN : x <= y ? x : y),
};

/**
 * numpy 1.17's npy_divmod (npy_math_internal.h.src), for integer and float loops alike (the int loops
 * give the same floor quotient and divisor-signed remainder): C's `if (mod)` and `if (div)` are true for
 * a NaN. A zero divisor is never passed here (see zeroDivisor).
 */
function divmod(a: number, b: number): [number, number] {
  let mod = a % b;
  let div = (a - mod) / b;
  if (mod !== 0) {
    if (b < 0 !== mod < 0) {
      mod += b;
      div -= 1;
    }
  } else mod = b < 0 ? -0 : 0;
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else floordiv = a / b < 0 || Object.is(a / b, -0) ? -0 : 0;
  return [floordiv, mod];
}

/** `//` and `%` by zero: numpy gives 0 (ints) or inf/nan (floats) with a RuntimeWarning whose text and
 * once-per-location printing tfscope does not model; refused by name. */
function zeroDivisor(k: NativeKit, op: string, y: Arr): void {
  if ((op === "floordiv" || op === "mod") && y.data.some((v) => v === 0)) {
    k.host.raise("TfscopeUnsupported", `unsupported by tfscope: numpy.${UFUNC_NAMES[op]} by zero (its RuntimeWarning)`);
  }
}

/** numpy's binary operators, with its promotion of array ⊕ array and array ⊕ Python scalar. */
function binop(k: NativeKit, op: string, a: PyValue, b: PyValue): Arr {
  const [x, y, out] = operands(k, op, a, b);
  zeroDivisor(k, op, y);
  const cmp = ["eq", "ne", "lt", "le", "gt", "ge"].includes(op);
  const f = OPS[op]!;
  return np.binary(x, y, cmp ? "bool" : out, f);
}

// ufunc names in numpy 1.17 (np.true_divide.__name__ is 'true_divide').
const UFUNC_NAMES: Record<string, string> = { add: "add", sub: "subtract", mul: "multiply", truediv: "true_divide", floordiv: "floor_divide", mod: "remainder", pow: "power" };

/**
 * `a op= b` on an ndarray: the ufunc with out=a (numpy 1.17 ufunc_object.c): the loop's output dtype must
 * cast to a's under 'same_kind' (else _UFuncOutputCastingError, shown as UFuncTypeError: returned here as
 * its message for the Python side to raise), then the operands and a must broadcast to a's shape
 * (nditer_constr.c); the result is written into a's memory.
 */
function inplace(k: NativeKit, op: string, a: PyValue, b: PyValue): string | null {
  const target = k.bridge.ndarrayOf(a)!;
  const [x, y, out] = operands(k, op, a, b);
  zeroDivisor(k, op, y);
  if (!np.canCastSameKind(out, target.dtype)) {
    const q = (d: np.DType) => (d === "bytes" ? "dtype('O')" : `dtype('${d}')`);
    return `Cannot cast ufunc '${UFUNC_NAMES[op]}' output from ${q(out)} to ${q(target.dtype)} with casting rule 'same_kind'`;
  }
  const shape = np.broadcastShapesOrNull(x.shape, y.shape, target.shape);
  const tup = (s: readonly number[]) => (s.length === 1 ? `(${s[0]},)` : `(${s.join(",")})`);
  if (shape === null) {
    throw new NumpyError("ValueError", `operands could not be broadcast together with shapes ${tup(x.shape)} ${tup(y.shape)} ${tup(target.shape)} `);
  }
  if (shape.length !== target.ndim || shape.some((d, i) => d !== target.shape[i])) {
    throw new NumpyError("ValueError", `non-broadcastable output operand with shape ${tup(target.shape)} doesn't match the broadcast shape ${tup(shape)}`);
  }
  const r = np.binary(x, y, out, OPS[op]!);
  target.writeAll(np.astype(r, target.dtype).data);
  return null;
}

/** The operands of a binary operator as arrays, and the dtype of numpy's loop for them. */
function operands(k: NativeKit, op: string, a: PyValue, b: PyValue): [Arr, Arr, np.DType] {
  const pa = k.bridge.ndarrayOf(a), pb = k.bridge.ndarrayOf(b);
  const x = pa ?? toArray(k, a), y = pb ?? toArray(k, b);
  let out: np.DType;
  if (pa !== null && pb === null && (isInt(b) || isFloat(b) || typeof b === "boolean")) out = np.resultTypeWithScalar(pa.dtype, scalarOf(b));
  else if (pb !== null && pa === null && (isInt(a) || isFloat(a) || typeof a === "boolean")) out = np.resultTypeWithScalar(pb.dtype, scalarOf(a));
  else out = np.promote(x.dtype, y.dtype);
  if (op === "truediv" && !out.startsWith("float")) out = "float64";
  // floor_divide and remainder have no bool loop: bools meet in int8 (numpy's '??->b' is absent, 'bb->b' used).
  if ((op === "floordiv" || op === "mod") && out === "bool") out = "int8";
  return [x, y, out];
}

/**
 * The value of `a[i] = value`: an ndarray or numpy scalar as an array; Python data made an array by
 * numpy's inference, its elements converted as Python objects. Strings and None are refused by name.
 */
function assignValue(k: NativeKit, v: PyValue): np.AssignValue {
  const known = k.bridge.ndarrayOf(v);
  if (known !== null) return { kind: "array", array: known };
  if (isStr(v) || v instanceof PyBytes || isNone(v)) {
    return k.host.raise("TfscopeUnsupported", `unsupported by tfscope: numpy.ndarray item assignment of a ${k.bridge.typeName(v)}`);
  }
  // A Python int past int64 (OverflowError in numpy, or a uint64) is not modelled: its digits would be lost.
  const big = (x: PyValue): boolean => (typeof x === "bigint" && (x >= 2n ** 63n || x < -(2n ** 63n))) || ((isList(x) || isTuple(x)) && asList(x).some(big));
  if (big(v)) return k.host.raise("TfscopeUnsupported", "unsupported by tfscope: numpy.ndarray item assignment of an int outside int64");
  return { kind: "python", array: toArray(k, v) };
}

/** A Python bool, int or float as numpy's scalar promotion sees it. */
function pythonScalar(v: PyValue): np.PyScalar {
  return scalarOf(v);
}

function scalarOf(v: PyValue): np.PyScalar {
  if (typeof v === "boolean") return { kind: "bool", value: v };
  if (isFloat(v)) return { kind: "float", value: v.v };
  return { kind: "int", value: Number(v) };
}

export { pyTupleOf };
