import { Frame, type CodeInfo } from "../frame.js";
import { enterFrame, leaveFrame, step, unwindTo } from "../limits.js";
import { rt } from "../state.js";
import { Cell, None, PyObject, functionType, methodType, type AttrMap, type Kwargs, type PyValue } from "./base.js";
import { RAISED, TypeError, pyErr } from "./exceptions.js";
import { PyGenerator } from "./generator.js";
import { PyDict, PyTuple, emptyTuple } from "./values.js";

/** The fields of a Signature. */
export interface SignatureParts {
  names: string[];
  nPosOnly: number;
  nPos: number;
  nKwOnly: number;
  varargs: boolean;
  varkw: boolean;
  nLocals: number;
  /** Slots holding variables captured by nested functions (they hold a Cell). */
  cells: number[];
  /** No `*args`, keyword-only parameters, `**kwargs` or cells: positional calls copy straight in. */
  simple: boolean;
}

/** A compiled parameter list: where each argument lands among the function's local slots. Slots are
 * laid out as positional (incl. positional-only) parameters, keyword-only ones, then `*args`, then
 * `**kwargs`, then the other locals. */
export class Signature implements Readonly<SignatureParts> {
  declare readonly names: string[];
  declare readonly nPosOnly: number;
  declare readonly nPos: number;
  declare readonly nKwOnly: number;
  declare readonly varargs: boolean;
  declare readonly varkw: boolean;
  declare readonly nLocals: number;
  declare readonly cells: number[];
  declare readonly simple: boolean;
  private declare slotOf: Map<string, number> | null;
  constructor(p: SignatureParts) {
    this.names = p.names;
    this.nPosOnly = p.nPosOnly;
    this.nPos = p.nPos;
    this.nKwOnly = p.nKwOnly;
    this.varargs = p.varargs;
    this.varkw = p.varkw;
    this.nLocals = p.nLocals;
    this.cells = p.cells;
    this.simple = p.simple;
    this.slotOf = null;
  }

  /** Each parameter's slot by name (the last of a repeated name), made when a call first needs it: most
   * functions are never called with keywords, and each Map costs a start-up snapshot's restore more than
   * most objects. */
  get index(): Map<string, number> {
    return (this.slotOf ??= new Map(this.names.map((n, i) => [n, i])));
  }
}

/** The compiled body of a plain function: returns 3 (RETURN, value in `frame.ret`), 4 (RAISE, the
 * exception in `frame.ret`, to throw with the frame still on the stack) or falls off the end. */
export type Body = (f: Frame) => number | undefined;
/** A paused generator body: a JS generator, or a hand-written state machine with the same `next` and
 * `throw` (generator expressions), whose result object may be reused between calls. */
export interface Resumable {
  next(v: PyValue): IteratorResult<PyValue, PyValue>;
  throw(e: unknown): IteratorResult<PyValue, PyValue>;
}
/** A generator function's compiled body. */
export type GenBody = (f: Frame) => Resumable;

/** A function's code, shared by every function object one `def` creates; compiled on first call so a
 * large module starts fast. */
export interface FunctionCode {
  run: Body | null;
  gen: GenBody | null;
  /** The statements of `run`'s block and their lines, for runFast to run without the block closure. */
  parts: Body[];
  lines: number[];
  readonly isGenerator: boolean;
  compile(): void;
}

/** The defaults of every function without any (a start-up snapshot holds ~1,000 functions). */
const NO_DEFAULTS: PyValue[] = [];

/** A function defined in Python (`def` or `lambda`). */
export class PyFunction extends PyObject {
  /** Replaced, never changed in place: a function without defaults shares one empty array. */
  defaults: PyValue[] = NO_DEFAULTS;
  kwdefaults: Map<string, PyValue> | null = null;
  doc: PyValue = None;
  annotations: PyDict | null = null;
  /** The positional argument count of a call that may take `runFast`: the signature's when it is
   * simple, has no cells and the function is not a generator; else -1, which no call matches. */
  declare readonly fastArgs: number;
  /** The `__module__` its `def` found in the globals, which its attribute dict starts with when it is
   * made (lazyDict: most functions never have one read or set, and each empty Map costs a start-up
   * snapshot's restore more than most objects); undefined for none. */
  declare module: PyValue | undefined;

