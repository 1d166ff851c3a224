import {
  None,
  NotImplemented,
  PyNativeFunction,
  PySingleton,
  builtinFunctionType,
  defMethod,
  dictOf,
  ellipsisType,
  functionType,
  handleType,
  methodType,
  moduleType,
  noneType,
  notImplementedType,
  rangeType,
  sliceType,
  typeOf,
  type PyValue,
} from "./base.js";
import { argCount, bindNative } from "./args.js";
import { defGetSet } from "./descriptors.js";
import { TypeError, ValueError, pyErr, unsupported } from "./exceptions.js";
import { PyBoundMethod, PyFunction } from "./function.js";
import { generatorType } from "./generator.js";
import { JsIter, PyIter, iteratorType } from "./iterators.js";
import { PyModule } from "./module.js";
import { Namespace } from "./namespace.js";
import { intOf } from "./numbers.js";
import { asIndex, sliceIndices } from "./slice.js";
import { PyDict, PyRange, PySlice, PyTuple, pyTuple } from "./values.js";
import { AttrTable } from "./attr-table.js";
import { call } from "../ops/call.js";
import { pyEq } from "../ops/compare.js";
import { repr } from "../ops/convert.js";
import { identity, pyHash } from "../ops/hash.js";
import { rt } from "../state.js";

const hex = (o: object) => `0x${identity(o).toString(16)}`;

// ---- singletons
for (const t of [noneType, notImplementedType, ellipsisType]) {
  defMethod(t, "__repr__", (a) => (a[0] as PySingleton).text);
  defMethod(t, "__bool__", (a) => a[0] !== None);
}
noneType.make = () => None;
notImplementedType.make = () => NotImplemented;

