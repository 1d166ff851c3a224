/**
 * Which names CPython 3.11's standard-library modules have (`cpython-names.ts`, generated from python3 by
 * `generate-names.mjs`): a module tfscope models only in part says "unsupported" for a name CPython has
 * and tfscope lacks (`traceback.extract_tb`), and keeps CPython's AttributeError for a name CPython lacks;
 * likewise a standard module tfscope lacks (`inspect`) is unsupported, not a ModuleNotFoundError, and so
 * is a method of a builtin type that tfscope lacks (`bytes.strip`).
 */
import { CPYTHON_NAMES, CPYTHON_NO_KEYWORDS, CPYTHON_STDLIB_MODULES, CPYTHON_TYPE_NAMES } from "./cpython-names.js";

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

let types: Map<string, ReadonlySet<string>> | null = null;

/** CPython's own names (dunders left out) of builtin type `name` (`bytes`), or null when it is not listed. */
export function cpythonTypeNames(name: string): ReadonlySet<string> | null {
  if (types === null) {
    types = new Map();
    for (const line of CPYTHON_TYPE_NAMES.split("\n")) {
      const tab = line.indexOf("\t");
      if (tab > 0) types.set(line.slice(0, tab), new Set(line.slice(tab + 1).split(" ")));
    }
  }
  return types.get(name) ?? null;
}

let noKeywords: ReadonlySet<string> | null = null;

/** Whether builtin method `qual` (`list.append`) refuses keyword arguments in CPython 3.11. */
export function cpythonTakesNoKeywords(qual: string): boolean {
  noKeywords ??= new Set(CPYTHON_NO_KEYWORDS.split(" "));
  return noKeywords.has(qual);
}
