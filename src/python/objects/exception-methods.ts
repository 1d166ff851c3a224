import { None, defMethod, type PyValue } from "./base.js";
import { defGetSet } from "./descriptors.js";
import {
  BaseException,
  exceptionKeywords,
  BlockingIOError,
  BrokenPipeError,
  ChildProcessError,
  ConnectionAbortedError,
  ConnectionRefusedError,
  ConnectionResetError,
  InterruptedError,
  ProcessLookupError,
  FileExistsError,
  FileNotFoundError,
  ImportError,
  IsADirectoryError,
  NotADirectoryError,
  OSError,
  PermissionError,
  TimeoutError,
  KeyError,
  PyException,
  PyTraceback,
  StopIteration,
  SyntaxError,
  SystemExit,
  TypeError,
  pyErr,
  exceptionTypes,
  tracebackType,
} from "./exceptions.js";
import { PyList, PyTuple, pyTuple } from "./values.js";
import { repr, str } from "../ops/convert.js";
import { toArray } from "../ops/iter.js";

const E = (o: PyValue) => o as PyException;

defMethod(BaseException, "__str__", (a) => {
  const args = E(a[0]!).args;
  if (args.length === 0) return "";
  if (args.length === 1) return str(args[0]!);
  return repr(pyTuple(args));
});
defMethod(KeyError, "__str__", (a) => {
  const args = E(a[0]!).args;
  if (args.length === 1) return repr(args[0]!);
  return args.length === 0 ? "" : repr(pyTuple(args));
});
defMethod(BaseException, "__repr__", (a) => {
  const e = E(a[0]!);
  const name = e.cls.name;
  if (e.args.length === 1) return `${name}(${repr(e.args[0]!)})`;
  return `${name}${repr(pyTuple(e.args))}`;
});
defMethod(BaseException, "with_traceback", (a) => a[0]!);
defMethod(BaseException, "add_note", (a) => {
  const e = E(a[0]!);
  if (typeof a[1] !== "string") throw pyErr(TypeError, "note must be a str");
  const notes = e.dict!.get("__notes__");
  if (notes instanceof PyList) notes.items.push(a[1]);
  else e.dict!.set("__notes__", new PyList([a[1]]));
  return None;
});
defGetSet(
  BaseException,
  "args",
  (o) => pyTuple(E(o).args),
  (o, v) => void (E(o).args = v === undefined ? [] : toArray(v)),
);
defGetSet(
  BaseException,
  "__cause__",
  (o) => E(o).cause,
  (o, v) => {
    const c = v ?? None;
    if (c !== None && !(c instanceof PyException))
      throw pyErr(TypeError, "exception cause must be None or derive from BaseException");
    E(o).cause = c;
    E(o).suppressContext = true;
  },
);
defGetSet(
  BaseException,
  "__context__",
  (o) => E(o).context ?? None,
  (o, v) => void (E(o).context = v instanceof PyException ? v : null),
);
defGetSet(
  BaseException,
  "__suppress_context__",
  (o) => E(o).suppressContext,
  (o, v) => void (E(o).suppressContext = v === true),
);
defGetSet(
  BaseException,
  "__traceback__",
  (o) => tracebackOf(E(o)),
  (o, v) => {
    // Restoring a saved traceback (contextlib does this after throwing into a generator).
    const e = E(o);
    if (v instanceof PyTraceback) {
      e.tb = v;
      e.tbTop = v.frame;
    } else if (v === None || v === undefined) {
      e.tb = null;
      e.tbTop = null;
    } else throw pyErr(TypeError, "__traceback__ must be a traceback or None");
  },
);

defGetSet(StopIteration, "value", (o) => E(o).args[0] ?? None);
defGetSet(SystemExit, "code", (o) => {
  const a = E(o).args;
  return a.length === 0 ? None : a.length === 1 ? a[0]! : pyTuple(a);
});
defMethod(ImportError, "__init__", (a, kw) => {
  const e = E(a[0]!);
  e.args = a.slice(1);
  // ImportError_init: name and path reset to None, then the keywords given (others refused).
  e.dict!.set("name", None);
  e.dict!.set("path", None);
  exceptionKeywords(e, kw);
  return None;
});
defGetSet(ImportError, "msg", (o) => E(o).args[0] ?? None);

