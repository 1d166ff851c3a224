import { PyNativeFunction, PyObject, PyType, objectType, typeType, type PyValue } from "./base.js";
import { unsupported } from "./exceptions.js";

/**
 * A stand-in: what `import matplotlib.pyplot as plt` (or `from tqdm import tqdm`) binds when the module
 * is one the reader's Python has and tfscope does not model (see ../stand-in-modules.ts). The import
 * succeeds, as it does for the reader, so the rest of the cell runs; every use of the stand-in (an
 * attribute, a call, an operator, its repr, iteration...) raises TfscopeUnsupported naming what was used,
 * `module 'matplotlib' (matplotlib.pyplot.plot)`: the run stops there, never guessing a value.
 *
 * Setting an attribute is refused in ops/attr.ts setAttr, which calls no native __setattr__.
 * Only identity survives: `plt is None`, `x = plt`, passing it along. `type(plt)` is this class, not
 * `module` (a documented difference; documents do not ask).
 */
export class PyStandIn extends PyObject {
  constructor(
    /** The dotted name it stands for: `matplotlib.pyplot`, `tqdm.tqdm`. */
    readonly what: string,
    /** The module tfscope does not model, for the report: `matplotlib`, `tensorflow.examples`. */
    readonly root: string = what,
  ) {
    super(standInType, null);
  }

  /** The gap, for a use described by `use` (`matplotlib.pyplot.plot`, `len(tqdm.tqdm)`). */
  gap(use: string): never {
    throw unsupported(`module '${this.root}' (${use})`);
  }
}

const dict = new Map<string, PyValue>();
export const standInType = new PyType("StandIn", [objectType], dict, false);
standInType.cls = typeType;
standInType.mro = [standInType, objectType];
standInType.module = "tfscope";
standInType.slots = new Set();

function use(name: string, describe: (what: string, args: PyValue[]) => string): void {
  dict.set(
    name,
    new PyNativeFunction(
      name,
      (a) => (a[0] as PyStandIn).gap(describe((a[0] as PyStandIn).what, a.slice(1))),
      true,
      `StandIn.${name}`,
    ),
  );
}

// `class Net(tf.keras.Model)` asks a base that is no class for __mro_entries__ (PEP 560).
use("__getattr__", (w, a) => (a[0] === "__mro_entries__" ? `subclassing ${w}` : `${w}.${typeof a[0] === "string" ? a[0] : "?"}`));
use("__call__", (w) => `${w}(...)`);
use("__dir__", (w) => `dir(${w})`);
for (const [name, text] of [
  ["__repr__", "repr"], ["__str__", "str"], ["__format__", "format"], ["__bool__", "bool"], ["__len__", "len"],
  ["__iter__", "iter"], ["__next__", "next"], ["__hash__", "hash"], ["__int__", "int"], ["__float__", "float"],
  ["__index__", "operator.index"], ["__complex__", "complex"], ["__round__", "round"], ["__abs__", "abs"],
  ["__neg__", "-"], ["__pos__", "+"], ["__invert__", "~"], ["__reversed__", "reversed"],
  ["__reduce__", "pickling"], ["__reduce_ex__", "pickling"], ["__copy__", "copy.copy"], ["__deepcopy__", "copy.deepcopy"],
  ["__enter__", "with"], ["__exit__", "with"], ["__await__", "await"], ["__array__", "numpy.asarray"],
] as const)
  use(name, (w) => `${text}(${w})`);
for (const [name, text] of [
  ["__getitem__", "[]"], ["__setitem__", "[]="], ["__delitem__", "del []"], ["__contains__", "in"],
  ["__eq__", "=="], ["__ne__", "!="], ["__lt__", "<"], ["__le__", "<="], ["__gt__", ">"], ["__ge__", ">="],
] as const)
  use(name, (w) => `${w} ${text}`);
for (const op of ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod", "pow", "lshift", "rshift", "and", "xor", "or"]) {
  use(`__${op}__`, (w) => `${w} (${op})`);
  use(`__r${op}__`, (w) => `${w} (${op})`);
  use(`__i${op}__`, (w) => `${w} (${op}=)`);
}
