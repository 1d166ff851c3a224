import { None, PyObject, PyNativeFunction, builtinType, defMethod, tupleType, type PyValue } from "../objects/base.js";
import { bindNative } from "../objects/args.js";
import { defGetSet } from "../objects/descriptors.js";
import { PyException, SystemExit, TypeError, ValueError, pyErr } from "../objects/exceptions.js";
import { makeClass } from "../objects/class.js";
import { tracebackOf } from "../objects/exception-methods.js";
import { PyModule } from "../objects/module.js";
import { intOf } from "../objects/numbers.js";
import { PyDict, PyList, PyTuple, pyTuple } from "../objects/values.js";
import { str } from "../ops/convert.js";
import { AttrTable } from "../objects/attr-table.js";
import type { Frame } from "../frame.js";
import { rt } from "../state.js";

/** A text stream writing to the interpreter's stdout/stderr callbacks (sys.stdout, sys.stderr). */
const streamType = builtinType("TextIOWrapper", undefined, "_io");
class Stream extends PyObject {
  constructor(
    readonly err: boolean,
    readonly name: string,
  ) {
    super(streamType);
  }
}
defMethod(streamType, "write", (a) => {
  const s = a[1];
  if (typeof s !== "string") throw pyErr(TypeError, `write() argument must be str, not ${s === undefined ? "nothing" : (s as PyObject).cls?.name ?? typeof s}`);
  ((a[0] as Stream).err ? rt.stderr : rt.stdout)(s);
  return s.length;
});
defMethod(streamType, "flush", () => None);
defMethod(streamType, "isatty", () => false);
defMethod(streamType, "writelines", (a) => {
  for (const x of (a[1] as PyList).items) ((a[0] as Stream).err ? rt.stderr : rt.stdout)(str(x));
  return None;
});
defMethod(streamType, "__repr__", (a) => `<_io.TextIOWrapper name='<${(a[0] as Stream).name}>' mode='w' encoding='utf-8'>`);
defGetSet(streamType, "encoding", () => "utf-8");
defGetSet(streamType, "name", (o) => `<${(o as Stream).name}>`);

/** What sys._getframe returns: a read-only view of a frame (globals, line, code name, caller). */
const frameType = builtinType("frame");
class FrameObject extends PyObject {
  constructor(readonly frame: Frame) {
    super(frameType);
  }
}
const codeType = builtinType("code");
class CodeObject extends PyObject {
  constructor(readonly frame: Frame) {
    super(codeType);
  }
}
const FR = (o: PyValue) => (o as FrameObject).frame;
defGetSet(frameType, "f_globals", (o) => new PyDict(new AttrTable(FR(o).g)));
defGetSet(frameType, "f_lineno", (o) => FR(o).line + FR(o).code.lineOffset);
defGetSet(frameType, "f_back", (o) => (FR(o).back ? new FrameObject(FR(o).back!) : None));
defGetSet(frameType, "f_code", (o) => new CodeObject(FR(o)));
defGetSet(frameType, "_tfscope_line", (o) => {
  const f = FR(o);
  return f.code.lines?.line(f.line) ?? None;
});
defGetSet(codeType, "co_name", (o) => (o as CodeObject).frame.code.name);
defGetSet(codeType, "co_filename", (o) => (o as CodeObject).frame.code.filename);

/** sys.version_info: a tuple with named fields, as CPython's structseq. */
function versionInfo(): PyValue {
  const ns = new Map<string, PyValue>([["__module__", "sys"]]);
  const t = makeClass("version_info", [tupleType], ns, new Map());
  ["major", "minor", "micro", "releaselevel", "serial"].forEach((name, i) =>
    defGetSet(t, name, (o) => (o as PyTuple).items[i]!),
  );
  return new PyTuple([3, 11, 7, "final", 0], t);
}

/** Builds the sys module. `modules` is the interpreter's module registry (sys.modules). */
export function makeSys(modules: PyDict, argv: string[]): PyModule {
  const m = new PyModule("sys");
  const ns = m.ns;
  const stdout = new Stream(false, "stdout");
  const stderr = new Stream(true, "stderr");
  rt.stdoutObj = stdout;
  rt.stderrObj = stderr;
  ns.set("stdout", stdout);
  ns.set("stderr", stderr);
  ns.set("__stdout__", stdout);
  ns.set("__stderr__", stderr);
  ns.set("modules", modules);
  ns.set("argv", new PyList(argv));
  ns.set("version", "3.11.7 (main, tfscope) [tfscope: Python semantics emulated in TypeScript]");
  ns.set("version_info", versionInfo());
  ns.set("hexversion", 0x030b07f0);
  ns.set("maxsize", 9223372036854775807n);
  ns.set("platform", "linux");
  ns.set("byteorder", "little");
  ns.set("path", new PyList([]));
  ns.set("executable", "");
  ns.set("flags", None);
  const fn = (name: string, impl: (a: PyValue[], kw: Map<string, PyValue> | null) => PyValue) =>
    ns.set(name, new PyNativeFunction(name, impl));
  fn("getrecursionlimit", () => rt.recursionLimit);
  fn("setrecursionlimit", (a) => {
    const n = intOf(a[0] ?? None);
    if (n === undefined) throw pyErr(TypeError, "'NoneType' object cannot be interpreted as an integer");
    if (n < 1) throw pyErr(ValueError, "recursion limit must be greater or equal than 1");
    rt.recursionLimit = Number(n);
    return None;
  });
  fn("exc_info", () => {
    const e = rt.handling[rt.handling.length - 1] as PyException | undefined;
    return e ? pyTuple([e.cls, e, tracebackOf(e)]) : pyTuple([None, None, None]);
  });
  fn("exception", () => (rt.handling[rt.handling.length - 1] as PyException | undefined) ?? None);
  fn("exit", (a, kw) => {
    const [code] = bindNative("exit", a, kw, ["status"], 0);
    throw new PyException(SystemExit, code === undefined ? [] : [code]);
  });
  fn("intern", (a) => a[0]!);
  fn("getdefaultencoding", () => "utf-8");
  fn("get_int_max_str_digits", () => 4300);
  fn("_getframe", (a) => {
    let depth = a.length ? Number(intOf(a[0]!) ?? 0) : 0;
    let f = rt.frame;
    while (f && depth > 0) {
      f = f.back;
      depth--;
    }
    if (!f) throw pyErr(ValueError, "call stack is not deep enough");
    return new FrameObject(f);
  });
  return m;
}
