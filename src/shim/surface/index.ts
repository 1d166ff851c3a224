/**
 * TF's public API surface as data: for each public module or class of TF 1.15's v1 API and of TF 2's
 * (`api-v1.ts`, `api-v2.ts`, generated from TF's API goldens by `generate.mjs`), its member names with
 * their kinds and call signatures. The shim uses it so that every name TF has exists (unmodelled ones
 * raise tfscope's unsupported error when used), names TF lacks are AttributeErrors, and `dir` agrees.
 */
import { API_V1 } from "./api-v1.js";
import { API_V2 } from "./api-v2.js";
import { TF_MODULES } from "./modules.js";

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

type Table = Map<string, Map<string, ApiMember>>;
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

function parse(text: string, base: Table | null): Table {
  const out: Table = new Map();
  let cur: Map<string, ApiMember> | null = null;
  for (const line of text.split("\n")) {
    if (line.startsWith("@")) {
      if (line.endsWith("=")) {
        const path = line.slice(1, -1);
        out.set(path, base!.get(path)!);
        cur = null;
      } else out.set(line.slice(1), (cur = new Map()));
      continue;
    }
    const [name, kind, detail] = line.split("\t") as [string, ApiMember["kind"], string | undefined];
    const m: ApiMember = { kind };
    if (kind === "f") m.signature = parseSignature(detail!);
    else if (detail !== undefined) m.type = detail;
    cur!.set(name, m);
  }
  return out;
}

function table(api: Api): Table {
  let t = tables.get(api);
  if (t === undefined) {
    t = api === "v1" ? parse(API_V1, null) : parse(API_V2, table("v1"));
    tables.set(api, t);
  }
  return t;
}

/** The members of the module or class at `path` (`tensorflow.nn`, `tensorflow.Dimension`), or null. */
export function apiMembers(api: Api, path: string): ReadonlyMap<string, ApiMember> | null {
  return table(api).get(path) ?? null;
}

/** One member of `path`, or undefined when TF has no such member. */
export function apiMember(api: Api, path: string, name: string): ApiMember | undefined {
  return table(api).get(path)?.get(name);
}

/** TF 1.15's internal module names (`tensorflow.python.ops.nn_ops`, `tensorflow.core.framework.types_pb2`). */
export function tfModuleNames(): readonly string[] {
  return TF_MODULES.split("\n");
}

/** The source of an internal TF module the shim does not write: it imports, and each name it is asked
 *  for is a stub that raises tfscope's unsupported error when used (`_tftest.lazy_module`). */
export const LAZY_MODULE_SOURCE = "import _tftest\n__getattr__ = _tftest.lazy_module(__name__)\n";
