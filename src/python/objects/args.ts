import { None, typeName, type Kwargs, type PyValue } from "./base.js";
import { TypeError, pyErr } from "./exceptions.js";

/**
 * Argument checking for functions written in JS, with the TypeError messages CPython's own builtins give.
 */

/** `len()`-style: `len() takes exactly one argument (2 given)`. */
export function exactlyOne(name: string, args: readonly PyValue[], kw: Kwargs, offset = 0): PyValue {
  noKwargs(name, kw);
  const n = args.length - offset;
  if (n !== 1) throw pyErr(TypeError, `${name}() takes exactly one argument (${n} given)`);
  return args[offset]!;
}

/** Methods without parameters: `list.copy() takes no arguments (1 given)`. */
export function noArgs(name: string, args: readonly PyValue[], kw: Kwargs, offset = 1): void {
  noKwargs(name, kw);
  const n = args.length - offset;
  if (n !== 0) throw pyErr(TypeError, `${name}() takes no arguments (${n} given)`);
}

/** PyArg_UnpackTuple-style: `getattr expected at least 2 arguments, got 1`. */
export function argCount(name: string, args: readonly PyValue[], min: number, max: number, offset = 0): void {
  const n = args.length - offset;
  if (n < min) throw pyErr(TypeError, `${name} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${n}`);
  if (n > max) throw pyErr(TypeError, `${name} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${n}`);
}

export function noKwargs(name: string, kw: Kwargs): void {
  if (kw !== null && kw.size > 0) throw pyErr(TypeError, `${name}() takes no keyword arguments`);
}

/**
 * Argument Clinic's count checks, in the order of getargs.c `_PyArg_UnpackKeywords` (CPython 3.11): too
 * many arguments in all, then too many positional ones.
 */
function clinicCounts(fname: string, n: number, nkw: number, maxpos: number, maxargs: number, minpos: number): void {
  if (n + nkw > maxargs) {
    const what = `${n === 0 ? "keyword " : ""}argument${maxargs === 1 ? "" : "s"}`;
    throw pyErr(TypeError, `${fname}() takes at most ${maxargs} ${what} (${n + nkw} given)`);
  }
  if (n > maxpos) {
    if (maxpos === 0) throw pyErr(TypeError, `${fname}() takes no positional arguments`);
    const bound = minpos < maxpos ? "at most" : "exactly";
    throw pyErr(TypeError, `${fname}() takes ${bound} ${maxpos} positional argument${maxpos === 1 ? "" : "s"} (${n} given)`);
  }
}

/**
 * Binds positional and keyword arguments to `names` the way a Python `def` would (Argument Clinic
 * functions give the same messages): entries after `required` are optional (undefined when absent);
 * names listed in `kwOnly` may only be passed by keyword.
 */
export function bindNative(
  fname: string,
  args: readonly PyValue[],
  kw: Kwargs,
  names: readonly string[],
  required: number,
  kwOnly: readonly string[] = [],
  offset = 0,
  /** CPython's own builtins (Argument Clinic) word counts and an unknown keyword differently from Python functions. */
  builtin = true,
): (PyValue | undefined)[] {
  const n = args.length - offset;
  // The common call: positional arguments only, all required ones given. Same result, no allocation
  // beyond the output.
  if (kw === null && n >= required && n <= names.length) {
    const out = new Array<PyValue | undefined>(names.length + kwOnly.length);
    for (let i = 0; i < n; i++) out[i] = args[i + offset];
    return out;
  }
  const all = [...names, ...kwOnly];
  const out = new Array<PyValue | undefined>(all.length);
  if (builtin) clinicCounts(fname, n, kw === null ? 0 : kw.size, names.length, all.length, required);
  if (n > names.length) {
    if (names.length === 0) throw pyErr(TypeError, `${fname}() takes no positional arguments`);
    const takes =
      required === names.length
        ? `${names.length} positional argument${names.length === 1 ? "" : "s"}`
        : `from ${required} to ${names.length} positional arguments`;
    throw pyErr(TypeError, `${fname}() takes ${takes} but ${n} ${n === 1 ? "was" : "were"} given`);
  }
  for (let i = 0; i < n; i++) out[i] = args[i + offset];
  if (kw !== null)
    for (const [k, v] of kw) {
      const i = all.indexOf(k);
      if (i < 0)
        throw pyErr(
          TypeError,
          builtin ? `'${k}' is an invalid keyword argument for ${fname}()` : `${fname}() got an unexpected keyword argument '${k}'`,
        );
      if (out[i] !== undefined) throw pyErr(TypeError, `${fname}() got multiple values for argument '${k}'`);
      out[i] = v;
    }
  const missing = names.slice(0, required).filter((_, i) => out[i] === undefined);
  if (missing.length && builtin)
    throw pyErr(TypeError, `${fname}() missing required argument '${missing[0]}' (pos ${names.indexOf(missing[0]!) + 1})`);
  if (missing.length) {
    const q = missing.map((m) => `'${m}'`);
    const list = q.length === 1 ? q[0] : q.length === 2 ? `${q[0]} and ${q[1]}` : `${q.slice(0, -1).join(", ")}, and ${q.at(-1)}`;
    throw pyErr(
      TypeError,
      `${fname}() missing ${missing.length} required positional argument${missing.length === 1 ? "" : "s"}: ${list}`,
    );
  }
  return out;
}

/** A str argument, or CPython's `join() argument must be str, not int`-style TypeError. */
export function strArg(v: PyValue, what: string): string {
  if (typeof v !== "string") throw pyErr(TypeError, `${what} must be str, not ${clinicTypeName(v)}`);
  return v;
}

/** How Argument Clinic names a bad argument's type (Python/getargs.c _PyArg_BadArgument): None is
 * "None", not "NoneType". */
export function clinicTypeName(v: PyValue): string {
  return v === None ? "None" : typeName(v);
}

/** str()'s and bytes()'s `encoding` and `errors` must be str (Python/getargs.c _PyArg_BadArgument,
 * which names None as "None"). */
export function textArgs(fn: string, encoding: PyValue | undefined, errors: PyValue | undefined): void {
  for (const [name, v] of [["encoding", encoding], ["errors", errors]] as const) {
    if (v !== undefined && typeof v !== "string") throw pyErr(TypeError, `${fn}() argument '${name}' must be str, not ${v === None ? "None" : typeName(v)}`);
  }
}
