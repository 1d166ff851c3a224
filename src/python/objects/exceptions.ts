import type { Frame, TbEntry } from "../frame.js";
import { None, PyObject, PyType, builtinType, defMethod, setMethodError, type PyValue } from "./base.js";

/**
 * A Python exception instance. Python exceptions are thrown as these objects directly (not wrapped in a
 * JS Error: no JS stack capture, which keeps raise/except loops fast).
 */
export class PyException extends PyObject {
  declare args: PyValue[];
  /** Innermost frame first (reversed when printed). */
  declare tb: TbEntry[];
  /** The frame whose entry is last in `tb`: a bare `raise` in it must not add the frame again. */
  declare tbTop: Frame | null;
  declare cause: PyValue;
  declare context: PyException | null;
  declare suppressContext: boolean;
  /** For NameError: the names in scope where it was raised (CPython's "Did you mean" search). */
  declare nameScope: unknown;

  constructor(cls: PyType, args: PyValue[]) {
    super(cls, new Map());
    this.args = args;
    this.tb = [];
    this.tbTop = null;
    this.cause = None;
    this.context = null;
    this.suppressContext = false;
    this.nameScope = null;
  }
}

const newException = (cls: PyType, args: PyValue[]): PyValue => new PyException(cls, args);

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
defMethod(BaseException, "__init__", (args) => {
  const self = args[0] as PyException;
  self.args = args.slice(1);
  return None;
});
