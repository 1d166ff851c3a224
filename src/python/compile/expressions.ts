import type * as A from "../ast.js";
import { compileSetDisplay } from "./set-display.js";
import { compileDictDisplay } from "./dict-display.js";
import type { Frame } from "../frame.js";
import { Cell, Ellipsis, None, PyFloat, PyNativeFunction, PyObject, PyType, typeName, typeOf, type Kwargs, type PyValue } from "../objects/base.js";
import { PySuper } from "../objects/descriptors.js";
import { RuntimeError, TypeError, pyErr } from "../objects/exceptions.js";
import { PyFunction } from "../objects/function.js";
import { norm } from "../objects/intmath.js";
import { PyIter } from "../objects/iterators.js";
import { PyBytes, PyDict, PyList, PySet, PySlice, PyTuple, pyTuple } from "../objects/values.js";
import { invert, negate, positive } from "../ops/arith.js";
import { getAttrOrUndefined } from "../ops/attr.js";
import { call } from "../ops/call.js";
import { repr, str } from "../ops/convert.js";
import { formatValue } from "../ops/format.js";
import { getItem } from "../ops/items.js";
import { forEach, toArray } from "../ops/iter.js";
import { AttrSite, ConstructSite, MethodSite } from "../ops/sites.js";
import { Namespace, namespaceVersion } from "../objects/namespace.js";
import { strAscii } from "../text/repr.js";
import { compileComprehension, compileLambda } from "./functions.js";
import { binaryFunction, compareFunction, isTrue } from "./operators.js";
import { compileBinary, fastSlot } from "./operands.js";
import { callArg } from "./call-args.js";
import { type Ctx, type E, nameError as makeNameError, unboundFree, unboundLocal, unsupportedAt } from "./context.js";
import { compileStore } from "./targets.js";

/** The value of a literal. */
export function constValue(c: A.ConstValue): PyValue {
  switch (c.type) {
    case "None":
      return None;
    case "bool":
      return c.value;
    case "int":
      return norm(c.value);
    case "float":
      return new PyFloat(c.value);
    case "str":
      return c.value;
    case "bytes":
      return new PyBytes(c.value);
    case "Ellipsis":
      return Ellipsis;
    case "complex":
      throw new Error("complex literal");
  }
}

