/**
 * Which names CPython 3.11's standard-library modules have (`cpython-names.ts`, generated from python3 by
 * `generate-names.mjs`): a module tfscope models only in part says "unsupported" for a name CPython has
 * and tfscope lacks (`traceback.extract_tb`), and keeps CPython's AttributeError for a name CPython lacks;
 * likewise a standard module tfscope lacks (`inspect`) is unsupported, not a ModuleNotFoundError.
 */
import { CPYTHON_NAMES, CPYTHON_STDLIB_MODULES } from "./cpython-names.js";

let index: Map<string, ReadonlySet<string> | string> | null = null;

/** CPython's names of module `name`, or null when it is not a module listed there. Each module's line is
 *  split the first time that module is asked for. */
export function cpythonModuleNames(name: string): ReadonlySet<string> | null {
  if (index === null) {
    index = new Map();
    for (const line of CPYTHON_NAMES.split("\n")) {
      const tab = line.indexOf("\t");
      if (tab > 0) index.set(line.slice(0, tab), line.slice(tab + 1));
    }
  }
  const v = index.get(name);
  if (v === undefined) return null;
  if (typeof v !== "string") return v;
  const names = new Set(v.split(" "));
  index.set(name, names);
  return names;
}

let stdlib: ReadonlySet<string> | null = null;

/** Whether top-level module `name` (`inspect`, `sqlite3`) is in CPython 3.11's standard library. */
export function isCpythonStdlibModule(name: string): boolean {
  stdlib ??= new Set(CPYTHON_STDLIB_MODULES.split(" "));
  return stdlib.has(name);
}
