import type { Expr, Stmt } from "../ast.js";
import type { CodeInfo, Frame } from "../frame.js";
import { None, PyObject, PyType, builtinType, defMethod, setKeywordsRefused, setMethodError, type Kwargs, type PyValue } from "./base.js";
import { cpythonTakesNoKeywords } from "../stdlib/cpython-module-names.js";

/** `traceback`: the type of the objects `__traceback__` gives (attributes in exception-methods.ts). */
export const tracebackType = builtinType("traceback");

/**
 * One traceback entry, and the `traceback` object Python code sees: CPython's chain, outermost entry
 * first, `next` (tb_next) one call further in. An exception's chain grows at its head as the exception
 * leaves a frame (PyTraceBack_Here), so an entry, once made, never changes: `__traceback__`,
 * `sys.exc_info()[2]` and `tb_next` hand out the entries themselves, with no copy.
 */
export class PyTraceback extends PyObject {
  declare readonly code: CodeInfo;
  /** The AST line executing when the exception passed. */
  declare readonly line: number;
  /** The failing expression within the line, for the caret line. */
  declare readonly pos: Expr | Stmt | null;
  declare readonly frame: Frame;
  declare readonly next: PyTraceback | null;

  // Fields are declared, not defined, and assigned here: see PyObject for why.
  constructor(frame: Frame, next: PyTraceback | null) {
    super(tracebackType);
    const self = this as { -readonly [K in keyof PyTraceback]: PyTraceback[K] };
    const pos = frame.pos;
    self.code = frame.code;
    self.line = pos !== null ? pos.line : frame.line;
    self.pos = pos;
    self.frame = frame;
    self.next = next;
  }
}

/**
 * A Python exception instance. Python exceptions are thrown as these objects directly (not wrapped in a
 * JS Error: no JS stack capture, which keeps raise/except loops fast).
 */
export class PyException extends PyObject {
  declare args: PyValue[];
  /** The traceback: its outermost entry, or null before the exception has left or been caught in a frame. */
  declare tb: PyTraceback | null;
  /** The frame of `tb`'s head while the exception propagates from it: unwinding adds a frame's entry once
   * (a bare `raise` in that frame must not add it again). */
  declare tbTop: Frame | null;
  declare cause: PyValue;
  declare context: PyException | null;
  declare suppressContext: boolean;
  /** For NameError: the names in scope where it was raised (CPython's "Did you mean" search). */
  declare nameScope: unknown;

  constructor(cls: PyType, args: PyValue[]) {
    super(cls, new Map());
    this.args = args;
    this.tb = null;
    this.tbTop = null;
    this.cause = None;
    this.context = null;
    this.suppressContext = false;
    this.nameScope = null;
  }
}

const newException = (cls: PyType, args: PyValue[], kw?: Kwargs): PyValue => {
  const e = new PyException(cls, args);
  // A builtin class's call ends here (callType skips its __init__), so its keywords are checked here.
  if (cls.builtin) exceptionKeywords(e, kw ?? null);
  return e;
};

/** The keyword-only parameters of a builtin exception's __init__ (3.11: ImportError_init,
 *  NameError_init, AttributeError_init), or null for BaseException_init, which takes none. */
function keywordsOf(cls: PyType): { owner: string; names: readonly string[] } | null {
  if (cls.isSubtypeOf(ImportError)) return { owner: "ImportError", names: ["name", "path"] };
  if (cls.isSubtypeOf(NameError)) return { owner: "NameError", names: ["name"] };
  if (cls.isSubtypeOf(AttributeError)) return { owner: "AttributeError", names: ["name", "obj"] };
  return null;
}

/** Applies an exception __init__'s keyword arguments, refusing what CPython refuses. */
export function exceptionKeywords(self: PyException, kw: Kwargs): void {
  if (kw === null || kw.size === 0) return;
  const own = keywordsOf(self.cls);
  // BaseException_init: _PyArg_NoKeywords(Py_TYPE(self)->tp_name, kwds).
  if (own === null) throw pyErr(TypeError, `${self.cls.name}() takes no keyword arguments`);
  for (const k of kw.keys())
    if (!own.names.includes(k)) throw pyErr(TypeError, `'${k}' is an invalid keyword argument for ${own.owner}()`);
  for (const [k, v] of kw) self.dict!.set(k, v);
}

/** `BaseException`: the root of the hierarchy. */
export const BaseException = builtinType("BaseException");
BaseException.make = newException;

function exc(name: string, base: PyType): PyType {
  return builtinType(name, base);
}

