import {
  None,
  PyFloat,
  PyHandle,
  PyNativeFunction,
  PyType,
  typeName,
  type PyValue,
} from "./objects/base.js";
import { bindNative } from "./objects/args.js";
import { PyException, TypeError, exceptionTypes, pyErr } from "./objects/exceptions.js";
import { PyBoundMethod, PyFunction } from "./objects/function.js";
import { PyModule } from "./objects/module.js";
import { norm } from "./objects/intmath.js";
import { PyBytes, PyDict, PyList, PyTuple, pyTuple } from "./objects/values.js";
import { getAttr } from "./ops/attr.js";
import { call } from "./ops/call.js";
import { repr, str, truthy } from "./ops/convert.js";
import { toArray } from "./ops/iter.js";
import { isinstance as pyIsinstance } from "./builtins.js";
import { InterpreterCore, type InterpreterOptions } from "./interpreter.js";
import { startBudget } from "./limits.js";

/**
 * The embedding API. The shim builds `tensorflow` mostly as Python source modules over native modules
 * whose functions take and return Python values; JS objects cross only as opaque handles.
 *
 * ```ts
 * const py = new Interpreter({ stdout: (s) => process.stdout.write(s) });
 * py.registerNativeModule("_engine", (m) => {
 *   m.fn("make_graph", () => py.opaque(new Graph()));
 *   m.fn("graph_name", (args) => pyStr(py.unwrap<Graph>(args[0]!).name));
 * });
 * py.registerModule("tensorflow", "from _engine import make_graph\n");
 * const outcome = py.runSource("import tensorflow as tf\n", { filename: "doc.md", firstLine: 12 });
 * ```
 */

/** Native function signature: positional arguments, and keyword arguments (an empty Map when none). */
export type NativeFn = (args: PyValue[], kwargs: Map<string, PyValue>) => PyValue;

/** What a native module's builder receives. */
export interface ModuleBuilder {
  readonly name: string;
  readonly module: PyModule;
  /** Defines a function `name`. */
  fn(name: string, impl: NativeFn): void;
  /** Defines a constant (any Python value). */
  const(name: string, value: PyValue): void;
}

const EMPTY = new Map<string, PyValue>();

/** One frame of the Python call stack, outermost first (see `currentFrames`). */
export interface FrameInfo {
  filename: string;
  line: number;
  name: string;
  lineText: string;
}

/** A Python interpreter with the embedding API (also exported as PyHost). */
export class Interpreter extends InterpreterCore {
  constructor(options: InterpreterOptions = {}) {
    super(options);
  }

  /** Registers a module defined by JS functions; it is built on first import. */
  registerNativeModule(name: string, build: (m: ModuleBuilder) => void): void {
    this.registerNativeModuleRaw(name, (module) => {
      build({
        name,
        module,
        fn: (fname, impl) =>
          module.ns.set(fname, new PyNativeFunction(fname, (a, kw) => impl(a, kw ?? EMPTY), false, fname)),
        const: (cname, value) => module.ns.set(cname, value),
      });
    });
  }

  /** Wraps a JS value as an opaque Python object (type `handle`, repr `<handle>`, no attributes). */
  opaque(value: unknown): PyHandle {
    return new PyHandle(value);
  }

  /** The JS value of a handle; TypeError (a Python exception) for anything else. */
  unwrap<T>(v: PyValue): T {
    if (v instanceof PyHandle) return v.value as T;
    throw pyErr(TypeError, `expected a handle, got ${typeName(v)}`);
  }

  /** Throws a Python exception of class `cls` (a builtin exception name such as "ValueError", a dotted
   * "module.Class" of a loaded module, or a class object) with one message argument. */
  raise(cls: string | PyValue, message: string): never {
    const t = typeof cls === "string" ? this.findClass(cls) : cls;
    throw this.enter(() => call(t, [message]));
  }

  private findClass(name: string): PyValue {
    const dot = name.lastIndexOf(".");
    if (dot < 0) {
      const t = exceptionTypes.find((e) => e.name === name) ?? this.builtins.get(name);
      if (t === undefined) throw new Error(`tfscope host: no exception class named ${name}`);
      return t;
    }
    return this.enter(() => getAttr(this.importModule(name.slice(0, dot)), name.slice(dot + 1)));
  }

  /** Calls a Python callable from JS (re-entrant; Python exceptions propagate as PyException). */
  call(callable: PyValue, args: PyValue[], kwargs?: Map<string, PyValue>): PyValue {
    return this.enter(() => call(callable, args.slice(), kwargs && kwargs.size ? kwargs : null));
  }

  /** Runs `fn` (imports, calls) between programs (a host's housekeeping, e.g. a new document's fresh
   * process state), on a step budget of its own: no program's run is charged for it. */
  betweenRuns<T>(fn: () => T): T {
    return this.enter(() => {
      startBudget(1_000_000, undefined);
      return fn();
    });
  }

  getAttr(obj: PyValue, name: string): PyValue {
    return this.enter(() => getAttr(obj, name));
  }
  repr(obj: PyValue): string {
    return this.enter(() => repr(obj));
  }
  str(obj: PyValue): string {
    return this.enter(() => str(obj));
  }
  isinstance(obj: PyValue, cls: PyValue): boolean {
    return this.enter(() => pyIsinstance(obj, cls));
  }
  truthy(obj: PyValue): boolean {
    return this.enter(() => truthy(obj));
  }

