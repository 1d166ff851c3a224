/**
 * TF's public API surface as data: for each public module or class of TF 1.15's v1 API and of TF 2's
 * (`api-v1.ts`, `api-v2.ts`, generated from TF's API goldens by `generate.mjs`), its member names with
 * their kinds and call signatures. The shim uses it so that every name TF has exists (unmodelled ones
 * raise tfscope's unsupported error when used), names TF lacks are AttributeErrors, and `dir` agrees.
 */
import { TF_MODULES } from "./modules.js";
import { apiText } from "./text.js";

export type Api = "v1" | "v2";

/** A function's signature as the goldens give it (getargspec): names in order, the first `required`
 *  without defaults, and whether it takes *args and **kwargs. */
export interface ApiSignature {
  args: string[];
  required: number;
  varargs: boolean;
  varkw: boolean;
}

export interface ApiMember {
  /** m module, c class, f function, v value, a class attribute (a property or a plain attribute). */
  kind: "m" | "c" | "f" | "v" | "a";
  /** For f: the signature; for v and a: the value's type name (`int`, `DType`, `property`). */
  signature?: ApiSignature;
  type?: string;
}

/** One API's text, indexed by path: a path's members are parsed the first time it is asked for, so a
 *  run that touches a few modules never builds the other thousands (nor carries them in a start-up
 *  snapshot's heap). */
interface Table {
  /** Its text is apiText(api), asked for whenever a path is parsed (text.ts may have dropped it). */
  api: Api;
  /** Where each path's member lines start in `text`, or `base` for a `@path=` line (same as the base API). */
  at: Map<string, number | "base">;
  base: Table | null;
  parsed: Map<string, Map<string, ApiMember>>;
}
const tables = new Map<Api, Table>();

function parseSignature(text: string): ApiSignature {
  const [args, required, flags] = text.split("|");
  return {
    args: args === "" ? [] : args!.split(","),
    required: Number(required),
    varargs: flags!.startsWith("*") && flags !== "**",
    varkw: flags!.endsWith("**"),
  };
}

/** `s` as a string of its own. V8 keeps a substring of 13 or more characters as a slice that holds its
 *  whole parent alive; what the tables keep must not hold the API text (text.ts may drop it). */
function own(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

function index(api: Api, base: Table | null): Table {
  const text = apiText(api);
  const at = new Map<string, number | "base">();
  for (let i = 0; i < text.length; ) {
    const eol = text.indexOf("\n", i);
    const end = eol < 0 ? text.length : eol;
    if (text.charCodeAt(i) === 64 /* @ */) {
      if (text.charCodeAt(end - 1) === 61 /* = */) at.set(own(text.slice(i + 1, end - 1)), "base");
      else at.set(own(text.slice(i + 1, end)), end + 1);
    }
    i = end + 1;
  }
  return { api, at, base, parsed: new Map() };
}

function members(t: Table, path: string): Map<string, ApiMember> | undefined {
  const start = t.at.get(path);
  if (start === undefined) return undefined;
  if (start === "base") return members(t.base!, path);
  let cur = t.parsed.get(path);
  if (cur !== undefined) return cur;
  cur = new Map();
  const text = apiText(t.api);
  // The path's member lines, up to the next `@` line, copied out of the text: the names and signatures
  // below are slices of the copy, not of the whole text.
  let stop = text.charCodeAt(start) === 64 /* @ */ ? start : text.indexOf("\n@", start);
  stop = stop < 0 ? text.length : stop === start ? start : stop + 1;
  const lines = own(text.slice(start, stop));
  for (let i = 0; i < lines.length; ) {
    const eol = lines.indexOf("\n", i);
    const end = eol < 0 ? lines.length : eol;
    const [name, kind, detail] = lines.slice(i, end).split("\t") as [string, ApiMember["kind"], string | undefined];
    const m: ApiMember = { kind };
    if (kind === "f") m.signature = parseSignature(detail!);
    else if (detail !== undefined) m.type = detail;
    cur.set(name, m);
    i = end + 1;
  }
  t.parsed.set(path, cur);
  return cur;
}

function table(api: Api): Table {
  let t = tables.get(api);
  if (t === undefined) {
    t = api === "v1" ? index("v1", null) : index("v2", table("v1"));
    tables.set(api, t);
  }
  return t;
}

/** The members of the module or class at `path` (`tensorflow.nn`, `tensorflow.Dimension`), or null. */
export function apiMembers(api: Api, path: string): ReadonlyMap<string, ApiMember> | null {
  return members(table(api), path) ?? null;
}

/** One member of `path`, or undefined when TF has no such member. */
export function apiMember(api: Api, path: string, name: string): ApiMember | undefined {
  return members(table(api), path)?.get(name);
}

/** TF 1.15's internal module names (`tensorflow.python.ops.nn_ops`, `tensorflow.core.framework.types_pb2`). */
export function tfModuleNames(): readonly string[] {
  return TF_MODULES.split("\n");
}

/** The source of an internal TF module the shim does not write: it imports, and each name it is asked
 *  for is a stub that raises tfscope's unsupported error when used (`_tftest.lazy_module`). */
export const LAZY_MODULE_SOURCE = "import _tftest\n__getattr__ = _tftest.lazy_module(__name__)\n";