// ---- range
function rangeInt(v: PyValue): number {
  const i = asIndex(v);
  if (i === undefined) throw pyErr(TypeError, `'${typeOf(v).name}' object cannot be interpreted as an integer`);
  if (typeof i === "bigint") throw unsupported("range() bounds beyond 2**53");
  return i;
}
rangeType.make = (_cls, args, kw) => {
  if (kw !== null && kw.size) throw pyErr(TypeError, "range() takes no keyword arguments");
  if (args.length === 0) throw pyErr(TypeError, "range expected at least 1 argument, got 0");
  argCount("range", args, 1, 3);
  if (args.length === 1) return new PyRange(0, rangeInt(args[0]!), 1);
  const step = args.length === 3 ? rangeInt(args[2]!) : 1;
  if (step === 0) throw pyErr(ValueError, "range() arg 3 must not be zero");
  return new PyRange(rangeInt(args[0]!), rangeInt(args[1]!), step);
};
const R = (a: PyValue[]) => a[0] as PyRange;
const rangeIterType = iteratorType("range_iterator");
/** A range's iterator: a counter, not a JS generator (comprehensions over range are hot). */
export class RangeIter extends PyIter {
  declare private i: number;
  declare readonly r: PyRange;
  constructor(r: PyRange) {
    super(rangeIterType);
    this.i = 0;
    (this as { r: PyRange }).r = r;
  }
  next(): PyValue | undefined {
    const r = this.r;
    return this.i < r.length ? r.start + this.i++ * r.step : undefined;
  }
}
defMethod(rangeType, "__iter__", (a) => new RangeIter(R(a)));
defMethod(rangeType, "__reversed__", (a) => {
  const r = R(a);
  return new JsIter(rangeIterType, (function* () {
    for (let i = r.length - 1; i >= 0; i--) yield r.start + i * r.step;
  })());
});
defMethod(rangeType, "__len__", (a) => R(a).length);
defMethod(rangeType, "__repr__", (a) => {
  const r = R(a);
  return r.step === 1 ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`;
});
defMethod(rangeType, "__eq__", (a) => {
  const x = R(a);
  const y = a[1];
  if (!(y instanceof PyRange)) return NotImplemented;
  if (x.length !== y.length) return false;
  if (x.length === 0) return true;
  return x.start === y.start && (x.length === 1 || x.step === y.step);
});
defMethod(rangeType, "index", (a) => {
  const r = R(a);
  const v = a[1]!;
  if (typeof v === "number") {
    const d = v - r.start;
    if (d % r.step === 0 && d / r.step >= 0 && d / r.step < r.length) return d / r.step;
  }
  throw pyErr(ValueError, `${repr(v)} is not in range`);
});
defMethod(rangeType, "count", (a) => {
  const r = R(a);
  const v = a[1]!;
  if (typeof v !== "number") return 0;
  const d = v - r.start;
  return d % r.step === 0 && d / r.step >= 0 && d / r.step < r.length ? 1 : 0;
});
// range_hash (Objects/rangeobject.c): the hash of (len, start, step), with None for what equality
// ignores: start and step of an empty range, the step of a one-element range.
defMethod(rangeType, "__hash__", (a) => {
  const r = R(a);
  return pyHash(pyTuple([r.length, r.length === 0 ? None : r.start, r.length <= 1 ? None : r.step]));
});
defGetSet(rangeType, "start", (o) => (o as PyRange).start);
defGetSet(rangeType, "stop", (o) => (o as PyRange).stop);
defGetSet(rangeType, "step", (o) => (o as PyRange).step);

// ---- slice
sliceType.make = (_cls, args) => {
  argCount("slice", args, 1, 3);
  if (args.length === 1) return new PySlice(None, args[0]!, None);
  return new PySlice(args[0]!, args[1]!, args[2] ?? None);
};
const SL = (o: PyValue) => o as PySlice;
defGetSet(sliceType, "start", (o) => SL(o).start);
defGetSet(sliceType, "stop", (o) => SL(o).stop);
defGetSet(sliceType, "step", (o) => SL(o).step);
defMethod(sliceType, "__repr__", (a) => `slice(${repr(SL(a[0]!).start)}, ${repr(SL(a[0]!).stop)}, ${repr(SL(a[0]!).step)})`);
defMethod(sliceType, "indices", (a) => {
  const n = intOf(a[1]!);
  if (n === undefined) throw pyErr(TypeError, "'str' object cannot be interpreted as an integer");
  const [st, sp, step] = sliceIndices(SL(a[0]!).start, SL(a[0]!).stop, SL(a[0]!).step, Number(n));
  return pyTuple([st, sp, step]);
});
defMethod(sliceType, "__eq__", (a) => {
  const x = SL(a[0]!);
  const y = a[1];
  if (!(y instanceof PySlice)) return NotImplemented;
  return pyEq(pyTuple([x.start, x.stop, x.step]), pyTuple([y.start, y.stop, y.step]));
});
sliceType.dict!.set("__hash__", None);

// ---- functions and methods
const F = (o: PyValue) => o as PyFunction;
defMethod(functionType, "__repr__", (a) => `<function ${F(a[0]!).qualname} at ${hex(F(a[0]!))}>`);
defMethod(functionType, "__get__", (a) => (a[1] === None ? a[0]! : new PyBoundMethod(a[1]!, a[0]!)));
defGetSet(functionType, "__name__", (o) => F(o).name, (o, v) => {
  if (typeof v !== "string") throw pyErr(TypeError, "__name__ must be set to a string object");
  F(o).name = v;
});
defGetSet(functionType, "__qualname__", (o) => F(o).qualname, (o, v) => {
  if (typeof v !== "string") throw pyErr(TypeError, "__qualname__ must be set to a string object");
  F(o).qualname = v;
});
/** A docstring tfscope does not have (a builtin's, or a function of the shim or the modelled stdlib,
 * whose sources carry none), read by the document's own code: a gap, never a None the real one is not.
 * Code of the host's own modules reads None (functools.wraps copying it, say). */
function missingDoc(what: string): PyValue {
  if (rt.frame !== null && !rt.frame.code.hidden) throw unsupported(`the docstring of ${what}`);
  return None;
}
defGetSet(functionType, "__doc__", (o) => (F(o).doc === None && F(o).code.hidden ? missingDoc(F(o).qualname) : F(o).doc), (o, v) => void (F(o).doc = v ?? None));
defGetSet(functionType, "__defaults__", (o) => (F(o).defaults.length ? pyTuple(F(o).defaults) : None), (o, v) => {
  F(o).defaults = v instanceof PyTuple ? v.items.slice() : [];
});
defGetSet(functionType, "__kwdefaults__", (o) => {
  const k = F(o).kwdefaults;
  if (!k) return None;
  const d = new PyDict();
  for (const [n, v] of k) d.table.set(n, v);
  return d;
});
defGetSet(functionType, "__dict__", (o) => new PyDict(new AttrTable(dictOf(F(o))!)));
defGetSet(functionType, "__globals__", () => {
  throw unsupported("function.__globals__");
});
defGetSet(functionType, "__code__", () => {
  throw unsupported("function.__code__");
});
defGetSet(functionType, "__annotations__", (o) => F(o).annotations ?? (F(o).annotations = new PyDict()));

const M = (o: PyValue) => o as PyBoundMethod;
defMethod(methodType, "__repr__", (a) => {
  const m = M(a[0]!);
  const fn = m.fn;
  if (fn instanceof PyNativeFunction)
    return `<built-in method ${fn.name} of ${typeOf(m.self).name} object at ${hex(m.self as object)}>`;
  const name = fn instanceof PyFunction ? fn.qualname : fn instanceof PyNativeFunction ? fn.qualname : "?";
  return `<bound method ${name} of ${repr(m.self)}>`;
});
defGetSet(methodType, "__self__", (o) => M(o).self);
defGetSet(methodType, "__func__", (o) => M(o).fn);
defGetSet(methodType, "__name__", (o) => {
  const fn = M(o).fn;
  return fn instanceof PyFunction || fn instanceof PyNativeFunction ? fn.name : None;
});
defGetSet(methodType, "__qualname__", (o) => {
  const fn = M(o).fn;
  return fn instanceof PyFunction || fn instanceof PyNativeFunction ? fn.qualname : None;
});
defGetSet(methodType, "__doc__", (o) => (M(o).fn instanceof PyFunction ? F(M(o).fn).doc : None));
defMethod(methodType, "__eq__", (a) =>
  a[1] instanceof PyBoundMethod ? M(a[0]!).self === M(a[1]).self && M(a[0]!).fn === M(a[1]).fn : NotImplemented,
);
defMethod(methodType, "__hash__", (a) => identity(M(a[0]!).fn as object) ^ 0x5f3);
defMethod(methodType, "__call__", (a, kw) => call(a[0]!, a.slice(1), kw));

const B = (o: PyValue) => o as PyNativeFunction;
defMethod(builtinFunctionType, "__repr__", (a) => `<built-in function ${B(a[0]!).name}>`);
defGetSet(builtinFunctionType, "__name__", (o) => B(o).name);
defGetSet(builtinFunctionType, "__qualname__", (o) => B(o).qualname);
defGetSet(builtinFunctionType, "__doc__", (o) => missingDoc(B(o).qualname));
defGetSet(builtinFunctionType, "__module__", () => "builtins");

// ---- modules, generators, handles
defMethod(moduleType, "__repr__", (a) => {
  const m = a[0] as PyModule;
  const file = m.dict!.get("__file__");
  return typeof file === "string" ? `<module '${m.name}' from '${file}'>` : `<module '${m.name}' (built-in)>`;
});
defGetSet(moduleType, "__dict__", (o) => new PyDict(new AttrTable((o as PyModule).dict!)));
moduleType.make = (_cls, args, kw) => {
  const [name, doc] = bindNative("module", args, kw, ["name", "doc"], 1);
  if (typeof name !== "string") throw pyErr(TypeError, "module.__init__() argument 'name' must be str");
  // moduleobject.c module_init_dict: a new module's namespace has these five entries.
  const ns = new Namespace([["__name__", name], ["__doc__", doc ?? None], ["__package__", None],
    ["__loader__", None], ["__spec__", None]]);
  return new PyModule(name, ns);
};
defMethod(generatorType, "__repr__", (a) => `<generator object ${(a[0] as unknown as { fn: PyFunction }).fn.qualname} at ${hex(a[0] as object)}>`);
defMethod(handleType, "__repr__", () => "<handle>");