/** Compiles an expression to a closure. */
export function compileExpr(e: A.Expr, cx: Ctx): E {
  switch (e.kind) {
    case "Constant": {
      if (e.value.type === "complex") return unsupportedAt("complex numbers", e);
      const v = constValue(e.value);
      return () => v;
    }
    case "Name":
      return compileLoad(e.id, cx, e);
    case "Attribute": {
      const o = compileExpr(e.value, cx);
      const site = new AttrSite(e.attr);
      const slot = fastSlot(e.value, cx);
      if (slot >= 0)
        return (f) => {
          const obj = (f.l[slot] as PyValue | undefined) ?? o(f);
          f.pos = e;
          return site.load(obj);
        };
      return (f) => {
        const obj = o(f);
        f.pos = e;
        return site.load(obj);
      };
    }
    case "Subscript": {
      const o = compileExpr(e.value, cx);
      const k = compileExpr(e.slice, cx);
      const os = fastSlot(e.value, cx);
      const ks = fastSlot(e.slice, cx);
      // `d[k]` of two plain locals: both read inline (their closures run only to raise when unbound).
      if (os >= 0 && ks >= 0)
        return (f) => {
          const obj = (f.l[os] as PyValue | undefined) ?? o(f);
          const key = (f.l[ks] as PyValue | undefined) ?? k(f);
          f.pos = e;
          return getItem(obj, key);
        };
      return (f) => {
        const obj = o(f);
        const key = k(f);
        f.pos = e;
        return getItem(obj, key);
      };
    }
    case "Slice": {
      const lo = e.lower ? compileExpr(e.lower, cx) : null;
      const hi = e.upper ? compileExpr(e.upper, cx) : null;
      const st = e.step ? compileExpr(e.step, cx) : null;
      return (f) => new PySlice(lo ? lo(f) : None, hi ? hi(f) : None, st ? st(f) : None);
    }
    case "BinOp":
      return compileBinOp(e, cx);
    case "UnaryOp": {
      const o = compileExpr(e.operand, cx);
      const at = <T>(f: Frame, v: T): T => ((f.pos = e), v);
      switch (e.op) {
        case "Not":
          return (f) => !isTrue(at(f, o(f)));
        case "USub":
          return (f) => negate(at(f, o(f)));
        case "UAdd":
          return (f) => positive(at(f, o(f)));
        case "Invert":
          return (f) => invert(at(f, o(f)));
      }
      break;
    }
    case "BoolOp": {
      const parts = e.values.map((v) => compileExpr(v, cx));
      const n = parts.length;
      // CPython (JUMP_IF_FALSE_OR_POP / JUMP_IF_TRUE_OR_POP) tests every operand but the last, which is
      // the value as it is: `None or arr` never asks for bool(arr).
      if (e.op === "And")
        return (f) => {
          for (let i = 0; i < n - 1; i++) {
            const v = parts[i]!(f);
            if (!isTrue(v)) return v;
          }
          return parts[n - 1]!(f);
        };
      return (f) => {
        for (let i = 0; i < n - 1; i++) {
          const v = parts[i]!(f);
          if (isTrue(v)) return v;
        }
        return parts[n - 1]!(f);
      };
    }
    case "Compare":
      return compileCompare(e, cx);
    case "IfExp": {
      const t = compileExpr(e.test, cx);
      const a = compileExpr(e.body, cx);
      const b = compileExpr(e.orelse, cx);
      return (f) => (isTrue(t(f)) ? a(f) : b(f));
    }
    case "Call":
      return compileCall(e, cx);
    case "Tuple": {
      const items = compileItems(e.elts, cx);
      return (f) => pyTuple(items(f));
    }
    case "List": {
      const items = compileItems(e.elts, cx);
      return (f) => new PyList(items(f));
    }
    case "Set":
      return compileSetDisplay(e.elts, cx);
    case "Dict":
      return compileDictDisplay(e, cx);
    case "JoinedStr":
      return compileJoinedStr(e, cx);
    case "FormattedValue": {
      const j = compileJoinedStr({ ...e, kind: "JoinedStr", values: [e] }, cx);
      return j;
    }
    case "Lambda":
      return compileLambda(e, cx);
    case "ListComp":
    case "SetComp":
    case "DictComp":
    case "GeneratorExp":
      return compileComprehension(e, cx);
    case "NamedExpr": {
      const v = compileExpr(e.value, cx);
      const store = compileStore(e.target, cx);
      return (f) => {
        const x = v(f);
        store(f, x);
        return x;
      };
    }
    case "Starred":
      return unsupportedAt("starred expression here", e);
    case "Yield":
    case "YieldFrom":
      return unsupportedAt("'yield' inside this expression", e);
    case "Await":
      return unsupportedAt("await", e);
  }
  return unsupportedAt(`expression ${(e as A.Expr).kind}`, e);
}

/** Loads a variable by its compile-time binding. */
export function compileLoad(name: string, cx: Ctx, node: A.Name | null = null): E {
  const b = cx.scope.binding(name);
  const at = <T>(f: Frame, e: T): T => ((f.pos = node), e);
  const nameError = (n: string, f: Frame, builtins: Map<string, PyValue>) => at(f, makeNameError(n, f, builtins));
  const builtins = cx.builtins;
  switch (b.kind) {
    case "fast": {
      const i = b.slot;
      return (f) => {
        const v = f.l[i];
        if (v === undefined) throw at(f, unboundLocal(name));
        return v as PyValue;
      };
    }
    case "cell": {
      const i = b.slot;
      return (f) => {
        const v = (f.l[i] as Cell).v;
        if (v === undefined) throw at(f, unboundLocal(name));
        return v;
      };
    }
    case "free": {
      const i = b.index;
      return (f) => {
        const v = f.free![i]!.v;
        if (v === undefined) throw at(f, unboundFree(name));
        return v;
      };
    }
    case "classderef": {
      const i = b.index;
      return (f) => {
        const v = f.ns!.get(name) ?? f.free![i]!.v;
        if (v === undefined) throw unboundFree(name);
        return v;
      };
    }
    case "global": {
      const ref = new GlobalRef(name, node, builtins);
      return (f) => ref.load(f);
    }
    case "name":
      return (f) => {
        const v = f.ns!.get(name) ?? f.g.get(name) ?? builtins.get(name);
        if (v === undefined) throw nameError(name, f, builtins);
        return v;
      };
  }
}

