import type * as A from "../ast.js";
import type { CodeInfo, Frame } from "../frame.js";
import type { Cell, PyValue } from "../objects/base.js";
import { NameError, PyException, UnboundLocalError, pyErr, unsupported } from "../objects/exceptions.js";
import type { Scope, ScopeInfo } from "./scope.js";

/** A compiled expression. */
export type E = (f: Frame) => PyValue;
/** A compiled statement: undefined to continue, or a control signal. */
export type S = (f: Frame) => Signal;
/** A compiled statement of a generator body (it may yield). */
export type GS = (f: Frame) => Generator<PyValue, Signal, PyValue>;

/** What a statement asks its enclosing block to do. RETURN leaves its value in `frame.ret`; RAISE
 * leaves the exception there, for the function call to throw (see Ctx.raiseSignal). */
export type Signal = undefined | 1 | 2 | 3 | 4;
export const BREAK = 1;
export const CONTINUE = 2;
export const RETURN = 3;
export const RAISE = 4;

/** What compiling one scope's code needs. */
export interface Ctx {
  readonly info: ScopeInfo;
  readonly scope: Scope;
  readonly code: CodeInfo;
  readonly builtins: Map<string, PyValue>;
  /** Python 2 mode: `print` statements; true division stays Python 3's (documented limit). */
  readonly python2: boolean;
  /** CPython's 'single' (interactive) mode: expression statements outside functions echo their
   * value through sys.displayhook, as at a `>>>` prompt. */
  readonly interactive?: boolean;
  /** IPython's cell mode ('last_expr'): this statement, the module's last, shows its non-None value's
   * repr through `show` (a notebook's execute_result) instead of printing it. */
  readonly displayLast?: { readonly stmt: A.Stmt; readonly show: (repr: string) => void };
  /** Compiling a plain function's body or a `try` body, outside any statement but `if`: a `raise` here
   * returns RAISE up to the call (PyFunction.callInline, which throws it from there, or hands it back
   * to a call site that handles RAISE) or to the `try`; so does a statement taking a Python function
   * call's value whole when the function raises (signal-statements.ts). A V8 throw costs a stack walk
   * to its handler, ~80 ns for each JS frame it crosses; the frame stack and traceback are the same as
   * for a throw from the raise itself. Every other statement compiles its parts without it
   * (compileStmt), so no loop or `with` can mistake RAISE for a normal completion. */
  readonly raiseSignal?: boolean;
  /** The module has `from __future__ import annotations` (PEP 563): CPython keeps annotations as
   *  strings, unevaluated (compileAnnAssign). */
  readonly futureAnnotations?: boolean;
}

/** A TfscopeUnsupported exception raised when the construct runs (never at compile time, so the rest
 * of a snippet still runs up to it, as CPython would run up to a failing line). */
export function unsupportedAt(what: string, node: A.Pos): E {
  return () => {
    throw unsupported(`${what} (line ${node.line})`);
  };
}

/** Builtins CPython 3.11 has (with its site module) that tfscope does not: using one is a gap of
 *  tfscope's, not the document's NameError. */
const CPYTHON_ONLY_BUILTINS = new Set([
  "BaseExceptionGroup", "ExceptionGroup", "__build_class__", "copyright", "credits", "exit", "help", "license", "quit",
]);

export function nameError(name: string, f?: Frame, builtins?: Map<string, PyValue>): PyException {
  if (CPYTHON_ONLY_BUILTINS.has(name) && (builtins === undefined || !builtins.has(name))) return unsupported(`the builtin ${name}`);
  const e = pyErr(NameError, `name '${name}' is not defined`);
  e.dict!.set("name", name);
  if (f && builtins) e.nameScope = { locals: f.code.varnames ?? [], globals: f.g, builtins };
  return e;
}

export function unboundLocal(name: string): PyException {
  return pyErr(UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
}

export function unboundFree(name: string): PyException {
  return pyErr(
    NameError,
    `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`,
  );
}

/** The cells a nested scope's closure needs, taken from the frame defining it. */
export function closureMaker(parent: Scope, child: Scope): ((f: Frame) => Cell[]) | null {
  if (child.free.length === 0) return null;
  const getters = child.free.map((name) => {
    const slot = parent.slots.get(name);
    if (slot !== undefined && parent.cells.has(name)) return (f: Frame) => f.l[slot] as Cell;
    const i = parent.free.indexOf(name);
    if (i < 0) throw new Error(`tfscope internal: no cell for free variable '${name}'`);
    return (f: Frame) => f.free![i]!;
  });
  return (f) => getters.map((g) => g(f));
}
