/**
 * The natives behind `_tfsurface.py`: TF's API surface (`surface/`) as the Python side reads it, and
 * the call of a stub: arguments bound as CPython binds them against TF's signature (so a wrong call is
 * the TypeError TF's function would raise), then tfscope's unsupported error naming the function.
 */
import { type ModuleBuilder, type PyValue, asList, isNone, isStr, pyList, pyTupleOf } from "../python/index.js";
import { bindNative } from "../python/objects/args.js";
import * as tf from "../tf/index.js";
import type { NativeKit } from "./native.js";
import { type Api, type ApiSignature, apiMember, apiMembers } from "./surface/index.js";

function apiArg(k: NativeKit, v: PyValue): Api {
  const s = k.host.str(v);
  if (s !== "v1" && s !== "v2") return k.host.raise("ValueError", `unknown API ${s}`);
  return s;
}

/** Binds a call against `sig` as CPython binds a `def` with that signature (TypeError when it can't). */
export function bindSignature(fname: string, sig: ApiSignature, args: PyValue[], kwargs: Map<string, PyValue>): void {
  const positional = sig.varargs ? args.slice(0, sig.args.length) : args;
  const kw = sig.varkw ? new Map([...kwargs].filter(([key]) => sig.args.includes(key))) : kwargs;
  bindNative(fname, positional, kw.size ? kw : null, sig.args, sig.required, [], 0, false);
}

export function installSurfaceFunctions(k: NativeKit, m: ModuleBuilder): void {
  const { host } = k;
  m.fn("api_member", k.guard((a) => {
    const member = apiMember(apiArg(k, a[0]!), host.str(a[1]!), host.str(a[2]!));
    if (member === undefined) return k.none();
    const detail = member.signature !== undefined ? host.opaque(member.signature) : member.type ?? k.none();
    return pyTupleOf([member.kind, detail]);
  }));
  // Whether TF's goldens list the members of `path` at all (tf.keras.applications is a module they do not open).
  m.fn("api_known", k.guard((a) => apiMembers(apiArg(k, a[0]!), host.str(a[1]!)) !== null));
  m.fn("api_names", k.guard((a) => {
    const members = apiMembers(apiArg(k, a[0]!), host.str(a[1]!));
    return pyList(members === null ? [] : [...members.keys()]);
  }));
  // api_call(feature, name, signature or None, args, kwargs): never returns.
  m.fn("api_call", k.guard((a) => {
    const sig = a[2]!;
    if (!isNone(sig)) {
      const kwargs = new Map<string, PyValue>();
      const items = asList(host.call(host.getAttr(a[4]!, "items"), []));
      for (const item of items) {
        const [key, value] = asList(item) as [PyValue, PyValue];
        if (isStr(key)) kwargs.set(key, value);
      }
      bindSignature(host.str(a[1]!), host.unwrap<ApiSignature>(sig), asList(a[3]!), kwargs);
    }
    throw new tf.Unsupported(host.str(a[0]!));
  }));
}