/** A global name's load with CPython 3.11's LOAD_GLOBAL cache: what the last load found, valid while
 * f.g is the same namespace and no namespace has changed. A class, so a call site can load its callee
 * through `load` (one known target, inlined) instead of another closure. */
class GlobalRef {
  private g: Map<string, PyValue> | null = null;
  private version = -1;
  private found: PyValue = None;
  private readonly cacheable: boolean;
  constructor(
    private readonly name: string,
    private readonly node: A.Name | null,
    private readonly builtins: Map<string, PyValue>,
  ) {
    this.cacheable = builtins instanceof Namespace;
  }
  load(f: Frame): PyValue {
    if (f.g === this.g && this.version === namespaceVersion) return this.found;
    const v = f.g.get(this.name) ?? this.builtins.get(this.name);
    if (v === undefined) {
      f.pos = this.node;
      throw makeNameError(this.name, f, this.builtins);
    }
    if (this.cacheable && f.g instanceof Namespace) {
      this.g = f.g;
      this.version = namespaceVersion;
      this.found = v;
    }
    return v;
  }
}

function compileBinOp(e: A.BinOp, cx: Ctx): E {
  const l = compileExpr(e.left, cx);
  const r = compileExpr(e.right, cx);
  return compileBinary(e, e.left, e.right, l, r, binaryFunction(e.op, false), cx);
}

function compileCompare(e: A.Compare, cx: Ctx): E {
  const left = compileExpr(e.left, cx);
  const rights = e.comparators.map((c) => compileExpr(c, cx));
  const ops = e.ops.map(compareFunction);
  if (ops.length === 1) return compileBinary(e, e.left, e.comparators[0]!, left, rights[0]!, ops[0]!, cx);
  return (f) => {
    let a = left(f);
    let res: PyValue = true;
    for (let i = 0; i < ops.length; i++) {
      const b = rights[i]!(f);
      f.pos = e;
      res = ops[i]!(a, b);
      if (!isTrue(res)) return res;
      a = b;
    }
    return res;
  };
}

/** Items of a display or call's positional arguments, with `*iterable` unpacking. With `self`, slot 0
 * is left for the receiver of a method call. */
function compileItems(elts: A.Expr[], cx: Ctx, self = false, set = false): (f: Frame, callee?: PyValue) => PyValue[] {
  const parts = elts.map((el) =>
    el.kind === "Starred" ? { star: true, e: compileExpr(el.value, cx) } : { star: false, e: compileExpr(el, cx) },
  );
  const n = parts.length;
  if (!parts.some((p) => p.star)) {
    const es = parts.map((p) => p.e);
    if (self) {
      if (n === 0) return () => [None];
      if (n === 1) {
        const a = es[0]!;
        return (f) => [None, a(f)];
      }
      if (n === 2) {
        const a = es[0]!;
        const b = es[1]!;
        return (f) => [None, a(f), b(f)];
      }
      return (f) => {
        const out = new Array<PyValue>(n + 1);
        out[0] = None;
        for (let i = 0; i < n; i++) out[i + 1] = es[i]!(f);
        return out;
      };
    }
    return fixedItems(es);
  }
  // CPython's messages for `*x` that is not iterable (Python/ceval.c): a call whose only positional
  // argument is `*x` checks it itself (check_args_iterable); a list or tuple display, or a call's
  // argument list built first, says "Value after *"; a set display just iterates.
  const alone = n === 1 && !set;
  return (f, callee) => {
    const out: PyValue[] = self ? [None] : [];
    for (const p of parts) {
      const v = p.e(f);
      if (p.star) {
        if (!set && !iterable(v)) {
          const what = alone && callee !== undefined ? `${fnLabel(callee, callee instanceof PyNativeFunction ? callee.qualname : null)} argument` : "Value";
          throw pyErr(TypeError, `${what} after * must be an iterable, not ${typeName(v)}`);
        }
        forEach(v, (x) => void out.push(x));
      } else out.push(v);
    }
    return out;
  };
}

