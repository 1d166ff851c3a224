import { PyObject, moduleType, type PyValue } from "./base.js";
import { Namespace } from "./namespace.js";

/** A module: its namespace Map is also the globals of code running in it. */
export class PyModule extends PyObject {
  declare dict: Map<string, PyValue>;
  /** For a standard-library module tfscope models in part: the names CPython's module has, so a missing
   *  one is tfscope's gap (unsupported) rather than an AttributeError CPython would not raise. */
  cpythonNames: ReadonlySet<string> | null = null;

  constructor(
    readonly name: string,
    ns?: Map<string, PyValue>,
  ) {
    super(moduleType, ns ?? new Namespace());
    if (!this.dict!.has("__name__")) this.dict!.set("__name__", name);
  }
  get ns(): Map<string, PyValue> {
    return this.dict!;
  }
}
