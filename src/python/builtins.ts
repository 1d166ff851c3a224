import { fileHost } from "./files.js";
import {
  Ellipsis,
  None,
  NotImplemented,
  PyNativeFunction,
  PyObject,
  PyType,
  boolType,
  bytearrayType,
  bytesType,
  dictType,
  floatType,
  frozensetType,
  intType,
  listType,
  objectType,
  rangeType,
  setType,
  sliceType,
  strType,
  tupleType,
  typeName,
  typeOf,
  typeType,
  type Kwargs,
  type PyValue,
} from "./objects/base.js";
import { argCount, bindNative, clinicTypeName, exactlyOne, noKwargs } from "./objects/args.js";
import { AttrTable } from "./objects/attr-table.js";
import { classmethodType, propertyType, staticmethodType, superType } from "./objects/descriptors.js";
import {
  FileNotFoundError,
  IsADirectoryError,
  ModuleNotFoundError,
  OSError,
  OverflowError,
  PermissionError,
  PyException,
  TypeError,
  ValueError,
  exceptionTypes,
  pyErr,
  unsupported,
} from "./objects/exceptions.js";
import { PyBoundMethod, PyFunction } from "./objects/function.js";
import { divmod, intOf } from "./objects/numbers.js";
import { dirOf } from "./objects/object-type.js";
import { asIndex } from "./objects/slice.js";
import { PyModule } from "./objects/module.js";
import { Namespace } from "./objects/namespace.js";
import { PyDict, PyList, PyTuple } from "./objects/values.js";
import { builtinEval } from "./builtins-eval.js";
import { iterBuiltins } from "./builtins-iter.js";
import { Op, arith } from "./ops/arith.js";
import { getAttr, getAttrOrUndefined, getAttrSafe, setAttr } from "./ops/attr.js";
import { call, callMethod } from "./ops/call.js";
import { repr, str, truthy } from "./ops/convert.js";
import { formatValue } from "./ops/format.js";
import { identity, pyHash } from "./ops/hash.js";
import { len } from "./ops/items.js";
import { itemsOf, toArray } from "./ops/iter.js";
import { rt } from "./state.js";
import { intToPrefixed } from "./text/int.js";
import { strAscii } from "./text/repr.js";
import { intPowMod } from "./objects/intmath.js";

/** The virtual subclasses registered with abc.ABCMeta.register, consulted by isinstance/issubclass. */
export const virtualSubclasses = new WeakMap<PyType, Set<PyType>>();

/** An object that is not a class but answers isinstance/issubclass itself (typing's `List`,
 * `Union[int, str]`): CPython calls its type's __instancecheck__ / __subclasscheck__. */
function checkHook(cls: PyValue, name: string, arg: PyValue): boolean | undefined {
  if (cls instanceof PyType || !(cls instanceof PyObject) || cls.cls.builtin) return undefined;
  const hook = cls.cls.lookup(name);
  return hook === undefined ? undefined : truthy(callMethod(hook, cls, [arg]));
}

function isSubclass(t: PyType, cls: PyValue, fname: string, obj?: PyValue): boolean {
  if (cls instanceof PyTuple) return cls.items.some((c) => isSubclass(t, c, fname, obj));
  const hooked = checkHook(cls, fname === "isinstance" ? "__instancecheck__" : "__subclasscheck__", fname === "isinstance" ? obj! : t);
  if (hooked !== undefined) return hooked;
  if (!(cls instanceof PyType))
    throw pyErr(TypeError, `${fname}() arg 2 must be a type, a tuple of types, or a union`);
  if (t.isSubtypeOf(cls)) return true;
  const v = virtualSubclasses.get(cls);
  if (v) for (const s of v) if (t.isSubtypeOf(s)) return true;
  if (!cls.cls.builtin || cls.cls !== typeType) {
    const hook = cls.lookup("__subclasshook__");
    if (hook instanceof PyObject && hook.cls.name === "classmethod") {
      const r = call(getAttr(cls, "__subclasshook__"), [t]);
      if (r !== NotImplemented) return r === true;
    }
  }
  return false;
}

/** `isinstance(obj, cls)`. */
export function isinstance(obj: PyValue, cls: PyValue): boolean {
  return isSubclass(typeOf(obj), cls, "isinstance", obj);
}

export function isCallable(v: PyValue): boolean {
  return (
    v instanceof PyFunction ||
    v instanceof PyNativeFunction ||
    v instanceof PyBoundMethod ||
    v instanceof PyType ||
    typeOf(v).lookup("__call__") !== undefined
  );
}