/** The values of compiled expressions `es`, as a fresh array. */
function fixedItems(es: E[]): (f: Frame) => PyValue[] {
  const n = es.length;
  if (n === 0) return () => [];
  if (n === 1) {
    const a = es[0]!;
    return (f) => [a(f)];
  }
  if (n === 2) {
    const a = es[0]!;
    const b = es[1]!;
    return (f) => [a(f), b(f)];
  }
  return (f) => {
    const out = new Array<PyValue>(n);
    for (let i = 0; i < n; i++) out[i] = es[i]!(f);
    return out;
  };
}

/** Whether iter(v) would succeed without calling anything (ceval.c's check before its message). */
function iterable(v: PyValue): boolean {
  if (typeof v === "string" || v instanceof PyIter || v instanceof PyList || v instanceof PyTuple) return true;
  if (!(v instanceof PyObject)) return false;
  return v.cls.lookup("__iter__") !== undefined || (!(v instanceof PyType) && v.cls.lookup("__getitem__") !== undefined);
}

/** Copies mapping `m` into `d` (`{**m}`, `f(**m)`), via keys() and [] for non-dicts. */
export function mergeMapping(d: PyDict, m: PyValue, fnName: string | null): void {
  if (m instanceof PyDict) {
    for (const e of m.table.entries()) {
      if (fnName !== null && d.table.find(e.k) !== undefined)
        throw pyErr(TypeError, `${fnName} got multiple values for keyword argument '${str(e.k)}'`);
      d.table.set(e.k, e.v);
    }
    return;
  }
  const keys = getAttrOrUndefined(m, "keys");
  if (keys === undefined)
    throw pyErr(
      TypeError,
      fnName !== null
        ? `${fnName} argument after ** must be a mapping, not ${typeOf(m).name}`
        : `'${typeOf(m).name}' object is not a mapping`,
    );
  for (const k of toArray(call(keys, []))) d.table.set(k, getItem(m, k));
}

function compileJoinedStr(e: A.JoinedStr, cx: Ctx): E {
  const parts: E[] = e.values.map((v) => {
    if (v.kind === "Constant") {
      const s = (v.value as { value: string }).value;
      return () => s;
    }
    const val = compileExpr(v.value, cx);
    const spec = v.formatSpec ? compileJoinedStr(v.formatSpec, cx) : null;
    const conv = v.conversion;
    return (f: Frame) => {
      let x = val(f);
      if (conv === 115) x = str(x);
      else if (conv === 114) x = repr(x);
      else if (conv === 97) x = strAscii(repr(x));
      const s = spec ? (spec(f) as string) : "";
      if (typeof x === "string" && s === "") return x;
      return formatValue(x, s);
    };
  });
  if (parts.length === 1) return parts[0]!;
  return (f) => {
    let s = "";
    for (const p of parts) s += p(f) as string;
    return s;
  };
}

/** Compiles a call, with the method-call fast path for `obj.name(...)` and zero-argument super(). With
 * `signal`, a plain call of a Python function hands back its exception (see compileCallSignal). */
