/**
 * The bridge between Python values and engine objects. Engine objects reach Python only as instances
 * of the shim's Python classes (`Tensor`, `RefVariable`, ...), each holding an opaque handle; one
 * engine object always maps to the same Python object, so `v1 is v2` and `==` (identity in TF1 graph
 * mode) behave as in TF.
 */
import { NDArray } from "../numpy/ndarray.js";
import {
  type PyHost,
  type PyValue,
  PyException,
  asList,
  isDict,
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
import { PyHandle, PyObject } from "../python/objects/base.js";
import { PyBytes } from "../python/objects/values.js";
import * as tf from "../tf/index.js";
import { PartitionedVariable } from "../tf/partitioned.js";
import type { PyValue as EnginePy } from "../tf/ops/pyvalue.js";
import { Session } from "../tf/session.js";
import { EagerTensor } from "../tf/eager/index.js";
import { originalOf } from "./adapters.js";

/** Python classes the shim's Python modules register, by role. */
export type ClassRole =
  | "Tensor"
  | "EagerTensor"
  | "EagerVariable"
  | "Operation"
  | "RefVariable"
  | "ResourceVariable"
  | "UnreadVariable"
  | "PartitionedVariable"
  | "VariableScope"
  | "Graph"
  | "DType"
  | "TensorShape"
  | "Dimension"
  | "Session"
  | "Initializer"
  | "PartitionInfo"
  | "VariableSynchronization"
  | "VariableAggregation";

/** Per-interpreter shim state: the registered classes and the identity caches. */
export class Bridge {
  private readonly classes = new Map<ClassRole, PyValue>();
  private readonly toPyCache = new WeakMap<object, PyValue>();
  private readonly toEngineCache = new WeakMap<object, unknown>();
  /** The Python object standing for AUTO_REUSE (`tf.AUTO_REUSE`), set by the Python side. */
  autoReuse: PyValue | null = null;

  constructor(readonly host: PyHost) {}

  register(role: ClassRole, cls: PyValue): void {
    this.classes.set(role, cls);
  }

  cls(role: ClassRole): PyValue {
    const c = this.classes.get(role);
    if (c === undefined) throw new Error(`tfscope shim: class ${role} is not registered`);
    return c;
  }

  private factory: PyValue | null = null;

  /** The Python function `(cls, handle) -> instance` that makes shim objects without running __init__. */
  setFactory(f: PyValue): void {
    this.factory = f;
  }

  /** The Python object for an engine object, made once. */
  wrapAs(role: ClassRole, x: object): PyValue {
    // A tensor keeps its face in its own fields (one tensor per op made: WeakMap entries cost more
    // than the op, issue #13); a tensor another interpreter wrapped first uses the maps.
    const tensor = x instanceof tf.Tensor ? x : null;
    if (tensor !== null && tensor._faceOwner === this) return tensor._face as PyValue;
    const hit = this.toPyCache.get(x);
    if (hit !== undefined) return hit;
    if (this.factory === null) throw new Error("tfscope shim: no factory registered");
    const handle = this.host.opaque(x);
    const py = this.host.call(this.factory, [this.cls(role), handle]);
    if (tensor !== null && tensor._faceOwner === null && py instanceof PyObject && py.dict?.get("_h") === handle) {
      tensor._face = py;
      tensor._faceOwner = this;
      return py;
    }
    this.toPyCache.set(x, py);
    if (typeof py === "object") this.toEngineCache.set(py, x);
    return py;
  }

  // The tensor whose face `v` is (made by wrapAs above), found through the face's `_h` handle.
  private faceTensor(v: PyObject): tf.Tensor | undefined {
    const h = v.dict?.get("_h");
    if (!(h instanceof PyHandle)) return undefined;
    const x = h.value;
    return x instanceof tf.Tensor && x._face === v && x._faceOwner === this ? x : undefined;
  }

  /** Records `py` as the Python face of `x` (objects whose Python side is made first, like Session). */
  adopt(x: object, py: PyValue): void {
    this.toPyCache.set(x, py);
    if (typeof py === "object") this.toEngineCache.set(py, x);
  }

  /** Engine value → Python: engine objects become shim objects; JS data becomes Python data. */
  toPy(x: unknown): PyValue {
    if (x === null || x === undefined) return pyNone;
    if (typeof x === "string" || typeof x === "boolean") return x;
    if (typeof x === "number") return Number.isInteger(x) ? pyInt(x) : pyFloat(x);
    if (typeof x === "bigint") return pyInt(x);
    if (x === tf.AUTO_REUSE) return this.autoReuse ?? pyNone;
    if (Array.isArray(x)) return pyList(x.map((e) => this.toPy(e)));
    if (typeof x === "function") {
      // A Python callable the engine was handed comes back as itself; an engine initializer as a
      // shim Initializer object.
      const original = originalOf(x);
      if (original !== undefined) return original;
      if ("className" in x) return this.host.call(this.cls("Initializer"), [this.host.opaque(x)]);
      throw new tf.Unsupported("an engine function returned to Python");
    }
    if (typeof x !== "object") throw new Error(`tfscope shim: cannot convert ${typeof x}`);
    if (x instanceof PyObject) return x;
    if (x instanceof tf.Tensor && x._faceOwner === this) return x._face as PyValue;
    const known = this.toPyCache.get(x);
    if (known !== undefined) return known;
    if (x instanceof EagerTensor) return this.wrapAs("EagerTensor", x);
    if (x instanceof tf.Tensor) return this.wrapAs("Tensor", x);
    if (x instanceof tf.EagerVariable) return this.wrapAs("EagerVariable", x);
    if (x instanceof tf.Operation) return this.wrapAs("Operation", x);
    if (x instanceof tf.RefVariable) return this.wrapAs("RefVariable", x);
    if (x instanceof tf.ResourceVariable) return this.wrapAs("ResourceVariable", x);
    if (x instanceof tf.UnreadVariable) return this.wrapAs("UnreadVariable", x);
    if (x instanceof PartitionedVariable) return this.wrapAs("PartitionedVariable", x);
    if (x instanceof tf.VariableScope) return this.wrapAs("VariableScope", x);
    if (x instanceof tf.Graph) return this.wrapAs("Graph", x);
    if (x instanceof tf.DType) return this.wrapAs("DType", x);
    if (x instanceof tf.TensorShape) return this.wrapAs("TensorShape", x);
    if (x instanceof tf.Dimension) return this.wrapAs("Dimension", x);
    // A fetched or returned engine array is new memory the user owns (session.py hands out fresh
    // ndarrays): writes into it never reach the engine's value.
    if (x instanceof NDArray) return this.numpy()(x.copy());
    if (x instanceof Session) return this.host.raise("RuntimeError", "tfscope: a Session made outside Python");
    if (x instanceof Map) {
      const out = this.host.call(this.host.getAttr(this.host.importModule("builtins"), "dict"), []);
      for (const [k, v] of x) this.host.call(this.host.getAttr(out, "__setitem__"), [this.toPy(k), this.toPy(v)]);
      return out;
    }
    // Other engine values (EagerVariable and the like) have no Python face yet.
    throw new tf.Unsupported(`a ${x.constructor?.name ?? "value"} returned to Python`);
  }

  /** Wraps an NDArray as the shim's numpy value (0-d arrays become numpy scalars); set by `_np`. */
  npWrap: ((a: NDArray) => PyValue) | null = null;

  private numpy(): (a: NDArray) => PyValue {
    if (this.npWrap === null) this.host.importModule("numpy");
    return this.npWrap!;
  }

  /** A numpy 0-d result shown as numpy shows a scalar (`30`, `0.5`): the shim's scalar class. */
  scalarToPy(a: NDArray): PyValue {
    return this.numpy()(a.copy());
  }

  /** The engine object behind a shim object, or undefined for any other Python value. */
  engineOf(v: PyValue): unknown {
    if (typeof v !== "object") return undefined;
    return (v instanceof PyObject ? this.faceTensor(v) : undefined) ?? this.toEngineCache.get(v);
  }

  /** The engine object behind `v`, which must be one of `kinds`; TypeError naming `what` otherwise. */
  expect<T>(v: PyValue, kinds: readonly (abstract new (...a: never[]) => T)[], what: string): T {
    const e = this.engineOf(v);
    for (const k of kinds) if (e instanceof k) return e as T;
    return this.host.raise("TypeError", `${what}: expected ${kinds.map((k) => k.name).join(" or ")}, got ${this.typeName(v)}`);
  }

  typeName(v: PyValue): string {
    return this.host.str(this.host.getAttr(this.host.getAttr(v, "__class__"), "__name__"));
  }

  /** A registered numpy array (ndarray or numpy scalar) behind a Python value, or null. */
  ndarrayOf(v: PyValue): NDArray | null {
    if (typeof v !== "object") return null;
    const e = this.toEngineCache.get(v) ?? this.npHandles.get(v);
    return e instanceof NDArray ? e : null;
  }

  /** numpy objects register their arrays here (they are made in Python, not through wrapAs). */
  readonly npHandles = new WeakMap<object, NDArray>();

  /**
   * Describes a Python value for the op catalogue (`tf/ops/pyvalue.ts`): scalars, sequences, numpy
   * arrays, tensors and variables, or an opaque object with its type and repr for messages.
   */
  describe(v: PyValue): EnginePy {
    if (typeof v === "boolean") return { kind: "bool", value: v };
    if (isInt(v)) return { kind: "int", value: BigInt(v) };
    if (isFloat(v)) return { kind: "float", value: v.v };
    if (isStr(v)) return { kind: "str", value: v, repr: this.host.repr(v) };
    if (isNone(v)) return { kind: "none" };
    if (isList(v) || isTuple(v)) {
      return { kind: isList(v) ? "list" : "tuple", items: asList(v).map((e) => this.describe(e)) };
    }
    const e = this.engineOf(v);
    // Everything with a registered tensor conversion function (ops.register_tensor_conversion_function).
    if (e instanceof tf.Tensor || e instanceof tf.Variable || e instanceof tf.EagerVariable || e instanceof tf.UnreadVariable
      || e instanceof PartitionedVariable) return { kind: "tensor", value: e as tf.Tensor };
    const arr = this.ndarrayOf(v);
    if (arr !== null) {
      const scalar = this.typeName(v) !== "ndarray";
      // A snapshot: TF copies an array into its TensorProto, so a later write into the array changes
      // nothing built from it.
      return { kind: "ndarray", array: arr.copy(), scalar, repr: this.host.repr(v) };
    }
    if (e instanceof tf.Dimension) return e.value === null ? { kind: "none" } : { kind: "int", value: BigInt(e.value) };
    if (v instanceof PyBytes) return { kind: "bytes", value: v.bytes, repr: this.host.repr(v) };
    const cls = this.host.getAttr(v, "__class__");
    return { kind: "object", typeName: this.typeName(v), typeRepr: this.host.str(cls), repr: this.host.repr(v) };
  }

  /** Python shape argument → engine ShapeLike (None, an int, a list of ints/None/Dimensions, a TensorShape). */
  shapeArg(v: PyValue | undefined): tf.ShapeLike | undefined {
    if (v === undefined || isNone(v)) return undefined;
    const e = this.engineOf(v);
    if (e instanceof tf.TensorShape || e instanceof tf.Dimension) return e;
    if (isInt(v)) return Number(v);
    if (isList(v) || isTuple(v)) {
      return asList(v).map((d) => {
        if (isNone(d)) return null;
        if (isInt(d)) return Number(d);
        const de = this.engineOf(d);
        if (de instanceof tf.Dimension) return de;
        if (typeof d === "boolean") return d ? 1 : 0;
        return this.host.raise("TypeError", `Dimension value must be integer or None or have an __index__ method, got value '${this.host.repr(d)}' with type '${this.host.str(this.host.getAttr(d, "__class__"))}'`);
      });
    }
    return this.host.raise("TypeError", `Dimension value must be integer or None or have an __index__ method, got value '${this.host.repr(v)}' with type '${this.host.str(this.host.getAttr(v, "__class__"))}'`);
  }

  /** Python dtype argument (a DType, `tf.float32`, a numpy dtype or type, a string) → engine DType. */
  dtypeArg(v: PyValue | undefined): tf.DType | null {
    if (v === undefined || isNone(v)) return null;
    const e = this.engineOf(v);
    if (e instanceof tf.DType) return e;
    if (isStr(v)) {
      const d = tf.dtypeByName(v);
      if (d !== undefined) return d;
    }
    const name = typeof v === "object" ? this.npDtypeName(v) : null;
    if (name !== null) {
      const d = tf.dtypeByName(name === "bytes" ? "string" : name);
      if (d !== undefined) return d;
    }
    return this.host.raise("TypeError", `Cannot convert value ${this.host.repr(v)} to a TensorFlow DType.`);
  }

  /** A dtype argument that has no None default: dtypes.as_dtype(None) is TF's TypeError. */
  dtypeRequired(v: PyValue | undefined): tf.DType {
    const d = this.dtypeArg(v);
    if (d === null) return this.host.raise("TypeError", "Cannot convert value None to a TensorFlow DType.");
    return d;
  }

  /** The numpy dtype name of a numpy dtype object or scalar type (`np.float32`), or null. */
  npDtypeName(v: PyValue): string | null {
    try {
      const n = this.host.getAttr(v, "_np_dtype_name");
      return isStr(n) ? n : null;
    } catch (e) {
      if (e instanceof PyException) return null;
      throw e;
    }
  }

  /** A Python list/tuple of values → JS array (for `values`, `collections`, fetch lists). */
  listArg(v: PyValue | undefined): PyValue[] | null {
    if (v === undefined || isNone(v)) return null;
    return asList(v);
  }

  /** A collection key: strings stay strings; other keys (tuples, objects) are kept as Python values. */
  toJsKey(v: PyValue): unknown {
    return isStr(v) ? v : v;
  }

  tuple(items: PyValue[]): PyValue {
    return pyTupleOf(items);
  }

  isDict(v: PyValue): boolean {
    return isDict(v);
  }
}
