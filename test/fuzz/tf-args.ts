/**
 * Random-argument robustness of the `tensorflow` module: every public callable of TF 1.15's API (the
 * surface data, src/shim/surface/) and the methods of the shim's own objects are called with random
 * argument kinds (None, ints, floats, strings, lists, TensorShape, Dimension, dtypes, tensors,
 * variables, classes, callables...). Each call must end in a Python value or a Python exception
 * (tfscope's unsupported error counts); a JS exception escaping the shim or the engine is an internal
 * error, recorded with the call that caused it. Seeded: the same seed makes the same calls.
 */
import { PyException } from "../../src/python/index.js";
import type { PyValue } from "../../src/python/index.js";
import { createTfHost } from "../../src/shim/host.js";
import { type ApiSignature, apiMembers } from "../../src/shim/surface/index.js";

export interface FuzzOptions {
  seed: number;
  calls: number;
  /** Calls between fresh default graphs (the pool is rebuilt on each). */
  graphEvery?: number;
  /** Outcome kinds (Python exception class names) to keep examples of, in `examples`. */
  show?: string[];
}

export interface InternalError {
  call: string;
  message: string;
  stack: string;
}

export interface FuzzReport {
  calls: number;
  /** Outcomes: "value", "unsupported", "limit" (the step limit), or the Python exception's class name. */
  counts: Record<string, number>;
  internal: InternalError[];
  /** Distinct callables reached. */
  targets: number;
  /** Up to 20 calls per kind asked for in `show`, with the exception's message. */
  examples: { kind: string; call: string; message: string }[];
}

/** mulberry32: a small seeded generator. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The argument pool, rebuilt on a fresh default graph. Shapes and sizes stay small: the point is
// kinds of arguments, not big allocations.
const POOL = `
import tensorflow as tf
import numpy as np

def _fuzz_fn(*args, **kwargs):
    return None

class _FuzzClass(object):
    pass

def _fuzz_is_stub(f):
    return getattr(f, "_tfscope_stub", False) is True

def _fuzz_pool(k):
    tf.reset_default_graph()
    c = tf.constant([[1.0, 2.0]])
    i = tf.constant(3)
    p = tf.placeholder(tf.float32, [None, 2])
    v = tf.Variable([1.0, 2.0], name="fv")
    with tf.variable_scope("fz%d" % k):
        gv = tf.get_variable("g", [2, 2])
    scope = tf.get_variable_scope()
    return [None, 0, 1, 2, 3, -1, 7, 0.0, 0.5, -2.5, 1e300, float("nan"), True, False, "", "a", "x/y",
            "SAME", "VALID", "NHWC", b"b", [], [1], [2, 3], [None, 2], (1, 2), [1.0, 2.0], [[1, 2], [3, 4]],
            ["a", "b"], [c, c], {}, {"a": 1}, tf.TensorShape([2, 2]), tf.TensorShape(None),
            tf.TensorShape([None]), tf.Dimension(3), tf.Dimension(None), tf.float32, tf.int32, tf.string,
            tf.bool, tf.float64, c, i, p, v, gv, v.op, c.op, tf.get_default_graph(), scope,
            np.zeros((2, 2), np.float32), np.int64(2), np.float32(1.5), int, float, str, object,
            tf.initializers.ones, tf.zeros_initializer(), tf.constant_initializer(2.0),
            _fuzz_fn, lambda x: x, len, _FuzzClass, _FuzzClass(), tf.AUTO_REUSE, "variables",
            tf.GraphKeys.GLOBAL_VARIABLES, slice(1, 2), Ellipsis, tf.nn.relu]
`;

/** The objects whose methods are called too: the pool's values of the shim's own classes. */
const METHOD_CLASSES = ["Tensor", "Variable", "Operation", "Graph", "VariableScope", "TensorShape", "Dimension", "DType"];

interface Target {
  name: string;
  fn: PyValue;
  sig: ApiSignature | null;
}