function compileCall(e: A.Call, cx: Ctx, signal = false): E {
  const kw = compileKeywords(e, cx);
  const fnName = e.func.kind === "Name" ? e.func.id : e.func.kind === "Attribute" ? e.func.attr : null;
  if (e.func.kind === "Name" && e.func.id === "super" && e.args.length === 0 && e.keywords.length === 0)
    return compileZeroArgSuper(e, cx);
  if (e.func.kind === "Attribute") {
    const o = compileExpr(e.func.value, cx);
    const name = e.func.attr;
    const label = `${name}()`;
    // One plain positional argument and no keywords: a builtin method of one argument takes it alone.
    const one = kw === null && e.args.length === 1 && e.args[0]!.kind !== "Starred" ? compileExpr(e.args[0]!, cx) : null;
    const items = one !== null ? (f: Frame) => [None, one(f)] : compileItems(e.args, cx, true);
    const site = new MethodSite(name, items, kw ? (f) => kw(f, label) : null, e, one);
    const slot = fastSlot(e.func.value, cx);
    if (slot >= 0) return (f) => site.call((f.l[slot] as PyValue | undefined) ?? o(f), f);
    return (f) => site.call(o(f), f);
  }
  const callee = e.func;
  const ref = callee.kind === "Name" && cx.scope.binding(callee.id).kind === "global" ? new GlobalRef(callee.id, callee, cx.builtins) : null;
  const fn = ref !== null ? (f: Frame) => ref.load(f) : compileExpr(callee, cx);
  const plain = !e.args.some((a) => a.kind === "Starred");
  // A plain call matching a Python function's parameters exactly fills the new frame's locals, sized
  // for all of them, as it evaluates the arguments.
  const es = plain ? e.args.map((a) => compileExpr(a, cx)) : [];
  const n = plain ? es.length : -2;
  // Arguments such as `x` or `n - 1` read or computed inline (see CallArg).
  const cargs = plain ? e.args.map((a, i) => callArg(a, es[i]!, cx)) : [];
  const a0 = cargs[0]!;
  const a1 = cargs[1]!;
  const args = plain ? fixedItems(es) : compileItems(e.args, cx);
  if (kw === null) {
    // Compiled on the first call of a class here: most call sites never construct.
    let construct: ConstructSite | null = null;
    // The callee seen last and which path below it takes (calleeKind): a site calling the same
    // function or class again skips the class tests, each a prototype-chain walk when it fails.
    let last: PyValue | undefined = undefined;
    let lastKind = OTHER;
    return (f) => {
      const c = ref !== null ? ref.load(f) : fn(f);
      let kind = lastKind;
      if (c !== last) {
        kind = lastKind = calleeKind(c, n, plain);
        last = c;
      }
      if (kind === PY_FAST) {
        const fc = c as PyFunction;
        const l = new Array<PyValue | undefined>(fc.sig.nLocals);
        if (n === 1) l[0] = a0.value(f);
        else if (n === 2) {
          l[0] = a0.value(f);
          l[1] = a1.value(f);
        } else for (let i = 0; i < n; i++) l[i] = cargs[i]!.value(f);
        f.pos = e;
        return fc.runFast(l, signal ? f : null);
      }
      if (kind === PY_OTHER) {
        const a = args(f, c);
        f.pos = e;
        return (c as PyFunction).callInline(a, null, signal ? f : null);
      }
      if (kind === NATIVE_ONE) {
        const one = (c as PyNativeFunction).one;
        if (one !== null) {
          // What c.impl does with a one-item argument array, without the array (len(x), abs(x)).
          const v = a0.value(f);
          f.pos = e;
          return one(v);
        }
      } else if (kind === TYPE_ONE) {
        const one = (c as PyType).one;
        if (one !== null) {
          // What callType does for a builtin type and one argument (c.make(c, [v], null)), without the array.
          const v = a0.value(f);
          f.pos = e;
          return one(v);
        }
      } else if (kind === CLASS) {
        construct ??= new ConstructSite(compileItems(e.args, cx, true), e, args);
        const r = construct.make(c as PyType, f);
        if (r !== undefined) return r;
      }
      const a = args(f, c);
      f.pos = e;
      return call(c, a, null);
    };
  }
  return (f) => {
    const c = fn(f);
    const a = args(f, c);
    const k = kw(f, fnLabel(c, fnName));
    f.pos = e;
    return call(c, a, k);
  };
}

// Paths of a plain call without keywords, by callee (calleeKind).
const OTHER = 0;
/** A Python function whose parameters the arguments match exactly (runFast). */
const PY_FAST = 1;
/** Another Python function (callInline). */
const PY_OTHER = 2;
/** A builtin function of one argument called with one (its `one`). */
const NATIVE_ONE = 3;
/** A builtin type called with one argument, having a `one`. */
const TYPE_ONE = 4;
/** A Python class, for the construction site. */
const CLASS = 5;

/** Which path a plain call of `n` arguments (n is -2 for a call with `*x`) takes for callee `c`: it
 * depends only on what never changes for one object (its JS class, a function's fastArgs, a type being
 * builtin); a `one` that may still be null is tested at the call. */