// OSError(errno, strerror[, filename]): CPython picks the subclass for the errno and formats
// `[Errno 2] No such file: 'name'`.
const ERRNO_CLASSES = new Map<number, import("./base.js").PyType>([
  [2, FileNotFoundError],
  [13, PermissionError],
  [17, FileExistsError],
  [20, NotADirectoryError],
  [21, IsADirectoryError],
  [110, TimeoutError],
  [11, BlockingIOError],
  [10, ChildProcessError],
  [32, BrokenPipeError],
  [103, ConnectionAbortedError],
  [111, ConnectionRefusedError],
  [104, ConnectionResetError],
  [4, InterruptedError],
  [3, ProcessLookupError],
]);
const inheritedMake = OSError.make;
OSError.make = (cls, args, kw) => {
  // OSError_new: a class keeping OSError's __new__ and __init__ takes no keywords (_PyArg_NoKeywords).
  if (cls.builtin && kw !== null && kw.size > 0) throw pyErr(TypeError, `${cls.name}() takes no keyword arguments`);
  const sub = cls === OSError && args.length >= 2 && typeof args[0] === "number" ? ERRNO_CLASSES.get(args[0]) : undefined;
  // oserror_init (Objects/exceptions.c): with a filename, args keep only (errno, strerror).
  if (args.length >= 3 && args.length <= 5 && args[2] !== None) {
    const e = new PyException(sub ?? cls, args.slice(0, 2));
    e.dict!.set("filename", args[2]!);
    if (args.length === 5 && args[4] !== None) e.dict!.set("filename2", args[4]!);
    return e;
  }
  return new PyException(sub ?? cls, args);
};
// The builtin subclasses copied OSError's constructor when they were made: they take this one too.
for (const t of exceptionTypes) if (t !== OSError && t.isSubtypeOf(OSError) && t.make === inheritedMake) t.make = OSError.make;
const osArg = (o: PyValue, i: number) => {
  const a = E(o).args;
  return a.length >= 2 && a.length <= 5 ? (a[i] ?? None) : None;
};
defGetSet(OSError, "errno", (o) => osArg(o, 0));
defGetSet(OSError, "strerror", (o) => osArg(o, 1));
defGetSet(OSError, "filename", (o) => E(o).dict!.get("filename") ?? osArg(o, 2), (o, v) => void E(o).dict!.set("filename", v ?? None));
defMethod(OSError, "__str__", (a) => {
  const e = E(a[0]!);
  const file = e.dict!.get("filename") ?? osArg(e, 2);
  if (e.args.length >= 2 && e.args.length <= 5) {
    const base = `[Errno ${str(e.args[0]!)}] ${str(e.args[1]!)}`;
    const file2 = e.dict!.get("filename2");
    return file !== None ? `${base}: ${repr(file)}${file2 !== undefined ? ` -> ${repr(file2)}` : ""}` : base;
  }
  return e.args.length === 1 ? str(e.args[0]!) : e.args.length === 0 ? "" : repr(pyTuple(e.args));
});

const TB = (o: PyValue) => o as PyTraceback;
defGetSet(tracebackType, "tb_lineno", (o) => TB(o).line + TB(o).code.lineOffset);
defGetSet(tracebackType, "tb_next", (o) => TB(o).next ?? None);
defGetSet(tracebackType, "tb_frame", () => None);

/** What `__traceback__`, sys.exc_info()[2] and __exit__'s third argument give: the outermost entry of
 * the exception's traceback (the same object while the traceback is unchanged, as in CPython), or None
 * when it has not been raised. */
export function tracebackOf(e: PyException): PyValue {
  return e.tb ?? None;
}

/** SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset)). */
defMethod(SyntaxError, "__init__", (a) => {
  const e = E(a[0]!);
  e.args = a.slice(1);
  const fields = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];
  e.dict!.set("msg", e.args[0] ?? None);
  const info = e.args[1];
  const items = info instanceof PyTuple ? info.items : [];
  fields.forEach((f, i) => e.dict!.set(f, items[i] ?? None));
  return None;
});
defMethod(SyntaxError, "__str__", (a) => {
  const e = E(a[0]!);
  const msg = str(e.dict!.get("msg") ?? e.args[0] ?? "");
  const file = e.dict!.get("filename");
  const line = e.dict!.get("lineno");
  if (typeof file === "string" && line !== undefined && line !== None) return `${msg} (${file}, line ${str(line)})`;
  return msg;
});