  /** Binds a native function's arguments like a Python `def` with these parameter names (the first
   * `required` are mandatory), with CPython's TypeError messages; absent optional ones are undefined. */
  parseArgs(fname: string, args: PyValue[], kwargs: Map<string, PyValue>, names: string[], required: number, kwOnly: string[] = []): (PyValue | undefined)[] {
    return bindNative(fname, args, kwargs.size ? kwargs : null, names, required, kwOnly, 0, false);
  }

  /** Whether calling `fn` with keyword argument `name` would bind it (a parameter of that name, or **kw). */
  callableAcceptsKeyword(fn: PyValue, name: string): boolean {
    let f = fn;
    if (f instanceof PyBoundMethod) f = f.fn;
    if (f instanceof PyType) {
      const init = f.lookup("__init__");
      if (init instanceof PyFunction) f = init;
    }
    if (!(f instanceof PyFunction)) return false;
    const s = f.sig;
    if (s.varkw) return true;
    const i = s.index.get(name);
    return i !== undefined && i >= s.nPosOnly && i < s.nPos + s.nKwOnly;
  }

  /** The Python call stack now (user frames only), outermost first. */
  currentFrames(): FrameInfo[] {
    const out: FrameInfo[] = [];
    for (let f = this.state.frame; f; f = f.back) {
      if (f.code.hidden) continue;
      out.push({
        filename: f.code.filename,
        line: f.line + f.code.lineOffset,
        name: f.code.name,
        lineText: f.code.lines?.line(f.line)?.trim() ?? "",
      });
    }
    return out.reverse();
  }

  /** The emulated thread running now (0 = main). */
  currentThreadId(): number {
    return this.state.threadId;
  }
}

/** The same class under the name the tests and the first integration notes used. */
export { Interpreter as PyHost };

// ---- conversions

export const pyNone = None;
export function pyBool(b: boolean): PyValue {
  return b;
}
export function pyInt(n: number | bigint): PyValue {
  if (typeof n === "number" && !Number.isInteger(n)) throw new Error(`pyInt: ${n} is not an integer`);
  return typeof n === "bigint" ? norm(n) : Number.isSafeInteger(n) ? n : norm(BigInt(n));
}
export function pyFloat(n: number): PyValue {
  return new PyFloat(n);
}
export function pyStr(s: string): PyValue {
  return s;
}
export function pyBytes(b: Uint8Array): PyValue {
  return new PyBytes(b);
}
export function pyList(items: PyValue[]): PyList {
  return new PyList(items);
}
export function pyTupleOf(items: PyValue[]): PyValue {
  return pyTuple(items);
}
export function pyDict(pairs: [PyValue, PyValue][]): PyDict {
  const d = new PyDict();
  for (const [k, v] of pairs) d.table.set(k, v);
  return d;
}

export function isNone(v: PyValue): boolean {
  return v === None;
}
export function isInt(v: PyValue): v is number | bigint {
  return typeof v === "number" || typeof v === "bigint";
}
export function isFloat(v: PyValue): v is PyFloat {
  return v instanceof PyFloat;
}
export function isStr(v: PyValue): v is string {
  return typeof v === "string";
}
export function isList(v: PyValue): v is PyList {
  return v instanceof PyList;
}
export function isTuple(v: PyValue): v is PyTuple {
  return v instanceof PyTuple;
}
export function isDict(v: PyValue): v is PyDict {
  return v instanceof PyDict;
}
export function isException(v: unknown): v is PyException {
  return v instanceof PyException;
}

/** An int, bool or float as a JS number (TypeError otherwise). */
export function asNumber(v: PyValue): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return Number(v);
  if (v instanceof PyFloat) return v.v;
  throw pyErr(TypeError, `expected a number, got ${typeName(v)}`);
}
export function asString(v: PyValue): string {
  if (typeof v === "string") return v;
  throw pyErr(TypeError, `expected str, got ${typeName(v)}`);
}
/** The items of a list or tuple (or any iterable) as a JS array. */
export function asList(v: PyValue): PyValue[] {
  return toArray(v);
}

/** Converts plain Python data to JS: None→null, bool, int→number|bigint, float→number, str,
 * list/tuple→array, dict→Map, handle→its value; other objects are returned as they are. */
export function toJs(v: PyValue): unknown {
  if (v === None) return null;
  if (typeof v !== "object") return v;
  if (v instanceof PyFloat) return v.v;
  if (v instanceof PyList || v instanceof PyTuple) return v.items.map(toJs);
  if (v instanceof PyDict) return new Map([...v.table.entries()].map((e) => [toJs(e.k), toJs(e.v)]));
  if (v instanceof PyHandle) return v.value;
  return v;
}

/** Converts JS data to Python: null/undefined→None, boolean, number (int when integral — use pyFloat
 * for floats), bigint, string, arrays→list, Map→dict. */
export function toPy(v: unknown): PyValue {
  if (v === null || v === undefined) return None;
  switch (typeof v) {
    case "boolean":
    case "string":
      return v;
    case "bigint":
      return norm(v);
    case "number":
      return Number.isInteger(v) ? pyInt(v) : new PyFloat(v);
  }
  if (Array.isArray(v)) return new PyList(v.map(toPy));
  if (v instanceof Map) return pyDict([...v].map(([k, x]) => [toPy(k), toPy(x)]));
  if (v instanceof PyFloat || v instanceof PyModule || v instanceof PyHandle) return v;
  throw new Error("toPy: use opaque() for JS objects");
}