function calleeKind(c: PyValue, n: number, plain: boolean): number {
  if (c instanceof PyFunction) return c.fastArgs === n ? PY_FAST : PY_OTHER;
  if (n === 1 && c instanceof PyNativeFunction) return NATIVE_ONE;
  if (c instanceof PyType) {
    if (n === 1 && c.builtin) return TYPE_ONE;
    if (plain && !c.builtin) return CLASS;
  }
  return OTHER;
}

/** A call whose value a statement takes whole where a RAISE signal is handled (see Ctx.raiseSignal): a
 * plain call of a Python function gives back its exception as RAISED, in the frame's `ret`, instead of
 * throwing it (other calls throw as ever). */
export function compileCallSignal(e: A.Call, cx: Ctx): E {
  return compileCall(e, cx, true);
}

/** _PyObject_FunctionStr: how CPython names a callable in call errors (`__main__.f()`). */
function fnLabel(c: PyValue, fallback: string | null): string {
  if (c instanceof PyFunction) {
    const mod = c.dict !== null ? c.dict.get("__module__") : c.module;
    return typeof mod === "string" && mod !== "builtins" ? `${mod}.${c.qualname}()` : `${c.qualname}()`;
  }
  return `${fallback ?? "function"}()`;
}

function compileKeywords(e: A.Call, cx: Ctx): ((f: Frame, label: string) => Kwargs) | null {
  if (e.keywords.length === 0) return null;
  const parts = e.keywords.map((k) => ({ name: k.arg, v: compileExpr(k.value, cx) }));
  return (f, label) => {
    const m = new Map<string, PyValue>();
    for (const p of parts) {
      const v = p.v(f);
      if (p.name !== null) {
        if (m.has(p.name)) throw pyErr(TypeError, `${label} got multiple values for keyword argument '${p.name}'`);
        m.set(p.name, v);
        continue;
      }
      const d = new PyDict();
      mergeMapping(d, v, label);
      for (const en of d.table.entries()) {
        if (typeof en.k !== "string") throw pyErr(TypeError, "keywords must be strings");
        if (m.has(en.k)) throw pyErr(TypeError, `${label} got multiple values for keyword argument '${en.k}'`);
        m.set(en.k, en.v);
      }
    }
    return m;
  };
}

function compileZeroArgSuper(e: A.Call, cx: Ctx): E {
  const load = compileLoad("super", cx);
  const scope = cx.scope;
  const classIdx = scope.free.indexOf("__class__");
  const firstParam = scope.params[0];
  const firstSlot = firstParam === undefined ? -1 : scope.slots.get(firstParam)!;
  const firstIsCell = firstParam !== undefined && scope.cells.has(firstParam);
  return (f) => {
    const s = load(f);
    if (s !== cx.builtins.get("super")) return call(s, []);
    if (firstSlot < 0) throw pyErr(RuntimeError, "super(): no arguments");
    if (scope.kind !== "function" || classIdx < 0) throw pyErr(RuntimeError, "super(): __class__ cell not found");
    const cls = f.free![classIdx]!.v;
    if (cls === undefined) throw pyErr(RuntimeError, "super(): empty __class__ cell");
    const raw = f.l[firstSlot];
    const obj = firstIsCell ? (raw as Cell).v : (raw as PyValue | undefined);
    if (obj === undefined) throw pyErr(RuntimeError, "super(): arg[0] deleted");
    return makeSuper(cls, obj);
  };
}

/** `super(cls, obj)` with CPython's checks. */
export function makeSuper(cls: PyValue, obj: PyValue): PySuper {
  if (!(cls instanceof PyType)) throw pyErr(TypeError, `super() argument 1 must be a type, not ${typeOf(cls).name}`);
  if (obj instanceof PyType && obj.isSubtypeOf(cls)) return new PySuper(cls, obj, obj);
  const t = typeOf(obj);
  if (t.isSubtypeOf(cls)) return new PySuper(cls, obj, t);
  throw pyErr(TypeError, "super(type, obj): obj must be an instance or subtype of type");
}