export const Exception = exc("Exception", BaseException);
export const GeneratorExit = exc("GeneratorExit", BaseException);
export const KeyboardInterrupt = exc("KeyboardInterrupt", BaseException);
export const SystemExit = exc("SystemExit", BaseException);
export const ArithmeticError = exc("ArithmeticError", Exception);
export const FloatingPointError = exc("FloatingPointError", ArithmeticError);
export const OverflowError = exc("OverflowError", ArithmeticError);
export const ZeroDivisionError = exc("ZeroDivisionError", ArithmeticError);
export const AssertionError = exc("AssertionError", Exception);
export const AttributeError = exc("AttributeError", Exception);
export const BufferError = exc("BufferError", Exception);
export const EOFError = exc("EOFError", Exception);
export const ImportError = exc("ImportError", Exception);
export const ModuleNotFoundError = exc("ModuleNotFoundError", ImportError);
export const LookupError = exc("LookupError", Exception);
export const IndexError = exc("IndexError", LookupError);
export const KeyError = exc("KeyError", LookupError);
export const MemoryError = exc("MemoryError", Exception);
export const NameError = exc("NameError", Exception);
export const UnboundLocalError = exc("UnboundLocalError", NameError);
export const OSError = exc("OSError", Exception);
export const FileNotFoundError = exc("FileNotFoundError", OSError);
export const PermissionError = exc("PermissionError", OSError);
export const FileExistsError = exc("FileExistsError", OSError);
export const IsADirectoryError = exc("IsADirectoryError", OSError);
export const NotADirectoryError = exc("NotADirectoryError", OSError);
export const TimeoutError = exc("TimeoutError", OSError);
export const BlockingIOError = exc("BlockingIOError", OSError);
export const ChildProcessError = exc("ChildProcessError", OSError);
export const ConnectionError = exc("ConnectionError", OSError);
export const BrokenPipeError = exc("BrokenPipeError", ConnectionError);
export const ConnectionAbortedError = exc("ConnectionAbortedError", ConnectionError);
export const ConnectionRefusedError = exc("ConnectionRefusedError", ConnectionError);
export const ConnectionResetError = exc("ConnectionResetError", ConnectionError);
export const InterruptedError = exc("InterruptedError", OSError);
export const ProcessLookupError = exc("ProcessLookupError", OSError);
export const ReferenceError = exc("ReferenceError", Exception);
export const RuntimeError = exc("RuntimeError", Exception);
export const NotImplementedError = exc("NotImplementedError", RuntimeError);
export const RecursionError = exc("RecursionError", RuntimeError);
export const StopAsyncIteration = exc("StopAsyncIteration", Exception);
export const StopIteration = exc("StopIteration", Exception);
export const SyntaxError = exc("SyntaxError", Exception);
export const IndentationError = exc("IndentationError", SyntaxError);
export const TabError = exc("TabError", IndentationError);
export const SystemError = exc("SystemError", Exception);
export const TypeError = exc("TypeError", Exception);
export const ValueError = exc("ValueError", Exception);
export const UnicodeError = exc("UnicodeError", ValueError);
export const UnicodeDecodeError = exc("UnicodeDecodeError", UnicodeError);
export const UnicodeEncodeError = exc("UnicodeEncodeError", UnicodeError);
export const UnicodeTranslateError = exc("UnicodeTranslateError", UnicodeError);
export const Warning = exc("Warning", Exception);
export const DeprecationWarning = exc("DeprecationWarning", Warning);
export const PendingDeprecationWarning = exc("PendingDeprecationWarning", Warning);
export const RuntimeWarning = exc("RuntimeWarning", Warning);
export const SyntaxWarning = exc("SyntaxWarning", Warning);
export const UserWarning = exc("UserWarning", Warning);
export const FutureWarning = exc("FutureWarning", Warning);
export const ImportWarning = exc("ImportWarning", Warning);
export const UnicodeWarning = exc("UnicodeWarning", Warning);
export const BytesWarning = exc("BytesWarning", Warning);
export const ResourceWarning = exc("ResourceWarning", Warning);
export const EncodingWarning = exc("EncodingWarning", Warning);
/** tfscope's own: a construct this interpreter does not implement. Distinct so hosts can report
 * "unsupported" rather than a wrong result. */
export const TfscopeUnsupported = exc("TfscopeUnsupported", Exception);
TfscopeUnsupported.module = "tfscope";

/** Every builtin exception class, for the builtins module. */
export const exceptionTypes: PyType[] = [];
(function collect(t: PyType) {
  exceptionTypes.push(t);
  for (const s of t.subclasses()) collect(s);
})(BaseException);

setMethodError((msg) => pyErr(TypeError, msg));
// CPython's own words where its method takes no keywords either (list.append), else a gap of tfscope's.
setKeywordsRefused((qual) =>
  cpythonTakesNoKeywords(qual) ? pyErr(TypeError, `${qual}() takes no keyword arguments`) : unsupported(`keyword arguments of ${qual}()`),
);

/** A new exception of class `cls` with a single message argument. */
export function pyErr(cls: PyType, message: string): PyException {
  return new PyException(cls, [message]);
}

/** The unsupported-feature exception: `feature` names the construct. */
export function unsupported(feature: string): PyException {
  return pyErr(TfscopeUnsupported, `unsupported by tfscope: ${feature}`);
}

export function isPyException(e: unknown): e is PyException {
  return e instanceof PyException;
}

/** `BaseException.__init__`: stores the arguments (keyword arguments are refused, as in CPython). */
defMethod(BaseException, "__init__", (args, kw) => {
  const self = args[0] as PyException;
  exceptionKeywords(self, kw);
  self.args = args.slice(1);
  return None;
});

/** The function above. A class call whose instance comes from the exception's own `make` (which stores
 * the arguments as BaseException_new does) and whose `__init__` is this one has nothing left to do:
 * callType skips the call, so `class Invalid(ValueError): pass` constructs as cheaply as ValueError. */
export const baseExceptionInit = BaseException.dict!.get("__init__")!;

/** What a Python function call returns instead of throwing when its call site handles a RAISE signal
 * (PyFunction.callInline with a caller frame; see Ctx.raiseSignal): the exception is in the caller
 * frame's `ret`. Never a Python value: only such call sites ever see it. */
export const RAISED: PyValue = new PyObject(BaseException);

// The members CPython's ImportError, NameError and AttributeError carry (None until set): class-level
// defaults here, as every instance reads them (`e.path` of a failed import is None).
for (const [t, names] of [[ImportError, ["name", "path"]], [NameError, ["name"]], [AttributeError, ["name", "obj"]]] as const)
  for (const n of names) t.dict!.set(n, None);