  constructor(
    public name: string,
    public qualname: string,
    readonly code: CodeInfo,
    readonly sig: Signature,
    readonly globals: Map<string, PyValue>,
    readonly closure: Cell[] | null,
    readonly body: FunctionCode,
  ) {
    super(functionType, null);
    (this as { fastArgs: number }).fastArgs = sig.simple && sig.cells.length === 0 && !body.isGenerator ? sig.nPos : -1;
    this.module = undefined;
  }

  override lazyDict(): AttrMap {
    const d = (this.dict = new Map<string, PyValue>());
    if (this.module !== undefined) d.set("__module__", this.module);
    return d;
  }

  /** Calls the function; `args` may be taken over as the frame's locals. */
  call(args: PyValue[], kwargs: Kwargs): PyValue {
    const outer = rt.frame;
    try {
      return this.callInline(args, kwargs);
    } catch (e) {
      throw unwindTo(e, outer);
    }
  }

  /**
   * `call` for compiled code: an exception leaves this call's frame on the frame stack, for the caller's
   * next catch (which is compiled code's or a frame boundary's, never native code's) to pop with
   * `recordTraceback`. Native callers must use `call`. A call site that handles a RAISE signal passes its
   * frame as `caller`: an exception raised as RAISE then comes back as RAISED, in `caller.ret`, and is
   * not thrown (see Ctx.raiseSignal).
   */
  callInline(args: PyValue[], kwargs: Kwargs, caller: Frame | null = null): PyValue {
    if (kwargs === null && args.length === this.fastArgs) return this.runFast(args, caller);
    const s = this.sig;
    let l: (PyValue | Cell | undefined)[];
    if (kwargs === null && s.simple && args.length === s.nPos) l = args;
    else l = bindArgs(this, args, kwargs);
    const cells = s.cells;
    if (cells.length !== 0) for (let i = 0; i < cells.length; i++) l[cells[i]!] = new Cell(l[cells[i]!] as PyValue | undefined);
    const f = new Frame(this.code, l, this.globals, this.closure, null);
    const b = this.body;
    if (b.isGenerator) return new PyGenerator(this, f);
    if (b.run === null) b.compile();
    enterFrame(f);
    const signal = b.run!(f);
    if (signal === 4) {
      if (caller === null) throw f.ret;
      caller.ret = f.ret;
      return RAISED;
    }
    leaveFrame(f);
    return signal === 3 ? f.ret! : None;
  }

  /**
   * `callInline` for a call matching `fastArgs` exactly: `l` (the arguments, then room for the other
   * locals) becomes the frame's locals as it is. enterFrame and leaveFrame are written out: the same
   * checks in the same order, one JS call fewer on the hottest path of recursive code.
   */
  runFast(l: (PyValue | Cell | undefined)[], caller: Frame | null = null): PyValue {
    const b = this.body;
    if (b.run === null) b.compile();
    const f = new Frame(this.code, l, this.globals, this.closure, null);
    const r = rt;
    if (r.depth >= r.recursionLimit) enterFrame(f);
    if (--r.steps < 0) {
      r.steps++;
      step();
    }
    r.depth++;
    f.back = r.frame;
    r.frame = f;
    const parts = b.parts;
    const lines = b.lines;
    let signal: number | undefined;
    for (let i = 0; i < parts.length; i++) {
      f.line = lines[i]!;
      f.pos = null;
      signal = parts[i]!(f);
      if (signal !== undefined) break;
    }
    if (signal === 4) {
      if (caller === null) throw f.ret;
      caller.ret = f.ret;
      return RAISED;
    }
    r.frame = f.back;
    r.depth--;
    return signal === 3 ? f.ret! : None;
  }
}

