/**
 * `tf.Session` for Python: fetch structures in and out (lists stay lists, tuples tuples, dicts dicts),
 * feeds converted as session.py converts them, and results as numpy values (0-d results are numpy
 * scalars, string tensors bytes).
 */
import { NDArray } from "../numpy/ndarray.js";
import { type ModuleBuilder, type PyValue, asList, isDict, isList, isNone, isStr, isTuple, pyList, pyNone, pyTupleOf } from "../python/index.js";
import * as tf from "../tf/index.js";
import { Session, type Fetches, type FetchResult } from "../tf/session.js";
import { asDefaultSession, evalTensor, installInteractive, runOperation, sessionContext } from "../tf/default-session.js";
import { makeTensorValue } from "../tf/ops/tensor-proto.js";
import type { NativeKit } from "./native.js";
import { toArray } from "./np-module.js";
import type { DType } from "../numpy/dtype.js";

/** Sessions made in this interpreter, so a run can report whether its output depended on randomness. */
export const sessionsMade = new WeakSet<Session>();

export function installSessionFunctions(k: NativeKit, m: ModuleBuilder): void {
  const { host, bridge } = k;
  const fn = (name: string, impl: (a: PyValue[], kw: Map<string, PyValue>) => unknown) =>
    m.fn(name, k.guard((a, kw) => {
      const r = impl(a, kw);
      return r === undefined ? pyNone : (r as PyValue);
    }));
  const sess = (v: PyValue) => host.unwrap<Session>(v);
  // `session=` of eval/run: ops.py calls `session.run(...)`; only tf.Session objects are modelled.
  const sessionArg = (v: PyValue): Session | undefined => {
    if (isNone(v)) return undefined;
    const h = host.truthy(host.call(host.getAttr(host.importModule("builtins"), "hasattr"), [v, "_h"])) ? host.getAttr(v, "_h") : null;
    const s = h === null ? null : (() => {
      try {
        return host.unwrap<unknown>(h);
      } catch {
        return null;
      }
    })();
    if (s instanceof Session) return s;
    if (!host.truthy(host.call(host.getAttr(host.importModule("builtins"), "hasattr"), [v, "run"])))
      return host.raise("AttributeError", `'${bridge.typeName(v)}' object has no attribute 'run'`);
    throw new tf.Unsupported("eval/run(session=...) with an object other than a tf.Session");
  };

  fn("session_new", (a) => {
    const graph = isNone(a[1]!) ? tf.getDefaultGraph() : bridge.expect(a[1]!, [tf.Graph], "Session");
    const s = new Session({ graph, className: host.str(a[2]!) === "InteractiveSession" ? "InteractiveSession" : "Session" });
    k.sessions.push(s);
    bridge.adopt(s, a[0]!);
    return host.opaque(s);
  });
  fn("session_attr", (a) => {
    const s = sess(a[0]!);
    const what = host.str(a[1]!);
    if (what === "graph") return bridge.toPy(s.graph);
    throw new tf.Unsupported(`Session.${what}`);
  });
  fn("session_close", (a) => {
    sess(a[0]!).close();
  });
  fn("session_as_default", (a) => host.opaque(asDefaultSession(sess(a[0]!))));
  fn("session_context", (a) => host.opaque(sessionContext(sess(a[0]!))));
  fn("session_install_interactive", (a) => {
    installInteractive(sess(a[0]!));
  });
  fn("session_run", (a) => {
    const s = sess(a[0]!);
    const shape = fetchShape(k, a[1]!, s.graph);
    const feeds = feedMap(k, a[2]!, s.graph);
    const result = s.run(shape.fetches, feeds);
    return shape.rebuild(result);
  });
  fn("eval_tensor", (a) => {
    const t = bridge.engineOf(a[0]!);
    const tensor = t instanceof tf.Tensor ? t : (t as tf.Variable).value();
    const session = sessionArg(a[2]!);
    return numpyValue(k, evalTensor(tensor, feedMap(k, a[1]!, tensor.graph), session));
  });
  fn("run_operation", (a) => {
    const op = bridge.expect(a[0]!, [tf.Operation], "run");
    const session = sessionArg(a[2]!);
    runOperation(op, feedMap(k, a[1]!, op.graph), session);
  });
}

interface FetchShape {
  fetches: Fetches;
  rebuild(r: FetchResult): PyValue;
}