function indexOrError(v: PyValue): number | bigint {
  const i = asIndex(v);
  if (i === undefined) throw pyErr(TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
  return i;
}

/** Writes text the way print() does: to sys.stdout, fast when it is the original stream. */
export function writeTo(file: PyValue | undefined, text: string, err = false): void {
  let f = file;
  if (f === undefined || f === None) {
    f = rt.sys?.get(err ? "stderr" : "stdout");
    if (f === undefined || f === (err ? rt.stderrObj : rt.stdoutObj)) {
      (err ? rt.stderr : rt.stdout)(text);
      return;
    }
  }
  if (f === rt.stdoutObj) return rt.stdout(text);
  if (f === rt.stderrObj) return rt.stderr(text);
  call(getAttr(f, "write"), [text]);
}

/** Builds the builtins namespace. `globalsOf` gives the namespace of the running module (globals()). */
export function makeBuiltins(): Map<string, PyValue> {
  const b: Map<string, PyValue> = new Namespace();
  const def = (name: string, fn: (a: PyValue[], kw: Kwargs) => PyValue) => b.set(name, new PyNativeFunction(name, fn));
  const set = (name: string, v: PyValue) => b.set(name, v);
  // A function of exactly one positional argument: `impl` checks the call, and `one` serves call sites
  // passing one positional argument and no keywords (see PyNativeFunction.one).
  const def1 = (name: string, one: (v: PyValue) => PyValue) => {
    const fn = new PyNativeFunction(name, (a, kw) => one(exactlyOne(name, a, kw)));
    fn.one = one;
    b.set(name, fn);
  };

  for (const t of [objectType, typeType, intType, boolType, floatType, strType, bytesType, bytearrayType, listType, tupleType, dictType, setType, frozensetType, rangeType, sliceType, propertyType, staticmethodType, classmethodType, superType])
    set(t.name, t);
  for (const e of exceptionTypes) set(e.name, e);
  // Python 3's old names for OSError (PEP 3151).
  set("IOError", OSError);
  set("EnvironmentError", OSError);
  set("None", None);
  set("NotImplemented", NotImplemented);
  set("Ellipsis", Ellipsis);
  set("True", true);
  set("False", false);
  set("__debug__", true);

  def("print", (a, kw) => {
    const [sep, end, file, flush] = bindNative("print", [], kw, [], 0, ["sep", "end", "file", "flush"]);
    void flush;
    const sp = sep === undefined || sep === None ? " " : sep;
    const en = end === undefined || end === None ? "\n" : end;
    if (typeof sp !== "string") throw pyErr(TypeError, `sep must be None or a string, not ${typeName(sp)}`);
    if (typeof en !== "string") throw pyErr(TypeError, `end must be None or a string, not ${typeName(en)}`);
    let text = "";
    for (let i = 0; i < a.length; i++) text += (i ? sp : "") + str(a[i]!);
    writeTo(file, text + en);
    return None;
  });
  def1("len", len);
  def1("repr", repr);
  def1("ascii", (v) => strAscii(repr(v)));
  def1("hash", pyHash);
  def1("id", (v) => identity(v));
  def1("abs", (v) => {
    // int.__abs__ of a small int, without a method call (objects/numbers.ts).
    if (typeof v === "number") return Math.abs(v);
    const f = typeOf(v).lookup("__abs__");
    if (f === undefined) throw pyErr(TypeError, `bad operand type for abs(): '${typeName(v)}'`);
    return callMethod(f, v, []);
  });
  def1("callable", isCallable);
  def1("chr", (v) => {
    const i = indexOrError(v);
    // Argument Clinic's `int` converter (Python/bltinmodule.c builtin_chr) before the range check.
    if (i > 2147483647 || i < -2147483648) throw pyErr(OverflowError, "Python int too large to convert to C int");
    if (i < 0 || i > 0x10ffff) throw pyErr(ValueError, "chr() arg not in range(0x110000)");
    return String.fromCodePoint(Number(i));
  });
  def1("ord", (v) => {
    if (typeof v !== "string") throw pyErr(TypeError, `ord() expected string of length 1, but ${typeName(v)} found`);
    const cps = Array.from(v);
    if (cps.length !== 1) throw pyErr(TypeError, `ord() expected a character, but string of length ${cps.length} found`);
    return cps[0]!.codePointAt(0)!;
  });
  for (const [name, base] of [
    ["hex", 16],
    ["oct", 8],
    ["bin", 2],
  ] as const)
    def(name, (a, kw) => intToPrefixed(indexOrError(exactlyOne(name, a, kw)), base));
  def("divmod", (a, kw) => {
    noKwargs("divmod", kw);
    argCount("divmod", a, 2, 2);
    const r = divmod(a[0]!, a[1]!);
    if (r !== NotImplemented) return r;
    const f = typeOf(a[0]!).lookup("__divmod__");
    if (f !== undefined) {
      const x = callMethod(f, a[0]!, [a[1]!]);
      if (x !== NotImplemented) return x;
    }
    throw pyErr(TypeError, `unsupported operand type(s) for divmod(): '${typeName(a[0]!)}' and '${typeName(a[1]!)}'`);
  });
  def("pow", (a, kw) => {
    const [x, y, m] = bindNative("pow", a, kw, ["base", "exp", "mod"], 2);
    if (m === undefined || m === None) return arith(Op.Pow, x!, y!);
    const xi = intOf(x!);
    const yi = intOf(y!);
    const mi = intOf(m);
    if (xi === undefined || yi === undefined || mi === undefined)
      throw pyErr(TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    return intPowMod(xi, yi, mi);
  });
  def("round", (a, kw) => {
    const [x, nd] = bindNative("round", a, kw, ["number", "ndigits"], 1);
    const f = typeOf(x!).lookup("__round__");
    if (f === undefined) throw pyErr(TypeError, `type ${typeName(x!)} doesn't define __round__ method`);
    return callMethod(f, x!, nd === undefined || nd === None ? [] : [nd]);
  });
  def("format", (a, kw) => {
    const [v, spec] = bindNative("format", a, kw, ["value", "format_spec"], 1);
    if (spec !== undefined && typeof spec !== "string")
      throw pyErr(TypeError, `format() argument 2 must be str, not ${clinicTypeName(spec)}`);
    return formatValue(v!, (spec as string | undefined) ?? "");
  });
  def("isinstance", (a, kw) => {
    noKwargs("isinstance", kw);
    argCount("isinstance", a, 2, 2);
    return isinstance(a[0]!, a[1]!);
  });
  def("issubclass", (a, kw) => {
    noKwargs("issubclass", kw);
    argCount("issubclass", a, 2, 2);
    if (!(a[0] instanceof PyType)) throw pyErr(TypeError, "issubclass() arg 1 must be a class");
    return isSubclass(a[0], a[1]!, "issubclass");
  });
  const nameArg = (fname: string, v: PyValue): string => {
    // PyObject_GetAttr and friends (Objects/object.c) word this without the builtin's name.
    if (typeof v !== "string") throw pyErr(TypeError, `attribute name must be string, not '${typeName(v)}'`);
    return v;
  };
  def("getattr", (a, kw) => {
    noKwargs("getattr", kw);
    argCount("getattr", a, 2, 3);
    const name = nameArg("getattr", a[1]!);
    if (a.length === 3) {
      const v = getAttrSafe(a[0]!, name);
      return v === undefined ? a[2]! : v;
    }
    return getAttr(a[0]!, name);
  });
  def("hasattr", (a, kw) => {
    noKwargs("hasattr", kw);
    argCount("hasattr", a, 2, 2);
    return getAttrSafe(a[0]!, nameArg("hasattr", a[1]!)) !== undefined;
  });
  def("setattr", (a, kw) => {
    noKwargs("setattr", kw);
    argCount("setattr", a, 3, 3);
    setAttr(a[0]!, nameArg("setattr", a[1]!), a[2]!);
    return None;
  });
  def("delattr", (a, kw) => {
    noKwargs("delattr", kw);
    argCount("delattr", a, 2, 2);
    setAttr(a[0]!, nameArg("delattr", a[1]!), undefined);
    return None;
  });
  def("vars", (a, kw) => {
    noKwargs("vars", kw);
    argCount("vars", a, 0, 1);
    if (a.length === 0) return localsDict();
    const v = getAttrSafe(a[0]!, "__dict__");
    if (v === undefined) throw pyErr(TypeError, "vars() argument must have __dict__ attribute");
    return v;
  });
  def("dir", (a, kw) => {
    noKwargs("dir", kw);
    argCount("dir", a, 0, 1);
    if (a.length === 0) {
      const d = localsDict();
      return new PyList([...d.table.entries()].map((e) => e.k).sort() as PyValue[]);
    }
    const x = a[0]!;
    if (x instanceof PyModule) {
      // module.__dir__ (moduleobject.c module_dir): the module's own `__dir__()` (PEP 562), else its
      // namespace's keys.
      const own = x.ns.get("__dir__");
      const names = own !== undefined ? call(own, []) : new PyList([...x.ns.keys()]);
      return new PyList([...(itemsOf(names))].sort((p, q) => (str(p) < str(q) ? -1 : str(p) > str(q) ? 1 : 0)));
    }
    const f = typeOf(x).lookup("__dir__");
    if (f !== undefined && !(x instanceof PyType)) {
      const r = callMethod(f, a[0]!, []);
      return new PyList(
        (r instanceof PyList ? r.items : []).slice().sort((x, y) => (str(x) < str(y) ? -1 : str(x) > str(y) ? 1 : 0)),
      );
    }
    return new PyList(dirOf(a[0]!));
  });
  def("globals", () => new PyDict(new AttrTable(rt.frame!.g)));
  def("locals", () => localsDict());
  def("open", (a, kw) => {
    const [file, mode] = bindNative("open", a, kw, ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"], 1);
    const path = str(file!);
    const m = mode === undefined ? "r" : str(mode);
    // A file this run wrote, or a path it removed, is known: its contents or its absence; writing goes
    // to the run's files (_tfscope_open), never to the reader's disk.
    const known = rt.files.state(path);
    if (/[wax+]/.test(m)) return call(getAttr(rt.host!.importModule("_tfscope_open"), "open_for_writing"), [path, m]);
    if (known === "absent") {
      const e = new PyException(FileNotFoundError, [2, "No such file or directory"]);
      e.dict!.set("filename", path);
      throw e;
    }
    if (known === "dir") {
      const e = new PyException(IsADirectoryError, [21, "Is a directory"]);
      e.dict!.set("filename", path);
      throw e;
    }
    if (known === "file") {
      if (m.includes("b")) throw unsupported(`open('${path}', '${m}') of a file this run wrote (reading bytes)`);
      const c = rt.files.read(path)!;
      if (c.kind !== "text") throw unsupported(`reading ${c.what} '${path}'`);
      return call(getAttr(rt.host!.importModule("io"), "StringIO"), [c.text]);
    }
    if (rt.allowOpen === null || !rt.allowOpen(path, m)) {
      const e = new PyException(PermissionError, [13, "Permission denied"]);
      e.dict!.set("filename", path);
      throw e;
    }
    const text = fileHost().readText(path);
    if (text === null) {
      const e = new PyException(FileNotFoundError, [2, "No such file or directory"]);
      e.dict!.set("filename", path);
      throw e;
    }
    // A read-only text file is served as an io.StringIO over its contents.
    return call(getAttr(rt.host!.importModule("io"), "StringIO"), [text]);
  });
  def("eval", (a, kw) => {
    noKwargs("eval", kw);
    return builtinEval(a, localsDict, b);
  });
  for (const name of ["exec", "compile", "input", "breakpoint", "memoryview", "complex", "aiter", "anext"])
    def(name, () => {
      throw unsupported(`the builtin ${name}()`);
    });
  def("__import__", (a, kw) => {
    const [name, , , fromlist, level] = bindNative("__import__", a, kw, ["name", "globals", "locals", "fromlist", "level"], 1);
    if (rt.host === null) throw unsupported("import");
    if (level !== undefined && truthy(level)) throw unsupported("__import__(level=...) (a relative import)");
    const n = str(name!);
    const mod = rt.host.importModule(n);
    // importlib's __import__: with a fromlist, the module itself, after importing the submodules the
    // fromlist names that it lacks (_handle_fromlist); without one, the top-level package.
    if (fromlist === undefined || !truthy(fromlist)) return rt.host.importModule(n.split(".")[0]!);
    for (const x of toArray(fromlist)) {
      const sub = str(x);
      if (sub === "*" || getAttrOrUndefined(mod, sub) !== undefined || getAttrOrUndefined(mod, "__path__") === undefined) continue;
      try {
        rt.host.importModule(`${n}.${sub}`);
      } catch (e) {
        // A submodule that does not exist is left for the caller's getattr to report, as importlib does.
        if (!(e instanceof PyException && e.cls.isSubtypeOf(ModuleNotFoundError))) throw e;
      }
    }
    return mod;
  });
  iterBuiltins(def, set);
  return b;
}

/** `locals()`: the module namespace at module level, a snapshot of named slots in functions. */
function localsDict(): PyDict {
  const f = rt.frame!;
  if (f.ns) return new PyDict(new AttrTable(f.ns));
  const names = f.code.varnames;
  if (!names) return new PyDict(new AttrTable(f.g));
  const d = new PyDict();
  names.forEach((n, i) => {
    const v = f.l[i];
    const x = v instanceof Object && "v" in v && !(v instanceof PyObject) ? (v as { v: PyValue | undefined }).v : (v as PyValue | undefined);
    if (x !== undefined) d.table.set(n, x);
  });
  return d;
}