/** A function bound to an instance (`obj.method`). */
export class PyBoundMethod extends PyObject {
  declare readonly self: PyValue;
  declare readonly fn: PyValue;
  constructor(self: PyValue, fn: PyValue) {
    super(methodType);
    (this as { self: PyValue }).self = self;
    (this as { fn: PyValue }).fn = fn;
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function nameList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0]!;
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(", ")}, and ${q[q.length - 1]}`;
}

/** Binds a call's arguments to local slots with CPython's checks and TypeError messages. */
function bindArgs(fn: PyFunction, args: PyValue[], kwargs: Kwargs): (PyValue | undefined)[] {
  const s = fn.sig;
  const l: (PyValue | undefined)[] = new Array(s.nLocals);
  const np = s.nPos;
  const n = args.length;
  const take = n < np ? n : np;
  for (let i = 0; i < take; i++) l[i] = args[i];
  const vSlot = np + s.nKwOnly;
  if (n > np) {
    if (s.varargs) l[vSlot] = new PyTuple(args.slice(np));
    else throw tooManyPositional(fn, n, kwargs);
  } else if (s.varargs) l[vSlot] = emptyTuple;
  let kw: PyDict | null = null;
  if (s.varkw) l[vSlot + (s.varargs ? 1 : 0)] = kw = new PyDict();
  if (kwargs !== null) {
    let posOnlyAsKw: string[] | null = null;
    for (const [k, v] of kwargs) {
      const i = s.index.get(k);
      if (i !== undefined && i >= s.nPosOnly && i < vSlot) {
        if (l[i] !== undefined) throw pyErr(TypeError, `${fn.qualname}() got multiple values for argument '${k}'`);
        l[i] = v;
      } else if (kw !== null) kw.table.set(k, v);
      else if (i !== undefined && i < s.nPosOnly) (posOnlyAsKw ??= []).push(k);
      else throw pyErr(TypeError, `${fn.qualname}() got an unexpected keyword argument '${k}'`);
    }
    if (posOnlyAsKw)
      throw pyErr(
        TypeError,
        `${fn.qualname}() got some positional-only arguments passed as keyword arguments: '${posOnlyAsKw.join(", ")}'`,
      );
  }
  if (take < np || kwargs !== null) {
    const defs = fn.defaults;
    const first = np - defs.length;
    let missing: string[] | null = null;
    for (let i = 0; i < np; i++) {
      if (l[i] !== undefined) continue;
      if (i >= first) l[i] = defs[i - first];
      else (missing ??= []).push(s.names[i]!);
    }
    if (missing)
      throw pyErr(
        TypeError,
        `${fn.qualname}() missing ${plural(missing.length, "required positional argument")}: ${nameList(missing)}`,
      );
  }
  if (s.nKwOnly > 0) {
    let missing: string[] | null = null;
    for (let i = np; i < vSlot; i++) {
      if (l[i] !== undefined) continue;
      const d = fn.kwdefaults?.get(s.names[i]!);
      if (d !== undefined) l[i] = d;
      else (missing ??= []).push(s.names[i]!);
    }
    if (missing)
      throw pyErr(
        TypeError,
        `${fn.qualname}() missing ${plural(missing.length, "required keyword-only argument")}: ${nameList(missing)}`,
      );
  }
  return l;
}

function tooManyPositional(fn: PyFunction, given: number, kwargs: Kwargs) {
  const s = fn.sig;
  const min = s.nPos - fn.defaults.length;
  const takes = min === s.nPos ? plural(s.nPos, "positional argument") : `from ${min} to ${s.nPos} positional arguments`;
  let kwOnlyGiven = 0;
  if (kwargs !== null)
    for (const k of kwargs.keys()) {
      const i = s.index.get(k);
      if (i !== undefined && i >= s.nPos && i < s.nPos + s.nKwOnly) kwOnlyGiven++;
    }
  const was = kwOnlyGiven
    ? `${plural(given, "positional argument")} (and ${plural(kwOnlyGiven, "keyword-only argument")}) were given`
    : `${given} ${given === 1 ? "was" : "were"} given`;
  return pyErr(TypeError, `${fn.qualname}() takes ${takes} but ${was}`);
}