/** Mirrors session.py's fetch mappers: nested lists, tuples and dicts of graph elements (or names). */
function fetchShape(k: NativeKit, v: PyValue, graph: tf.Graph): FetchShape {
  if (k.bridge.typeName(v) === "SparseTensor") {
    // session.py `_REGISTERED_EXPANSIONS`: a SparseTensor is fetched as its three tensors and returned
    // as a SparseTensorValue(indices, values, dense_shape).
    const parts = ["indices", "values", "dense_shape"].map((n) => fetchShape(k, k.host.getAttr(v, n), graph));
    return {
      fetches: parts.map((p) => p.fetches),
      rebuild: (r) => {
        const cls = k.host.getAttr(k.host.importModule("_tfsparse"), "SparseTensorValue");
        return k.host.call(cls, (r as FetchResult[]).map((x, i) => parts[i]!.rebuild(x)));
      },
    };
  }
  if (isList(v) || isTuple(v)) {
    const parts = asList(v).map((x) => fetchShape(k, x, graph));
    const tuple = isTuple(v);
    // session.py 381-393 `_ListFetchMapper.build_results`: a tuple subclass (a namedtuple) is rebuilt
    // as `type(fetches)(*results)`.
    const cls = tuple ? k.host.getAttr(v, "__class__") : null;
    const named = cls !== null && cls !== k.host.getAttr(k.host.importModule("builtins"), "tuple");
    return {
      fetches: parts.map((p) => p.fetches),
      rebuild: (r) => {
        const items = (r as FetchResult[]).map((x, i) => parts[i]!.rebuild(x));
        if (named) return k.host.call(cls, items);
        return tuple ? pyTupleOf(items) : pyList(items);
      },
    };
  }
  if (isDict(v)) {
    const keys = asList(k.host.call(k.host.getAttr(v, "keys"), []));
    const parts = keys.map((key) => fetchShape(k, k.host.call(k.host.getAttr(v, "__getitem__"), [key]), graph));
    return {
      fetches: new Map(keys.map((key, i) => [i, parts[i]!.fetches])),
      rebuild: (r) => {
        const out = k.host.call(k.host.getAttr(k.host.importModule("builtins"), "dict"), []);
        const values = [...(r as Map<unknown, FetchResult>).values()];
        keys.forEach((key, i) => k.host.call(k.host.getAttr(out, "__setitem__"), [key, parts[i]!.rebuild(values[i]!)]));
        return out;
      },
    };
  }
  const leaf = fetchLeaf(k, v, graph);
  return { fetches: leaf, rebuild: (r) => (r === null ? pyNone : numpyValue(k, r as NDArray)) };
}

function fetchLeaf(k: NativeKit, v: PyValue, graph: tf.Graph): tf.Tensor | tf.Operation | tf.Variable | tf.UnreadVariable {
  const e = k.bridge.engineOf(v);
  if (e instanceof tf.Tensor || e instanceof tf.Operation || e instanceof tf.Variable || e instanceof tf.UnreadVariable) return e;
  if (isStr(v)) return v.includes(":") ? graph.getTensorByName(v) : graph.getOperationByName(v);
  if (isNone(v)) throw new tf.TFError("TypeError", "Fetch argument None has invalid type <class 'NoneType'>");
  throw new tf.TFError("TypeError", `Fetch argument ${k.host.repr(v)} has invalid type ${k.host.str(k.host.getAttr(v, "__class__"))}, must be a string or Tensor. (Can not convert a ${k.bridge.typeName(v)} into a Tensor or Operation.)`);
}

/** `feed_dict` → tensor → array of the tensor's dtype (`np.asarray(value, dtype=...)`). */
function feedMap(k: NativeKit, v: PyValue | undefined, graph: tf.Graph): Map<tf.Tensor, NDArray> {
  const out = new Map<tf.Tensor, NDArray>();
  if (v === undefined || isNone(v)) return out;
  for (const item of asList(k.host.call(k.host.getAttr(v, "items"), []))) {
    const [key, value] = asList(item);
    const e = k.bridge.engineOf(key!);
    const t = e instanceof tf.Tensor ? e : e instanceof tf.Variable ? e.value() : isStr(key!) ? graph.getTensorByName(key) : null;
    if (t === null) throw new tf.TFError("TypeError", `Cannot interpret feed_dict key as Tensor: Can not convert a ${k.bridge.typeName(key!)} into a Tensor.`);
    out.set(t, holdsArray(k, value!) && NUMERIC.has(t.dtype.baseDtype.name) ? toArray(k, value!, t.dtype.baseDtype.name as DType).copy() : makeTensorValue(k.bridge.describe(value!), t.dtype.baseDtype, null, { verifyShape: false, allowBroadcast: false }).value);
  }
  return out;
}

/** session.py feeds `np.asarray(value, dtype=...)`: a list holding ndarrays (`[x_vals_test]`) is numpy's
 * to convert (cast to the placeholder's dtype), where TF's make_tensor_proto refuses such nesting. */
const NUMERIC = new Set(["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float16", "float32", "float64"]);
function holdsArray(k: NativeKit, v: PyValue): boolean {
  return (isList(v) || isTuple(v)) && asList(v).some((x) => k.bridge.ndarrayOf(x) !== null || holdsArray(k, x));
}

/** A fetched array as session.py returns it: an ndarray, or a numpy scalar when 0-d. */
export function numpyValue(k: NativeKit, a: NDArray): PyValue {
  if (a.shape.length === 0) return k.bridge.scalarToPy(a);
  return k.bridge.toPy(a);
}

export { NDArray };