export function fuzzTfArgs(options: FuzzOptions): FuzzReport {
  const random = rng(options.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const host = createTfHost({ stdout: () => {}, stderr: () => {} });
  const py = host.py;
  const ns = py.newNamespace("_fuzz");
  const loaded = py.runSource(POOL, { filename: "<fuzz>", globals: ns });
  if (loaded.exception) throw new Error(`fuzz pool: ${loaded.exception.traceback}`);
  const tf = py.getAttr(ns, "tf");
  const makePool = py.getAttr(ns, "_fuzz_pool");
  const counts: Record<string, number> = {};
  const internal: InternalError[] = [];
  const examples: FuzzReport["examples"] = [];
  const reached = new Set<string>();
  const count = (k: string) => (counts[k] = (counts[k] ?? 0) + 1);

  // Module-level callables of the v1 API, reached through `tf`.
  const targets: Target[] = [];
  const walk = (path: string, obj: PyValue, depth: number) => {
    const members = apiMembers("v1", path);
    if (members === null || depth > 4) return;
    for (const [name, m] of members) {
      if (m.kind === "v" || m.kind === "a") continue;
      let value: PyValue;
      try {
        value = py.getAttr(obj, name);
      } catch (e) {
        if (e instanceof PyException) continue;
        internal.push({ call: `getattr(${path}, ${name})`, message: String(e), stack: (e as Error).stack ?? "" });
        continue;
      }
      if (m.kind === "m") walk(`${path}.${name}`, value, depth + 1);
      else {
        const init = m.kind === "c" ? apiMembers("v1", `${path}.${name}`)?.get("__init__")?.signature : m.signature;
        targets.push({ name: `${path}.${name}`.replace(/^tensorflow/, "tf"), fn: value, sig: init ?? null });
      }
    }
  };
  walk("tensorflow", tf, 0);
  // Modelled callables (not _tfsurface's stubs) are what can fail inside: most calls go to them.
  const isStub = (t: Target) => {
    return py.call(py.getAttr(ns, "_fuzz_is_stub"), [t.fn]) === true;
  };
  const modelled = targets.filter((t) => !isStub(t));

  let pool: PyValue[] = [];
  const rebuild = (k: number) => {
    pool = [...(py.call(makePool, [k]) as { items: PyValue[] }).items];
  };
  rebuild(0);
  const methodsOf = (v: PyValue): string[] => {
    const cls = py.str(py.getAttr(py.getAttr(v, "__class__"), "__name__"));
    const golden = METHOD_CLASSES.find((c) => cls.endsWith(c));
    if (golden === undefined) return [];
    const members = apiMembers("v1", `tensorflow.${golden}`);
    return members === null ? [] : [...members].filter(([n, m]) => m.kind === "f" && n !== "__init__").map(([n]) => n);
  };

  const argFor = () => pick(pool);
  const describe = (name: string, args: PyValue[], kw: Map<string, PyValue>) => {
    const r = (v: PyValue) => {
      try {
        return py.repr(v).slice(0, 60);
      } catch {
        return "<unreprable>";
      }
    };
    return `${name}(${[...args.map(r), ...[...kw].map(([k, v]) => `${k}=${r(v)}`)].join(", ")})`;
  };

  const every = options.graphEvery ?? 500;
  for (let n = 0; n < options.calls; n++) {
    if (n > 0 && n % every === 0) rebuild(n / every);
    let name: string;
    let fn: PyValue;
    let sig: ApiSignature | null;
    const roll = random();
    if (roll < 0.15) {
      // A method of one of the pool's engine objects.
      const self = argFor();
      const methods = methodsOf(self);
      if (methods.length === 0) continue;
      const m = pick(methods);
      try {
        fn = py.getAttr(self, m);
      } catch (e) {
        if (!(e instanceof PyException)) internal.push({ call: `getattr(<${py.repr(self)}>, ${m})`, message: String(e), stack: (e as Error).stack ?? "" });
        continue;
      }
      name = `${py.str(py.getAttr(py.getAttr(self, "__class__"), "__name__"))}.${m}`;
      sig = null;
    } else {
      const t = roll < 0.6 ? pick(modelled) : pick(targets);
      ({ name, fn, sig } = t);
    }
    reached.add(name);
    // Mostly well-formed calls against TF's signature; sometimes any arity and a stray keyword.
    const args: PyValue[] = [];
    const kw = new Map<string, PyValue>();
    const names = sig?.args ?? [];
    const required = sig?.required ?? Math.floor(random() * 3);
    const total = random() < 0.9 ? required + Math.floor(random() * (Math.max(names.length, required) - required + 1)) : Math.floor(random() * 5);
    for (let i = 0; i < total; i++) {
      if (i < names.length && i >= required && random() < 0.5) kw.set(names[i]!, argFor());
      else args.push(argFor());
    }
    if (random() < 0.05) kw.set(names.length > 0 ? pick(names) : "name", argFor());
    // Each call gets its own step budget, so a runaway loop ends as a limit, not a hang.
    py.state.steps = 1_000_000;
    try {
      py.call(fn, args, kw);
      count("value");
    } catch (e) {
      if (e instanceof PyException) {
        const type = e.cls.name;
        count(type === "TfscopeUnsupported" ? "unsupported" : type);
        if (options.show?.includes(type) && examples.filter((x) => x.kind === type).length < 20)
          examples.push({ kind: type, call: describe(name, args, kw), message: py.str(e) });
      } else if (e instanceof Error && e.constructor.name === "StepLimitExceeded") count("limit");
      else {
        count("INTERNAL");
        internal.push({ call: describe(name, args, kw), message: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? (e.stack ?? "") : "" });
      }
    }
  }
  return { calls: options.calls, counts, internal, targets: reached.size, examples };
}
